"""Render a knowledge graph as one self-contained, interactive HTML page.

What comes from pyvis and why not the rest
------------------------------------------
pyvis is used only for its **bundled copy of vis-network 9.1.2**
(``pyvis/templates/lib/vis-9.1.2/vis-network.min.js``), which is inlined into the page so
that it opens offline and loads nothing remote. The page itself is written from our own
Jinja2 template (``graph/templates/graph.html``) that drives vis-network directly, because
pyvis's own page generation does not fit a graph built from untrusted news text:

- by default it loads vis-network from a CDN, and even ``cdn_resources="in_line"`` still
  links Bootstrap from a CDN;
- its template inserts ``heading`` and the ``select_menu`` option ids without escaping;
- a node ``title`` containing ``href`` makes it switch to an ``innerHTML`` popup, so article
  text could inject markup;
- ``Network.add_edge`` is linear per call (quadratic for a whole graph), its ``filter_menu``
  is reported to hide the graph, and a few thousand nodes with physics on never settle.

How the page is safe
--------------------
All data travels as one JSON document in ``<script type="application/json"
id="graph-data">``. ``<``, ``>``, ``&``, U+2028 and U+2029 are written as ``\\u003c`` etc.,
so ``</script>`` or ``<!--`` in a label cannot end the script element. Characters that are
not allowed in HTML/XML text (C0/C1 controls other than tab, newline and carriage return,
U+FFFE/U+FFFF and lone surrogates) are removed before serialising: see :func:`clean_text`.
The script builds tooltips and the details panel with ``document.createElement`` and
``textContent`` only, never ``innerHTML`` with data. The page title is HTML-escaped by
Jinja2's autoescaping.

What is shown
-------------
Selection happens in this order:

1. ``focus``: the ego network of that node id within ``hops`` on the undirected view.
2. ``kinds``: entity nodes of those kinds are kept. Event nodes are kept when ``"event"`` is
   in ``kinds`` **and** at least one of their participants (agent, target or location
   neighbour) is kept, so the page never shows events detached from everything selected.
3. ``max_nodes``: the most connected nodes are kept (degree in the selection, then mention
   count, then id for a deterministic order). The page says how many were left out.

``RenderResult.nodes_total`` counts the nodes after steps 1 and 2 and ``nodes_omitted`` how
many of those step 3 dropped.

Up to 500 nodes, vis-network lays the graph out with barnesHut physics, stabilisation capped
(200 iterations; 80 when it starts from precomputed positions, which it does above 100
nodes), then physics is switched off so the graph settles and stops. Above 500 nodes the
positions are precomputed here (a seeded Fruchterman-Reingold layout in numpy, few
iterations) and the page starts with physics off; a checkbox turns physics on.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import NewsGraphError
from . import actors as act
from .build import paused_gc
from .dyads import goldstein
from .output import open_output

__all__ = ["KIND_STYLES", "RenderResult", "clean_text", "dump_json_for_html", "render_html"]

#: Colour, vis-network shape and legend name of each node kind.
KIND_STYLES: dict[str, dict[str, str]] = {
    "person": {"color": "#4e79a7", "shape": "dot", "name": "Person"},
    "state": {"color": "#e15759", "shape": "square", "name": "State"},
    "organization": {"color": "#59a14f", "shape": "triangle", "name": "Organization"},
    "location": {"color": "#b07aa1", "shape": "hexagon", "name": "Location"},
    "event": {"color": "#f28e2b", "shape": "diamond", "name": "Event"},
}
_OTHER_STYLE = {"color": "#9c9c9c", "shape": "dot", "name": "Other"}

#: The 20 CAMEO root categories, for the event-type filter.
CAMEO_ROOTS: dict[str, str] = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit military posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}

#: Above this many nodes shown, positions are computed in Python and physics starts off.
LAYOUT_THRESHOLD = 500
#: Above this many nodes, physics starts from precomputed positions with fewer iterations.
SEED_THRESHOLD = 100
#: Evidence sentences per node or edge carried into the page.
MAX_EVIDENCE = 3
#: Documents listed in a node's panel.
MAX_DOCUMENTS = 12
#: A mean Goldstein score at or beyond +-this draws an actor link fully green or red.
GOLDSTEIN_FULL = 5.0
_MAX_SENTENCE = 600

_VIS_JS = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")

# C0 controls except \t \n \r, DEL, C1 controls, surrogates, and the two XML non-characters.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_HTML_JSON_RE = re.compile("[<>&\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class RenderResult:
    """What :func:`render_html` wrote: ``nodes_shown + nodes_omitted == nodes_total`` (the
    event view); ``actors_shown`` and ``links_shown`` count the actor view, which opens first."""

    path: Path
    nodes_shown: int
    edges_shown: int
    nodes_total: int
    nodes_omitted: int
    actors_shown: int = 0
    links_shown: int = 0


def clean_text(value: object) -> str:
    """``str(value)`` without characters HTML/XML text may not contain.

    Surrogate pairs stored as two code points are joined into the character they encode;
    lone surrogates, C0/C1 controls (tab, newline and carriage return stay), DEL and
    U+FFFE/U+FFFF are dropped.
    """
    text = value if isinstance(value, str) else str(value)
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")
    return _INVALID.sub("", text)


def dump_json_for_html(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&``, U+2028/9."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _HTML_JSON_RE.sub(lambda m: _HTML_JSON_ESCAPES[m.group()], text)


def render_html(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    focus: str | None = None,
    hops: int = 1,
    kinds: set[str] | None = None,
    max_nodes: int = 300,
    title: str = "newsgraph",
) -> RenderResult:
    """Write ``graph`` as one self-contained interactive HTML page at ``path``.

    ``focus`` is a node id; with it only nodes within ``hops`` of it (ignoring edge
    direction) are drawn. ``kinds`` keeps only those node kinds (see the module docstring
    for events). At most ``max_nodes`` nodes are drawn, the most connected first.
    """
    if max_nodes < 1:
        raise NewsGraphError(f"max_nodes must be at least 1, got {max_nodes}; pass --max-nodes 300")
    if hops < 0:
        raise NewsGraphError(f"hops must be 0 or more, got {hops}")
    selected = _select(graph, focus=focus, hops=hops, kinds=kinds)
    total = len(selected)
    shown = _most_connected(graph, selected, max_nodes, always=focus)
    sub = _induced(graph, shown)

    documents: Mapping[str, Mapping[str, Any]] = graph.graph.get("documents") or {}
    positions = _layout(sub) if len(sub) > SEED_THRESHOLD else None
    physics = len(sub) <= LAYOUT_THRESHOLD
    nodes = [_node_json(graph, n, documents, positions) for n in _ordered(sub)]
    edges = [
        _edge_json(i, u, v, data, documents)
        for i, (u, v, data) in enumerate(sorted(sub.edges(data=True), key=_edge_sort_key))
    ]
    with paused_gc():  # tens of thousands of small dicts and tuples, no cycles
        actor_view = _actor_view(graph, focus=focus, hops=hops, kinds=kinds, max_nodes=max_nodes)
    in_events = {n["id"] for n in nodes}
    actor_nodes = [
        _node_json(graph, n, documents, None) for n in actor_view.nodes if clean_text(n) not in in_events
    ]
    events = _events_json(graph, actor_view, documents)
    kinds_present = sorted({n["kind"] for n in nodes + actor_nodes}, key=_kind_order)
    roots = sorted(
        {n["cameo_root"] for n in nodes if n.get("cameo_root")}
        | {e["cameo"][:2] for e in events.values() if len(e["cameo"]) >= 2}
    )
    links = [_link_json(i, link) for i, link in enumerate(actor_view.links)]
    payload = {
        "title": clean_text(title),
        "nodes": nodes,
        "edges": edges,
        "actor_nodes": actor_nodes,
        "actors": {
            "nodes": [
                {"id": clean_text(n), "x": round(x, 1), "y": round(y, 1)}
                for n, (x, y) in actor_view.positions.items()
            ],
            "links": links,
            "total": actor_view.total,
            "omitted": actor_view.total - len(actor_view.nodes),
        },
        "events": events,
        "dates": sorted({e["day"] for e in events.values() if e["day"]}),
        "goldstein_full": GOLDSTEIN_FULL,
        "view": "actor" if actor_view.nodes else "event",
        "styles": {k: KIND_STYLES.get(k, _OTHER_STYLE) for k in kinds_present},
        "cameo_roots": [{"code": r, "name": CAMEO_ROOTS.get(r, "Other")} for r in roots],
        "stats": {"shown": len(nodes), "total": total, "omitted": total - len(nodes), "edges": len(edges)},
        "focus": clean_text(focus) if focus is not None else None,
        "physics": physics,
        "stabilization_iterations": 200 if positions is None else 80,
    }
    html = _template().render(
        title=clean_text(title),
        vis_js=_vis_js(),
        data_json=dump_json_for_html(payload),
        legend=[(k, KIND_STYLES.get(k, _OTHER_STYLE)) for k in kinds_present or KIND_STYLES],
        stats=payload["stats"],
        actor_stats={"shown": len(actor_view.nodes), "total": actor_view.total, "links": len(links)},
    )
    out = Path(path)
    with open_output(out) as fh:
        fh.write(html.encode("utf-8"))
    return RenderResult(
        path=out,
        nodes_shown=len(nodes),
        edges_shown=len(edges),
        nodes_total=total,
        nodes_omitted=total - len(nodes),
        actors_shown=len(actor_view.nodes),
        links_shown=len(links),
    )


# -- selection -------------------------------------------------------------------------


def _select(graph: nx.MultiDiGraph, *, focus: str | None, hops: int, kinds: set[str] | None) -> set[Any]:
    if focus is not None:
        if focus not in graph:
            raise NewsGraphError(
                f"focus node {focus!r} is not in the graph; pass a node id such as 'person:kim-jong-un'"
            )
        nodes = _ego(graph, focus, hops)
    else:
        nodes = set(graph.nodes)
    if kinds is None:
        return nodes
    unknown = set(kinds) - set(KIND_STYLES)
    if unknown:
        raise NewsGraphError(
            f"unknown node kind(s) {', '.join(sorted(unknown))}; expected some of {', '.join(KIND_STYLES)}"
        )
    kept = {n for n in nodes if graph.nodes[n].get("kind") in kinds - {"event"}}
    if "event" in kinds:
        events = {n for n in nodes if graph.nodes[n].get("kind") == "event"}
        kept |= {n for n in events if n == focus or any(m in kept for m in _neighbours(graph, n))}
    return kept


def _neighbours(graph: nx.MultiDiGraph, node: Any) -> Iterable[Any]:
    yield from graph.succ[node]
    yield from graph.pred[node]


def _ego(graph: nx.MultiDiGraph, focus: Any, hops: int) -> set[Any]:
    seen = {focus}
    frontier = [focus]
    for _ in range(hops):
        nxt = []
        for node in frontier:
            for m in _neighbours(graph, node):
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        if not nxt:
            break
        frontier = nxt
    return seen


def _most_connected(graph: nx.MultiDiGraph, nodes: set[Any], limit: int, *, always: Any) -> set[Any]:
    """The ``limit`` nodes ranked first by: being ``always``, degree within ``nodes``, mentions, id.

    Only the nodes whose degree reaches the ``limit``-th largest are ranked in full, so a
    million-edge graph costs one pass over the degrees, not a sort of every node.
    """
    if len(nodes) <= limit:
        return nodes
    degree = _degrees(graph, nodes)
    floor = heapq.nlargest(limit, degree.values())[-1]
    candidates = [n for n, d in degree.items() if d >= floor]
    if always in nodes:
        candidates.append(always)

    def rank(n: Any) -> tuple[bool, int, int, str]:
        return (n != always, -degree[n], -_int(graph.nodes[n].get("mentions")), str(n))

    return set(sorted(set(candidates), key=rank)[:limit])


def _degrees(graph: nx.MultiDiGraph, nodes: set[Any]) -> dict[Any, int]:
    """Each node's number of edges to nodes of ``nodes`` (a self-loop counts twice)."""
    if not (graph.is_directed() and graph.is_multigraph()):
        degree: Counter[Any] = Counter(dict.fromkeys(nodes, 0))
        for u, v in graph.subgraph(nodes).edges():
            degree[u] += 1
            degree[v] += 1
        return degree
    succ, pred = graph._succ, graph._pred
    if len(nodes) == len(graph):  # the whole graph: add up key dict sizes, never visit an edge
        return {n: sum(map(len, succ[n].values())) + sum(map(len, pred[n].values())) for n in nodes}
    found = dict.fromkeys(nodes, 0)
    for u in nodes:
        out = succ[u]
        for v in nodes.intersection(out):
            k = len(out[v])
            found[u] += k
            found[v] += k
    return found


def _induced(graph: nx.MultiDiGraph, nodes: set[Any]) -> nx.MultiDiGraph:
    """A new graph of ``nodes`` and the edges among them, nodes in the graph's order.

    Unlike ``graph.subgraph`` (a view that filters a hub's whole adjacency on every visit),
    it reads only the edges between kept nodes; attribute dicts are copied shallowly.
    """
    order = [n for n in graph if n in nodes]
    sub = graph.__class__()
    sub.add_nodes_from((n, graph.nodes[n]) for n in order)
    adjacency = graph._adj
    multi = graph.is_multigraph()
    for u in order:
        around = adjacency[u]
        inside = (
            [v for v in order if v in around]
            if len(around) > len(order)
            else [v for v in around if v in nodes]
        )
        if multi:
            sub.add_edges_from((u, v, key, data) for v in inside for key, data in around[v].items())
        else:
            sub.add_edges_from((u, v, around[v]) for v in inside)
    return sub


# -- serialisation ---------------------------------------------------------------------


def _kind_order(kind: str) -> tuple[int, str]:
    order = list(KIND_STYLES)
    return (order.index(kind) if kind in order else len(order), kind)


def _ordered(graph: nx.MultiDiGraph) -> list[Any]:
    return sorted(graph.nodes, key=str)


def _edge_sort_key(edge: tuple[Any, Any, Mapping[str, Any]]) -> tuple[str, str, str, str]:
    u, v, data = edge
    return (str(u), str(v), str(data.get("relation", "")), str(data.get("role") or ""))


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        try:  # GraphML round trips store lists as JSON strings
            decoded = json.loads(value)
        except ValueError:
            return [clean_text(value)]
        value = decoded if isinstance(decoded, list) else [value]
    return [clean_text(v) for v in value if v is not None]


def _length(value: Any) -> int:
    """``len(_strings(value))`` without cleaning each string (a hub lists thousands of documents)."""
    if value is None:
        return 0
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError:
            return 1
        if not isinstance(decoded, list):
            return 1
        value = decoded
    return sum(v is not None for v in value)


def _evidence(value: Any, documents: Mapping[str, Mapping[str, Any]]) -> list[dict[str, str]]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    out = []
    for item in value or []:
        if not isinstance(item, Mapping):
            continue
        doc = clean_text(item.get("doc", ""))
        doc_id = item.get("doc")
        meta = (documents.get(doc_id) if doc_id is not None else None) or {}
        text = clean_text(item.get("text", ""))
        if len(text) > _MAX_SENTENCE:
            text = text[: _MAX_SENTENCE - 1] + "…"
        out.append({"doc": doc, "title": clean_text(meta.get("title") or ""), "text": text})
        if len(out) == MAX_EVIDENCE:
            break
    return out


def _size(mentions: int) -> float:
    return round(min(45.0, 10.0 + 5.0 * math.log2(1 + max(0, mentions))), 1)


def _node_json(
    graph: nx.MultiDiGraph,
    node: Any,
    documents: Mapping[str, Mapping[str, Any]],
    positions: Mapping[Any, tuple[float, float]] | None,
) -> dict[str, Any]:
    data = graph.nodes[node]
    kind = clean_text(data.get("kind") or "other")
    mentions = _int(data.get("mentions"))
    label = clean_text(data.get("label") or "") or clean_text(node)
    out: dict[str, Any] = {
        "id": clean_text(node),
        "label": label,
        "kind": kind,
        "aliases": [a for a in _strings(data.get("aliases")) if a != label],
        "mentions": mentions,
        "size": _size(mentions),
        "documents": _length(data.get("documents")),
        "evidence": _evidence(data.get("evidence"), documents),
    }
    if data.get("iso3"):
        out["iso3"] = clean_text(data["iso3"])
    if kind in ("person", "organization"):
        offices = _offices(graph, node)
        if offices:
            out["offices"] = offices
    docs = _strings(data.get("documents"))[:MAX_DOCUMENTS] if kind != "event" else []
    if docs:
        out["docs"] = [
            {
                "id": d,
                "title": clean_text((documents.get(d) or {}).get("title") or ""),
                "date": clean_text((documents.get(d) or {}).get("date") or ""),
            }
            for d in docs
        ]
    if kind == "event":
        cameo = clean_text(data.get("cameo") or "")
        event_type = clean_text(data.get("event_type") or "")
        out.update(
            cameo=cameo,
            cameo_root=cameo[:2] if len(cameo) >= 2 else "",
            event_type=event_type,
            trigger=clean_text(data.get("trigger") or ""),
            negated=bool(data.get("negated")),
            modality=clean_text(data.get("modality") or ""),
            date=clean_text(data.get("date") or ""),
        )
        if not data.get("label"):
            out["label"] = ("not " if out["negated"] else "") + (event_type or out["trigger"] or label)
    if positions is not None:
        x, y = positions[node]
        out["x"], out["y"] = round(x, 1), round(y, 1)
    return out


def _edge_json(
    i: int, u: Any, v: Any, data: Mapping[str, Any], documents: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    relation = clean_text(data.get("relation") or "")
    role = clean_text(data.get("role") or "")
    return {
        "id": f"e{i}",
        "from": clean_text(u),
        "to": clean_text(v),
        "relation": relation,
        "role": role,
        "label": role or relation.replace("_", " "),
        "count": max(1, _int(data.get("count"))),
        "evidence": _evidence(data.get("evidence"), documents),
    }


def _offices(graph: nx.MultiDiGraph, node: Any) -> list[dict[str, str]]:
    """Offices held: role, the state or organization it is held in, and its dates where known."""
    found: dict[tuple[str, str, str, str], None] = {}
    for _, target, d in graph.out_edges(node, data=True):
        if d.get("relation") != "affiliated_with" or not d.get("role"):
            continue
        of = graph.nodes[target].get("label") or target
        found[
            (
                clean_text(d["role"]),
                clean_text(of),
                clean_text(d.get("since") or ""),
                clean_text(d.get("until") or ""),
            )
        ] = None
    return [
        {"role": role, "of": of, **({"since": since} if since else {}), **({"until": until} if until else {})}
        for role, of, since, until in sorted(found)
    ]


# -- actor view --------------------------------------------------------------------------


@dataclass(slots=True)
class _Link:
    """The events (and plain relations) between two actors ``a`` < ``b``."""

    a: Any
    b: Any
    events: dict[Any, str] = field(default_factory=dict)  # event -> "a->b" | "b->a" | "both"
    relations: list[tuple[Any, Any, Mapping[str, Any]]] = field(default_factory=list)
    related: int = 0  # how many relations, counted before they are gathered for shown links


@dataclass(slots=True)
class _ActorView:
    nodes: list[Any]
    positions: dict[Any, tuple[float, float]]
    links: list[_Link]
    total: int


def _actor_view(
    graph: nx.MultiDiGraph, *, focus: Any, hops: int, kinds: set[str] | None, max_nodes: int
) -> _ActorView:
    """Persons, states and organizations, one link per pair that shares events or relations.

    ``focus``/``hops`` walk these links (an event or a place as focus starts from the actors
    around it), ``kinds`` keeps the actor kinds among them and ``max_nodes`` the most linked."""
    wanted = set(act.ACTOR_KINDS) if kinds is None else set(act.ACTOR_KINDS) & set(kinds)
    nodes = graph._node
    universe = {n for n, d in nodes.items() if d.get("kind") in wanted}
    links: dict[tuple[Any, Any], _Link] = {}

    def link(x: Any, y: Any) -> tuple[_Link, bool]:
        key = (x, y) if str(x) < str(y) else (y, x)
        found = links.get(key)
        if found is None:
            found = links[key] = _Link(*key)
        return found, key[0] == x

    pred, succ = graph._pred, graph._succ

    def having(around: Mapping[Any, Mapping[Any, Mapping[str, Any]]], relation: str) -> list[Any]:
        return [
            m
            for m, keyed in around.items()
            if m in universe and any(d.get("relation") == relation for d in keyed.values())
        ]

    for event, data in nodes.items():  # one pass over the event nodes, reading adjacency directly
        if data.get("kind") != "event":
            continue
        agents = having(pred[event], "agent")
        if not agents:
            continue
        for y in having(succ[event], "target"):
            for x in agents:
                if x == y:
                    continue
                found, forward = link(x, y)
                way = "a->b" if forward else "b->a"
                before = found.events.get(event)
                found.events[event] = way if before in (None, way) else "both"
    for u in universe:  # relations between actors: only the actors' own edges are read
        for v, keyed in succ[u].items():
            if v != u and v in universe:
                link(u, v)[0].related += len(keyed)

    adjacency: dict[Any, dict[Any, int]] = {}
    for found in links.values():
        weight = len(found.events) + found.related
        adjacency.setdefault(found.a, {})[found.b] = weight
        adjacency.setdefault(found.b, {})[found.a] = weight
    if focus is not None:
        seeds = {focus} if focus in universe else {m for m in _neighbours(graph, focus) if m in universe}
        if focus not in universe and not seeds:  # a place or an event: the actors of its events
            for m in _neighbours(graph, focus):
                seeds |= {p for p in _neighbours(graph, m) if p in universe}
        selected = set(seeds)
        frontier = set(seeds)
        for _ in range(max(0, hops - (0 if focus in universe else 1))):
            frontier = {m for n in frontier for m in adjacency.get(n, ())} - selected
            selected |= frontier
    else:
        selected = universe
    total = len(selected)
    if len(selected) > max_nodes:
        whole = selected is universe  # then every link counts, no membership test per link

        def rank(n: Any) -> tuple[bool, int, int, str]:
            around = adjacency.get(n, {})
            strength = sum(around.values()) if whole else sum(w for m, w in around.items() if m in selected)
            return (n != focus, -strength, -_int(nodes[n].get("mentions")), str(n))

        selected = set(heapq.nsmallest(max_nodes, selected, key=rank))
    order = sorted(selected, key=str)
    kept = sorted(
        (found for (a, b), found in links.items() if a in selected and b in selected),
        key=lambda found: (str(found.a), str(found.b)),
    )
    for found in kept:
        if found.related:
            for u, v in ((found.a, found.b), (found.b, found.a)):
                found.relations.extend((u, v, d) for d in succ[u].get(v, {}).values())
    return _ActorView(order, _actor_layout(graph, order, kept), kept, total)


def _link_json(i: int, link: _Link) -> dict[str, Any]:
    ordered = sorted(link.events.items(), key=lambda kv: str(kv[0]))
    return {
        "id": f"l{i}",
        "from": clean_text(link.a),
        "to": clean_text(link.b),
        "events": [clean_text(e) for e, _ in ordered],
        "ways": [way for _, way in ordered],
        "relations": [
            {
                "from": clean_text(u),
                "to": clean_text(v),
                "relation": clean_text(d.get("relation") or ""),
                "role": clean_text(d.get("role") or ""),
                "count": max(1, _int(d.get("count"))),
            }
            for u, v, d in sorted(link.relations, key=_edge_sort_key)
        ],
    }


def _events_json(
    graph: nx.MultiDiGraph, view: _ActorView, documents: Mapping[str, Mapping[str, Any]]
) -> dict[str, dict[str, Any]]:
    """The events behind the actor links, by id: what the link panel lists and the slider filters."""
    out: dict[str, dict[str, Any]] = {}
    for link in view.links:
        for event in link.events:
            key = clean_text(event)
            if key in out:
                continue
            data = graph.nodes[event]
            cameo = clean_text(data.get("cameo") or "")
            date = act.event_date(graph, event)
            doc = data.get("doc")
            meta = (documents.get(doc) if doc is not None else None) or {}
            out[key] = {
                "date": clean_text(date or ""),
                "day": _day(date),
                "cameo": cameo,
                "event_type": clean_text(data.get("event_type") or ""),
                "trigger": clean_text(data.get("trigger") or ""),
                "modality": clean_text(data.get("modality") or "asserted"),
                "negated": bool(data.get("negated")),
                "goldstein": goldstein(cameo),
                "doc": clean_text(doc or ""),
                "doc_title": clean_text(meta.get("title") or ""),
                "evidence": _evidence(data.get("evidence"), documents)[:1],
            }
    return out


def _day(date: str | None) -> str:
    """The first day a partial ISO date covers ("2023-07" -> "2023-07-01"); "" when undated."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", date or "")
    if not match:
        return ""
    year, month, day = match.groups()
    return f"{year}-{month or '01'}-{day or '01'}"


#: Label geometry of the page (system-ui at the node's font size), in canvas units.
_CHAR_WIDTH = 0.62  # of the font size: a little wider than the average sans-serif glyph
_LABEL_GAP = 5.0
#: Width over height of the drawing the actor layout aims for.
ASPECT = 1.3


def _font_size(size: float) -> int:
    return round(10 + size / 2.5)  # the template uses the same rule


def _actor_layout(
    graph: nx.MultiDiGraph, order: list[Any], links: list[_Link]
) -> dict[Any, tuple[float, float]]:
    """Positions with no two nodes' boxes (shape plus the label below it) overlapping.

    A seeded force layout (:func:`_layout`) gives the shape; it is then scaled so the boxes
    fill about a third of the drawing, stretched to the page's landscape, and boxes that
    still overlap are pushed apart along the axis of least overlap until none do."""
    import numpy as np

    n = len(order)
    if n == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(order)
    simple.add_edges_from((link.a, link.b) for link in links)
    start = _layout(simple) if n > 1 else {order[0]: (0.0, 0.0)}
    pos = np.array([start[node] for node in order], dtype=np.float64)
    sizes = np.array([_size(_int(graph.nodes[node].get("mentions"))) for node in order])
    fonts = np.array([_font_size(s) for s in sizes], dtype=np.float64)
    chars = np.array(
        [len(clean_text(graph.nodes[node].get("label") or node)) for node in order], dtype=np.float64
    )
    half_w = np.maximum(sizes, chars * fonts * _CHAR_WIDTH / 2) + 6
    up = sizes + 4
    down = sizes + _LABEL_GAP + fonts * 1.3 + 4
    # The largest connected part sets the scale: its boxes fill about a third of its area,
    # each axis scaled on its own to the page's landscape (about 1100 x 880 beside the side
    # panel). Smaller parts and lone actors are shelved in rows under it, not scattered round.
    parts = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c))))
    index = {node: i for i, node in enumerate(order)}
    core = np.array(sorted(index[node] for node in parts[0]))
    area = float(np.sum(2 * half_w[core] * (up[core] + down[core])))
    pos -= pos[core].mean(axis=0)
    span = np.maximum(np.ptp(pos[core], axis=0), 1e-6)
    target = math.sqrt(3.0 * area)
    pos *= np.array([target * ASPECT**0.5, target / ASPECT**0.5]) / np.maximum(span, span.max() / 3)
    if len(parts) > 1:
        _shelve(pos, [np.array(sorted(index[node] for node in part)) for part in parts], half_w, up, down)
    _remove_overlaps(pos, half_w, up, down, iterations=400 if n <= LAYOUT_THRESHOLD else max(10, 40_000 // n))
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for i, node in enumerate(order)}


def _shelve(pos: Any, parts: list[Any], half_w: Any, up: Any, down: Any, *, gap: float = 24.0) -> None:
    """Keep ``parts[0]`` where it is and put every other part, as laid out, in rows under it."""
    import numpy as np

    def box(idx: Any) -> tuple[float, float, float, float]:
        return (
            float(np.min(pos[idx, 0] - half_w[idx])),
            float(np.min(pos[idx, 1] - up[idx])),
            float(np.max(pos[idx, 0] + half_w[idx])),
            float(np.max(pos[idx, 1] + down[idx])),
        )

    left, _top, right, bottom = box(parts[0])
    width = max(right - left, 600.0)
    x, y, row = left, bottom + 2 * gap, 0.0
    for idx in parts[1:]:
        x0, y0, x1, y1 = box(idx)
        if x > left and x + (x1 - x0) > left + width:
            x, y, row = left, y + row + gap, 0.0
        pos[idx, 0] += x - x0
        pos[idx, 1] += y - y0
        x += (x1 - x0) + gap
        row = max(row, y1 - y0)


def _overlapping(pos: Any, half_w: Any, up: Any, down: Any) -> tuple[Any, Any, Any, Any]:
    """The pairs (i, j) of boxes that overlap and by how much along x and y.

    Sort and sweep: after sorting by left edge, box i can only meet the boxes after it whose
    left edge comes before its right edge, so no n x n matrix is ever built."""
    import numpy as np

    n = len(pos)
    left = pos[:, 0] - half_w
    order = np.argsort(left, kind="stable")
    lo, hi = left[order], (pos[:, 0] + half_w)[order]
    ends = np.searchsorted(lo, hi, side="left")
    counts = np.maximum(ends - np.arange(n) - 1, 0)
    first = np.repeat(np.arange(n), counts)
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    i, j = order[first], order[first + 1 + offsets]
    ox = half_w[i] + half_w[j] - np.abs(pos[i, 0] - pos[j, 0])
    dy = pos[j, 1] - pos[i, 1]  # > 0: j is below i
    oy = np.where(dy >= 0, down[i] + up[j] - dy, down[j] + up[i] + dy)
    hit = (ox > 0) & (oy > 0)
    return i[hit], j[hit], ox[hit], oy[hit]


def _remove_overlaps(pos: Any, half_w: Any, up: Any, down: Any, *, iterations: int) -> int:
    """Push overlapping boxes apart in place; returns the overlaps left (0 when it converged).

    Box i spans ``x ± half_w[i]`` and ``y - up[i] .. y + down[i]``. Each round moves both
    boxes of every overlapping pair half the overlap apart along the axis where it is
    smaller; a box pushed by several others moves by the largest push each way. A tie in
    position goes by index, so equal positions separate deterministically. When pushing
    stalls (every 20 rounds with overlaps left), the drawing is spread by 5 %, which
    separates any two boxes in the end."""
    import numpy as np

    n = len(pos)
    if n < 2:
        return 0
    left = 0
    for round_ in range(1, iterations + 1):
        i, j, ox, oy = _overlapping(pos, half_w, up, down)
        left = len(i)
        if not left:
            return 0
        sx = np.sign(pos[j, 0] - pos[i, 0])
        sx[sx == 0] = 1.0
        sy = np.sign(pos[j, 1] - pos[i, 1])
        sy[sy == 0] = 1.0
        sideways = ox <= oy
        push = np.zeros((2, 2, n))  # [axis][0: most negative, 1: most positive][node]
        for axis, mask, sign, amount in ((0, sideways, sx, ox), (1, ~sideways, sy, oy)):
            step = (amount[mask] / 2 + 0.5) * sign[mask]
            for nodes, moves in ((i[mask], -step), (j[mask], step)):
                np.minimum.at(push[axis, 0], nodes, moves)
                np.maximum.at(push[axis, 1], nodes, moves)
        pos[:, 0] += push[0, 0] + push[0, 1]
        pos[:, 1] += push[1, 0] + push[1, 1]
        if round_ % 20 == 0:
            centre = pos.mean(axis=0)
            pos[:] = centre + (pos - centre) * 1.05
    return left


# -- layout ----------------------------------------------------------------------------


def _layout(graph: nx.MultiDiGraph, *, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Seeded Fruchterman-Reingold in numpy; iterations shrink as the graph grows.

    networkx's ``spring_layout`` needs scipy above 500 nodes, which is not a dependency.
    Each connected component is laid out around its own centre on a spiral so that small
    components do not drift away and crowd the view.
    """
    import numpy as np  # numpy comes with spaCy; imported here to keep module import cheap

    nodes = list(graph.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    n = len(nodes)
    pairs = {(index[u], index[v]) for u, v in graph.edges() if u != v}
    edges = np.array(sorted({(min(a, b), max(a, b)) for a, b in pairs}), dtype=np.intp).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32) - 0.5
    # Start each component around its own centre, biggest in the middle.
    comps = sorted(nx.connected_components(nx.Graph(graph)), key=lambda c: (-len(c), min(map(str, c))))
    for k, comp in enumerate(comps):
        idx = np.fromiter((index[m] for m in comp), dtype=np.intp)
        radius = 0.0 if k == 0 else 0.6 + 0.08 * math.sqrt(k)
        angle = k * 2.399963  # golden angle
        spread = math.sqrt(len(comp) / n)
        pos[idx] = pos[idx] * spread + np.array([radius * math.cos(angle), radius * math.sin(angle)])
    k2 = np.float32(1.0 / n)  # optimal distance squared
    k_opt = math.sqrt(1.0 / n)
    iterations = max(10, min(50, int(1.5e8 / max(1, n * n))))
    temp = 0.1
    cool = temp / (iterations + 1)
    chunk = max(1, 2_000_000 // max(1, n))
    x, y = np.ascontiguousarray(pos[:, 0]), np.ascontiguousarray(pos[:, 1])
    for _ in range(iterations):
        fx = np.empty(n, dtype=np.float32)
        fy = np.empty(n, dtype=np.float32)
        for lo in range(0, n, chunk):  # repulsion k^2/d between every pair, in row blocks
            dx = np.subtract.outer(x[lo : lo + chunk], x)
            dy = np.subtract.outer(y[lo : lo + chunk], y)
            d2 = dx * dx
            d2 += dy * dy
            d2 += np.float32(1e-6)
            np.divide(k2, d2, out=d2)
            fx[lo : lo + chunk] = np.einsum("ij,ij->i", dx, d2)
            fy[lo : lo + chunk] = np.einsum("ij,ij->i", dy, d2)
        if len(edges):  # attraction d^2/k along edges
            a, b = edges[:, 0], edges[:, 1]
            ex, ey = x[a] - x[b], y[a] - y[b]
            f = np.sqrt(ex * ex + ey * ey) / np.float32(k_opt)
            np.add.at(fx, a, -ex * f)
            np.add.at(fy, a, -ey * f)
            np.add.at(fx, b, ex * f)
            np.add.at(fy, b, ey * f)
        length = np.maximum(np.sqrt(fx * fx + fy * fy), np.float32(1e-6))
        step = np.minimum(length, np.float32(temp)) / length
        x += fx * step
        y += fy * step
        temp -= cool
    pos = np.stack([x, y], axis=1)
    pos -= pos.mean(axis=0)
    scale = 90.0 * math.sqrt(n) / max(float(np.abs(pos).max()), 1e-6)
    return {node: (float(pos[i, 0] * scale), float(pos[i, 1] * scale)) for i, node in enumerate(nodes)}


# -- assets ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _vis_js() -> str:
    import pyvis  # only for the path of its bundled vis-network

    js = Path(pyvis.__file__).parent.joinpath(*_VIS_JS).read_text(encoding="utf-8")
    # Inline script must not contain an end tag; the bundled file has none, but be sure.
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


@lru_cache(maxsize=1)
def _template() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsgraph.graph", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("graph.html")
