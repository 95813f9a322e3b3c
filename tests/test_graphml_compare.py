"""tools/graphml_compare.py: the check that a speed change left the exported graph as it was."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from paths import ROOT

sys.path.insert(0, str(ROOT / "tools"))
try:
    import graphml_compare
finally:
    sys.path.pop(0)


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(documents='["a"]')
    g.add_node("person:ann-lee", kind="person", label="Ann Lee", mentions=2)
    g.add_node("state:FRA", kind="state", label="France", iso3="FRA")
    g.add_edge("person:ann-lee", "state:FRA", relation="affiliated_with", count=1)
    g.add_edge("person:ann-lee", "state:FRA", relation="affiliated_with", count=1)
    return g


def _write(g: nx.MultiDiGraph, path: Path) -> Path:
    nx.write_graphml(g, path)
    return path


def test_the_same_graph_has_no_differences(tmp_path: Path) -> None:
    a = _write(_graph(), tmp_path / "a.graphml")
    b = _write(_graph(), tmp_path / "b.graphml")
    assert graphml_compare.compare(a, b, set(), 0) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda g: g.nodes["state:FRA"].update(label="Gaul"), "node state:FRA: label: 'France' -> 'Gaul'"),
        (lambda g: g.add_node("state:DEU", kind="state"), "node only after:  state:DEU"),
        (lambda g: g.remove_edge("person:ann-lee", "state:FRA"), "edge only before (x1): person:ann-lee"),
        (lambda g: g.graph.update(documents='["b"]'), "graph attributes:"),
    ],
)
def test_each_kind_of_difference_is_reported(
    tmp_path: Path, change: Callable[[nx.MultiDiGraph], object], expected: str
) -> None:
    a = _write(_graph(), tmp_path / "a.graphml")
    g = _graph()
    change(g)
    b = _write(g, tmp_path / "b.graphml")
    found = graphml_compare.compare(a, b, set(), 0)
    assert len(found) == 1
    assert found[0].startswith(expected), found


def test_an_ignored_attribute_is_left_out(tmp_path: Path) -> None:
    a = _write(_graph(), tmp_path / "a.graphml")
    g = _graph()
    g.nodes["person:ann-lee"]["mentions"] = 3
    b = _write(g, tmp_path / "b.graphml")
    assert graphml_compare.compare(a, b, {"mentions"}, 0) == []
    assert graphml_compare.compare(a, b, set(), 0) == ["node person:ann-lee: mentions: 2 -> 3"]
