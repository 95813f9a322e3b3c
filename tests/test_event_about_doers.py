"""A complaint or criticism "about" an actor's thing or doing is upon that actor: "a complaint
about the Conservatives' leaflets", "a complaint about how Labour uses its call centres"; what it is
about when no actor owns or does it ("about the weather in Brussels", "about how long it took")
names no target."""

from __future__ import annotations

import pytest
from factories import show_events

ABOUT = [
    (
        "The information commissioner is to look into a complaint from the Liberal Democrats "
        "about how Labour uses its call centres.",
        "organization:labour-party",
    ),
    (
        "The Green Party lodged a complaint about the Conservatives' campaign leaflets.",
        "organization:conservative-party",
    ),
    ("The Green Party complained about how Labour uses its call centres.", "organization:labour-party"),
]


@pytest.mark.parametrize(("text", "target"), ABOUT)
def test_complaint_about_a_doing_targets_the_doer(facts, text, target):
    events = facts(text).events
    assert any(e.cameo.startswith("11") and target in e.targets for e in events), show_events(events)


NONE = [
    "The Green Party complained about how long the inquiry took.",
    "Labour made a complaint about conditions in Manchester.",
    "The SNP made a complaint about why it was excluded.",
]


@pytest.mark.parametrize("text", NONE)
def test_complaint_about_no_doer_has_no_target(facts, text):
    events = facts(text).events
    assert not any(t for e in events if e.cameo.startswith("11") for t in e.targets), show_events(events)
