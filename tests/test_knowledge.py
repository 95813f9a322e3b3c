"""The library API, :class:`KnowledgeGraph`, with the real spaCy model: ingest, queries, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from newsgraph.errors import ExportError, UnknownEntityError
from newsgraph.graph import build as b
from newsgraph.knowledge import KnowledgeGraph
from newsgraph.model import Article

pytestmark = pytest.mark.model

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SUMMONS = Article(
    id="summons",
    title="Japan summons Chinese envoy",
    text=(
        "Japanese Foreign Minister Haruto Sakamoto summoned Chinese Ambassador Wei Jianguo on Monday. "
        "Sakamoto told reporters that the collision was dangerous."
    ),
)
PACT = Article(
    id="pact",
    date="2024-03-12",
    text=(
        "Japanese Foreign Minister Haruto Sakamoto visited Brazil on Tuesday. "
        "Carla Menezes, Brazil's defense minister, signed a defense agreement with Japan on March 12, 2024."
    ),
)
TALKS = Article(
    id="talks",
    text=(
        "Brazilian Defense Minister Carla Menezes held talks with Indonesian Foreign Minister "
        "Dewi Lestari in Jakarta on April 2, 2024."
    ),
)
ARTICLES = [SUMMONS, PACT, TALKS]


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    """Three short articles as Article objects, in a store on disk."""
    graph = KnowledgeGraph.open(tmp_path_factory.mktemp("kg") / "kg.db")
    report = graph.ingest(ARTICLES)
    assert report.ok
    assert report.documents == 3
    yield graph
    graph.close()


def docs(kg: KnowledgeGraph) -> dict[str, dict[str, object]]:
    return kg.graph.graph[b.DOCUMENTS]


# -- opening ---------------------------------------------------------------------------------------
def test_open_creates_the_store(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with KnowledgeGraph.open(path) as kg:
        assert kg.counts() == {"documents": 0, "entities": 0, "relations": 0, "events": 0}
        assert kg.graph.number_of_nodes() == 0
    assert path.exists()


def test_open_in_memory() -> None:
    with KnowledgeGraph.open(":memory:") as kg:
        assert kg.counts()["documents"] == 0


def test_open_defaults_to_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("NEWSGRAPH_DB", str(path))
    with KnowledgeGraph.open() as kg:
        kg.counts()
    assert path.exists()


# -- ingest ----------------------------------------------------------------------------------------
def test_ingest_articles_reports_and_stores(kg: KnowledgeGraph) -> None:
    assert kg.counts()["documents"] == 3
    assert set(docs(kg)) == {"summons", "pact", "talks"}
    assert kg.counts()["entities"] >= 6


def test_reingest_is_skipped(kg: KnowledgeGraph) -> None:
    before = kg.counts()
    edges = sorted(kg.graph.edges(keys=True))
    report = kg.ingest(ARTICLES)
    assert (report.documents, report.skipped, report.entities, report.events) == (0, 3, 0, 0)
    assert kg.counts() == before
    assert sorted(kg.graph.edges(keys=True)) == edges


def test_same_text_twice_in_one_input_is_stored_once_and_counted_as_a_repeat(tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "dup.db") as kg:
        twin = Article(id="twin", text=TALKS.text)
        report = kg.ingest([TALKS, twin])
        assert (report.documents, report.skipped, report.duplicates) == (1, 0, 1)


def test_ingest_paths(tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "paths.db") as kg:
        report = kg.ingest(sorted(str(p) for p in EXAMPLES.glob("*.txt")))
        assert report.ok
        assert report.documents == 4
        assert report.words > 600
        assert set(docs(kg)) == {p.stem for p in EXAMPLES.glob("*.txt")}
        again = kg.ingest([str(EXAMPLES / "tokyo-summons-envoy.txt")])
        assert (again.documents, again.skipped) == (0, 1)


def test_ingest_reports_rejected_paths(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "rej.db") as kg:
        report = kg.ingest([str(empty), str(tmp_path / "missing.txt")])
        assert not report.ok
        assert [Path(r.source).name for r in report.rejected] == ["empty.txt", "missing.txt"]
        assert report.documents == 0


def test_files_with_the_same_stem_in_different_folders_both_stored(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "note.txt").write_text(SUMMONS.text, encoding="utf-8")
    (tmp_path / "b" / "note.txt").write_text(TALKS.text, encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "stem.db") as kg:
        report = kg.ingest([str(tmp_path / "a"), str(tmp_path / "b")])
        assert report.documents == 2
        ids = sorted(docs(kg))
        assert len(ids) == 2
        assert ids[0] != ids[1]
        assert "note" in ids
        assert all(i.startswith("note") for i in ids)
        sources = {Path(str(d["source"])).parent.name for d in docs(kg).values()}
        assert sources == {"a", "b"}


def test_same_stem_collision_with_a_stored_document(tmp_path: Path) -> None:
    """A later ingest of a different text under a stored id gets a new id, not an overwrite."""
    first = tmp_path / "one" / "report.txt"
    second = tmp_path / "two" / "report.txt"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_text(SUMMONS.text, encoding="utf-8")
    second.write_text(TALKS.text, encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "later.db") as kg:
        kg.ingest([str(first)])
        kg.ingest([str(second)])
        assert len(docs(kg)) == 2
        assert kg.find("Dewi Lestari")
        assert kg.find("Wei Jianguo")


def test_default_date_applies_only_to_undated_documents(tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "date.db") as kg:
        kg.ingest([SUMMONS, PACT], date="2024-03-04")
        assert docs(kg)["summons"].get("date") == "2024-03-04"
        assert docs(kg)["pact"].get("date") == "2024-03-12"


def test_default_date_resolves_relative_days(tmp_path: Path) -> None:
    """ "on Monday" in an article published on Tuesday 2024-03-05 is 2024-03-04."""
    with KnowledgeGraph.open(tmp_path / "rel.db") as kg:
        kg.ingest([SUMMONS], date="2024-03-05")
        dates = {row.date for row in kg.timeline("Haruto Sakamoto")}
        assert "2024-03-04" in dates


def test_default_date_for_paths(tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "pdate.db") as kg:
        kg.ingest([str(EXAMPLES / "us-sanctions-pyongyang.txt")], date="2024-04-15")
        assert docs(kg)["us-sanctions-pyongyang"].get("date") == "2024-04-15"


def test_progress_is_called_per_document(tmp_path: Path) -> None:
    seen: list[str] = []
    with KnowledgeGraph.open(tmp_path / "prog.db") as kg:
        kg.ingest([SUMMONS, TALKS], progress=lambda a: seen.append(a.id))
    assert sorted(seen) == ["summons", "talks"]


# -- queries ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "node"),
    [
        ("Haruto Sakamoto", "person:haruto-sakamoto"),
        ("SAKAMOTO", "person:haruto-sakamoto"),
        ("Brazilian", "state:BRA"),
        ("BRA", "state:BRA"),
        ("japanese", "state:JPN"),
        ("Carla Menezes", "person:carla-menezes"),
    ],
)
def test_find(kg: KnowledgeGraph, name: str, node: str) -> None:
    assert kg.find(name) == node


def test_find_unknown_suggests(kg: KnowledgeGraph) -> None:
    with pytest.raises(UnknownEntityError) as caught:
        kg.find("Carla Meneses")
    assert "Carla Menezes (person)" in caught.value.suggestions
    assert str(caught.value).startswith("unknown entity 'Carla Meneses'; did you mean:")


def test_find_by_kind(kg: KnowledgeGraph) -> None:
    assert kg.find("Japan", kinds=["state"]) == "state:JPN"
    with pytest.raises(UnknownEntityError):
        kg.find("Japan", kinds=["person"])


def test_entities(kg: KnowledgeGraph) -> None:
    people = kg.entities("person")
    labels = [r.label for r in people]
    assert labels[0] == "Haruto Sakamoto"
    assert {"Wei Jianguo", "Carla Menezes", "Dewi Lestari"} <= set(labels)
    assert len(kg.entities(limit=2)) == 2
    assert all(r.kind != "event" for r in kg.entities())


def test_relations_affiliations_cross_documents(kg: KnowledgeGraph) -> None:
    rows = kg.relations("Haruto Sakamoto")
    affiliation = next(r for r in rows if r.relation == "affiliated_with")
    assert (affiliation.other, affiliation.role, affiliation.direction) == (
        "state:JPN",
        "foreign minister",
        "out",
    )
    assert {e.doc for e in affiliation.evidence} == {"summons", "pact"}
    menezes = next(r for r in kg.relations("Carla Menezes") if r.relation == "affiliated_with")
    assert menezes.other == "state:BRA"
    assert {e.doc for e in menezes.evidence} == {"pact", "talks"}
    for evidence in menezes.evidence:
        assert "Menezes" in evidence.text


def test_relations_include_events(kg: KnowledgeGraph) -> None:
    rows = kg.relations("Haruto Sakamoto")
    events = [r for r in rows if r.event is not None]
    assert any(r.event.cameo.startswith("04") for r in events)  # visit
    summons = [r for r in events if r.event.doc == "summons"]
    assert summons
    assert any("Wei Jianguo" in r.counterparts for r in summons)


def test_path_through_a_state(kg: KnowledgeGraph) -> None:
    found = kg.path("Haruto Sakamoto", "Carla Menezes")
    assert found
    nodes = {hop.source for hop in found[0]} | {hop.target for hop in found[0]}
    assert {"person:haruto-sakamoto", "person:carla-menezes"} <= nodes
    assert all(hop.relation for hop in found[0])


def test_path_two_hops_via_brazil(kg: KnowledgeGraph) -> None:
    found = kg.path("Carla Menezes", "Brazil", max_hops=1)
    assert len(found[0]) == 1
    assert found[0][0].relation == "affiliated_with"


def test_path_none(tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "np.db") as kg:
        kg.ingest([SUMMONS, TALKS])
        assert kg.path("Wei Jianguo", "Dewi Lestari", max_hops=1) == []


def test_timeline_order(kg: KnowledgeGraph) -> None:
    rows = kg.timeline("Haruto Sakamoto")
    assert rows
    dated = [r.date is not None for r in rows]
    assert dated == sorted(dated, reverse=True), "undated events come last"
    assert all(r.role in {"agent", "target", "location"} for r in rows)


def test_timeline_since_until(kg: KnowledgeGraph) -> None:
    rows = kg.timeline("Carla Menezes", since="2024-04")
    assert rows
    assert all(r.date and r.date >= "2024-04" for r in rows)
    assert all(r.date and r.date < "2024-04" for r in kg.timeline("Carla Menezes", until="2024-03"))


def test_events_by_type_and_between(kg: KnowledgeGraph) -> None:
    every = kg.events()
    assert every
    visits = kg.events(cameo="042")
    assert visits
    assert all(r.cameo == "042" for r in visits)
    assert set(visits) <= set(every)
    pair = kg.events(between=("Haruto Sakamoto", "Wei Jianguo"))
    assert pair
    for row in pair:
        assert {"Haruto Sakamoto", "Wei Jianguo"} <= set(row.agents) | set(row.targets)
    with pytest.raises(UnknownEntityError):
        kg.events(between=("Haruto Sakamoto", "Nobody Atall"))


# -- export ----------------------------------------------------------------------------------------
def _edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    return sorted((str(u), str(v), str(d.get("relation"))) for u, v, d in graph.edges(data=True))


def test_export_graphml_round_trip(kg: KnowledgeGraph, tmp_path: Path) -> None:
    target = tmp_path / "g.graphml"
    assert kg.export(target) == "graphml"
    back = nx.read_graphml(target, force_multigraph=True)
    assert sorted(back.nodes) == sorted(kg.graph.nodes)
    assert _edges(back) == _edges(kg.graph)
    assert back.nodes["person:haruto-sakamoto"]["label"] == "Haruto Sakamoto"
    assert back.nodes["person:haruto-sakamoto"]["kind"] == "person"
    assert back.nodes["state:JPN"]["kind"] == "state"


def test_export_named_format(kg: KnowledgeGraph, tmp_path: Path) -> None:
    assert kg.export(tmp_path / "out.xml", "gexf") == "gexf"
    assert nx.read_gexf(tmp_path / "out.xml").number_of_nodes() == kg.graph.number_of_nodes()


def test_export_bad_format(kg: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown export"):
        kg.export(tmp_path / "g.csv")


@pytest.mark.model
def test_one_path_as_a_string_is_one_input(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Kenya warned Uganda on Monday.", encoding="utf-8")
    with KnowledgeGraph.open(":memory:") as graph:
        report = graph.ingest(str(folder))  # not split into characters
        assert report.documents == 1


@pytest.mark.model
def test_a_mix_of_paths_and_articles_and_a_generator(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Kenya warned Uganda on Monday.", encoding="utf-8")
    with KnowledgeGraph.open(":memory:") as graph:
        report = graph.ingest(iter([path, Article(id="b", text="Chile praised Peru.")]))
        assert report.documents == 2
    with KnowledgeGraph.open(":memory:") as graph, pytest.raises(TypeError, match="paths or Article"):
        graph.ingest([42])  # type: ignore[list-item]


def test_a_default_date_must_be_a_full_date() -> None:
    from newsgraph.errors import NewsGraphError

    with KnowledgeGraph.open(":memory:") as graph, pytest.raises(NewsGraphError, match="2024-04-16"):
        graph.ingest([Article(id="a", text="Text.")], date="April 16, 2024")
