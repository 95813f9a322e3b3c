"""Working with someone named, meant, hoped or looked forward to, is an intent to cooperate (030,
recall, issue 11): "keen to work with China", "looks forward to working with", "hopes to work
closely with", "committed to working with", a said clause's "it" its speaker. Near misses: work done
with someone, an intent denied, work with no one named.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"

ROWS = [
    argument_row(
        "Germany said it looked forward to working with the new Iraqi government.",
        "030",
        "state:DEU",
        "state:IRQ",
        id="looked-forward-said-it",
    ),
    argument_row(
        "Japan is keen to work with China on the issue.", "030", "state:JPN", "state:CHN", id="keen"
    ),
    argument_row(
        "France hopes to work closely with the United States.", "030", "state:FRA", "state:USA", id="hopes"
    ),
    argument_row(
        "Tony Blair wants to work with Gordon Brown on the manifesto.",
        "030",
        "person:tony-blair",
        "person:gordon-brown",
        id="wants",
    ),
    argument_row(
        "Gordon Brown is committed to working with the World Bank.",
        "030",
        "person:gordon-brown",
        "organization:world-bank",
        id="committed-to-working",
    ),
    argument_row(
        "The Red Cross looks forward to working alongside the African Union in Darfur.",
        "030",
        None,
        "organization:african-union",
        id="looks-forward-alongside",
    ),
    # near misses
    argument_row(
        "Mr Smith worked with Tony Blair at Downing Street for ten years.",
        None,
        absent=("03", "06"),
        id="work-done",
    ),
    argument_row("Japan is not keen to work with China.", None, absent=("030",), id="not-keen"),
    argument_row("Labour wants to work harder for voters.", None, absent=("03",), id="no-one-named"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_work_with(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
