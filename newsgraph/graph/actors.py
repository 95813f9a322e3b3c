"""The graph seen as actors: who acts for which state, and who did what to whom in each event.

Shared by the dyad questions (:mod:`newsgraph.graph.dyads`) and the page's actor view
(:mod:`newsgraph.graph.render`). Reads only the attribute names of :mod:`.build`.

Affiliation spans: an ``affiliated_with`` or ``part_of`` edge from a person or organization
to a state may carry ``since``/``until`` (ISO dates, possibly partial); where it does, the
member counts for the state only within them, elsewhere always.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import networkx as nx

from . import build as b
from .dyads import Membership, PairEvent, effective_date, member_of
from .query import memory

__all__ = [
    "ACTOR_KINDS",
    "GraphActors",
    "affiliations",
    "event_date",
    "pair_events",
    "participants",
    "side_members",
]

#: Node kinds that act: the actor view draws these, dyads pair them.
ACTOR_KINDS = ("person", "state", "organization")
#: Edges from a person or organization that make it act for a state.
MEMBER_RELATIONS = frozenset({"affiliated_with", "part_of"})
SINCE, UNTIL = "since", "until"


def _kind(graph: nx.MultiDiGraph, node: Any) -> str:
    return str(graph.nodes[node].get(b.KIND, ""))


def affiliations(graph: nx.MultiDiGraph) -> dict[Any, list[Membership]]:
    """Person or organization -> the states it acts for (``Membership.member`` is the state)."""
    out: defaultdict[Any, list[Membership]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        if data.get(b.RELATION) not in MEMBER_RELATIONS or u == v:
            continue
        if _kind(graph, v) != "state" or _kind(graph, u) not in ("person", "organization"):
            continue
        span = Membership(v, data.get(SINCE) or None, data.get(UNTIL) or None)
        if span not in out[u]:
            out[u].append(span)
    return dict(out)


def side_members(graph: nx.MultiDiGraph, node: Any, *, states: bool) -> list[Membership]:
    """The nodes that count as ``node`` in a dyad: itself; with ``states``, its state(s)
    instead (a person or organization with no state stays itself) and every person and
    organization acting for them, with the spans they do."""
    if not states:
        return [Membership(node)]
    kind = _kind(graph, node)
    if kind == "state":
        heads = [node]
    else:
        heads = sorted({m.member for m in affiliations(graph).get(node, [])}, key=str) or [node]
    found = [Membership(h) for h in heads]
    for head in heads:
        if _kind(graph, head) != "state":
            continue
        for u, _v, data in graph.in_edges(head, data=True):
            if data.get(b.RELATION) in MEMBER_RELATIONS and _kind(graph, u) in ("person", "organization"):
                span = Membership(u, data.get(SINCE) or None, data.get(UNTIL) or None)
                if span not in found:
                    found.append(span)
    return found


def participants(graph: nx.MultiDiGraph, event: Any) -> dict[str, list[Any]]:
    """An event's agents, targets and locations by node id, each list sorted."""
    roles = memory.participants(graph, event)
    return {role: sorted(set(nodes), key=str) for role, nodes in roles.items()}


def event_date(graph: nx.MultiDiGraph, event: Any) -> str | None:
    """The event's effective date (:func:`newsgraph.graph.dyads.effective_date`)."""
    data = graph.nodes[event]
    documents: Mapping[str, Mapping[str, Any]] = graph.graph.get(b.DOCUMENTS) or {}
    doc = documents.get(data.get(b.DOC)) or {} if data.get(b.DOC) is not None else {}
    return effective_date(data.get(b.DATE), doc.get("date"))


def pair_events(graph: nx.MultiDiGraph, kind: str = "any") -> Iterator[PairEvent]:
    """Every event with its agents and targets as actors of ``kind``: ``any`` keeps persons,
    states and organizations as they are; ``person`` keeps persons; ``state`` keeps states and
    puts each person and organization in the place of the states it acts for at the time."""
    if kind not in ("any", *ACTOR_KINDS):
        raise ValueError(f"kind {kind!r} is not one of any, {', '.join(ACTOR_KINDS)}")
    kinds = {n: d.get(b.KIND) for n, d in graph.nodes(data=True)}
    members = affiliations(graph) if kind == "state" else {}

    def mapped(n: Any, date: str | None) -> set[Any]:
        k = kinds.get(n)
        if (kind == "any" and k in ACTOR_KINDS) or k == kind:
            return {n}
        if kind == "state" and n in members:
            return member_of(members[n], date)
        return set()

    def actors(nodes: list[Any], date: str | None) -> tuple[Any, ...]:
        out: set[Any] = set()
        for n in nodes:
            out |= mapped(n, date)
        return tuple(sorted(out, key=str))

    def joint(nodes: list[Any], date: str | None) -> tuple[tuple[Any, Any], ...]:
        """Pairs of what two different agents stand for (never two states of one person)."""
        groups = [mapped(n, date) for n in nodes]
        pairs = {
            (x, y) if str(x) < str(y) else (y, x)
            for i, first in enumerate(groups)
            for second in groups[i + 1 :]
            for x in first
            for y in second
            if x != y
        }
        return tuple(sorted(pairs, key=lambda p: (str(p[0]), str(p[1]))))

    for event, k in kinds.items():
        if k != "event":
            continue
        roles = participants(graph, event)
        if not roles["agent"]:
            continue
        data = graph.nodes[event]
        date = event_date(graph, event)
        agents = actors(roles["agent"], date)
        if not agents:
            continue
        targets = actors(roles["target"], date)
        yield PairEvent(
            id=str(event),
            date=date,
            cameo=str(data.get(b.CAMEO) or ""),
            modality=str(data.get(b.MODALITY) or "asserted"),
            negated=bool(data.get(b.NEGATED)),
            agents=agents,
            targets=targets,
            joint=joint(roles["agent"], date),
        )


class GraphActors:
    """What a dyad asks (:meth:`newsgraph.knowledge.KnowledgeGraph.dyad`), answered on a graph
    in memory; :class:`newsgraph.graph.query.sql.SqlQueries` answers the same from the store."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self._rows: dict[str, Any] = {}

    def kinds(self, nodes: Iterable[Any]) -> dict[Any, str]:
        return {n: str(self.graph.nodes[n].get(b.KIND) or "") for n in nodes if n in self.graph}

    def side_members(self, node: Any, *, states: bool) -> list[Membership]:
        return side_members(self.graph, node, states=states)

    def member_roles(self, members: Iterable[Any]) -> dict[Any, dict[str, str]]:
        from .query.memory import timeline_page

        out: dict[Any, dict[str, str]] = {}
        for member in members:
            mine = out[member] = {}
            for row in timeline_page(self.graph, member).rows:
                self._rows[row.id] = row
                if row.role:
                    mine[row.id] = row.role
        return out

    def event_rows(self, events: Iterable[str]) -> dict[str, Any]:
        return {e: self._rows[e] for e in events}

    def documents(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        documents: Mapping[str, Mapping[str, Any]] = self.graph.graph.get(b.DOCUMENTS) or {}
        return {doc: dict(documents[doc]) for doc in ids if doc in documents}

    def labels(self, nodes: Iterable[Any]) -> dict[Any, str]:
        return {n: str(self.graph.nodes[n].get(b.LABEL, n)) if n in self.graph else str(n) for n in nodes}
