"""A fronted comparison is not what a statement is about: in "Like Labour, the Lib Dems are soft
on crime" the Lib Dems are spoken of (the parser makes "Labour" the subject, "the Lib Dems" its
apposition); Labour is the likeness."""

from __future__ import annotations

import pytest
from factories import show_events

LD, LAB = "organization:liberal-democrats", "organization:labour-party"

CASES = [
    'Tory co-chairman Liam Fox said: "Like Labour, the Lib Dems are soft on crime."',
    'Tory co-chairman Liam Fox said: "Unlike Labour, the Lib Dems have no plan for the economy."',
]


@pytest.mark.parametrize("text", CASES)
def test_the_subject_not_the_likeness_is_spoken_of(facts, text):
    events = facts(text).events
    said = [e for e in events if e.cameo.startswith("01")]
    assert said, show_events(events)
    assert all(LD in e.targets and LAB not in e.targets for e in said), show_events(events)


def test_a_plain_subject_is_still_spoken_of(facts):
    events = facts("Tory co-chairman Liam Fox said the Lib Dems were soft on crime.").events
    assert any(e.cameo.startswith("01") and LD in e.targets for e in events), show_events(events)
