"""A place named for the occasion words were said at ("at a rally in Malmo", "in an interview in
Lisbon", "at a conference in Brno") tells where a leader spoke, not where force was used: "launched
a furious attack on the government's tax plans at a rally in Malmo" is criticism (111). Armed
men attacking a gathering still use force. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, TABLE_DATE, check_code_case
from factories import code_case as case

ROWS = [
    case(
        "Party leader Anna Berg launched a furious attack on the Swedish government's tax plans "
        "at a rally in Malmo on Saturday.",
        "111",
        absent=FORCE_ROOTS,
        id="rally-in",
    ),
    case(
        "Opposition leader Tomas Novak launched an attack on the Czech government's pension reform at a "
        "conference in Brno.",
        "111",
        absent=FORCE_ROOTS,
        id="conference-in",
    ),
    case(
        "Union leader Marta Silva launched an attack on the Portuguese government's budget "
        "in an interview in Lisbon.",
        "111",
        absent=FORCE_ROOTS,
        id="interview-in",
    ),
    # -- controls: armed men attacking a gathering ------------------------------------------------
    case("Taliban fighters launched an attack on a wedding in Kandahar.", "19", id="fighters-wedding"),
    case("Russian troops launched an attack on a conference in Kharkiv.", "19", id="troops-conference"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), ROWS)
def test_spoken_places(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)
