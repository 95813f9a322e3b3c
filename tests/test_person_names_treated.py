"""Persons the model misses or mistypes, from what the text does with the name (real pipeline).
Every sentence is written for these tests. The rules under test:

* a first name common to both sexes ("Robin", "Jean", "Kim") tells no gender: "he" and "she"
  may both reach its bearer; a name of one sex still blocks the other pronoun;
* two or three capitalised words opening with a first name, which the sentence treats as a
  person ("who ...", "said he/she ...", an age, a person's noun in apposition), are a person
  whether the model typed them as an organization, a place or nothing; a place's head word
  first ("Castle Howard") is a place;
* "Diana, Princess of Wales": a given name, a comma and a style of a place is one person.
"""

from __future__ import annotations

import pytest

from newsgraph.extractors.lexicon import name_gender, shared_first_names
from newsgraph.model import DocumentFacts, Kind

pytestmark = pytest.mark.model


def labels(f: DocumentFacts, kind: Kind) -> set[str]:
    return {e.label for e in f.entities if e.kind is kind}


def kinds(f: DocumentFacts) -> list[tuple[str, str]]:
    return sorted((e.kind.value, e.label) for e in f.entities)


@pytest.mark.parametrize("name", ["Robin", "jean", "Kim", "Tracy", "Chris"])
def test_a_name_of_both_sexes_tells_no_gender(name):
    assert name.casefold() in shared_first_names()
    assert name_gender(name) is None


@pytest.mark.parametrize(
    ("name", "gender"), [("Margaret", "F"), ("John", "M"), ("Helena", "F"), ("Gordon", "M")]
)
def test_a_name_of_one_sex_tells_it(name, gender):
    assert name_gender(name) == gender


def agents(f: DocumentFacts, trigger: str) -> set[str]:
    return {a for ev in f.events if ev.trigger == trigger for a in ev.agents}


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        pytest.param(
            "Robin Vole resigned from the cabinet on Monday. He criticised Iran for its nuclear programme.",
            "criticised",
            "person:robin-vole",
            id="robin-he",
        ),
        pytest.param(
            "Kim Vole met the envoy on Monday. He accused Syria of backing the militants.",
            "accused",
            "person:kim-vole",
            id="kim-he",
        ),
        pytest.param(
            "Robin Vole met the envoy on Monday. She accused Syria of backing the militants.",
            "accused",
            "person:robin-vole",
            id="robin-she",
        ),
    ],
)
def test_a_pronoun_reaches_a_name_of_both_sexes(facts, text, trigger, agent):
    assert agent in agents(facts(text), trigger)


def test_a_name_of_one_sex_still_blocks_the_other_pronoun(facts):
    f = facts("Margaret Vole met the envoy on Monday. He accused Syria of backing the militants.")
    assert "person:margaret-vole" not in agents(f, "accused")


TREATED_AS_PERSONS = [
    pytest.param(
        "Barbara Castle, who died in 2002, was a Labour minister.", "Barbara Castle", id="castle-who"
    ),
    pytest.param("Helen Castle said she would stand again.", "Helen Castle", id="castle-said-she"),
    pytest.param(
        "Camilla Parker Bowles said she was delighted by the news.", "Camilla Parker Bowles", id="org-she"
    ),
    pytest.param(
        "Camilla Parker Bowles told reporters she was happy.", "Camilla Parker Bowles", id="told-she"
    ),
    pytest.param(
        "Mo Mowlam, the former Northern Ireland secretary, said the talks had worked.",
        "Mo Mowlam",
        id="appos",
    ),
    pytest.param("Mo Mowlam, who led the talks, was praised.", "Mo Mowlam", id="untagged-who"),
    pytest.param(
        "Menzies Campbell, the party's foreign affairs spokesman, said he welcomed it.",
        "Menzies Campbell",
        id="untagged-spokesman",
    ),
]


@pytest.mark.parametrize(("text", "name"), TREATED_AS_PERSONS)
def test_a_first_name_the_text_treats_as_a_person_is_one(facts, text, name):
    f = facts(text)
    assert name in labels(f, Kind.PERSON), kinds(f)


NOT_PERSONS = [
    pytest.param(
        "Castle Howard was used as a film location last year.", "Castle Howard", id="place-head-first"
    ),
    pytest.param("Windsor Castle, which opened to visitors, was busy.", "Windsor Castle", id="castle-which"),
    pytest.param("Johnson Matthey reported higher profits on Tuesday.", "Johnson Matthey", id="company"),
    pytest.param(
        "Shares in Harvey Nichols, which owns ten stores, rose.", "Harvey Nichols", id="store-which"
    ),
    pytest.param("Sales at Marks and Spencer, the retailer, fell again.", "Marks", id="retailer-appos"),
    pytest.param("Mo Mowlam Road was closed after the crash.", "Mo Mowlam", id="road"),
]


@pytest.mark.parametrize(("text", "name"), NOT_PERSONS)
def test_a_place_or_company_is_no_person(facts, text, name):
    f = facts(text)
    assert name not in labels(f, Kind.PERSON), kinds(f)


STYLED = [
    pytest.param(
        "Diana, Princess of Wales, visited the hospital in 1995.", "Diana, Princess of Wales", id="princess"
    ),
    pytest.param("Sarah, Duchess of York, opened the hospital.", "Sarah, Duchess of York", id="duchess"),
    pytest.param(
        "Sophie, Countess of Wessex, arrived at noon.", "Sophie, Countess of Wessex", id="countess-org"
    ),
    pytest.param("Edward, Earl of Wessex, said he was proud.", "Edward, Earl of Wessex", id="earl"),
    pytest.param(
        "The Duke of Kent met Sarah, Duchess of York, at the reception.",
        "Sarah, Duchess of York",
        id="object",
    ),
]


@pytest.mark.parametrize(("text", "label"), STYLED)
def test_a_given_name_and_style_is_one_person(facts, text, label):
    f = facts(text)
    assert label in labels(f, Kind.PERSON), kinds(f)
    place = label.rsplit(" of ", 1)[1]
    assert place not in labels(f, Kind.LOCATION) | labels(f, Kind.STATE)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Paris, Prince Edward Island and Oslo were on the list.", id="no-of"),
        pytest.param("Britain, Duke of Nowhere in the song, topped the charts.", id="not-a-first-name"),
    ],
)
def test_no_style_phrase_without_a_given_name_and_of(facts, text):
    f = facts(text)
    assert not any("," in e.label for e in f.entities if e.kind is Kind.PERSON), kinds(f)
