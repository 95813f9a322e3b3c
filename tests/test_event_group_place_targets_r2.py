"""Targets and agents that are groups or places, and passive "by" agents (issues 10, 11), as
classes: an international body whose name ends in a word of texts ("the World Food Program") or
whose acronym the model left untagged ("UNICEF") is an actor; people of a state named by a plural
noun and a state's word ("Dutch backpackers", "Swedish journalists") are set free ("freed", "set
free") by the "by" agent of a passive; a person moved into custody or restraints ("led away in
handcuffs", "bundled into a police van") is detained; an arrest at home falls on the state its
word names on the one arrested, even in the passive; and the spot a blow falls on is placed by a
clause on its people ("students marching through Minsk", "a hospital sheltering soldiers in
Kherson") or beside a town ("a camp outside Baidoa"). Invented people, real states; near misses
after each class.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2025-03-12"

ROWS = [
    # an international body with a name ending in a word of texts, or an untagged acronym
    argument_row(
        "The World Food Program airlifted rice to Madagascar.",
        "07",
        "organization:world-food-program",
        "state:MDG",
        id="igo-named-program",
    ),
    argument_row(
        "The Judicial System Monitoring Programme accused Indonesia of obstructing the trials.",
        "11",
        "organization:judicial-system-monitoring-programme",
        "state:IDN",
        id="ngo-named-programme",
    ),
    argument_row(
        "UNHCR delivered tents to Bangladesh.", "07", "organization:unhcr", "state:BGD", id="untagged-acronym"
    ),
    # people of a state set free by the passive's "by" agent, or "set free"
    argument_row(
        "Two Dutch backpackers were freed by Iran.", "084", "state:IRN", "state:NLD", id="freed-by-nationals"
    ),
    argument_row(
        "Eritrea set free two Swedish journalists.", "084", "state:ERI", "state:SWE", id="set-free-active"
    ),
    argument_row(
        "Four Thai fishermen were set free by Myanmar on Sunday.",
        "084",
        "state:MMR",
        "state:THA",
        id="set-free-passive",
    ),
    # moved into custody or restraints
    argument_row(
        "Belarusian riot police led Mikalai Dzenisau away in handcuffs in Minsk.",
        "173",
        "state:BLR",
        None,
        id="led-away-in-handcuffs",
    ),
    argument_row(
        "Police in Caracas bundled the opposition leader into a police van.",
        "173",
        "state:VEN",
        "state:VEN",
        id="bundled-into-police-van",
    ),
    # an arrest at home, told in the passive: the state named on the one arrested
    argument_row(
        "A Pakistani opposition senator was detained by police in Lahore.",
        "173",
        "state:PAK",
        "state:PAK",
        id="passive-arrest-home",
    ),
    # the spot hit placed by a clause on its people, or beside a town
    argument_row(
        "Belarusian police fired stun grenades at pensioners marching through Minsk.",
        "17",
        "state:BLR",
        "state:BLR",
        id="people-marching-through",
    ),
    argument_row(
        "Russian drones hit a hospital sheltering wounded soldiers in Kherson.",
        "19",
        "state:RUS",
        "state:UKR",
        id="spot-sheltering-in-town",
    ),
    argument_row(
        "Al-Shabab fighters shelled a camp for displaced families outside Baidoa.",
        "19",
        "organization:al-shabab",
        "state:SOM",
        id="camp-outside-town",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_group_place_targets(facts, text, code, agent, target, absent):  # type: ignore[no-untyped-def]
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese export figures were released on Tuesday.",  # figures are no captives
        "The government set up a free clinic.",  # "set up" is no release
        "The coach led the team into the final.",  # no custody
        "An NGO delivered tents to the camp.",  # "NGO" is a word, no body
    ],
)
def test_no_release_custody_or_aid(facts, text):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith(("084", "17", "07")) for e in events), events


def test_a_venue_between_two_sides_is_no_target(facts):  # type: ignore[no-untyped-def]
    events = facts("Saudi Arabia and Iran held talks in Baghdad.", DATE).events
    assert not any("state:IRQ" in e.targets for e in events), events


def test_beside_a_state_is_no_place_of_it(facts):  # type: ignore[no-untyped-def]
    events = facts("Israeli troops fired on a crowd outside Lebanon.", DATE).events
    assert not any("state:LBN" in e.targets for e in events), events
