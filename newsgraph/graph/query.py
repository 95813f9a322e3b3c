"""Small named questions over the graph. Each returns dataclasses; the CLI formats them.

node = find(graph, "putin")
for row in relations(graph, node): ...
for hops in paths(graph, node, find(graph, "Kim Jong Un")): ...
"""

from __future__ import annotations

import difflib
import heapq
import re
import unicodedata
import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, count, filterfalse, pairwise, repeat
from operator import itemgetter, methodcaller, neg
from typing import Any, Generic, TypeVar

import networkx as nx

from newsgraph.errors import UnknownEntityError
from newsgraph.graph import build as b
from newsgraph.model import Kind, slug

MAX_SUGGESTIONS = 5
EVENT = Kind.EVENT.value

R = TypeVar("R")


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


def _first(items: list[Any], limit: int | None) -> list[Any]:
    """The ``limit`` smallest items in order (all of them, sorted, without a limit)."""
    if limit is None or limit >= len(items):
        return sorted(items)
    return heapq.nsmallest(limit, items)


# -- finding nodes by name -----------------------------------------------------------------------
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s$")


def normalize(name: str) -> str:
    """Case- and space-insensitive form of a name: "The Kremlin's" -> "kremlin"."""
    text = unicodedata.normalize("NFKC", name).strip()
    text = _POSSESSIVE.sub("", _THE.sub("", text))
    return " ".join(text.split()).casefold()


class GraphIndex:
    """Names -> entity nodes for one graph: labels, aliases, node ids and ISO3 codes, normalised.

    Event nodes are not indexed (their labels are descriptions, not names); an event is
    found by its node id only. The slug table, which makes "kim jong-un", "Kim Jong-Un" and
    "Kim Jong Un" one name, is built on the first name the other tables miss.
    """

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self._graph = weakref.ref(graph)
        self.by_label: defaultdict[str, set[str]] = defaultdict(set)
        self.by_name: defaultdict[str, set[str]] = defaultdict(set)
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

    @classmethod
    def restored(
        cls, graph: nx.MultiDiGraph, by_label: dict[str, set[str]], by_name: dict[str, set[str]]
    ) -> GraphIndex:
        """The index of ``graph`` from the tables :func:`prepare` saved for it."""
        index = cls.__new__(cls)
        index._graph = weakref.ref(graph)
        index.by_label = defaultdict(set, by_label)
        index.by_name = defaultdict(set, by_name)
        index._by_slug = None
        index.size = graph.number_of_nodes()
        return index

    def _add_entities(self) -> None:
        by_label, by_name = self.by_label, self.by_name
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
            label = norm(str(data.get(b.LABEL, node)))
            by_label[label].add(node)
            by_name[label].add(node)
            by_name[norm(str(node))].add(node)
            for alias in data.get(b.ALIASES, ()):
                by_name[norm(str(alias))].add(node)
            if data.get(b.ISO3):
                by_name[norm(str(data[b.ISO3]))].add(node)
        _event_sets[self.graph] = _Events(self.graph, events)  # found on the way, for the queries

    @property
    def by_slug(self) -> defaultdict[str, set[str]]:
        if self._by_slug is None:
            by_slug: defaultdict[str, set[str]] = defaultdict(set)
            for name, nodes in self.by_name.items():
                by_slug[slug(name)].update(nodes)
            self._by_slug = by_slug
        return self._by_slug

    def find(self, name: str, kinds: Iterable[str] | None = None) -> str:
        """The node called ``name``; raises UnknownEntityError with suggestions when none is."""
        wanted = {str(k) for k in kinds} if kinds is not None else None
        key = normalize(name)
        nodes = self.graph.nodes

        def allowed(node: str) -> bool:
            return wanted is None or nodes[node].get(b.KIND) in wanted

        for table, form in ((self.by_label, key), (self.by_name, key)):
            found = [n for n in table.get(form, ()) if allowed(n)]
            if found:
                return min(found, key=lambda n: (-int(nodes[n].get(b.MENTIONS, 0)), str(n)))
        if key in nodes and allowed(key):  # an event by its id
            return key
        found = [n for n in self.by_slug.get(slug(key), ()) if allowed(n)]
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
        first_plain = [(key[3], key[5], key[6]) for key in _first(plain, limit)]
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
            shown = [(event, role) for _key, event, role in _first(_dated(graph, roles), rest)]
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


# -- ready for a cache ---------------------------------------------------------------------------
def prepare(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Make now what the queries would make on first use (the name index, the set of event
    nodes, every hub's order) and return it as builtins (dicts, lists, sets, tuples) that
    :func:`adopt` takes back for the same graph. The store keeps it in its graph cache, in
    the same ``marshal`` dump as the graph, so the edge attribute dicts stay shared and a
    command in a new process finds everything ready."""
    index = index_of(graph)
    return {
        "names": (dict(index.by_label), dict(index.by_name)),
        "events": list(_event_nodes(graph)),
        "hubs": prepare_hubs(graph),
    }


def adopt(graph: nx.MultiDiGraph, saved: dict[str, Any]) -> None:
    """Take back what :func:`prepare` returned for this graph (as read from a cache)."""
    with b.paused_gc():
        by_label, by_name = saved["names"]
        _event_sets[graph] = _Events(graph, saved["events"])
        _indexes[graph] = GraphIndex.restored(graph, by_label, by_name)
        adopt_hubs(graph, saved["hubs"])


# -- dates ---------------------------------------------------------------------------------------
_DATE = re.compile(r"^(\d{4}|-)-?(\d{2})?-?(\d{2})?")


@lru_cache(maxsize=65536)  # a few thousand distinct dates in a big graph
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


def _resolved(graph: nx.MultiDiGraph, event: str) -> tuple[int | None, int | None, int | None] | None:
    """The event's date; a yearless date borrows its article's year."""
    data = graph._node[event]
    parts = _parts(data.get(b.DATE))
    if parts is not None and parts[0] is None and data.get(b.DOC):
        doc_date = graph.graph.get(b.DOCUMENTS, {}).get(data[b.DOC], {}).get("date")
        doc_parts = _parts(doc_date)
        if doc_parts and doc_parts[0] is not None:
            parts = (doc_parts[0], parts[1], parts[2])
    return parts


@lru_cache(maxsize=65536)
def _date_order(date: str | None) -> tuple[int, int, int, int]:
    """The sort prefix of a date: (0, year, month, day) dated, (1, 0, month, day) yearless,
    (2, 0, 0, 0) undated; a missing part is 0, so it sorts first."""
    parts = _parts(date)
    if parts is None:
        return (2, 0, 0, 0)
    year, month, day = parts
    return (0 if year is not None else 1, year or 0, month or 0, day or 0)


def _date_key(graph: nx.MultiDiGraph, event: str) -> tuple[Any, ...]:
    """Dated events by year, month, day (a missing part sorts first); yearless next; undated last.

    A yearless date borrows its article's year (see :func:`_resolved`)."""
    data = graph._node[event]
    order = _date_order(data.get(b.DATE))
    if order[0] == 1 and data.get(b.DOC):
        parts = _resolved(graph, event)
        if parts is not None and parts[0] is not None:
            return (0, parts[0], order[2], order[3], event)
    return (*order, event)


def _dated(
    graph: nx.MultiDiGraph, pairs: Iterable[tuple[str, str | None]]
) -> list[tuple[tuple[int, int, int, int], str, str | None]]:
    """(date order, event, role) for each (event, role): sorted, events come in :func:`_date_key` order."""
    pairs = list(pairs)
    events = list(map(itemgetter(0), pairs))
    orders = list(map(_date_order, map(_date_of, map(graph._node.__getitem__, events))))
    for i in compress(range(len(orders)), map((1).__eq__, map(itemgetter(0), orders))):
        orders[i] = _date_key(graph, events[i])[:4]  # yearless: it may borrow its article's year
    return list(zip(orders, events, map(itemgetter(1), pairs), strict=True))


def _span(
    parts: tuple[int | None, int | None, int | None],
) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    year, month, day = parts
    lo = (year or 0, month or 1, day or 1)
    hi = (year or 9999, month or 12, day or 31)
    return lo, hi


def _within(graph: nx.MultiDiGraph, event: str, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    parts = _resolved(graph, event)
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


def _cameo_ok(graph: nx.MultiDiGraph, event: str, cameo: str | None) -> bool:
    return cameo is None or str(graph._node[event].get(b.CAMEO, "")).startswith(str(cameo))


def timeline(
    graph: nx.MultiDiGraph,
    node: str,
    since: str | None = None,
    until: str | None = None,
    cameo: str | None = None,
    limit: int | None = None,
) -> list[EventRow]:
    """Events the node takes part in, by date; ``cameo`` is a code prefix ("04" matches 042, 043).

    With ``limit``, the first ``limit`` of them (see :func:`timeline_page` for the count).
    """
    return timeline_page(graph, node, since, until, cameo, limit).rows


def timeline_page(
    graph: nx.MultiDiGraph,
    node: str,
    since: str | None = None,
    until: str | None = None,
    cameo: str | None = None,
    limit: int | None = None,
) -> Page[EventRow]:
    """:func:`timeline` and how many events match in all; only the rows returned are built."""
    hub = _hub(graph, node)
    found = _matching(graph, hub.roles if hub is not None else list(_roles(graph, node)), since, until, cameo)
    if hub is not None:  # already in date order
        shown = found if limit is None else found[:limit]
        return Page([_event_row(graph, event, role) for event, role in shown], len(found))
    dated = _dated(graph, found)
    return Page([_event_row(graph, event, role) for _key, event, role in _first(dated, limit)], len(dated))


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
) -> list[EventRow]:
    """All events by date, optionally by CAMEO prefix and with both nodes of ``between`` taking part.

    With ``limit``, the first ``limit`` of them (see :func:`events_page` for the count).
    """
    return events_page(graph, cameo, between, limit).rows


def events_page(
    graph: nx.MultiDiGraph,
    cameo: str | None = None,
    between: tuple[str, str] | None = None,
    limit: int | None = None,
) -> Page[EventRow]:
    """:func:`events` and how many events match in all; only the rows returned are built."""
    if between is not None:
        first, second = (_events_of(graph, n) for n in between)
        candidates: Iterable[str] = first & second
    else:
        candidates = _event_nodes(graph)
    if cameo is not None:
        candidates = [event for event in candidates if _cameo_ok(graph, event, cameo)]
    dated = _dated(graph, zip(candidates, repeat(None)))
    return Page([_event_row(graph, event) for _key, event, _role in _first(dated, limit)], len(dated))


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
def _scan_cost(succ: dict[str, Any], pred: dict[str, Any], front: set[str]) -> int:
    """Adjacency entries that expanding ``front`` reads."""
    return sum(map(len, map(succ.__getitem__, front))) + sum(map(len, map(pred.__getitem__, front)))


def _expand(succ: dict[str, Any], pred: dict[str, Any], front: set[str], seen: set[str]) -> set[str]:
    """One BFS level on the undirected view: the neighbours of ``front`` not ``seen`` yet.

    Only the levels are kept, not each node's parents: the few nodes on a returned path
    find theirs again (:func:`_parents`), so the search itself runs in C set operations.
    """
    found: set[str] = set()
    grow = found.update
    for node in front:
        grow(succ[node])
        grow(pred[node])
    return found - seen


def _parents(succ: dict[str, Any], pred: dict[str, Any], level: set[str], node: str) -> list[str]:
    """The nodes of ``level`` (the BFS level before ``node``'s) adjacent to ``node``, sorted."""
    out, into = succ[node], pred[node]
    if len(level) < len(out) + len(into):
        return sorted(n for n in level if n in out or n in into)
    return sorted({n for n in chain(out, into) if n in level})


def _walks(
    succ: dict[str, Any], pred: dict[str, Any], levels: list[set[str]], node: str, limit: int
) -> list[list[str]]:
    """Up to ``limit`` shortest walks from the BFS root (``levels[0]``) to ``node`` (root first)."""
    out: list[list[str]] = []

    def walk(at: str, depth: int, tail: list[str]) -> None:
        if len(out) >= limit:
            return
        if depth == 0:
            out.append([at, *tail])
            return
        for up in _parents(succ, pred, levels[depth - 1], at):
            walk(up, depth - 1, [at, *tail])

    walk(node, next(d for d, level in enumerate(levels) if node in level), [])
    return out


def shortest_paths(
    graph: nx.MultiDiGraph, a: str, b_: str, max_hops: int = 4, limit: int = 5
) -> list[list[str]]:
    """Up to ``limit`` shortest node paths between a and b over the undirected view.

    A bidirectional BFS: each step grows the side whose frontier has fewer adjacency entries
    to read, and the search stops at the first level where the two sides meet. Paths are
    listed by meeting node, then by the sorted parents along each half.
    """
    if a not in graph or b_ not in graph or a == b_:
        return []
    succ, pred = graph._succ, graph._pred
    levels_a, levels_b = [{a}], [{b_}]
    seen_a, seen_b = {a}, {b_}
    cost_a, cost_b = _scan_cost(succ, pred, {a}), _scan_cost(succ, pred, {b_})
    depth = 0
    while levels_a[-1] and levels_b[-1] and depth < max_hops:
        depth += 1
        grow_a = cost_a <= cost_b
        levels, seen, other = (levels_a, seen_a, seen_b) if grow_a else (levels_b, seen_b, seen_a)
        if depth == max_hops:  # the last level: only its meeting nodes matter, not the level itself
            meet = _meeting(succ, pred, levels[-1], other)
            levels.append(meet)
        else:
            front = _expand(succ, pred, levels[-1], seen)
            levels.append(front)
            seen |= front
            meet = front & other
            if grow_a:
                cost_a = _scan_cost(succ, pred, front)
            else:
                cost_b = _scan_cost(succ, pred, front)
        if meet:
            return _joined(succ, pred, levels_a, levels_b, meet, limit)
    return []


def _joined(
    succ: dict[str, Any],
    pred: dict[str, Any],
    levels_a: list[set[str]],
    levels_b: list[set[str]],
    meet: set[str],
    limit: int,
) -> list[list[str]]:
    """Up to ``limit`` paths through the meeting nodes, by meeting node, then by parents."""
    paths: list[list[str]] = []
    for middle in sorted(meet):
        for head in _walks(succ, pred, levels_a, middle, limit):
            for tail in _walks(succ, pred, levels_b, middle, limit):
                paths.append(head + tail[::-1][1:])
                if len(paths) >= limit:
                    return paths
    return paths


def _meeting(succ: dict[str, Any], pred: dict[str, Any], front: set[str], other: set[str]) -> set[str]:
    """The nodes of ``other`` next to ``front``: the last level's meeting, without making the level."""
    found: set[str] = set()
    for node in front:
        found |= other.intersection(succ[node])
        found |= other.intersection(pred[node])
    return found


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
