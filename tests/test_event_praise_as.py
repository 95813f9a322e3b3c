"""Praise by a superlative or a word of success in a characterisation (recall, issue 11).

"described Y as the best hope for peace", "called Y the greatest leader", "described Y as the
most successful leader", "called Y a friend": the one described is praised (051). The model's
lemma of "best" is "good", so a superlative is read as written. Near misses: a thing so
described, a superlative of blame, a word of character that blames.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
MUBARAK, SHARON = "person:hosni-mubarak", "person:ariel-sharon"

ROWS = [
    argument_row(
        "Hosni Mubarak described Ariel Sharon as the best hope for peace in the region.",
        "051",
        MUBARAK,
        SHARON,
        id="best-hope",
    ),
    argument_row(
        "Hosni Mubarak has described Ariel Sharon as the best chance for the Palestinians to achieve peace.",
        "051",
        MUBARAK,
        SHARON,
        id="best-chance",
    ),
    argument_row(
        "Hosni Mubarak called Ariel Sharon the greatest statesman of his generation.",
        "051",
        MUBARAK,
        SHARON,
        id="greatest",
    ),
    argument_row(
        "Hosni Mubarak described Ariel Sharon as the most successful leader Israel has had.",
        "051",
        MUBARAK,
        SHARON,
        id="most-successful",
    ),
    argument_row("Hosni Mubarak called Ariel Sharon a friend of Egypt.", "051", MUBARAK, SHARON, id="friend"),
    # near misses
    argument_row(
        "Hosni Mubarak described the deal as the best on offer.", None, absent=("051",), id="thing-best"
    ),
    argument_row(
        "Hosni Mubarak described Ariel Sharon as the worst leader Israel has had.",
        None,
        absent=("051",),
        id="worst",
    ),
    argument_row(
        "Hosni Mubarak described Ariel Sharon as a liar.", "111", MUBARAK, SHARON, absent=("051",), id="liar"
    ),
    argument_row(
        "Hosni Mubarak said the best way forward was more talks.", None, absent=("051",), id="best-way"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_praise_as(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
