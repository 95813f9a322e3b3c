"""The name index the SQL queries look names up in, kept beside the resolution tables.

``node_names(name, how, node)`` maps normalised names to nodes: labels, ids, aliases, ISO3
codes, persons' first and last names, and the slugs of all of them (see
:func:`~newsgraph.graph.query.rows.choose`). It is made from the rows of ``nodes`` (written by
:mod:`newsgraph.resolve`): triggers on ``nodes`` list the nodes a batch changed in
``node_names_dirty``, and :func:`reindex` rewrites their names in the same transaction.

``newsgraph_state`` records the generation the index was last brought to; the queries use it
only when that is the store's generation, so a store written by a version that did not keep it
is answered from the whole graph until a writable open brings it up to date (:func:`refresh_all`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from newsgraph.graph.query.rows import LABEL, NAME, SLUG, SURNAME, normalize, surnames
from newsgraph.model import Kind, slug

#: Bump when what the index holds changes: stores are then refreshed on their next writable open.
NODES_FORMAT = 1
STATE_KEY = "names"

SCHEMA = """
CREATE TABLE IF NOT EXISTS node_names (
    name TEXT NOT NULL,
    how INTEGER NOT NULL,
    node TEXT NOT NULL,
    PRIMARY KEY (name, how, node)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_names_node ON node_names(node);
CREATE INDEX IF NOT EXISTS nodes_mentions ON nodes(mentions);
CREATE TABLE IF NOT EXISTS node_names_dirty (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS nodes_inserted AFTER INSERT ON nodes
    BEGIN INSERT OR IGNORE INTO node_names_dirty VALUES (NEW.key); END;
CREATE TRIGGER IF NOT EXISTS nodes_updated AFTER UPDATE ON nodes
    BEGIN INSERT OR IGNORE INTO node_names_dirty VALUES (OLD.key);
    INSERT OR IGNORE INTO node_names_dirty VALUES (NEW.key); END;
CREATE TRIGGER IF NOT EXISTS nodes_deleted AFTER DELETE ON nodes
    BEGIN INSERT OR IGNORE INTO node_names_dirty VALUES (OLD.key); END;
"""


def create(cur: sqlite3.Cursor) -> None:
    """Create the index and its triggers (the ``nodes`` table must exist)."""
    statements, current = [], ""
    for line in SCHEMA.strip().splitlines():
        current += line + "\n"
        trigger = current.lstrip().startswith("CREATE TRIGGER")
        if line.rstrip().endswith(";") and (not trigger or "END;" in line):
            statements.append(current)
            current = ""
    for statement in statements:
        cur.execute(statement)


def state(db: sqlite3.Connection | sqlite3.Cursor) -> tuple[int, int] | None:
    """(format, generation) the index was last brought to, or None."""
    try:
        row = db.execute("SELECT value FROM newsgraph_state WHERE name = ?", (STATE_KEY,)).fetchone()
    except sqlite3.OperationalError:
        return None
    try:
        found = json.loads(row[0])
        return int(found[0]), int(found[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return None


def generation(db: sqlite3.Connection | sqlite3.Cursor) -> int | None:
    try:
        row = db.execute("SELECT value FROM newsgraph_state WHERE name = 'generation'").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else int(row[0])


def current(db: sqlite3.Connection | sqlite3.Cursor) -> bool:
    """Whether the index holds what the store holds now (same format, same generation)."""
    found = state(db)
    return found is not None and found == (NODES_FORMAT, generation(db))


def mark(cur: sqlite3.Cursor) -> None:
    """Record that the index is up to date with the store's generation (inside the writing
    transaction, after the generation was bumped)."""
    cur.execute(
        "INSERT OR REPLACE INTO newsgraph_state VALUES (?, "
        "json_array(?, (SELECT value FROM newsgraph_state WHERE name = 'generation')))",
        (STATE_KEY, NODES_FORMAT),
    )


def names_of(
    node: str, kind: str, label: str, iso3: str | None, aliases: Iterable[str]
) -> set[tuple[str, int]]:
    """(normalised name, how) for every name the node answers to (see ``rows.choose``)."""
    found = {(normalize(label), LABEL), (normalize(label), NAME), (normalize(node), NAME)}
    found.update((normalize(alias), NAME) for alias in aliases)
    if iso3:
        found.add((normalize(iso3), NAME))
    found.update((name, SURNAME) for name in surnames(kind, label))
    found.update({(slug(name), SLUG) for name, how in found if how == NAME})
    return found


def _index(cur: sqlite3.Cursor, rows: Iterable[tuple[str, str, str, str | None, str | None]]) -> None:
    values: list[tuple[str, int, str]] = []  # one statement for all the nodes' names
    for node, kind, label, iso3, aliases in rows:
        if kind == Kind.EVENT.value:
            continue
        names = names_of(node, kind, label, iso3, json.loads(aliases) if aliases else [])
        values.extend((n, h, node) for n, h in names)
    cur.executemany("INSERT OR IGNORE INTO node_names VALUES (?, ?, ?)", values)


def reindex(cur: sqlite3.Cursor) -> None:
    """Rewrite the names of the nodes changed since the last call."""
    dirty = [row[0] for row in cur.execute("SELECT key FROM node_names_dirty").fetchall()]
    for start in range(0, len(dirty), 500):
        chunk = dirty[start : start + 500]
        marks = ",".join("?" * len(chunk))
        cur.execute(f"DELETE FROM node_names WHERE node IN ({marks})", chunk)
        rows = cur.execute(f"SELECT key, kind, label, iso3, aliases FROM nodes WHERE key IN ({marks})", chunk)
        _index(cur, rows.fetchall())
    cur.execute("DELETE FROM node_names_dirty")


def refresh_all(cur: sqlite3.Cursor) -> None:
    """Rebuild the whole index from ``nodes``."""
    create(cur)
    cur.execute("DELETE FROM node_names")
    _index(cur, cur.execute("SELECT key, kind, label, iso3, aliases FROM nodes").fetchall())
    cur.execute("DELETE FROM node_names_dirty")
