"""The rendered page in a real headless Chromium, driven over the DevTools pipe (tools/chromium.py)."""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from chromium import Chromium, Page, find_chromium  # tools/ is not a package: imported by path
from paths import SEEDS

from newsgraph.graph.render import RenderResult, render_html

if find_chromium() is None:
    pytest.skip(
        "no chromium binary on PATH (tried chromium, chromium-browser, google-chrome; or set $CHROMIUM); "
        "install it with 'apt-get install chromium' to run the browser tests",
        allow_module_level=True,
    )

pytestmark = pytest.mark.browser

READY = "document.body && document.body.getAttribute('data-ready') === '1'"
HOSTILE = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><!--'

COUNT_DRAWN = """(() => {
  const c = document.querySelector('#network canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
  return n;
})()"""


def ev(text: str) -> dict[str, object]:
    return {"doc": "d1", "start": 0, "end": len(text), "text": text}


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(documents={"d1": {"title": HOSTILE, "date": "2023-07-20"}})
    g.add_node("person:kim", kind="person", label="Kim Jong Un", aliases=["Chairman Kim"], mentions=12)
    g.add_node("state:PRK", kind="state", label="North Korea", aliases=["DPRK", "Pyongyang"], mentions=20)
    g.add_node("state:RUS", kind="state", label="Russia", aliases=[], mentions=9)
    g.add_node("location:moscow", kind="location", label="Moscow", aliases=[], mentions=3)
    g.add_node("organization:kpa", kind="organization", label="KPA", aliases=[], mentions=2)
    g.add_node(
        "person:evil",
        kind="person",
        label=HOSTILE,
        aliases=[HOSTILE + " href"],
        mentions=1,
        evidence=[ev(HOSTILE)],
    )
    for key, cameo, date in (("event:visit", "042", "2023-07"), ("event:fight", "190", "2019-01-02")):
        g.add_node(
            key,
            kind="event",
            cameo=cameo,
            event_type="Make a visit",
            trigger="visited",
            date=date,
            mentions=1,
        )
        g.add_edge("person:kim", key, relation="agent", count=1)
        g.add_edge(key, "state:RUS", relation="target", count=1)
    g.add_edge("person:kim", "state:PRK", relation="affiliated_with", role="supreme leader", count=3)
    g.add_edge("organization:kpa", "state:PRK", relation="part_of", count=1)
    g.add_edge("location:moscow", "state:RUS", relation="part_of", count=1)
    g.add_edge("person:evil", "state:PRK", relation="affiliated_with", role=HOSTILE, evidence=[ev(HOSTILE)])
    return g


def large_graph(n: int, seed: int = 3) -> nx.MultiDiGraph:
    """A news-like graph: a few hubs (states), many people and organisations, events between them."""
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    states = [f"state:S{i:03d}" for i in range(60)]
    for s in states:
        g.add_node(s, kind="state", label=s[6:], aliases=[], mentions=rnd.randint(5, 500))
    entities = list(states)
    while len(g) < n * 0.6:
        kind = rnd.choice(["person", "person", "organization", "location"])
        key = f"{kind}:{len(g)}"
        g.add_node(
            key, kind=kind, label=f"{kind} {len(g)}", aliases=[f"alias {len(g)}"], mentions=rnd.randint(1, 50)
        )
        g.add_edge(key, rnd.choice(states[: 1 + rnd.randint(0, 59)]), relation="affiliated_with", count=1)
        entities.append(key)
    while len(g) < n:
        key = f"event:{len(g)}"
        g.add_node(
            key,
            kind="event",
            cameo=rnd.choice(["042", "111", "190"]),
            event_type="x",
            date="2023",
            mentions=1,
        )
        g.add_edge(rnd.choice(entities), key, relation="agent", count=1)
        g.add_edge(key, rnd.choice(entities), relation="target", count=1)
    return g


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    with Chromium(timeout=60) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def small(browser: Chromium, tmp_path_factory: pytest.TempPathFactory) -> tuple[RenderResult, Page]:
    result = render_html(small_graph(), tmp_path_factory.mktemp("page") / "small.html", title=HOSTILE)
    page = browser.open(result.path)
    page.wait_for(READY, timeout=30)
    return result, page


def test_page_draws_and_counts_match(small: tuple[RenderResult, Page]) -> None:
    result, page = small
    assert page.evaluate("window.newsgraph.nodes.length") == result.nodes_shown == 8
    assert page.evaluate("window.newsgraph.edges.length") == result.edges_shown
    assert page.evaluate(COUNT_DRAWN) > 2000  # nodes, edges and labels were painted
    assert page.errors() == []


def test_physics_stops_after_stabilisation(small: tuple[RenderResult, Page]) -> None:
    _, page = small
    assert page.evaluate("window.newsgraph.network.physics.physicsEnabled") is False
    assert page.evaluate("document.getElementById('physics').checked") is False


def test_nothing_loads_from_the_network(small: tuple[RenderResult, Page]) -> None:
    _, page = small
    urls = page.requests()
    assert urls, "the page itself should be recorded"
    assert all(u.startswith(("file:", "data:")) for u in urls), urls


def test_hostile_label_does_not_execute(small: tuple[RenderResult, Page]) -> None:
    _, page = small
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    assert page.evaluate("document.title") == HOSTILE
    # The tooltip is text, not markup.
    tip = "window.newsgraph.nodes.get('person:evil').title"
    assert page.evaluate(f"{tip}.querySelectorAll('img, script, a').length") == 0
    assert HOSTILE in page.evaluate(f"{tip}.textContent")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("DPRK", "state:PRK"),
        ("dprk", "state:PRK"),
        ("  chairman   KIM ", "person:kim"),
        ("north korea", "state:PRK"),
    ],
)
def test_search_by_any_alias_selects_node(
    small: tuple[RenderResult, Page], query: str, expected: str
) -> None:
    _, page = small
    assert page.evaluate(f"window.newsgraph.search({json.dumps(query)})") == expected
    assert page.evaluate("window.newsgraph.network.getSelectedNodes()") == [expected]
    assert page.evaluate("document.getElementById('details').textContent").startswith(
        page.evaluate(f"window.newsgraph.data.nodes.find(n => n.id === {json.dumps(expected)}).label")
    )


def test_search_unknown_returns_null(small: tuple[RenderResult, Page]) -> None:
    _, page = small
    assert page.evaluate("window.newsgraph.search('Atlantis')") is None


def test_search_box_datalist_has_aliases(small: tuple[RenderResult, Page]) -> None:
    _, page = small
    options = page.evaluate("Array.from(document.querySelectorAll('#names option'), o => o.value)")
    assert {"DPRK", "Pyongyang", "Chairman Kim", "Kim Jong Un"} <= set(options)


def test_filters_by_kind_event_type_and_date(small: tuple[RenderResult, Page]) -> None:
    _, page = small
    visible = "window.newsgraph.nodeView.getIds().sort()"

    def set_and_apply(js: str) -> list[str]:
        page.evaluate(f"(() => {{ {js}; window.newsgraph.applyFilters(); }})()")
        result: list[str] = page.evaluate(visible)
        return result

    ids = set_and_apply("document.querySelector('.kind-filter[value=person]').checked = false")
    assert not any(i.startswith("person:") for i in ids)
    assert "state:PRK" in ids
    ids = set_and_apply(
        "document.querySelector('.kind-filter[value=person]').checked = true;"
        "document.getElementById('event-type').value = '19'"
    )
    assert "event:fight" in ids
    assert "event:visit" not in ids
    ids = set_and_apply(
        "document.getElementById('event-type').value = '';"
        "document.getElementById('date-from').value = '2023-01';"
        "document.getElementById('date-to').value = '2023'"
    )
    assert "event:visit" in ids
    assert "event:fight" not in ids
    ids = set_and_apply(
        "document.getElementById('date-from').value = ''; document.getElementById('date-to').value = ''"
    )
    assert len(ids) == 8


def test_large_graph_opens_quickly(browser: Chromium, tmp_path: Path) -> None:
    graph = large_graph(2000)
    start = time.monotonic()
    result = render_html(graph, tmp_path / "large.html", max_nodes=2000)
    render_seconds = time.monotonic() - start
    assert result.nodes_shown == 2000
    start = time.monotonic()
    page = browser.open(result.path)
    page.wait_for(READY, timeout=30)
    load_seconds = time.monotonic() - start
    print(f"2,000 nodes: render {render_seconds:.2f}s, ready in Chromium {load_seconds:.2f}s")
    assert page.evaluate("window.newsgraph.nodes.length") == 2000
    assert page.evaluate("window.newsgraph.network.physics.physicsEnabled") is False
    assert page.evaluate(COUNT_DRAWN) > 2000
    assert page.evaluate("window.newsgraph.search('ALIAS 1000')").endswith(":1000")
    assert load_seconds < 15
    assert page.errors() == []


# -- the actor view --------------------------------------------------------------------------


def dyad_graph() -> nx.MultiDiGraph:
    """Three states and a leader: A fights B twice, A signs with C, B and C visit and criticise."""
    g = nx.MultiDiGraph(documents={"d1": {"title": HOSTILE, "date": "2024-05-01"}})
    for key, label, mentions in (
        ("state:A", "Alphaland", 30),
        ("state:B", "Betastan", 20),
        ("state:C", "Gammaria", 10),
    ):
        g.add_node(key, kind="state", label=label, aliases=[], mentions=mentions, documents=["d1"])
    g.add_node(
        "person:lead",
        kind="person",
        label="Lea Leader",
        aliases=["Madam Leader"],
        mentions=5,
        documents=["d1"],
    )
    g.add_edge(
        "person:lead", "state:A", relation="affiliated_with", role="president", since="2011-03", count=1
    )
    events = [
        ("fight1", "190", "2019-01-02", "state:A", "state:B"),
        ("fight2", "193", "2019-02", "state:B", "state:A"),
        ("sign", "057", "2020-05-06", "state:A", "state:C"),
        ("visit", "042", "2023-07-20", "state:B", "state:C"),
        ("blame", "111", None, "state:C", "state:B"),  # undated: takes its article's date, 2024-05-01
        ("praise", "051", "2024-06", "person:lead", "state:C"),
    ]
    for name, cameo, date, agent, target in events:
        key = f"event:{name}"
        g.add_node(
            key,
            kind="event",
            cameo=cameo,
            event_type=name,
            trigger=HOSTILE if name == "blame" else name,
            date=date,
            doc="d1",
            modality="asserted",
            negated=False,
            mentions=1,
            evidence=[ev(f"{name} said {HOSTILE}")],
        )
        g.add_edge(agent, key, relation="agent", count=1)
        g.add_edge(key, target, relation="target", count=1)
    return g


def expected_color(mean: float | None, full: float = 5.0) -> str:
    """The page's colour rule, written again: grey at 0, red at -full and below, green at +full and above."""
    if mean is None:
        return "#a0a0a0"
    t = max(-1.0, min(1.0, mean / full))
    end = (214, 39, 40) if t < 0 else (44, 160, 44)
    return "#" + "".join(
        f"{round(v + (e - v) * abs(t)):02x}" for v, e in zip((160, 160, 160), end, strict=True)
    )


@pytest.fixture(scope="module")
def dyads_page(browser: Chromium, tmp_path_factory: pytest.TempPathFactory) -> tuple[RenderResult, Page]:
    result = render_html(dyad_graph(), tmp_path_factory.mktemp("dyads") / "dyads.html")
    page = browser.open(result.path)
    page.wait_for(READY, timeout=30)
    return result, page


def links_by_pair(page: Page) -> dict[tuple[str, str], dict]:
    links = page.evaluate(
        "window.newsgraph.actorEdges.get().map(e => ({from: e.from, to: e.to, color: e.color.color, "
        "dashes: e.dashes, id: e.id, width: e.width}))"
    )
    return {(link["from"], link["to"]): link for link in links}


def shown_pairs(page: Page) -> set[tuple[str, str]]:
    ids = page.evaluate("window.newsgraph.actorEdgeView.getIds()")
    return {(link["from"], link["to"]) for link in links_by_pair(page).values() if link["id"] in ids}


def test_actor_view_is_the_default(dyads_page: tuple[RenderResult, Page]) -> None:
    result, page = dyads_page
    assert page.evaluate("document.body.getAttribute('data-view')") == "actor"
    assert page.evaluate("window.newsgraph.view") == "actor"
    assert page.evaluate("window.newsgraph.eventNetwork") is None  # built on first use
    assert sorted(page.evaluate("window.newsgraph.actorNodeView.getIds()")) == [
        "person:lead",
        "state:A",
        "state:B",
        "state:C",
    ]
    assert (result.actors_shown, result.links_shown) == (4, 5)
    assert page.evaluate(COUNT_DRAWN) > 2000
    assert page.errors() == []


def test_link_colour_follows_the_goldstein_mean(dyads_page: tuple[RenderResult, Page]) -> None:
    _, page = dyads_page
    links = links_by_pair(page)
    assert links[("state:A", "state:B")]["color"] == expected_color(-10.0) == "#d62728"  # fights
    assert links[("state:A", "state:C")]["color"] == expected_color(8.0) == "#2ca02c"  # a treaty
    assert links[("state:B", "state:C")]["color"] == expected_color((1.9 - 2.0) / 2)  # a visit, a rebuke
    assert links[("person:lead", "state:C")]["color"] == expected_color(3.4)  # praise: light green
    red, green, neutral = (
        links[p]["color"] for p in (("state:A", "state:B"), ("state:A", "state:C"), ("state:B", "state:C"))
    )
    assert int(red[1:3], 16) > int(red[3:5], 16)
    assert int(green[3:5], 16) > int(green[1:3], 16)
    assert abs(int(neutral[1:3], 16) - int(neutral[3:5], 16)) < 5
    assert links[("person:lead", "state:A")]["dashes"]  # an office, no events: a grey dashed line
    assert links[("state:A", "state:B")]["width"] > links[("state:A", "state:C")]["width"]  # two events, one
    assert page.evaluate("window.newsgraph.goldsteinColor(-10)") == expected_color(-10)


def test_slider_removes_links_outside_the_range(dyads_page: tuple[RenderResult, Page]) -> None:
    _, page = dyads_page
    dates = page.evaluate("window.newsgraph.data.dates")
    assert dates == ["2019-01-02", "2019-02-01", "2020-05-06", "2023-07-20", "2024-05-01", "2024-06-01"]

    def slide(lo: int, hi: int) -> set[tuple[str, str]]:
        page.evaluate(
            "(() => { const a = document.getElementById('time-from'),"
            " b = document.getElementById('time-to');"
            f" a.value = '{lo}'; b.value = '{hi}'; b.dispatchEvent(new Event('input')); }})()"
        )
        return shown_pairs(page)

    everything = slide(0, 5)
    assert len(everything) == 5
    assert slide(0, 1) == {("state:A", "state:B"), ("person:lead", "state:A")}  # 2019 only, and the office
    assert page.evaluate("document.getElementById('date-to').value") == "2019-02-01"
    later = slide(3, 5)
    assert ("state:A", "state:B") not in later
    assert ("state:A", "state:C") not in later
    assert ("state:B", "state:C") in later
    # B-C keeps only the events in range, and its colour follows them: the rebuke of May 2024 alone.
    assert slide(4, 4) >= {("state:B", "state:C")}
    assert links_by_pair(page)[("state:B", "state:C")]["color"] == expected_color(-2.0)
    assert "2024-05-01" in page.evaluate("document.getElementById('time-label').textContent")
    assert slide(0, 5) == everything
    assert links_by_pair(page)[("state:B", "state:C")]["color"] == expected_color(-0.05)


def test_clicking_a_link_lists_its_events(dyads_page: tuple[RenderResult, Page]) -> None:
    _, page = dyads_page
    link = links_by_pair(page)[("state:B", "state:C")]["id"]
    page.evaluate(f"window.newsgraph.showDetails('{link}', 'link')")
    items = page.evaluate("Array.from(document.querySelectorAll('#details .event-item'), e => e.textContent)")
    assert len(items) == 2
    assert items[0].startswith("visit (042)")
    assert "2023-07-20" in items[0]
    assert "Betastan → Gammaria" in items[0]
    assert "blame (111)" in items[1]
    assert "Gammaria → Betastan" in items[1]
    assert HOSTILE in items[1]
    assert page.evaluate("document.querySelectorAll('#details img, #details script').length") == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_node_panel_shows_offices_aliases_and_documents(dyads_page: tuple[RenderResult, Page]) -> None:
    _, page = dyads_page
    assert page.evaluate("window.newsgraph.search('madam leader')") == "person:lead"
    text = page.evaluate("document.getElementById('details').textContent")
    assert "president, Alphaland (2011-03 – )" in text
    assert "Madam Leader" in text
    assert "Documents" in text
    assert "(d1)" in text


def test_event_view_toggles(dyads_page: tuple[RenderResult, Page]) -> None:
    _, page = dyads_page
    page.evaluate("document.getElementById('view-event').click()")
    page.wait_for("document.body.getAttribute('data-event-ready') === '1'")
    assert page.evaluate("document.body.getAttribute('data-view')") == "event"
    assert page.evaluate("window.newsgraph.network === window.newsgraph.eventNetwork")
    assert page.evaluate("window.newsgraph.nodeView.getIds().filter(i => i.startsWith('event:')).length") == 6
    assert page.evaluate("getComputedStyle(document.getElementById('network')).display") == "none"
    assert page.evaluate("getComputedStyle(document.getElementById('event-network')).display") == "block"
    boxes = page.evaluate(
        LABEL_BOXES.replace("actorNetwork", "eventNetwork")
        .replace("actorNodeView", "nodeView")
        .replace("actorNodes", "nodes")
    )
    assert len(boxes) >= 4  # the event view's labels are decluttered too
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a["l"] < b["r"] and b["l"] < a["r"] and a["t"] < b["b"] and b["t"] < a["b"]), (a, b)
    page.evaluate("document.getElementById('view-actor').click()")
    assert page.evaluate("window.newsgraph.network === window.newsgraph.actorNetwork")
    assert page.evaluate("document.getElementById('view-actor').getAttribute('aria-pressed')") == "true"
    assert page.errors() == []


def test_a_colliding_label_of_the_smaller_node_is_hidden_and_shown_on_hover(
    dyads_page: tuple[RenderResult, Page],
) -> None:
    _, page = dyads_page
    net = "window.newsgraph.actorNetwork"
    page.evaluate(
        f"(() => {{ const p = {net}.getPositions(['state:A'])['state:A'];"
        f" {net}.moveNode('state:C', p.x + 8, p.y); }})()"
    )
    page.evaluate(f"{net}.redraw(); window.newsgraph.declutter()")
    assert page.evaluate("Array.from(window.newsgraph.hiddenLabels)") == ["state:C"]  # A is the larger
    assert page.evaluate("window.newsgraph.actorNodes.get('state:C').label") == ""
    page.evaluate(f"void {net}.body.emitter.emit('hoverNode', {{node: 'state:C'}})")
    assert page.evaluate("window.newsgraph.actorNodes.get('state:C').label") == "Gammaria"
    page.evaluate(f"void {net}.body.emitter.emit('blurNode', {{node: 'state:C'}})")
    page.evaluate(
        f"(() => {{ const p = {net}.getPositions(['state:A'])['state:A'];"
        f" {net}.moveNode('state:C', p.x + 600, p.y); }})()"
    )
    page.evaluate(f"{net}.redraw(); window.newsgraph.declutter()")
    assert page.evaluate("window.newsgraph.hiddenLabels.size") == 0
    assert page.evaluate("window.newsgraph.actorNodes.get('state:C').label") == "Gammaria"


LABEL_BOXES = """(() => {
  const net = window.newsgraph.actorNetwork, ids = window.newsgraph.actorNodeView.getIds();
  return ids.filter(id => window.newsgraph.actorNodes.get(id).label).map(id => {
    const s = net.body.nodes[id].labelModule.size;
    const a = net.canvasToDOM({x: s.left, y: s.top});
    const b = net.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
    const font = net.body.nodes[id].labelModule.fontOptions.size * net.getScale();
    return {id: id, l: a.x, t: a.y, r: b.x, b: b.y, font: font};
  });
})()"""


@pytest.mark.model
def test_no_label_overlaps_another_on_the_seed_graph(browser: Chromium, tmp_path: Path) -> None:
    from newsgraph.knowledge import KnowledgeGraph

    seeds = SEEDS / "articles"
    with KnowledgeGraph.open(tmp_path / "seed.db") as kg:
        kg.ingest([seeds])
        result = kg.render(tmp_path / "seed.html")
    page = browser.open(result.path, width=1400, height=900)
    page.wait_for(READY, timeout=60)
    boxes = page.evaluate(LABEL_BOXES)
    assert len(boxes) == result.actors_shown >= 10  # every actor's label is drawn ...
    assert page.evaluate("window.newsgraph.hiddenLabels.size") == 0
    for i, a in enumerate(boxes):  # ... none overlaps another ...
        for b in boxes[i + 1 :]:
            assert not (a["l"] < b["r"] and b["l"] < a["r"] and a["t"] < b["b"] and b["t"] < a["b"]), (a, b)
    width, height = page.evaluate(
        "[document.getElementById('network').clientWidth, document.getElementById('network').clientHeight]"
    )
    for box in boxes:  # ... each is on screen at a readable size
        assert box["l"] >= 0, box
        assert box["r"] <= width, box
        assert box["t"] >= 0, box
        assert box["b"] <= height, box
        assert box["font"] >= 10, box
    assert page.errors() == []


def test_zoomed_out_the_larger_nodes_keep_readable_labels(browser: Chromium, tmp_path: Path) -> None:
    result = render_html(large_graph(900), tmp_path / "many.html", max_nodes=400)
    page = browser.open(result.path, width=1400, height=900)
    page.wait_for(READY, timeout=60)
    assert page.evaluate("window.newsgraph.actorNetwork.getScale()") < 1
    boxes = page.evaluate(LABEL_BOXES)
    hidden = page.evaluate("window.newsgraph.hiddenLabels.size")
    assert len(boxes) >= 20
    assert hidden > 0  # not all fit: the rest wait for hover or zoom
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a["l"] < b["r"] and b["l"] < a["r"] and a["t"] < b["b"] and b["t"] < a["b"]), (a, b)
    assert min(box["font"] for box in boxes) >= 10
    ranked = page.evaluate(
        "(() => { const ids = new Set(window.newsgraph.actorNodeView.getIds());"
        " return window.newsgraph.data.nodes.concat(window.newsgraph.data.actor_nodes)"
        ".filter(n => ids.has(n.id)).map(n => [n.id, n.size, n.mentions]); })()"
    )
    ranked = sorted({n[0]: n for n in ranked}.values(), key=lambda n: (-n[1], -n[2], n[0]))
    shown = {box["id"] for box in boxes}
    assert ranked[0][0] in shown  # the largest node's label is placed first
    size = {n[0]: n[1] for n in ranked}
    kept = [size[n] for n in shown]
    dropped = [size[n] for n in size if n not in shown]
    assert sum(kept) / len(kept) > sum(dropped) / len(dropped)  # larger nodes keep theirs
    assert page.errors() == []
