"""What dismays a quotation's speaker ('"It appals me that Labour has ignored pensioners," said
Michael Howard') is their disapproval (110) of the named subject of the clause (recall, issue 11),
as "X was appalled that ...". Near misses: dismay denied, no one named, someone else dismayed,
wonder ("it amazes me": may be admiration).
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
HOWARD = "person:michael-howard"

ROWS = [
    argument_row(
        '"It appals me that Labour has ignored pensioners," said Michael Howard.',
        "110",
        HOWARD,
        "organization:labour-party",
        id="appals",
    ),
    argument_row(
        'Michael Howard said: "It staggers me that Tony Blair ignored the report."',
        "110",
        HOWARD,
        "person:tony-blair",
        id="staggers",
    ),
    argument_row(
        '"It saddens us that the Liberal Democrats voted against the bill," said Michael Howard.',
        "110",
        HOWARD,
        "organization:liberal-democrats",
        id="saddens-us",
    ),
    # near misses
    argument_row(
        'Michael Howard said: "It does not surprise me that Tony Blair ignored the report."',
        None,
        absent=("11",),
        id="not",
    ),
    argument_row(
        '"It appals me that the weather is so bad," said Colin Asplin.',
        None,
        absent=("11",),
        id="no-one-named",
    ),
    argument_row("It appalled him that Tony Blair had ignored the report.", None, absent=("11",), id="him"),
    argument_row(
        '"It amazes me that Tony Blair achieved so much," said Gordon Brown.',
        None,
        absent=("11",),
        id="wonder",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_dismay_quoted(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
