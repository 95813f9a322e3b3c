"""Shortest paths by a bidirectional breadth-first search over any neighbourhood function.

Both query implementations run this same search: the in-memory one reads neighbours from the
graph's adjacency, the SQL one from the store's indexes, so it only ever reads the
neighbourhoods it expands. Each step grows the side whose frontier is cheaper to expand (the
``cost`` of a hub is high, so hubs are expanded last), and the search stops at the first level
where the two sides meet. Which side grows only changes the work, not the answer: the paths
are listed in lexicographic order of their node ids.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

Neighbours = Callable[[Collection[str]], Mapping[str, Collection[str]]]
"""Each node of a set -> its neighbours on the undirected view."""
Cost = Callable[[Collection[str]], int]
"""An estimate of how much expanding a set of nodes reads."""


def shortest_paths(
    neighbours: Neighbours, cost: Cost, a: str, b: str, max_hops: int = 4, limit: int = 5
) -> list[list[str]]:
    """Up to ``limit`` shortest node paths from ``a`` to ``b`` (``a`` first) within ``max_hops``,
    in lexicographic order of their node ids; [] when there is none or ``a == b``."""
    if a == b or limit < 1:
        return []
    # parents[side][node]: the nodes of the level before node's (on that side) adjacent to it.
    parents: tuple[dict[str, list[str]], dict[str, list[str]]] = ({a: []}, {b: []})
    fronts = [{a}, {b}]
    costs = [cost(fronts[0]), cost(fronts[1])]
    depth = 0
    while fronts[0] and fronts[1] and depth < max_hops:
        depth += 1
        side = 0 if costs[0] <= costs[1] else 1
        seen, other = parents[side], parents[1 - side]
        around = neighbours(fronts[side])
        found: dict[str, list[str]] = {}
        for node in fronts[side]:
            for nxt in around.get(node, ()):
                if nxt not in seen:
                    found.setdefault(nxt, []).append(node)
        meet = found.keys() & other.keys()
        if depth == max_hops:  # the last level: only its meeting nodes matter
            found = {node: found[node] for node in meet}
        seen.update(found)
        fronts[side] = set(found)
        if meet:
            return _enumerate(a, b, meet, parents[0], parents[1], limit)
        costs[side] = cost(fronts[side])
    return []


def _enumerate(
    a: str,
    b: str,
    meet: Collection[str],
    parents_a: dict[str, list[str]],
    parents_b: dict[str, list[str]],
    limit: int,
) -> list[list[str]]:
    """The first ``limit`` paths through the meeting nodes, lexicographically.

    Each meeting node lies on the last level of both sides. The a-side is walked forwards
    through the children that lead to a meeting node, the b-side backwards through the
    parents, each in sorted order.
    """
    children: dict[str, set[str]] = {}
    ends = set(meet)
    level = ends
    while level:
        above: set[str] = set()
        for node in level:
            for up in parents_a.get(node, ()):
                children.setdefault(up, set()).add(node)
                above.add(up)
        level = above
    out: list[list[str]] = []

    def back(node: str, path: list[str]) -> None:  # b-side: follow parents to b
        if len(out) >= limit:
            return
        if node == b:
            out.append(path)
            return
        for up in sorted(parents_b.get(node, ())):
            back(up, [*path, up])
            if len(out) >= limit:
                return

    def forth(node: str, path: list[str]) -> None:  # a-side: follow children to a meeting node
        if len(out) >= limit:
            return
        if node in ends:
            back(node, path)
            return
        for down in sorted(children.get(node, ())):
            forth(down, [*path, down])
            if len(out) >= limit:
                return

    forth(a, [a])
    return out
