"""Ties the text gives a person to a company, a body or a state beyond a plain office phrase
(real pipeline), on sentences written here: a board membership, a title after a spaced dash,
a judge sitting in the courts of the state the text names."""

from __future__ import annotations

import pytest
from factories import ORG, P, S

from newsgraph.model import DocumentFacts, Relation

pytestmark = pytest.mark.model


def affiliations(f: DocumentFacts) -> set[tuple[str, str, str | None]]:
    return {(r.source, r.target, r.role) for r in f.relations if r.relation is Relation.AFFILIATED_WITH}


def holders(f: DocumentFacts, person: str) -> set[tuple[str, str | None]]:
    return {(t, role) for s, t, role in affiliations(f) if s == person}


BOARD = [
    pytest.param(
        "Anand Jain, a board member of India Petrochemicals Limited, resigned on Friday.",
        P("Anand Jain"),
        (ORG("India Petrochemicals Limited"), "board member"),
        id="apposition-of",
    ),
    pytest.param(
        "Reliance Industries board member Anand Jain resigned on Friday.",
        P("Anand Jain"),
        (ORG("Reliance Industries"), "board member"),
        id="pre-modifier",
    ),
    pytest.param(
        "Mukesh Ambani said Anand Jain - a Reliance Industries board member accused of creating a rift -"
        " should quit.",
        P("Anand Jain"),
        (ORG("Reliance Industries"), "board member"),
        id="spaced-dash-up-to-its-clause",
    ),
    pytest.param(
        "Anil Ambani said that Anand Jain - another Reliance Industries board member - should quit.",
        P("Anand Jain"),
        (ORG("Reliance Industries"), "board member"),
        id="spaced-dash-another",
    ),
    pytest.param(
        "Ali Hassan, a member of Hamas, was arrested.", P("Ali Hassan"), (ORG("Hamas"), "member"), id="member-of"
    ),
]


@pytest.mark.parametrize(("text", "person", "tie"), BOARD)
def test_a_board_member_is_the_companys(facts, text, person, tie):
    assert tie in holders(facts(text), person)


def test_a_member_of_nothing_named_holds_nothing(facts):
    f = facts("John Smith, a member of the public, was hurt in the blast.")
    assert not holders(f, P("John Smith"))
    assert not [c for c in f.claims if c.entity == P("John Smith")]


def test_a_hyphen_inside_a_word_opens_no_title(facts):
    f = facts("Anil Ambani-Jain chairman of nothing said the move was wrong.")
    assert not [r for r in affiliations(f) if r[2] == "chairman"]


JUDGES = [
    pytest.param(
        "Yukos has asked a US court to block the sale. Judge Letitia Clark will hear the case on Monday.",
        P("Letitia Clark"),
        S("USA"),
        id="state-before-court",
    ),
    pytest.param(
        "A Moscow court jailed the oil tycoon. Judge Irina Kolesnikova read the verdict.",
        P("Irina Kolesnikova"),
        S("RUS"),
        id="city-before-court",
    ),
    pytest.param(
        "Britain's High Court ruled on Monday. Judge Ian Smithson said the law was clear.",
        P("Ian Smithson"),
        S("GBR"),
        id="a-states-court-by-name",
    ),
]


@pytest.mark.parametrize(("text", "person", "state"), JUDGES)
def test_a_judge_sits_in_the_courts_the_text_names(facts, text, person, state):
    assert {h for h, _r in holders(facts(text), person)} == {state}


@pytest.mark.parametrize(
    "text",
    [
        "Judge Irina Kolesnikova read the verdict on Monday.",  # no court named
        "A Russian court and a US court both ruled. Judge Irina Kolesnikova read the verdict.",  # two
    ],
)
def test_a_judge_with_no_one_courts_state_keeps_the_claim(facts, text):
    f = facts(text)
    assert not holders(f, P("Irina Kolesnikova"))
    assert [c.role for c in f.claims if c.entity == P("Irina Kolesnikova")] == ["judge"]
