"""Person cues the model's ORG tag must not override, offices owned by a common noun's body, and
offices a predicate gives (real pipeline). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from factories import ORG, P

from newsgraph.model import DocumentFacts, Relation

pytestmark = pytest.mark.model


def kinds(f: DocumentFacts) -> set[str]:
    return {e.key for e in f.entities}


def affiliations(f: DocumentFacts) -> set[tuple[str, str, str | None]]:
    return {(r.source, r.target, r.role) for r in f.relations if r.relation is Relation.AFFILIATED_WITH}


def claims(f: DocumentFacts) -> set[tuple[str, str | None]]:
    return {(c.entity, c.role) for c in f.claims}


PERSONS = [
    pytest.param(
        "The SNP's Nicola Quillan has demanded a review of the ferry contracts.",
        "Nicola Quillan",
        id="party-possessive-first-name",
    ),
    pytest.param(
        "Labour's Nicola Dunmore has called for a new inquiry.", "Nicola Dunmore", id="party-possessive"
    ),
    pytest.param(
        "He arrived with his fiancée Annabella Crane, 47, and met the mayor.",
        "Annabella Crane",
        id="kin-noun-and-age",
    ),
    pytest.param(
        "Gen Pervez Khaliq's visit to Washington was cancelled on Monday.",
        "Pervez Khaliq",
        id="rank-before-full-name",
    ),
]


@pytest.mark.parametrize(("text", "name"), PERSONS)
def test_person_cue(facts, text, name):
    f = facts(text)
    assert P(name) in kinds(f)
    assert ORG(name) not in kinds(f)


NOT_PERSONS = [
    pytest.param(
        "Britain's Royal Mail said deliveries would be late.", ORG("Royal Mail"), id="state-possessive"
    ),
    pytest.param(
        "Soldiers of the 2nd Battalion, Duke of Lancaster's Royal Regiment flew to Bosnia.",
        ORG("Royal Regiment"),
        id="possessive-inside-a-name",
    ),
    pytest.param("Acme Holdings, 47, said profits rose.", ORG("Acme Holdings"), id="number-after-company"),
    pytest.param("Gen Nakatani met the minister.", P("Gen Nakatani"), id="gen-a-first-name"),
]


@pytest.mark.parametrize(("text", "key"), NOT_PERSONS)
def test_no_person_cue(facts, text, key):
    assert key in kinds(facts(text))


def test_possessive_noun_names_its_body(facts):
    f = facts(
        "The Child Support Agency bought its computers from computer firm EDS. "
        "The agency's former chief executive Doug Pell said the system had failed."
    )
    assert (P("Doug Pell"), ORG("Child Support Agency"), "former chief executive") in affiliations(f)
    assert not any(t == ORG("EDS") for s, t, _r in affiliations(f) if s == P("Doug Pell"))


def test_possessive_noun_without_its_body_holds_nothing(facts):
    f = facts(
        "The union hired outsourcing firm Capita Ltd to run the service. "
        "The union's chief executive Mary Blake defended the deal."
    )
    assert not any(s == P("Mary Blake") for s, _t, _r in affiliations(f))
    assert (P("Mary Blake"), "chief executive") in claims(f)


def test_company_noun_still_names_the_company(facts):
    f = facts("Acme Holdings said profits rose. The company's chief executive Mary Blake was pleased.")
    assert (P("Mary Blake"), ORG("Acme Holdings"), "chief executive") in affiliations(f)


PREDICATES = [
    pytest.param(
        "Jim Hale welcomed Tom Reed's promotion to Cabinet Office minister.",
        (P("Tom Reed"), ORG("Cabinet Office"), "minister"),
        id="promotion-to",
    ),
    pytest.param(
        "Tom Reed's rapid rise goes on with his promotion to Cabinet Office minister.",
        (P("Tom Reed"), ORG("Cabinet Office"), "minister"),
        id="his-promotion-to",
    ),
    pytest.param(
        "Jim Hale was named Labour party chairman on Monday.",
        (P("Jim Hale"), ORG("Labour Party"), "chairman"),
        id="named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREDICATES)
def test_office_a_predicate_gives(facts, text, expected):
    assert expected in affiliations(facts(text))


def test_office_without_holder_a_predicate_gives_is_claimed(facts):
    assert (P("Jim Hale"), "foreign secretary") in claims(facts("Jim Hale became foreign secretary in 2001."))
    assert (P("Jim Hale"), "northern ireland secretary") in claims(
        facts("Jim Hale was appointed as Northern Ireland secretary last year.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Jim Hale became the youngest chancellor of the century.",
        "Jim Hale has become the party's longest-serving leader.",
        "Jim Hale became the first woman speaker in 1992.",
        "Crowds will cheer when Jim Hale becomes king.",
    ],
)
def test_a_record_or_a_succession_is_no_office_taken(facts, text):
    f = facts(text)
    assert not [c for c in claims(f) if c[0] == P("Jim Hale")]
    assert not [a for a in affiliations(f) if a[0] == P("Jim Hale") and a[2]]


def test_his_promotion_with_two_people_named_is_nobody_s(facts):
    f = facts("Tom Reed met Jim Hale after his promotion to Cabinet Office minister.")
    assert not [a for a in affiliations(f) if a[2] == "minister"]
    assert not [c for c in claims(f) if c[1] == "minister"]


def test_an_indefinite_office_is_no_office_taken(facts):
    f = facts("Jim Hale became a minister in 2001.")
    assert not claims(f)
    assert not affiliations(f)
