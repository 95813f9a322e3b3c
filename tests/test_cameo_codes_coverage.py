"""Coverage of CAMEO codes across the whole code list: verb patterns and lexicon rows for
codes the dictionary missed, whom an appeal or demand is made of, and a state's name that is
also a region; sentences written for this file."""

from __future__ import annotations

import pytest

DATE = "2011-09-14"


def _events(facts, text):
    return facts(text, DATE).events


def _find(facts, text, code):
    return [e for e in _events(facts, text) if e.cameo.startswith(code)]


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        # people freed, beaten, dispersed
        ("Syria freed two Jordanian tourists on Sunday.", "084", "state:SYR", "state:JOR"),
        ("Turkish police beat Iranian migrants at the border.", "182", "state:TUR", "state:IRN"),
        ("Kenyan police dispersed Somali demonstrators in Nairobi.", "175", "state:KEN", "state:SOM"),
        # a crowd's violence is a riot
        ("Serbian protesters clashed with Croatian police in Vukovar.", "145", "state:SRB", "state:HRV"),
        ("Bolivian rioters attacked the Chilean consulate in La Paz.", "145", "state:BOL", "state:CHL"),
        # blockades: a state's is military, a crowd's obstructs passage
        ("Egypt blockaded the Libyan coast.", "191", "state:EGY", "state:LBY"),
        ("Polish farmers blockaded the German border.", "144", "state:POL", "state:DEU"),
        ("Hungarian truckers blocked the border with Romania.", "144", "state:HUN", "state:ROU"),
        # lexicon rows that hide a finer dictionary code
        ("Azerbaijan banned Armenian politicians from the region.", "1722", "state:AZE", "state:ARM"),
        ("Syria expelled Norwegian observers.", "1662", "state:SYR", "state:NOR"),
        ("Sudan accepted Kenyan peacekeepers.", "0861", "state:SDN", "state:KEN"),
        ("Iran allowed Japanese inspectors into the plant.", "0862", "state:IRN", "state:JPN"),
        (
            "Ukraine admitted responsibility for the missile strike on a Polish village.",
            "015",
            "state:UKR",
            None,
        ),
        ("Sudan declared a truce with South Sudan.", "0871", "state:SDN", "state:SSD"),
        ("Pakistan declared martial law in the border districts.", "1724", "state:PAK", None),
        ("Bolivia declared a state of emergency after the riots.", "1724", "state:BOL", None),
        ("Ethiopia demobilised troops on the Somali border.", "0873", "state:ETH", None),
        ("A Pakistani bomber attacked an Afghan checkpoint.", "183", "state:PAK", "state:AFG"),
        # dictionary patterns added for codes it lacked
        ("Britain froze military assistance to Bahrain.", "1622", "state:GBR", "state:BHR"),
        ("Kuwait ended its mediation between Qatar and Bahrain.", "165", "state:KWT", "state:QAT"),
        ("Chile downgraded ties with Bolivia.", "160", "state:CHL", "state:BOL"),
        ("Cuba restored relations with Uruguay.", "050", "state:CUB", "state:URY"),
        ("Russia returned the seized Japanese vessels.", "0842", "state:RUS", "state:JPN"),
        ("Iraq turned down a Kuwaiti proposal.", "120", "state:IRQ", "state:KWT"),
        ("A British court found Libya liable for the bombing.", "116", "state:GBR", "state:LBY"),
        ("Sudanese forces committed atrocities against Chadian refugees.", "200", "state:SDN", "state:TCD"),
        ("Iraq used chemical weapons against Iranian troops.", "2041", "state:IRQ", "state:IRN"),
        ("Bolivia seized the property of Brazilian mining firms.", "171", "state:BOL", "state:BRA"),
        ("Serbian nationalists damaged Albanian property in Belgrade.", "1712", "state:SRB", "state:ALB"),
        ("Egypt restricted the work of Qatari journalists.", "1721", "state:EGY", "state:QAT"),
        # whom a demand or an appeal is made of
        ("Jamaica demanded compensation from Britain.", "10", "state:JAM", "state:GBR"),
        ("Mali demanded that Algeria close the border.", "10", "state:MLI", "state:DZA"),
        ("Egypt demanded democratic reform in Libya.", "10", "state:EGY", "state:LBY"),
        ("Peru requested rescue equipment from Japan.", "02", "state:PER", "state:JPN"),
        ("Kenya called for Ugandan troops to leave the island.", "02", "state:KEN", "state:UGA"),
        (
            "Spain called for the Venezuelan government to free political prisoners.",
            "02",
            "state:ESP",
            "state:VEN",
        ),
        # whom a protest is against: the state of the embassy, what it is against
        (
            "Bolivian students demonstrated outside the Chilean embassy in La Paz.",
            "14",
            "state:BOL",
            "state:CHL",
        ),
        (
            "Cuban doctors went on hunger strike against Venezuelan labour rules.",
            "142",
            "state:CUB",
            "state:VEN",
        ),
        ("Algerian prisoners went on hunger strike against France.", "142", "state:DZA", "state:FRA"),
        # a name that is also a region is the state among states
        ("Georgia demanded compensation from Russia.", "10", "state:GEO", "state:RUS"),
        ("Georgian troops shelled Abkhaz villages near the Russian border.", "19", "state:GEO", None),
        ("Macedonian police detained three Bulgarian smugglers.", "173", "state:MKD", "state:BGR"),
        ("Russia threatened to annex Georgian territory.", "13", "state:RUS", "state:GEO"),
        # demonyms of small states and nouns for a state's people
        ("Two Dutchmen were arrested by Moroccan police.", "173", "state:MAR", "state:NLD"),
        ("Fijian police detained Tuvaluan fishermen.", "173", "state:FJI", "state:TUV"),
    ],
)
def test_codes_across_the_code_list(facts, text, code, agent, target):
    found = _find(facts, text, code)
    assert found, [(e.cameo, e.trigger, e.agents, e.targets) for e in _events(facts, text)]
    assert any(agent in e.agents and (target is None or target in e.targets) for e in found), [
        (e.cameo, e.agents, e.targets) for e in found
    ]


@pytest.mark.parametrize(
    ("text", "roots"),
    [
        ("Brazil beat Argentina in the final on Sunday.", ("18", "19")),
        ("Indian troops clashed with Chinese soldiers in Ladakh.", ("14",)),
        ("Israel blockaded Gaza for a fourth year.", ("14",)),
        ("The minister said the plan would beat the deadline.", ("18",)),
        ("The Italian rebels seized the initiative in the second half.", ("17",)),
        ("The storm damaged Cuban homes.", ("17",)),
        ("The Pakistani minister declared that the law was unfair.", ("17",)),
    ],
)
def test_no_riot_or_beating_where_there_is_none(facts, text, roots):
    assert not [e for e in _events(facts, text) if e.cameo[:2] in roots]


def test_a_region_is_no_state_without_other_states(facts):
    keys = {e.key for e in facts("Georgian and Florida farmers met Mexican buyers.", DATE).entities}
    assert "state:GEO" not in keys
    keys = {e.key for e in facts("The governor of Georgia met Mexican trade officials.", DATE).entities}
    assert "state:GEO" not in keys
    keys = {e.key for e in facts("Storms hit Georgia and Florida on Monday.", DATE).entities}
    assert "state:GEO" not in keys
