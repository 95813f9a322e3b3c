"""Small named questions over the graph. Each returns dataclasses; the CLI formats them.

node = find(graph, "putin")
for row in relations(graph, node): ...
for hops in paths(graph, node, find(graph, "Kim Jong Un")): ...
"""

from __future__ import annotations

import difflib
import re
import unicodedata
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import networkx as nx

from newsgraph.errors import UnknownEntityError
from newsgraph.graph import build as b
from newsgraph.model import Kind, slug

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


# -- finding nodes by name -----------------------------------------------------------------------
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s$")


def normalize(name: str) -> str:
    """Case- and space-insensitive form of a name: "The Kremlin's" -> "kremlin"."""
    text = unicodedata.normalize("NFKC", name).strip()
    text = _POSSESSIVE.sub("", _THE.sub("", text))
    return " ".join(text.split()).casefold()


class GraphIndex:
    """Names -> nodes for one graph: labels, aliases, node ids and ISO3 codes, normalised."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.by_label: defaultdict[str, set[str]] = defaultdict(set)
        self.by_name: defaultdict[str, set[str]] = defaultdict(set)
        # "kim jong-un", "Kim Jong-Un" and "Kim Jong Un" are one name.
        self.by_slug: defaultdict[str, set[str]] = defaultdict(set)
        self.size = graph.number_of_nodes()
        for node, data in graph.nodes(data=True):
            label = str(data.get(b.LABEL, node))
            self.by_label[normalize(label)].add(node)
            names = [label, str(node), *data.get(b.ALIASES, ())]
            if data.get(b.ISO3):
                names.append(str(data[b.ISO3]))
            for name in names:
                self.by_name[normalize(name)].add(node)
                self.by_slug[slug(normalize(name))].add(node)

    def find(self, name: str, kinds: Iterable[str] | None = None) -> str:
        """The node called ``name``; raises UnknownEntityError with suggestions when none is."""
        wanted = {str(k) for k in kinds} if kinds is not None else None
        key = normalize(name)
        nodes = self.graph.nodes

        def allowed(node: str) -> bool:
            return wanted is None or nodes[node].get(b.KIND) in wanted

        for table, form in ((self.by_label, key), (self.by_name, key), (self.by_slug, slug(key))):
            found = [n for n in table.get(form, ()) if allowed(n)]
            if found:
                return min(found, key=lambda n: (-int(nodes[n].get(b.MENTIONS, 0)), str(n)))
        raise UnknownEntityError(name, self.suggest(name, wanted))

    def suggest(self, name: str, kinds: set[str] | None = None) -> list[str]:
        """Up to five close labels, formatted "Kim Jong Un (person)"."""
        nodes = self.graph.nodes
        labels: dict[str, list[str]] = defaultdict(list)
        for key, found in self.by_label.items():
            for node in found:
                kind = nodes[node].get(b.KIND)
                if (kinds is None and kind != Kind.EVENT.value) or (kinds is not None and kind in kinds):
                    labels[key].append(node)
        out: list[str] = []
        for key in difflib.get_close_matches(normalize(name), list(labels), n=MAX_SUGGESTIONS, cutoff=0.6):
            for node in sorted(labels[key]):
                data = nodes[node]
                out.append(f"{data.get(b.LABEL, node)} ({data.get(b.KIND, '?')})")
        return out[:MAX_SUGGESTIONS]


_indexes: weakref.WeakKeyDictionary[nx.MultiDiGraph, GraphIndex] = weakref.WeakKeyDictionary()


def index_of(graph: nx.MultiDiGraph) -> GraphIndex:
    """The graph's index, built on first use and rebuilt when nodes were added or removed."""
    found = _indexes.get(graph)
    if found is None or found.size != graph.number_of_nodes():
        found = _indexes[graph] = GraphIndex(graph)
    return found


def find(graph: nx.MultiDiGraph, name: str, kinds: Iterable[str] | None = None) -> str:
    """Node id for a label, alias or id (case-insensitive); see :meth:`GraphIndex.find`."""
    return index_of(graph).find(name, kinds)


# -- rows ----------------------------------------------------------------------------------------
def _evidence(items: Iterable[dict[str, Any]]) -> tuple[EvidenceRow, ...]:
    return tuple(EvidenceRow(e["doc"], e["start"], e["end"], e["text"]) for e in items)


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get(b.LABEL, node))


def _is_event(graph: nx.MultiDiGraph, node: str) -> bool:
    return bool(graph.nodes[node].get(b.KIND) == Kind.EVENT.value)


def _participants(graph: nx.MultiDiGraph, event: str) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {role: [] for role in b.EVENT_ROLES}
    for entity, _event, data in graph.in_edges(event, data=True):
        if data.get(b.RELATION) == "agent":
            roles["agent"].append(entity)
    for _event, entity, data in graph.out_edges(event, data=True):
        if data.get(b.RELATION) in roles:
            roles[data[b.RELATION]].append(entity)
    return roles


def _event_row(graph: nx.MultiDiGraph, event: str, role: str | None = None) -> EventRow:
    data = graph.nodes[event]
    roles = _participants(graph, event)

    def labels(role: str) -> tuple[str, ...]:
        return tuple(sorted(_label(graph, n) for n in roles[role]))

    return EventRow(
        id=event,
        label=str(data.get(b.LABEL, event)),
        cameo=str(data.get(b.CAMEO, "")),
        event_type=str(data.get(b.EVENT_TYPE, "")),
        trigger=str(data.get(b.TRIGGER, "")),
        date=data.get(b.DATE),
        negated=bool(data.get(b.NEGATED, False)),
        modality=str(data.get(b.MODALITY, "")),
        doc=data.get(b.DOC),
        agents=labels("agent"),
        targets=labels("target"),
        locations=labels("location"),
        evidence=_evidence(data.get(b.EVIDENCE, ())),
        role=role,
    )


def _roles_of(graph: nx.MultiDiGraph, node: str) -> Iterator[tuple[str, str]]:
    """(event, role) for every event the node takes part in."""
    seen = set()
    for _node, event, data in graph.out_edges(node, data=True):
        if data.get(b.RELATION) == "agent" and _is_event(graph, event):
            seen.add((event, "agent"))
    for event, _node, data in graph.in_edges(node, data=True):
        if data.get(b.RELATION) in ("target", "location") and _is_event(graph, event):
            seen.add((event, data[b.RELATION]))
    return iter(sorted(seen))


def relations(graph: nx.MultiDiGraph, node: str) -> list[RelationRow]:
    """Every non-event edge at the node (strongest first), then the events it takes part in (by date)."""
    rows = []
    for direction, edges in (
        ("out", graph.out_edges(node, data=True)),
        ("in", graph.in_edges(node, data=True)),
    ):
        for u, v, data in edges:
            other = v if direction == "out" else u
            if _is_event(graph, other) or _is_event(graph, node):
                continue
            rows.append(
                RelationRow(
                    relation=str(data.get(b.RELATION, "")),
                    role=data.get(b.ROLE),
                    direction=direction,
                    other=other,
                    other_label=_label(graph, other),
                    other_kind=str(graph.nodes[other].get(b.KIND, "")),
                    count=int(data.get(b.COUNT, 1)),
                    evidence=_evidence(data.get(b.EVIDENCE, ())),
                )
            )
    rows.sort(key=lambda r: (-r.count, r.relation, r.other_label, r.direction))
    me = _label(graph, node)
    events = []
    for event, role in _roles_of(graph, node):
        row = _event_row(graph, event, role)
        others = tuple(x for x in (*row.agents, *row.targets) if x != me)
        events.append(
            RelationRow(
                relation=role,
                role=None,
                direction="out" if role == "agent" else "in",
                other=event,
                other_label=row.label,
                other_kind=Kind.EVENT.value,
                count=1,
                evidence=row.evidence,
                event=row,
                counterparts=others,
            )
        )
    events.sort(key=lambda r: _date_key(graph, r.event))  # type: ignore[arg-type]
    return rows + events


# -- dates ---------------------------------------------------------------------------------------
_DATE = re.compile(r"^(\d{4}|-)-?(\d{2})?-?(\d{2})?")


def _parts(date: str | None) -> tuple[int | None, int | None, int | None] | None:
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


def _resolved(graph: nx.MultiDiGraph, row: EventRow) -> tuple[int | None, int | None, int | None] | None:
    """The event's date; a yearless date borrows its article's year."""
    parts = _parts(row.date)
    if parts is not None and parts[0] is None and row.doc:
        doc_date = graph.graph.get(b.DOCUMENTS, {}).get(row.doc, {}).get("date")
        doc_parts = _parts(doc_date)
        if doc_parts and doc_parts[0] is not None:
            parts = (doc_parts[0], parts[1], parts[2])
    return parts


def _date_key(graph: nx.MultiDiGraph, row: EventRow) -> tuple[Any, ...]:
    """Dated events by year, month, day (a missing part sorts first); yearless next; undated last."""
    parts = _resolved(graph, row)
    if parts is None:
        return (2, 0, 0, 0, row.id)
    year, month, day = parts
    return (0 if year is not None else 1, year or 0, month or 0, day or 0, row.id)


def _span(
    parts: tuple[int | None, int | None, int | None],
) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    year, month, day = parts
    lo = (year or 0, month or 1, day or 1)
    hi = (year or 9999, month or 12, day or 31)
    return lo, hi


def _within(graph: nx.MultiDiGraph, row: EventRow, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    parts = _resolved(graph, row)
    if parts is None or parts[0] is None:
        return False  # an undated event cannot be placed in a window
    lo, hi = _span(parts)
    if since is not None:
        bound = _parts(since)
        if bound is not None and hi < _span(bound)[0]:
            return False
    if until is not None:
        bound = _parts(until)
        if bound is not None and lo > _span(bound)[1]:
            return False
    return True


def _cameo_ok(row: EventRow, cameo: str | None) -> bool:
    return cameo is None or row.cameo.startswith(str(cameo))


def timeline(
    graph: nx.MultiDiGraph,
    node: str,
    since: str | None = None,
    until: str | None = None,
    cameo: str | None = None,
) -> list[EventRow]:
    """Events the node takes part in, by date; ``cameo`` is a code prefix ("04" matches 042, 043)."""
    rows = [_event_row(graph, event, role) for event, role in _roles_of(graph, node)]
    rows = [r for r in rows if _cameo_ok(r, cameo) and _within(graph, r, since, until)]
    rows.sort(key=lambda r: _date_key(graph, r))
    return rows


def events(
    graph: nx.MultiDiGraph,
    cameo: str | None = None,
    between: tuple[str, str] | None = None,
) -> list[EventRow]:
    """All events by date, optionally by CAMEO prefix and with both nodes of ``between`` taking part."""
    if between is not None:
        first, second = ({event for event, _role in _roles_of(graph, n)} for n in between)
        candidates: Iterable[str] = first & second
    else:
        candidates = (n for n, kind in graph.nodes(data=b.KIND) if kind == Kind.EVENT.value)
    rows = [_event_row(graph, event) for event in candidates]
    rows = [r for r in rows if _cameo_ok(r, cameo)]
    rows.sort(key=lambda r: _date_key(graph, r))
    return rows


def entities(graph: nx.MultiDiGraph, kind: str | None = None, limit: int | None = None) -> list[EntityRow]:
    """Entities (not events), most mentioned first, then by label."""
    rows = [
        EntityRow(
            id=node,
            label=str(data.get(b.LABEL, node)),
            kind=str(data.get(b.KIND, "")),
            mentions=int(data.get(b.MENTIONS, 0)),
            documents=len(data.get(b.DOCUMENTS, ())),
            aliases=tuple(data.get(b.ALIASES, ())),
        )
        for node, data in graph.nodes(data=True)
        if data.get(b.KIND) != Kind.EVENT.value and (kind is None or data.get(b.KIND) == str(kind))
    ]
    rows.sort(key=lambda r: (-r.mentions, r.label, r.id))
    return rows[:limit] if limit is not None else rows


# -- paths ---------------------------------------------------------------------------------------
def _neighbours(graph: nx.MultiDiGraph, node: str) -> Iterator[str]:
    yield from graph._succ[node]
    yield from graph._pred[node]


def _expand(graph: nx.MultiDiGraph, frontier: list[str], parents: dict[str, list[str]]) -> list[str]:
    """One BFS level: new nodes, recording every parent that reaches them at this level."""
    found: dict[str, list[str]] = {}
    for node in frontier:
        for other in _neighbours(graph, node):
            if other in parents:
                continue
            seen = found.get(other)
            if seen is None:
                found[other] = [node]
            elif seen[-1] != node:
                seen.append(node)
    parents.update(found)
    return list(found)


def _walks(parents: dict[str, list[str]], node: str, limit: int) -> list[list[str]]:
    """Up to ``limit`` shortest walks from the BFS root to ``node`` (root first)."""
    out: list[list[str]] = []

    def walk(at: str, tail: list[str]) -> None:
        if len(out) >= limit:
            return
        ups = parents[at]
        if not ups:
            out.append([at, *tail])
            return
        for up in sorted(ups):
            walk(up, [at, *tail])

    walk(node, [])
    return out


def shortest_paths(
    graph: nx.MultiDiGraph, a: str, b_: str, max_hops: int = 4, limit: int = 5
) -> list[list[str]]:
    """Up to ``limit`` shortest node paths between a and b over the undirected view (bidirectional BFS)."""
    if a not in graph or b_ not in graph or a == b_:
        return []
    parents_a: dict[str, list[str]] = {a: []}
    parents_b: dict[str, list[str]] = {b_: []}
    front_a, front_b = [a], [b_]
    depth = 0
    while front_a and front_b and depth < max_hops:
        depth += 1
        # Grow the side with less to scan.
        cost_a = sum(len(graph._succ[n]) + len(graph._pred[n]) for n in front_a)
        cost_b = sum(len(graph._succ[n]) + len(graph._pred[n]) for n in front_b)
        if cost_a <= cost_b:
            front_a = _expand(graph, front_a, parents_a)
            meet = sorted(n for n in front_a if n in parents_b)
        else:
            front_b = _expand(graph, front_b, parents_b)
            meet = sorted(n for n in front_b if n in parents_a)
        if meet:
            paths: list[list[str]] = []
            for middle in meet:
                for head in _walks(parents_a, middle, limit):
                    for tail in _walks(parents_b, middle, limit):
                        paths.append(head + tail[::-1][1:])
                        if len(paths) >= limit:
                            return paths
            return paths
    return []


def _hop(graph: nx.MultiDiGraph, x: str, y: str) -> Hop:
    """The strongest stored edge between x and y, in its own direction."""
    candidates = [(x, y, d) for d in graph._succ[x].get(y, {}).values()]
    candidates += [(y, x, d) for d in graph._succ[y].get(x, {}).values()]
    u, v, data = max(candidates, key=lambda c: (int(c[2].get(b.COUNT, 1)), c[0] == x))
    evidence = data.get(b.EVIDENCE) or [{}]
    return Hop(
        source=u,
        source_label=_label(graph, u),
        target=v,
        target_label=_label(graph, v),
        relation=str(data.get(b.RELATION, "")),
        role=data.get(b.ROLE),
        doc=evidence[0].get("doc"),
        sentence=evidence[0].get("text"),
    )


def paths(graph: nx.MultiDiGraph, a: str, b_: str, max_hops: int = 4, limit: int = 5) -> list[list[Hop]]:
    """Shortest connecting paths (events may be intermediate hops); [] when none within ``max_hops``."""
    return [
        [_hop(graph, x, y) for x, y in pairwise(path)]
        for path in shortest_paths(graph, a, b_, max_hops, limit)
    ]
