"""An act named as the one not done ("rather than lay a wreath", "instead of visiting the
troops") is negated; the act done in its place, and a choice between objects ("visited Iraq
rather than Iran"), stay told. Every sentence is written for this file.

Each row: a sentence, a code prefix one event must have (None: no requirement), that event's
modality and negation, and code prefixes no unnegated event may have (``absent``).
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, check_code_case
from factories import code_case as case

from newsgraph.model import Modality

A = Modality.ASSERTED

ROWS = [
    case(
        "Tony Blair went to the memorial rather than lay a wreath.",
        None,
        absent=("017",),
        id="rather-than-verb",
    ),
    case("Rather than condemn Russia, India urged talks.", None, absent=("11",), id="rather-than-fronted"),
    case(
        "Instead of criticising Labour, Mr Howard praised Mr Blair.",
        "051",
        A,
        absent=("11",),
        id="instead-of-fronted",
    ),
    case(
        "Mr Howard praised Mr Blair instead of criticising him.",
        "051",
        A,
        absent=("11",),
        id="instead-of-after",
    ),
    case(
        "Britain held meetings with France instead of talks with Iran.",
        "04",
        A,
        id="instead-of-noun-keeps-the-done",
    ),
    case(
        "The minister chose to resign rather than apologise to Mr Blair.",
        None,
        absent=("055",),
        id="rather-than-apologise",
    ),
    # -- controls: the act done is told --------------------------------------------------------
    case("India condemned Russia rather than Ukraine.", "11", A, id="rather-than-object"),
    case("Mr Howard criticised Labour instead.", "11", A, id="bare-instead"),
    case("Tony Blair visited Iraq rather than Iran.", "042", A, id="rather-than-place"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), ROWS)
def test_instead(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)
