"""A crowd's demand told as the purpose of its protest, and acts upon "each other" (session 18, cd)."""

from __future__ import annotations

import pytest
from factories import check_event_arguments


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "Thousands of Peruvians rallied outside Congress in Lima on Friday to demand early elections.",
            "state:PER",
            "state:PER",
        ),
        (
            "Serbian students blocked two bridges in Belgrade to demand the resignation of the interior"
            " minister.",
            "state:SRB",
            "state:SRB",
        ),
        (
            "Thousands of nurses went on strike across Chile on Tuesday to demand that the government"
            " raise their pay.",
            "state:CHL",
            "state:CHL",
        ),
    ],
    ids=["rallied", "blocked", "strike"],
)
def test_protest_purpose_demand(facts, text: str, agent: str, target: str) -> None:
    events = facts(text, "2024-03-14").events
    check_event_arguments(events, "10", {agent}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands of Hungarians gathered in Budapest on Friday to celebrate the national day.",
        "The Danish trade minister flew to Paris to demand a refund for the cancelled order.",
    ],
    ids=["celebrate", "journey"],
)
def test_no_protest_no_demand(facts, text: str) -> None:
    assert not [e for e in facts(text, "2024-03-14").events if e.cameo.startswith("10")]


@pytest.mark.parametrize(
    ("text", "code", "sides"),
    [
        (
            "Kenya and Uganda accused each other of stealing cattle along their border.",
            "11",
            {"state:KEN", "state:UGA"},
        ),
        (
            "Armenia and Azerbaijan blamed one another on Sunday for the collapse of the talks.",
            "11",
            {"state:ARM", "state:AZE"},
        ),
    ],
    ids=["accused", "blamed"],
)
def test_each_other(facts, text: str, code: str, sides: set[str]) -> None:
    check_event_arguments(facts(text, "2024-03-14").events, code, sides, sides)


def test_each_other_without_two_sides(facts) -> None:
    # one agent named: no one becomes the target by "each other"
    events = facts("The two men embraced each other warmly at the airport.", "2024-03-14").events
    assert not [e for e in events if e.targets]
