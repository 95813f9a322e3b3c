"""Compare two GraphML exports: the same nodes, edges and attributes, or what differs.

    python tools/graphml_compare.py before.graphml after.graphml
    python tools/graphml_compare.py before.graphml after.graphml --ignore date --show 20

Nodes are compared by id with all their attributes; edges as a multiset of
(source, target, attributes) (the GraphML edge keys are left out: they number parallel edges
and say nothing of their own); the graph's own attributes too. ``--ignore NAME`` leaves an
attribute out everywhere (one that is expected to differ, such as a timestamp). Exits 0 when
the two are the same, 1 when they differ (the first ``--show`` differences are printed).
For a speed change that must not change what is extracted.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

import networkx as nx

Attrs = tuple[tuple[str, Any], ...]


def _attrs(data: dict[str, Any], ignore: set[str]) -> Attrs:
    return tuple(sorted((k, v) for k, v in data.items() if k not in ignore))


def summarise(path: Path, ignore: set[str]) -> tuple[dict[str, Attrs], collections.Counter[Any], Attrs]:
    """(node id -> attributes, multiset of edges with attributes, graph attributes)."""
    graph = nx.read_graphml(path, force_multigraph=True)
    nodes = {str(n): _attrs(d, ignore) for n, d in graph.nodes(data=True)}
    edges: collections.Counter[Any] = collections.Counter(
        (str(u), str(v), _attrs(d, ignore)) for u, v, d in graph.edges(data=True)
    )
    return nodes, edges, _attrs(graph.graph, ignore)


def compare(before: Path, after: Path, ignore: set[str], show: int) -> list[str]:
    """Lines that describe each difference; empty when the graphs are the same."""
    nodes_a, edges_a, graph_a = summarise(before, ignore)
    nodes_b, edges_b, graph_b = summarise(after, ignore)
    out: list[str] = []
    for n in sorted(nodes_a.keys() - nodes_b.keys()):
        out.append(f"node only before: {n} {json.dumps(dict(nodes_a[n]), default=str)}")
    for n in sorted(nodes_b.keys() - nodes_a.keys()):
        out.append(f"node only after:  {n} {json.dumps(dict(nodes_b[n]), default=str)}")
    for n in sorted(nodes_a.keys() & nodes_b.keys()):
        if nodes_a[n] != nodes_b[n]:
            a, b = dict(nodes_a[n]), dict(nodes_b[n])
            keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
            out.append(f"node {n}: " + "; ".join(f"{k}: {a.get(k)!r} -> {b.get(k)!r}" for k in keys))
    for edge, count in sorted((edges_a - edges_b).items(), key=str):
        out.append(
            f"edge only before (x{count}): {edge[0]} -> {edge[1]} {json.dumps(dict(edge[2]), default=str)}"
        )
    for edge, count in sorted((edges_b - edges_a).items(), key=str):
        out.append(
            f"edge only after (x{count}):  {edge[0]} -> {edge[1]} {json.dumps(dict(edge[2]), default=str)}"
        )
    if graph_a != graph_b:
        out.append(f"graph attributes: {dict(graph_a)} -> {dict(graph_b)}")
    if out:
        print(
            f"{before} vs {after}: {len(out)} differences ({len(nodes_a)} / {len(nodes_b)} nodes, "
            f"{sum(edges_a.values())} / {sum(edges_b.values())} edges)",
            file=sys.stderr,
        )
    return out[:show] if show else out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument(
        "--ignore", action="append", default=[], help="An attribute to leave out (repeatable)."
    )
    parser.add_argument("--show", type=int, default=30, help="Print at most N differences (0: all).")
    args = parser.parse_args()
    for path in (args.before, args.after):
        if not path.is_file():
            sys.exit(f"no such file: {path}")
    diffs = compare(args.before, args.after, set(args.ignore), args.show)
    for line in diffs:
        print(line)
    if diffs:
        sys.exit(1)
    nodes, edges, _ = summarise(args.after, set(args.ignore))
    print(f"same: {len(nodes)} nodes, {sum(edges.values())} edges, every attribute equal")


if __name__ == "__main__":
    main()
