"""Kin named by the document's own words: "Jane Smith, the daughter of Sir Nicholas Scott,
denounced her father's actions" is an act upon Sir Nicholas, whatever her surname; none when
the tie told is another ("the wife of X ... her father") or the kin is no one named."""

from __future__ import annotations

import pytest

SCOTT = "person:nicholas-scott"

TOLD = [
    ("Jane Smith, the daughter of Sir Nicholas Scott, denounced her father's actions.", "denounced"),
    (
        "Sir Nicholas Scott had a public row with his daughter, Jane Smith."
        " Jane Smith later denounced her father's actions.",
        "denounced",
    ),
    (
        "Sir Nicholas Scott has died. His career included a row with daughter Jane Smith."
        " Jane Smith denounced her father's actions.",
        "denounced",
    ),
    (
        "Sir Nicholas Scott and Tony Blair spoke. Jane Smith, Sir Nicholas's daughter, praised her father.",
        "praised",
    ),
    ("Mary Brown, the wife of Sir Nicholas Scott, criticised her husband.", "criticised"),
]


@pytest.mark.parametrize(("text", "trigger"), TOLD, ids=[r[0][:40] for r in TOLD])
def test_kin_the_document_names_is_the_target(facts, text, trigger):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert any(e.targets == (SCOTT,) for e in events), facts(text).events


UNTOLD = [
    # the tie told is another: a wife's "father" is not her husband
    ("Jane Smith, the wife of Sir Nicholas Scott, denounced her father's actions.", "denounced"),
    # no tie told at all
    ("Sir Nicholas Scott has died. Jane Smith denounced her father's actions.", "denounced"),
    # a kin of the other side not named
    ("Jane Smith, the daughter of Sir Nicholas Scott, praised her brother.", "praised"),
]


@pytest.mark.parametrize(("text", "trigger"), UNTOLD, ids=[r[0][:40] for r in UNTOLD])
def test_kin_not_told_is_no_one(facts, text, trigger):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert not [e for e in events if SCOTT in e.targets], events
