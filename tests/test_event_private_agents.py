"""A nationality word on a private person or a community is not the state acting: "A British
terror suspect plans to sue", "a French journalist accused", "the British Jews complained" are no
act of the United Kingdom or France (blind audit of session 7: two events wrong so). A soldier,
a diplomat, an official, the police or a court do act for their state, and a private national
acted upon stays the state's people, as CAMEO codes "jailed a Nigerian student" (NGA, EDU).
Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE

GBR, FRA, NLD, PAK, DEU = "state:GBR", "state:FRA", "state:NLD", "state:PAK", "state:DEU"

# sentence -> a state that must be no agent of any event
NOT_ACTING = [
    pytest.param(
        "A British terror suspect held in Guantanamo Bay plans to sue the government.", GBR, id="suspect-sue"
    ),
    pytest.param(
        "An official complaint has been made to the watchdog by the British Jews, demanding an inquiry.",
        GBR,
        id="community-passive-complaint",
    ),
    pytest.param(
        "The complaint was made by a French businessman against the Algerian government.",
        FRA,
        id="businessman",
    ),
    pytest.param(
        "A Dutch student criticised the Israeli government for the raid.", NLD, id="student-criticised"
    ),
    pytest.param("The Pakistani community in Bradford condemned the bombing.", PAK, id="community-condemned"),
    pytest.param(
        "A French journalist accused the Algerian government of jailing reporters.", FRA, id="journalist"
    ),
    pytest.param("British Muslims have condemned the French government's ban.", GBR, id="muslims"),
    pytest.param("A German businessman sued the energy company Gazprom over unpaid bills.", DEU, id="sued"),
    pytest.param("The British Jews who marched through London condemned the remarks.", GBR, id="relative"),
    pytest.param("A British woman accused the Spanish police of brutality.", GBR, id="woman"),
]

# controls: sentence, code prefix, agent, target the event must have
ACTING = [
    pytest.param(
        "A British diplomat criticised the Iranian government.", "11", GBR, "state:IRN", id="diplomat"
    ),
    pytest.param(
        "British police arrested a Pakistani man in Leeds.", "17", GBR, PAK, id="police-acting-man-acted-on"
    ),
    pytest.param(
        "An American soldier killed an Afghan civilian.", "19", "state:USA", "state:AFG", id="soldier"
    ),
    pytest.param(
        "A Tunisian court has jailed a Nigerian student.", "17", "state:TUN", "state:NGA", id="student-target"
    ),
    pytest.param(
        "A French official accused Algeria of jailing reporters.", "11", FRA, "state:DZA", id="official"
    ),
    pytest.param("British troops attacked Taliban positions in Helmand.", "19", GBR, None, id="troops"),
    pytest.param(
        "A British government lawyer criticised the Iranian court.",
        "11",
        GBR,
        "state:IRN",
        id="government-lawyer",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "state"), NOT_ACTING)
def test_private_person_is_not_the_state(facts, text, state):
    events = facts(text, TABLE_DATE).events
    assert not any(state in e.agents for e in events), [(e.cameo, e.agents, e.targets) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target"), ACTING)
def test_state_people_still_act_and_suffer(facts, text, code, agent, target):
    events = facts(text, TABLE_DATE).events
    assert any(
        e.cameo.startswith(code) and agent in e.agents and (target is None or target in e.targets)
        for e in events
    ), [(e.cameo, e.agents, e.targets) for e in events]
