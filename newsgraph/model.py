"""Value objects shared by the extractors, the store and the graph.

Everything here is a small frozen dataclass. Offsets are character offsets into
``Article.text`` (the normalised text that is stored), so for any mention
``article.text[m.start:m.end] == m.text`` and for any evidence
``article.text[e.start:e.end]`` is the sentence the fact came from.
This module imports nothing of the package.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from enum import Enum

try:
    from enum import StrEnum
except ImportError:  # Python 3.10

    class StrEnum(str, Enum):  # type: ignore[no-redef]  # the 3.10 stand-in for enum.StrEnum
        def __str__(self) -> str:
            return str(self.value)


class Kind(StrEnum):
    """The kinds of node in the graph."""

    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"
    LOCATION = "location"
    EVENT = "event"


class Relation(StrEnum):
    """Edge relations. ``agent`` runs entity -> event, ``target`` and ``location`` event -> entity."""

    AFFILIATED_WITH = "affiliated_with"  # person -> state | organization
    PART_OF = "part_of"  # organization | location -> state
    AGENT = "agent"
    TARGET = "target"
    LOCATION = "location"


class Modality(StrEnum):
    """How the text presents an event."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    PLANNED = "planned"  # scheduled: "will visit", "is due to take place"
    INTENDED = "intended"  # an actor's intent: "offered to supply", "agreed to hold talks"
    HYPOTHETICAL = "hypothetical"


def content_hash(text: str) -> str:
    """Hex SHA-256 of a document's text: the identity used for idempotent ingest."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """One input document. ``id`` is stable for the same input; ``text`` is already normalised."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    url: str | None = None
    source: str | None = None  # path, site or feed the text came from

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a fact was read from: ``article.text[start:end]``."""

    doc_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity name: ``article.text[start:end] == text``."""

    doc_id: str
    start: int
    end: int
    text: str
    sentence: Evidence


@dataclass(frozen=True, slots=True)
class EntityFact:
    """An entity seen in one document, with every mention resolved to it there.

    ``key`` is the deterministic node id (``person:kim-jong-un``, ``state:PRK``).
    """

    key: str
    kind: Kind
    label: str
    mentions: tuple[Mention, ...]
    iso3: str | None = None


@dataclass(frozen=True, slots=True)
class RelationFact:
    """A typed, directed link between two entities, e.g. person ``affiliated_with`` state."""

    source: str
    target: str
    relation: Relation
    evidence: Evidence
    role: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimFact:
    """An office named with no holder in its own phrase ("Prime Minister Tony Blair"), or a
    government body named bare ("the Home Office"): which state or organization it belongs to
    is decided by resolution over the whole store (``newsgraph.resolve.offices``).

    ``role`` is the office ("prime minister"), None for a body; ``home`` is the key of the
    document's home state (``state:GBR``) when the document has a clear one.
    """

    entity: str
    role: str | None
    evidence: Evidence
    home: str | None = None


@dataclass(frozen=True, slots=True)
class Argument:
    """How the text named one agent or target of an event.

    ``sector`` is the CAMEO agent code of the part of the actor that acted ("Israeli
    soldiers": the entity is ``state:ISR``, the sector ``MIL``); ``mention`` the words of the
    text that named it. Either may be None.
    """

    entity: str
    role: str  # agent | target
    sector: str | None = None
    mention: str | None = None


@dataclass(frozen=True, slots=True)
class EventFact:
    """Who did what to whom: one event occurrence in one document.

    ``cameo`` is a CAMEO event code as a string ("042"); ``agents``, ``targets``
    and ``locations`` hold entity keys. ``date`` is ISO 8601, possibly partial
    ("2023-07-20", "2023-07", "--07-20", "1991").
    """

    key: str
    cameo: str
    event_type: str
    trigger: str
    evidence: Evidence
    agents: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    date: str | None = None
    negated: bool = False
    modality: Modality = Modality.ASSERTED
    arguments: tuple[Argument, ...] = ()  # sector and mention of agents and targets, where known


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """Everything the extractors read from one article."""

    article: Article
    entities: tuple[EntityFact, ...] = ()
    relations: tuple[RelationFact, ...] = ()
    events: tuple[EventFact, ...] = ()
    claims: tuple[ClaimFact, ...] = ()


@functools.lru_cache(maxsize=65536)  # (pure; node keys are made again and again for one name)
def slug(name: str) -> str:
    """Lower-case ASCII-ish slug of a name: "Kim Jong-un" -> "kim-jong-un".

    Letters of any script are kept (casefolded); everything else becomes one hyphen,
    so the result is always a valid XML name token once prefixed with a kind.
    """
    out: list[str] = []
    dash = False
    for ch in name.casefold():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-") or "x"


def node_key(kind: Kind, name: str) -> str:
    """Deterministic node id: ``person:kim-jong-un``; states use ISO3 (``state:PRK``)."""
    return f"{kind.value}:{name if kind is Kind.STATE else slug(name)}"
