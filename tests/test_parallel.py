"""Extraction in worker processes and on Dask gives the same store as one process."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from paths import ROOT, SHARED
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.errors import NewsGraphError
from newsgraph.knowledge import KnowledgeGraph
from newsgraph.model import Article
from newsgraph.parallel import chunks, extract_in_processes, extract_on_dask

EXAMPLES = ROOT / "examples"
CORPUS = SHARED / "corpus" / "bbc_news_2004_2005.jsonl"


def _articles(n: int) -> list[Article]:
    """The four examples and the first ``n`` BBC articles."""
    found = [Article(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.txt"))]
    if CORPUS.is_file():
        with CORPUS.open(encoding="utf-8") as fh:
            for line, _ in zip(fh, range(n), strict=False):
                record = json.loads(line)
                found.append(Article(id=record["id"], text=record["text"], title=record.get("title")))
    return found


def _node_link(kg: KnowledgeGraph, path: Path) -> str:
    kg.export(path, "json")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sequential(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    """Node-link JSON and word count of the examples ingested in one process."""
    folder = tmp_path_factory.mktemp("sequential")
    with KnowledgeGraph.open(folder / "one.db") as kg:
        report = kg.ingest([str(EXAMPLES)], date="2024-04-16", workers=1)
        return _node_link(kg, folder / "one.json"), report.words


def test_chunks_are_consecutive_and_bounded() -> None:
    items = [Article(id=str(i), text=f"text {i}") for i in range(5)]
    assert [[a.id for a in c] for c in chunks(items, 2)] == [["0", "1"], ["2", "3"], ["4"]]
    assert list(chunks([], 2)) == []


def test_chunks_shrink_towards_the_end_for_several_workers() -> None:
    items = [Article(id=str(i), text=f"text {i}") for i in range(300)]
    sizes = [len(c) for c in chunks(items, 64, workers=2)]
    got = [a.id for c in chunks(items, 64, workers=2) for a in c]
    assert got == [a.id for a in items]  # every article once, in order
    # Full chunks while the end is out of sight (128 articles read ahead), then shrinking ones.
    assert sizes[:3] == [64, 64, 64]
    tail = sizes[3:]
    assert tail == sorted(tail, reverse=True)
    assert tail[0] == 27  # a quarter of the 108 left, rounded up
    assert min(tail[:-1]) == 4  # never smaller, but for what is left at the very end
    assert sum(tail) == 108
    # Lazy: only what the read-ahead needs is taken from the input.
    taken: list[int] = []

    def source() -> Iterator[Article]:
        for item in items:
            taken.append(1)
            yield item

    next(chunks(source(), 64, workers=2))
    assert len(taken) == 128
    # One worker: plain consecutive chunks, no read-ahead.
    assert [len(c) for c in chunks(items, 64)] == [64, 64, 64, 64, 44]


@pytest.mark.model
def test_workers_2_give_the_same_graph(sequential: tuple[str, int], tmp_path: Path) -> None:
    seen: list[str] = []
    with KnowledgeGraph.open(tmp_path / "two.db") as kg:
        report = kg.ingest(
            [str(EXAMPLES)], date="2024-04-16", workers=2, progress=lambda a: seen.append(a.id)
        )
        assert _node_link(kg, tmp_path / "two.json") == sequential[0]
        again = kg.ingest([str(EXAMPLES)], date="2024-04-16", workers=2)
    assert report.documents == len(seen) == 4
    assert report.words == sequential[1]
    assert (again.documents, again.skipped) == (0, 4)


@pytest.mark.model
def test_process_pool_keeps_input_order_across_many_chunks(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.extractors import extract_articles

    articles = _articles(6)
    expected = list(extract_articles(nlp, articles))
    got = list(extract_in_processes(articles, workers=2, chunk_size=1, max_in_flight=3))
    assert got == expected


@pytest.mark.model
def test_dask_cluster_gives_the_same_graph(
    nlp,  # type: ignore[no-untyped-def]
    sequential: tuple[str, int],
    tmp_path: Path,
) -> None:
    distributed = pytest.importorskip("distributed")
    from newsgraph.extractors import extract_articles

    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        with KnowledgeGraph.open(tmp_path / "dask.db") as kg:
            report = kg.ingest([str(EXAMPLES)], date="2024-04-16", scheduler=address)
            assert _node_link(kg, tmp_path / "dask.json") == sequential[0]
        assert report.documents == 4
        articles = _articles(5)
        got = list(extract_on_dask(articles, scheduler=address, chunk_size=1, max_in_flight=2))
    assert got == list(extract_articles(nlp, articles))


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with (
        KnowledgeGraph.open(tmp_path / "x.db") as kg,
        pytest.raises(NewsGraphError, match=r'pip install "newsgraph\[dask\]"'),
    ):
        kg.ingest([Article(id="a", text="Text.")], dask_local=1)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"scheduler": "tcp://127.0.0.1:1", "dask_local": 1}, "not both"),
        ({"workers": 2, "dask_local": 1}, "cluster's workers"),
        ({"workers": 0}, "at least 1"),
    ],
)
def test_conflicting_options(options: dict[str, object], message: str, tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "x.db") as kg, pytest.raises(NewsGraphError, match=message):
        kg.ingest([Article(id="a", text="Text.")], **options)  # type: ignore[arg-type]


def test_cli_reports_conflicting_dask_options(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "ingest",
            str(EXAMPLES),
            "--db",
            str(tmp_path / "x.db"),
            "--scheduler",
            "tcp://h:1",
            "--dask-local",
            "2",
        ],
    )
    assert result.exit_code == 1
    assert "Error: give a Dask scheduler address or a local Dask cluster size, not both" in result.output
