"""A trip made to support people names them as whom it is upon: "travelled to Leeds to support
candidates X and Y", "during a visit to back Tory hopeful X"."""

from __future__ import annotations

import pytest
from factories import P, show_events

TRIPS = [
    (
        "Tony Blair will travel to Leeds on Friday to support Labour candidates Jane Smith and Peter Jones.",
        ["jane-smith", "peter-jones"],
    ),
    ("Michael Howard made a visit to Bristol to back the local Tory candidate Sarah Miles.", ["sarah-miles"]),
    (
        "Charles Kennedy will make his speech during a visit to support Liberal Democrat hopefuls "
        "Tom Price and Anna Hale.",
        ["tom-price", "anna-hale"],
    ),
    ("Jack Straw visited Blackburn to help Labour candidate Mary Doyle.", ["mary-doyle"]),
]


@pytest.mark.parametrize(("text", "people"), TRIPS, ids=[t[1][0] for t in TRIPS])
def test_people_a_trip_supports_are_its_targets(facts, text, people):
    events = facts(text).events
    trips = [e for e in events if e.cameo[:2] in ("03", "04")]
    assert any(all(P(p) in e.targets for p in people) for e in trips), show_events(events)


NOT_PEOPLE = [
    # the purpose is a thing or a place: no person added, the state visited stays
    ("President Chirac visited Algeria to support the peace process.", "state:DZA"),
    ("Gordon Brown travelled to Kenya to support efforts to cut debt.", "state:KEN"),
]


@pytest.mark.parametrize(("text", "state"), NOT_PEOPLE, ids=[n[1] for n in NOT_PEOPLE])
def test_a_trip_for_a_thing_keeps_its_state_only(facts, text, state):
    events = facts(text).events
    trips = [e for e in events if e.cameo[:2] == "04"]
    assert any(e.targets == (state,) for e in trips), show_events(events)
