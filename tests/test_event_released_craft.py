"""Ships and aircraft let go by those who held them are property returned (0842) to the state
they belong to: "released a Greek-flagged tanker", "freed a Malaysian tanker", "returned three
Ukrainian naval vessels". With no one they are returned to, no event ("returned the plane to
service"). Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "Iran released a Greek-flagged oil tanker that its navy seized in the Gulf last month.",
        "0842",
        S("IRN"),
        S("GRC"),
        id="released-tanker",
    ),
    argument_row(
        "Somali pirates freed a Malaysian tanker on Friday.", "0842", None, S("MYS"), id="freed-tanker"
    ),
    argument_row(
        "Russia returned three Ukrainian naval vessels seized off Crimea.",
        "0842",
        S("RUS"),
        S("UKR"),
        id="returned-vessels",
    ),
    argument_row(
        "Japan returned the seized trawlers to Russia on Monday.",
        "0842",
        S("JPN"),
        S("RUS"),
        id="returned-to",
    ),
    argument_row(
        "North Korea released a South Korean fishing boat and its crew.",
        "08",
        S("PRK"),
        S("KOR"),
        id="boat-crew",
    ),
    argument_row("Venezuela freed a seized US cargo plane.", "0842", S("VEN"), S("USA"), id="cargo-plane"),
    # -- controls: no one the craft is returned to, a product, a report -------------------------
    argument_row("Boeing returned the plane to service.", None, absent=("08",), id="to-service"),
    argument_row("The shipyard released a new ferry design.", None, absent=("08",), id="design"),
    argument_row("The airline released its annual results.", None, absent=("08",), id="results"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_released_craft(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
