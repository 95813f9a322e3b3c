"""What a query answers: the result dataclasses and :class:`Page` (the public contract), the
:class:`Queries` protocol both implementations satisfy, and the orders they share.

Two implementations answer the same questions with the same rows, in the same order:
:mod:`~newsgraph.graph.query.sql` reads what one question needs from the store through its
indexes, :mod:`~newsgraph.graph.query.memory` walks a NetworkX graph. Everything that decides an
order (dates, names) lives here, so the two cannot drift apart.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, Protocol, TypeVar

import networkx as nx

R = TypeVar("R")

MAX_SUGGESTIONS = 5


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """The sentence a fact was read from: document id, offsets and text."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event; ``role`` is how the asked-about node takes part (None in ``events()``)."""

    id: str
    label: str
    cameo: str
    event_type: str
    trigger: str
    date: str | None
    negated: bool
    modality: str
    doc: str | None
    agents: tuple[str, ...]
    targets: tuple[str, ...]
    locations: tuple[str, ...]
    evidence: tuple[EvidenceRow, ...]
    role: str | None = None


@dataclass(frozen=True, slots=True)
class RelationRow:
    """An edge at the node, or (when ``event`` is set) an event the node takes part in.

    For event rows ``relation`` is the node's role (agent | target | location), ``other``
    is the event and ``counterparts`` are the labels of the other agents and targets.
    """

    relation: str
    role: str | None
    direction: str  # "out" | "in"
    other: str
    other_label: str
    other_kind: str
    count: int
    evidence: tuple[EvidenceRow, ...]
    event: EventRow | None = None
    counterparts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hop:
    """One step of a path, along the edge as stored (``source`` -> ``target``)."""

    source: str
    source_label: str
    target: str
    target_label: str
    relation: str
    role: str | None
    doc: str | None
    sentence: str | None


@dataclass(frozen=True, slots=True)
class EntityRow:
    id: str
    label: str
    kind: str
    mentions: int
    documents: int
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Page(Generic[R]):
    """The first rows of an answer (all of them without a limit) and the answer's full length."""

    rows: list[R]
    total: int

    @property
    def more(self) -> int:
        """How many rows the limit left out."""
        return self.total - len(self.rows)


class Queries(Protocol):
    """The questions the library API asks; :class:`~newsgraph.graph.query.sql.SqlQueries` and
    :class:`~newsgraph.graph.query.memory.MemoryQueries` answer them alike. Nodes are ids
    (``person:kim-jong-un``); :meth:`find` turns a name into one."""

    def find(self, name: str, kinds: Iterable[str] | None = None) -> str: ...

    def label(self, node: str) -> str: ...

    def entities(self, kind: str | None = None, limit: int | None = None) -> list[EntityRow]: ...

    def relations_page(self, node: str, limit: int | None = None) -> Page[RelationRow]: ...

    def timeline_page(
        self,
        node: str,
        since: str | None = None,
        until: str | None = None,
        cameo: str | None = None,
        limit: int | None = None,
        *,
        sector: str | None = None,
        asserted_only: bool = False,
    ) -> Page[EventRow]: ...

    def events_page(
        self,
        cameo: str | None = None,
        between: tuple[str, str] | None = None,
        limit: int | None = None,
        *,
        sector: str | None = None,
        asserted_only: bool = False,
    ) -> Page[EventRow]: ...

    def paths(self, a: str, b: str, max_hops: int = 4, limit: int = 5) -> list[list[Hop]]: ...

    def ego_graph(self, node: str, hops: int) -> nx.MultiDiGraph:
        """The nodes within ``hops`` of ``node`` (either direction) and every edge among them,
        with the attributes they have in the whole graph."""
        ...


def asserted(modality: str | None, negated: object) -> bool:
    """An event the text says happened: modality ``asserted`` and not negated (``--asserted-only``:
    not reported by others, intended, planned or hypothetical, and not denied)."""
    return modality == "asserted" and not negated


def first(items: list[Any], limit: int | None) -> list[Any]:
    """The ``limit`` smallest items in order (all of them, sorted, without a limit)."""
    if limit is None or limit >= len(items):
        return sorted(items)
    return heapq.nsmallest(limit, items)


# -- names ---------------------------------------------------------------------------------------
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s$")


@lru_cache(maxsize=65536)  # (pure; the name index normalises the same names at every batch)
def normalize(name: str) -> str:
    """Case- and space-insensitive form of a name: "The Kremlin's" -> "kremlin"."""
    text = unicodedata.normalize("NFKC", name).strip()
    text = _POSSESSIVE.sub("", _THE.sub("", text))
    return " ".join(text.split()).casefold()


#: How a name belongs to a node, in the order :func:`find` tries them.
LABEL, NAME, SURNAME, SLUG = 1, 2, 3, 4


def surnames(kind: str, label: str) -> set[str]:
    """The first and last word of a person's name of several words ("Kim Jong Un" -> kim, un):
    a lookup by one of them finds the person when no other holds it."""
    words = label.split()
    if kind != "person" or len(words) < 2:
        return set()
    return {normalize(words[0]), normalize(words[-1])} - {""}


def candidate(label: str, kind: str) -> str:
    """How a node is named in suggestions and ambiguity errors: "Kim Jong Un (person)"."""
    return f"{label} ({kind or '?'})"


# -- dates ---------------------------------------------------------------------------------------
DateParts = tuple[int | None, int | None, int | None]
DateOrder = tuple[int, int, int, int]


@lru_cache(maxsize=65536)  # a few thousand distinct dates in a big graph
def date_parts(date: str | None) -> DateParts | None:
    """(year, month, day) of an ISO date, possibly partial ("2023-07", "--07-20", "1991")."""
    if not date:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})(?:-(\d{2}))?", date.strip()[:10])
    if not match:
        return None
    year, month, day, ymonth, yday = match.groups()
    if year:
        return int(year), int(month) if month else None, int(day) if day else None
    return None, int(ymonth), int(yday) if yday else None


def resolved(date: str | None, doc_date: str | None) -> DateParts | None:
    """An event's date; a yearless date borrows its article's year."""
    parts = date_parts(date)
    if parts is not None and parts[0] is None:
        doc_parts = date_parts(doc_date)
        if doc_parts and doc_parts[0] is not None:
            parts = (doc_parts[0], parts[1], parts[2])
    return parts


@lru_cache(maxsize=65536)
def date_order(date: str | None) -> DateOrder:
    """The sort prefix of a date: (0, year, month, day) dated, (1, 0, month, day) yearless,
    (2, 0, 0, 0) undated; a missing part is 0, so it sorts first."""
    parts = date_parts(date)
    if parts is None:
        return (2, 0, 0, 0)
    year, month, day = parts
    return (0 if year is not None else 1, year or 0, month or 0, day or 0)


def event_order(date: str | None, doc_date: str | None) -> DateOrder:
    """Dated events by year, month, day (a missing part sorts first); yearless next, borrowing
    their article's year when it has one; undated last. Ties are broken by event id."""
    order = date_order(date)
    if order[0] == 1:
        parts = resolved(date, doc_date)
        if parts is not None and parts[0] is not None:
            return (0, parts[0], order[2], order[3])
    return order


def _span(parts: DateParts) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    year, month, day = parts
    return (year or 0, month or 1, day or 1), (year or 9999, month or 12, day or 31)


def within(date: str | None, doc_date: str | None, since: str | None, until: str | None) -> bool:
    """Whether an event's date overlaps the window; an undated event is in no window."""
    if since is None and until is None:
        return True
    parts = resolved(date, doc_date)
    if parts is None or parts[0] is None:
        return False
    lo, hi = _span(parts)
    if since is not None:
        bound = date_parts(since)
        if bound is not None and hi < _span(bound)[0]:
            return False
    if until is not None:
        bound = date_parts(until)
        if bound is not None and lo > _span(bound)[1]:
            return False
    return True


def cameo_ok(code: Any, prefix: str | None) -> bool:
    """``prefix`` is a CAMEO code prefix ("04" matches 042, 043)."""
    return prefix is None or str(code or "").startswith(str(prefix))


Candidate = tuple[str, str, str, int]
"""(node, kind, label, mentions) of a node holding a name."""


def choose(
    name: str,
    kinds: Iterable[str] | None,
    holders: Any,
    is_event: Any,
    suggest: Any,
) -> str:
    """The node a name means, the same way for every implementation.

    ``holders(how, text)`` lists the :data:`Candidate` nodes holding ``text`` as ``how``
    (:data:`LABEL`, :data:`NAME`: a label, alias, id or ISO3 code, :data:`SURNAME`,
    :data:`SLUG`); ``is_event(text)`` says whether an event has that id; ``suggest(name,
    kinds)`` gives close labels for the error. In order:

    1. a node labelled so (the most mentioned of several: "Georgia" the state, not the place);
    2. the one node holding it as any name, or of several the one holding at least
       :data:`~newsgraph.resolve.names.SURNAME_SHARE` of their mentions; else
       :class:`AmbiguousEntityError`;
    3. an event by its id;
    4. the one person whose first or last name it is (or the dominant one, as in 2); several ->
       the same error;
    5. a spelling variant of a name ("kim jong-un"), the most mentioned;
    6. :class:`UnknownEntityError` with suggestions.
    """
    from newsgraph.errors import AmbiguousEntityError, UnknownEntityError
    from newsgraph.model import slug
    from newsgraph.resolve.names import SURNAME_SHARE

    wanted = {str(k) for k in kinds} if kinds is not None else None
    key = normalize(name)

    def found(how: int, text: str) -> list[Candidate]:
        rows = {c[0]: c for c in holders(how, text) if wanted is None or c[1] in wanted}
        return sorted(rows.values(), key=lambda c: (-c[3], c[0]))

    def one(rows: list[Candidate]) -> str:
        # Several hold the name: the one with SURNAME_SHARE of their mentions is meant ("Blair"
        # is Tony Blair, not Cherie Blair or a slogan), as resolution merges a bare surname.
        if len(rows) > 1 and rows[0][3] < SURNAME_SHARE * sum(c[3] for c in rows):
            raise AmbiguousEntityError(name, [candidate(c[2], c[1]) for c in rows[:MAX_SUGGESTIONS]])
        return rows[0][0]

    rows = found(LABEL, key)
    if rows:
        return rows[0][0]
    rows = found(NAME, key)
    if rows:
        return one(rows)
    if (wanted is None or "event" in wanted) and is_event(key):
        return key
    rows = found(SURNAME, key)
    if rows:
        return one(rows)
    rows = found(SLUG, slug(key))
    if rows:
        return rows[0][0]
    raise UnknownEntityError(name, suggest(key, wanted))


def suggestions(key: str, labels: dict[str, list[tuple[str, str, str]]]) -> list[str]:
    """Up to five close labels, formatted "Kim Jong Un (person)"; ``labels`` maps a normalised
    label to its (node, label, kind) holders."""
    import difflib

    out: list[str] = []
    for close in difflib.get_close_matches(key, list(labels), n=MAX_SUGGESTIONS, cutoff=0.6):
        for _node, label, kind in sorted(labels[close]):
            out.append(candidate(label, kind))
    return out[:MAX_SUGGESTIONS]
