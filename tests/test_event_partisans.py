"""A politician's supporters are of the politician's party: "Tony Blair warned his supporters" is a
warning to Labour when the text names his one party; with no party named, or of critics, no one."""

from __future__ import annotations

import pytest
from factories import show_events

CASES = [
    ("Labour leader Tony Blair warned his supporters against complacency.", "organization:labour-party"),
    (
        "Conservative leader Michael Howard spoke in Bristol on Monday. "
        "He warned his supporters not to take victory for granted.",
        "organization:conservative-party",
    ),
]


@pytest.mark.parametrize(("text", "party"), CASES)
def test_supporters_are_of_the_leaders_party(facts, text, party):
    events = facts(text).events
    assert any(e.trigger == "warned" and party in e.targets for e in events), show_events(events)


CONTROLS = [
    "Michael Howard warned his supporters against complacency.",  # no party named
    "Conservative leader Michael Howard attacked his critics.",  # critics are not his party
]


@pytest.mark.parametrize("text", CONTROLS)
def test_no_party_without_one_named_or_for_critics(facts, text):
    events = facts(text).events
    assert not any(t.startswith("organization:") for e in events for t in e.targets), show_events(events)


def test_supporters_acting_are_no_party_acting(facts):
    # as the doers, supporters are a crowd of their own: no party attacks or criticises
    for text in (
        "Labour leader Tony Blair's supporters attacked Gordon Brown.",
        "Labour leader Tony Blair's supporters criticised Gordon Brown.",
    ):
        events = facts(text).events
        assert not any("organization:labour-party" in e.agents for e in events), show_events(events)
