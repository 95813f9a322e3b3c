"""Capability and permission are no acts (issue 11, the blind audit of session 15): what one can,
could, would be able to, is free to or has the right or power to do is not told as done ("the UK
would still be able to reject proposals" is no rejection). What one was able to do, or used one's
right to do, was done. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import check_code_case
from factories import code_case as case

from newsgraph.model import Modality

A = Modality.ASSERTED
DATE = "2024-03-14"

ROWS = [
    # -- able / free / entitled to: what may be, not what was ---------------------------------------
    case(
        "The minister told MPs that Britain would still be able to reject the changes.",
        None,
        absent=("12",),
        id="would-be-able",
    ),
    case(
        "Under the treaty Italy will be able to expel the diplomats.",
        None,
        absent=("17", "16"),
        id="will-be-able",
    ),
    case(
        "Under the deal Israel is free to attack militant bases in Gaza.",
        None,
        absent=("18", "19"),
        id="free-to",
    ),
    case(
        "Officials said Poland is entitled to block the budget.", None, absent=("12", "16"), id="entitled-to"
    ),
    case("Spain can refuse entry to the fishing fleets under the accord.", None, absent=("12",), id="can"),
    # -- a right, power or option held --------------------------------------------------------------
    case(
        "France retains the right to expel diplomats who break the rules.",
        None,
        absent=("16", "17"),
        id="retains-right",
    ),
    case("The bill gives ministers the power to ban protests.", None, absent=("17", "16"), id="gives-power"),
    case("Greece still has the option to veto the talks.", None, absent=("12",), id="has-option"),
    # -- controls: done ------------------------------------------------------------------------------
    case("Britain rejected the changes on Monday.", "12", A, id="control-rejected"),
    case("Russia was able to reject the resolution on Tuesday.", "12", A, id="control-was-able"),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), ROWS)
def test_capability(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, DATE).events, code, mode, negated, absent)
