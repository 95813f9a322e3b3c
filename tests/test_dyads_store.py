"""``KnowledgeGraph.dyad`` answered from the store (SqlQueries) and from the whole graph
(GraphActors) must be the same Dyad: every pair of the busiest actors, with and without
``--states`` and ``--asserted-only``, on hand-built stores, the benchmark generator's
documents, and (with the model) the examples and the seeds."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from factories import corpus
from test_dyads import corpus as dyad_corpus
from test_query import _busy_corpus
from test_query_backends import _bench_docs

from newsgraph.errors import NewsGraphError
from newsgraph.graph.store import Store
from newsgraph.knowledge import KnowledgeGraph

ROOT = Path(__file__).resolve().parent.parent
ACTORS = 7  # the busiest actors of a store, paired with one another

DATASETS = {
    "dyad-corpus": dyad_corpus,
    "corpus": corpus,
    "busy": lambda: _busy_corpus(1),
    "bench": _bench_docs,
}


def _pairs(store: Store) -> list[tuple[str, str]]:
    rows = store.connection.execute(
        "SELECT key FROM nodes WHERE kind IN ('person', 'state', 'organization') "
        "ORDER BY mentions DESC, key LIMIT ?",
        (ACTORS,),
    ).fetchall()
    return list(itertools.combinations([r[0] for r in rows], 2))


def _answer(kg: KnowledgeGraph, a: str, b: str, **options):
    try:
        return kg.dyad(a, b, **options)
    except NewsGraphError as exc:
        return type(exc).__name__, str(exc)


def _compare(store: Store) -> int:
    sql = KnowledgeGraph(store)
    memory = KnowledgeGraph(store)
    memory._graph = store.load_graph()
    pairs = _pairs(store)
    assert pairs
    linked = 0
    for (a, b), states, asserted_only in itertools.product(pairs, (False, True), (False, True)):
        options = {"states": states, "asserted_only": asserted_only, "by": "month"}
        from_store = _answer(sql, a, b, **options)
        assert sql.loaded_nodes == 0  # the store answered, without building the graph
        assert from_store == _answer(memory, a, b, **options), (a, b, options)
        linked += bool(getattr(from_store, "periods", None))
    return linked


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_dyad_from_the_store_is_the_dyad_of_the_graph(name):
    with Store.open(":memory:") as store:
        store.add(DATASETS[name]())
        assert _compare(store) > 0  # some pairs have events, so the comparison means something


@pytest.mark.model
@pytest.mark.parametrize("name", ["examples", "seeds"])
def test_dyad_from_the_store_on_real_articles(name, nlp):
    from paths import SHARED

    from newsgraph.extractors import extract_articles
    from newsgraph.inputs import read_inputs
    from newsgraph.model import Article

    folder = ROOT / "examples" if name == "examples" else SHARED / "eval" / "articles"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    articles = [a for a in read_inputs([folder]) if isinstance(a, Article)]
    with Store.open(":memory:") as store:
        store.add(list(extract_articles(nlp, articles)))
        assert _compare(store) > 0
