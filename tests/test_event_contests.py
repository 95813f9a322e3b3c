"""A contest faced "with" someone is one the subject is a side of: "Mr Ward had faced a long
battle with the Child Support Agency" is Mr Ward's complaint against the agency, not the agency's
act upon him (blind audit of session 7: agent and target reversed); what is faced "from"
someone is still received from them. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, check_argument_row
from factories import argument_row as row

CSA, WARD = "organization:child-support-agency", "person:ward"

ROWS = [
    row(
        "Mr Ward had faced a long battle with the Child Support Agency over his payments.",
        "11",
        WARD,
        CSA,
        id="battle-with",
    ),
    row("Mr Ward has faced an on-going battle with the Child Support Agency.", "11", WARD, CSA, id="ongoing"),
    row(
        "Iran has faced a bitter struggle with the United States.",
        "1",
        "state:IRN",
        "state:USA",
        id="struggle-states",
    ),
    # controls: received from someone
    row(
        "Tony Blair faced criticism from the Liberal Democrats.",
        "111",
        "organization:liberal-democrats",
        "person:tony-blair",
        id="from",
    ),
    row(
        "Mr Ward faced a barrage of criticism from the Child Support Agency.",
        "111",
        CSA,
        WARD,
        id="barrage-from",
    ),
    row("Kosovo won recognition from Japan.", "054", "state:JPN", "state:XKX", id="won-from"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_contest_sides(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.model
def test_contest_is_not_reversed(facts):
    events = facts("Mr Ward had faced a long battle with the Child Support Agency.", TABLE_DATE).events
    assert not any(CSA in e.agents for e in events), [(e.cameo, e.agents, e.targets) for e in events]
