"""A verb's frame (the words around it) is made only when its sentence has a word its patterns
are indexed under: the dictionary's reading is the same as with every frame made, and the frame
is not made when no such word stands in the sentence."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extractors import verbs as verbs_module
from newsgraph.extractors.verbs import VerbDictionary, read_verbs, verb_dictionary

# Sentences of my own, each with a verb of the dictionary: patterns that match (curfew lifted,
# talks called off, sanctions imposed), a pattern word that stands in another sentence of the
# document only, words only a lemma or only an upper-case form spells, and verbs alone.
TEXTS = [
    "The army lifted the curfew in the capital on Monday.",
    "The curfew was lifted by the army after three days.",
    "Officials called off the talks. They gave no reason.",
    "They gave no reason. Officials later called off the talks.",
    "The talks were a failure. Officials called off everything.",
    "Washington imposed new sanctions on Pyongyang.",
    "SANCTIONS WERE IMPOSED ON PYONGYANG BY WASHINGTON.",
    "The minister resigned. Sanctions were discussed at length.",
    "She walked to the station and waited for the train.",
    "The rebels seized two towns and fired rockets at the border post.",
    "He praised the agreement, which both sides signed in Geneva.",
    "Troops opened fire on protesters, killing three.",
    "The government denied the report and expelled two diplomats.",
    "Rain flooded the streets.",
    "",
    "Said.",
]


def _verbs(doc: Doc, dictionary: VerbDictionary) -> list[Any]:
    return [t for t in doc if dictionary.lemma(t) is not None]


def _every_frame_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        VerbDictionary, "_may_match", lambda self, verb, lemma, entries: any(e.patterns for e in entries)
    )


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_reading_as_with_every_frame_made(
    nlp: Any, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dictionary = verb_dictionary()
    doc = nlp(text)
    verbs = _verbs(doc, dictionary)
    skipped = [dictionary.match(v) for v in verbs]
    _every_frame_made(monkeypatch)
    assert [dictionary.match(v) for v in verbs] == skipped


def test_patterns_still_match(nlp: Any) -> None:
    dictionary = verb_dictionary()
    doc = nlp("The army lifted the curfew in the capital on Monday.")
    lifted = next(t for t in doc if t.lower_ == "lifted")
    found = dictionary.match(lifted)
    assert found is not None
    assert found.specificity > 0
    assert "curfew" in found.pattern.lower()


def _counting_frames(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    made: list[int] = []
    original = verbs_module._Frame

    def counted(verb: Any) -> Any:
        made.append(verb.i)
        return original(verb)

    monkeypatch.setattr(verbs_module, "_Frame", counted)
    return made


def test_no_frame_without_an_index_word_in_the_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    # A dictionary of my own: "halt" has one pattern, indexed under "talks".
    dictionary = read_verbs(["B\thalt\t160\thalt", "P\thalt\t\ttalks\t\t160"])
    vocab = spacy.blank("en").vocab
    words = ["They", "halt", "work", ".", "The", "talks", "ended", "."]
    heads = [1, 1, 1, 1, 6, 6, 6, 6]
    deps = ["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT", "punct"]
    lemmas = ["they", "halt", "work", ".", "the", "talk", "end", "."]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    made = _counting_frames(monkeypatch)
    found = dictionary.match(doc[1])
    assert made == []  # "talks" stands in the other sentence only
    assert found is not None
    assert found.bare
    assert found.code == "160"


def test_a_frame_when_the_index_word_stands_in_the_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    dictionary = read_verbs(["B\thalt\t160\thalt", "P\thalt\t\ttalks\t\t160"])
    vocab = spacy.blank("en").vocab
    words = ["They", "halt", "the", "talks", "."]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "punct"])
    made = _counting_frames(monkeypatch)
    found = dictionary.match(doc[1])
    assert made == [1]
    assert found is not None
    assert not found.bare
    assert found.specificity > 0


def test_a_lemma_in_capitals_counts_as_its_lower_case_form(monkeypatch: pytest.MonkeyPatch) -> None:
    dictionary = read_verbs(["B\thalt\t160\thalt", "P\thalt\t\ttalk\t\t160"])
    vocab = spacy.blank("en").vocab
    words = ["They", "halt", "the", "TALKS", "."]
    doc = Doc(
        vocab,
        words=words,
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "punct"],
        lemmas=["they", "halt", "the", "TALK", "."],
    )
    made = _counting_frames(monkeypatch)
    found = dictionary.match(doc[1])
    assert made == [1]
    assert found is not None
    assert found.specificity > 0


def test_a_doc_without_sentences_makes_every_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    dictionary = read_verbs(["B\thalt\t160\thalt", "P\thalt\t\ttalks\t\t160"])
    doc = Doc(spacy.blank("en").vocab, words=["halt", "work"])
    made = _counting_frames(monkeypatch)
    found = dictionary.match(doc[0])
    assert made == [0]
    assert found is not None
    assert found.code == "160"


def test_a_new_document_is_read_anew(nlp: Any) -> None:
    dictionary = verb_dictionary()
    first = nlp("Officials called off the talks.")
    second = nlp("Officials called off the meeting.")
    a = dictionary.match(next(t for t in first if t.lower_ == "called"))
    b = dictionary.match(next(t for t in second if t.lower_ == "called"))
    again = dictionary.match(next(t for t in first if t.lower_ == "called"))
    assert a == again
    assert a is not None
    assert b is not None
