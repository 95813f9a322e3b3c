"""One event, many reports (issue 11.6): the events of several documents that report one
real-world event become one canonical event.

Two stored events are reports of one event when they come from different documents and
have the same CAMEO root, the same negation and modality (asserted and reported count as
one: both say it happened), the same agents and the same targets (entity keys taken
through ``entity_map``, so "Putin" and "Vladimir Putin" agree) named through the same
sectors ("Israeli soldiers" are not "Israeli police"), and days at most
:data:`WINDOW_DAYS` apart. An event's day is its own date when the text gives a full one,
else its document's date (a report without a date of its own is about the days around
its publication). An event with neither merges only with reports told in the same words: the
same sentence, word for word, in another document with the same code root, negation,
modality, agents and targets (a paragraph of one report reused by another, as news sites
do) is a report of the same event whatever its date. Within one document the extractor has
already merged restatements (``extractors/events.py``).

Reports of one event form a group; its canonical event is the earliest (by day, then key).
The decisions are kept in the store's ``event_map(key, canonical)`` table, one row per
member of a group of two or more (a key without a row is its own event); ``graph/build.py``
applies it: one event node with the evidence and documents of all its reports.
:func:`update` revisits only the events a new batch of documents could join.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

from .sqlutil import chunks, marks, run_schema, stored_version

#: Reports at most this many days apart may be of one event.
WINDOW_DAYS = 3
#: Bump whenever the same stored events group differently: the map is then made again.
EVENT_RESOLVER_VERSION = 3
VERSION_NAME = "event_resolver"
CHUNK = 500

SCHEMA = """
CREATE TABLE IF NOT EXISTS event_map (
    key TEXT PRIMARY KEY,
    canonical TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_map_canonical ON event_map(canonical)
"""


@dataclass(frozen=True, slots=True)
class EventInput:
    """What the grouping knows of one stored event."""

    key: str
    doc: str
    root: str
    negated: bool
    modality: str
    day: int | None  # proleptic ordinal of the event's day (see the module doc)
    agents: frozenset[str]
    targets: frozenset[str]
    #: "role entity sector" of the participants named through a sector: "Israeli soldiers"
    #: and "Israeli police" are not the same actor
    sectors: frozenset[str] = frozenset()
    #: the sentence that reports it, as written (reports with no day merge only when it is the same)
    wording: str = ""

    @property
    def signature(self) -> tuple[object, ...]:
        # Asserted and reported are both said to have happened; planned, intended and
        # hypothetical events are each their own.
        mode = "happened" if self.modality in ("asserted", "reported") else self.modality
        return (
            self.root,
            self.negated,
            mode,
            tuple(sorted(self.agents)),
            tuple(sorted(self.targets)),
            tuple(sorted(self.sectors)),
        )


def _full(value: str | None) -> int | None:
    if value and len(value) >= 10 and value[4] == "-":
        try:
            return dt.date.fromisoformat(value[:10]).toordinal()
        except ValueError:
            return None
    return None


def day_of(date: str | None, doc_date: str | None) -> int | None:
    """The event's own full date, else its document's; None when neither is a full date.

    A partial date of its own that the document's date does not fit ("2019" in a 2024
    article) keeps the event apart: it is not about the days of its report."""
    own = _full(date)
    if own is not None:
        return own
    if date and not (doc_date or "").startswith(date):
        return None
    return _full(doc_date)


def decide(events: Iterable[EventInput]) -> dict[str, str]:
    """key -> canonical for every event in a group of two or more reports (module doc)."""
    groups: defaultdict[tuple[object, ...], list[EventInput]] = defaultdict(list)
    undated: defaultdict[tuple[object, ...], list[EventInput]] = defaultdict(list)
    for event in events:
        if event.day is not None and event.agents:
            groups[event.signature].append(event)
        elif event.agents and event.wording:
            undated[(*event.signature, event.wording)].append(event)
    out: dict[str, str] = {}
    for members in undated.values():
        # no day to compare: only the same sentence word for word tells a report of one event
        if len({e.doc for e in members}) > 1:
            first = min(members, key=lambda e: e.key)
            out.update({e.key: first.key for e in members})
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda e: (e.day or 0, e.key))
        clusters: list[list[EventInput]] = []
        for event in members:
            if clusters and (event.day or 0) - (clusters[-1][0].day or 0) <= WINDOW_DAYS:
                clusters[-1].append(event)
            else:
                clusters.append([event])
        for cluster in clusters:
            if len({e.doc for e in cluster}) > 1:
                out.update({e.key: cluster[0].key for e in cluster})
    return out


# -- the store's table -------------------------------------------------------------------------
def create(cur: sqlite3.Cursor) -> None:
    """Create the event map if it is missing (idempotent)."""
    run_schema(cur, SCHEMA)


def current(db: sqlite3.Connection | sqlite3.Cursor) -> bool:
    """The store has an event map made by this version."""
    return bool(stored_version(db, VERSION_NAME) == EVENT_RESOLVER_VERSION)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    return chunks(items, CHUNK)


_marks = marks


#: SQL of an event's sentence as its document writes it (``e`` the event, ``d`` its document)
WORDING = "substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"


def _members(cur: sqlite3.Cursor, agents: list[str]) -> list[str]:
    """The agents and every key the entity map takes to one of them."""
    if not _has_entity_map(cur):
        return agents
    members = set(agents)
    for chunk in _chunks(agents):
        members.update(
            r[0]
            for r in cur.execute(f"SELECT key FROM entity_map WHERE canonical IN ({_marks(chunk)})", chunk)
        )
    return sorted(members)


def _has_entity_map(cur: sqlite3.Cursor) -> bool:
    return cur.execute("SELECT 1 FROM sqlite_master WHERE name = 'entity_map'").fetchone() is not None


def _inputs(cur: sqlite3.Cursor, keys: Sequence[str]) -> list[EventInput]:
    """The stored events ``keys`` with their participants' canonical keys."""
    mapped = _has_entity_map(cur)
    rows: dict[str, tuple[str, str, bool, str, int | None, str]] = {}
    roles: defaultdict[str, dict[str, set[str]]] = defaultdict(lambda: {"agent": set(), "target": set()})
    sectors: defaultdict[str, set[str]] = defaultdict(set)
    columns = {row[1] for row in cur.execute("PRAGMA table_info(event_arguments)")}
    sector_column = "a.sector" if "sector" in columns else "NULL"
    for chunk in _chunks(keys):
        marks = _marks(chunk)
        for key, doc, cameo, negated, modality, date, doc_date, wording in cur.execute(
            f"SELECT e.key, e.doc_id, e.cameo, e.negated, e.modality, e.date, d.date, {WORDING} "
            f"FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.key IN ({marks})",
            chunk,
        ):
            rows[key] = (doc, cameo[:2], bool(negated), modality, day_of(date, doc_date), wording or "")
        canonical = "coalesce(m.canonical, a.entity)" if mapped else "a.entity"
        join = "LEFT JOIN entity_map m ON m.key = a.entity" if mapped else ""
        for event, entity, role, sector in cur.execute(
            f"SELECT a.event, {canonical}, a.role, {sector_column} FROM event_arguments a {join} "
            f"WHERE a.event IN ({marks}) AND a.role IN ('agent', 'target')",
            chunk,
        ):
            roles[event][role].add(entity)
            if sector:
                sectors[event].add(f"{role} {entity} {sector}")
    return [
        EventInput(
            key,
            doc,
            root,
            negated,
            modality,
            day,
            frozenset(roles[key]["agent"]),
            frozenset(roles[key]["target"]),
            frozenset(sectors[key]),
            wording,
        )
        for key, (doc, root, negated, modality, day, wording) in rows.items()
    ]


def _candidates(cur: sqlite3.Cursor, new: list[EventInput]) -> set[str]:
    """Stored events that may be reports of the same events as ``new``: sharing an agent and
    a root, within the batch's window of days, or told in the same sentence when undated."""
    dated = [e for e in new if e.day is not None and e.agents]
    worded = [e for e in new if e.day is None and e.agents and e.wording]
    found: set[str] = set()
    if worded:
        texts = sorted({e.wording for e in worded})
        roots = sorted({e.root for e in worded})
        for chunk in _chunks(_members(cur, sorted({a for e in worded for a in e.agents}))):
            for part in _chunks(texts):
                found.update(_keys_by_agent(cur, chunk, roots, f"{WORDING} IN ({_marks(part)})", part))
    if not dated:
        return found
    agents = _members(cur, sorted({a for e in dated for a in e.agents}))
    roots = sorted({e.root for e in dated})
    days = [e.day for e in dated if e.day is not None]
    low = dt.date.fromordinal(min(days) - WINDOW_DAYS).isoformat()
    high = dt.date.fromordinal(max(days) + WINDOW_DAYS).isoformat()
    for chunk in _chunks(agents):
        found.update(
            _keys_by_agent(cur, chunk, roots, "coalesce(e.date, d.date) BETWEEN ? AND ?", [low, high + "~"])
        )
    return found


def _keys_by_agent(
    cur: sqlite3.Cursor, agents: Sequence[str], roots: Sequence[str], where: str, values: Sequence[str]
) -> Iterator[str]:
    """Keys of stored events with one of ``agents`` as an agent, a code under one of ``roots``,
    and ``where`` true of the event ``e`` and its document ``d`` (``values`` fill its marks)."""
    rows = cur.execute(
        "SELECT DISTINCT e.key FROM event_arguments a JOIN events e ON e.key = a.event "
        "JOIN documents d ON d.id = e.doc_id "
        f"WHERE a.role = 'agent' AND a.entity IN ({_marks(agents)}) "
        f"AND substr(e.cameo, 1, 2) IN ({_marks(roots)}) AND {where}",
        [*agents, *roots, *values],
    )
    return (r[0] for r in rows)


def _write(cur: sqlite3.Cursor, keys: Sequence[str], decided: dict[str, str]) -> None:
    for chunk in _chunks(keys):
        cur.execute(f"DELETE FROM event_map WHERE key IN ({_marks(chunk)})", chunk)
    cur.executemany("INSERT OR REPLACE INTO event_map VALUES (?, ?)", sorted(decided.items()))


def update(cur: sqlite3.Cursor, event_keys: Sequence[str], moved: Collection[str] = ()) -> None:
    """Group the batch's new events ``event_keys`` with the stored reports of the same events;
    and group again the stored events naming an entity of ``moved`` (keys the batch gave
    another node: "Putin" is Vladimir Putin's now, or no longer), whose agents or targets
    changed."""
    if not current(cur):
        rebuild(cur)
        return
    changed = set(event_keys) | _naming(cur, sorted(set(moved)))
    if not changed:
        return
    new = _inputs(cur, sorted(changed))
    keys = _candidates(cur, new) | changed
    # the groups those events were in before: decided again as a whole
    for chunk in _chunks(sorted(keys)):
        canon = [
            r[0]
            for r in cur.execute(f"SELECT canonical FROM event_map WHERE key IN ({_marks(chunk)})", chunk)
        ]
        for part in _chunks(sorted(set(canon))):
            keys.update(
                r[0]
                for r in cur.execute(f"SELECT key FROM event_map WHERE canonical IN ({_marks(part)})", part)
            )
    ordered = sorted(keys)
    _write(cur, ordered, decide(_inputs(cur, ordered)))


def _naming(cur: sqlite3.Cursor, entities: Sequence[str]) -> set[str]:
    """The stored events with one of ``entities`` as an agent or a target."""
    found: set[str] = set()
    for chunk in _chunks(entities):
        found.update(
            r[0]
            for r in cur.execute(
                f"SELECT event FROM event_arguments WHERE entity IN ({_marks(chunk)}) "
                "AND role IN ('agent', 'target')",
                chunk,
            )
        )
    return found


def rebuild(cur: sqlite3.Cursor) -> None:
    """Group every stored event (a new store, or one grouped by another version)."""
    create(cur)
    cur.execute("DELETE FROM event_map")
    keys = [r[0] for r in cur.execute("SELECT key FROM events")]
    _write(cur, [], decide(_inputs(cur, keys)))
    cur.execute(
        "INSERT INTO newsgraph_state VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (VERSION_NAME, EVENT_RESOLVER_VERSION),
    )


def read(db: sqlite3.Connection | sqlite3.Cursor) -> dict[str, str]:
    """key -> canonical for the events that are not their own (empty for a store without the table)."""
    try:
        return {
            key: canon for key, canon in db.execute("SELECT key, canonical FROM event_map") if key != canon
        }
    except sqlite3.OperationalError:
        return {}
