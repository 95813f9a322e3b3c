"""A meeting the sentence waits for is not one held: "ahead of an EU summit later in the week",
"preparing for a summit", "a summit is planned for next month" are planned, not asserted."""

from __future__ import annotations

import pytest
from factories import show_events

from newsgraph.model import Modality

AWAITED = [
    "The talks covered a range of other topics ahead of an EU summit in Brussels later in the week.",
    "Officials are preparing for an EU summit in Brussels later in the week.",
    "A summit of African Union leaders is planned for next month in Addis Ababa.",
    "Mr Blair meets President Chirac later in the week.",
]


@pytest.mark.parametrize("text", AWAITED)
def test_a_meeting_to_come_is_not_asserted(facts, text):
    events = facts(text, date="2025-03-12").events
    meetings = [e for e in events if e.cameo.startswith("04")]
    assert not any(e.modality is Modality.ASSERTED and not e.negated for e in meetings), show_events(events)


HELD = [
    # controls: meetings told as held stay asserted
    "European Union leaders held a summit in Brussels last week.",
    "Ahead of the summit, Mr Blair met President Chirac in Paris.",
    "Mr Blair met President Chirac later in the week.",
]


@pytest.mark.parametrize("text", HELD)
def test_a_meeting_held_stays_asserted(facts, text):
    events = facts(text, date="2025-03-12").events
    assert any(
        e.cameo.startswith("04") and e.modality is Modality.ASSERTED and not e.negated for e in events
    ), show_events(events)


def test_a_proposal_made_is_not_planned(facts):
    # "proposed" is no schedule: a plan proposed is an intent voiced, asserted
    text = (
        "A plan for joint patrols was proposed by Thailand's defence minister, "
        "Somchai Rattanakul, on Wednesday."
    )
    events = facts(text, date="2025-03-12").events
    assert any(e.cameo.startswith("03") and e.modality is Modality.ASSERTED for e in events), show_events(
        events
    )
