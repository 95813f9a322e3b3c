"""A judgement told "according to" someone named is their words, read as "X said that ..."
(recall, issue 11): "Tony Blair's plans are a fiasco, according to Michael Howard" (111 ->
Blair), "According to Charles Kennedy, Gordon Brown has failed to help pensioners". Near misses:
facts or figures from a source, an act the clause tells itself, a poll.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
HOWARD, BLAIR, BROWN = "person:michael-howard", "person:tony-blair", "person:gordon-brown"
KENNEDY = "person:charles-kennedy"

ROWS = [
    argument_row(
        "Tony Blair's plans are a fiasco, according to Michael Howard.", "111", HOWARD, BLAIR, id="fiasco"
    ),
    argument_row(
        "According to Michael Howard, Tony Blair is wrong.", "111", HOWARD, BLAIR, id="wrong-fronted"
    ),
    argument_row(
        "According to Charles Kennedy, Gordon Brown has failed to help pensioners.",
        "111",
        KENNEDY,
        BROWN,
        id="failure",
    ),
    argument_row(
        "According to Charles Kennedy, Labour's arrogance has cost it dear.",
        "111",
        KENNEDY,
        "organization:labour-party",
        id="blame-owned",
    ),
    argument_row(
        "Tony Blair was a great leader, according to Gordon Brown.", "051", BROWN, BLAIR, id="praise"
    ),
    # near misses
    argument_row(
        "Unemployment fell to 4.7%, according to the Office for National Statistics.",
        None,
        absent=("0", "1"),
        id="figures",
    ),
    argument_row(
        "According to Michael Howard, Tony Blair praised Gordon Brown.",
        "051",
        BLAIR,
        BROWN,
        id="clause-event-only",
    ),
    argument_row("Tony Blair is wrong about Iraq, according to a poll.", None, absent=("111",), id="poll"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_according_to(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


def test_the_source_does_not_praise_the_clause_doer(facts):
    """ "According to X, Blair praised Brown": X reports Blair's praise, gives none."""
    events = facts("According to Michael Howard, Tony Blair praised Gordon Brown.", DATE).events
    assert not any(HOWARD in e.agents for e in events), [(e.cameo, e.agents, e.targets) for e in events]
