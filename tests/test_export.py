"""Exports: GraphML round trip and XSD validity, hostile text, GEXF, JSON, format choice."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from factories import PUTIN, RUSSIA, Doc, corpus
from lxml import etree
from paths import GRAPHML_XSD

from newsgraph.errors import ExportError
from newsgraph.graph.build import build_graph
from newsgraph.graph.export import EDGE_ID, ORIGINAL_ID, export, scalar_graph, write_graphml
from newsgraph.model import Relation

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(file=str(GRAPHML_XSD))


@pytest.fixture
def graph():
    return build_graph(corpus())


def sorted_dump(graph):
    return (
        sorted(graph.nodes(data=True)),
        sorted((u, v, k, sorted(d.items())) for u, v, k, d in graph.edges(keys=True, data=True)),
    )


def assert_valid(schema, path):
    doc = etree.parse(str(path))
    assert schema.validate(doc), schema.error_log


def test_graphml_round_trip(tmp_path, graph, schema):
    path = tmp_path / "g.graphml"
    assert export(graph, path) == "graphml"
    assert_valid(schema, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert sorted_dump(back) == sorted_dump(scalar_graph(graph))
    # what the evaluation and users read
    assert back.nodes[PUTIN]["kind"] == "person"
    assert back.nodes[PUTIN]["label"] == "Vladimir Putin"
    assert json.loads(back.nodes[PUTIN]["aliases"]) == ["Vladimir Putin", "Putin"]
    assert back.nodes[RUSSIA]["iso3"] == "RUS"
    assert back.nodes["event:summit-meet"]["cameo"] == "040"
    assert back.nodes["event:summit-meet"]["negated"] is False
    assert back.nodes[PUTIN]["mentions"] == 4
    (edge,) = back.get_edge_data(PUTIN, RUSSIA).values()
    assert edge["relation"] == "affiliated_with"
    assert edge["count"] == 2
    assert json.loads(edge["evidence"])[1]["text"] == "The Russian president Putin spoke at length."
    assert json.loads(back.graph["documents"])["summit"]["title"] == "Summit in Moscow"


def test_graphml_edge_ids_are_the_unique_edge_keys(tmp_path, graph):
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    ids = [e.get("id") for e in etree.parse(str(path)).iter(f"{GRAPHML}edge")]
    assert len(ids) == graph.number_of_edges() == len(set(ids))
    assert sorted(ids) == sorted(k for _u, _v, k in graph.edges(keys=True))


def test_gephi_reads_our_label(tmp_path, graph):
    """Gephi takes the node label from a key with id "label" or "d3": ours is "label"; no "d3" key."""
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    keys = {
        (k.get("for"), k.get("id")): k.get("attr.name") for k in etree.parse(str(path)).iter(f"{GRAPHML}key")
    }
    assert keys[("node", "label")] == "label"
    assert not any(key_id in ("d3", "d7") for _for, key_id in keys)
    ids = [key_id for _for, key_id in keys]
    assert len(ids) == len(set(ids))


HOSTILE = "<script>alert('x')</script> \"O'Brien\" & \x00\x01\x1b bell\x07 \ud800 \ufffe end"


def hostile_graph():
    d = Doc("evil\x00doc")
    s = d.sentence("{p} met {q}.", p="person|Hostile Name", q="person|Ann O'Brien")
    d.relate("person:hostile-name", "person:ann-o-brien", Relation.AFFILIATED_WITH, s)
    graph = build_graph([d.facts()])
    graph.nodes["person:hostile-name"]["label"] = HOSTILE
    graph.nodes["person:hostile-name"]["aliases"].append(HOSTILE)
    graph.add_node("person:<script> id\x01", kind="person", label=HOSTILE, mentions=None, weird=[1, "a"])
    graph.add_node("person:plain", kind="person", label="Plain", weird=3)  # "weird" has two types
    graph.add_edge("person:<script> id\x01", "person:plain", key="bad key <>", relation=HOSTILE, count=1)
    graph.add_edge("person:plain", "person:ann-o-brien", key=7, relation="x", count=1.5)
    return graph


def test_hostile_text_is_valid_xml_and_reads_back(tmp_path, schema):
    graph = hostile_graph()
    path = tmp_path / "evil.graphml"
    write_graphml(graph, path)
    assert_valid(schema, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    clean = "<script>alert('x')</script> \"O'Brien\" &  bell   end"
    assert back.nodes["person:hostile-name"]["label"] == clean
    # inside JSON strings control characters are escaped, so only the surrogate and U+FFFE are lost
    assert json.loads(back.nodes["person:hostile-name"]["aliases"])[-1] == HOSTILE.replace(
        "\ud800", ""
    ).replace("\ufffe", "")
    mapped = [n for n, d in back.nodes(data=True) if d.get(ORIGINAL_ID) == "person:<script> id"]
    assert len(mapped) == 1
    assert mapped[0] != "person:<script> id"
    assert back.nodes[mapped[0]]["label"] == clean
    # one type per attribute name: the int 3 and the list became strings
    assert back.nodes["person:plain"]["weird"] == "3"
    assert json.loads(back.nodes[mapped[0]]["weird"]) == [1, "a"]
    counts = sorted(d["count"] for _u, _v, d in back.edges(data=True))
    assert all(isinstance(c, float) for c in counts)
    edge_ids = [d[EDGE_ID] for _u, _v, d in back.edges(data=True)]
    assert len(set(edge_ids)) == len(edge_ids)


def test_id_mapping_is_deterministic(tmp_path):
    a, b = tmp_path / "a.graphml", tmp_path / "b.graphml"
    write_graphml(hostile_graph(), a)
    write_graphml(hostile_graph(), b)
    assert a.read_bytes() == b.read_bytes()


def test_gexf_is_valid_and_reads_back(tmp_path, graph):
    path = tmp_path / "g.gexf"
    assert export(graph, path) == "gexf"
    etree.parse(str(path))  # well-formed
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes[PUTIN]["label"] == "Vladimir Putin"
    assert back.nodes[PUTIN]["kind"] == "person"
    hostile = tmp_path / "evil.gexf"
    export(hostile_graph(), hostile)
    assert nx.read_gexf(hostile).number_of_nodes() == hostile_graph().number_of_nodes()


def test_json_is_sorted_node_link_with_lists(tmp_path, graph):
    path = tmp_path / "g.json"
    assert export(graph, path) == "json"
    data = json.loads(path.read_text(encoding="utf-8"))
    ids = [n["id"] for n in data["nodes"]]
    assert ids == sorted(ids)
    putin = next(n for n in data["nodes"] if n["id"] == PUTIN)
    assert putin["aliases"] == ["Vladimir Putin", "Putin"]
    assert isinstance(putin["evidence"], list)
    back = nx.node_link_graph(data, edges="edges")
    assert sorted_dump(back) == sorted_dump(graph)
    assert back.graph == graph.graph


def test_json_survives_lone_surrogates(tmp_path):
    path = tmp_path / "evil.json"
    export(hostile_graph(), path, fmt="json")
    data = json.loads(path.read_bytes().decode("utf-8"))
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels["person:hostile-name"] == HOSTILE


def test_format_choice_and_unknown_format(tmp_path, graph):
    assert export(graph, tmp_path / "out.xml", fmt="GraphML") == "graphml"
    assert nx.read_graphml(tmp_path / "out.xml").number_of_nodes() == graph.number_of_nodes()
    with pytest.raises(
        ExportError, match=r"unknown export extension '\.csv'.*graphml, gexf, json|gexf, graphml, json"
    ):
        export(graph, tmp_path / "out.csv")
    with pytest.raises(ExportError, match="unknown export format 'dot'"):
        export(graph, tmp_path / "out.graphml", fmt="dot")
    with pytest.raises(ExportError, match="cannot write"):
        export(graph, tmp_path / "missing" / "out.graphml")


def _networkx_bytes(graph) -> bytes:
    """What networkx's own writer gives for the scalar copy (the export before it streamed)."""
    import io

    from newsgraph.graph.export import EDGE_ID as edge_id
    from newsgraph.graph.export import _Writer

    out = io.BytesIO()
    _Writer(graph=scalar_graph(graph), edge_id_from_attribute=edge_id).dump(out)
    return out.getvalue()


def _odd_graph():
    graph = nx.MultiDiGraph()
    graph.add_node("a b", x=1, flag=True)
    graph.add_node("c", x=2.5, y="", flag="yes", items=[1, "two"])
    graph.add_node("d")
    graph.add_edge("a b", "c", key=3, w=True)
    graph.add_edge("c", "c", key="same", w='z\x01<&>"\n\t')
    graph.add_edge("c", "d", key="same", w=None)
    graph.graph["name"] = "t&<"
    return graph


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: build_graph(corpus()), id="corpus"),
        pytest.param(nx.MultiDiGraph, id="empty"),
        pytest.param(_odd_graph, id="odd-ids-types-and-text"),
    ],
)
def test_streamed_graphml_is_the_bytes_networkx_writes(tmp_path, make):
    graph = make()
    write_graphml(graph, tmp_path / "g.graphml")
    assert (tmp_path / "g.graphml").read_bytes() == _networkx_bytes(graph)
