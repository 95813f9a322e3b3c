"""The resolution tables of a store, and keeping them up to date batch by batch.

Public tables (read by ``graph/build.py`` and the SQL queries):

* ``entity_map(key, canonical)`` - every key of ``entities`` -> its node (itself when not merged).
* ``nodes(key, kind, label, iso3, aliases, mentions, documents)`` - one row per canonical node;
  ``aliases`` is a JSON list of surface forms, most frequent first.
* ``derived_relations`` - relations decided by resolution: the columns of ``relations`` plus
  ``basis`` (knowledge | store | home).

Facts the extractors store for resolution to decide on:

* ``claims(entity, role, doc_id, sentence_start, sentence_end, home)`` - offices named with no
  holder in their phrase, and bare government bodies (role NULL), with the document's home state.

The resolver's own evidence, kept so a batch never re-reads old documents:

* ``resolve_forms(key, text, n)`` - mentions per entity and surface form.
* ``resolve_entities(key, documents)`` - documents mentioning each entity.
* ``resolve_tokens(token, key)`` - first and last words of each person's forms and their
  spelling keys: which persons a new name may concern.
* ``resolve_merges(key, canonical, basis)`` - why each key that moves was merged (``surname:
  ...``, ``nickname: ...``, ``spelling (letter): ...``, ``kind: ...``).

Every function takes a cursor inside the caller's transaction (the store's ingest
transaction), so the decisions and the facts they rest on are committed together.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from ..extractors.companies import organization_tokens
from ..model import slug
from . import RESOLVER_VERSION, DerivedRelation, EntityInput, NodeRow, Resolution, decide, node_rows
from .names import CROSS_KINDS, SIDE_MARK, affiliation_sides, name_tokens, peer_role, present_office
from .offices import AFFILIATED, Claim, derive, holder_node, known_state
from .sqlutil import chunks, marks, run_schema, stored_version

SCHEMA = """
CREATE TABLE IF NOT EXISTS entity_map (
    key TEXT PRIMARY KEY,
    canonical TEXT NOT NULL
) WITHOUT ROWID;
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
CREATE TABLE IF NOT EXISTS derived_relations (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    relation TEXT NOT NULL,
    role TEXT,
    doc_id TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    basis TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS derived_relations_source ON derived_relations(source);
CREATE INDEX IF NOT EXISTS derived_relations_target ON derived_relations(target);
CREATE INDEX IF NOT EXISTS derived_relations_doc ON derived_relations(doc_id);
CREATE TABLE IF NOT EXISTS claims (
    entity TEXT NOT NULL,
    role TEXT,
    doc_id TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    home TEXT
);
CREATE INDEX IF NOT EXISTS claims_entity ON claims(entity);
CREATE TABLE IF NOT EXISTS resolve_forms (
    key TEXT NOT NULL,
    text TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (key, text)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS resolve_entities (
    key TEXT PRIMARY KEY,
    documents INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS resolve_merges (
    key TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    basis TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS resolve_tokens (
    token TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (token, key)
) WITHOUT ROWID;
"""

TABLES = (
    "entity_map",
    "nodes",
    "derived_relations",
    "resolve_forms",
    "resolve_entities",
    "resolve_tokens",
    "resolve_merges",
)
VERSION_NAME = "resolver"
CHUNK = 500

MentionRow = Sequence[object]  # (doc_id, entity, start, end, text, sentence_start, sentence_end)


class BatchRows(Protocol):
    """The rows of one ingest batch, as ``graph.build.Rows`` holds them."""

    mentions: list[Any]
    entities: list[Any]
    relations: list[Any]
    claims: list[Any]


def create(cur: sqlite3.Cursor) -> None:
    """Create the tables that are missing (idempotent)."""
    run_schema(cur, SCHEMA)


def current(db: sqlite3.Connection | sqlite3.Cursor) -> bool:
    """The store's resolution tables exist and were made by this resolver version."""
    return bool(stored_version(db, VERSION_NAME) == RESOLVER_VERSION)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    return chunks(items, CHUNK)


_marks = marks


# -- evidence -----------------------------------------------------------------------------------


def _add_evidence(cur: sqlite3.Cursor, mentions: Iterable[MentionRow], kinds: dict[str, str]) -> set[str]:
    """Count a batch's mentions into the evidence tables; returns the entity keys it touches."""
    forms: Counter[tuple[str, str]] = Counter()
    docs: defaultdict[str, set[str]] = defaultdict(set)
    for row in mentions:
        doc, key, text = str(row[0]), str(row[1]), str(row[4])
        forms[(key, text)] += 1
        docs[key].add(doc)
    cur.executemany(
        "INSERT INTO resolve_forms VALUES (?, ?, ?) ON CONFLICT(key, text) DO UPDATE SET n = n + excluded.n",
        [(key, text, n) for (key, text), n in forms.items()],
    )
    cur.executemany(
        "INSERT INTO resolve_entities VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET documents = documents + excluded.documents",
        [(key, len(found)) for key, found in docs.items()],
    )
    tokens = {
        (token, key) for (key, text) in forms if kinds.get(key) == "person" for token in name_tokens(text)
    }
    tokens |= {
        (token, key)
        for (key, text) in forms
        if kinds.get(key) == "organization"
        for token in organization_tokens(text)
    }
    tokens |= _label_tokens(cur, sorted({key for key in docs if kinds.get(key) == "person"}))
    cur.executemany("INSERT OR IGNORE INTO resolve_tokens VALUES (?, ?)", sorted(_named_keys(tokens)))
    return set(docs)


def _named_keys(tokens: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The tokens of the keys one document marked with sides ("person:x@irl+p") given to the
    name's own key too, which holds no mention of its own and is where the marked keys meet."""
    return tokens | {(t, key.partition(SIDE_MARK)[0]) for t, key in tokens if SIDE_MARK in key}


def _label_tokens(cur: sqlite3.Cursor, keys: Sequence[str]) -> set[tuple[str, str]]:
    """The family name of each person's label, as a token: "Sandra Howard", written "Sandra" only,
    shares "howard" with "Mrs Howard" and "Michael Howard" however her mentions read."""
    found: set[tuple[str, str]] = set()
    for chunk in _chunks(keys):
        for key, label in cur.execute(
            f"SELECT key, label FROM entities WHERE key IN ({_marks(chunk)})", chunk
        ):
            words = str(label).split()
            if len(words) > 1:
                found.update((t, str(key)) for t in name_tokens(words[-1]) if not t.startswith("#"))
    return found


def _kinds(cur: sqlite3.Cursor, keys: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in _chunks(keys):
        found.update(cur.execute(f"SELECT key, kind FROM entities WHERE key IN ({_marks(chunk)})", chunk))
    return found


def _inputs(cur: sqlite3.Cursor, keys: Sequence[str]) -> dict[str, EntityInput]:
    forms: defaultdict[str, dict[str, int]] = defaultdict(dict)
    docs: dict[str, int] = {}
    periods: dict[str, tuple[str, str]] = {}
    ennobled: set[str] = set()
    titled: set[str] = set()
    offices: defaultdict[str, set[str]] = defaultdict(set)
    affiliations: defaultdict[str, list[tuple[str, str | None]]] = defaultdict(list)
    claimed: defaultdict[str, list[str]] = defaultdict(list)
    rows: list[tuple[str, str, str, str | None]] = []
    for chunk in _chunks(keys):
        marks = _marks(chunk)
        got = list(cur.execute(f"SELECT key, kind, label, iso3 FROM entities WHERE key IN ({marks})", chunk))
        rows.extend(got)
        for key, text, n in cur.execute(
            f"SELECT key, text, n FROM resolve_forms WHERE key IN ({marks})", chunk
        ):
            forms[key][text] = n
        docs.update(cur.execute(f"SELECT key, documents FROM resolve_entities WHERE key IN ({marks})", chunk))
        periods.update(
            (str(key), (str(first), str(last)))
            for key, first, last in cur.execute(
                "SELECT m.entity, min(substr(d.date, 1, 10)), max(substr(d.date, 1, 10)) FROM mentions m"
                f" JOIN documents d ON d.id = m.doc_id WHERE m.entity IN ({marks}) AND d.date IS NOT NULL"
                " AND d.date != '' AND m.entity IN (SELECT key FROM entities WHERE kind = 'person')"
                " GROUP BY m.entity",
                chunk,
            )
        )
        for source, role in cur.execute(
            f"SELECT source, role FROM relations WHERE source IN ({marks}) AND role IS NOT NULL"
            f" UNION SELECT entity, role FROM claims WHERE entity IN ({marks}) AND role IS NOT NULL",
            [*chunk, *chunk],
        ):
            if peer_role(role):
                ennobled.add(str(source))
            if present_office(role):
                titled.add(str(source))
            offices[str(source)].add(str(role).casefold())
        persons = [str(r[0]) for r in got if r[1] == "person"]
        if persons:
            pm = _marks(persons)
            for source, target, role in cur.execute(
                f"SELECT source, target, role FROM relations WHERE source IN ({pm}) AND relation = ?",
                [*persons, AFFILIATED],
            ):
                affiliations[str(source)].append((str(target), role))
            for entity, role in cur.execute(
                f"SELECT entity, role FROM claims WHERE entity IN ({pm}) AND role IS NOT NULL", persons
            ):
                claimed[str(entity)].append(str(role))
    return {
        key: EntityInput(
            key,
            kind,
            label,
            iso3,
            forms.get(key, {}),
            docs.get(key, 0),
            key in ennobled,
            periods.get(key),
            key in titled,
            frozenset(offices.get(key, ())),
            affiliation_sides(affiliations.get(key, ()), claimed.get(key, ())),
        )
        for key, kind, label, iso3 in rows
    }


def _merged_documents(cur: sqlite3.Cursor, members: list[str]) -> int:
    marks = _marks(members)
    row = cur.execute(f"SELECT count(DISTINCT doc_id) FROM mentions WHERE entity IN ({marks})", members)
    return int(row.fetchone()[0])


# -- decisions ----------------------------------------------------------------------------------


def _closure(cur: sqlite3.Cursor, touched: set[str], kinds: dict[str, str]) -> set[str]:
    """The keys whose decisions a batch touching ``touched`` may change: the touched keys, every
    person sharing a first or last word with a touched person, and the members of their nodes."""
    keys = set(touched)
    persons = sorted(k for k in touched if kinds.get(k) == "person")
    tokens: set[str] = set()
    for chunk in _chunks(persons):
        tokens.update(
            r[0]
            for r in cur.execute(f"SELECT token FROM resolve_tokens WHERE key IN ({_marks(chunk)})", chunk)
        )
    # An organization named like a person's family name (names.merge_kinds) - both ways.
    keys.update(f"organization:{slug(t)}" for t in tokens if not t.startswith("~"))
    tokens.update(k.partition(":")[2] for k in touched if k.startswith("organization:") and "-" not in k)
    # One company's names with and without a suffix, or by its acronym (resolve.merge_companies).
    organizations = sorted(k for k in touched if kinds.get(k) == "organization")
    for chunk in _chunks(organizations):
        tokens.update(
            r[0]
            for r in cur.execute(f"SELECT token FROM resolve_tokens WHERE key IN ({_marks(chunk)})", chunk)
            if r[0].startswith("#")
        )
    # A place's name opening a person's ("Manchester Gorton": resolve_kinds) - both ways.
    tokens.update(k.partition(":")[2] for k in touched if k.startswith("location:") and "-" not in k)
    keys.update(f"location:{k.partition(':')[2].partition('-')[0]}" for k in persons)
    for chunk in _chunks(sorted(tokens)):
        keys.update(
            r[0]
            for r in cur.execute(f"SELECT key FROM resolve_tokens WHERE token IN ({_marks(chunk)})", chunk)
        )
    # One name typed as a person here and a place or organization there (names.merge_kinds).
    same_name = sorted(
        {
            f"{kind}:{k.partition(':')[2]}"
            for k in keys
            for kind in CROSS_KINDS
            if k.partition(":")[0] in CROSS_KINDS
        }
        - keys
    )
    for chunk in _chunks(same_name):
        keys.update(
            r[0] for r in cur.execute(f"SELECT key FROM entities WHERE key IN ({_marks(chunk)})", chunk)
        )
    return keys


def _node_values(row: NodeRow) -> tuple[object, ...]:
    return (
        row.key,
        row.kind,
        row.label,
        row.iso3,
        json.dumps(list(row.aliases), ensure_ascii=False),
        row.mentions,
        row.documents,
    )


def update(cur: sqlite3.Cursor, rows: BatchRows) -> set[str]:
    """Bring the resolution up to date after a batch wrote ``rows`` (``graph.build.Rows``): only
    the entities the batch touches and those their decisions depend on are resolved again, and
    the offices of the nodes they belong to. Returns the entity keys whose node changed (new
    keys included): the events naming them may group differently now (``resolve.events``)."""
    if not current(cur):
        rebuild(cur)
        return set()
    touched = {str(row[1]) for row in rows.mentions} | {str(row[0]) for row in rows.entities}
    touched |= {str(row[0]) for row in rows.claims}
    kinds = _kinds(cur, sorted(touched))
    _add_evidence(cur, rows.mentions, kinds)
    keys = _closure(cur, touched, kinds)
    # The decisions of ``keys`` rest on the names sharing a word with them ("James Callaghan"
    # touched through "James" is "Jim Callaghan"'s): decide over those too, store only ``keys``'.
    context = _closure(cur, keys, _kinds(cur, sorted(keys)))
    moved: set[str] = set()
    derive_for(cur, resolve_keys(cur, keys, context, moved))
    return moved


def resolve_keys(
    cur: sqlite3.Cursor, keys: set[str], context: set[str] | None = None, moved: set[str] | None = None
) -> set[str]:
    """Decide again for ``keys`` (a closed set: see :func:`_closure`), with the names of
    ``context`` (a superset) in view, and store the decisions of ``keys``: their map entries,
    and the rows of every node they were or are now part of (a node left with no members
    loses its row). ``moved``, when given, receives the keys whose node is not the one the
    map held (or that it did not hold)."""
    entities = _inputs(cur, sorted(keys | (context or set())))
    reasons: dict[str, str] = {}
    remap, labels, kinds = decide(entities, reasons)
    remap = {k: v for k, v in remap.items() if k in keys}
    ordered = sorted(k for k in entities if k in keys)
    # Rows are written only where a decision changed: a batch decides again for most of the
    # store (names share first names) but changes little, and every node row written has its
    # names indexed again (graph/nodes.py).
    merges = {key: (key, remap[key], reasons.get(key, "")) for key in ordered if key in remap}
    _write_changed(cur, "resolve_merges", ordered, merges)
    before: dict[str, str] = {}
    for chunk in _chunks(ordered):
        before.update(
            cur.execute(f"SELECT key, canonical FROM entity_map WHERE key IN ({_marks(chunk)})", chunk)
        )
    old = set(before.values())
    if moved is not None:
        moved.update(key for key in ordered if before.get(key) != remap.get(key, key))
    cur.executemany(
        "INSERT INTO entity_map VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET canonical = excluded.canonical",
        [(key, node) for key in ordered if before.get(key) != (node := remap.get(key, key))],
    )
    affected = sorted(old | {remap.get(k, k) for k in ordered})
    canonical: dict[str, str] = {}
    for chunk in _chunks(affected):
        canonical.update(
            cur.execute(f"SELECT key, canonical FROM entity_map WHERE canonical IN ({_marks(chunk)})", chunk)
        )
    extra = sorted(set(canonical) - set(entities))
    if extra:  # members outside the set keep their decisions; their node needs their forms
        more = _inputs(cur, extra)
        entities = {**entities, **more}
        _remap, more_labels, more_kinds = decide({k: more[k] for k in more if canonical[k] == k})
        labels.update(more_labels)
        kinds.update(more_kinds)
    members = {key: entities[key] for key in canonical if key in entities}
    rows = node_rows(
        members,
        {k: v for k, v in canonical.items() if k != v},
        labels,
        kinds,
        lambda _node, keys: _merged_documents(cur, keys),
    )
    _write_changed(cur, "nodes", affected, {key: _node_values(row) for key, row in rows.items()})
    return set(affected)


def _write_changed(
    cur: sqlite3.Cursor, table: str, keys: Sequence[str], rows: Mapping[str, tuple[object, ...]]
) -> None:
    """Make the rows of ``table`` whose key (first column) is one of ``keys`` the ``rows`` given
    (key -> row): rows that are no more or differ are deleted, rows new or different inserted;
    rows already as given are not written."""
    stored: dict[str, tuple[object, ...]] = {}
    for chunk in _chunks(keys):
        stored.update(
            (row[0], tuple(row))
            for row in cur.execute(f"SELECT * FROM {table} WHERE key IN ({_marks(chunk)})", chunk)
        )
    gone = sorted(key for key, row in stored.items() if rows.get(key) != row)
    for chunk in _chunks(gone):
        cur.execute(f"DELETE FROM {table} WHERE key IN ({_marks(chunk)})", chunk)
    fresh = [row for key, row in rows.items() if stored.get(key) != row]
    if fresh:
        cur.executemany(f"INSERT INTO {table} VALUES ({_marks(fresh[0])})", fresh)


def derive_for(cur: sqlite3.Cursor, nodes: set[str]) -> None:
    """Decide again the offices claimed by the members of ``nodes`` (see ``resolve.offices``)."""
    ordered = sorted(nodes)
    canonical: dict[str, str] = {}
    for chunk in _chunks(ordered):
        canonical.update(
            cur.execute(f"SELECT key, canonical FROM entity_map WHERE canonical IN ({_marks(chunk)})", chunk)
        )
    members = sorted(canonical)
    claims: list[Claim] = []
    old_targets: set[str] = set()
    for chunk in _chunks(members):
        marks = _marks(chunk)
        old_targets.update(
            r[0]
            for r in cur.execute(f"SELECT target FROM derived_relations WHERE source IN ({marks})", chunk)
        )
        cur.execute(f"DELETE FROM derived_relations WHERE source IN ({marks})", chunk)
        claims.extend(
            Claim(*row)
            for row in cur.execute(
                "SELECT c.entity, c.role, c.doc_id, c.sentence_start, c.sentence_end, c.home, d.date "
                f"FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.entity IN ({marks})",
                chunk,
            )
        )
    claimants = sorted({c.entity for c in claims})
    if claimants:
        _derive_claims(cur, claims, claimants, canonical, members)
    _derive_known(cur, canonical, {canonical[c] for c in claimants})
    _derive_companies(cur, canonical)
    _drop_holder_nodes(cur, old_targets)


def _members(canonical: dict[str, str]) -> defaultdict[str, list[str]]:
    """Each node's entity keys."""
    members: defaultdict[str, list[str]] = defaultdict(list)
    for key, node in canonical.items():
        members[node].append(key)
    return members


def _rows_of_kind(cur: sqlite3.Cursor, nodes: Sequence[str], kind: str) -> list[NodeRow]:
    """The rows of those nodes that are of ``kind``."""
    rows: list[NodeRow] = []
    for chunk in _chunks(nodes):
        rows.extend(
            _node_row(r)
            for r in cur.execute(
                f"SELECT * FROM nodes WHERE key IN ({_marks(chunk)}) AND kind = ?", (*chunk, kind)
            )
        )
    return rows


def _derive_known(cur: sqlite3.Cursor, canonical: dict[str, str], claimed: set[str]) -> None:
    """Persons named with no office and no affiliation in the whole store whom the knowledge base
    knows: the state all their roles are of (``resolve.offices.known_state``)."""
    rows = _rows_of_kind(cur, sorted(set(canonical.values()) - claimed), "person")
    members = _members(canonical)
    found: list[tuple[object, ...]] = []
    for row in rows:
        keys = sorted(members[row.key])
        marks = _marks(keys)

        def named(state: str, keys: list[str] = keys, marks: str = marks) -> bool:
            return (
                cur.execute(
                    # the state, or a party or body part_of it ("Labour's majority")
                    "SELECT 1 FROM mentions WHERE (entity = ? OR entity IN (SELECT source FROM "
                    "relations WHERE relation = 'part_of' AND target = ?)) AND doc_id IN "
                    f"(SELECT doc_id FROM mentions WHERE entity IN ({marks})) LIMIT 1",
                    [state, state, *keys],
                ).fetchone()
                is not None
            )

        latest = cur.execute(
            "SELECT max(substr(d.date, 1, 10)) FROM documents d WHERE d.date IS NOT NULL AND d.date != '' "
            f"AND d.id IN (SELECT doc_id FROM mentions WHERE entity IN ({marks}))",
            keys,
        ).fetchone()
        state = known_state(row, named, latest[0] if latest else None)
        if state is None:
            continue
        if cur.execute(
            f"SELECT 1 FROM relations WHERE source IN ({marks}) AND relation = 'affiliated_with' LIMIT 1",
            keys,
        ).fetchone():
            continue  # the text names whom the person serves ("EU commissioner X"): it wins
        first = cur.execute(
            "SELECT entity, doc_id, sentence_start, sentence_end FROM mentions "
            f"WHERE entity IN ({marks}) ORDER BY doc_id, start_char LIMIT 1",
            keys,
        ).fetchone()
        if first is not None:
            found.append((first[0], state, AFFILIATED, None, first[1], first[2], first[3], "knowledge"))
    cur.executemany("INSERT INTO derived_relations VALUES (?, ?, ?, ?, ?, ?, ?, ?)", found)
    _add_holder_nodes(cur, {str(f[1]) for f in found})


def _derive_companies(cur: sqlite3.Cursor, canonical: dict[str, str]) -> None:
    """Organizations named like a listed company that no document gives a state: the company's
    state (``resolve.companies``, basis ``knowledge``)."""
    from . import companies

    members = _members(canonical)
    rows = _rows_of_kind(cur, sorted(members), "organization")
    found: list[tuple[object, ...]] = []
    for row in rows:
        forms = [row.label, *(a for a in row.aliases if a != row.label)]
        if not any(companies.listed_state(form)[0] for form in forms):
            continue
        keys = sorted(members[row.key])
        marks = _marks(keys)
        stated = cur.execute(
            f"SELECT 1 FROM relations WHERE source IN ({marks}) AND relation = 'part_of' "
            "AND target LIKE 'state:%' UNION ALL "
            f"SELECT 1 FROM derived_relations WHERE source IN ({marks}) AND relation = 'part_of' "
            "AND target LIKE 'state:%' LIMIT 1",
            keys + keys,
        ).fetchone()
        if stated:
            continue  # the text gives the organization its state: it wins

        def is_placed(form: str, keys: list[str] = keys, marks: str = marks) -> bool:
            return any(
                companies.placed(prefix)
                for (prefix,) in cur.execute(
                    "SELECT substr(d.text, m.sentence_start + 1, m.start_char - m.sentence_start) "
                    f"FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity IN ({marks}) "
                    "AND m.text = ? AND m.start_char > m.sentence_start",
                    [*keys, form],
                )
            )

        state = companies.company_state(forms, is_placed)
        if state is None:
            continue
        if (
            companies.one_word(forms, state)
            and not cur.execute(
                "SELECT 1 FROM mentions WHERE entity = ? AND doc_id IN "
                f"(SELECT doc_id FROM mentions WHERE entity IN ({marks})) LIMIT 1",
                [state, *keys],
            ).fetchone()
        ):
            continue  # a one-word name: the state must be named where the company is
        first = cur.execute(
            "SELECT entity, doc_id, sentence_start, sentence_end FROM mentions "
            f"WHERE entity IN ({marks}) ORDER BY doc_id, start_char LIMIT 1",
            keys,
        ).fetchone()
        if first is not None:
            found.append(
                (first[0], state, companies.PART_OF, None, first[1], first[2], first[3], "knowledge")
            )
    cur.executemany("INSERT INTO derived_relations VALUES (?, ?, ?, ?, ?, ?, ?, ?)", found)
    _add_holder_nodes(cur, {str(f[1]) for f in found})


def _drop_holder_nodes(cur: sqlite3.Cursor, keys: set[str]) -> None:
    """Node rows of holders no document names and no derived relation points at any more."""
    for chunk in _chunks(sorted(keys)):
        cur.execute(
            f"DELETE FROM nodes WHERE key IN ({_marks(chunk)}) "
            "AND key NOT IN (SELECT canonical FROM entity_map) "
            "AND key NOT IN (SELECT target FROM derived_relations)",
            chunk,
        )


def _derive_claims(
    cur: sqlite3.Cursor,
    claims: list[Claim],
    claimants: list[str],
    canonical: dict[str, str],
    members: list[str],
) -> None:
    relations: list[tuple[str, str, str, str | None]] = []
    rows: dict[str, NodeRow] = {}
    for chunk in _chunks(sorted({canonical[k] for k in claimants})):
        for row in cur.execute(f"SELECT * FROM nodes WHERE key IN ({_marks(chunk)})", chunk):
            rows[row[0]] = _node_row(row)
    sources = sorted({k for k in members if canonical[k] in rows})
    for chunk in _chunks(sources):
        relations.extend(
            cur.execute(
                "SELECT source, target, relation, role FROM relations "
                f"WHERE source IN ({_marks(chunk)}) AND relation IN ('affiliated_with', 'part_of')",
                chunk,
            )
        )
    targets = sorted({r[1] for r in relations})
    for chunk in _chunks(targets):
        canonical.update(
            cur.execute(f"SELECT key, canonical FROM entity_map WHERE key IN ({_marks(chunk)})", chunk)
        )

    def named(doc_id: str, state: str) -> bool:
        return (
            cur.execute(
                # the state, or a party or body part_of it ("Labour's majority")
                "SELECT 1 FROM mentions WHERE (entity = ? OR entity IN (SELECT source FROM "
                "relations WHERE relation = 'part_of' AND target = ?)) AND doc_id = ? LIMIT 1",
                [state, state, doc_id],
            ).fetchone()
            is not None
        )

    found = derive(claims, canonical, rows, relations, named)
    cur.executemany(
        "INSERT INTO derived_relations VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (d.source, d.target, d.relation, d.role, d.doc_id, d.sentence_start, d.sentence_end, d.basis)
            for d in found
        ],
    )
    _add_holder_nodes(cur, {d.target for d in found})


def _add_holder_nodes(cur: sqlite3.Cursor, targets: set[str]) -> None:
    """Node rows for holders no document named (a state known from the knowledge base)."""
    ordered = sorted(targets)
    known: set[str] = set()
    for chunk in _chunks(ordered):
        known.update(
            r[0] for r in cur.execute(f"SELECT key FROM nodes WHERE key IN ({_marks(chunk)})", chunk)
        )
    rows = [row for key in ordered if key not in known and (row := holder_node(key)) is not None]
    cur.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?)", [_node_values(r) for r in rows])


def _node_row(row: Sequence[Any]) -> NodeRow:
    return NodeRow(row[0], row[1], row[2], row[3], tuple(json.loads(row[4] or "[]")), row[5], row[6])


def rebuild(cur: sqlite3.Cursor) -> None:
    """Resolve the whole store from its facts (a new store, or one resolved by another version)."""
    create(cur)
    for table in TABLES:
        cur.execute(f"DELETE FROM {table}")
    cur.execute(
        "INSERT INTO resolve_forms SELECT entity, text, count(*) FROM mentions NOT INDEXED "
        "GROUP BY entity, text"
    )
    cur.execute(
        "INSERT INTO resolve_entities SELECT entity, count(DISTINCT doc_id) FROM mentions GROUP BY entity"
    )
    tokens = {
        (token, key)
        for key, text, kind in cur.execute(
            "SELECT f.key, f.text, e.kind FROM resolve_forms f JOIN entities e ON e.key = f.key "
            "WHERE e.kind IN ('person', 'organization')"
        ).fetchall()
        for token in (name_tokens(text) if kind == "person" else organization_tokens(text))
    }
    persons = sorted(r[0] for r in cur.execute("SELECT key FROM entities WHERE kind = 'person'"))
    tokens |= _label_tokens(cur, persons)
    cur.executemany("INSERT OR IGNORE INTO resolve_tokens VALUES (?, ?)", sorted(_named_keys(tokens)))
    keys = {r[0] for r in cur.execute("SELECT key FROM entities")}
    derive_for(cur, resolve_keys(cur, keys))
    cur.execute(
        "INSERT INTO newsgraph_state VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (VERSION_NAME, RESOLVER_VERSION),
    )


def read(db: sqlite3.Connection | sqlite3.Cursor) -> Resolution | None:
    """The stored resolution (None when the store has none of this version: resolve in memory)."""
    if not current(db):
        return None
    canonical = {
        key: node for key, node in db.execute("SELECT key, canonical FROM entity_map") if key != node
    }
    nodes = {row[0]: _node_row(row) for row in db.execute("SELECT * FROM nodes")}
    derived = tuple(DerivedRelation(*row) for row in db.execute("SELECT * FROM derived_relations"))
    basis = dict(db.execute("SELECT key, basis FROM resolve_merges"))
    return Resolution(canonical, nodes, derived, basis)
