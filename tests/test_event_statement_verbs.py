"""A verb the CAMEO dictionary gives a statement code of its own (01x: "address=010") inside a
synonym block of other acts ("oversee, manage, lead") reads none of that block's patterns of
acts: "fails to address al-Qaeda attacks" is no "lead attacks" (113 rally opposition). The
block's other verbs keep them. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, check_code_case
from factories import code_case as case

from newsgraph.extractors.verbs import _statement_only

ROWS = [
    case("Tony Blair failed to address the Taliban attacks.", None, absent=("113",), id="failed-to-address"),
    case(
        "Simon Brett fails to address al-Qaeda attacks on British cities.",
        None,
        absent=("113",),
        id="fails-to-address-on",
    ),
    case(
        "Gordon Brown did not address the attacks on Labour's tax plans.",
        None,
        absent=("113",),
        id="did-not-address",
    ),
    case(
        "Michael Howard addressed the Taliban attacks in his speech.",
        None,
        absent=("113",),
        id="addressed-in-speech",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), ROWS)
def test_statement_verbs(facts, text, code, mode, negated, absent):
    events = facts(text, TABLE_DATE).events
    check_code_case(events, code, mode, negated, absent)
    # negated or not: "failed to address" was a negated 113, which the graph keeps and shows
    assert not [e for e in events if e.cameo.startswith(absent)], events


@pytest.mark.parametrize(
    ("own", "code", "skipped"),
    [
        ("010", "113", True),  # a verb of words, a pattern of rallying: not read
        ("010", "012", False),  # a pattern of words: read
        ("010", None, False),  # a no-event pattern: read
        ("060", "113", False),  # a verb of acts: all its block's patterns
        (None, "113", False),
    ],
)
def test_statement_only(own, code, skipped):
    assert _statement_only(own, code) is skipped
