"""Extractors: spaCy Docs in, facts (entities, relations, events) out.

* :func:`load_pipeline` loads the one cached spaCy pipeline.
* :func:`extract_articles` runs it over articles with a single ``nlp.pipe`` and yields
  one :class:`~newsgraph.model.DocumentFacts` per article.
* :data:`registry` holds the extractors by versioned name. An extractor is a callable
  ``(doc, article, found) -> ExtractorOutput`` where ``found`` is the document's
  resolved entities; third-party packages add their own through the entry-point group
  ``newsgraph_extractors``.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import dataclasses
import gc
import hashlib
import os
import queue
import re
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import catalogue

from ..model import Article, DocumentFacts, EntityFact, EventFact, Evidence, RelationFact
from .entities import DocEntities, EntityExtractor
from .pipeline import load_pipeline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_EXTRACTORS",
    "ExtractorOutput",
    "extract_articles",
    "extract_document",
    "load_pipeline",
    "registry",
]

registry = catalogue.create("newsgraph", "extractors", entry_points=True)

#: Documents longer than this are cut at paragraph or sentence boundaries and parsed
#: in pieces: the parser's memory grows with length, and spaCy refuses past max_length.
#: At 100,000 a 400 KB text took 1.5 GB in nlp.pipe alone, and the event extractor's
#: per-sentence ``doc.ents`` made the work per piece grow with the square of its length.
CHUNK_CHARS = 20_000
#: At most this many characters go to one ``nlp.pipe`` batch (besides the ``batch_size``
#: limit on texts): with pieces of :data:`CHUNK_CHARS` this bounds the memory of a huge
#: document by piece size times pieces in flight. 64 news articles are about 200,000.
BATCH_CHARS = 200_000
#: Runs of punctuation longer than this are shortened before parsing (see
#: :func:`mask_punctuation_runs`).
MAX_PUNCT_RUN = 8
# spaCy's tokenizer splits a prefix such as "(" "&" "$" "!" "'" off a token one at a time,
# rescanning the rest each time: 5,000 "(" took 4 s, 10,000 took 11 s. Letters, digits
# and spaces end a run; "_" is a word character in \w, so it is added.
_PUNCT_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCT_RUN + 1},}}|_{{{MAX_PUNCT_RUN + 1},}}")


#: Allocations between two collections of the youngest generation during extraction (see
#: :func:`frozen_heap`; Python's default is 700).
YOUNG_THRESHOLD = 10_000


@dataclass(frozen=True, slots=True)
class ExtractorOutput:
    relations: tuple[RelationFact, ...] = ()
    events: tuple[EventFact, ...] = ()


Extractor = Callable[["Doc", Article, DocEntities], ExtractorOutput]
DEFAULT_EXTRACTORS = ("events.v1",)


@registry.register("events.v1")
def make_event_extractor() -> Extractor:
    from .events import EventExtractor

    return EventExtractor()


def extract_document(
    doc: Doc, article: Article, *, entity_extractor: EntityExtractor, extractors: Sequence[Extractor] = ()
) -> DocumentFacts:
    """All facts of one parsed article."""
    found = entity_extractor.extract(doc, article)
    relations = list(found.relations)
    events: list[EventFact] = []
    for extractor in extractors:
        output = extractor(doc, article, found)
        relations.extend(output.relations)
        events.extend(output.events)
    return DocumentFacts(article, found.facts(), tuple(relations), tuple(events), tuple(found.claims))


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``limit`` characters, preferring paragraph,
    then line, then sentence, then word boundaries. Returns (offset, piece) pairs whose
    pieces concatenate back to ``text``."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = limit  # no boundary in the last three quarters: cut mid-word
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep)
            if at > limit // 4:
                cut = at + len(sep)
                break
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def mask_punctuation_runs(text: str) -> str:
    """``text`` with every run of more than :data:`MAX_PUNCT_RUN` punctuation characters
    cut to its first :data:`MAX_PUNCT_RUN`, the rest turned into spaces: the same length, so
    every offset read from it indexes ``text`` too.

    >>> mask_punctuation_runs("Wow" + "!" * 12 + " he said")
    'Wow!!!!!!!!     he said'
    """
    return _PUNCT_RUN.sub(lambda m: m.group()[:MAX_PUNCT_RUN] + " " * (len(m.group()) - MAX_PUNCT_RUN), text)


def _restore_text(facts: DocumentFacts, text: str) -> DocumentFacts:
    """Mention texts read back from the unmasked ``text`` (a mention spanning a masked run)."""
    entities = tuple(
        dataclasses.replace(
            ent,
            mentions=tuple(
                m if text[m.start : m.end] == m.text else dataclasses.replace(m, text=text[m.start : m.end])
                for m in ent.mentions
            ),
        )
        for ent in facts.entities
    )
    return dataclasses.replace(facts, entities=entities)


def _shift(facts: DocumentFacts, article: Article, offset: int) -> DocumentFacts:
    """Move a piece's offsets into the whole article's text."""

    def ev(e: Evidence) -> Evidence:
        return dataclasses.replace(e, start=e.start + offset, end=e.end + offset)

    entities = tuple(
        dataclasses.replace(
            ent,
            mentions=tuple(
                dataclasses.replace(m, start=m.start + offset, end=m.end + offset, sentence=ev(m.sentence))
                for m in ent.mentions
            ),
        )
        for ent in facts.entities
    )
    relations = tuple(dataclasses.replace(r, evidence=ev(r.evidence)) for r in facts.relations)
    # A piece's event keys hash piece-local offsets: add the piece's place in the article.
    events = tuple(
        dataclasses.replace(
            e,
            key="event:" + hashlib.sha1(f"{e.key}@{offset}".encode()).hexdigest()[:16],
            evidence=ev(e.evidence),
        )
        for e in facts.events
    )
    return DocumentFacts(article, entities, relations, events)


def _merge(article: Article, parts: list[DocumentFacts]) -> DocumentFacts:
    if len(parts) == 1:
        return dataclasses.replace(parts[0], article=article)
    entities: dict[str, EntityFact] = {}
    for part in parts:
        for ent in part.entities:
            have = entities.get(ent.key)
            entities[ent.key] = (
                ent if have is None else dataclasses.replace(have, mentions=have.mentions + ent.mentions)
            )
    events: dict[str, EventFact] = {}
    for part in parts:
        for event in part.events:
            events.setdefault(event.key, event)
    return DocumentFacts(
        article,
        tuple(entities[k] for k in sorted(entities)),
        tuple(r for part in parts for r in part.relations),
        tuple(events.values()),
    )


def extract_articles(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int = 64,
    extractors: Sequence[str] = DEFAULT_EXTRACTORS,
    parse_ahead: bool | None = None,
) -> Iterator[DocumentFacts]:
    """Parse every article with one ``nlp.pipe`` and yield its facts, in input order.

    With ``parse_ahead`` (the default unless ``$NEWSGRAPH_PARSE_AHEAD`` is ``0``: see
    :func:`parse_ahead_default`) spaCy parses in a thread of its own, a batch ahead of the
    extraction (:func:`_parse_ahead`); the facts are the same either way."""
    if parse_ahead is None:
        parse_ahead = parse_ahead_default()
    entity_extractor = EntityExtractor()
    steps = [registry.get(name)() for name in extractors]

    def pieces() -> Iterator[tuple[str, tuple[Article, Article, int, int, bool]]]:
        for article in articles:
            parts = split_text(article.text) if len(article.text) > CHUNK_CHARS else [(0, article.text)]
            for offset, text in parts:
                piece = article if len(parts) == 1 else dataclasses.replace(article, text=text)
                masked = mask_punctuation_runs(text)
                yield masked, (article, piece, offset, len(parts), masked != text)

    # (whether a run was masked is known from the text parsed, which is the Doc's text:
    # ``doc.text`` would join every token's text anew)
    with frozen_heap():
        parsed = _parse_ahead(nlp, pieces(), batch_size) if parse_ahead else _pipe(nlp, pieces(), batch_size)
        # closing(): an extraction abandoned half-way ends the parsing thread at once
        with contextlib.closing(parsed):
            yield from _extract(parsed, entity_extractor, steps)


def _extract(
    parsed: Iterator[tuple[Doc, tuple[Article, Article, int, int, bool]]],
    entity_extractor: EntityExtractor,
    steps: Sequence[Extractor],
) -> Iterator[DocumentFacts]:
    """The facts of every parsed piece, an article's pieces merged back into the article."""
    pending: dict[str, list[DocumentFacts]] = {}
    for doc, (article, piece, offset, total, masked) in parsed:
        facts = extract_document(doc, piece, entity_extractor=entity_extractor, extractors=steps)
        if masked:
            facts = _restore_text(facts, piece.text)
        if total == 1:
            yield facts
            continue
        slots = pending.setdefault(article.id, [])
        slots.append(_shift(facts, article, offset))
        if len(slots) == total:
            del pending[article.id]
            yield _merge(article, slots)


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Everything alive on entry (the model, its vocabulary, the lexicon, the CAMEO verb
    dictionary: about 110,000 objects tracked) is out of the cyclic collector's reach inside,
    and back in it on exit (``gc.freeze()``, ``gc.unfreeze()``); and the youngest generation
    is collected after :data:`YOUNG_THRESHOLD` allocations instead of Python's 700.

    Parsing and extracting allocate enough to set off a full collection every 150 or so BBC
    articles, and a full one walks every tracked object, most of them the model's, which live
    as long as the process and hold no garbage. Frozen, they are not walked; whatever was
    garbage on entry is collected after exit. Most objects a document's rules make die with
    the document, by reference counting; collected every 700 allocations, many were walked
    while alive. 300 BBC articles ingested, the collector's CPU time: 0.31 s as it was, 0.08 s
    frozen, 0.04 s frozen and collected every 10,000. A heap someone else froze (a large
    graph loaded: ``graph.build.freeze_if_large``) is left as it is."""
    if gc.get_freeze_count():
        yield
        return
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], YOUNG_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _pipe(
    nlp: Language, items: Iterator[tuple[str, Any]], batch_size: int
) -> Generator[tuple[Doc, Any], None, None]:
    """``nlp.pipe(items, as_tuples=True)`` over batches of at most ``batch_size`` texts and
    about :data:`BATCH_CHARS` characters, so that a huge document's pieces are not all
    parsed at once (spaCy batches by count only)."""
    batch: list[tuple[str, Any]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) >= batch_size or chars + len(item[0]) > BATCH_CHARS):
            yield from nlp.pipe(batch, batch_size=len(batch), as_tuples=True)
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch), as_tuples=True)


#: ``$NEWSGRAPH_PARSE_AHEAD=0`` (or ``no``, ``false``, ``off``) parses in the extracting
#: thread, as before the parsing thread came (see :func:`_parse_ahead`).
PARSE_AHEAD_ENV = "NEWSGRAPH_PARSE_AHEAD"
#: At most this many batches of pieces are handed to the parsing thread and not yet taken
#: back as Docs: the one being extracted and the one being parsed.
AHEAD_BATCHES = 2
#: Seconds an abandoned extraction waits for its parsing thread to end (it ends at once,
#: or when spaCy's parser leaves a stretch of C code that runs without the GIL).
STOP_WAIT = 10.0


def parse_ahead_default() -> bool:
    """Whether :func:`extract_articles` parses in a thread of its own: yes, unless
    ``$NEWSGRAPH_PARSE_AHEAD`` is ``0``, ``no``, ``false`` or ``off``."""
    return os.environ.get(PARSE_AHEAD_ENV, "").strip().lower() not in ("0", "no", "false", "off")


class _Stopped(BaseException):
    """Ends the parsing thread when the extraction ends early. A BaseException: an ``except
    Exception`` in spaCy or thinc does not swallow it."""


@dataclass(frozen=True, slots=True)
class _Failure:
    """An exception on its way from one thread to the other."""

    error: BaseException


_END = object()  # no more pieces (to the parsing thread), no more Docs (from it)
_STOP = object()  # the extraction ended early: stop without parsing what is left


class _ParsingThread(threading.Thread):
    """Runs :func:`_pipe` over the pieces put in :attr:`inbox`, puts each ``(Doc, context)``
    in :attr:`outbox`, then :data:`_END`; or a :class:`_Failure` with the exception that
    ended it (the pieces' own, put in as a failure, or spaCy's)."""

    def __init__(self, nlp: Language, batch_size: int) -> None:
        super().__init__(name="newsgraph-parse", daemon=True)
        self.nlp = nlp
        self.batch_size = batch_size
        self.inbox: queue.SimpleQueue[object] = queue.SimpleQueue()
        self.outbox: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._working = True

    def _pieces(self) -> Iterator[tuple[str, Any]]:
        while True:
            item = self.inbox.get()
            if item is _END:
                return
            if item is _STOP:
                raise _Stopped
            if isinstance(item, _Failure):
                raise item.error  # where reading the input failed, after the pieces before it
            yield item  # type: ignore[misc]

    def run(self) -> None:
        try:
            try:
                for pair in _pipe(self.nlp, self._pieces(), self.batch_size):
                    self.outbox.put(pair)
                self.outbox.put(_END)
            finally:
                with self._lock:
                    self._working = False
        except _Stopped:
            pass
        except BaseException as exc:  # handed over to the extracting thread, which raises it
            self.outbox.put(_Failure(exc))

    def stop(self) -> None:
        """End the thread and wait for it (at most :data:`STOP_WAIT` seconds). If it is still
        in ``nlp.pipe``, :class:`_Stopped` is raised in it, as Ctrl-C raised
        KeyboardInterrupt in the one thread there was; a batch is not parsed to the end."""
        self.inbox.put(_STOP)
        with self._lock:
            if self._working and self.ident is not None:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self.ident), ctypes.py_object(_Stopped)
                )
        self.join(STOP_WAIT)


def _parse_ahead(
    nlp: Language, items: Iterator[tuple[str, Any]], batch_size: int
) -> Generator[tuple[Doc, Any], None, None]:
    """What :func:`_pipe` yields, in the same batches, parsed in a :class:`_ParsingThread`
    while the caller extracts: spaCy releases the GIL in much of its work.

    Thread safety: the pieces are read here, in the caller's thread (reading the input may
    query the store, whose connection belongs to this thread); the parsing thread only runs
    ``nlp.pipe`` and hands each Doc over when the pipeline is done with it, and no Doc is
    touched by both. Both threads read spaCy's StringStore and Vocab, only the parser adds to
    them (new words, lemmas), and an addition runs whole under the GIL. An exception of the
    input or of spaCy is raised here after the Docs before it, as without the thread. At
    most :data:`AHEAD_BATCHES` batches of pieces are in flight (at least one batch and the
    piece that closes it: the parser needs that to start); an early end (close, an
    exception here, Ctrl-C) stops the thread before returning."""
    parser = _ParsingThread(nlp, batch_size)
    parser.start()
    sizes: collections.deque[int] = collections.deque()  # in flight: handed over, not yet back
    chars = 0
    upcoming: tuple[str, Any] | None = None  # read, not yet handed over
    more = True
    try:
        while True:
            while more:
                if upcoming is None:
                    try:
                        upcoming = next(items)
                    except StopIteration:
                        more = False
                        parser.inbox.put(_END)
                        break
                    except Exception as exc:
                        more = False
                        parser.inbox.put(_Failure(exc))
                        break
                size = len(upcoming[0])
                full = len(sizes) >= AHEAD_BATCHES * batch_size or chars + size > AHEAD_BATCHES * BATCH_CHARS
                if full and len(sizes) > batch_size:
                    break
                parser.inbox.put(upcoming)
                sizes.append(size)
                chars += size
                upcoming = None
            got = parser.outbox.get()
            if got is _END or isinstance(got, _Failure):
                parser.join()
                if isinstance(got, _Failure):
                    raise got.error
                return
            chars -= sizes.popleft()
            yield got  # type: ignore[misc]
    finally:
        if parser.is_alive():
            parser.stop()
