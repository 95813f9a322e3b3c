"""Embedded SQLite store: idempotent ingest of DocumentFacts, fast load into the graph.

One file holds every article and fact. Ingest is one ``BEGIN IMMEDIATE`` transaction
per batch with ``executemany`` bulk writes, so a crash leaves nothing of the batch
and two processes can ingest into one store (WAL mode, a busy timeout, and a few
retries on ``database is locked``). Documents whose content hash is already stored
are skipped, so ingesting the same input twice changes nothing.

    with Store.open("news.db") as store:
        store.add(facts)
        graph = store.load_graph()

Queries do not load the graph: they read what they need through the store's indexes, the
resolution tables and the name index each batch keeps up to date (see :mod:`newsgraph.graph.nodes`
and :mod:`newsgraph.graph.query.sql`). The whole graph is built only for whole-graph work
(export, an unfocused render), and no copy of it is kept beside the store.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from types import TracebackType
from typing import Any

import networkx as nx

from newsgraph.errors import RecordError, StoreError
from newsgraph.graph import nodes
from newsgraph.graph.build import (
    MAX_EVIDENCE,
    GraphBuilder,
    Rows,
    freeze_if_large,
    paused_gc,
    rows_of,
)
from newsgraph.model import Article, DocumentFacts
from newsgraph.resolve import events as event_resolution
from newsgraph.resolve import tables as resolution
from newsgraph.resolve.names import SIDE_MARK

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

# The store's identity and its ingest generation, bumped by every batch that writes (the name
# index records the generation it is up to date with). Stores made before the table get it on
# their first writable open.
STATE = """
CREATE TABLE IF NOT EXISTS newsgraph_state (
    name TEXT PRIMARY KEY,
    value NOT NULL
)
"""
BUMP_GENERATION = "UPDATE newsgraph_state SET value = value + 1 WHERE name = 'generation'"
#: The tables resolution writes (what ``newsgraph resolve`` compares with a full resolution).
RESOLVED_TABLES = (
    "entity_map",
    "nodes",
    "derived_relations",
    "resolve_merges",
    "resolve_forms",
    "resolve_entities",
    "resolve_tokens",
    "event_map",
    "node_names",
)

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
    "claims": "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?)",
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
        #: Opened read-only (a query on a store this process cannot write).
        self.read_only = False

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Store:
        """Open the store at ``path`` (``":memory:"`` for a private in-memory store).

        ``create=True`` (ingest) creates a missing or empty file. ``create=False`` (queries)
        never writes a schema: a missing or empty file is an error, and a store that cannot
        be written (a read-only file or folder) is opened read-only."""
        name = str(path)
        if name != ":memory:":
            if not name:
                raise StoreError("the store path is empty; give a file name such as news.db")
            parent = Path(name).parent
            if not parent.is_dir():
                raise StoreError(f"cannot open store {name!r}: folder {str(parent)!r} does not exist")
            if Path(name).is_dir():
                raise StoreError(f"cannot open store {name!r}: it is a folder, expected a .db file")
            if not create and not Path(name).exists():
                raise StoreError(f"no store at {name!r}; create one with 'newsgraph ingest PATH --db {name}'")
        try:
            return cls._connect(name, name, create=create)
        except StoreError as exc:
            if (
                create
                or not isinstance(exc.__cause__, sqlite3.OperationalError)
                or not _read_only(exc.__cause__)
            ):
                raise
        # Queries on a store this process cannot write: read-only, then (when the folder is
        # read-only too, so SQLite cannot make the WAL index) as an immutable file.
        uri = Path(name).absolute().as_uri()
        try:
            return cls._connect(f"{uri}?mode=ro", name, create=False)
        except StoreError as exc:
            if not isinstance(exc.__cause__, sqlite3.OperationalError):
                raise
        return cls._connect(f"{uri}?immutable=1", name, create=False)

    @classmethod
    def _connect(cls, target: str, name: str, *, create: bool) -> Store:
        try:
            db = sqlite3.connect(
                target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, uri=target.startswith("file:")
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {name!r}: {exc}") from exc
        store = cls(db, name)
        store.read_only = target.startswith("file:")
        try:
            store._prepare(create)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(describe_error(name, exc)) from exc
        except StoreError:
            db.close()
            raise
        return store

    def protected_paths(self) -> list[str]:
        """The store file and its side files (WAL, shared memory, journal, and the graph cache
        older versions kept beside it): no output may be written over them."""
        if self.path == ":memory:":
            return []
        return [self.path + suffix for suffix in ("", "-wal", "-shm", "-journal", ".graph")]

    def _prepare(self, create: bool = True) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables and not create:
            raise StoreError(
                f"{self.path!r} is empty, not a newsgraph store; only 'newsgraph ingest' creates a store"
            )
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
        if self.path != ":memory:" and not self.read_only:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
        if (
            "newsgraph_state" not in tables
            or db.execute("SELECT 1 FROM newsgraph_state WHERE name = 'store_id'").fetchone() is None
        ):
            try:
                self._retry(self._create_state)
            except (sqlite3.OperationalError, StoreError):  # a read-only store: queried from the graph
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
        # -- name index (query helper, issue 13) --
        if resolution.current(db) and not nodes.current(db):
            with contextlib.suppress(sqlite3.OperationalError, StoreError):
                self._retry(self._refresh_names)

    def _refresh_names(self) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if not nodes.current(db):  # another process may have done it while we waited
                cur = db.cursor()
                nodes.refresh_all(cur)
                nodes.mark(cur)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

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

    @property
    def indexed(self) -> bool:
        """Whether the resolution tables and the name index hold what the store holds now, so
        queries can read them (see :mod:`newsgraph.graph.query.sql`)."""
        return resolution.current(self._db) and nodes.current(self._db)

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection, for the read-only queries of :mod:`newsgraph.graph.query.sql`."""
        return self._db

    def _resolve_all(self) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if not resolution.current(db):
                resolution.rebuild(db.cursor())
                nodes.refresh_all(db.cursor())
                nodes.mark(db.cursor())
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def resolve_again(self) -> None:
        """Resolve the whole store again from its facts, in one transaction: the entity map, the
        nodes and derived relations (:func:`newsgraph.resolve.tables.rebuild`), the event map
        (:func:`newsgraph.resolve.events.rebuild`) and the name index. Ingest keeps them up to
        date batch by batch, revisiting only what each batch touches; this is the full path the
        batch-by-batch one must agree with (``newsgraph resolve --full``)."""
        self._retry(self._resolve_again)

    def resolution_differences(self) -> dict[str, tuple[int, int]]:
        """The tables whose stored rows differ from a full resolution of the store, each with
        (rows only stored, rows only in the full resolution); empty when they agree. The full
        resolution is made inside a transaction that is rolled back: the store is unchanged."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            before = {table: Counter(db.execute(f"SELECT * FROM {table}")) for table in RESOLVED_TABLES}
            self._resolve_tables(db.cursor())
            found = {}
            for table in RESOLVED_TABLES:
                after = Counter(db.execute(f"SELECT * FROM {table}"))
                if after != before[table]:
                    found[table] = (
                        sum((before[table] - after).values()),
                        sum((after - before[table]).values()),
                    )
        finally:
            _rollback(db)
        return found

    @staticmethod
    def _resolve_tables(cur: sqlite3.Cursor) -> None:
        resolution.rebuild(cur)
        event_resolution.rebuild(cur)
        cur.execute(BUMP_GENERATION)
        nodes.refresh_all(cur)
        nodes.mark(cur)

    def _resolve_again(self) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            self._resolve_tables(db.cursor())
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
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
            _rollback(db)
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
                nodes.refresh_all(db.cursor())
                nodes.mark(db.cursor())
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
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
            raise RecordError(f"could not add the batch to {self.path!r}: {exc}") from exc
        except (UnicodeError, ValueError, OverflowError) as exc:  # a field SQLite cannot take
            raise RecordError(f"could not add the batch to {self.path!r}: {exc}") from exc
        except sqlite3.DatabaseError as exc:  # a full disk, a read-only or damaged file
            raise StoreError(describe_error(self.path, exc)) from exc
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
                raise RecordError(
                    f"document id {sorted(taken)[0]!r} is already stored with different text; "
                    "give the article another id"
                )
            self._insert(cur, "documents", rows.documents)
            # a name's keys marked with one document's sides (build.sided_keys) are no more entities
            entities = self._insert(cur, "entities", [r for r in rows.entities if SIDE_MARK not in r[0]])
            self._insert(cur, "entities", [r for r in rows.entities if SIDE_MARK in r[0]])
            self._insert(cur, "mentions", rows.mentions)
            relations = self._insert(cur, "relations", rows.relations)
            events = self._insert(cur, "events", rows.events)
            self._insert(cur, "arguments", rows.arguments)
            if rows.documents:
                fresh = nodes.current(db)  # the name index was up to date before this batch
                self._insert(cur, "claims", rows.claims)
                moved = resolution.update(cur, rows)
                event_resolution.update(cur, [row[0] for row in rows.events], moved)
                cur.execute(BUMP_GENERATION)
                if fresh:
                    nodes.reindex(cur)
                else:
                    nodes.refresh_all(cur)
                nodes.mark(cur)
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
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
        found = {
            name: int(self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for name, table in tables.items()
        }
        # a name's keys marked with one document's sides (build.sided_keys) are no more entities
        found["entities"] -= int(
            self._db.execute(
                "SELECT count(*) FROM entities WHERE instr(key, ?) > 0", (SIDE_MARK,)
            ).fetchone()[0]
        )
        return found

    def load_graph(self, *, cache: bool = False) -> nx.MultiDiGraph:
        """The whole store as a graph (see :mod:`newsgraph.graph.build` for the attributes),
        built from the tables in one read snapshot. (``cache`` is accepted for callers written
        when a graph cache was kept beside the store; there is none now.)

        A big graph is frozen out of the cyclic garbage collector (see
        :func:`~newsgraph.graph.build.freeze_if_large`).

        Mentions, the largest table, are aggregated in SQL (form counts, documents per
        entity, each entity's first evidence sentences), so Python sees one row per
        entity and form rather than one per mention.
        """
        with paused_gc():  # frozen before the collector could walk the new objects even once
            builder = GraphBuilder()
            db = self._db
            db.execute("BEGIN")  # one snapshot for every query, even while another process ingests
            try:
                self._read_into(builder)
            finally:
                db.execute("COMMIT")
            graph = builder.build()
            freeze_if_large(len(graph))
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
        stored = resolution.read(db)
        builder.add_resolution(stored)
        if stored is None:  # a read-only store not resolved by this version: resolve in memory
            with contextlib.suppress(sqlite3.OperationalError):
                builder.add_claims(db.execute("SELECT * FROM claims"))
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


def _rollback(db: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not already (it has after a full disk or
    an I/O error, and ROLLBACK would then raise a second error hiding the first)."""
    if db.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")


def _read_only(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return "readonly" in text or "read-only" in text or "unable to open" in text


def describe_error(name: str, exc: sqlite3.Error) -> str:
    """A one-line message for an SQLite error on the store ``name``: what happened and what to do."""
    text = str(exc)
    if "full" in text:
        return (
            f"store {name!r}: the disk is full ({text}); the last batch was not written, documents "
            "stored before it are kept; free some space and run the ingest again"
        )
    if _read_only(exc):
        return f"store {name!r} cannot be written ({text}); check the permissions of the file and its folder"
    if "malformed" in text or "corrupt" in text:
        return (
            f"store {name!r} is damaged ({text}); restore it from a backup, or recover what is readable "
            "with: sqlite3 {name} .recover | sqlite3 new.db"
        ).replace("{name}", name)
    if "not a database" in text or "file is encrypted" in text:
        return f"{name!r} is not a newsgraph store ({text}); give a new file name or an existing store"
    if "disk I/O" in text:
        return f"store {name!r}: disk I/O error ({text}); check the disk and run the command again"
    return f"store {name!r}: {text}"


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
    used |= {k.partition(SIDE_MARK)[0] for k in used if SIDE_MARK in k}  # the name of a marked key
    return Rows(
        [r for r in rows.documents if r[0] not in drop],
        [r for r in rows.entities if r[0] in used],
        mentions,
        relations,
        events,
        arguments,
        [r for r in rows.claims if r[2] not in drop],
    )
