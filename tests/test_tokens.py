"""The per-document token tables answer as the Token attributes they stand for."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extractors.tokens import (
    Sentences,
    doc_span,
    in_question,
    sentence_end,
    sentence_of,
    sentence_start,
    span_text,
)

TEXTS = [
    "Tony Blair met Jacques Chirac in Paris. They talked for an hour.\n\nLater, the French "
    'president said: "We agree." Did they? Nobody knows!',
    "One sentence only",
    "A. B. C. D.",
    '"Quoted," he said. "Again."\n\nNew paragraph.  Spaces   here.\n\n\n',
    "Ünïcödé names: Łódź, São Paulo. Emoji 🙂 follow. \u200b zero width.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_answer_as_token_sent(nlp: Any, text: str) -> None:
    doc = nlp(text)
    table = Sentences(doc)
    for tok in doc:
        sent = tok.sent
        assert (table.start(tok.i), table.end(tok.i)) == (sent.start, sent.end)
        assert table.span(tok.i) == sent
    if len(doc):
        assert table.span(-1) == doc[-1].sent  # (a negative index counts from the end, as doc[i])


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_of_answers_as_token_sent(nlp: Any, text: str) -> None:
    doc = nlp(text)
    for tok in doc:
        sent = sentence_of(tok)
        assert sent == tok.sent
        assert (sent.start_char, sent.end_char) == (tok.sent.start_char, tok.sent.end_char)
    # a Span's sentence is its first token's, even when the span crosses into the next
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 8, len(doc)) + 1):
            assert sentence_of(doc[start]) == doc[start:end].sent


@pytest.mark.parametrize("text", TEXTS)
def test_in_question_answers_as_the_walk_over_token_sent(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert [in_question(t) for t in doc] == [any(w.text == "?" for w in t.sent) for t in doc]


def test_in_question_of_hand_set_boundaries_and_none() -> None:
    words = ["a", "?", "c", "d", "?", "f"]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True, False, True, False, False, True])
    assert [in_question(t) for t in doc] == [True, True, True, True, True, False]
    unparsed = Doc(spacy.blank("en").vocab, words=["no", "?"])
    with pytest.raises(ValueError, match="E030"):
        in_question(unparsed[0])  # (as Token.sent fails)


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_bounds_answer_as_token_sent(nlp: Any, text: str) -> None:
    doc = nlp(text)
    for i in range(-len(doc), len(doc)):  # (a negative index counts from the end, as doc[i])
        assert (sentence_start(doc, i), sentence_end(doc, i)) == (doc[i].sent.start, doc[i].sent.end)
    with pytest.raises(IndexError):
        sentence_start(doc, len(doc))


def test_sentences_of_hand_set_boundaries() -> None:
    words = ["a", "b", "c", "d", "e", "f"]
    starts = [True, False, True, False, False, True]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)
    table = Sentences(doc)
    assert [table.start(i) for i in range(6)] == [0, 0, 2, 2, 2, 5]
    assert [table.end(i) for i in range(6)] == [2, 2, 5, 5, 5, 6]
    assert [t.sent.end for t in doc] == [table.end(i) for i in range(6)]


def test_sentences_without_boundaries_fail_as_token_sent_does() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["no", "parse", "here"])
    table = Sentences(doc)  # (made without a question: no error yet)
    with pytest.raises(ValueError, match="E030"):
        _ = doc[0].sent
    with pytest.raises(ValueError, match="E030"):
        table.start(0)


def test_doc_span_is_the_slice_for_every_bound() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Tony", "Blair", "met", "Chirac", "."])
    size = len(doc)
    for start in range(-size - 2, size + 3):
        for end in range(-size - 2, size + 3):
            made, sliced = doc_span(doc, start, end), doc[start:end]
            assert (made.start, made.end, made.text) == (sliced.start, sliced.end, sliced.text), (start, end)
            assert made == sliced


def test_doc_span_of_an_empty_doc() -> None:
    doc = Doc(spacy.blank("en").vocab, words=[])
    assert doc_span(doc, 0, 0) == doc[0:0]
    assert doc_span(doc, -1, 3) == doc[-1:3]


@pytest.mark.parametrize("text", TEXTS)
def test_span_text_is_the_slice_text_for_every_bound(nlp: Any, text: str) -> None:
    doc = nlp(text)
    size = len(doc)
    for start in range(-2, size + 3):
        for end in range(-2, size + 3):
            assert span_text(doc, start, end) == doc[start:end].text, (start, end)
            assert span_text(doc, start, end) == doc[start:end].text  # (asked again: kept)


def test_spans_are_kept_per_document_and_forgotten_for_the_next() -> None:
    vocab = spacy.blank("en").vocab
    first = Doc(vocab, words=["Tony", "Blair", "met", "Chirac"])
    second = Doc(vocab, words=["Gordon", "Brown", "met", "Schroeder"])
    span = doc_span(first, 0, 2)
    assert doc_span(first, 0, 2) is span  # the same document: the Span made before
    assert span_text(first, 0, 2) == "Tony Blair"
    # another document of the same length: its own Spans and texts, not the first's
    assert (doc_span(second, 0, 2).doc, span_text(second, 0, 2)) == (second, "Gordon Brown")
    # and back to the first: made anew, equal to the slice
    assert doc_span(first, 0, 2) == first[0:2]
    assert span_text(first, 2, 4) == "met Chirac"


def test_threads_keep_their_own_spans() -> None:
    """The kept Spans are a thread's own: another thread reading the same document makes its own
    (equal) Spans and never reads from, or resets, the first thread's."""
    import threading

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Tony", "Blair", "met", "Jacques", "Chirac"])
    other = Doc(vocab, words=["Gordon", "Brown", "met", "Gerhard", "Schroeder"])
    mine = doc_span(doc, 0, 2)
    theirs: list[Any] = []

    def read() -> None:
        theirs.append(doc_span(doc, 0, 2))
        theirs.append((doc_span(other, 3, 5), span_text(other, 3, 5)))

    thread = threading.Thread(target=read)
    thread.start()
    thread.join(timeout=10)
    assert theirs[0] is not mine
    assert theirs[0] == mine
    span, text = theirs[1]
    assert (span.doc, text) == (other, "Gerhard Schroeder")
    assert doc_span(doc, 0, 2) is mine  # this thread's Spans survived the other's document
