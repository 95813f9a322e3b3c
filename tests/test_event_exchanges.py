"""Sides that trade people act upon each other; a pair named after their joint act (recall, issue 11).

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


SIGNED = "Egypt and Israel signed a trade protocol on Tuesday."


@pytest.mark.parametrize(
    ("text", "code", "sides"),
    [
        pytest.param(f"{SIGNED} Both exchanged prisoners earlier this month.", "08", True, id="both"),
        pytest.param(f"{SIGNED} The two countries exchanged prisoners.", "08", True, id="two-countries"),
        pytest.param(f"{SIGNED} Both countries have swapped prisoners.", "08", True, id="both-countries"),
        pytest.param(
            "India and Pakistan held talks in Delhi. The two sides agreed to reopen a bus link.",
            "03",
            True,
            id="two-sides-agreed",
        ),
        # near misses: no joint act of two states told before; two people
        pytest.param("The two countries exchanged prisoners.", "08", False, id="nothing-before"),
        pytest.param(
            "Tony Blair met Jacques Chirac. Both criticised the plan.", "11", False, id="two-people"
        ),
    ],
)
def test_a_pair_named_after_a_joint_act(facts, text, code, sides):
    """'Both', 'the two countries': the two states of the joint act just told, each a side."""
    events = [e for e in facts(text, DATE).events if e.cameo.startswith(code)]
    pairs = [e for e in events if len([a for a in e.agents if a.startswith("state:")]) == 2]
    assert bool(pairs) == sides, [(e.cameo, e.agents, e.targets) for e in events]
