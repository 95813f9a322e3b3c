"""A complaint "about" someone named is upon them: "made a complaint about Home Secretary X"."""

from __future__ import annotations

import pytest
from factories import show_events

ABOUT = [
    (
        "The Liberal Democrats made a complaint about Home Secretary David Blunkett "
        "to the standards watchdog.",
        "person:david-blunkett",
    ),
    ("The SNP filed a complaint about Alex Salmond.", "person:alex-salmond"),
    ("Labour lodged a formal complaint about the BBC with Ofcom.", "organization:bbc"),
    (
        "The Conservative Party lodged an official complaint regarding the Electoral Commission.",
        "organization:electoral-commission",
    ),
]


@pytest.mark.parametrize(("text", "target"), ABOUT, ids=[a[1] for a in ABOUT])
def test_complaint_about_someone_named_targets_them(facts, text, target):
    events = facts(text).events
    assert any(e.cameo.startswith("11") and target in e.targets for e in events), show_events(events)


THINGS = [
    # what a complaint is about, when it is a thing or a place, is no one complained about
    "The Liberal Democrats lodged a complaint about conditions in Manchester.",
    "Labour made a complaint about the weather in Madrid.",
]


@pytest.mark.parametrize("text", THINGS)
def test_complaint_about_a_thing_names_no_target(facts, text):
    events = facts(text).events
    assert not any(t for e in events if e.cameo.startswith("11") for t in e.targets), show_events(events)
