"""The node table and the name index: what the SQL queries read instead of the whole graph.

Every ingest batch updates, in its own transaction, the rows of the nodes it touched:

- ``entity_map(key, canonical)``: every entity key -> the node it belongs to (itself until
  corpus-level resolution, ``newsgraph/resolve/``, maps it elsewhere; rows it wrote are kept);
- ``entity_forms(entity, text, n)``: how often each surface form names each entity key, and
  ``entity_labels(key, label)`` the label each key's own forms give it;
- ``person_tokens(token, key, single)``: the first and last word of persons named by several
  words, and the one word of the others, for the surname merge ``build.py`` makes (a person
  named by one word belongs to the one person of several words it is the first or last of);
- ``nodes(key, kind, label, iso3, aliases, mentions, documents)``: one row per node, with the
  label, aliases and counts the graph gives it (see :mod:`newsgraph.graph.build`);
- ``node_names(name, how, node)``: normalised names -> nodes, for ``find``: labels, ids,
  aliases, ISO3 codes, persons' first and last names, and the slugs of all of them.

Whoever writes ``nodes`` rows calls :func:`index_names` for them in the same transaction.
``newsgraph_state`` records the generation the tables were last brought to; the queries use
them only when it is the store's generation, so a store written by a version that did not keep
them is answered from the whole graph until a writable open brings them up to date
(:func:`refresh_all`).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from newsgraph.graph.build import _form_order
from newsgraph.graph.query.rows import LABEL, NAME, SLUG, SURNAME, normalize, surnames
from newsgraph.model import Kind, slug

#: Bump when what these tables hold changes: stores are then refreshed on their next writable open.
NODES_FORMAT = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS entity_map (
    key TEXT PRIMARY KEY,
    canonical TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_map_canonical ON entity_map(canonical);
CREATE TABLE IF NOT EXISTS nodes (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    iso3 TEXT,
    aliases TEXT,
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS nodes_kind_mentions ON nodes(kind, mentions);
CREATE INDEX IF NOT EXISTS nodes_mentions ON nodes(mentions);
CREATE TABLE IF NOT EXISTS entity_forms (
    entity TEXT NOT NULL,
    text TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (entity, text)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS node_names (
    name TEXT NOT NULL,
    how INTEGER NOT NULL,
    node TEXT NOT NULL,
    PRIMARY KEY (name, how, node)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_names_node ON node_names(node);
CREATE TABLE IF NOT EXISTS entity_labels (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS person_tokens (
    token TEXT NOT NULL,
    key TEXT NOT NULL,
    single INTEGER NOT NULL,
    PRIMARY KEY (token, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS person_tokens_key ON person_tokens(key);
"""

STATE_KEY = "nodes"


def create(db: sqlite3.Connection | sqlite3.Cursor) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def state(db: sqlite3.Connection) -> tuple[int, int] | None:
    """(format, generation) the tables were last brought to, or None."""
    try:
        row = db.execute("SELECT value FROM newsgraph_state WHERE name = ?", (STATE_KEY,)).fetchone()
    except sqlite3.OperationalError:
        return None
    if row is None:
        return None
    try:
        found = json.loads(row[0])
        return int(found[0]), int(found[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return None


def generation(db: sqlite3.Connection) -> int | None:
    try:
        row = db.execute("SELECT value FROM newsgraph_state WHERE name = 'generation'").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else int(row[0])


def current(db: sqlite3.Connection) -> bool:
    """Whether the tables hold what the store holds now (same format, same generation)."""
    found = state(db)
    return found is not None and found == (NODES_FORMAT, generation(db))


def mark(cur: sqlite3.Cursor) -> None:
    """Record that the tables are up to date with the store's generation (inside the writing
    transaction, after the generation was bumped)."""
    cur.execute(
        "INSERT OR REPLACE INTO newsgraph_state VALUES (?, "
        "json_array(?, (SELECT value FROM newsgraph_state WHERE name = 'generation')))",
        (STATE_KEY, NODES_FORMAT),
    )


# -- keeping them up to date -----------------------------------------------------------------------
def update(
    cur: sqlite3.Cursor,
    entities: Sequence[Sequence[Any]],
    mentions: Sequence[Sequence[Any]],
) -> None:
    """Bring the tables up to date after a batch wrote these entity and mention rows (its
    documents are all new to the store, so their mentions only add)."""
    keys = list(dict.fromkeys([row[0] for row in entities] + [row[1] for row in mentions]))
    if not keys:
        return
    cur.executemany("INSERT OR IGNORE INTO entity_map VALUES (?, ?)", [(k, k) for k in keys])
    forms = Counter((row[1], row[4]) for row in mentions)
    cur.executemany(
        "INSERT INTO entity_forms VALUES (?, ?, ?) "
        "ON CONFLICT (entity, text) DO UPDATE SET n = n + excluded.n",
        [(entity, text, n) for (entity, text), n in forms.items()],
    )
    before = _canonical(cur, keys)
    changed = _merge(cur, _relabel(cur, keys))
    after = _canonical(cur, keys)
    new_docs: defaultdict[str, set[str]] = defaultdict(set)
    for row in mentions:
        new_docs[after[row[1]]].add(row[0])
    moved = {n for old, new in changed.values() for n in (old, new)}
    for key, (_old, new) in changed.items():
        if new != key:  # merged away: no node of its own any more
            cur.execute("DELETE FROM nodes WHERE key = ?", (key,))
            cur.execute("DELETE FROM node_names WHERE node = ?", (key,))
    for node in dict.fromkeys([*after.values(), *moved]):
        if node in moved or node not in before.values():
            documents = _documents(cur, node)
        else:
            old_row = cur.execute("SELECT documents FROM nodes WHERE key = ?", (node,)).fetchone()
            documents = (old_row[0] if old_row else 0) + len(new_docs.get(node, ()))
        if cur.execute("SELECT canonical FROM entity_map WHERE key = ?", (node,)).fetchone() == (node,):
            _write_node(cur, node, documents)


def _documents(cur: sqlite3.Cursor, node: str) -> int:
    row = cur.execute(
        "SELECT count(DISTINCT doc_id) FROM mentions WHERE entity IN "
        "(SELECT key FROM entity_map WHERE canonical = ?)",
        (node,),
    ).fetchone()
    return int(row[0])


def _tokens(label: str) -> list[tuple[str, int]]:
    words = label.split()
    if len(words) > 1:
        return list(dict.fromkeys([(words[0].casefold(), 0), (words[-1].casefold(), 0)]))
    return [(words[0].casefold(), 1)] if words else []


def _relabel(cur: sqlite3.Cursor, keys: Sequence[str]) -> set[str]:
    """Write the own label of these keys; returns the tokens whose holders changed."""
    touched: set[str] = set()
    for key in keys:
        row = cur.execute("SELECT kind, label FROM entities WHERE key = ?", (key,)).fetchone()
        if row is None:
            continue
        kind, label = row
        own = cur.execute("SELECT text, n FROM entity_forms WHERE entity = ?", (key,)).fetchall()
        label = choose_label(kind, label, own)
        old = cur.execute("SELECT label FROM entity_labels WHERE key = ?", (key,)).fetchone()
        if old is not None and old[0] == label:
            continue
        cur.execute("INSERT OR REPLACE INTO entity_labels VALUES (?, ?)", (key, label))
        if kind != Kind.PERSON.value:
            continue
        touched.update(t for (t,) in cur.execute("SELECT token FROM person_tokens WHERE key = ?", (key,)))
        cur.execute("DELETE FROM person_tokens WHERE key = ?", (key,))
        tokens = _tokens(label)
        cur.executemany(
            "INSERT OR IGNORE INTO person_tokens VALUES (?, ?, ?)", [(t, key, s) for t, s in tokens]
        )
        touched.update(t for t, _s in tokens)
        if not any(single for _t, single in tokens):  # several words: its own node again
            cur.execute("UPDATE entity_map SET canonical = key WHERE key = ?", (key,))
    return touched


def _merge(cur: sqlite3.Cursor, tokens: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Map each one-word person holding one of ``tokens`` to the one person of several words
    holding it too (itself when none or several do); returns key -> (old, new) node of the
    keys whose node changed."""
    changed: dict[str, tuple[str, str]] = {}
    for token in tokens:
        holders = cur.execute("SELECT key, single FROM person_tokens WHERE token = ?", (token,)).fetchall()
        full = [key for key, single in holders if not single]
        for key, single in holders:
            if not single:
                continue
            target = full[0] if len(full) == 1 else key
            old = cur.execute("SELECT canonical FROM entity_map WHERE key = ?", (key,)).fetchone()
            if old is None or old[0] != target:
                cur.execute("INSERT OR REPLACE INTO entity_map VALUES (?, ?)", (key, target))
                changed[key] = (old[0] if old else key, target)
    return changed


def _canonical(cur: sqlite3.Cursor, keys: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(cur.execute(f"SELECT key, canonical FROM entity_map WHERE key IN ({marks})", chunk))
    return {key: found.get(key, key) for key in keys}


def _write_node(cur: sqlite3.Cursor, node: str, documents: int) -> None:
    """The node's row from its entity row and its forms (merged keys' forms count too)."""
    row = cur.execute("SELECT kind, label, iso3 FROM entities WHERE key = ?", (node,)).fetchone()
    if row is None:  # a canonical resolution invented: its row is resolution's to write
        return
    kind, label, iso3 = row
    own = cur.execute("SELECT text, n FROM entity_forms WHERE entity = ?", (node,)).fetchall()
    merged = cur.execute(
        "SELECT f.text, sum(f.n) FROM entity_map m JOIN entity_forms f ON f.entity = m.key "
        "WHERE m.canonical = ? GROUP BY f.text",
        (node,),
    ).fetchall()
    forms = merged or own
    label = choose_label(kind, label, own)
    aliases = (
        [text for text, _n in sorted(forms, key=_form_order)] if len(forms) > 1 else [t for t, _ in forms]
    )
    mentions = sum(n for _t, n in forms)
    cur.execute(
        "INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?)",
        (node, kind, label, iso3, json.dumps(aliases, ensure_ascii=False), mentions, documents),
    )
    index_names(cur, [(node, kind, label, iso3, aliases)])


def choose_label(kind: str, label: str, forms: Sequence[tuple[str, int]]) -> str:
    """The graph's label for an entity: a state keeps its name, anything else takes its most
    frequent surface form (a person's full name when one was seen); see ``build._labels``."""
    if kind == Kind.STATE.value or not forms:
        return label
    items = list(forms)
    if kind == Kind.PERSON.value:
        items = [f for f in items if len(f[0].split()) > 1] or items
    return min(items, key=_form_order)[0] if len(items) > 1 else items[0][0]


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


def index_names(cur: sqlite3.Cursor, rows: Iterable[tuple[str, str, str, str | None, Iterable[str]]]) -> None:
    """(Re)write the names of these (node, kind, label, iso3, aliases)."""
    for node, kind, label, iso3, aliases in rows:
        cur.execute("DELETE FROM node_names WHERE node = ?", (node,))
        if kind == Kind.EVENT.value:
            continue
        cur.executemany(
            "INSERT OR IGNORE INTO node_names VALUES (?, ?, ?)",
            [(name, how, node) for name, how in names_of(node, kind, label, iso3, aliases)],
        )


def refresh_all(cur: sqlite3.Cursor) -> None:
    """Rebuild every row from the stored facts (a store from before these tables, or of an
    older format)."""
    create(cur)
    for table in ("entity_map", "entity_forms", "entity_labels", "person_tokens", "nodes", "node_names"):
        cur.execute(f"DELETE FROM {table}")
    cur.execute("INSERT INTO entity_map SELECT key, key FROM entities")
    cur.execute("INSERT INTO entity_forms SELECT entity, text, count(*) FROM mentions GROUP BY entity, text")
    keys = [row[0] for row in cur.execute("SELECT key FROM entities").fetchall()]
    _merge(cur, _relabel(cur, keys))
    documents = dict(
        cur.execute(
            "SELECT m.canonical, count(DISTINCT x.doc_id) FROM mentions x "
            "JOIN entity_map m ON m.key = x.entity GROUP BY m.canonical"
        ).fetchall()
    )
    nodes = [row[0] for row in cur.execute("SELECT DISTINCT canonical FROM entity_map").fetchall()]
    for node in nodes:
        _write_node(cur, node, documents.get(node, 0))
