"""Write the graph as GraphML, GEXF or node-link JSON (networkx names and readers).

GraphML and GEXF hold scalars only, so the graph is first copied to a scalar form:
lists and dicts become JSON strings, ``None`` is dropped, each attribute name gets one
type across all nodes (and one across all edges), characters XML 1.0 forbids are
removed from every string, and node and edge ids that are not XML name tokens are
replaced by deterministic ones (the node's original id is kept in ``original_id``).

Gephi: its GraphML importer maps a key to the node label when the key's *id* or,
failing that, its ``attr.name`` is ``label`` -- and it also treats a key whose id is
``d3`` as the label (yEd's convention), which is why a networkx file with a fourth key
shows that key's values as labels. networkx numbers keys d0, d1, ... in order of
appearance, so we name keys ourselves: the node label key gets id ``label`` and no
key gets a ``dN`` id, so what Gephi shows is our ``label``. (Gephi's edge label key
id is ``d7``; we avoid that too.) See gephi/gephi ImporterGraphML.java and issue #1840.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from newsgraph.errors import ExportError
from newsgraph.graph import build as b
from newsgraph.graph.output import open_output

FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json"}
ORIGINAL_ID = "original_id"
EDGE_ID = "edge_id"

# Characters XML 1.0 forbids: C0 controls but tab/LF/CR, surrogates (lone ones reach us
# from surrogateescape'd input), and U+FFFE/U+FFFF.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Name tokens every XML schema validator accepts (ASCII name characters).
_NMTOKEN = re.compile(r"^[A-Za-z0-9._:\-]+$")


def clean_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry."""
    return _INVALID_XML.sub("", text)


def _token(raw: Any, taken: set[str], prefix: str) -> str:
    """A valid, unused XML name token for ``raw``: itself when it is one, else a stable hash of it."""
    text = clean_text(str(raw))
    if _NMTOKEN.match(text) and text not in taken:
        return text
    digest = hashlib.sha1(repr(raw).encode("utf-8", "surrogatepass")).hexdigest()
    length = 16
    candidate = f"{prefix}{digest[:length]}"
    while candidate in taken:  # astronomically rare; still deterministic
        length += 4
        candidate = f"{prefix}{digest[:length]}" if length <= len(digest) else candidate + "_"
    return candidate


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple, dict, set)):
        if isinstance(value, set):
            value = sorted(value, key=str)
        return clean_text(json.dumps(value, ensure_ascii=False, sort_keys=True))
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (bool, int, float)):
        return value
    return clean_text(str(value))


def _scalar_attrs(data: dict[str, Any]) -> dict[str, Any]:
    return {clean_text(str(k)): _scalar(v) for k, v in data.items() if v is not None}


def _unify_types(items: list[dict[str, Any]]) -> None:
    """One Python type per attribute name: mixed numbers -> float, anything else mixed -> str."""
    types: defaultdict[str, set[type]] = defaultdict(set)
    for data in items:
        for k, v in data.items():
            types[k].add(type(v))
    for name, found in types.items():
        if len(found) < 2:
            continue
        target: type = float if found <= {int, float} else str
        for data in items:
            if name in data:
                value = data[name]
                if target is str and isinstance(value, bool):
                    data[name] = "true" if value else "false"
                else:
                    data[name] = target(value)


def scalar_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` fit for GraphML/GEXF: scalar values, XML-safe strings, name-token ids.

    Edge ids (the edge key when it is a unique name token) are stored in the ``edge_id`` attribute.
    """
    out = nx.MultiDiGraph() if graph.is_directed() else nx.MultiGraph()
    out.graph.update(_scalar_attrs(dict(graph.graph)))
    ids: dict[Any, str] = {}
    taken: set[str] = set()
    node_items = []
    for node, data in graph.nodes(data=True):
        new = _token(node, taken, "n")
        taken.add(new)
        ids[node] = new
        attrs = _scalar_attrs(data)
        if new != str(node):
            attrs[ORIGINAL_ID] = clean_text(str(node))
        node_items.append((new, attrs))
    _unify_types([attrs for _n, attrs in node_items])
    out.add_nodes_from(node_items)

    edge_taken: set[str] = set()
    edge_items = []
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
    raw: str | tuple[Any, ...]
    for edge in edges:
        if graph.is_multigraph():
            u, v, key, data = edge
            raw = key if isinstance(key, str) else (u, v, key)
        else:
            u, v, data = edge
            raw = (u, v)
        new = _token(raw, edge_taken, "e")
        edge_taken.add(new)
        attrs = _scalar_attrs(data)
        attrs[EDGE_ID] = new
        edge_items.append((ids[u], ids[v], new, attrs))
    _unify_types([attrs for *_uvk, attrs in edge_items])
    out.add_edges_from(edge_items)
    return out


class _NamedKeys:
    """GraphML key ids chosen by us (see the module docstring): ``label`` for the node label."""

    keys: dict[tuple[str, str, str], str]
    myElement: Any
    xml: Any

    def get_key(self, name: str, attr_type: str, scope: str, default: Any) -> str:
        keys_key = (name, attr_type, scope)
        found = self.keys.get(keys_key)
        if found is not None:
            return found
        if scope == "node" and name == b.LABEL:
            new_id = "label"
        else:
            base = re.sub(r"[^A-Za-z0-9_.-]", "_", name) or "attr"
            new_id = f"{scope[0]}_{base}"
            taken = set(self.keys.values())
            n = 2
            while new_id in taken:
                new_id = f"{scope[0]}_{base}_{n}"
                n += 1
        self.keys[keys_key] = new_id
        key_element = self.myElement(
            "key", **{"id": new_id, "for": scope, "attr.name": name, "attr.type": attr_type}
        )
        if default is not None:
            default_element = self.myElement("default")
            default_element.text = str(default)
            key_element.append(default_element)
        self.xml.insert(0, key_element)
        return new_id


class _Writer(_NamedKeys, GraphMLWriter):  # type: ignore[misc]  # networkx is untyped: GraphMLWriter is Any
    pass


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """GraphML that validates against the GraphML XSD and reads back with ``nx.read_graphml``.

    Written as a stream (see :func:`stream_graphml`): the same bytes networkx's writer gives
    for :func:`scalar_graph` of ``graph``, without making that copy or an XML tree of the
    whole graph, so the memory is the graph's own and little more.
    """
    with open_output(path) as fh:
        stream_graphml(graph, fh)


_XML_TYPES = {int: "long", str: "string", float: "double", bool: "boolean"}
_SCOPES = ("graph", "node", "edge")


def _scalar_type(value: Any) -> type:
    """The type :func:`_scalar` gives ``value``, without converting it."""
    if isinstance(value, bool | int | float) and not isinstance(value, str):
        return bool if isinstance(value, bool) else type(value) if type(value) in (int, float) else str
    return str


def _unified(value: Any, target: type | None) -> Any:
    """``value`` cast to its attribute's one type, as :func:`_unify_types` does."""
    if target is None or type(value) is target:
        return value
    if target is str and isinstance(value, bool):
        return "true" if value else "false"
    return target(value)


def stream_graphml(graph: nx.MultiDiGraph, fh: Any) -> None:
    """Write ``graph`` as GraphML to the binary file ``fh``, element by element.

    Two passes over the graph: the first finds each attribute's type (one per name and scope,
    as :func:`_unify_types` makes it) and the order in which networkx's writer would create
    the keys; the second writes keys, nodes, edges and the graph's own data, with the ids,
    values, escaping and indentation networkx's ``GraphMLWriter`` gives to
    :func:`scalar_graph` of the graph (a test compares the bytes).
    """
    from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # type: ignore[attr-defined]

    multi = graph.is_multigraph()
    graph_attrs = _scalar_attrs(dict(graph.graph))
    graph_id = graph_attrs.pop("id", None)
    for name in ("node_default", "edge_default"):
        graph_attrs.pop(name, None)
    # Pass 1: node ids, attribute types, the order keys are first met.
    types: dict[str, defaultdict[str, set[type]]] = {scope: defaultdict(set) for scope in _SCOPES}
    order: list[tuple[str, str]] = [("graph", name) for name in graph_attrs]
    for name, value in graph_attrs.items():
        types["graph"][name].add(type(value))
    seen = set(order)
    ids: dict[Any, str] = {}
    taken: set[str] = set()

    def meet(scope: str, name: str, kind: type) -> None:
        found = types[scope][name]
        if kind not in found:
            found.add(kind)
        if (scope, name) not in seen:
            seen.add((scope, name))
            order.append((scope, name))

    for node, data in graph.nodes(data=True):
        new = _token(node, taken, "n")
        taken.add(new)
        ids[node] = new
        for k, v in data.items():
            if v is not None:
                meet("node", clean_text(str(k)), _scalar_type(v))
        if new != str(node):
            meet("node", ORIGINAL_ID, str)
    edge_taken: set[str] = set()
    for edge in graph.edges(keys=True, data=True) if multi else graph.edges(data=True):
        data = edge[-1]
        for k, v in data.items():
            if v is not None:
                meet("edge", clean_text(str(k)), _scalar_type(v))
        meet("edge", EDGE_ID, str)
    target: dict[str, dict[str, type | None]] = {scope: {} for scope in _SCOPES}
    for scope in ("node", "edge"):
        for name, found in types[scope].items():
            if len(found) > 1:
                target[scope][name] = float if found <= {int, float} else str
    keys: dict[tuple[str, str], str] = {}
    elements: list[str] = []
    for scope, name in order:
        kind = target[scope].get(name) or next(iter(types[scope][name]))
        if scope == "node" and name == b.LABEL:
            new_id = "label"
        else:
            base = re.sub(r"[^A-Za-z0-9_.-]", "_", name) or "attr"
            new_id = f"{scope[0]}_{base}"
            n = 2
            while new_id in keys.values():
                new_id = f"{scope[0]}_{base}_{n}"
                n += 1
        keys[(scope, name)] = new_id
        elements.append(
            f'<key id="{_escape_attrib(new_id)}" for="{scope}" attr.name="{_escape_attrib(name)}" '
            f'attr.type="{_XML_TYPES[kind]}" />'
        )
    write = fh.write

    def out(text: str) -> None:
        write(text.encode("utf-8", "xmlcharrefreplace"))

    def data_lines(scope: str, attrs: list[tuple[str, Any]], pad: str) -> str:
        lines = []
        for name, value in attrs:
            text = str(_unified(value, target[scope].get(name)))
            key = keys[(scope, name)]
            if text:
                lines.append(f'{pad}<data key="{key}">{_escape_cdata(text)}</data>')
            else:
                lines.append(f'{pad}<data key="{key}" />')
        return "".join(lines)

    out(
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
    )
    for element in reversed(elements):
        out("\n  " + element)
    directed = "directed" if graph.is_directed() else "undirected"
    head = f'<graph edgedefault="{directed}"' + (f' id="{_escape_attrib(str(graph_id))}"' if graph_id else "")
    has_children = bool(graph_attrs) or graph.number_of_nodes() > 0
    if not has_children:
        out(f"\n  {head} />\n</graphml>\n")
        return
    out(f"\n  {head}>")
    for node, data in graph.nodes(data=True):
        new = ids[node]
        attrs = [(clean_text(str(k)), _scalar(v)) for k, v in data.items() if v is not None]
        if new != str(node):
            attrs.append((ORIGINAL_ID, clean_text(str(node))))
        if attrs:
            out(
                f'\n    <node id="{_escape_attrib(new)}">'
                + data_lines("node", attrs, "\n      ")
                + "\n    </node>"
            )
        else:
            out(f'\n    <node id="{_escape_attrib(new)}" />')
    edge_taken.clear()
    for edge in graph.edges(keys=True, data=True) if multi else graph.edges(data=True):
        if multi:
            u, v, key, data = edge
            raw: Any = key if isinstance(key, str) else (u, v, key)
        else:
            u, v, data = edge
            raw = (u, v)
        new = _token(raw, edge_taken, "e")
        edge_taken.add(new)
        attrs = [(clean_text(str(k)), _scalar(x)) for k, x in data.items() if x is not None]
        attrs.append((EDGE_ID, new))
        out(
            f'\n    <edge source="{_escape_attrib(ids[u])}" target="{_escape_attrib(ids[v])}" '
            f'id="{_escape_attrib(new)}">' + data_lines("edge", attrs, "\n      ") + "\n    </edge>"
        )
    out(data_lines("graph", list(graph_attrs.items()), "\n    "))
    out("\n  </graph>\n</graphml>\n")


def write_gexf(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """GEXF 1.2 for Gephi; the node ``label`` becomes the GEXF label."""
    flat = scalar_graph(graph)
    for _u, _v, data in flat.edges(data=True):
        data["id"] = data[EDGE_ID]
    with open_output(path) as fh:
        nx.write_gexf(flat, fh)


def write_json(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Node-link JSON with nodes and edges sorted; lists stay lists."""
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"].sort(key=lambda n: str(n["id"]))
    data["edges"].sort(key=lambda e: (str(e["source"]), str(e["target"]), str(e.get("key"))))
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    # A lone surrogate cannot be UTF-8; written as a \\udXXX escape it is still valid JSON.
    with open_output(path) as fh:
        fh.write(text.encode("utf-8", "backslashreplace"))


WRITERS = {"graphml": write_graphml, "gexf": write_gexf, "json": write_json}


def export_format(path: str | Path, fmt: str | None = None) -> str:
    """The format ``export`` would write: ``fmt``, else the one the extension names, else
    GraphML (a path with no extension); raises :class:`ExportError` for any other (so a
    caller can check before long work)."""
    name = (fmt or Path(path).suffix.lstrip(".") or "graphml").lower()
    if name not in WRITERS:
        accepted = ", ".join(sorted(FORMATS))
        given = f"format {fmt!r}" if fmt else f"extension {Path(path).suffix!r} of {str(path)!r}"
        raise ExportError(
            f"unknown export {given}; use one of: {accepted} (or the extensions .graphml, .gexf, .json)"
        )
    return name


def export(graph: nx.MultiDiGraph, path: str | Path, fmt: str | None = None) -> str:
    """Write ``graph`` to ``path`` in ``fmt``, else the format its extension names, else GraphML
    (a path with no extension); returns the format used. The path is written as given."""
    name = export_format(path, fmt)
    try:
        WRITERS[name](graph, path)
    except OSError as exc:
        raise ExportError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from exc
    return name
