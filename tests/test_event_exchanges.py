"""Sides that trade people act upon each other (recall, issue 11).

"Egypt and Israel exchanged prisoners", "swapped prisoners": what two sides trade is no third
party they deal with, so each side is the other's target; a "with" phrase still names the other
side.
"""

from __future__ import annotations

import pytest

DATE = "2005-01-05"


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param(
            "Egypt and Israel exchanged prisoners earlier this month.",
            {"state:EGY", "state:ISR"},
            id="exchanged",
        ),
        pytest.param(
            "India and Pakistan swapped prisoners on Tuesday.", {"state:IND", "state:PAK"}, id="swapped"
        ),
        pytest.param(
            "Egypt and Israel exchanged prisoners with Hamas.", {"organization:hamas"}, id="with-other"
        ),
    ],
)
def test_traded_people(facts, text, targets):
    events = facts(text, DATE).events
    got = {t for e in events if e.cameo.startswith("08") for t in e.targets}
    assert got == targets, [(e.cameo, e.agents, e.targets) for e in events]
