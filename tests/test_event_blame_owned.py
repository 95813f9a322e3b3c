"""A noun of blame someone owns, named in a speaker's words ("Labour's lies and spin", "Iran's
aggression"), or a word of honesty denied a named person ("has not been straightforward"), is
the speaker's criticism of them (111, recall, issue 11). Near misses: blame denied ("no lies"),
the speaker's own, honesty affirmed, an owner not named.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
HOWARD, BLAIR = "person:michael-howard", "person:tony-blair"

ROWS = [
    argument_row(
        "Michael Howard said voters were tired of Tony Blair's lies.", "111", HOWARD, BLAIR, id="lies"
    ),
    argument_row(
        "Michael Howard said the public had seen through Tony Blair's spin and deceit.",
        "111",
        HOWARD,
        BLAIR,
        id="spin-and-deceit",
    ),
    argument_row(
        '"People are sick of Labour\'s sleaze," said Michael Howard.',
        "111",
        HOWARD,
        "organization:labour-party",
        id="quoted-sleaze",
    ),
    argument_row(
        "Condoleezza Rice said the world would not accept Iran's aggression.",
        "111",
        "person:condoleezza-rice",
        "state:IRN",
        id="state-aggression",
    ),
    argument_row(
        "Tony Blair said Michael Howard had not been honest with voters.",
        "111",
        BLAIR,
        HOWARD,
        id="not-honest",
    ),
    argument_row(
        "UKIP officials argue Robert Kilroy-Silk has not been straightforward.",
        "111",
        None,
        "person:robert-kilroy-silk",
        id="not-straightforward",
    ),
    # near misses
    argument_row("Tony Blair said there had been no lies.", None, absent=("111",), id="no-lies"),
    argument_row("Tony Blair said his own mistakes were in the past.", None, absent=("111",), id="own"),
    argument_row("Tony Blair said Michael Howard was honest.", None, absent=("111",), id="honest"),
    argument_row(
        "Michael Howard said voters were tired of the lies they had been told.",
        None,
        absent=("111",),
        id="no-owner",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_blame_owned(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
