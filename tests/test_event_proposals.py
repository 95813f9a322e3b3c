"""A proposal told in a clause of its own mood ("suggested that the treaty be signed",
"proposed that the talks be held in Geneva") is an intent (030) with no one it is put to
named; one that asks a named party to act ("suggested that Mr Blair step down") is an appeal
to it; a claim ("suggested the economy was slowing") is no proposal. Every sentence is written
for this file.

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
    case("France proposed that the talks be held in Geneva.", "03", A, id="proposed-be-held"),
    case("Germany suggested that the sanctions be lifted.", "03", A, id="suggested-be-lifted"),
    case(
        "The Dutch foreign minister, Pieter de Vries, suggested that the peace accord be signed in Oslo.",
        "03",
        A,
        id="suggested-named-speaker",
    ),
    case("Mr Blair proposed that the treaty should be put to a referendum.", "03", A, id="should-be"),
    case("Mr Brown suggested that Mr Blair step down.", "02", A, absent=("03",), id="named-party-asked"),
    # -- controls: a claim or a forecast is no proposal ------------------------------------------
    case("Mr Blair suggested the economy was slowing.", None, absent=("02", "03"), id="claim"),
    case("Mr Blair suggested that Mr Howard was lying.", None, absent=("02", "03"), id="claim-about-person"),
    case("The report suggested that prices would rise.", None, absent=("02", "03"), id="forecast"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), ROWS)
def test_proposals(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)
