"""'The two countries', 'the two sides', 'the two' after an encounter of two states told in the same
sentence: the visitor's and the host's states act together (session 18, cd)."""

from __future__ import annotations

import pytest
from factories import check_event_arguments


@pytest.mark.parametrize(
    ("text", "code", "sides"),
    [
        (
            "Brazil's foreign minister visited Luanda on Monday, and the two countries agreed to lift visa"
            " requirements for diplomats.",
            "03",
            {"state:BRA", "state:AGO"},
        ),
        (
            "Kenya's president welcomed his Tanzanian counterpart in Nairobi, and the two neighbours signed"
            " a deal on a cross-border railway.",
            "05",
            {"state:KEN", "state:TZA"},
        ),
        (
            "Qatar's prime minister hosted Turkey's president in Doha on Sunday, and the two sides pledged to"
            " expand trade in natural gas.",
            "03",
            {"state:QAT", "state:TUR"},
        ),
    ],
    ids=["visited", "welcomed", "hosted"],
)
def test_pair_after_encounter(facts, text: str, code: str, sides: set[str]) -> None:
    check_event_arguments(facts(text, "2024-03-14").events, code, sides, sides)


def test_pair_after_hostile_act_is_not_read(facts) -> None:
    # an expulsion is no encounter whose sides "the two countries" would be
    events = facts(
        "Russia expelled two Estonian diplomats on Monday, and the two countries have since traded"
        " accusations of spying.",
        "2024-03-14",
    ).events
    assert not [e for e in events if e.cameo.startswith("03")], events
