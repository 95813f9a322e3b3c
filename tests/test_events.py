"""Event patterns on the real pipeline: one table of ``sentence -> expected events``.

Each expected event names a CAMEO code or root (matched as a prefix), its agents and
targets as entity keys, and optionally other fields (locations, negated, modality,
date). The table also fixes how many events of that root the text gives, so
coordination (two events) and restatement (one event) are checked too.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from newsgraph.extractors.events import lexicon
from newsgraph.extractors.lexicon import data_lines
from newsgraph.model import EventFact, Modality

MACRON = "person:emmanuel-macron"
MODI = "person:narendra-modi"


def ev(cameo: str, agents: tuple[str, ...], targets: tuple[str, ...] = (), **extra: Any) -> dict[str, Any]:
    return {"cameo": cameo, "agents": set(agents), "targets": set(targets), **extra}


def matches(event: EventFact, want: dict[str, Any]) -> bool:
    if not event.cameo.startswith(want["cameo"]):
        return False
    if set(event.agents) != want["agents"] or set(event.targets) != want["targets"]:
        return False
    for name, value in want.items():
        if name in ("cameo", "agents", "targets"):
            continue
        got = getattr(event, name)
        if name == "locations":
            got = set(got)
        if got != value:
            return False
    return True


XFAIL = pytest.mark.xfail

EVENTS = [
    # -- voice ---------------------------------------------------------------------------------
    pytest.param(
        "Iran warned Israel on Sunday.", None, [ev("13", ("state:IRN",), ("state:ISR",))], id="active"
    ),
    pytest.param(
        "Iran's ambassador was summoned by the German Foreign Ministry.",
        None,
        [ev("114", ("organization:german-foreign-ministry", "state:DEU"), ("state:IRN",))],
        id="passive-by",
    ),
    pytest.param(
        "Pakistani troops were deployed to the border.",
        None,
        [ev("154", ("state:PAK",))],
        id="passive-no-by-owner-acts",
    ),
    pytest.param(
        "Narendra Modi gave Emmanuel Macron a tour of the Red Fort.",
        None,
        # (two people: no state hosts, no mirrored visit)
        [ev("043", (MODI,), (MACRON,))],
        id="ditransitive",
    ),
    # -- prepositional and infinitive targets --------------------------------------------------
    pytest.param(
        "India warned against Pakistani aggression.",
        None,
        [ev("13", ("state:IND",), ("state:PAK",))],
        id="warned-against",
    ),
    pytest.param(
        "Iran warned Israel against any attack on its nuclear sites.",
        None,
        # the attack warned against is Israel's: Iran threatens, but no force of its own (130)
        [ev("130", ("state:IRN",), ("state:ISR",))],
        id="warned-x-against-military",
    ),
    pytest.param(
        "Israel protested to Egypt over the shooting.",
        None,
        [ev("114", ("state:ISR",), ("state:EGY",))],
        id="protested-to",
    ),
    pytest.param(
        "France sent troops to Mali.", None, [ev("154", ("state:FRA",), ("state:MLI",))], id="sent-troops-to"
    ),
    pytest.param(
        "Germany promised to provide aid to Ukraine.",
        None,
        [ev("033", ("state:DEU",), ("state:UKR",))],  # the intent to give aid, not the aid
        id="infinitive-object",
    ),
    # -- nominal -------------------------------------------------------------------------------
    pytest.param(
        "Macron's visit to India ended on Friday.",
        None,
        [ev("042", ("person:macron",), ("state:IND",)), ev("043", ("state:IND",), ("person:macron",))],
        id="nominal-possessive",
    ),
    pytest.param(
        "Talks between India and Pakistan resumed in Geneva.",
        None,
        [ev("040", ("state:IND", "state:PAK"), ("state:IND", "state:PAK"))],
        id="nominal-between",
    ),
    pytest.param(
        "A visit by Emmanuel Macron to India was cancelled.",
        None,
        [ev("042", (MACRON,), ("state:IND",)), ev("043", ("state:IND",), (MACRON,))],
        id="nominal-by-to",
    ),
    # -- coordination --------------------------------------------------------------------------
    pytest.param(
        "France and Germany sent delegations to Kenya.",
        None,
        [
            ev("042", ("state:FRA", "state:DEU"), ("state:KEN",)),
            ev("043", ("state:KEN",), ("state:FRA", "state:DEU")),
        ],
        id="coordinated-agents",
    ),
    pytest.param(
        "The UK and the U.S. condemned the DPRK's launch.",
        None,
        [ev("111", ("state:GBR", "state:USA"), ("state:PRK",))],
        id="coordinated-agents-abbrev",
    ),
    pytest.param(
        "Iran warned Israel and the United States.",
        None,
        [ev("13", ("state:IRN",), ("state:ISR", "state:USA"))],
        id="coordinated-targets",
    ),
    # -- speech, pronouns, offices -------------------------------------------------------------
    pytest.param(
        "Israel said that Iran was reckless.",
        None,
        [ev("111", ("state:ISR",), ("state:IRN",))],
        id="reported-speech-criticism",
    ),
    pytest.param(
        "Emmanuel Macron arrived in Delhi on Monday. He said he supports India.",
        None,
        [
            ev("042", (MACRON,), ("state:IND",), locations={"location:delhi"}),
            ev("043", ("state:IND",), (MACRON,)),
            ev("051", (MACRON,), ("state:IND",)),
        ],
        id="pronoun-agent",
    ),
    pytest.param(
        "Israeli Foreign Minister Israel Katz arrived in Berlin. The foreign minister met Annalena Baerbock.",
        None,
        [
            # Arriving in a capital is a visit to its state; the premodifying state acts with him.
            ev("042", ("person:israel-katz", "state:ISR"), ("state:DEU",), locations={"location:berlin"}),
            ev("043", ("state:DEU",), ("person:israel-katz", "state:ISR")),
            # (one met is a side of the meeting too: each an agent, each the other's target)
            ev(
                "040",
                ("person:israel-katz", "person:annalena-baerbock"),
                ("person:annalena-baerbock", "person:israel-katz"),
            ),
        ],
        id="office-resolves-to-person",
    ),
    pytest.param(
        "French President Emmanuel Macron met Narendra Modi in Delhi. The French president later visited "
        "Pakistan.",
        None,
        [
            ev("040", (MACRON, "state:FRA", MODI), (MODI, MACRON, "state:FRA"), locations={"location:delhi"}),
            ev("042", (MACRON, "state:FRA"), ("state:PAK",)),
            ev("043", ("state:PAK",), (MACRON, "state:FRA")),
        ],
        id="office-with-demonym",
    ),
    pytest.param(
        "Islamabad accused New Delhi of interference.",
        None,
        [ev("112", ("state:PAK",), ("state:IND",))],
        id="capitals-as-governments",
    ),
    # -- restatement ---------------------------------------------------------------------------
    pytest.param(
        "Macron to visit India\nFrench President Emmanuel Macron visited India on Thursday.",
        None,
        [ev("042", (MACRON, "state:FRA"), ("state:IND",)), ev("043", ("state:IND",), (MACRON, "state:FRA"))],
        id="headline-merges",
    ),
    pytest.param(
        "Iran warns Israel\nIran warned Israel on Sunday against any strike on its nuclear sites.",
        "2024-03-14",
        [ev("13", ("state:IRN",), ("state:ISR",), date="2024-03-10")],
        id="headline-merges-date",
    ),
    # -- negation and modality -----------------------------------------------------------------
    pytest.param(
        "Angela Merkel has not visited Brazil.",
        None,
        [
            ev("042", ("person:angela-merkel",), ("state:BRA",), negated=True),
            ev("043", ("state:BRA",), ("person:angela-merkel",), negated=True),
        ],
        id="negated",
    ),
    pytest.param(
        "Angela Merkel visited Brazil.",
        None,
        [
            ev("042", ("person:angela-merkel",), ("state:BRA",), negated=False, modality=Modality.ASSERTED),
            ev("043", ("state:BRA",), ("person:angela-merkel",), negated=False, modality=Modality.ASSERTED),
        ],
        id="asserted",
    ),
    pytest.param(
        "Iran reportedly sent drones to Russia.",  # arms handed to a state: military aid (072)
        None,
        [ev("072", ("state:IRN",), ("state:RUS",), modality=Modality.REPORTED)],
        id="reportedly",
    ),
    pytest.param(
        "Emmanuel Macron will visit Brazil in June.",
        None,
        [ev("036", (MACRON,), ("state:BRA",))],
        id="will-planned",
    ),
    # -- dates ---------------------------------------------------------------------------------
    pytest.param(
        "Emmanuel Macron visited India on Monday.",
        "2024-03-14",
        [
            ev("042", (MACRON,), ("state:IND",), date="2024-03-11"),
            ev("043", ("state:IND",), (MACRON,), date="2024-03-11"),
        ],
        id="weekday-anchored",
    ),
    pytest.param(
        "Emmanuel Macron visited India on March 3.",
        "2024-03-14",
        [
            ev("042", (MACRON,), ("state:IND",), date="2024-03-03"),
            ev("043", ("state:IND",), (MACRON,), date="2024-03-03"),
        ],
        id="month-day-anchored",
    ),
    pytest.param(
        "Emmanuel Macron visited India on March 3.",
        None,
        [
            ev("042", (MACRON,), ("state:IND",), date="--03-03"),
            ev("043", ("state:IND",), (MACRON,), date="--03-03"),
        ],
        id="month-day-unanchored",
    ),
    pytest.param(
        "Emmanuel Macron visited India on Monday.",
        None,
        [ev("042", (MACRON,), ("state:IND",), date=None), ev("043", ("state:IND",), (MACRON,), date=None)],
        id="weekday-unanchored",
    ),
    # -- locations -----------------------------------------------------------------------------
    pytest.param(
        "French warships arrived at Port Said on Sunday.",
        None,
        [ev("150", ("state:FRA",), locations={"location:port-said"})],
        id="arrived-at",
    ),
    pytest.param(
        "Prime Minister Shehbaz Sharif met President Xi Jinping in Beijing.",
        None,
        [
            ev(
                "040",
                ("person:shehbaz-sharif", "person:xi-jinping"),
                ("person:xi-jinping", "person:shehbaz-sharif"),
                locations={"location:beijing"},
            )
        ],
        id="met-in",
    ),
    # -- lexicon constraints and known limitations ---------------------------------------------
    pytest.param(
        "Narendra Modi gave Emmanuel Macron a tour of the Red Fort.",
        None,
        [ev("043", (MODI,), (MACRON,), locations={"location:red-fort"})],
        id="tour-of-place",
        marks=XFAIL(
            strict=True,
            reason="the place inside the object's 'of' phrase ('a tour of the "
            "Red Fort') is not read as the event's location",
        ),
    ),
    pytest.param(
        "Angela Merkel's government welcomed the plan. Merkel's spokesman said the plan was good.",
        None,
        [ev("051", ("person:angela-merkel",))],
        id="welcome-without-delegation-is-approval",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "expected"), EVENTS)
def test_event_patterns(facts, text, date, expected):
    f = facts(text, date)
    got = "\n".join(
        f"{e.cameo} {e.trigger!r} {e.agents} -> {e.targets} @{e.locations} {e.date} neg={e.negated} "
        f"{e.modality}"
        for e in f.events
    )
    for want in expected:
        assert any(matches(e, want) for e in f.events), f"missing {want}\ngot:\n{got}"
    roots = Counter(w["cameo"][:2] for w in expected)
    for root, n in roots.items():
        assert sum(e.cameo.startswith(root) for e in f.events) == n, got


# Events that must NOT be produced: an actor read into the wrong role.
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo", "not_agent"),
    [
        pytest.param(
            "The Israeli ambassador was summoned on Tuesday.",
            "114",
            "state:ISR",
            id="passive-no-by-summoned-is-target",
        ),
        pytest.param("The Iranian envoy was expelled by Germany.", "166", "state:IRN", id="passive-by-owner"),
        pytest.param("Israel said that Iran was reckless.", "111", "state:IRN", id="speech-target-not-agent"),
    ],
)
def test_no_wrong_agent(facts, text, cameo, not_agent):
    f = facts(text)
    assert not any(e.cameo.startswith(cameo) and not_agent in e.agents for e in f.events)


@pytest.mark.model
def test_no_event_without_trigger(facts):
    f = facts("Emmanuel Macron is the president of France. India is a large country.")
    assert f.events == ()


@pytest.mark.model
def test_event_fields(facts):
    f = facts("Emmanuel Macron visited India on March 3.", "2024-03-14")
    # (the visit and its hosting by India)
    event, hosting = f.events
    assert (event.cameo, hosting.cameo) == ("042", "043")
    assert event.key.startswith("event:")
    assert event.trigger == "visited"
    assert event.event_type
    assert f.article.text[event.evidence.start : event.evidence.end] == f.article.text
    assert facts("Emmanuel Macron visited India on March 3.", "2024-03-14").events[0].key == event.key


@pytest.mark.model
def test_coordinated_agents_act_in_one_event(facts):
    f = facts("France and Germany sent delegations to Kenya.")
    visits = [e for e in f.events if e.cameo == "042"]
    assert [sorted(e.agents) for e in visits] == [["state:DEU", "state:FRA"]]


# -- the trigger lexicon as data ----------------------------------------------------------------


def _cameo_codes() -> set[str]:
    return {line.split("\t")[0] for line in data_lines("cameo_codes.tsv")[1:]}


def _trigger_rows() -> list[list[str]]:
    return [line.split("\t") for line in data_lines("triggers.tsv") if not line.startswith("@")]


def test_every_trigger_code_is_a_cameo_code():
    codes = _cameo_codes()
    unknown = sorted({row[2] for row in _trigger_rows() if row[2] not in codes | {"---"}})
    assert unknown == []
    # "---" (no event) is a verb rule: "withdraw" a proposal, "contrast" two plans
    assert all(row[1] == "V" and row[3:4] != [""] for row in _trigger_rows() if row[2] == "---")


def test_every_trigger_row_is_well_formed():
    for row in _trigger_rows():
        assert 3 <= len(row) <= 6, row
        lemma, pos, code = row[:3]
        assert len(row) < 6 or row[5] in ("", "target"), row
        assert lemma == lemma.lower(), row
        assert lemma.strip() == lemma, row
        assert pos in ("V", "N", "A", "*", "I"), row  # (I: an idiom, events._idiom_rule)
        assert code == "---" or (code.isdigit() and 2 <= len(code) <= 4), row


def test_every_word_class_used_is_defined():
    lex = lexicon()
    used = {
        item
        for row in _trigger_rows()
        for cell in row[3:5]
        for item in cell.replace(",", " ").split()
        if item.startswith("@")
    }
    assert used - set(lex.classes) == set()
    # the speech and judgement rules read these two classes by name
    assert {"@negative", "@positive"} <= set(lex.classes)
    assert all(words for words in lex.classes.values())


def test_lexicon_codes_have_names():
    lex = lexicon()
    for rules in lex.rules.values():
        for rule in (r for r in rules if r.cameo != "---"):  # "---": no event, no name
            assert lex.name(rule.cameo) != rule.cameo, rule
    assert lex.name("042") == "Make a visit"


def test_codes_the_extractor_emits_itself_exist():
    # 111/051: reported-speech criticism/praise; 138: the military upgrade of a threat
    assert {"111", "051", "138"} <= _cameo_codes()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo", "expected"),
    [
        pytest.param("The weak dollar helped Japan's exporters.", "07", None, id="help-no-actor-target"),
        pytest.param(
            "Japan helped Indonesia rebuild its ports.", "07", ("state:JPN", "state:IDN"), id="help"
        ),
        pytest.param("The government cut taxes for small firms.", "16", None, id="cut-taxes-is-no-event"),
        pytest.param(
            "Britain cut diplomatic ties with Iran.", "16", ("state:GBR", "state:IRN"), id="cut-ties"
        ),
        pytest.param("US officials were talking up the dollar.", "04", None, id="talk-up-is-no-consult"),
    ],
)
def test_triggers_that_need_someone_acted_upon(facts, text, cameo, expected):
    found = [(e.agents, e.targets) for e in facts(text).events if e.cameo.startswith(cameo)]
    if expected is None:
        assert found == []
    else:
        agent, target = expected
        assert any(agent in a and target in t for a, t in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Senator Kerry attacked the president's economic record.", "111", id="attack-a-record"),
        pytest.param("Israeli air strikes on Gaza continued.", "195", id="air-strike-noun"),
        pytest.param("New US sanctions on Iran took effect.", "163", id="noun-with-state-modifier"),
        pytest.param("Workers began a strike on Monday.", None, id="labour-strike-has-no-actor"),
        pytest.param("Tony Blair has signed up to the plan.", None, id="phrasal-sign-up"),
        pytest.param("Mr Blair recalls how Bill Clinton laughed.", None, id="recall-a-memory"),
        pytest.param("Russia recalled its ambassador from Kenya.", "166", id="recall-an-envoy"),
    ],
)
def test_trigger_senses(facts, text, expected):
    codes = sorted(e.cameo for e in facts(text).events)
    if expected is None:
        assert codes == []
    else:
        assert expected in codes, codes


@pytest.mark.model
def test_a_noun_modifier_state_is_the_agent(facts):
    events = [e for e in facts("New US sanctions on Iran took effect.").events if e.cameo == "163"]
    assert [(e.agents, e.targets) for e in events] == [(("state:USA",), ("state:IRN",))]


@pytest.mark.model
def test_an_official_does_not_act_upon_their_own_state(facts):
    f = facts("Indian Defence Minister Rajnath Singh warned that India would not tolerate attacks.")
    warned = [e for e in f.events if e.cameo.startswith("13")]
    assert warned
    assert "state:IND" not in warned[0].targets


@pytest.mark.model
def test_a_pronoun_prefers_the_last_subject_over_the_last_name(facts):
    f = facts(
        "Iranian Foreign Minister Abbas Araghchi met his Omani counterpart, Badr Albusaidi. "
        "He accused Israel of sabotage."
    )
    accused = [e for e in f.events if e.cameo == "112"]
    assert accused
    assert accused[0].agents[0] == "person:abbas-araghchi"


@pytest.mark.model
def test_an_office_with_another_state_is_not_the_known_holder(facts):
    f = facts("EU Ambassador Salvador Pinto met officials. Later Mali expelled France's ambassador in 2022.")
    expelled = [e for e in f.events if e.cameo == "166"]
    assert expelled
    assert "person:salvador-pinto" not in expelled[0].targets


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo", "agent", "target"),
    [
        pytest.param(
            "Niger's government ordered the Kenyan ambassador to leave the country.",
            "166",
            "state:NER",
            "state:KEN",
            id="order-to-leave",
        ),
        pytest.param("Chile called for talks with Peru.", "020", "state:CHL", None, id="call-for"),
        pytest.param(
            "Japan had lodged a protest with Beijing.", "114", "state:JPN", "state:CHN", id="lodge-a-protest"
        ),
        pytest.param(
            "Mali expressed its total solidarity with Niamey.",
            "051",
            "state:MLI",
            "state:NER",
            id="solidarity",
        ),
        pytest.param(
            "China's military launched air and naval drills around Taiwan.",
            "150",
            "state:CHN",
            "state:TWN",
            id="coordinated-light-verb-object",
        ),
        pytest.param(
            "An Israeli air strike in Syria killed two officers.",
            "195",
            "state:ISR",
            "state:SYR",
            id="force-in",
        ),
        pytest.param(
            "Abbas Araghchi flew in. After talks with Omani Foreign Minister Badr Albusaidi, Araghchi spoke.",
            "040",
            "person:abbas-araghchi",
            "person:badr-albusaidi",
            id="noun-after-preposition",
        ),
        pytest.param(
            "Saudi Foreign Minister Faisal bin Farhan and his Qatari counterpart discussed the crisis.",
            "040",
            "person:faisal-bin-farhan",
            "state:QAT",
            id="joint-act-partner-is-target",
        ),
    ],
)
def test_multiword_and_light_verb_triggers(facts, text, cameo, agent, target):
    assert_event(facts(text), cameo, agent, target)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo", "agent", "target"),
    [
        pytest.param(
            "Britain announced it would deploy 200 soldiers to Kosovo.",
            "154",
            "state:GBR",
            "state:XKX",
            id="it",
        ),
        pytest.param(
            "Albin Kurti spoke. Kurti called on the EU to act.",
            "020",
            "person:albin-kurti",
            None,
            id="call-on",
        ),
        pytest.param(
            "The memorandum, signed by Ethiopian Prime Minister Abiy Ahmed, angered Somalia.",
            "057",
            "person:abiy-ahmed",
            None,
            id="participle-with-by",
        ),
        pytest.param(
            "Caracas recalled its ambassador from Bogota.",
            "166",
            "state:VEN",
            "state:COL",
            id="from-capital",
        ),
        pytest.param(
            "A Chinese coast guard vessel rammed a Philippine boat.",
            "190",
            "state:CHN",
            None,
            id="compound-chain",
        ),
        pytest.param(
            "Lula's foreign minister, Mauro Vieira, telephoned Venezuelan Foreign Minister Yvan Gil.",
            "041",
            "person:mauro-vieira",
            "person:yvan-gil",
            id="appositive-names-the-subject",
        ),
    ],
)
def test_more_argument_patterns(facts, text, cameo, agent, target):
    assert_event(facts(text), cameo, agent, target)


def assert_event(found_facts, cameo, agent, target):  # type: ignore[no-untyped-def]
    """An event of ``cameo`` whose agents include ``agent`` and, when given, targets ``target``."""
    found = [e for e in found_facts.events if e.cameo == cameo]
    assert found, found_facts.events
    assert agent in found[0].agents
    if target is not None:
        assert target in found[0].targets


@pytest.mark.model
def test_object_control_makes_the_object_the_actor(facts):
    f = facts("Albin Kurti spoke. Kurti called on the EU to impose sanctions on Belgrade.")
    # (the sanctions asked of the EU are not imposed: no event of them, Kurti's or the EU's)
    assert not [e for e in f.events if e.cameo == "163"], f.events
    assert any(e.cameo[:2] == "02" and "person:albin-kurti" in e.agents for e in f.events), f.events


@pytest.mark.model
def test_speech_with_its_own_events_is_not_also_a_judgement(facts):
    f = facts("Miller said Washington supports Guyana and warned Caracas.")
    assert not [e for e in f.events if e.cameo == "111" and "state:GUY" in e.targets]
