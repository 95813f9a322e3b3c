"""CAMEO coverage of wire text, session 6 round 2: who does an event noun's act when its "of" phrase
names them ("the visit of X to Y", "the meeting of X and Y") and whom it is done to when the doer is
named apart ("the expulsion of X by Y"); a settlement named by its "of" phrase ("the mayor of the city
of Nablus"); support thrown "behind" someone. Every sentence is written for this file; each table has
negative controls."""

from __future__ import annotations

import pytest
from factories import show_events

DATE = "2012-04-17"


def _has(events, code, agent=None, target=None):
    return any(
        e.cameo.startswith(code)
        and (agent is None or agent in e.agents)
        and (target is None or target in e.targets)
        for e in events
    )


# -- the "of" phrase of a visit or a meeting names who visits or meets -------------------------
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("The visit of the Chinese president to Kenya was postponed.", "042", "state:CHN", "state:KEN"),
        (
            "The visit of Turkish President Erdogan to Athens ended on Monday.",
            "042",
            "state:TUR",
            "state:GRC",
        ),
        (
            "During the visit of the French foreign minister to Algeria, the two sides signed a deal.",
            "042",
            "state:FRA",
            "state:DZA",
        ),
        (
            "The state visit of the Japanese emperor to Brazil began on Sunday.",
            "042",
            "state:JPN",
            "state:BRA",
        ),
        (
            "The meeting of the Russian and Turkish presidents took place in Sochi.",
            "040",
            "state:RUS",
            "state:TUR",
        ),
        (
            "The meeting of the Iranian and Iraqi foreign ministers was cancelled.",
            "040",
            "state:IRN",
            "state:IRQ",
        ),
        # the doer named otherwise keeps the visit his
        ("The Chinese president's visit to Kenya was postponed.", "042", "state:CHN", "state:KEN"),
        ("The visit by the Chinese president to Kenya was postponed.", "042", "state:CHN", "state:KEN"),
    ],
)
def test_of_phrase_names_who_visits_or_meets(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert _has(events, code, agent, target), show_events(events)


@pytest.mark.parametrize(
    ("text", "wrong_agent"),
    [
        # a tour of a place is of the place toured, not by it
        ("A tour of Kenya was planned by the Chinese president.", "state:KEN"),
        ("The Chinese president began a tour of Kenya on Monday.", "state:KEN"),
    ],
)
def test_a_place_toured_is_no_visitor(facts, text, wrong_agent):
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith("04") and wrong_agent in e.agents for e in events), show_events(events)


# -- with the doer named apart, the "of" phrase is the one acted upon --------------------------
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("The expulsion of Russian diplomats by Britain angered Moscow.", "166", "state:GBR", "state:RUS"),
        ("Britain's expulsion of Russian diplomats angered Moscow.", "166", "state:GBR", "state:RUS"),
        ("The expulsion of Iranian diplomats by Argentina drew protests.", "166", "state:ARG", "state:IRN"),
    ],
)
def test_of_phrase_is_acted_upon_when_the_doer_is_named(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert _has(events, code, agent, target), show_events(events)


def test_of_phrase_of_an_act_with_no_doer_makes_no_doer(facts):
    # "the expulsion of Russian diplomats" says who was expelled, not who expelled them
    events = facts("The expulsion of Russian diplomats was a mistake, he said.", DATE).events
    assert not any(e.cameo.startswith("166") and "state:RUS" in e.agents for e in events), show_events(events)


# -- a settlement named by its "of" phrase -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("Israel released the mayor of the city of Nablus.", "084", "state:ISR", "state:PSE"),
        (
            "Israel on Monday released the mayor of the northern West Bank city of Nablus, officials said.",
            "084",
            "state:ISR",
            "state:PSE",
        ),
        ("Residents of the city of Kirkuk accused Turkey of interference.", "112", "state:IRQ", "state:TUR"),
        ("Police in the city of Mombasa arrested 20 Somali migrants.", "173", "state:KEN", "state:SOM"),
    ],
)
def test_a_settlement_named_by_its_of_phrase(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert _has(events, code, agent, target), show_events(events)


def test_a_settlement_unnamed_gives_no_state(facts):
    events = facts("Israel released the mayor of the city.", DATE).events
    assert not any(e.targets for e in events), show_events(events)


# -- support thrown behind someone ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("France threw its support behind Germany's bid.", "state:FRA", "state:DEU"),
        ("France threw its support behind Germany.", "state:FRA", "state:DEU"),
        ("Italy threw its weight behind the Spanish proposal.", "state:ITA", "state:ESP"),
    ],
)
def test_support_thrown_behind_someone(facts, text, agent, target):
    events = facts(text, DATE).events
    assert _has(events, "051", agent, target), show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels hid behind the border with Chad.",
        "Kenya lagged behind Uganda in the rankings.",
        "Troops fired from behind the lines.",
    ],
)
def test_behind_alone_makes_no_support(facts, text):
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith("05") for e in events), show_events(events)


# -- one act told twice in one sentence ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        (
            "Iran condemned the US strikes on militias in Iraq and Syria, calling them a violation of law.",
            "111",
            "condemned",
        ),
        ("Egypt condemned the Israeli raids on Lebanon and Syria, calling them a crime.", "111", "condemned"),
        ("France condemned the Syrian attacks, describing them as barbaric.", "111", "condemned"),
        ("Germany criticised the Russian plan, calling it reckless.", "111", "criticised"),
    ],
)
def test_a_participle_restating_the_act_is_no_second_event(facts, text, code, trigger):
    events = facts(text, DATE).events
    same = [e for e in events if e.cameo.startswith(code)]
    assert [e.trigger for e in same] == [trigger], show_events(events)


def test_a_participle_telling_another_act_stays_an_event(facts):
    # a protest and the accusation it makes are two codes: both stay
    events = facts("Japan protested to China, accusing Beijing of violating its airspace.", DATE).events
    assert _has(events, "114", "state:JPN", "state:CHN"), show_events(events)
    assert _has(events, "112", "state:JPN", "state:CHN"), show_events(events)


# -- acts told as likely, called off or put off are not told as done ---------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian and Ukrainian officials are unlikely to meet before the end of the year.", "040"),
        ("China is likely to send troops to Mali, analysts said.", "154"),
        ("The Indian and Pakistani leaders are unlikely to hold talks this year.", "04"),
        ("Japan is close to signing an agreement with Vietnam.", "057"),
        ("Absa said it was close to striking a deal with Barclays.", "057"),
    ],
)
def test_a_likely_act_is_no_event(facts, text, code):
    """A forecast of an act is no event of it (CAMEO codes acts told, not acts foreseen)."""
    events = facts(text, DATE).events
    assert not [e for e in events if e.cameo.startswith(code)], show_events(events)


@pytest.mark.parametrize(
    ("text", "code", "negated", "mode"),
    [
        ("The meeting between France and Italy was cancelled.", "040", True, "asserted"),
        ("The summit between Brazil and Argentina was scrapped on Monday.", "040", True, "asserted"),
        ("The visit of the Chinese president to Kenya was postponed.", "042", False, "planned"),
        (
            "A summit between the leaders of Brazil and Argentina has been postponed indefinitely.",
            "040",
            False,
            "planned",
        ),
        ("The talks between Israel and Egypt were delayed until June.", "04", False, "planned"),
    ],
)
def test_an_act_called_off_or_put_off(facts, text, code, negated, mode):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith(code)]
    assert events, text
    assert all(e.negated is negated and e.modality == mode for e in events), show_events(tuple(events))


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Israel and Egypt were not cancelled.",
        "The meeting between France and Italy was held in Rome.",
        "The Chinese president's visit to Kenya went ahead on Monday.",
    ],
)
def test_an_act_not_called_off_is_told(facts, text):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith("04")]
    assert events, text
    assert all(not e.negated and e.modality == "asserted" for e in events), show_events(tuple(events))


# -- expelling people is deporting them (174); expelling envoys or forces is 166 ---------------
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("Russia expelled two American journalists.", "174", "state:RUS", "state:USA"),
        ("Thailand expelled 300 Burmese migrants on Friday.", "174", "state:THA", "state:MMR"),
        ("Egypt expelled a Turkish preacher last week.", "174", "state:EGY", "state:TUR"),
        ("Two Iranian dissidents were expelled by Iraq.", "174", "state:IRQ", "state:IRN"),
        # envoys and forces stay a cut in relations
        ("Britain expelled Russia's diplomats.", "166", "state:GBR", "state:RUS"),
        ("Mali expelled French troops.", "166", "state:MLI", "state:FRA"),
        ("Ukraine expelled the Russian consul.", "166", "state:UKR", "state:RUS"),
        ("Iran expelled American inspectors.", "1662", "state:IRN", "state:USA"),
    ],
)
def test_expelled_people_are_deported(facts, text, code, agent, target):
    events = facts(text, DATE).events
    assert _has(events, code, agent, target), show_events(events)


# -- an agreement struck is no blow ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Japan struck a deal with China.", "state:JPN", "state:CHN"),
        ("Mitsubishi Motors struck a deal with Peugeot.", "organization:mitsubishi-motors", None),
        ("Kenya struck an accord with Ethiopia on Monday.", "state:KEN", "state:ETH"),
        ("Mitsubishi Motors has struck a deal to supply Peugeot with 30,000 vehicles.", None, None),
    ],
)
def test_a_deal_struck_is_an_agreement(facts, text, agent, target):
    events = facts(text, DATE).events
    assert _has(events, "057", agent, target), show_events(events)
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in events), show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "Russia struck a Ukrainian power plant.",
        "Israeli jets struck targets in Gaza on Monday.",
        "Turkish warplanes struck Kurdish positions in Iraq.",
    ],
)
def test_a_place_struck_is_still_force(facts, text):
    events = facts(text, DATE).events
    assert any(e.cameo[:2] in ("18", "19", "20") for e in events), show_events(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Turkmenistan is trying to strike a similar deal with Russia.", "057"),
        ("France attempted to mediate between Chad and Sudan.", "045"),
        ("Egypt is trying to broker talks between Israel and Hamas.", "045"),
    ],
)
def test_an_act_tried_is_intended(facts, text, code):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith(code)]
    assert events, text
    assert all(e.modality == "intended" for e in events), show_events(tuple(events))


def test_an_act_done_stays_asserted(facts):
    events = [
        e for e in facts("France mediated between Chad and Sudan.", DATE).events if e.cameo.startswith("045")
    ]
    assert events
    assert all(e.modality == "asserted" for e in events), show_events(tuple(events))
