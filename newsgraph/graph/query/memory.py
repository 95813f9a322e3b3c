"""The questions over a NetworkX graph: the whole graph in memory, or a part of it.

    queries = MemoryQueries(graph)
    node = queries.find("putin")
    queries.relations_page(node, limit=50)

The module-level functions (``find(graph, name)``, ``relations(graph, node)`` ...) answer on a
graph directly. The answers are the same rows, in the same order, as
:class:`~newsgraph.graph.query.sql.SqlQueries` gives from the store (see :mod:`.rows`).
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from itertools import chain, compress, count, filterfalse, pairwise, repeat
from operator import itemgetter, methodcaller, neg
from typing import Any

import networkx as nx

from newsgraph.graph import build as b
from newsgraph.graph.query import search
from newsgraph.graph.query.rows import (
    LABEL,
    NAME,
    SURNAME,
    Candidate,
    EntityRow,
    EventRow,
    EvidenceRow,
    Hop,
    Page,
    RelationRow,
    asserted,
    cameo_ok,
    choose,
    date_order,
    event_order,
    first,
    normalize,
    suggestions,
    surnames,
    within,
)
from newsgraph.model import Kind, slug

EVENT = Kind.EVENT.value


# -- finding nodes by name -----------------------------------------------------------------------
class GraphIndex:
    """Names -> entity nodes for one graph: labels, aliases, node ids, ISO3 codes and the first
    and last names of persons, normalised (see :func:`~newsgraph.graph.query.rows.choose`).

    Event nodes are not indexed (their labels are descriptions, not names); an event is
    found by its node id only. The slug table, which makes "kim jong-un", "Kim Jong-Un" and
    "Kim Jong Un" one name, is built on the first name the other tables miss.
    """

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self._graph = weakref.ref(graph)
        self.by_label: defaultdict[str, set[str]] = defaultdict(set)
        self.by_name: defaultdict[str, set[str]] = defaultdict(set)
        self.by_surname: defaultdict[str, set[str]] = defaultdict(set)
        self._by_slug: defaultdict[str, set[str]] | None = None
        self.size = graph.number_of_nodes()
        with b.paused_gc():
            self._add_entities()
            b.freeze_if_large(self.size)

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The indexed graph. The index holds it weakly: kept in a registry keyed weakly by the
        graph, a strong reference would keep every graph ever indexed alive."""
        graph = self._graph()
        if graph is None:
            raise ReferenceError("the indexed graph no longer exists")
        return graph

    def _add_entities(self) -> None:
        by_label, by_name, by_surname = self.by_label, self.by_name, self.by_surname
        normal: dict[str, str] = {}  # a name and its aliases repeat across nodes

        def norm(text: str) -> str:
            found = normal.get(text)
            if found is None:
                found = normal[text] = normalize(text)
            return found

        events = []
        for node, data in self.graph.nodes(data=True):
            if data.get(b.KIND) == EVENT:
                events.append(node)
                continue
            raw = str(data.get(b.LABEL, node))
            label = norm(raw)
            by_label[label].add(node)
            by_name[label].add(node)
            by_name[norm(str(node))].add(node)
            for alias in data.get(b.ALIASES, ()):
                by_name[norm(str(alias))].add(node)
            if data.get(b.ISO3):
                by_name[norm(str(data[b.ISO3]))].add(node)
            for name in surnames(str(data.get(b.KIND, "")), raw):
                by_surname[name].add(node)
        _event_sets[self.graph] = _Events(self.graph, events)  # found on the way, for the queries

    @property
    def by_slug(self) -> defaultdict[str, set[str]]:
        if self._by_slug is None:
            by_slug: defaultdict[str, set[str]] = defaultdict(set)
            for name, nodes in self.by_name.items():
                by_slug[slug(name)].update(nodes)
            self._by_slug = by_slug
        return self._by_slug

    def _holders(self, how: int, text: str) -> list[Candidate]:
        table = {LABEL: self.by_label, NAME: self.by_name, SURNAME: self.by_surname}.get(how)
        found = (table if table is not None else self.by_slug).get(text, ())
        nodes = self.graph.nodes
        return [
            (
                n,
                str(nodes[n].get(b.KIND, "")),
                str(nodes[n].get(b.LABEL, n)),
                int(nodes[n].get(b.MENTIONS, 0)),
            )
            for n in found
        ]

    def find(self, name: str, kinds: Iterable[str] | None = None) -> str:
        """The node called ``name``; raises UnknownEntityError with suggestions when none is."""
        nodes = self.graph.nodes
        return choose(
            name,
            kinds,
            self._holders,
            lambda key: key in nodes and nodes[key].get(b.KIND) == EVENT,
            self.suggest,
        )

    def suggest(self, key: str, kinds: set[str] | None = None) -> list[str]:
        """Up to five close labels, formatted "Kim Jong Un (person)"."""
        nodes = self.graph.nodes
        labels: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for name, found in self.by_label.items():
            for node in found:
                kind = nodes[node].get(b.KIND)
                if (kinds is None and kind != EVENT) or (kinds is not None and kind in kinds):
                    labels[name].append((node, str(nodes[node].get(b.LABEL, node)), str(kind or "")))
        return suggestions(key, labels)


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


def participants(graph: nx.MultiDiGraph, event: str) -> dict[str, list[str]]:
    """An event's agents, targets and locations by node id, in edge order."""
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
    roles = participants(graph, event)

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


class _Events:
    """The event nodes of one graph, as a set for C-speed membership and intersections."""

    def __init__(self, graph: nx.MultiDiGraph, events: Iterable[str] | None = None) -> None:
        self.size = graph.number_of_nodes()
        if events is None:
            nodes = graph._node
            events = compress(nodes, map(EVENT.__eq__, map(_kind_of, nodes.values())))
        self.nodes = frozenset(events)


_event_sets: weakref.WeakKeyDictionary[nx.MultiDiGraph, _Events] = weakref.WeakKeyDictionary()


def _event_nodes(graph: nx.MultiDiGraph) -> frozenset[str]:
    """The graph's event nodes, found on first use and again when nodes were added or removed."""
    found = _event_sets.get(graph)
    if found is None or found.size != graph.number_of_nodes():
        found = _event_sets[graph] = _Events(graph)
    return found.nodes


# A hub takes part in tens of thousands of events. The helpers below walk its edges with
# map/zip/compress over C callables (dict.get, operator functions, the lru_cache wrapper)
# rather than Python loops: per-edge Python frames are what made a hub's answer take seconds.
_kind_of = methodcaller("get", b.KIND)
_relation_of = methodcaller("get", b.RELATION)
_count_of = methodcaller("get", b.COUNT, 1)
_date_of = methodcaller("get", b.DATE)
_relation_or_empty = methodcaller("get", b.RELATION, "")


def _edges(adjacency: dict[str, dict[str, Any]], others: Iterable[str]) -> tuple[list[str], list[Any]]:
    """The edges from one node's ``adjacency`` to ``others``: their other ends and their
    attribute dicts, as two parallel lists in the order of ``others`` and of each key dict."""
    others = list(others)
    keydicts = list(map(adjacency.__getitem__, others))
    ends = list(chain.from_iterable(map(repeat, others, map(len, keydicts))))
    return ends, list(chain.from_iterable(map(dict.values, keydicts)))


def _roles(graph: nx.MultiDiGraph, node: str) -> set[tuple[str, str]]:
    """(event, role) for every event the node takes part in."""
    events = _event_nodes(graph)
    out, into = graph._succ[node], graph._pred[node]
    ends, datas = _edges(out, events.intersection(out))
    roles = set(zip(compress(ends, map("agent".__eq__, map(_relation_of, datas))), repeat("agent")))
    ends, datas = _edges(into, events.intersection(into))
    relations = list(map(_relation_of, datas))
    for role in ("target", "location"):
        roles.update(zip(compress(ends, map(role.__eq__, relations)), repeat(role)))
    return roles


def relations(graph: nx.MultiDiGraph, node: str, limit: int | None = None) -> list[RelationRow]:
    """Every non-event edge at the node (strongest first), then the events it takes part in (by date).

    With ``limit``, the first ``limit`` of those rows (see :func:`relations_page` for the count).
    """
    return relations_page(graph, node, limit).rows


PlainEdge = tuple[str, str, dict[str, Any]]
"""(direction, other end, edge attributes) of a non-event edge at a node."""
SavedHubs = dict[str, tuple[int, list[PlainEdge], list[tuple[str, str]]]]
"""Hub orders as builtins, for a cache: node -> (edges, plain edges, (event, role) pairs)."""


def _plain(graph: nx.MultiDiGraph, node: str) -> list[tuple[Any, ...]]:
    """The node's non-event edges as sort keys (-count, relation, other's label, direction,
    position) followed by (other, edge attributes); unsorted. The position keeps ties in order."""
    nodes = graph._node
    plain: list[tuple[Any, ...]] = []
    events = _event_nodes(graph)
    if node in events:
        return plain
    for direction, adjacency in (("out", graph._succ[node]), ("in", graph._pred[node])):
        ends, datas = _edges(adjacency, filterfalse(events.__contains__, adjacency))
        plain.extend(
            zip(
                map(neg, map(int, map(_count_of, datas))),
                map(str, map(_relation_or_empty, datas)),
                map(str, map(dict.get, map(nodes.__getitem__, ends), repeat(b.LABEL), ends)),
                repeat(direction),
                count(len(plain)),
                ends,
                datas,
            )
        )
    return plain


def relations_page(graph: nx.MultiDiGraph, node: str, limit: int | None = None) -> Page[RelationRow]:
    """:func:`relations` and how many rows there are in all; only the rows returned are built."""
    hub = _hub(graph, node)
    first_plain: list[PlainEdge]
    if hub is not None:
        total = len(hub.plain) + len(hub.roles)
        first_plain = hub.plain if limit is None else hub.plain[:limit]
    else:
        plain = sorted(_plain(graph, node))
        roles = _roles(graph, node)
        total = len(plain) + len(roles)
        first_plain = [(key[3], key[5], key[6]) for key in first(plain, limit)]
    nodes = graph._node
    rows = [
        RelationRow(
            relation=str(data.get(b.RELATION, "")),
            role=data.get(b.ROLE),
            direction=direction,
            other=other,
            other_label=str(nodes[other].get(b.LABEL, other)),
            other_kind=str(nodes[other].get(b.KIND, "")),
            count=int(data.get(b.COUNT, 1)),
            evidence=_evidence(data.get(b.EVIDENCE, ())),
        )
        for direction, other, data in first_plain
    ]
    rest = None if limit is None else limit - len(rows)
    if rest is None or rest > 0:  # the events are only sorted when some are shown
        me = _label(graph, node)
        if hub is not None:
            shown = hub.roles if rest is None else hub.roles[:rest]
        else:
            shown = [(event, role) for _key, event, role in first(_dated(graph, roles), rest)]
        for event, role in shown:
            row = _event_row(graph, event, role)
            rows.append(
                RelationRow(
                    relation=role,
                    role=None,
                    direction="out" if role == "agent" else "in",
                    other=event,
                    other_label=row.label,
                    other_kind=EVENT,
                    count=1,
                    evidence=row.evidence,
                    event=row,
                    counterparts=tuple(x for x in (*row.agents, *row.targets) if x != me),
                )
            )
    return Page(rows, total)


# -- hubs ----------------------------------------------------------------------------------------
#: A node with at least this many neighbours is a hub: the order of its relation rows and of its
#: events is worked out once per graph, so that its first rows come as quickly as a small node's.
HUB_NEIGHBOURS = 2048


@dataclass(slots=True)
class HubOrder:
    """A hub's rows in answer order: its non-event edges as :func:`relations` lists them and its
    (event, role) pairs as :func:`timeline` does. ``edges`` is the number of edges at the node
    when the order was made; a different number means the graph changed and the order is stale."""

    edges: int
    plain: list[PlainEdge]
    roles: list[tuple[str, str]]


_hub_orders: weakref.WeakKeyDictionary[nx.MultiDiGraph, dict[str, HubOrder]] = weakref.WeakKeyDictionary()


def _edge_count(graph: nx.MultiDiGraph, node: str) -> int:
    return sum(map(len, graph._succ[node].values())) + sum(map(len, graph._pred[node].values()))


def _is_hub(graph: nx.MultiDiGraph, node: str) -> bool:
    """An entity (not an event) with at least ``HUB_NEIGHBOURS`` neighbours."""
    neighbours = len(graph._succ[node]) + len(graph._pred[node])
    return neighbours >= HUB_NEIGHBOURS and node not in _event_nodes(graph)


def _order_hub(graph: nx.MultiDiGraph, node: str) -> HubOrder:
    plain = sorted(_plain(graph, node))  # sort keys, then (other, attributes)
    roles = sorted(_dated(graph, _roles(graph, node)))  # (date order, event, role)
    return HubOrder(
        _edge_count(graph, node),
        [(direction, other, data) for _n, _r, _l, direction, _i, other, data in plain],
        [(event, role) for _key, event, role in roles if role is not None],  # never None here
    )


def _hub(graph: nx.MultiDiGraph, node: str) -> HubOrder | None:
    """The node's :class:`HubOrder` when it is a hub (made now if not yet, or if stale), else None."""
    if not _is_hub(graph, node):
        return None
    orders = _hub_orders.get(graph)
    if orders is None:
        orders = _hub_orders[graph] = {}
    found = orders.get(node)
    if found is None or found.edges != _edge_count(graph, node):
        found = orders[node] = _order_hub(graph, node)
    return found


def prepare_hubs(graph: nx.MultiDiGraph) -> SavedHubs:
    """Work out every hub's order now; returns them all as plain tuples and lists."""
    with b.paused_gc():
        for node in graph._node:
            if _is_hub(graph, node):
                _hub(graph, node)
    orders = _hub_orders.get(graph, {})
    return {node: (order.edges, order.plain, order.roles) for node, order in orders.items()}


def adopt_hubs(graph: nx.MultiDiGraph, saved: SavedHubs) -> None:
    """Take back the orders :func:`prepare_hubs` returned for this graph."""
    _hub_orders[graph] = {
        node: HubOrder(edges, plain, roles) for node, (edges, plain, roles) in saved.items()
    }


def _events_of(graph: nx.MultiDiGraph, node: str) -> set[str]:
    """The events the node takes part in (from its order when it is a hub)."""
    hub = _hub(graph, node)
    if hub is not None:
        return set(map(itemgetter(0), hub.roles))
    return set(map(itemgetter(0), _roles(graph, node)))


# -- dates ---------------------------------------------------------------------------------------


def _doc_date(graph: nx.MultiDiGraph, event: str) -> str | None:
    doc = graph._node[event].get(b.DOC)
    if not doc:
        return None
    date: str | None = graph.graph.get(b.DOCUMENTS, {}).get(doc, {}).get("date")
    return date


def _dated(
    graph: nx.MultiDiGraph, pairs: Iterable[tuple[str, str | None]]
) -> list[tuple[tuple[int, int, int, int], str, str | None]]:
    """(date order, event, role) for each (event, role), unsorted (see :func:`.rows.event_order`)."""
    nodes = graph._node
    out = []
    for event, role in pairs:
        date = nodes[event].get(b.DATE)
        order = date_order(date)
        if order[0] == 1:  # yearless: it may borrow its article's year
            order = event_order(date, _doc_date(graph, event))
        out.append((order, event, role))
    return out


def _within(graph: nx.MultiDiGraph, event: str, since: str | None, until: str | None) -> bool:
    return within(graph._node[event].get(b.DATE), _doc_date(graph, event), since, until)


def _cameo_ok(graph: nx.MultiDiGraph, event: str, cameo: str | None) -> bool:
    return cameo_ok(graph._node[event].get(b.CAMEO, ""), cameo)


def _asserted(graph: nx.MultiDiGraph, event: str) -> bool:
    data = graph._node[event]
    return asserted(data.get(b.MODALITY), data.get(b.NEGATED))


def _sector_ok(
    graph: nx.MultiDiGraph, event: str, sector: str, node: str | None = None, role: str | None = None
) -> bool:
    """An agent or target edge of ``event`` (``node``'s own in ``role`` when given) has ``sector``."""
    if node is not None:
        ends = graph._adj[node].get(event, {}) if role == "agent" else graph._adj[event].get(node, {})
        return any(d.get(b.SECTOR) == sector for d in ends.values())
    edges = [d for _u, _v, d in graph.in_edges(event, data=True)] + [
        d for _u, _v, d in graph.out_edges(event, data=True)
    ]
    return any(d.get(b.SECTOR) == sector for d in edges)


def timeline(
    graph: nx.MultiDiGraph,
    node: str,
    since: str | None = None,
    until: str | None = None,
    cameo: str | None = None,
    limit: int | None = None,
    *,
    sector: str | None = None,
    asserted_only: bool = False,
) -> list[EventRow]:
    """Events the node takes part in, by date; ``cameo`` is a code prefix ("04" matches 042, 043),
    ``sector`` the CAMEO sector the node took part through ("MIL": "Israeli soldiers"),
    ``asserted_only`` keeps the events the text says happened.

    With ``limit``, the first ``limit`` of them (see :func:`timeline_page` for the count).
    """
    return timeline_page(
        graph, node, since, until, cameo, limit, sector=sector, asserted_only=asserted_only
    ).rows


def timeline_page(
    graph: nx.MultiDiGraph,
    node: str,
    since: str | None = None,
    until: str | None = None,
    cameo: str | None = None,
    limit: int | None = None,
    *,
    sector: str | None = None,
    asserted_only: bool = False,
) -> Page[EventRow]:
    """:func:`timeline` and how many events match in all; only the rows returned are built."""
    hub = _hub(graph, node)
    found = _matching(graph, hub.roles if hub is not None else list(_roles(graph, node)), since, until, cameo)
    if asserted_only:
        found = [(event, role) for event, role in found if _asserted(graph, event)]
    if sector is not None:
        found = [(event, role) for event, role in found if _sector_ok(graph, event, sector, node, role)]
    if hub is not None:  # already in date order
        shown = found if limit is None else found[:limit]
        return Page([_event_row(graph, event, role) for event, role in shown], len(found))
    dated = _dated(graph, found)
    return Page([_event_row(graph, event, role) for _key, event, role in first(dated, limit)], len(dated))


def _matching(
    graph: nx.MultiDiGraph,
    pairs: list[tuple[str, str]],
    since: str | None,
    until: str | None,
    cameo: str | None,
) -> list[tuple[str, str]]:
    """The (event, role) pairs whose event passes the CAMEO prefix and date window, in order."""
    if cameo is not None:
        pairs = [(event, role) for event, role in pairs if _cameo_ok(graph, event, cameo)]
    if since is not None or until is not None:
        pairs = [(event, role) for event, role in pairs if _within(graph, event, since, until)]
    return pairs


def events(
    graph: nx.MultiDiGraph,
    cameo: str | None = None,
    between: tuple[str, str] | None = None,
    limit: int | None = None,
    *,
    sector: str | None = None,
    asserted_only: bool = False,
) -> list[EventRow]:
    """All events by date, optionally by CAMEO prefix and with both nodes of ``between`` taking part;
    ``sector``: an agent or target took part through it; ``asserted_only``: the text says it happened.

    With ``limit``, the first ``limit`` of them (see :func:`events_page` for the count).
    """
    return events_page(graph, cameo, between, limit, sector=sector, asserted_only=asserted_only).rows


def events_page(
    graph: nx.MultiDiGraph,
    cameo: str | None = None,
    between: tuple[str, str] | None = None,
    limit: int | None = None,
    *,
    sector: str | None = None,
    asserted_only: bool = False,
) -> Page[EventRow]:
    """:func:`events` and how many events match in all; only the rows returned are built."""
    if between is not None:
        one, two = (_events_of(graph, n) for n in between)
        candidates: Iterable[str] = one & two
    else:
        candidates = _event_nodes(graph)
    if cameo is not None:
        candidates = [event for event in candidates if _cameo_ok(graph, event, cameo)]
    if asserted_only:
        candidates = [event for event in candidates if _asserted(graph, event)]
    if sector is not None:
        candidates = [event for event in candidates if _sector_ok(graph, event, sector)]
    dated = _dated(graph, zip(candidates, repeat(None)))
    return Page([_event_row(graph, event) for _key, event, _role in first(dated, limit)], len(dated))


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
def neighbours(graph: nx.MultiDiGraph, nodes: Collection[str]) -> dict[str, Collection[str]]:
    """Each node's neighbours on the undirected view."""
    succ, pred = graph._succ, graph._pred
    return {node: succ[node].keys() | pred[node].keys() for node in nodes if node in succ}


def _cost(graph: nx.MultiDiGraph, nodes: Collection[str]) -> int:
    """Adjacency entries that expanding ``nodes`` reads."""
    succ, pred = graph._succ, graph._pred
    return sum(len(succ[n]) + len(pred[n]) for n in nodes if n in succ)


def shortest_paths(
    graph: nx.MultiDiGraph, a: str, b_: str, max_hops: int = 4, limit: int = 5
) -> list[list[str]]:
    """Up to ``limit`` shortest node paths between a and b over the undirected view, in
    lexicographic order (see :func:`.search.shortest_paths`)."""
    if a not in graph or b_ not in graph:
        return []
    return search.shortest_paths(
        lambda nodes: neighbours(graph, nodes), lambda nodes: _cost(graph, nodes), a, b_, max_hops, limit
    )


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


# -- neighbourhoods ------------------------------------------------------------------------------
def ego_nodes(graph: nx.MultiDiGraph, focus: str, hops: int) -> set[str]:
    """``focus`` and the nodes within ``hops`` of it on the undirected view."""
    seen = {focus}
    front = {focus}
    for _ in range(hops):
        found: set[str] = set()
        for nodes in neighbours(graph, front).values():
            found.update(nodes)
        front = found - seen
        if not front:
            break
        seen |= front
    return seen


def induced(graph: nx.MultiDiGraph, nodes: Collection[str]) -> nx.MultiDiGraph:
    """A new graph of ``nodes`` and the edges among them, in the graph's order, sharing the
    attribute dicts (read-only to callers)."""
    keep = set(nodes)
    sub = nx.MultiDiGraph()
    sub.graph.update(graph.graph)
    order = [n for n in graph if n in keep]
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    for u in order:
        around = graph._succ[u]
        inside = (
            [v for v in around if v in keep] if len(around) < len(keep) else [v for v in order if v in around]
        )
        edges.extend((u, v, key, data) for v in inside for key, data in around[v].items())
    b._fill(sub, [(n, graph._node[n]) for n in order], edges)
    return sub


class MemoryQueries:
    """:class:`~newsgraph.graph.query.rows.Queries` answered on a graph held in memory."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph

    def find(self, name: str, kinds: Iterable[str] | None = None) -> str:
        return find(self.graph, name, kinds)

    def label(self, node: str) -> str:
        return _label(self.graph, node)

    def entities(self, kind: str | None = None, limit: int | None = None) -> list[EntityRow]:
        return entities(self.graph, kind, limit)

    def relations_page(self, node: str, limit: int | None = None) -> Page[RelationRow]:
        return relations_page(self.graph, node, limit)

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
        return timeline_page(
            self.graph, node, since, until, cameo, limit, sector=sector, asserted_only=asserted_only
        )

    def events_page(
        self,
        cameo: str | None = None,
        between: tuple[str, str] | None = None,
        limit: int | None = None,
        *,
        sector: str | None = None,
        asserted_only: bool = False,
    ) -> Page[EventRow]:
        return events_page(self.graph, cameo, between, limit, sector=sector, asserted_only=asserted_only)

    def paths(self, a: str, b: str, max_hops: int = 4, limit: int = 5) -> list[list[Hop]]:
        return paths(self.graph, a, b, max_hops, limit)

    def ego_graph(self, node: str, hops: int) -> nx.MultiDiGraph:
        return induced(self.graph, ego_nodes(self.graph, node, hops))
