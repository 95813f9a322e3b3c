"""A ship's prefix is written in capitals (real pipeline; sentences written for these tests):
"USS Cole", "HMS Belfast", "MS Estonia" are ships, while a given name spelt like a prefix
in title case ("Ros Coward", "Ins Vole") opens a person's name."""

from __future__ import annotations

import pytest

from newsgraph.model import DocumentFacts, Kind

pytestmark = pytest.mark.model


def persons(f: DocumentFacts) -> set[str]:
    return {e.label for e in f.entities if e.kind is Kind.PERSON}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            '"It opened up a sense of disillusionment," said Ros Coward, '
            "who wrote a biography of the princess.",
            "Ros Coward",
        ),
        ('"It was a mistake," said Ros Vole.', "Ros Vole"),
        ("The author Ros Marsden said she would appeal.", "Ros Marsden"),
    ],
)
def test_a_given_name_spelt_like_a_ship_prefix_is_a_name(facts, text, person):
    assert person in persons(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "The USS Cole was attacked in Aden.",
        "The MS Estonia sank in 1994.",
        "HMS Belfast was moored on the Thames.",
        "The crew of HMS Cornwall were seized by Iranian forces.",
    ],
)
def test_ships_in_capitals_stay_no_persons(facts, text):
    assert not persons(facts(text))
