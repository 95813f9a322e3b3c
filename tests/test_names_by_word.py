"""The document's full names indexed by word once, answering as the scan of every full name
per one-word mention did (``_namesakes_apart``), on names of my own."""

from __future__ import annotations

import pytest

from newsgraph.extractors.entities import Kind, _Mention, _names_by_word, _namesakes_apart

NAMES = [
    "Michael Howard",
    "John Howard",
    "Howard Dean",
    "Anna Lindh",
    "José María Aznar",
    "Jean-Marie Le Pen",
    "ÉMILE ZOLA",
    "Straße Müller",
    "Iain Duncan Smith",
    "Alan Smith",
    "Michael Howard",  # (named twice)
]


def _scan(full: list[_Mention], word: str) -> set[str]:
    return {c.name for c in full if word in (w.casefold() for w in c.name.split())}


@pytest.mark.parametrize(
    "word", ["howard", "smith", "le", "pen", "zola", "émile", "strasse", "müller", "aznar", "nobody", ""]
)
def test_the_index_answers_as_the_scan(word: str) -> None:
    full = [_Mention(Kind.PERSON, 2 * i, 2 * i + 2, name) for i, name in enumerate(NAMES)]
    assert set(_names_by_word(full).get(word, ())) == _scan(full, word)


def test_no_full_names() -> None:
    assert _names_by_word([]) == {}


def test_namesakes_apart_the_same_with_and_without_the_index(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Michael Howard met John Howard in Sydney. Howard said the talks went well.")
    full = [_Mention(Kind.PERSON, 0, 2, "Michael Howard"), _Mention(Kind.PERSON, 3, 5, "John Howard")]
    short = _Mention(Kind.PERSON, 9, 10, "Howard")
    assert _namesakes_apart(doc, short, full, [short], _names_by_word(full)) == _namesakes_apart(
        doc, short, full, [short]
    )
