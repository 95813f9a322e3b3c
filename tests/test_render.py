"""render_html without a browser: self-contained, inert hostile text, selection and counts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import NewsGraphError
from newsgraph.graph.render import clean_text, dump_json_for_html, render_html

HOSTILE = [
    "</script><script>window.__pwned=1;alert(1)</script>",
    '<img src=x onerror="window.__pwned=1">',
    '<a href="javascript:window.__pwned=1">click</a> href',
    "<!-- <script>",
    "line\u2028separator\u2029para",
    "ctrl\x00\x01\x08\x0b\x1b\x7f\x85 chars",
    "lone \ud800 surrogate \udfff",
    "quotes \" ' ` & &amp;",
]


def ev(text: str, doc: str = "d1") -> dict[str, object]:
    return {"doc": doc, "start": 0, "end": len(text), "text": text}


def sample_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(
        documents={"d1": {"title": "Summit report", "date": "2023-07-20", "url": None, "source": "x"}}
    )
    g.add_node(
        "person:kim-jong-un",
        kind="person",
        label="Kim Jong Un",
        aliases=["Kim Jong-un", "Chairman Kim"],
        mentions=12,
        documents=["d1"],
        evidence=[ev("Kim Jong Un visited Moscow.")],
    )
    g.add_node("state:PRK", kind="state", label="North Korea", aliases=["DPRK"], mentions=20, iso3="PRK")
    g.add_node("state:RUS", kind="state", label="Russia", aliases=[], mentions=9, iso3="RUS")
    g.add_node("location:moscow", kind="location", label="Moscow", aliases=[], mentions=3)
    g.add_node(
        "organization:kpa", kind="organization", label="Korean People's Army", aliases=["KPA"], mentions=2
    )
    g.add_node(
        "event:abc",
        kind="event",
        label="Make a visit",
        cameo="042",
        event_type="Make a visit",
        trigger="visited",
        negated=False,
        modality="asserted",
        date="2023-07",
        doc="d1",
        mentions=1,
        evidence=[ev("Kim Jong Un visited Moscow.")],
    )
    g.add_edge("person:kim-jong-un", "state:PRK", relation="affiliated_with", role="supreme leader", count=3)
    g.add_edge("organization:kpa", "state:PRK", relation="part_of", count=1)
    g.add_edge("location:moscow", "state:RUS", relation="part_of", count=1)
    g.add_edge("person:kim-jong-un", "event:abc", relation="agent", count=1, evidence=[ev("Kim visited.")])
    g.add_edge("event:abc", "state:RUS", relation="target", count=1)
    g.add_edge("event:abc", "location:moscow", relation="location", count=1)
    return g


def page_data(path: Path) -> dict:
    html = path.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    assert m, "graph-data block missing"
    return json.loads(m.group(1))


def test_page_is_self_contained(tmp_path: Path) -> None:
    result = render_html(sample_graph(), tmp_path / "g.html")
    html = result.path.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//|@import""", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert "vis.Network" in html  # the library is inlined
    assert "Copyright" in html or "@license" in html  # ... with its licence header
    assert html.count("</script>") == 3  # data, vis-network, page script: nothing else executes


def test_legend_lists_kinds_with_shapes(tmp_path: Path) -> None:
    html = render_html(sample_graph(), tmp_path / "g.html").path.read_text(encoding="utf-8")
    for name in ("Person", "State", "Organization", "Location", "Event"):
        assert f"<span>{name}</span>" in html
    assert html.count('class="kind-filter"') == 5
    assert html.count('<svg class="swatch"') == 5


def test_data_round_trips_and_tooltip_fields(tmp_path: Path) -> None:
    data = page_data(render_html(sample_graph(), tmp_path / "g.html").path)
    nodes = {n["id"]: n for n in data["nodes"]}
    kim = nodes["person:kim-jong-un"]
    assert kim["aliases"] == ["Kim Jong-un", "Chairman Kim"]
    assert kim["offices"] == [{"role": "supreme leader", "of": "North Korea"}]
    assert kim["docs"] == [{"id": "d1", "title": "Summit report", "date": "2023-07-20"}]
    assert kim["evidence"] == [{"doc": "d1", "title": "Summit report", "text": "Kim Jong Un visited Moscow."}]
    event = nodes["event:abc"]
    assert (event["cameo"], event["cameo_root"], event["event_type"], event["date"], event["trigger"]) == (
        "042",
        "04",
        "Make a visit",
        "2023-07",
        "visited",
    )
    assert nodes["state:PRK"]["size"] > nodes["location:moscow"]["size"]  # size grows with mentions
    labels = {(e["from"], e["to"]): e["label"] for e in data["edges"]}
    assert labels[("person:kim-jong-un", "state:PRK")] == "supreme leader"  # role wins
    assert labels[("organization:kpa", "state:PRK")] == "part of"
    assert data["cameo_roots"] == [{"code": "04", "name": "Consult"}]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_is_inert(tmp_path: Path, hostile: str) -> None:
    g = sample_graph()
    g.add_node(
        "person:evil", kind="person", label=hostile, aliases=[hostile], mentions=1, evidence=[ev(hostile)]
    )
    g.add_edge("person:evil", "state:PRK", relation="affiliated_with", role=hostile, evidence=[ev(hostile)])
    g.graph["documents"]["d1"]["title"] = hostile
    result = render_html(g, tmp_path / "g.html", title=hostile)
    html = result.path.read_text(encoding="utf-8")
    for needle in ("</script><script>", "<img src=x", '<a href="javascript', "<!-- <script>", "\x00", "\x1b"):
        if needle in hostile:
            assert needle not in html
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", html, re.S)
    assert len(scripts) == 3
    assert not any(ch in script for script in scripts for ch in "\u2028\u2029")
    data = page_data(result.path)
    evil = next(n for n in data["nodes"] if n["id"] == "person:evil")
    assert evil["label"] == clean_text(hostile)
    assert evil["evidence"][0]["text"] == clean_text(hostile)
    assert evil["evidence"][0]["title"] == clean_text(hostile)
    assert data["title"] == clean_text(hostile)
    # The heading and <title> are HTML-escaped, not raw.
    if "<" in hostile:
        assert f"<title>{hostile}" not in html


def test_clean_text() -> None:
    assert clean_text("a\x00b\x1fc\td\ne\rf\x7fg\x9fh\ufffei") == "abc\td\ne\rfghi"
    assert clean_text("x\ud800y") == "xy"
    assert clean_text("\ud83d\ude00") == "\U0001f600"  # a surrogate pair is joined, not dropped
    assert clean_text(42) == "42"


def test_json_escaping() -> None:
    text = dump_json_for_html({"a": "</script><!--&\u2028\u2029>"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "</script><!--&\u2028\u2029>"}


def star(n: int) -> nx.MultiDiGraph:
    """A hub with n spokes, some spokes linked to each other so degrees differ."""
    g = nx.MultiDiGraph()
    g.add_node("state:HUB", kind="state", label="Hub", mentions=1)
    for i in range(n):
        g.add_node(f"person:p{i}", kind="person", label=f"P{i}", aliases=[], mentions=i)
        g.add_edge(f"person:p{i}", "state:HUB", relation="affiliated_with")
    for i in range(5):
        g.add_edge(f"person:p{i}", f"person:p{i + 5}", relation="affiliated_with")
    return g


def test_max_nodes_keeps_most_connected_and_reports_omitted(tmp_path: Path) -> None:
    result = render_html(star(1200), tmp_path / "g.html", max_nodes=11)
    assert (result.nodes_shown, result.nodes_total, result.nodes_omitted) == (11, 1201, 1190)
    ids = {n["id"] for n in page_data(result.path)["nodes"]}
    # The hub (degree 1200), the ten spokes of degree 2.
    assert ids == {"state:HUB"} | {f"person:p{i}" for i in range(10)}
    html = result.path.read_text(encoding="utf-8")
    assert "showing 11 of 1,201 nodes" in html
    assert "1,190 less connected nodes left out: raise --max-nodes" in html
    assert result.edges_shown == 15


def test_ties_break_by_mentions(tmp_path: Path) -> None:
    result = render_html(star(30), tmp_path / "g.html", max_nodes=13)
    ids = {n["id"] for n in page_data(result.path)["nodes"]}
    # Hub + ten degree-2 spokes, then the two degree-1 spokes with most mentions.
    assert ids == {"state:HUB", "person:p29", "person:p28"} | {f"person:p{i}" for i in range(10)}


def test_large_graph_gets_positions_and_starts_without_physics(tmp_path: Path) -> None:
    data = page_data(render_html(star(600), tmp_path / "g.html", max_nodes=1000).path)
    assert data["physics"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])
    small = page_data(render_html(star(20), tmp_path / "s.html").path)
    assert small["physics"] is True
    assert all("x" not in n for n in small["nodes"])


def test_focus_hops_is_undirected_ego_network(tmp_path: Path) -> None:
    g = sample_graph()
    one = render_html(g, tmp_path / "a.html", focus="state:RUS", hops=1)
    ids = {n["id"] for n in page_data(one.path)["nodes"]}
    assert ids == {"state:RUS", "event:abc", "location:moscow"}  # in-edges count too
    two = render_html(g, tmp_path / "b.html", focus="state:RUS", hops=2)
    assert {n["id"] for n in page_data(two.path)["nodes"]} == ids | {"person:kim-jong-un"}
    zero = render_html(g, tmp_path / "c.html", focus="state:RUS", hops=0)
    assert (zero.nodes_shown, zero.edges_shown, zero.nodes_total) == (1, 0, 1)


def test_focus_survives_max_nodes(tmp_path: Path) -> None:
    result = render_html(star(50), tmp_path / "g.html", focus="person:p40", hops=2, max_nodes=3)
    assert "person:p40" in {n["id"] for n in page_data(result.path)["nodes"]}


def test_unknown_focus_and_kind_raise(tmp_path: Path) -> None:
    with pytest.raises(NewsGraphError, match="focus node 'person:nobody'"):
        render_html(sample_graph(), tmp_path / "g.html", focus="person:nobody")
    with pytest.raises(NewsGraphError, match="unknown node kind"):
        render_html(sample_graph(), tmp_path / "g.html", kinds={"planet"})
    with pytest.raises(NewsGraphError, match="max_nodes"):
        render_html(sample_graph(), tmp_path / "g.html", max_nodes=0)


def test_kinds_filter_keeps_events_with_a_kept_participant(tmp_path: Path) -> None:
    g = sample_graph()
    g.add_node("event:orphan", kind="event", label="Fight", cameo="190", event_type="Fight", mentions=1)
    g.add_edge("organization:kpa", "event:orphan", relation="agent")
    people = render_html(g, tmp_path / "a.html", kinds={"person", "event"})
    ids = {n["id"] for n in page_data(people.path)["nodes"]}
    assert ids == {"person:kim-jong-un", "event:abc"}
    assert (people.nodes_shown, people.nodes_total, people.edges_shown) == (2, 2, 1)
    states = render_html(g, tmp_path / "b.html", kinds={"state"})
    assert {n["id"] for n in page_data(states.path)["nodes"]} == {"state:PRK", "state:RUS"}


def test_result_counts_match_page(tmp_path: Path) -> None:
    result = render_html(sample_graph(), tmp_path / "g.html")
    data = page_data(result.path)
    assert result.path == tmp_path / "g.html"
    assert (result.nodes_shown, result.edges_shown) == (len(data["nodes"]), len(data["edges"]))
    assert (result.nodes_total, result.nodes_omitted) == (6, 0)
    assert data["stats"] == {"shown": 6, "total": 6, "omitted": 0, "edges": 6}


def test_empty_graph(tmp_path: Path) -> None:
    result = render_html(nx.MultiDiGraph(), tmp_path / "g.html")
    assert (result.nodes_shown, result.edges_shown, result.nodes_total) == (0, 0, 0)
    assert page_data(result.path)["nodes"] == []


def test_graphml_style_list_strings_are_decoded(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node(
        "person:a", kind="person", label="A", aliases='["Ay", "Aa"]', evidence=json.dumps([ev("A said.")])
    )
    node = page_data(render_html(g, tmp_path / "g.html").path)["nodes"][0]
    assert node["aliases"] == ["Ay", "Aa"]
    assert node["evidence"][0]["text"] == "A said."


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(labels=st.lists(st.text(min_size=0, max_size=40), min_size=1, max_size=6))
def test_arbitrary_unicode_round_trips(tmp_path: Path, labels: list[str]) -> None:
    g = nx.MultiDiGraph(documents={"d": {"title": labels[0]}})
    for i, label in enumerate(labels):
        g.add_node(
            f"person:{i}", kind="person", label=label, aliases=labels, mentions=i, evidence=[ev(label, "d")]
        )
    result = render_html(g, tmp_path / "h.html", title=labels[-1])
    html = result.path.read_text(encoding="utf-8")
    assert "\u2028" not in html.split('id="graph-data">', 1)[1].split("</script>", 1)[0]
    data = page_data(result.path)
    assert data["title"] == clean_text(labels[-1])
    for i, label in enumerate(labels):
        node = next(n for n in data["nodes"] if n["id"] == f"person:{i}")
        expected = clean_text(label) if clean_text(label) else f"person:{i}"
        assert node["label"] == expected
        assert node["evidence"][0] == {
            "doc": "d",
            "title": clean_text(labels[0]),
            "text": clean_text(label)[:600],
        }


def _reference_choice(graph: nx.MultiDiGraph, nodes: set, limit: int, always=None) -> set:
    """The ranking as first written: degrees counted over the subgraph view, a full sort."""
    degree: dict = dict.fromkeys(nodes, 0)
    for u, v in graph.subgraph(nodes).edges():
        degree[u] += 1
        degree[v] += 1
    rank = lambda n: (n != always, -degree[n], -int(graph.nodes[n].get("mentions", 0)), str(n))  # noqa: E731
    return set(sorted(nodes, key=rank)[:limit])


@pytest.mark.parametrize("seed", range(10))
def test_most_connected_and_induced_subgraph_match_the_views(seed: int) -> None:
    import random

    from newsgraph.graph import render

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(80):
        g.add_node(f"n{i:02d}", kind=rng.choice(["person", "state"]), mentions=rng.randint(0, 3))
    for i in range(300):  # with multi-edges and self-loops
        g.add_edge(f"n{rng.randrange(80):02d}", f"n{rng.randrange(80):02d}", key=f"k{i % 3}", relation="r")
    everything = set(g)
    persons = {n for n in g if g.nodes[n]["kind"] == "person"}
    for nodes, always in ((everything, None), (persons, None), (everything, "n07"), (persons, "n07")):
        if always is not None and always not in nodes:
            continue
        for limit in (1, 5, 17, 200):
            chosen = render._most_connected(g, nodes, limit, always=always)
            assert chosen == _reference_choice(g, nodes, limit, always)
            sub = render._induced(g, chosen)
            view = g.subgraph(chosen)
            assert list(sub) == [n for n in g if n in chosen]
            assert sorted(sub.edges(keys=True, data=True)) == sorted(view.edges(keys=True, data=True))
            assert dict(sub.nodes(data=True)) == dict(view.nodes(data=True))


def test_documents_are_counted_as_listed(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("person:a", kind="person", label="A", documents=["d1", None, "d2"])
    g.add_node("person:b", kind="person", label="B", documents='["d1", "d2", "d3"]')
    g.add_node("person:c", kind="person", label="C", documents="d1")
    data = page_data(render_html(g, tmp_path / "g.html").path)
    assert {n["id"]: n["documents"] for n in data["nodes"]} == {"person:a": 2, "person:b": 3, "person:c": 1}


# -- the actor view ---------------------------------------------------------------------------


def test_actor_view_links_pairs_by_their_events(tmp_path: Path) -> None:
    g = sample_graph()
    g.add_node(
        "event:fight",
        kind="event",
        cameo="190",
        event_type="Fight",
        trigger="shelled",
        date="--07-21",
        doc="d1",
        mentions=1,
        evidence=[ev("Russia shelled Kim.")],
    )
    g.add_edge("state:RUS", "event:fight", relation="agent", count=1)
    g.add_edge("event:fight", "person:kim-jong-un", relation="target", count=1)
    result = render_html(g, tmp_path / "g.html")
    data = page_data(result.path)
    actors = {n["id"] for n in data["actors"]["nodes"]}
    assert actors == {
        "person:kim-jong-un",
        "state:PRK",
        "state:RUS",
        "organization:kpa",
    }  # no places, no events
    links = {(link["from"], link["to"]): link for link in data["actors"]["links"]}
    kim_rus = links[("person:kim-jong-un", "state:RUS")]
    assert kim_rus["events"] == ["event:abc", "event:fight"]
    assert kim_rus["ways"] == ["a->b", "b->a"]
    assert links[("person:kim-jong-un", "state:PRK")]["events"] == []  # an office only
    assert links[("person:kim-jong-un", "state:PRK")]["relations"][0]["role"] == "supreme leader"
    fight = data["events"]["event:fight"]
    assert (fight["date"], fight["day"], fight["goldstein"]) == ("2023-07-21", "2023-07-21", -10.0)
    assert data["events"]["event:abc"]["goldstein"] == 1.9
    assert data["dates"] == ["2023-07-01", "2023-07-21"]
    assert data["view"] == "actor"
    assert (result.actors_shown, result.links_shown) == (4, len(links))


def test_actor_view_follows_focus_kinds_and_max_nodes(tmp_path: Path) -> None:
    g = sample_graph()
    focus = render_html(g, tmp_path / "f.html", focus="state:RUS", hops=1)
    assert {n["id"] for n in page_data(focus.path)["actors"]["nodes"]} == {"state:RUS", "person:kim-jong-un"}
    wider = render_html(g, tmp_path / "w.html", focus="state:RUS", hops=2)
    assert {n["id"] for n in page_data(wider.path)["actors"]["nodes"]} == {
        "state:RUS",
        "person:kim-jong-un",
        "state:PRK",
    }
    place = render_html(g, tmp_path / "p.html", focus="location:moscow", hops=1)  # starts from its actors
    assert "state:RUS" in {n["id"] for n in page_data(place.path)["actors"]["nodes"]}
    states = render_html(g, tmp_path / "s.html", kinds={"state", "event"})
    assert {n["id"] for n in page_data(states.path)["actors"]["nodes"]} == {"state:PRK", "state:RUS"}
    one = render_html(g, tmp_path / "o.html", max_nodes=1)
    data = page_data(one.path)
    assert len(data["actors"]["nodes"]) == 1
    assert data["actors"]["omitted"] == 3
    places = render_html(g, tmp_path / "l.html", kinds={"location"})
    assert page_data(places.path)["view"] == "event"  # no actors: the page opens on the event view


def boxes_overlap(pos, half_w, up, down) -> int:
    n = len(pos)
    hits = 0
    for i in range(n):
        for j in range(i + 1, n):
            ox = half_w[i] + half_w[j] - abs(pos[i][0] - pos[j][0])
            top_i, bottom_i = pos[i][1] - up[i], pos[i][1] + down[i]
            top_j, bottom_j = pos[j][1] - up[j], pos[j][1] + down[j]
            oy = min(bottom_i, bottom_j) - max(top_i, top_j)
            hits += ox > 1e-9 and oy > 1e-9
    return hits


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_remove_overlaps_leaves_none(seed: int) -> None:
    import numpy as np

    from newsgraph.graph.render import _remove_overlaps

    rng = np.random.default_rng(seed)
    n = 60
    pos = rng.random((n, 2)) * 300
    pos[5] = pos[6]  # two nodes on the very same spot
    half_w = rng.uniform(10, 60, n)
    up = rng.uniform(5, 20, n)
    down = up + rng.uniform(10, 25, n)
    assert boxes_overlap(pos, half_w, up, down) > 0
    assert _remove_overlaps(pos, half_w, up, down, iterations=500) == 0
    assert boxes_overlap(pos, half_w, up, down) == 0


def test_actor_layout_is_deterministic(tmp_path: Path) -> None:
    first = page_data(render_html(star(40), tmp_path / "a.html").path)["actors"]["nodes"]
    again = page_data(render_html(star(40), tmp_path / "b.html").path)["actors"]["nodes"]
    assert first == again
    assert len(first) == 41
