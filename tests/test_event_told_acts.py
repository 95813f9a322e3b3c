"""Acts told, not acts foreseen: wire coding codes what happened and the intents and threats
made, never an act that could happen, is forecast, or would happen on a condition; a
cooperative act its actor has scheduled is the intent to do it (03x).

Controls: acts told as done, reported, negated or threatened keep their events, and an intent
or threat made on a condition stays made.
"""

from __future__ import annotations

import pytest
from factories import show_events

DATE = "2024-03-14"

#: (sentence, code prefixes no event may have, whatever its modality)
FORESEEN = [
    ("Analysts expect China to increase pressure on Taiwan before the election.", ("10", "17")),
    ("Several economists predict that Japan will impose tariffs on Korean steel.", ("16",)),
    ("The Nigerian and Ghanaian presidents are unlikely to meet before the end of the year.", ("04",)),
    ("Israel could strike Iran's nuclear sites within weeks, Western experts believe.", ("18", "19")),
    ("Turkey might send troops into northern Iraq, a columnist wrote on Tuesday.", ("15",)),
    ("If Iran enriches uranium further, Israel may bomb its facilities.", ("18", "19")),
    ("Should Venezuela close its border, Brazil would lose millions in trade.", ("16", "19")),
    ("Were Russia to invade Moldova, Romania would be next.", ("19",)),
    ("It remains unclear whether Egypt will expel the Israeli ambassador.", ("16",)),
    ("Peru is deciding whether to recall its ambassador from Mexico.", ("16",)),
    ("Oil prices could soar if Israel attacks Iran, traders said.", ("18", "19")),
    ("China demanded that the United States stop selling weapons to Taiwan.", ("06",)),
    (
        "Russia warned Moldova that it would retaliate if Chisinau expelled more Russian diplomats.",
        ("16",),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "never"), FORESEEN, ids=[t[:45] for t, _ in FORESEEN])
def test_an_act_foreseen_or_on_a_condition_is_no_event(facts, text, never):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert not [e for e in events if e.cameo.startswith(never) and not e.negated], show_events(events)


#: (sentence, code prefix that must stay, its modality)
TOLD = [
    ("Israeli warplanes struck Iran's nuclear sites on Sunday.", "19", "asserted"),
    ("Iraq said that Iranian troops had shelled its border posts.", "19", None),
    ("Turkey reportedly sent troops into northern Iraq.", "15", "reported"),
    (
        "Hezbollah would strike deep inside Israel if Israeli forces attacked Beirut, its leader warned.",
        "13",
        "asserted",
    ),
    ("Washington is ready to ease sanctions on Syria if Damascus meets its conditions.", "03", None),
    ("Iran said it would impose sanctions on Britain if the embassy stayed closed.", "13", "asserted"),
    ("Washington would consider easing oil sanctions on Venezuela.", "014", None),
    ("China has not attacked Vietnam.", "19", "asserted"),  # negated, kept as negated
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mode"), TOLD, ids=[t[:45] for t, _, _ in TOLD])
def test_acts_told_and_threats_made_stay(facts, text, code, mode):  # type: ignore[no-untyped-def]
    events = [e for e in facts(text, DATE).events if e.cameo.startswith(code)]
    assert events, show_events(facts(text, DATE).events)
    if mode is not None:
        assert any(e.modality.value == mode for e in events), show_events(tuple(events))


#: (sentence, the intent code it must give, code prefixes it must not give)
SCHEDULED = [
    ("Thai Prime Minister Somchai Wong will visit Cambodia next week, his office said.", "036", ("04",)),
    ("Japan's foreign minister is to visit Seoul on Friday.", "036", ("04",)),
    (
        "The Egyptian president will meet the Israeli prime minister in Sharm el-Sheikh on Monday.",
        "036",
        ("04",),
    ),
    ("Chancellor Olaf Brandt travels to Beijing next month for talks.", "036", ("042",)),
    ("South Korea will provide $50 million in humanitarian assistance to Sudan.", "033", ("07",)),
    ("Iran said it would meet Israel if the talks resumed.", "036", ("04",)),
    ("Russian troops will withdraw from the border next week, the defence ministry said.", "035", ("08",)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "never"), SCHEDULED, ids=[t[:45] for t, _, _ in SCHEDULED])
def test_a_cooperative_act_scheduled_is_the_intent(facts, text, code, never):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert any(e.cameo.startswith(code) and e.modality.value == "asserted" for e in events), show_events(
        events
    )
    assert not [e for e in events if e.cameo.startswith(never)], show_events(events)


#: Forecasts of another's visit and talks already held are no intent.
NOT_SCHEDULED = [
    ("The Mexican president is expected to visit Canada later this year, diplomats said.", "036"),
    ("Emmanuel Macron visited India on Tuesday.", "036"),
    ("The two leaders met in Geneva last week.", "036"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "never"), NOT_SCHEDULED, ids=[t[:45] for t, _ in NOT_SCHEDULED])
def test_no_intent_without_the_actors_word(facts, text, never):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert not [e for e in events if e.cameo.startswith(never)], show_events(events)


#: An act put forward by a suggestion, proposal or offer is not done: one event, the proposal's.
#: (sentence, the code prefix of the one proposal event, code prefixes no event may have)
SUGGESTED = [
    ("Turkey suggested holding military talks with Greece.", "036", ("04",)),
    (
        "Kemal Aydin suggested on Tuesday holding talks with Greece, a ministry statement said.",
        "036",
        ("04",),
    ),
    ("Egypt offered on Sunday holding negotiations with Ethiopia.", "036", ("04",)),
    ("Turkey proposed last week opening negotiations with Greece.", "036", ("04",)),
    ("France recommended sending peacekeepers to Chad.", "02", ("03", "07", "15")),
    ("Germany suggested easing sanctions on Iran.", "02", ("03", "08")),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "never"), SUGGESTED, ids=[t[:45] for t, _, _ in SUGGESTED])
def test_an_act_suggested_is_the_suggestion_only(facts, text, code, never):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert [e for e in events if e.cameo.startswith(code)], show_events(events)
    assert not [e for e in events if e.cameo.startswith(never)], show_events(events)


#: Controls: acts done beside a suggestion, and a participle after a comma, stay.
SUGGESTED_CONTROLS = [
    ("Turkey held talks with Greece on Tuesday, saying progress was made.", "04"),
    ("Britain imposed sanctions on Iran after suggesting talks with Tehran.", "16"),
    ("Israel attacked Gaza on Sunday, killing 20 people.", "19"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), SUGGESTED_CONTROLS, ids=[t[:45] for t, _ in SUGGESTED_CONTROLS])
def test_acts_beside_a_suggestion_stay(facts, text, code):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert [e for e in events if e.cameo.startswith(code) and e.modality.value == "asserted"], show_events(
        events
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "Washington is ready to ease some sanctions on Syria's banks if Damascus meets its conditions.",
            "state:USA",
            "state:SYR",
        ),
        (
            "Washington is prepared to ease sanctions on Venezuela if Caracas holds a free election.",
            "state:USA",
            "state:VEN",
        ),
    ],
)
def test_an_intent_takes_the_target_of_its_act(facts, text, agent, target):  # type: ignore[no-untyped-def]
    """The act an intent is about is no event of its own; its target is the intent's."""
    events = facts(text, DATE).events
    assert any(e.cameo[:2] == "03" and agent in e.agents and target in e.targets for e in events), (
        show_events(events)
    )
    assert not [e for e in events if e.cameo[:2] == "08"], show_events(events)


#: Forces of nature act upon no one (sentence, code prefixes no event may have).
NATURE = [
    (
        "Heavy rain flooded parts of Bangladesh's capital on Sunday, disrupting traffic and closing schools.",
        ("16", "17"),
    ),
    ("A powerful earthquake destroyed Turkish border posts near Syria.", ("17", "18", "19")),
    ("Typhoon Haiyan killed 6,000 people in the Philippines.", ("18", "19", "20")),
    ("Hurricane Maria destroyed the US naval base in Puerto Rico.", ("17", "18", "19")),
    ("Floods forced the closure of the Pakistani embassy in Kabul.", ("16",)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "never"), NATURE, ids=[t[:45] for t, _ in NATURE])
def test_nature_acts_upon_no_one(facts, text, never):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert not [e for e in events if e.cameo.startswith(never)], show_events(events)


#: Controls: gunfire and armed forces named like weather words stay force.
NATURE_CONTROLS = [
    ("Israeli fire killed two Palestinian gunmen in Gaza.", "19"),
    ("Russian forces attacked the Ukrainian city of Kharkiv.", "19"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), NATURE_CONTROLS, ids=[t[:45] for t, _ in NATURE_CONTROLS])
def test_force_by_armed_men_stays(facts, text, code):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert [e for e in events if e.cameo.startswith(code)], show_events(events)


#: A state's civilians use no military force: their violence is assault (18x), not 19x.
#: (sentence, the code prefix the act must have)
CIVILIAN_FORCE = [
    ("Israeli settlers attacked Palestinian villagers near Hebron on Sunday, injuring three people.", "182"),
    ("A Slovak pensioner opened fire on the prime minister as he greeted supporters.", "18"),
    ("Hindu villagers killed two Muslim traders in Gujarat.", "1823"),
    # controls: armed forces and armed groups fight (19x)
    ("Israeli troops attacked Hezbollah positions in southern Lebanon.", "19"),
    ("Pakistani soldiers opened fire on Indian troops across the Line of Control.", "19"),
    ("Taliban fighters attacked a police checkpoint in Kandahar, killing four officers.", "19"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), CIVILIAN_FORCE, ids=[t[:45] for t, _ in CIVILIAN_FORCE])
def test_civilians_assault_armies_fight(facts, text, code):  # type: ignore[no-untyped-def]
    events = [e for e in facts(text, DATE).events if e.cameo[:2] in ("18", "19", "20")]
    assert events, text
    assert all(e.cameo.startswith(code) for e in events), show_events(tuple(events))


#: Weapons of war used on someone decide the kind of fight: artillery and armour 194, aircraft and
#: missiles 195 (not crowd control, 175); controls: crowd weapons stay 175, a test launch 150.
WEAPONS = [
    ("Azerbaijan used artillery against Armenia.", "194", "state:AZE"),
    ("Azerbaijani forces used drones against Armenian positions.", "195", "state:AZE"),
    ("Syrian troops used tanks against the rebel-held town of Homs.", "194", "state:SYR"),
    ("Russia used warplanes on Ukrainian positions near Bakhmut.", "195", "state:RUS"),
    ("Hamas fired mortars at Israeli border towns.", "194", None),
    ("Indian police used tear gas against Kashmiri protesters.", "175", "state:IND"),
    ("North Korea fired two ballistic missiles into the sea on Sunday.", "150", "state:PRK"),
]
#: No one fought: weapons named with no one they are used on.
NO_FIGHT = [
    "A UKIP MEP suggested Germany saw the EU as an empire that was cheaper than using tanks.",
    "The army has used tanks for decades.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_FIGHT, ids=[t[:45] for t in NO_FIGHT])
def test_weapons_used_on_no_one_are_no_fight(facts, text):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert not [e for e in events if e.cameo[:2] in ("18", "19", "20")], show_events(events)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent"), WEAPONS, ids=[t[:45] for t, _, _ in WEAPONS])
def test_the_weapon_decides_the_fight(facts, text, code, agent):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert any(e.cameo == code and (agent is None or agent in e.agents) for e in events), show_events(events)
    assert not [e for e in events if e.cameo[:2] in ("18", "19", "20") and e.cameo != code], show_events(
        events
    )


#: Citizens expelled are individuals deported (174); diplomats expelled are 166.
EXPELLED = [
    ("Russia expelled Estonian citizens.", "174"),
    ("Russia expelled three Estonian nationals on Friday.", "174"),
    ("Russia expelled two Estonian diplomats.", "166"),
    ("Britain withdrew its citizens from Sudan.", "16"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), EXPELLED, ids=[t[:45] for t, _ in EXPELLED])
def test_who_is_expelled_decides_the_code(facts, text, code):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert any(e.cameo.startswith(code) for e in events), show_events(events)
