"""CAMEO coverage of wire text, session 6: dictionary patterns the converter adds (goods delivered,
embargoes imposed, suspects handed over, verdicts, chemical weapons), objects counted by a
partitive, the intent of a dictionary-coded act, and bare lexicon codes that yield to a pattern.
Every sentence is written for this file; each table has negative controls."""

from __future__ import annotations

import pytest
from factories import show_events

DATE = "2011-06-09"


def _codes(facts, text):
    events = facts(text, DATE).events
    return events, [e.cameo for e in events]


def _has(events, code, agent=None, target=None):
    return any(
        e.cameo.startswith(code)
        and (agent is None or agent in e.agents)
        and (target is None or target in e.targets)
        for e in events
    )


# -- goods carried to a state: arms are military aid (072), relief humanitarian aid (073) ----------
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("Poland delivered 60 armoured vehicles to Moldova on Tuesday.", "072", "state:POL", "state:MDA"),
        ("Denmark has delivered anti-aircraft missiles to Estonia.", "072", "state:DNK", "state:EST"),
        ("Portugal shipped artillery shells to Georgia last week.", "072", "state:PRT", "state:GEO"),
        ("Austria brought military equipment to Slovenia.", "072", "state:AUT", "state:SVN"),
        ("Belgium flew 15 tonnes of medical supplies to Chad on Friday.", "073", "state:BEL", "state:TCD"),
        ("Ireland delivered medicine and blankets to storm-hit Fiji.", "073", "state:IRL", "state:FJI"),
        ("Australia airlifted tents and blankets to Tonga on Monday.", "073", "state:AUS", "state:TON"),
        ("Finland shipped emergency supplies to Yemen.", "073", "state:FIN", "state:YEM"),
        ("Chile sent vaccines to Bolivia.", "07", "state:CHL", "state:BOL"),
    ],
)
def test_goods_delivered_are_aid(facts, text, code, agent, target):
    events, _ = _codes(facts, text)
    assert _has(events, code, agent, target), show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "The courier delivered 40 parcels to customers in Leeds.",
        "Greece shipped olive oil to Cyprus.",
        "The pilot flew the jet to Manchester for repairs.",
        "Spain brought the match to life in the second half.",
    ],
)
def test_other_goods_are_no_aid(facts, text):
    _, codes = _codes(facts, text)
    assert not [c for c in codes if c[:2] == "07"], codes


# -- an embargo or a blockade imposed on a state ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("Bahrain imposed an embargo on Qatar.", "163", "state:BHR", "state:QAT"),
        ("The United States imposed an arms embargo on Eritrea on Monday.", "163", "state:USA", "state:ERI"),
        ("Morocco imposed a trade embargo on Algeria.", "163", "state:MAR", "state:DZA"),
        ("Greece imposed a naval blockade on Albania.", "191", "state:GRC", "state:ALB"),
    ],
)
def test_an_embargo_imposed(facts, text, code, agent, target):
    events, _ = _codes(facts, text)
    assert _has(events, code, agent, target), show_events(events)


def test_a_tax_imposed_is_no_embargo(facts):
    _, codes = _codes(facts, "Ghana imposed a new tax on imported cars.")
    assert not [c for c in codes if c[:3] in ("163", "191")], codes


# -- suspects handed over (judicial cooperation, 063) -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Croatia handed over two suspected smugglers to Hungary on Thursday.",
        "Serbia handed three suspects over to Bosnia.",
        "Uruguay handed over a fugitive to Argentina.",
    ],
)
def test_suspects_handed_over(facts, text):
    events, _ = _codes(facts, text)
    assert any(e.cameo == "063" for e in events), show_events(events)


def test_medicine_handed_over_stays_aid(facts):
    events, _ = _codes(facts, "Qatar handed over medicine to Somalia.")
    assert _has(events, "073", "state:QAT", "state:SOM"), show_events(events)


# -- a court finding someone guilty is a verdict (116), not an arrest ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A Swedish court found a former Iranian official guilty of war crimes.",
        "A court in Tanzania found two Kenyan men guilty of smuggling.",
        "A German court found a Syrian officer guilty of torture on Thursday.",
    ],
)
def test_found_guilty_is_a_verdict(facts, text):
    events, codes = _codes(facts, text)
    assert "116" in codes, show_events(events)
    assert not [c for c in codes if c[:3] == "173"], codes


def test_found_credible_is_no_verdict(facts):
    _, codes = _codes(facts, "The inquiry found the minister's account credible.")
    assert "116" not in codes


# -- chemical weapons used (2041) ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops used chlorine gas against rebels in Idlib.",
        "Iraqi forces used sarin against Kurdish villagers.",
        "Sudanese soldiers used poison gas against the rebels.",
    ],
)
def test_chemical_weapons_used(facts, text):
    events, codes = _codes(facts, text)
    assert "2041" in codes, show_events(events)


def test_tear_gas_used_is_no_chemical_weapon(facts):
    _, codes = _codes(facts, "Kenyan police used tear gas against protesters in Nairobi.")
    assert "2041" not in codes


# -- objects counted by a partitive: the things counted code the verb ----------------------------
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Russia has massed tens of thousands of troops near the Estonian border.", "state:RUS", "state:EST"),
        ("China massed hundreds of warships near Taiwan.", "state:CHN", "state:TWN"),
        ("Armenia massed thousands of soldiers near the border with Azerbaijan.", "state:ARM", None),
    ],
)
def test_partitive_objects_massed(facts, text, agent, target):
    events, _ = _codes(facts, text)
    assert _has(events, "154", agent, target), show_events(events)


def test_tractors_massed_are_no_mobilisation(facts):
    _, codes = _codes(facts, "Farmers massed hundreds of tractors outside the parliament in Paris.")
    assert "154" not in codes


# -- the intent of an act the dictionary codes: "agreed to resign", "prepared to lift" ---------------
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Ousted President Kamal Dossou has agreed to resign, the speaker said.", "03"),
        ("The Kenyan minister offered to resign on Monday.", "03"),
        ("Peru promised to restore diplomatic relations with Chile.", "03"),
        ("President Alvaro Reyes said he is prepared to lift the ban on the opposition party.", "03"),
    ],
)
def test_intent_of_a_coded_act(facts, text, root):
    events, codes = _codes(facts, text)
    assert [c for c in codes if c.startswith(root)], show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam pledged to cut taxes on imported rice.",
        "The rebels vowed to fight on.",
        "The Tories promised to scrap the tax.",
        "The peer agreed to withdraw his bill after its second reading.",
        "She is prepared to go this far and no further.",
        'Mr Hughes is prepared to go this far: "The Tories are not going to win this election."',
        "The Liberal Democrats are prepared to go to the country on it.",
        "The chancellor promised to increase free childcare to 20 hours a week.",
        "The minister pledged to invest 300m in school sports halls.",
    ],
)
def test_intent_of_no_cooperation_is_no_intent_code(facts, text):
    _, codes = _codes(facts, text)
    assert not [c for c in codes if c[:3] in ("031", "034", "035", "032", "036")], codes


# -- a bare lexicon code yields to a pattern that reads who acts ---------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian troops withdrew from the city of Kherson on Friday.", "0874"),
        ("Ethiopian soldiers withdrew from the town of Badme.", "0874"),
        ("Kenya deployed 2,000 police officers along its border with Somalia.", "153"),
    ],
)
def test_a_pattern_reads_who_acts(facts, text, code):
    events, codes = _codes(facts, text)
    assert code in codes, show_events(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chad withdrew its ambassador from Sudan.", "166"),
        ("Russia deployed troops along its border with Georgia.", "154"),
    ],
)
def test_a_bare_code_stays_without_a_pattern(facts, text, code):
    events, codes = _codes(facts, text)
    assert code in codes, show_events(events)


# -- "spoke by telephone with": a "by" read as a passive's agent makes no passive of a past tense --
@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "Dutch President Anna Visser spoke by telephone with Belgian President Luc Peeters on Monday "
            "about the floods, her office said.",
            "state:NLD",
            "state:BEL",
        ),
        (
            "Kenyan President Amos Otieno talked by telephone with Ugandan President Paul Kato.",
            "state:KEN",
            "state:UGA",
        ),
        (
            "The Greek prime minister spoke by phone with his Turkish counterpart on Friday.",
            "state:GRC",
            "state:TUR",
        ),
    ],
)
def test_spoke_by_telephone_with(facts, text, agent, target):
    events, _ = _codes(facts, text)
    assert _has(events, "041", agent, target), show_events(events)


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("A Georgian border post was attacked by Russian troops.", "19", "state:RUS", "state:GEO"),
        ("Two Estonian diplomats were expelled by Russia.", "16", "state:RUS", "state:EST"),
    ],
)
def test_a_real_passive_stays_passive(facts, text, code, agent, target):
    events, _ = _codes(facts, text)
    assert _has(events, code, agent, target), show_events(events)
