"""Whom a blow fell on, read from the thing hit when no actor is its object: the state or group a
nationality, possessor or name on the thing says it belongs to, the people it carried or
sheltered, the casualties of the blow, else the state of the place the thing was in (a town of
``data/cities.tsv`` too, its state named in the text or not). A place of the agents' own state is
no target; a nationality on the thing hit may be (armed men at home). Reporters' verbs of blows
with weapons or armed men as subject are force; with storms or vehicles they are not. Every
sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, ORG, TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "Ethiopian troops fired artillery rounds at Eritrean border posts overnight.",
        "19",
        S("ETH"),
        S("ERI"),
        id="rounds-at-nationality",
    ),
    argument_row(
        "Turkish helicopters strafed a PKK camp in the mountains of northern Iraq.",
        "19",
        S("TUR"),
        ORG("PKK"),
        id="strafed-group-camp",
    ),
    argument_row(
        "Russian rockets slammed into a market in Kramatorsk, killing six shoppers.",
        "19",
        S("RUS"),
        S("UKR"),
        id="slammed-into-city",
    ),
    argument_row(
        "A Ukrainian drone set fire to a fuel depot in Russia's Belgorod region.",
        "19",
        S("UKR"),
        S("RUS"),
        id="set-fire-possessor-place",
    ),
    argument_row(
        "Hezbollah fired rockets at a farm in the Galilee, wounding two Israeli farmers.",
        "19",
        ORG("Hezbollah"),
        S("ISR"),
        id="casualties-nationality",
    ),
    argument_row(
        "Five Nigerien soldiers were killed when Islamic State fighters ambushed a patrol near the border.",
        "19",
        None,
        S("NER"),
        id="killed-when",
    ),
    argument_row(
        "Hezbollah fighters rocketed the Israeli town of Nahariya overnight.",
        "19",
        ORG("Hezbollah"),
        S("ISR"),
        id="rocketed-town",
    ),
    argument_row(
        "A Russian drone torched a fuel truck near Kherson on Sunday.",
        "19",
        S("RUS"),
        S("UKR"),
        id="torched-by-drone",
    ),
    argument_row(
        "A police station in Quetta was attacked by Pakistani Taliban gunmen on Sunday.",
        "19",
        ORG("Pakistani Taliban"),
        S("PAK"),
        id="passive-thing-in-place",
    ),
    argument_row(
        "Syrian rebels downed a Russian helicopter near Idlib on Sunday.",
        "19",
        S("SYR"),
        S("RUS"),
        id="downed-craft",
    ),
    argument_row(
        "Sudanese army artillery battered residential districts of Omdurman on Tuesday.",
        "19",
        S("SDN"),
        None,
        id="battered-by-artillery",
    ),
]

CONTROLS = [
    "Storms battered the coast of Kerala on Monday, killing four fishermen.",
    "A lorry crashed into a shop in Leeds on Friday night.",
    "The striker battered the crossbar twice in the first half.",
    "Fire swept through a hostel in Lagos on Tuesday, killing nine students.",
    "A blaze tore through a market in Kano, killing four traders.",
    "A bus crash killed 14 pilgrims in southern Egypt.",
    "Dutch Finance Minister Pieter Maas shot down Italy's proposal for a joint debt fund.",
    "The Labour MP torpedoed the Tory plan for a second runway.",
    "Shares in the Dutch brewer rocketed 12% in Amsterdam on Monday.",
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_struck_sides(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.model
@pytest.mark.parametrize("text", CONTROLS)
def test_no_blow_without_weapon(facts, text):
    events = [e for e in facts(text, TABLE_DATE).events if e.cameo.startswith(FORCE_ROOTS) and not e.negated]
    assert not events, events


@pytest.mark.model
def test_place_read_as_body_no_target(facts):
    """A place the tagger reads as a body, only "in" it, is where the blow fell: no target."""
    events = facts("Nigerian troops bombed a Boko Haram base in Sambisa Forest.", TABLE_DATE).events
    force = [e for e in events if e.cameo.startswith(FORCE_ROOTS)]
    assert force, events
    assert all(not any("sambisa" in t for t in e.targets) for e in force), force


@pytest.mark.model
def test_own_place_no_target(facts):
    """A state's troops in a place of their own state: no target from the place (a camp of no one
    named; guerrillas' camps are their own state's people's, CAMEO's COL>COL: test_event_own_officials)."""
    events = facts("Colombian troops bombed a camp in Colombia's Cauca department.", TABLE_DATE).events
    force = [e for e in events if e.cameo.startswith(FORCE_ROOTS)]
    assert force, events
    assert all(S("COL") not in e.targets for e in force), force
