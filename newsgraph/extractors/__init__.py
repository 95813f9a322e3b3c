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

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
CHUNK_CHARS = 100_000


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
) -> Iterator[DocumentFacts]:
    """Parse every article with one ``nlp.pipe`` and yield its facts, in input order."""
    entity_extractor = EntityExtractor()
    steps = [registry.get(name)() for name in extractors]
    pending: dict[str, list[DocumentFacts]] = {}

    def pieces() -> Iterator[tuple[str, tuple[Article, Article, int, int]]]:
        for article in articles:
            parts = split_text(article.text) if len(article.text) > CHUNK_CHARS else [(0, article.text)]
            for offset, text in parts:
                piece = article if len(parts) == 1 else dataclasses.replace(article, text=text)
                yield text, (article, piece, offset, len(parts))

    for doc, (article, piece, offset, total) in nlp.pipe(pieces(), batch_size=batch_size, as_tuples=True):
        facts = extract_document(doc, piece, entity_extractor=entity_extractor, extractors=steps)
        if total == 1:
            yield facts
            continue
        slots = pending.setdefault(article.id, [])
        slots.append(_shift(facts, article, offset))
        if len(slots) == total:
            del pending[article.id]
            yield _merge(article, slots)
