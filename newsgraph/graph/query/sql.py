"""The questions answered from the store: each reads what it needs through the indexes.

A question about one entity reads that entity's rows (its relations, its event arguments, the
events and the few node rows it names) and nothing else, so it costs about the same on a store of
a million edges as on one of ten thousand. Names are looked up in ``node_names`` and node
labels and counts read from ``nodes`` (see :mod:`newsgraph.graph.nodes`); a key another key
was merged into (``entity_map``) answers for both.

The answers are those of :mod:`.memory` on the graph :meth:`Store.load_graph` builds, row for
row (a test table runs every question against both). Each public method reads in one snapshot.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import networkx as nx

from newsgraph.graph import build as b
from newsgraph.graph.dyads import Membership
from newsgraph.graph.query import search
from newsgraph.graph.query.rows import (
    Candidate,
    EntityRow,
    EventRow,
    EvidenceRow,
    Hop,
    Page,
    RelationRow,
    cameo_ok,
    choose,
    event_order,
    first,
    suggestions,
    within,
)
from newsgraph.model import Kind

EVENT = Kind.EVENT.value
CHUNK = 500  # parameters per IN (...) list
Sentence = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class NodeRow:
    kind: str
    label: str
    iso3: str | None
    aliases: list[str]
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class EventData:
    key: str
    doc: str
    cameo: str
    event_type: str
    trigger: str
    negated: bool
    modality: str
    date: str | None
    sentence: Sentence
    participants: dict[str, list[str]]  # role -> nodes
    label: str
    named: dict[tuple[str, str], dict[str, str]]  # (node, role) -> sector and mention
    reports: tuple[Sentence, ...] = ()  # the sentences of the other reports of the event (event_map)
    source: str | None = None  # the file, site or feed of its document, as given

    @property
    def sentences(self) -> list[Sentence]:
        """Every report's sentence, in order (one for an event reported once)."""
        return sorted({self.sentence, *self.reports}) if self.reports else [self.sentence]

    @property
    def documents(self) -> list[str]:
        return sorted({s[0] for s in self.sentences})


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class SqlQueries:
    """:class:`~newsgraph.graph.query.rows.Queries` answered from a store's connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        self._relations = ["relations"] + (["derived_relations"] if "derived_relations" in tables else [])
        columns = {row[1] for row in db.execute("PRAGMA table_info(event_arguments)")}
        self._details = "sector, mention" if {"sector", "mention"} <= columns else "NULL, NULL"
        self._texts: dict[str, str] = {}
        self._merged: bool | None = None
        self._event_map: dict[str, str] | None = None
        self._depth = 0

    # -- plumbing ----------------------------------------------------------------------------------
    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """One read transaction around a question, so a concurrent ingest shows all or nothing."""
        outer = self._depth == 0 and not self.db.in_transaction
        if outer:
            self.db.execute("BEGIN")
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if outer:
                self.db.execute("COMMIT")

    def _in(self, sql: str, values: Iterable[Any], *extra: Any) -> Iterator[Any]:
        """Rows of ``sql`` whose ``{}`` is an IN list, over ``values`` in chunks."""
        items = list(dict.fromkeys(values))
        for chunk in _chunks(items):
            yield from self.db.execute(sql.format(",".join("?" * len(chunk))), (*chunk, *extra))

    def _text(self, doc: str) -> str:
        found = self._texts.get(doc)
        if found is None:
            row = self.db.execute("SELECT text FROM documents WHERE id = ?", (doc,)).fetchone()
            found = self._texts[doc] = row[0] if row else ""
        return found

    def _evidence(self, sentence: Sentence) -> dict[str, Any]:
        doc, start, end = sentence
        return {"doc": doc, "start": start, "end": end, "text": self._text(doc)[start:end]}

    def _evidence_list(self, sentences: Collection[Sentence]) -> list[dict[str, Any]]:
        return [self._evidence(s) for s in sorted(sentences)[: b.MAX_EVIDENCE]]

    @staticmethod
    def _rows(items: Iterable[dict[str, Any]]) -> tuple[EvidenceRow, ...]:
        return tuple(EvidenceRow(e["doc"], e["start"], e["end"], e["text"]) for e in items)

    # -- keys and nodes ----------------------------------------------------------------------------
    @property
    def merged(self) -> bool:
        """Whether any entity key belongs to another node (else every key is its own node)."""
        if self._merged is None:
            row = self.db.execute("SELECT 1 FROM entity_map WHERE key != canonical LIMIT 1").fetchone()
            self._merged = row is not None
        return self._merged

    def _keys(self, nodes: Iterable[str]) -> dict[str, str]:
        """Every entity key of these nodes -> its node."""
        nodes = list(nodes)
        if not self.merged:
            return {n: n for n in nodes}
        return dict(self._in("SELECT key, canonical FROM entity_map WHERE canonical IN ({})", nodes))

    def _canonical(self, keys: Iterable[str]) -> dict[str, str]:
        """Each entity key -> its node."""
        keys = list(keys)
        found = {k: k for k in keys}
        if self.merged:
            found.update(self._in("SELECT key, canonical FROM entity_map WHERE key IN ({})", keys))
        return found

    def _nodes(self, nodes: Iterable[str]) -> dict[str, NodeRow]:
        return {
            key: NodeRow(kind, label, iso3, json.loads(aliases) if aliases else [], mentions, documents)
            for key, kind, label, iso3, aliases, mentions, documents in self._in(
                "SELECT * FROM nodes WHERE key IN ({})", nodes
            )
        }

    def _labels(self, nodes: Iterable[str]) -> dict[str, tuple[str, str]]:
        """(label, kind) of entity nodes and events; a node without a row is named by its id."""
        nodes = list(nodes)
        found = {k: (row.label, row.kind) for k, row in self._nodes(nodes).items()}
        events = [n for n in nodes if n not in found]
        for key, data in self._events(events).items():
            found[key] = (data.label, EVENT)
        return found

    def label(self, node: str) -> str:
        with self._snapshot():
            return self._labels([node]).get(node, (node, ""))[0]

    def _is_event(self, key: str) -> bool:
        if key in self._reports():
            return False  # a report of an event reported before is no node
        return self.db.execute("SELECT 1 FROM events WHERE key = ?", (key,)).fetchone() is not None

    # -- names -------------------------------------------------------------------------------------
    def _holders(self, how: int, text: str) -> list[Candidate]:
        return [
            (key, kind, label, mentions)
            for key, kind, label, mentions in self.db.execute(
                "SELECT n.key, n.kind, n.label, n.mentions FROM node_names x JOIN nodes n ON n.key = x.node "
                "WHERE x.name = ? AND x.how = ?",
                (text, how),
            )
        ]

    def _suggest(self, key: str, kinds: set[str] | None) -> list[str]:
        labels: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for name, node, label, kind in self.db.execute(
            "SELECT x.name, n.key, n.label, n.kind FROM node_names x JOIN nodes n ON n.key = x.node "
            "WHERE x.how = 1"
        ):
            if (kinds is None and kind != EVENT) or (kinds is not None and kind in kinds):
                labels[name].append((node, label, kind))
        return suggestions(key, labels)

    def find(self, name: str, kinds: Iterable[str] | None = None) -> str:
        with self._snapshot():
            return choose(name, kinds, self._holders, self._is_event, self._suggest)

    def entities(self, kind: str | None = None, limit: int | None = None) -> list[EntityRow]:
        sql = "SELECT key, label, kind, mentions, documents, aliases FROM nodes WHERE kind != 'event'"
        args: list[Any] = []
        if kind is not None:
            sql += " AND kind = ?"
            args.append(str(kind))
        sql += " ORDER BY mentions DESC, label, key"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(max(0, limit))
        with self._snapshot():
            return [
                EntityRow(key, label, kind_, mentions, documents, tuple(json.loads(aliases or "[]")))
                for key, label, kind_, mentions, documents, aliases in self.db.execute(sql, args)
            ]

    def counts(self) -> dict[str, int]:
        """What the graph holds, counted in the store: nodes per kind, ``entities``, ``events``,
        ``relations`` (edges between entities), ``arguments`` (edges between an event and a
        participant) and ``edges`` (see ``KnowledgeGraph.graph_counts``)."""
        with self._snapshot():
            found: dict[str, int] = dict.fromkeys((k.value for k in Kind), 0)
            found.update(self.db.execute("SELECT kind, count(*) FROM nodes GROUP BY kind"))
            found["entities"] = sum(n for kind, n in found.items() if kind != EVENT)
            reports = self._reports()  # reports of an event reported before are that event
            found[EVENT] = self.db.execute("SELECT count(*) FROM events").fetchone()[0] - len(reports)
            arguments = (
                {
                    (reports.get(event, event), entity, role)
                    for event, entity, role in self.db.execute(
                        "SELECT DISTINCT a.event, coalesce(m.canonical, a.entity), a.role "
                        "FROM event_arguments a LEFT JOIN entity_map m ON m.key = a.entity"
                    )
                }
                if reports
                else None
            )
            found["arguments"] = (
                len(arguments)
                if arguments is not None
                else self.db.execute(
                    "SELECT count(*) FROM (SELECT DISTINCT a.event, coalesce(m.canonical, a.entity), a.role "
                    "FROM event_arguments a LEFT JOIN entity_map m ON m.key = a.entity)"
                ).fetchone()[0]
            )
            union = " UNION ALL ".join(
                f"SELECT source, target, relation, role FROM {t}" for t in self._relations
            )
            found["relations"] = self.db.execute(
                "SELECT count(*) FROM (SELECT DISTINCT coalesce(s.canonical, r.source), "
                f"coalesce(t.canonical, r.target), r.relation, r.role FROM ({union}) r "
                "LEFT JOIN entity_map s ON s.key = r.source LEFT JOIN entity_map t ON t.key = r.target)"
            ).fetchone()[0]
            found["edges"] = found["relations"] + found["arguments"]
            return found

    # -- events ------------------------------------------------------------------------------------
    def _events(self, keys: Iterable[str]) -> dict[str, EventData]:
        """The events of these keys with their participants and the label the graph gives them."""
        rows = list(
            self._in(
                "SELECT e.key, e.doc_id, e.cameo, e.event_type, e.trigger, e.negated, e.modality, e.date, "
                "e.sentence_start, e.sentence_end, d.source FROM events e "
                "LEFT JOIN documents d ON d.id = e.doc_id WHERE e.key IN ({})",
                keys,
            )
        )
        if not rows:
            return {}
        # Other reports of these events (event_map): their sentences and participants are the event's.
        wanted = {r[0] for r in rows}
        into = {m: c for m, c in self._reports().items() if c in wanted}
        reports: defaultdict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
        for key, doc, start, end in self._in(
            "SELECT key, doc_id, sentence_start, sentence_end FROM events WHERE key IN ({})", into
        ):
            reports[into[key]].append((key, doc, start, end))
        arguments = list(
            self._in(
                f"SELECT event, entity, role, {self._details} FROM event_arguments WHERE event IN ({{}})",
                [r[0] for r in rows] + list(into),
            )
        )
        canonical = self._canonical({row[1] for row in arguments})
        roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: {r: set() for r in b.EVENT_ROLES})
        named: defaultdict[str, dict[tuple[str, str], dict[str, str]]] = defaultdict(dict)
        for report, entity, role, sector, mention in arguments:
            event = into.get(report, report)
            node = canonical[entity]
            roles[event][role].add(node)
            if sector or mention:  # two keys merged into one participant: the smaller of each
                extra = named[event].setdefault((node, role), {})
                for name, value in ((b.SECTOR, sector), (b.MENTION, mention)):
                    if value and (name not in extra or value < extra[name]):
                        extra[name] = value
        labels = {k: row.label for k, row in self._nodes(set(canonical.values())).items()}
        out = {}
        for key, doc, cameo, event_type, trigger, negated, modality, date, start, end, source in rows:
            found = {role: sorted(members) for role, members in roles[key].items()}
            label = b._event_label(event_type, found["agent"], found["target"], labels)
            others = sorted(reports.get(key, ()))
            out[key] = EventData(
                key,
                doc,
                cameo,
                event_type,
                trigger,
                bool(negated),
                modality,
                date or None,
                (doc, start, end),
                found,
                label,
                named.get(key, {}),
                tuple((r[1], r[2], r[3]) for r in others),
                source or None,
            )
        return out

    def _reports(self) -> dict[str, str]:
        """Reports of one event in several documents (``event_map``, see
        :mod:`newsgraph.resolve.events`): report key -> the canonical event, for the reports that
        are not the canonical one. Read once per question object; empty without the table."""
        if self._event_map is None:
            from newsgraph.resolve import events as event_resolution

            self._event_map = event_resolution.read(self.db)
        return self._event_map

    def _event_rows(self, pairs: Sequence[tuple[str, str | None]]) -> list[EventRow]:
        data = self._events([event for event, _role in pairs])
        labels = self._labels(
            {n for d in data.values() for members in d.participants.values() for n in members}
        )

        def names(d: EventData, role: str) -> tuple[str, ...]:
            return tuple(sorted(labels.get(n, (n, ""))[0] for n in d.participants[role]))

        out = []
        for event, role in pairs:
            d = data[event]
            out.append(
                EventRow(
                    id=event,
                    label=d.label,
                    cameo=str(d.cameo),
                    event_type=str(d.event_type),
                    trigger=str(d.trigger),
                    date=d.date,
                    negated=d.negated,
                    modality=str(d.modality),
                    doc=d.doc,
                    agents=names(d, "agent"),
                    targets=names(d, "target"),
                    locations=names(d, "location"),
                    evidence=self._rows([self._evidence(x) for x in d.sentences]),
                    role=role,
                )
            )
        return out

    def _roles(self, node: str) -> dict[tuple[str, str], tuple[str, str | None, str | None]]:
        """(event, role) -> (cameo, date, article date) for every event the node takes part in."""
        keys = list(self._keys([node])) or [node]
        found = {
            (event, role): (cameo, date, doc_date)
            for event, role, cameo, date, doc_date in self._in(
                "SELECT a.event, a.role, e.cameo, e.date, d.date FROM event_arguments a "
                "JOIN events e ON e.key = a.event LEFT JOIN documents d ON d.id = e.doc_id "
                "WHERE a.entity IN ({})",
                keys,
            )
        }
        reports = self._reports()
        if not reports or not any(event in reports for event, _role in found):
            return found
        # a report of an event reported before is that event: its canonical row
        canonical = {reports[event] for event, _role in found if event in reports}
        rows = {
            key: (cameo, date, doc_date)
            for key, cameo, date, doc_date in self._in(
                "SELECT e.key, e.cameo, e.date, d.date FROM events e "
                "LEFT JOIN documents d ON d.id = e.doc_id WHERE e.key IN ({})",
                canonical,
            )
        }
        out: dict[tuple[str, str], tuple[str, str | None, str | None]] = {}
        for (event, role), values in found.items():
            into = reports.get(event, event)
            out[(into, role)] = rows.get(into, values) if into != event else values
        return out

    def _kept(
        self, events: Collection[str], sector: str | None, asserted_only: bool, node: str | None = None
    ) -> set[tuple[str, str | None]] | set[str]:
        """Of ``events``, those that pass ``--asserted-only`` and ``--sector``: event keys, or
        with ``node`` the (event, role) pairs in which the node took part through the sector."""
        keep: set[str] = set(events)
        if asserted_only:
            keep = {
                r[0]
                for r in self._in(
                    "SELECT key FROM events WHERE key IN ({}) AND modality = 'asserted' AND negated = 0", keep
                )
            }
        if sector is None:
            return keep
        if self._details.startswith("NULL"):
            return set()  # a store from before sectors: no edge has one
        if node is not None:
            keys = list(self._keys([node])) or [node]
            return {
                (event, role)
                for event, role in self._in(
                    "SELECT event, role FROM event_arguments WHERE entity IN ({}) AND sector = ?",
                    keys,
                    sector,
                )
                if event in keep
            }
        return {
            r[0]
            for r in self._in(
                "SELECT DISTINCT event FROM event_arguments WHERE event IN ({}) AND sector = ?", keep, sector
            )
        }

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
    ) -> Page[EventRow]:
        with self._snapshot():
            dated = [
                (event_order(date, doc_date), event, role)
                for (event, role), (code, date, doc_date) in self._roles(node).items()
                if cameo_ok(code, cameo) and within(date, doc_date, since, until)
            ]
            if sector is not None or asserted_only:
                kept = self._kept({event for _o, event, _r in dated}, sector, asserted_only, node)
                pair = sector is not None
                dated = [d for d in dated if ((d[1], d[2]) if pair else d[1]) in kept]
            shown = first(dated, limit)
            return Page(self._event_rows([(event, role) for _o, event, role in shown]), len(dated))

    def events_page(
        self,
        cameo: str | None = None,
        between: tuple[str, str] | None = None,
        limit: int | None = None,
        *,
        sector: str | None = None,
        asserted_only: bool = False,
    ) -> Page[EventRow]:
        with self._snapshot():
            if between is not None:
                first_, second = ({event for event, _role in self._roles(n)} for n in between)
                rows: Iterable[tuple[str, str, str | None, str | None]] = self._in(
                    "SELECT e.key, e.cameo, e.date, d.date FROM events e "
                    "LEFT JOIN documents d ON d.id = e.doc_id WHERE e.key IN ({})",
                    sorted(first_ & second),
                )
            else:
                rows = self.db.execute(
                    "SELECT e.key, e.cameo, e.date, d.date FROM events e "
                    "LEFT JOIN documents d ON d.id = e.doc_id"
                )
            reports = self._reports()
            dated = [
                (event_order(date, doc_date), event, None)
                for event, code, date, doc_date in rows
                if cameo_ok(code, cameo) and event not in reports
            ]
            if sector is not None or asserted_only:
                kept = self._kept({event for _o, event, _r in dated}, sector, asserted_only)
                dated = [d for d in dated if d[1] in kept]
            shown = first(dated, limit)
            return Page(self._event_rows([(event, None) for _o, event, _r in shown]), len(dated))

    # -- relations ---------------------------------------------------------------------------------
    def _relation_rows(self, keys: Collection[str], column: str) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        for table in self._relations:
            out.extend(
                self._in(
                    f"SELECT source, target, relation, role, doc_id, sentence_start, sentence_end "
                    f"FROM {table} WHERE {column} IN ({{}})",
                    keys,
                )
            )
        return out

    def _aggregate(
        self, rows: Iterable[tuple[Any, ...]]
    ) -> dict[tuple[str, str, str, str | None], set[Sentence]]:
        """Relation rows -> edges (source, target, relation, role) between nodes, with their sentences."""
        rows = list(rows)
        canonical = self._canonical({r[0] for r in rows} | {r[1] for r in rows})
        edges: dict[tuple[str, str, str, str | None], set[Sentence]] = defaultdict(set)
        for source, target, relation, role, doc, start, end in rows:
            edges[(canonical[source], canonical[target], relation, role)].add((doc, start, end))
        return edges

    def _edge(self, relation: str, role: str | None, found: set[Sentence]) -> dict[str, Any]:
        attrs: dict[str, Any] = {b.RELATION: relation}
        if role:
            attrs[b.ROLE] = role
        attrs[b.COUNT] = len(found)
        attrs[b.EVIDENCE] = self._evidence_list(found)
        attrs[b.DOCUMENTS] = sorted({s[0] for s in found})
        return attrs

    def relations_page(self, node: str, limit: int | None = None) -> Page[RelationRow]:
        with self._snapshot():
            keys = list(self._keys([node])) or [node]
            plain: list[tuple[Any, ...]] = []
            for direction, column in (("out", "source"), ("in", "target")):
                for (source, target, relation, role), found in self._aggregate(
                    self._relation_rows(keys, column)
                ).items():
                    if (source if direction == "out" else target) != node:
                        continue
                    other = target if direction == "out" else source
                    key = b.edge_id(source, target, relation, role)
                    plain.append((-len(found), relation, other, direction, key, role, found))
            others = self._labels({p[2] for p in plain})
            ordered = [
                (count, relation, others.get(other, (other, ""))[0], direction, other, key, role, found)
                for count, relation, other, direction, key, role, found in plain
            ]
            roles = self._roles(node)
            total = len(ordered) + len(roles)
            rows = [
                RelationRow(
                    relation=relation,
                    role=role,
                    direction=direction,
                    other=other,
                    other_label=label,
                    other_kind=others.get(other, (other, ""))[1],
                    count=-count,
                    evidence=self._rows(self._evidence_list(found)),
                )
                for count, relation, label, direction, other, _key, role, found in first(ordered, limit)
            ]
            rest = None if limit is None else limit - len(rows)
            if rest is None or rest > 0:
                me = self._labels([node]).get(node, (node, ""))[0]
                dated = [
                    (event_order(date, doc_date), event, role)
                    for (event, role), (_code, date, doc_date) in roles.items()
                ]
                shown = [(event, role) for _o, event, role in first(dated, rest)]
                for row in self._event_rows(shown):
                    role = row.role or ""
                    rows.append(
                        RelationRow(
                            relation=role,
                            role=None,
                            direction="out" if role == "agent" else "in",
                            other=row.id,
                            other_label=row.label,
                            other_kind=EVENT,
                            count=1,
                            evidence=row.evidence,
                            event=row,
                            counterparts=tuple(x for x in (*row.agents, *row.targets) if x != me),
                        )
                    )
            return Page(rows, total)

    # -- neighbourhoods and paths ------------------------------------------------------------------
    def _split(self, nodes: Iterable[str]) -> tuple[list[str], list[str]]:
        """(entity nodes, event nodes) of these ids; ids that are neither are left out."""
        nodes = list(nodes)
        entities = {row[0] for row in self._in("SELECT key FROM nodes WHERE key IN ({})", nodes)}
        events = {
            row[0]
            for row in self._in(
                "SELECT key FROM events WHERE key IN ({})", [n for n in nodes if n not in entities]
            )
        }
        events -= self._reports().keys()  # a report of an event reported before is no node
        return [n for n in nodes if n in entities], [n for n in nodes if n in events]

    def _neighbours(self, nodes: Collection[str]) -> dict[str, set[str]]:
        entities, events = self._split(nodes)
        around: dict[str, set[str]] = {n: set() for n in (*entities, *events)}
        keys = self._keys(entities)
        pairs: list[tuple[str, str]] = []
        for table in self._relations:
            pairs.extend(self._in(f"SELECT source, target FROM {table} WHERE source IN ({{}})", keys))
            pairs.extend(self._in(f"SELECT target, source FROM {table} WHERE target IN ({{}})", keys))
        arguments = list(self._in("SELECT entity, event FROM event_arguments WHERE entity IN ({})", keys))
        reports = self._reports()  # a report of an event reported before is that event
        told = [r for r, c in reports.items() if c in events] if reports else []
        members = list(
            self._in("SELECT event, entity FROM event_arguments WHERE event IN ({})", [*events, *told])
        )
        canonical = self._canonical({x for pair in pairs for x in pair} | {e for _v, e in members})
        for mine, other in pairs:
            around[keys[mine]].add(canonical[other])
        for mine, event in arguments:
            around[keys[mine]].add(reports.get(event, event))
        for event, entity in members:
            around[reports.get(event, event)].add(canonical[entity])
        return around

    def _cost(self, nodes: Collection[str]) -> int:
        """An estimate of the rows expanding ``nodes`` reads: mentions of entities (a hub's are
        many), a few for an event."""
        mentions = sum(int(row[0]) for row in self._in("SELECT mentions FROM nodes WHERE key IN ({})", nodes))
        return mentions + 3 * len(nodes)

    def _exists(self, node: str) -> bool:
        entities, events = self._split([node])
        return bool(entities or events)

    def paths(self, a: str, b_: str, max_hops: int = 4, limit: int = 5) -> list[list[Hop]]:
        with self._snapshot():
            if not (self._exists(a) and self._exists(b_)):
                return []
            found = search.shortest_paths(self._neighbours, self._cost, a, b_, max_hops, limit)
            labels = self._labels({n for path in found for n in path})
            return [[self._hop(x, y, labels) for x, y in pairwise(path)] for path in found]

    def _edges_between(self, x: str, y: str) -> list[tuple[str, str, str, dict[str, Any]]]:
        """The graph's edges x -> y then y -> x, each direction in edge-key order."""
        entities, events = self._split([x, y])
        edges: list[tuple[str, str, str, dict[str, Any]]] = []
        if events and entities:
            event, entity = events[0], entities[0]
            data = self._events([event])[event]
            roles = {
                row[0]
                for row in self._in(
                    "SELECT role FROM event_arguments WHERE entity IN ({}) AND event = ?",
                    list(self._keys([entity])),
                    event,
                )
            }
            for role in roles:
                source, target = (entity, event) if role == "agent" else (event, entity)
                attrs = {
                    b.RELATION: role,
                    b.COUNT: 1,
                    b.EVIDENCE: [self._evidence(x) for x in data.sentences],
                }
                edges.append((source, target, b.edge_id(source, target, role), attrs))
        elif len(entities) == 2:
            keys = self._keys(entities)
            rows = [r for r in self._relation_rows(list(keys), "source") if r[1] in keys]
            for (source, target, relation, role), found in self._aggregate(rows).items():
                if (source, target) in ((x, y), (y, x)):
                    key = b.edge_id(source, target, relation, role)
                    edges.append((source, target, key, self._edge(relation, role, found)))
        edges.sort(key=lambda e: (e[0] != x, e[2]))
        return edges

    def _hop(self, x: str, y: str, labels: dict[str, tuple[str, str]]) -> Hop:
        candidates = self._edges_between(x, y)
        u, v, _key, data = max(candidates, key=lambda c: (int(c[3].get(b.COUNT, 1)), c[0] == x))
        evidence = data.get(b.EVIDENCE) or [{}]
        return Hop(
            source=u,
            source_label=labels.get(u, (u, ""))[0],
            target=v,
            target_label=labels.get(v, (v, ""))[0],
            relation=str(data.get(b.RELATION, "")),
            role=data.get(b.ROLE),
            doc=evidence[0].get("doc"),
            sentence=evidence[0].get("text"),
        )

    def ego_graph(self, node: str, hops: int) -> nx.MultiDiGraph:
        with self._snapshot():
            seen = {node}
            front = {node}
            for _ in range(hops):
                found: set[str] = set()
                for nodes in self._neighbours(front).values():
                    found.update(nodes)
                front = found - seen
                if not front:
                    break
                seen |= front
            return self.subgraph(seen)

    # -- parts of the graph ------------------------------------------------------------------------
    def _entity_attrs(self, entities: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The graph's attributes of these entity nodes."""
        keys = self._keys(entities)
        rows = self._nodes(entities)
        documents: defaultdict[str, set[str]] = defaultdict(set)
        sentences: defaultdict[str, set[Sentence]] = defaultdict(set)
        for key, doc, start, end in self._in(
            "SELECT DISTINCT entity, doc_id, sentence_start, sentence_end FROM mentions WHERE entity IN ({})",
            keys,
        ):
            documents[keys[key]].add(doc)
            sentences[keys[key]].add((doc, start, end))
        out = {}
        for n in entities:
            row = rows[n]
            attrs: dict[str, Any] = {
                b.KIND: row.kind,
                b.LABEL: row.label,
                b.ALIASES: row.aliases,
                b.MENTIONS: row.mentions,
                b.DOCUMENTS: sorted(documents.get(n, ())),
                b.EVIDENCE: self._evidence_list(sentences.get(n, ())),
            }
            if row.iso3:
                attrs[b.ISO3] = row.iso3
            out[n] = attrs
        return out

    def _event_attrs(self, data: EventData) -> dict[str, Any]:
        evidence = [self._evidence(x) for x in data.sentences]
        attrs = {
            b.KIND: EVENT,
            b.LABEL: data.label,
            b.CAMEO: data.cameo,
            b.EVENT_TYPE: data.event_type,
            b.TRIGGER: data.trigger,
            b.NEGATED: data.negated,
            b.MODALITY: data.modality,
            b.DOC: data.doc,
            b.EVIDENCE: evidence,
        }
        if data.date:
            attrs[b.DATE] = data.date
        if data.source:
            attrs[b.SOURCE] = data.source
        if data.reports:
            attrs[b.DOCUMENTS] = data.documents
        return attrs

    def _event_edges(self, data: EventData) -> list[tuple[str, str, str, dict[str, Any]]]:
        """The edges between an event and its participants (agents point at the event)."""
        evidence = [self._evidence(x) for x in data.sentences]
        documents = data.documents
        edges = []
        for role, members in data.participants.items():
            for entity in members:
                source, target = (entity, data.key) if role == "agent" else (data.key, entity)
                attrs = {b.RELATION: role, b.COUNT: 1, b.EVIDENCE: evidence, b.DOCUMENTS: documents}
                attrs.update(data.named.get((entity, role), {}))
                edges.append((source, target, b.edge_id(source, target, role), attrs))
        return edges

    def _relation_edges(self, entities: Sequence[str]) -> list[tuple[str, str, str, dict[str, Any]]]:
        """The relation edges out of these entity nodes."""
        keys = self._keys(entities)
        return [
            (source, target, b.edge_id(source, target, relation, role), self._edge(relation, role, found))
            for (source, target, relation, role), found in self._aggregate(
                self._relation_rows(list(keys), "source")
            ).items()
        ]

    def subgraph(self, nodes: Iterable[str]) -> nx.MultiDiGraph:
        """These nodes and every edge among them, with the attributes of the whole graph."""
        with self._snapshot():
            entities, events = self._split(nodes)
            inside = set(entities) | set(events)
            items = list(self._entity_attrs(entities).items())
            edges = [e for e in self._relation_edges(entities) if e[1] in inside]
            for key, data in self._events(events).items():
                items.append((key, self._event_attrs(data)))
                edges.extend(e for e in self._event_edges(data) if e[0] in inside and e[1] in inside)
            cited = {e["doc"] for _n, attrs in items for e in attrs[b.EVIDENCE]}
            cited |= {e["doc"] for *_uvk, attrs in edges for e in attrs[b.EVIDENCE]}
            graph = nx.MultiDiGraph()
            graph.graph[b.DOCUMENTS] = self._documents(cited)
            items.sort(key=lambda item: item[0])
            edges.sort(key=lambda e: (e[0], e[1], e[2]))
            b._fill(graph, items, edges)
            return graph

    def _documents(self, ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        """Title, date, url and source of these documents (all without ``ids``), by id."""
        sql = "SELECT id, title, date, url, source FROM documents"
        rows = self._in(sql + " WHERE id IN ({})", ids) if ids is not None else self.db.execute(sql)
        meta = {}
        for doc, title, date, url, source in rows:
            found = {"title": title, "date": date, "url": url, "source": source}
            meta[doc] = {k: v for k, v in found.items() if v is not None}
        return {doc: meta[doc] for doc in sorted(meta)}

    # -- actors and dyads (issue 12; see newsgraph.graph.actors) -------------------------------------
    def kinds(self, nodes: Iterable[str]) -> dict[str, str]:
        """The kind of each node (``event`` for an event); unknown ids are left out."""
        nodes = list(nodes)
        with self._snapshot():
            found = dict(self._in("SELECT key, kind FROM nodes WHERE key IN ({})", nodes))
            rest = [n for n in nodes if n not in found]
            if rest:
                found.update((key, EVENT) for key, _data in self._events(rest).items())
            return found

    def _member_edges(self, node: str, column: str) -> set[str]:
        """The nodes at the other end of the ``affiliated_with``/``part_of`` edges into
        (``column`` target) or out of (``column`` source) ``node``, mapped to their nodes."""
        keys = list(self._keys([node])) or [node]
        other = "target" if column == "source" else "source"
        found: set[str] = set()
        for table in self._relations:
            found.update(
                row[0]
                for row in self._in(
                    f"SELECT {other} FROM {table} WHERE {column} IN ({{}}) "
                    "AND relation IN ('affiliated_with', 'part_of')",
                    keys,
                )
            )
        return set(self._canonical(found).values()) - {node}

    def side_members(self, node: str, *, states: bool) -> list[Membership]:
        """:func:`newsgraph.graph.actors.side_members` read from the store: ``node`` itself; with
        ``states`` its state(s) (itself when it has none) and every person and organization
        affiliated with or part of them. Relations carry no spans, so no membership has one."""
        if not states:
            return [Membership(node)]
        actor = ("person", "organization")
        with self._snapshot():
            kind = self.kinds([node]).get(node)
            if kind == "state":
                heads = [node]
            elif kind in actor:
                ups = self._member_edges(node, "source")
                heads = sorted(n for n, k in self.kinds(ups).items() if k == "state") or [node]
            else:
                heads = [node]
            found = list(heads)
            for head in heads:
                if self.kinds([head]).get(head) != "state":
                    continue
                downs = self._member_edges(head, "target")
                found.extend(sorted(n for n, k in self.kinds(downs).items() if k in actor))
            return [Membership(m) for m in dict.fromkeys(found)]

    def member_roles(self, members: Iterable[str]) -> dict[str, dict[str, str]]:
        """member -> {event: its role there} for every event these nodes take part in (a report
        of an event reported before is that event); a node in two roles of one event keeps
        the last in the timeline's order (agent, location, target)."""
        members = list(dict.fromkeys(members))
        with self._snapshot():
            keys = self._keys(members)
            have = set(keys.values())
            keys.update((m, m) for m in members if m not in have)
            reports = self._reports()
            out: dict[str, dict[str, str]] = {m: {} for m in members}
            for entity, event, role in self._in(
                "SELECT a.entity, a.event, a.role FROM event_arguments a "
                "JOIN events e ON e.key = a.event WHERE a.entity IN ({})",
                keys,
            ):
                mine = out[keys[entity]]
                event = reports.get(event, event)
                if event not in mine or role > mine[event]:
                    mine[event] = role
            return out

    def event_rows(self, events: Iterable[str]) -> dict[str, EventRow]:
        """The :class:`EventRow` of each of these events (``role`` None), by id."""
        with self._snapshot():
            return {row.id: row for row in self._event_rows([(e, None) for e in dict.fromkeys(events)])}

    def documents(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Title, date, url and source of these documents, by id."""
        with self._snapshot():
            return self._documents(list(ids))

    def labels(self, nodes: Iterable[str]) -> dict[str, str]:
        """The label of each node (its id when it has none)."""
        nodes = list(nodes)
        with self._snapshot():
            found = self._labels(nodes)
        return {n: found.get(n, (n, ""))[0] for n in nodes}


class StoreGraph:
    """The whole graph, read from the store a few thousand nodes at a time: what a streaming
    writer (:func:`~newsgraph.graph.export.stream_graphml`) asks of a ``MultiDiGraph``.

    Each pass over :meth:`nodes` or :meth:`edges` reads the store again, in the graph's own
    order (nodes by id, edges by source, target and key), so the memory is one chunk's, not
    the graph's. The attributes are those :meth:`Store.load_graph` gives (a test compares
    the exported bytes)."""

    def __init__(self, queries: SqlQueries, chunk: int = 2000) -> None:
        self.queries = queries
        self.chunk = chunk
        self._graph: dict[str, Any] | None = None

    def is_multigraph(self) -> bool:
        return True

    def is_directed(self) -> bool:
        return True

    @property
    def graph(self) -> dict[str, Any]:
        if self._graph is None:
            self._graph = {b.DOCUMENTS: self.queries._documents()}
        return self._graph

    def number_of_nodes(self) -> int:
        db = self.queries.db
        found = db.execute("SELECT (SELECT count(*) FROM nodes) + (SELECT count(*) FROM events)").fetchone()
        return int(found[0]) - len(self.queries._reports())

    def _chunks(self) -> Iterator[tuple[list[str], list[str]]]:
        """(entity nodes, event nodes) of each chunk of node ids, in id order."""
        import heapq

        db = self.queries.db
        entities = ((row[0], 0) for row in db.execute("SELECT key FROM nodes ORDER BY key"))
        reports = self.queries._reports()  # a report of an event reported before is no node
        events = (
            (row[0], 1)
            for row in self.queries.db.cursor().execute("SELECT key FROM events ORDER BY key")
            if row[0] not in reports
        )
        chunk: tuple[list[str], list[str]] = ([], [])
        for key, which in heapq.merge(entities, events):
            chunk[which].append(key)
            if len(chunk[0]) + len(chunk[1]) >= self.chunk:
                yield chunk
                chunk = ([], [])
        if chunk[0] or chunk[1]:
            yield chunk

    def nodes(self, data: bool = True) -> Iterator[tuple[str, dict[str, Any]]]:
        queries = self.queries
        with queries._snapshot():
            for entities, events in list(self._chunks()):
                items = list(queries._entity_attrs(entities).items())
                items += [(key, queries._event_attrs(d)) for key, d in queries._events(events).items()]
                items.sort(key=lambda item: item[0])
                queries._texts.clear()
                yield from items

    def edges(self, keys: bool = True, data: bool = True) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        queries = self.queries
        with queries._snapshot():
            for entities, events in list(self._chunks()):
                edges = queries._relation_edges(entities)
                mine = set(entities) | set(events)
                reports = queries._reports()
                agents = {
                    reports.get(row[0], row[0])
                    for row in queries._in(
                        "SELECT event FROM event_arguments WHERE role = 'agent' AND entity IN ({})",
                        list(queries._keys(entities)),
                    )
                }
                for data_ in queries._events(sorted(agents | set(events))).values():
                    edges.extend(e for e in queries._event_edges(data_) if e[0] in mine)
                edges.sort(key=lambda e: (e[0], e[1], e[2]))
                queries._texts.clear()
                yield from edges
