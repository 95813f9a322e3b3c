"""Queries: find, relations, paths, timeline, events, entities."""

from __future__ import annotations

import gc
import random
import weakref

import pytest
from factories import CHINA, KIM, PRK, PUTIN, RUSSIA, XI, Doc, corpus, key

from newsgraph.errors import UnknownEntityError
from newsgraph.graph.build import build_graph
from newsgraph.graph.query import memory as q
from newsgraph.model import Kind, Relation


@pytest.fixture(scope="module")
def graph():
    return build_graph(corpus())


@pytest.mark.parametrize(
    ("name", "node"),
    [
        ("Vladimir Putin", PUTIN),
        ("putin", PUTIN),  # alias, case-insensitive
        ("PUTIN's", PUTIN),
        ("the Russian", RUSSIA),
        ("rus", RUSSIA),  # ISO3
        ("state:RUS", RUSSIA),  # node id
        ("  kim   jong un ", KIM),
    ],
)
def test_find_by_label_alias_or_id(graph, name, node):
    assert q.find(graph, name) == node


def test_find_filters_by_kind(graph):
    with pytest.raises(UnknownEntityError):
        q.find(graph, "Russia", kinds=["person"])
    assert q.find(graph, "Russia", kinds=["state"]) == RUSSIA


def test_find_prefers_label_match_then_most_mentioned():
    d = Doc("a")
    d.sentence("{a} met {b}, {b}, {b}.", a="person|Georgia Meloni", b="state|Georgia|GEO")
    d.sentence("{a} and {c}.", a="person|Georgia|Georgia Meloni", c="location|Georgia")
    graph = build_graph([d.facts()])
    # "Georgia" is the label of the state (3 mentions) and of the location (1 mention),
    # and an alias of the person: a label wins, then the most mentioned.
    assert q.find(graph, "georgia") == key(Kind.STATE, "GEO")
    assert q.find(graph, "georgia", kinds=["location", "person"]) == key(Kind.LOCATION, "Georgia")
    assert q.find(graph, "georgia", kinds=["person"]) == key(Kind.PERSON, "Georgia Meloni")


def test_spelling_variants_find_the_same_node(graph):
    kim = q.find(graph, "Kim Jong Un")
    assert q.find(graph, "kim jong-un") == kim
    assert q.find(graph, "Kim Jong-Un!") == kim


def test_unknown_name_suggests_close_labels(graph):
    with pytest.raises(UnknownEntityError) as info:
        q.find(graph, "Kim Jong Unn")
    assert info.value.suggestions[0] == "Kim Jong Un (person)"
    assert len(info.value.suggestions) <= 5
    assert "did you mean: Kim Jong Un (person)" in str(info.value)
    with pytest.raises(UnknownEntityError) as info:
        q.find(graph, "zzzzzz")
    assert info.value.suggestions == []


def test_index_is_rebuilt_when_nodes_change():
    graph = build_graph(corpus())
    assert q.find(graph, "putin") == PUTIN
    graph.add_node("person:new", kind="person", label="Newcomer", mentions=1)
    assert q.find(graph, "newcomer") == "person:new"


def test_relations_include_edges_and_events(graph):
    rows = q.relations(graph, PUTIN)
    plain = [r for r in rows if r.event is None]
    assert [(r.relation, r.role, r.direction, r.other, r.count) for r in plain] == [
        ("affiliated_with", "president", "out", RUSSIA, 2)
    ]
    assert plain[0].other_label == "Russia"
    assert plain[0].other_kind == "state"
    assert [e.doc for e in plain[0].evidence] == ["summit", "summit"]
    events = [r for r in rows if r.event is not None]
    assert [(r.other, r.relation, r.counterparts) for r in events] == [
        ("event:summit-meet", "agent", ("Xi Jinping",)),
        ("event:kim-visit-thank", "target", ("Kim Jong Un",)),
        ("event:kim-visit-talk", "agent", ("Kim Jong Un",)),  # undated: last
    ]
    meet = events[0].event
    assert (meet.cameo, meet.event_type, meet.date, meet.role) == ("040", "meet", "2023-03-21", "agent")
    assert meet.agents == ("Vladimir Putin",)
    assert meet.targets == ("Xi Jinping",)
    assert meet.locations == ("Moscow",)
    assert meet.evidence[0].text == "Vladimir Putin of Russia met Xi Jinping of China in Moscow."


def test_incoming_relations_have_direction_in(graph):
    rows = q.relations(graph, RUSSIA)
    assert ("affiliated_with", "in", PUTIN) in [(r.relation, r.direction, r.other) for r in rows]
    assert [(r.relation, r.other) for r in rows if r.event] == [("target", "event:kim-visit-visit")]


def test_paths_with_hops_and_evidence(graph):
    found = q.paths(graph, XI, RUSSIA)
    assert len(found) == 1
    hops = found[0]
    assert [(h.source, h.relation, h.target) for h in hops] == [
        ("event:summit-meet", "target", XI),
        (PUTIN, "agent", "event:summit-meet"),
        (PUTIN, "affiliated_with", RUSSIA),
    ]
    assert hops[2].source_label == "Vladimir Putin"
    assert hops[2].doc == "summit"
    assert hops[2].sentence == "Vladimir Putin of Russia met Xi Jinping of China in Moscow."


def test_paths_respect_max_hops_and_limit(graph):
    assert q.paths(graph, XI, PRK) == []  # five hops away
    long = q.paths(graph, XI, PRK, max_hops=5)
    assert len(long) == 2  # via the "praise" and the "consult" events
    assert all(len(p) == 5 for p in long)
    assert len(q.paths(graph, XI, PRK, max_hops=5, limit=1)) == 1
    assert q.paths(graph, XI, XI) == []


def test_paths_are_shortest_on_a_grid():
    d = Doc("grid")
    names = [f"Person{i} Name" for i in range(6)]
    keys = [key(Kind.PERSON, n) for n in names]
    s = d.sentence(
        " ".join(f"{{p{i}}}" for i in range(6)), **{f"p{i}": f"person|{n}" for i, n in enumerate(names)}
    )
    for a, b in [(0, 1), (1, 2), (2, 3), (0, 4), (4, 3), (3, 5)]:
        d.relate(keys[a], keys[b], Relation.AFFILIATED_WITH, s)
    graph = build_graph([d.facts()])
    found = q.shortest_paths(graph, keys[0], keys[5])
    assert sorted(found) == sorted([[keys[0], keys[4], keys[3], keys[5]]])
    found = q.shortest_paths(graph, keys[5], keys[0])
    assert found == [[keys[5], keys[3], keys[4], keys[0]]]


def test_timeline_orders_partial_and_missing_dates(graph):
    rows = q.timeline(graph, KIM)
    # 2023-09 (month only) sorts before --09-14 (yearless, takes its article's year 2023); undated last
    assert [(r.id, r.date, r.role) for r in rows] == [
        ("event:kim-visit-visit", "2023-09", "agent"),
        ("event:kim-visit-thank", "--09-14", "agent"),
        ("event:kim-visit-talk", None, "target"),
    ]


def test_timeline_filters_by_window_and_cameo(graph):
    assert [r.id for r in q.timeline(graph, KIM, since="2023-09-10")] == [
        "event:kim-visit-visit",  # September 2023 overlaps the window
        "event:kim-visit-thank",
    ]
    assert [r.id for r in q.timeline(graph, KIM, since="2023-09-14")] == [
        "event:kim-visit-visit",
        "event:kim-visit-thank",
    ]
    assert [r.id for r in q.timeline(graph, KIM, since="2023-09-15")] == ["event:kim-visit-visit"]
    assert [r.id for r in q.timeline(graph, KIM, until="2023-08")] == []
    assert [r.id for r in q.timeline(graph, PUTIN, until="2023-03-21")] == ["event:summit-meet"]
    assert [r.id for r in q.timeline(graph, KIM, cameo="04")] == ["event:kim-visit-visit"]
    assert [r.id for r in q.timeline(graph, KIM, cameo="05")] == ["event:kim-visit-thank"]


def test_events_between_two_entities_and_by_cameo(graph):
    between = q.events(graph, between=(KIM, PUTIN))
    assert [r.id for r in between] == ["event:kim-visit-thank", "event:kim-visit-talk"]
    assert between[0].agents == ("Kim Jong Un",)
    assert between[0].targets == ("Vladimir Putin",)
    assert [r.id for r in q.events(graph, between=(XI, KIM))] == []
    assert [r.id for r in q.events(graph)] == [
        "event:summit-meet",
        "event:kim-visit-visit",
        "event:kim-visit-thank",
        "event:kim-visit-talk",
    ]
    assert [r.cameo for r in q.events(graph, cameo="04")] == ["040", "042"]


def test_entities_by_mentions_then_label(graph):
    rows = q.entities(graph)
    assert [r.id for r in rows[:3]] == [PUTIN, RUSSIA, KIM]
    assert all(r.kind != "event" for r in rows)
    states = q.entities(graph, kind="state")
    assert [r.label for r in states] == ["Russia", "China", "North Korea"]
    assert [r.id for r in q.entities(graph, kind="state", limit=2)] == [RUSSIA, CHINA]
    assert rows[0].aliases == ("Vladimir Putin", "Putin")
    assert rows[0].documents == 2


# -- limits, pages and big graphs ----------------------------------------------------------------
def test_relations_limit_keeps_the_order_and_counts_the_rest(graph):
    everything = q.relations(graph, PUTIN)
    assert len(everything) > 3
    for limit in range(len(everything) + 2):
        page = q.relations_page(graph, PUTIN, limit)
        assert page.rows == everything[:limit]
        assert page.total == len(everything)
        assert page.more == max(0, len(everything) - limit)
    assert q.relations(graph, PUTIN, limit=2) == everything[:2]
    assert q.relations_page(graph, PUTIN).rows == everything


def test_timeline_and_events_limits(graph):
    everything = q.timeline(graph, KIM)
    for limit in range(len(everything) + 1):
        page = q.timeline_page(graph, KIM, limit=limit)
        assert (page.rows, page.total) == (everything[:limit], len(everything))
    page = q.timeline_page(graph, KIM, cameo="04", limit=0)
    assert (page.rows, page.total) == ([], 1)
    every_event = q.events(graph)
    page = q.events_page(graph, limit=2)
    assert (page.rows, page.total, page.more) == (every_event[:2], len(every_event), len(every_event) - 2)
    assert q.events(graph, between=(KIM, PUTIN), limit=1) == q.events(graph, between=(KIM, PUTIN))[:1]


def test_find_an_event_by_id_but_not_by_its_label(graph):
    assert q.find(graph, "event:summit-meet") == "event:summit-meet"
    assert q.find(graph, " EVENT:Summit-Meet ") == "event:summit-meet"
    label = graph.nodes["event:summit-meet"]["label"]
    with pytest.raises(UnknownEntityError):
        q.find(graph, label)


def test_slug_table_is_built_on_the_first_miss():
    graph = build_graph(corpus())
    index = q.index_of(graph)
    q.find(graph, "putin")
    assert index._by_slug is None
    assert q.find(graph, "Kim-Jong Un") == KIM
    assert index._by_slug is not None


def _random_graph(seed, nodes=40, edges=70):
    import random

    import networkx as nx

    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(f"n{i:02d}" for i in range(nodes))
    for i in range(edges):
        u, v = rng.sample(sorted(graph), 2)
        graph.add_edge(u, v, key=f"e{i}", relation="r", count=rng.randint(1, 3))
    return graph


@pytest.mark.parametrize("seed", range(30))
def test_paths_are_every_shortest_path_up_to_the_limit(seed):
    import networkx as nx

    graph = _random_graph(seed)
    simple = nx.Graph(graph)
    nodes = sorted(graph)
    for a, b_ in [(nodes[i], nodes[-1 - i]) for i in range(8)]:
        found = q.shortest_paths(graph, a, b_, max_hops=4, limit=1000)
        try:
            expected = {tuple(p) for p in nx.all_shortest_paths(simple, a, b_)}
        except nx.NetworkXNoPath:
            expected = set()
        if expected and len(next(iter(expected))) - 1 > 4:
            expected = set()
        assert {tuple(p) for p in found} == expected
        assert len(found) == len(expected)
        assert q.shortest_paths(graph, a, b_, max_hops=4, limit=2) == found[:2]


# -- hubs ---------------------------------------------------------------------------------------
def _busy_corpus(seed: int, docs: int = 30):
    """Random documents around a few popular entities: ties in counts and labels, events with
    full, partial, yearless and missing dates, several CAMEO codes, entities in several roles."""
    rng = random.Random(seed)
    people = [f"person|{name}" for name in ("Ann Lee", "Bo Chan", "Cy Diaz", "Di Eze", "Ed Fox")]
    states = [f"state|{iso}" for iso in ("RUS", "CHN", "PRK", "UKR", "USA")]
    dates = [None, "2023", "2023-07", "2023-07-20", "--07-20", "--03", "2022-12-31", "2024-01-02"]
    codes = ["040", "042", "043", "057", "111", "172"]
    out = []
    for i in range(docs):
        d = Doc(f"d{i:02d}", date=rng.choice(["2023-05-01", "2024-02-02", None]))
        for j in range(rng.randint(2, 6)):
            a, b_, c = rng.sample(people + states, 3)
            ev = d.sentence("{a} met {b} near {c}.", a=a, b=b_, c=c)
            ka, kb, kc = (key(Kind(x.split("|")[0]), x.split("|")[1]) for x in (a, b_, c))
            if rng.random() < 0.6:
                d.relate(ka, kb, rng.choice([Relation.AFFILIATED_WITH, Relation.PART_OF]), ev)
            if rng.random() < 0.8:
                d.event(
                    f"e{j}",
                    rng.choice(codes),
                    ev,
                    agents=(ka,),
                    targets=(kb, ka) if rng.random() < 0.1 else (kb,),
                    locations=(kc,) if rng.random() < 0.3 else (),
                    date=rng.choice(dates),
                )
        out.append(d.facts())
    return out


def _answers(graph, node):
    pages = [q.relations_page(graph, node, limit) for limit in (None, 0, 1, 3, 7, 1000)]
    pages += [q.timeline_page(graph, node, limit=limit) for limit in (None, 0, 2, 5)]
    for since, until, cameo in (("2023", None, None), (None, "2023-07", "04"), ("2023-07-20", "2024", "1")):
        pages += [q.timeline_page(graph, node, since, until, cameo, limit) for limit in (None, 3)]
    others = sorted(n for n, kind in graph.nodes(data="kind") if kind != "event")
    pages += [q.events_page(graph, between=(node, other)) for other in others]
    return [(page.rows, page.total) for page in pages]


@pytest.mark.parametrize("seed", range(4))
def test_hub_orders_give_the_same_answers(monkeypatch, seed):
    graph = build_graph(_busy_corpus(seed))
    nodes = [n for n, kind in graph.nodes(data="kind") if kind != "event"]
    expected = {n: _answers(graph, n) for n in nodes}
    assert not q._hub_orders.get(graph)  # no node of this graph is a hub at the real threshold
    monkeypatch.setattr(q, "HUB_NEIGHBOURS", 2)
    saved = q.prepare_hubs(graph)
    # every node but a namesake of few ties (a person one document ties to another state)
    assert set(saved) == {n for n in nodes if q._is_hub(graph, n)}
    assert len(saved) >= len(nodes) - 1
    assert {n: _answers(graph, n) for n in nodes} == expected
    # Taken back (as from a cache) they answer the same, and a changed node is worked out again.
    fresh = build_graph(_busy_corpus(seed))
    q.adopt_hubs(fresh, saved)
    assert {n: _answers(fresh, n) for n in nodes} == expected
    hub = max(nodes, key=graph.degree)
    fresh.add_edge(hub, "person:newcomer", key="x", relation="affiliated_with", count=9)
    fresh.nodes["person:newcomer"].update(kind="person", label="Newcomer")
    assert q.relations(fresh, hub, limit=1)[0].other == "person:newcomer"
    assert q._hub_orders[fresh][hub].edges == q._edge_count(fresh, hub)


def test_a_dropped_graph_is_freed_with_everything_made_for_it(monkeypatch):
    monkeypatch.setattr(q, "HUB_NEIGHBOURS", 2)
    graph = build_graph(_busy_corpus(3))
    q.prepare_hubs(graph)  # hub orders and the name index, kept per graph
    node = q.find(graph, "Ann Lee")
    assert q.relations(graph, node, limit=3)
    assert graph in q._indexes
    assert graph in q._hub_orders
    gone = weakref.ref(graph)
    index = q._indexes[graph]
    del graph
    gc.collect()
    assert gone() is None
    with pytest.raises(ReferenceError):
        index.find("Ann Lee")
