"""Embedded SQLite store: idempotent ingest of DocumentFacts, fast load into the graph.

One file holds every article and fact. Ingest is one ``BEGIN IMMEDIATE`` transaction
per batch with ``executemany`` bulk writes, so a crash leaves nothing of the batch
and two processes can ingest into one store (WAL mode, a busy timeout, and a few
retries on ``database is locked``). Documents whose content hash is already stored
are skipped, so ingesting the same input twice changes nothing.

    with Store.open("news.db") as store:
        store.add(facts)
        graph = store.load_graph()

Loading a big store is mostly building Python objects, so a file store keeps the graph it
built in a cache file next to it (``news.db.graph``; see :class:`GraphCache`). The cache is
keyed by the store's identity and a generation counter that every ingest bumps in its own
transaction, so a cache from before an ingest is never used. A missing, stale or damaged
cache only means one slow load, which rewrites it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import marshal
import os
import sqlite3
import sys
import tempfile
import time
import uuid
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from types import TracebackType
from typing import Any

import networkx as nx

from newsgraph.errors import StoreError
from newsgraph.graph import query
from newsgraph.graph.build import (
    GRAPH_FORMAT,
    MAX_EVIDENCE,
    GraphBuilder,
    Rows,
    freeze_if_large,
    paused_gc,
    rows_of,
)
from newsgraph.model import Article, DocumentFacts
from newsgraph.resolve import RESOLVER_VERSION
from newsgraph.resolve import events as event_resolution
from newsgraph.resolve import tables as resolution

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
APPLICATION = "newsgraph"
BUSY_TIMEOUT_MS = 30_000
LOCK_RETRIES = 5

SCHEMA = """
CREATE TABLE newsgraph_schema (
    application TEXT NOT NULL,
    version INTEGER NOT NULL
);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    title TEXT,
    date TEXT,
    url TEXT,
    source TEXT,
    text TEXT NOT NULL
);
CREATE TABLE entities (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    iso3 TEXT
);
CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    entity TEXT NOT NULL REFERENCES entities(key),
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE TABLE relations (
    source TEXT NOT NULL REFERENCES entities(key),
    target TEXT NOT NULL REFERENCES entities(key),
    relation TEXT NOT NULL,
    role TEXT,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);
CREATE INDEX relations_doc ON relations(doc_id);
CREATE TABLE events (
    key TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    cameo TEXT NOT NULL,
    event_type TEXT NOT NULL,
    trigger TEXT NOT NULL,
    negated INTEGER NOT NULL,
    modality TEXT NOT NULL,
    date TEXT,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_cameo ON events(cameo);
CREATE TABLE event_arguments (
    event TEXT NOT NULL REFERENCES events(key),
    entity TEXT NOT NULL REFERENCES entities(key),
    role TEXT NOT NULL CHECK (role IN ('agent', 'target', 'location')),
    sector TEXT,
    mention TEXT,
    PRIMARY KEY (event, entity, role)
) WITHOUT ROWID;
CREATE INDEX event_arguments_entity ON event_arguments(entity);
"""

# The store's identity and its ingest generation, bumped by every batch that writes: with the
# document count they make the key of the graph cache. Stores made before the table get it
# on their first writable open.
STATE = """
CREATE TABLE IF NOT EXISTS newsgraph_state (
    name TEXT PRIMARY KEY,
    value NOT NULL
)
"""
BUMP_GENERATION = "UPDATE newsgraph_state SET value = value + 1 WHERE name = 'generation'"

# Loading: the surface forms of each entity counted in SQL, so Python reads one row per entity
# and form instead of one per mention; then each entity's distinct sentences, sorted, from which
# Python keeps its documents and its first MAX_EVIDENCE sentences (see Store._read_into).
LOAD_FORMS = "SELECT entity, text, count(*) FROM mentions NOT INDEXED GROUP BY entity, text"
LOAD_SENTENCES = """
SELECT DISTINCT entity, doc_id, sentence_start, sentence_end FROM mentions NOT INDEXED ORDER BY 1, 2, 3, 4
"""

INSERTS = {
    "documents": "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)",
    "entities": "INSERT INTO entities VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING",
    "mentions": "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?)",
    "relations": "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?)",
    "events": "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING",
    "arguments": "INSERT INTO event_arguments (event, entity, role, sector, mention) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT DO NOTHING",
}


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one ``Store.add`` call wrote: newly added rows, and the documents skipped as already stored."""

    documents: int = 0
    entities: int = 0
    relations: int = 0
    events: int = 0
    skipped: int = 0
    skipped_ids: tuple[str, ...] = ()


class Store:
    """A newsgraph SQLite file. Open with :meth:`Store.open`; use as a context manager."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._db = connection
        self.path = path
        self.cache = GraphCache(path + CACHE_SUFFIX) if path != ":memory:" else None

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open or create the store at ``path`` (``":memory:"`` for a private in-memory store)."""
        name = str(path)
        if name != ":memory:":
            parent = Path(name).parent
            if not parent.is_dir():
                raise StoreError(f"cannot open store {name!r}: folder {str(parent)!r} does not exist")
            if Path(name).is_dir():
                raise StoreError(f"cannot open store {name!r}: it is a folder, expected a .db file")
        try:
            db = sqlite3.connect(name, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {name!r}: {exc}") from exc
        store = cls(db, name)
        try:
            store._prepare()
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(
                f"{name!r} is not a newsgraph store ({exc}); give a new file name or an existing store"
            ) from exc
        except StoreError:
            db.close()
            raise
        return store

    def _prepare(self) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            self._retry(self._create)
            tables = {"newsgraph_schema", "newsgraph_state"}
        if "newsgraph_schema" not in tables:
            raise StoreError(
                f"{self.path!r} is an SQLite database but not a newsgraph store; give a new file name"
            )
        row = db.execute("SELECT application, version FROM newsgraph_schema").fetchone()
        if row is None or row[0] != APPLICATION:
            raise StoreError(f"{self.path!r} is not a newsgraph store; give a new file name")
        if row[1] > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path!r} has schema version {row[1]}, this newsgraph reads up to "
                f"{SCHEMA_VERSION}; upgrade newsgraph"
            )
        if self.path != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
        if (
            "newsgraph_state" not in tables
            or db.execute("SELECT 1 FROM newsgraph_state WHERE name = 'store_id'").fetchone() is None
        ):
            try:
                self._retry(self._create_state)
            except (sqlite3.OperationalError, StoreError):  # a read-only store: it loads, uncached
                self.cache = None
                return
        # -- event arguments' sector and mention (issue 11): columns added to older stores
        if _argument_details(db) != ARGUMENT_DETAILS:
            with contextlib.suppress(sqlite3.OperationalError, StoreError):
                self._retry(lambda: _add_argument_details(db))
        # -- resolution (newsgraph.resolve): a store resolved by another version, or before
        # there was resolution, is resolved again when it can be written; else it loads with
        # the resolution made in memory.
        if not resolution.current(db):
            with contextlib.suppress(sqlite3.OperationalError, StoreError):
                self._retry(self._resolve_all)
        # -- one event, many reports (newsgraph.resolve.events): the same, for the event map
        if not event_resolution.current(db):
            with contextlib.suppress(sqlite3.OperationalError, StoreError):
                self._retry(self._resolve_events)

    def _resolve_events(self) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if not event_resolution.current(db):
                event_resolution.rebuild(db.cursor())
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _resolve_all(self) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if not resolution.current(db):
                resolution.rebuild(db.cursor())
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _create_state(self) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(STATE)
            db.execute("INSERT OR IGNORE INTO newsgraph_state VALUES ('store_id', ?)", (uuid.uuid4().hex,))
            db.execute("INSERT OR IGNORE INTO newsgraph_state VALUES ('generation', 0)")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _create(self) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have created it while we waited for the lock.
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'newsgraph_schema'").fetchone() is None:
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(STATE)
                db.execute("INSERT INTO newsgraph_schema VALUES (?, ?)", (APPLICATION, SCHEMA_VERSION))
                resolution.rebuild(db.cursor())
                event_resolution.rebuild(db.cursor())
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------
    def _retry(self, work: Any) -> Any:
        """Run ``work()``; retry a few times when another process holds the write lock past the timeout."""
        for attempt in range(LOCK_RETRIES):
            try:
                return work()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if attempt == LOCK_RETRIES - 1:
                    raise StoreError(
                        f"store {self.path!r} stayed locked by another writer; try again when it finishes"
                    ) from exc
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    def add(self, batch: Sequence[DocumentFacts]) -> AddResult:
        """Write a batch in one transaction; documents already stored (same content hash) are skipped."""
        rows = rows_of(batch)
        if not rows.documents:
            return AddResult()
        try:
            result: AddResult = self._retry(lambda: self._add(rows))
        except sqlite3.IntegrityError as exc:
            raise StoreError(f"could not add the batch to {self.path!r}: {exc}") from exc
        return result

    def _add(self, rows: Rows) -> AddResult:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            cur = db.cursor()
            stored = self._known(cur, [row[1] for row in rows.documents])
            skipped = [row[0] for row in rows.documents if row[1] in stored]
            if skipped:
                rows = _without_documents(rows, {row[0] for row in rows.documents if row[1] in stored})
            taken = self._taken(cur, [row[0] for row in rows.documents])
            if taken:
                raise StoreError(
                    f"document id {sorted(taken)[0]!r} is already stored with different text; "
                    "give the article another id"
                )
            self._insert(cur, "documents", rows.documents)
            entities = self._insert(cur, "entities", rows.entities)
            self._insert(cur, "mentions", rows.mentions)
            relations = self._insert(cur, "relations", rows.relations)
            events = self._insert(cur, "events", rows.events)
            self._insert(cur, "arguments", rows.arguments)
            if rows.documents:
                resolution.update(cur, rows.mentions, (row[0] for row in rows.entities))
                event_resolution.update(cur, [row[0] for row in rows.events])
                cur.execute(BUMP_GENERATION)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return AddResult(len(rows.documents), entities, relations, events, len(skipped), tuple(skipped))

    def _insert(self, cur: sqlite3.Cursor, table: str, rows: list[Any]) -> int:
        if not rows:
            return 0
        cur.executemany(INSERTS[table], rows)
        return cur.rowcount

    @staticmethod
    def _known(cur: sqlite3.Cursor, hashes: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0] for r in cur.execute(f"SELECT hash FROM documents WHERE hash IN ({marks})", chunk)
            )
        return found

    @staticmethod
    def _taken(cur: sqlite3.Cursor, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in cur.execute(f"SELECT id FROM documents WHERE id IN ({marks})", chunk))
        return found

    # -- reading ---------------------------------------------------------------------------------
    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The subset of ``hashes`` already stored."""
        return self._known(self._db.cursor(), list(hashes))

    def doc_id_taken(self, doc_id: str) -> str | None:
        """The stored content hash for ``doc_id``, or None when the id is free."""
        row = self._db.execute("SELECT hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else str(row[0])

    def ids_taken(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The stored content hash of each of ``doc_ids`` that is taken (one query per 500 ids)."""
        ids = list(dict.fromkeys(doc_ids))
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT id, hash FROM documents WHERE id IN ({marks})", chunk)
            found.update((str(i), str(h)) for i, h in rows)
        return found

    def articles(self) -> Iterator[Article]:
        """Every stored article, by id."""
        for row in self._db.execute("SELECT id, text, title, date, url, source FROM documents ORDER BY id"):
            yield Article(*row)

    def article(self, doc_id: str) -> Article | None:
        row = self._db.execute(
            "SELECT id, text, title, date, url, source FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return None if row is None else Article(*row)

    def counts(self) -> dict[str, int]:
        """Rows per kind: documents, entities, relations (supporting sentences) and events."""
        tables = {
            "documents": "documents",
            "entities": "entities",
            "relations": "relations",
            "events": "events",
        }
        return {
            name: int(self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for name, table in tables.items()
        }

    def version(self) -> list[Any] | None:
        """What identifies the store's contents: its id, ingest generation and documents (None
        when the store predates them and could not be given them, being read-only)."""
        db = self._db
        try:
            state = dict(db.execute("SELECT name, value FROM newsgraph_state"))
        except sqlite3.OperationalError:
            return None
        count = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        last = db.execute("SELECT max(rowid) FROM documents").fetchone()[0]
        return [SCHEMA_VERSION, state.get("store_id"), state.get("generation"), count, last]

    def load_graph(self, *, cache: bool = True) -> nx.MultiDiGraph:
        """The whole store as a graph (see :mod:`newsgraph.graph.build` for the attributes).

        A file store first tries its graph cache (see :class:`GraphCache`); when it is
        missing or stale the graph is built from the tables and the cache rewritten.
        ``cache=False`` always builds and leaves the cache alone.

        A big graph is frozen out of the cyclic garbage collector (see
        :func:`~newsgraph.graph.build.freeze_if_large`).

        Mentions, the largest table, are aggregated in SQL (form counts, documents per
        entity, each entity's first evidence sentences), so Python sees one row per
        entity and form rather than one per mention.
        """
        with paused_gc():  # frozen before the collector could walk the new objects even once
            graph = self._load(cache)
            freeze_if_large(len(graph))
        return graph

    def _load(self, cache: bool) -> nx.MultiDiGraph:
        db = self._db
        cached = self.cache if cache else None
        db.execute("BEGIN")  # one snapshot for every query, even while another process ingests
        try:
            version = self.version() if cached is not None else None
            graph = cached.load(version) if cached is not None and version is not None else None
            if graph is None:
                builder = GraphBuilder()
                self._read_into(builder)
        finally:
            db.execute("COMMIT")
        if graph is None:
            graph = builder.build()
            ready = query.prepare(graph)
            if cached is not None and version is not None:
                cached.save(version, graph, ready)
        return graph

    def _read_into(self, builder: GraphBuilder) -> None:
        db = self._db
        builder.add_documents(db.execute("SELECT id, NULL, title, date, url, source, text FROM documents"))
        builder.add_entities(db.execute("SELECT key, kind, label, iso3 FROM entities"))
        builder.add_forms(db.execute(LOAD_FORMS))
        summary = list(_entity_sentences(db.execute(LOAD_SENTENCES)))
        builder.add_entity_documents((key, docs) for key, docs, _sentences in summary)
        builder.add_entity_evidence(
            (key, *sentence) for key, _docs, sentences in summary for sentence in sentences
        )
        del summary
        builder.add_relations(db.execute("SELECT * FROM relations"))
        builder.add_events(db.execute("SELECT * FROM events"))
        builder.add_arguments(
            db.execute(f"SELECT event, entity, role, {_argument_details(db)} FROM event_arguments")
        )
        builder.add_resolution(resolution.read(db))
        builder.add_event_map(event_resolution.read(db))


# -- event arguments' sector and mention ------------------------------------------------------
ARGUMENT_DETAILS = "sector, mention"


def _argument_details(db: sqlite3.Connection) -> str:
    """The columns to read for an argument's sector and mention: NULLs in a store made
    before they existed and opened read-only."""
    have = {row[1] for row in db.execute("PRAGMA table_info(event_arguments)")}
    return ARGUMENT_DETAILS if {"sector", "mention"} <= have else "NULL, NULL"


def _add_argument_details(db: sqlite3.Connection) -> None:
    db.execute("BEGIN IMMEDIATE")
    try:
        have = {row[1] for row in db.execute("PRAGMA table_info(event_arguments)")}
        for column in ("sector", "mention"):
            if column not in have:
                db.execute(f"ALTER TABLE event_arguments ADD COLUMN {column} TEXT")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


CACHE_SUFFIX = ".graph"
#: Bump when the cache file layout changes (the graph's own shape is ``build.GRAPH_FORMAT``).
CACHE_FORMAT = 3
_CACHE_MAGIC = b"newsgraph graph cache\n"


class GraphCache:
    """One store's loaded graph, saved in a file next to it so the next load takes seconds.

    The file is a magic line, a JSON header line (the key, the payload's size and CRC-32),
    then one ``marshal`` dump of the graph's own dicts (graph attributes, nodes,
    successors and predecessors) and of what the queries need ready: the name index, the
    event nodes and the hubs' row orders (see :func:`~newsgraph.graph.query.prepare`).
    marshal keeps the sharing between them (an edge's attribute dict is one object in both
    adjacency maps and in a hub's order, an evidence dict one object for every fact citing
    its sentence), runs no code when read, and reads far faster than the tables can be
    rebuilt into a graph.

    The key is the store's :meth:`Store.version` plus the formats of the graph, of this
    file and of marshal, and the Python and networkx versions. Any mismatch, a short or
    damaged file, or any error reading it gives None, and the caller rebuilds. Writing
    goes to a temporary file that replaces the cache in one step, so readers never see
    half a file; a failed write (read-only folder, full disk) leaves no file and no error.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @staticmethod
    def key(version: Sequence[Any]) -> list[Any]:
        return [
            GRAPH_FORMAT,
            RESOLVER_VERSION,
            CACHE_FORMAT,
            marshal.version,
            list(sys.version_info[:2]),
            nx.__version__,
            *version,
        ]

    def load(self, version: Sequence[Any]) -> nx.MultiDiGraph | None:
        """The cached graph of this store version, or None."""
        try:
            with self.path.open("rb") as fh:
                if fh.readline() != _CACHE_MAGIC:
                    return None
                header = json.loads(fh.readline())
                if header.get("key") != self.key(version):
                    return None
                payload = fh.read()
            if len(payload) != header["size"] or zlib.crc32(payload) != header["crc32"]:
                return None
            with paused_gc():
                attrs, nodes, succ, pred, ready = marshal.loads(payload)
            if not all(isinstance(d, dict) for d in (attrs, nodes, succ, pred, ready)):
                return None
            graph = nx.MultiDiGraph()
            graph.graph.update(attrs)
            graph._node = nodes
            graph._adj = succ  # also sets graph._succ
            graph._pred = pred
            query.adopt(graph, ready)
        except Exception:  # any unreadable cache only means building the graph
            log.debug("graph cache %s not used", self.path, exc_info=True)
            return None
        return graph

    def save(
        self, version: Sequence[Any], graph: nx.MultiDiGraph, ready: dict[str, Any] | None = None
    ) -> bool:
        """Write the cache for this store version, with ``ready`` from
        :func:`~newsgraph.graph.query.prepare` (made here when not given); False (and no file)
        when it cannot be written."""
        tmp = None
        try:
            saved = (graph.graph, graph._node, graph._succ, graph._pred, ready or query.prepare(graph))
            payload = marshal.dumps(saved)
            header = {"key": self.key(version), "size": len(payload), "crc32": zlib.crc32(payload)}
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name + ".", suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(_CACHE_MAGIC)
                fh.write(json.dumps(header).encode("utf-8") + b"\n")
                fh.write(payload)
            os.replace(tmp, self.path)
            tmp = None
        except Exception:  # a cache that cannot be written is only a slower next load
            log.debug("graph cache %s not written", self.path, exc_info=True)
            return False
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        return True


def _entity_sentences(
    rows: Iterable[tuple[str, str, int, int]],
) -> Iterator[tuple[str, list[str], list[tuple[str, int, int]]]]:
    """(entity, its documents, its first MAX_EVIDENCE sentences) from distinct (entity, doc,
    start, end) rows sorted in that order. A document appears once per sentence citing it (the
    builder keeps a set). A GROUP BY with window functions in SQL gave the same, twice as slowly."""
    for key, group in groupby(rows, itemgetter(0)):
        found = list(group)
        yield key, list(map(itemgetter(1), found)), [row[1:] for row in found[:MAX_EVIDENCE]]


def _without_documents(rows: Rows, drop: set[str]) -> Rows:
    """The rows minus the documents in ``drop`` and every fact read from them."""
    events = [r for r in rows.events if r[1] not in drop]
    kept_events = {r[0] for r in events}
    mentions = [r for r in rows.mentions if r[0] not in drop]
    relations = [r for r in rows.relations if r[4] not in drop]
    used = {r[1] for r in mentions} | {r[0] for r in relations} | {r[1] for r in relations}
    arguments = [r for r in rows.arguments if r[0] in kept_events]
    used |= {r[1] for r in arguments}
    return Rows(
        [r for r in rows.documents if r[0] not in drop],
        [r for r in rows.entities if r[0] in used],
        mentions,
        relations,
        events,
        arguments,
    )
