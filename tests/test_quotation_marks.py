"""Which tokens are inside a quotation: read from the doc's arrays, only quote marks and line
breaks looked at as tokens (the tokenizer alone decides, so a blank English pipeline serves)."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.extractors.events import _quotation_marks


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.blank("en")


def _inside(nlp: spacy.language.Language, text: str) -> list[str]:
    doc = nlp(text)
    marks = _quotation_marks(doc)
    assert len(marks) == len(doc)
    return [t.text for t, inside in zip(doc, marks, strict=True) if inside]


def test_straight_quotes_open_and_close(nlp: spacy.language.Language) -> None:
    assert _inside(nlp, 'The minister said "we will go" on Monday.') == ["we", "will", "go"]


def test_curly_quotes_open_and_close(nlp: spacy.language.Language) -> None:
    assert _inside(nlp, "The minister said \u201cwe go\u201d and left.") == ["we", "go"]


def test_a_paragraph_break_closes_a_quotation_left_open(nlp: spacy.language.Language) -> None:
    assert _inside(nlp, 'She said: "We will stay.\n\nThen she left.') == ["We", "will", "stay", "."]


def test_a_quotation_goes_on_in_the_next_paragraph(nlp: spacy.language.Language) -> None:
    text = '"We will go," he said.\n\n"And we will stay," he added.'
    assert _inside(nlp, text) == ["We", "will", "go", ",", "And", "we", "will", "stay", ","]


def test_stray_closing_quotes_open_nothing(nlp: spacy.language.Language) -> None:
    assert _inside(nlp, 'A sergeant" for terrorists".') == []


def test_no_quotes_and_no_text(nlp: spacy.language.Language) -> None:
    assert _inside(nlp, "Nothing is quoted here.") == []
    assert _quotation_marks(nlp("")) == []
