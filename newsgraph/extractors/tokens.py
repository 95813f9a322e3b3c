"""Per-document token tables: what the rules read again and again, found once per document.

``Token.sent`` walks from the token to both edges of its sentence and makes two Spans at
every read (about 7 µs; 100 BBC politics articles read it 15,500 times, most of them for a
sentence's first or last token index). :class:`Sentences` finds every sentence once, from
``doc.sents``, and answers by index; :func:`doc_span` makes ``doc[start:end]`` without the
slice's Python detour.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class Sentences:
    """Each token's sentence, as token indices: ``start(i) == doc[i].sent.start``,
    ``end(i) == doc[i].sent.end`` and ``span(i) == doc[i].sent``.

    Built on the first question, so a document that is never asked about (or a hand-built
    Doc without sentence boundaries that is never asked about) costs nothing; asked about, a
    Doc without sentence boundaries raises the ``ValueError`` ``Token.sent`` raises."""

    __slots__ = ("_doc", "_ends", "_starts")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._starts: list[int] = []
        self._ends: list[int] = []

    def _build(self) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for sent in doc_sentences(self._doc):
            size = sent.end - sent.start
            starts += [sent.start] * size
            ends += [sent.end] * size
        self._starts, self._ends = starts, ends

    def start(self, i: int) -> int:
        """The index of the first token of token ``i``'s sentence."""
        if not self._starts:
            self._build()
        return self._starts[i]

    def end(self, i: int) -> int:
        """The index after the last token of token ``i``'s sentence."""
        if not self._ends:
            self._build()
        return self._ends[i]

    def span(self, i: int) -> Span:
        """Token ``i``'s sentence (one Span, made at this call; by ``Span()``, a third of the
        time of ``doc[start:end]``, which first normalises the slice in Python)."""
        if not self._starts:
            self._build()
        return _span_type()(self._doc, self._starts[i], self._ends[i])


@functools.cache
def _span_type() -> type[Span]:
    from spacy.tokens import Span  # (spaCy is imported when a document is read, not before)

    return Span


def doc_span(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]``; made by ``Span()`` when ``0 <= start <= end <= len(doc)``, in a third
    of the time (the slice goes through ``util.normalize_slice``, Python, first). Other
    bounds go to the slice, which clips or refuses them as it always does.

    The Spans made for one document are kept until another document is asked about: the rules
    ask for one name's span again and again (394 BBC politics articles: 142,000 asks, with the
    texts', for 49,000 distinct spans), and a Span is a view that no rule changes. (Made anew,
    each costs three Tokens and its character offsets.) They are kept per thread, so two threads
    extracting two documents never share them."""
    made = _made_for(doc)
    key = (start, end)
    span = made.spans.get(key)
    if span is None:
        inside = 0 <= start <= end <= len(doc)
        span = made.spans[key] = _span_type()(doc, start, end) if inside else doc[start:end]
    return span


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, kept like :func:`doc_span`'s Spans (a Span's text joins its
    tokens' texts at every read; 394 BBC politics articles ask 73,000 times for the texts of
    38,000 distinct spans)."""
    made = _made_for(doc)
    key = (start, end)
    text = made.texts.get(key)
    if text is None:
        text = made.texts[key] = doc_span(doc, start, end).text
    return text


def doc_sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, made once per document and kept with :func:`doc_span`'s Spans (each
    walk of ``doc.sents`` reads every token's sentence flag and makes every sentence's Span anew;
    the extractors walk them six times per document). Do not change the list."""
    made = _made_for(doc)
    if made.sents is None:
        made.sents = list(doc.sents)
    return made.sents


def doc_ents(doc: Doc) -> Sequence[Span]:
    """``doc.ents``, made once per document and kept with :func:`doc_span`'s Spans (each read of
    ``doc.ents`` walks every token and makes every entity's Span anew; the entity and event
    extractors read them three times per document). Do not change the Spans."""
    made = _made_for(doc)
    if made.ents is None:
        made.ents = doc.ents
    return made.ents


def sentence_start(doc: Doc, i: int) -> int:
    """``doc[i].sent.start``, from a table of the document's sentences made once per document
    (kept per thread with :func:`doc_span`'s Spans; ``Token.sent`` walks to both edges of the
    sentence and makes two Spans at every read)."""
    return _made_for(doc).sentences.start(i)


def sentence_end(doc: Doc, i: int) -> int:
    """``doc[i].sent.end``, as :func:`sentence_start`."""
    return _made_for(doc).sentences.end(i)


def sentence_of(tok: Token) -> Span:
    """``tok.sent``, from the sentence table of :func:`sentence_start` and kept as
    :func:`doc_span` keeps its Spans (``Token.sent`` walks to both edges of the sentence and
    makes two Spans at every read)."""
    sentences = _made_for(tok.doc).sentences
    return doc_span(tok.doc, sentences.start(tok.i), sentences.end(tok.i))


def in_question(tok: Token) -> bool:
    """Whether a "?" stands in ``tok``'s sentence: ``any(t.text == "?" for t in tok.sent)``,
    read once per document (``Token.sent`` makes Spans and the walk reads every token, at
    each ask); kept per thread with :func:`doc_span`'s Spans."""
    made = _made_for(tok.doc)
    marks = made.questions
    if marks is None:
        # (the "?" tokens found in the doc's ORTH array: making every Token to read its text
        # cost more than the rest of the table)
        from spacy.attrs import ORTH
        from spacy.strings import get_string_id

        doc = tok.doc
        mark = get_string_id("?")
        at = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth == mark] if len(doc) else []
        found: list[bool] = []
        for sent in doc_sentences(doc):
            found += [any(sent.start <= i < sent.end for i in at)] * (sent.end - sent.start)
        marks = made.questions = found
    return marks[tok.i]


class _MadeSpans:
    """The Spans :func:`doc_span` made, and the texts :func:`span_text` read, for one document;
    which tokens' sentences have a "?" (:func:`in_question`), and its sentences' bounds."""

    __slots__ = ("doc", "ents", "questions", "sentences", "sents", "spans", "texts")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sents: list[Span] | None = None
        self.ents: Sequence[Span] | None = None
        self.sentences = Sentences(doc)
        self.spans: dict[tuple[int, int], Span] = {}
        self.texts: dict[tuple[int, int], str] = {}
        self.questions: list[bool] | None = None


#: This thread's :class:`_MadeSpans`, for the document it asked about last.
_local = threading.local()


def _made_for(doc: Doc) -> _MadeSpans:
    made: _MadeSpans | None = getattr(_local, "made", None)
    if made is None or made.doc is not doc:
        made = _local.made = _MadeSpans(doc)
    return made


def stranded_auxiliary(verb: Token) -> Token | None:
    """The auxiliary the parse cut from a subjectless participle and made a verb of its own,
    with the clause's subject: "how Tony Blair had in 1997 complained", "that the party had,
    in 1992, promised" (only words of a phrase of the auxiliary's own between them)."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    for aux in reversed(verb.doc[max(verb.i - 8, 0) : verb.i]):
        if aux.lemma_.lower() != "have" or aux.head.i == verb.i or aux.i == verb.i:
            continue
        kids = list(aux.children)
        if not any(c.dep_ == "nsubj" for c in kids) or any(
            c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "aux") for c in kids
        ):
            return None
        between = {i for i in range(aux.i + 1, verb.i) if not verb.doc[i].is_punct}
        phrase = {
            t.i
            for c in kids
            if c.i > aux.i and c.dep_ in ("prep", "advmod", "npadvmod", "punct")
            for t in c.subtree
        }
        return aux if between <= phrase else None
    return None
