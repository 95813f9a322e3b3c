"""Graph building: labels, aggregation, cross-document surname merge, determinism."""

from __future__ import annotations

from factories import CHINA, KIM, PRK, PUTIN, RUSSIA, XI, Doc, corpus, key, kim_doc, summit_doc

from newsgraph.graph.build import build_graph, edge_id
from newsgraph.model import Kind, Relation


def dump(graph):
    return (
        sorted(graph.nodes(data=True)),
        sorted((u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True)),
        graph.graph,
    )


def test_relation_evidence_is_aggregated_across_sentences():
    graph = build_graph([summit_doc()])
    edges = graph.get_edge_data(PUTIN, RUSSIA)
    assert len(edges) == 1
    (edge,) = edges.values()
    assert edge["relation"] == "affiliated_with"
    assert edge["role"] == "president"
    assert edge["count"] == 2
    assert edge["documents"] == ["summit"]
    assert [e["text"] for e in edge["evidence"]] == [
        "Vladimir Putin of Russia met Xi Jinping of China in Moscow.",
        "The Russian president Putin spoke at length.",
    ]


def test_aggregation_spans_documents_and_caps_evidence():
    docs = []
    for i in range(7):
        d = Doc(f"d{i}")
        s = d.sentence(f"{{p}} leads {{r}} ({i}).", p="person|Vladimir Putin", r="state|Russia|RUS")
        d.relate(PUTIN, RUSSIA, Relation.AFFILIATED_WITH, s, role="president")
        docs.append(d.facts())
    graph = build_graph(docs)
    (edge,) = graph.get_edge_data(PUTIN, RUSSIA).values()
    assert edge["count"] == 7
    assert edge["documents"] == [f"d{i}" for i in range(7)]
    assert [e["doc"] for e in edge["evidence"]] == ["d0", "d1", "d2", "d3", "d4"]
    assert graph.nodes[PUTIN]["mentions"] == 7
    assert len(graph.nodes[PUTIN]["evidence"]) == 5


def test_label_is_most_frequent_form_then_longest_then_alphabetical():
    d = Doc("a")
    name = key(Kind.ORGANIZATION, "ASEAN")
    d.sentence("{o} met.", o="organization|ASEAN|ASEAN")
    d.sentence("{o} met.", o="organization|ASEAN|ASEAN")
    d.sentence("{o} met.", o="organization|the Alliance|ASEAN")
    graph = build_graph([d.facts()])
    assert graph.nodes[name]["label"] == "ASEAN"
    assert graph.nodes[name]["aliases"] == ["ASEAN", "the Alliance"]
    assert graph.nodes[name]["mentions"] == 3

    tie = Doc("b")
    tie.sentence("{o} met.", o="organization|Bb|ASEAN")
    tie.sentence("{o} met.", o="organization|Aa|ASEAN")
    tie.sentence("{o} met.", o="organization|Alliance|ASEAN")
    graph = build_graph([tie.facts()])
    assert graph.nodes[name]["label"] == "Alliance"  # longest among the tied forms
    assert graph.nodes[name]["aliases"] == ["Alliance", "Aa", "Bb"]


def test_states_keep_their_canonical_label_and_iso3():
    graph = build_graph([summit_doc()])
    data = graph.nodes[RUSSIA]
    assert data["label"] == "Russia"
    assert data["iso3"] == "RUS"
    assert data["aliases"] == ["Russian", "Russia"]  # one mention each: the longer form first
    assert "iso3" not in graph.nodes[PUTIN]


def test_event_nodes_and_participation_edges():
    graph = build_graph([summit_doc()])
    event = "event:summit-meet"
    data = graph.nodes[event]
    assert data["kind"] == "event"
    assert data["label"] == "meet: Vladimir Putin -> Xi Jinping"
    assert (data["cameo"], data["date"], data["negated"], data["modality"], data["doc"]) == (
        "040",
        "2023-03-21",
        False,
        "asserted",
        "summit",
    )
    assert data["evidence"][0]["text"].startswith("Vladimir Putin of Russia met")
    assert [d["relation"] for d in graph.get_edge_data(PUTIN, event).values()] == ["agent"]
    assert [d["relation"] for d in graph.get_edge_data(event, XI).values()] == ["target"]
    assert [d["relation"] for d in graph.get_edge_data(event, key(Kind.LOCATION, "Moscow")).values()] == [
        "location"
    ]
    assert graph.graph["documents"]["summit"] == {
        "title": "Summit in Moscow",
        "date": "2023-03-21",
        "url": "https://example.org/summit",
        "source": "tests",
    }


def test_surnames_merge_across_documents_with_edges_moved():
    graph = build_graph(corpus())
    assert key(Kind.PERSON, "Putin") not in graph
    assert key(Kind.PERSON, "Kim") not in graph
    assert graph.nodes[PUTIN]["label"] == "Vladimir Putin"
    assert graph.nodes[PUTIN]["aliases"] == ["Vladimir Putin", "Putin"]
    assert graph.nodes[PUTIN]["documents"] == ["kim-visit", "summit"]
    assert graph.nodes[KIM]["mentions"] == 2
    # the event edges of "Kim" and "Putin" now hang off the full-name nodes
    assert graph.has_edge(KIM, "event:kim-visit-thank")
    assert graph.has_edge("event:kim-visit-thank", PUTIN)
    assert graph.has_edge(PUTIN, "event:kim-visit-talk")
    assert graph.nodes["event:kim-visit-thank"]["label"] == "praise: Kim Jong Un -> Vladimir Putin"
    assert graph.has_edge(KIM, PRK)


def test_surname_merge_order_does_not_matter():
    assert dump(build_graph(corpus())) == dump(build_graph(list(reversed(corpus()))))


def test_surname_with_two_candidates_stays_its_own_node():
    d = Doc("two")
    d.sentence("{a} and {b} spoke.", a="person|Kim Jong Un", b="person|Kim Yo Jong")
    s = d.sentence("{k} left.", k="person|Kim")
    d.event("leave", "000", s, agents=(key(Kind.PERSON, "Kim"),))
    graph = build_graph([d.facts()])
    kim = key(Kind.PERSON, "Kim")
    assert kim in graph
    assert graph.nodes[kim]["label"] == "Kim"
    assert graph.has_edge(kim, "event:two-leave")
    assert graph.nodes[KIM]["aliases"] == ["Kim Jong Un"]


def test_ids_are_deterministic_and_unique():
    first, second = build_graph(corpus()), build_graph(corpus())
    assert dump(first) == dump(second)
    assert list(first.nodes) == sorted(first.nodes)
    keys = [k for _u, _v, k in first.edges(keys=True)]
    assert len(keys) == len(set(keys))
    assert edge_id(PUTIN, RUSSIA, "affiliated_with", "president") in keys
    assert edge_id(XI, CHINA, "affiliated_with", "president") != edge_id(XI, CHINA, "affiliated_with", None)


def test_repeated_document_in_one_batch_counts_once():
    graph = build_graph([kim_doc(), kim_doc()])
    assert graph.nodes[KIM]["mentions"] == 2
