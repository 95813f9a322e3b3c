"""A trade's common noun capitalised as a sentence's first word is no part of the name after
it (real pipeline). Every sentence is written for these tests: "Retailer John Lewis said" is
the firm, as "the retailer John Lewis said" is; a person after a trade a person plies keeps
the name without the noun."""

from __future__ import annotations

import pytest

from newsgraph.model import DocumentFacts, Kind

pytestmark = pytest.mark.model


def labels(f: DocumentFacts, kind: Kind) -> set[str]:
    return {e.label for e in f.entities if e.kind is kind}


@pytest.mark.parametrize(
    "text",
    [
        "Retailer John Lewis said sales rose by 5% over Christmas.",
        "Retailer Henry Vole said its profits had doubled.",
        "Insurer John Smith said claims rose sharply after the floods.",
        "Retailer Peter Dorling reported record sales on Thursday.",
    ],
)
def test_a_trade_noun_opening_the_sentence_is_no_name_word(facts, text):
    f = facts(text)
    for label in labels(f, Kind.PERSON) | labels(f, Kind.ORGANIZATION):
        assert label.split()[0] not in ("Retailer", "Insurer"), label
    assert not labels(f, Kind.PERSON)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Broadcaster Ros Coward said the programme was unfair.", "Ros Coward"),
        ("Producer Terry Vole said he was delighted with the film.", "Terry Vole"),
        ("Consultant Mary Hale said she would report in May.", "Mary Hale"),
        ("Shani Rhys James is worried about the exhibition.", "Shani Rhys James"),
        ("Columnist Polly Toynbee said the plan was unfair.", "Polly Toynbee"),
    ],
)
def test_people_after_a_trade_word_stay_people(facts, text, person):
    assert person in labels(facts(text), Kind.PERSON)
