"""The tokens the event extractor's sentence loop makes into Tokens: the parts of speech its
rules read, and a predicative word whatever the tagger called it."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.extractors.events import _Context, _trigger_tokens


def _doc() -> Doc:
    return Doc(
        Vocab(),
        words=["He", "was", "upset", "by", "the", "vote", "and", "left", "."],
        pos=["PRON", "AUX", "ADV", "ADP", "DET", "NOUN", "CCONJ", "VERB", "PUNCT"],
        tags=["PRP", "VBD", "RB", "IN", "DT", "NN", "CC", "VBD", "."],
        deps=["nsubj", "ROOT", "acomp", "prep", "det", "pobj", "cc", "conj", "punct"],
        heads=[1, 1, 1, 2, 5, 3, 1, 1, 1],
    )


def test_only_trigger_parts_of_speech_and_predicative_words_are_read() -> None:
    doc = _doc()
    ctx = _Context(doc, None, None, None)  # type: ignore[arg-type]  (only the doc is read)
    assert [t.text for t in _trigger_tokens(ctx, doc[:])] == ["was", "upset", "vote", "left"]


def test_a_sentence_reads_its_own_tokens_only() -> None:
    doc = _doc()
    ctx = _Context(doc, None, None, None)  # type: ignore[arg-type]
    assert [t.i for t in _trigger_tokens(ctx, doc[3:7])] == [5]
