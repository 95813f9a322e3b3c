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
