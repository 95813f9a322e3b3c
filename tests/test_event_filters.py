"""``--sector`` and ``--asserted-only`` on every query that lists events (issue 11.2, 11.3),
answered alike by the store's SQL and by the graph in memory."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.graph.query import MemoryQueries
from newsgraph.graph.query.sql import SqlQueries
from newsgraph.knowledge import KnowledgeGraph

TEXTS = {
    "a.txt": "Israeli soldiers arrested two Palestinian students on Tuesday.",
    "b.txt": "Israel's government condemned Palestinian leaders.",
    "c.txt": "Israeli police reportedly detained Palestinian refugees.",
    "d.txt": "Israel will not attack Palestinian towns.",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "s.db"
    with KnowledgeGraph.open(db, create=True) as kg:
        kg.ingest([str(folder)], date="2024-03-14")
    return db


@pytest.fixture(params=["sql", "memory"])
def queries(request, store):
    with KnowledgeGraph.open(store) as kg:
        yield SqlQueries(kg.store.connection) if request.param == "sql" else MemoryQueries(kg.graph)


def triggers(page) -> set[str]:
    return {row.trigger for row in page.rows}


def test_timeline_by_sector(queries):
    israel = queries.find("Israel")
    assert triggers(queries.timeline_page(israel, sector="MIL")) == {"arrested"}
    assert triggers(queries.timeline_page(israel, sector="COP")) == {"detained"}
    assert triggers(queries.timeline_page(israel, sector="JUD")) == set()


def test_timeline_sector_is_the_nodes_own(queries):
    palestine = queries.find("Palestine")
    assert triggers(queries.timeline_page(palestine, sector="EDU")) == {"arrested"}
    assert triggers(queries.timeline_page(palestine, sector="MIL")) == set()  # Israel's, not its own


def test_events_by_sector(queries):
    assert triggers(queries.events_page(sector="REF")) == {"detained"}


def test_asserted_only(queries):
    everything = triggers(queries.events_page())
    asserted = triggers(queries.events_page(asserted_only=True))
    assert "detained" in everything  # reportedly
    assert "detained" not in asserted
    assert "attack" not in asserted  # planned and negated
    assert "arrested" in asserted
    israel = queries.find("Israel")
    assert triggers(queries.timeline_page(israel, asserted_only=True)) == asserted


def test_cli_options(store):
    runner = CliRunner()
    result = runner.invoke(app, ["timeline", "Israel", "--sector", "mil", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "Israeli soldiers arrested" in result.output
    assert "police" not in result.output
    result = runner.invoke(app, ["events", "--asserted-only", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "reportedly" not in result.output
    result = runner.invoke(app, ["events", "--sector", "MILITARY", "--db", str(store)])
    assert result.exit_code == 2
    assert "is not a sector code" in result.output
