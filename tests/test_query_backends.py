"""One table of questions, asked of the store (SqlQueries) and of the whole graph (MemoryQueries).

Every answer must be the same rows in the same order. The data: the hand-built corpus (in one
batch and document by document, which exercises the incremental node table and the surname
merge), random busy documents, and a small store from the graph benchmark's generator.
"""

from __future__ import annotations

import importlib.util
import marshal
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from factories import KIM, PUTIN, Doc, corpus, key, kim_doc, summit_doc
from test_query import _busy_corpus

from newsgraph.errors import AmbiguousEntityError, NewsGraphError, UnknownEntityError
from newsgraph.graph.query.memory import MemoryQueries
from newsgraph.graph.query.sql import SqlQueries
from newsgraph.graph.store import Store
from newsgraph.knowledge import KnowledgeGraph
from newsgraph.model import Kind

ROOT = Path(__file__).resolve().parent.parent


def _bench_docs(edges: int = 1500, seed: int = 3):
    spec = importlib.util.spec_from_file_location("graph_bench", ROOT / "bench" / "graph_bench.py")
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    import random

    rng = random.Random(seed)
    world = bench.World(edges, rng)
    return [bench.generate_doc(world, i, rng) for i in range(edges // bench.EDGES_PER_DOC)]


DATASETS = {
    "corpus": (corpus, False),
    "corpus-by-document": (corpus, True),
    "busy-1": (lambda: _busy_corpus(1), False),
    "busy-2-by-document": (lambda: _busy_corpus(2), True),
    "bench": (_bench_docs, False),
}


@pytest.fixture(scope="module", params=sorted(DATASETS))
def both(request):
    make, one_by_one = DATASETS[request.param]
    docs = make()
    store = Store.open(":memory:")
    if one_by_one:
        for doc in docs:
            store.add([doc])
    else:
        store.add(docs)
    assert store.indexed
    graph = store.load_graph()
    yield SqlQueries(store.connection), MemoryQueries(graph), graph
    store.close()


def _sample(graph, kind=None, n=12):
    nodes = sorted(x for x, k in graph.nodes(data="kind") if (k != "event" if kind is None else k == kind))
    step = max(1, len(nodes) // n)
    return nodes[::step][:n]


def _answer(call):
    try:
        return call()
    except NewsGraphError as exc:
        return (type(exc).__name__, str(exc))


QUESTIONS = {
    "entities": lambda q, g: [
        q.entities(),
        q.entities(limit=3),
        q.entities("person", 2),
        q.entities("state"),
    ],
    "find": lambda q, g: [
        _answer(lambda n=n: q.find(n))
        for node in _sample(g)
        for label in [g.nodes[node]["label"]]
        for n in (
            label,
            label.upper(),
            f"the {label}'s",
            node,
            label.split()[-1],
            label.replace(" ", "-"),
            label + "x",
        )
    ],
    "find-kinds": lambda q, g: [
        _answer(lambda n=n, k=k: q.find(n, kinds=[k]))
        for n in [g.nodes[x]["label"] for x in _sample(g, n=5)]
        for k in ("person", "state", "event")
    ],
    "label": lambda q, g: [q.label(n) for n in _sample(g) + _sample(g, "event")],
    "relations": lambda q, g: [q.relations_page(n, limit) for n in _sample(g) for limit in (None, 0, 1, 5)],
    "timeline": lambda q, g: [
        q.timeline_page(n, since, until, cameo, limit)
        for n in _sample(g)
        for since, until, cameo in (
            (None, None, None),
            ("2023", None, None),
            (None, "2023-07", "04"),
            ("2020", "2022", "1"),
        )
        for limit in (None, 2)
    ],
    "events": lambda q, g: [q.events_page(), q.events_page("04"), q.events_page(limit=3)],
    "events-between": lambda q, g: [
        q.events_page(cameo, (a, b), limit)
        for a in _sample(g, n=6)
        for b in _sample(g, n=6)
        for cameo, limit in ((None, None), ("0", 2))
    ],
    "paths": lambda q, g: [
        q.paths(a, b, hops, limit)
        for a in _sample(g, n=6)
        for b in _sample(g, n=6)
        for hops, limit in ((4, 5), (2, 1), (6, 50))
    ],
    "ego": lambda q, g: [
        (sorted(sub.nodes(data=True)), sorted(sub.edges(keys=True, data=True)))
        for n in _sample(g, n=5)
        for hops in (1, 2)
        for sub in [q.ego_graph(n, hops)]
    ],
}


def test_the_store_counts_the_graph_as_the_graph_does(both):
    from newsgraph.knowledge import KnowledgeGraph

    sql, _memory, graph = both
    in_memory = KnowledgeGraph.__new__(KnowledgeGraph)
    in_memory._graph = graph
    assert sql.counts() == in_memory.graph_counts()


def test_graphml_streamed_from_the_store_is_the_whole_graph_s(both):
    import io

    from newsgraph.graph.export import stream_graphml
    from newsgraph.graph.query.sql import StoreGraph

    sql, _memory, graph = both
    whole, streamed = io.BytesIO(), io.BytesIO()
    stream_graphml(graph, whole)
    stream_graphml(StoreGraph(sql, chunk=5), streamed)  # type: ignore[arg-type]
    assert streamed.getvalue() == whole.getvalue()


@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_the_store_answers_as_the_whole_graph(both, question):
    sql, memory, graph = both
    ask = QUESTIONS[question]
    assert ask(sql, graph) == ask(memory, graph)


# -- lookup by alias and surname (issue 10, item 7) ------------------------------------------------
def _two_kims():
    d = Doc("kims")
    d.sentence("{a} met {b}.", a="person|Kim Jong Un", b="person|Kim Yo Jong")
    d.sentence("{a} spoke.", a="person|Tony Blair")
    d.sentence("{a} and {b} met.", a="person|Jong|Kim Jong Un", b="person|Jong|Kim Yo Jong")
    return [d.facts()]


@pytest.fixture(params=["sql", "memory"])
def kims(request):
    with Store.open(":memory:") as store:
        store.add(_two_kims())
        yield SqlQueries(store.connection) if request.param == "sql" else MemoryQueries(store.load_graph())


def test_a_surname_one_person_holds_finds_that_person(kims):
    assert kims.find("Blair") == key(Kind.PERSON, "Tony Blair")
    assert kims.find("blair's") == key(Kind.PERSON, "Tony Blair")


def test_a_name_several_entities_hold_lists_them(kims):
    with pytest.raises(AmbiguousEntityError) as info:
        kims.find("Kim")  # first name of both
    assert info.value.candidates == ["Kim Jong Un (person)", "Kim Yo Jong (person)"]
    assert "'Kim' names several entities: Kim Jong Un (person), Kim Yo Jong (person)" in str(info.value)
    with pytest.raises(AmbiguousEntityError):
        kims.find("Jong")  # an alias of both
    with pytest.raises(UnknownEntityError):
        kims.find("Kimberley Jong")


def _blairs():
    d = Doc("blairs")
    for _ in range(4):
        d.sentence("{a} spoke.", a="person|Tony Blair")
    d.sentence("{a} spoke.", a="person|Cherie Blair")
    e = Doc("browns")
    for name in ("Gordon Brown", "Gordon Brown", "Nick Brown", "Nick Brown"):
        e.sentence("{a} spoke.", a=f"person|{name}")
    return [d.facts(), e.facts()]


@pytest.fixture(params=["sql", "memory"])
def blairs(request):
    with Store.open(":memory:") as store:
        store.add(_blairs())
        yield SqlQueries(store.connection) if request.param == "sql" else MemoryQueries(store.load_graph())


def test_a_surname_goes_to_the_person_holding_most_of_its_mentions(blairs):
    assert blairs.find("Blair") == key(Kind.PERSON, "Tony Blair")  # 4 of 5 mentions
    with pytest.raises(AmbiguousEntityError) as info:
        blairs.find("Brown")  # 2 and 2: no one is meant
    assert sorted(info.value.candidates) == ["Gordon Brown (person)", "Nick Brown (person)"]


# -- no graph cache on the query path (issue 14: a restored store or a crafted cache) --------------
def _old_cache(path: Path, graph) -> None:
    """A graph cache in the format the store used to trust: magic line, JSON header, marshal."""
    import json
    import zlib

    payload = marshal.dumps((graph.graph, graph._node, graph._succ, graph._pred, {}))
    header = {"key": [], "size": len(payload), "crc32": zlib.crc32(payload)}
    path.write_bytes(b"newsgraph graph cache\n" + json.dumps(header).encode() + b"\n" + payload)


def test_a_crafted_cache_beside_the_store_is_never_read(tmp_path):
    path = tmp_path / "news.db"
    with Store.open(path) as store:
        store.add([summit_doc()])
    with Store.open(":memory:") as other:
        other.add([kim_doc()])
        _old_cache(Path(f"{path}.graph"), other.load_graph())
    with KnowledgeGraph.open(path) as kg:
        assert [r.id for r in kg.entities()] == [
            r.id for r in MemoryQueries(kg.store.load_graph()).entities()
        ]
        with pytest.raises(UnknownEntityError):
            kg.find("Kim Jong Un")
        assert kg.find("Putin") == PUTIN
        assert KIM not in kg.graph


def test_a_store_restored_from_a_backup_answers_for_what_it_holds(tmp_path):
    path, backup = tmp_path / "news.db", tmp_path / "backup.db"
    with KnowledgeGraph.open(path) as kg:
        kg.add_facts([summit_doc()])
        kg.entities()
    shutil.copy(path, backup)
    with KnowledgeGraph.open(path) as kg:
        kg.add_facts([kim_doc()])
        assert kg.find("Kim Jong Un") == KIM
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    shutil.copy(backup, path)  # restored: the Kim document is gone
    d = Doc("other", date="2024-01-01")
    d.sentence("{a} met {b}.", a="person|Ann Other", b="state|Chile|CHL")
    with KnowledgeGraph.open(path) as kg:
        kg.add_facts([d.facts()])  # same count of documents and batches as before the restore
        with pytest.raises(UnknownEntityError):
            kg.find("Kim Jong Un")
        assert kg.find("Ann Other") == key(Kind.PERSON, "Ann Other")
        rows = kg.entities()
        assert {r.id for r in rows} == {
            n for n, k in kg.store.load_graph().nodes(data="kind") if k != "event"
        }


# -- the CLI reads only what a question needs -------------------------------------------------------
CHECK = """
import sys
import newsgraph.cli as cli
from newsgraph.knowledge import KnowledgeGraph
built = []
real = KnowledgeGraph.graph.fget
KnowledgeGraph.graph = property(lambda self: built.append(1) or real(self))
sys.argv = ["newsgraph", *sys.argv[1:]]
try:
    cli.app()
except SystemExit as exc:
    code = exc.code
print("spacy" in sys.modules, "spacy" in str([m for m in sys.modules]), len(built), code, file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["entities", "--limit", "3"],
        ["relations", "Putin"],
        ["timeline", "Kim Jong Un"],
        ["events", "--between", "Putin", "Kim Jong Un"],
        ["path", "Xi Jinping", "Russia"],
        ["render", "--focus", "Putin", "-o", "{tmp}/focus.html"],
        ["export", "{tmp}/graph.graphml"],
        ["dyad", "Putin", "Kim Jong Un"],
        ["dyad", "Putin", "Kim Jong Un", "--states", "--by", "year", "--json"],
    ],
)
def test_a_query_imports_no_spacy_and_builds_no_graph(tmp_path, args):
    db = tmp_path / "news.db"
    with Store.open(db) as store:
        store.add(corpus())
    given = [a.format(tmp=tmp_path) for a in args]
    done = subprocess.run(
        [sys.executable, "-c", CHECK, *given, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stderr.strip().splitlines()[-1] == "False False 0 0", done.stderr


# -- real articles: the examples and the seeds, through the extractors -----------------------------
@pytest.fixture(scope="module", params=["examples", "seeds"])
def real(request, nlp):
    from paths import SHARED

    from newsgraph.extractors import extract_articles
    from newsgraph.inputs import read_inputs
    from newsgraph.model import Article

    folder = ROOT / "examples" if request.param == "examples" else SHARED / "eval" / "articles"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    articles = [a for a in read_inputs([folder]) if isinstance(a, Article)]
    store = Store.open(":memory:")
    store.add(list(extract_articles(nlp, articles)))
    graph = store.load_graph()
    yield SqlQueries(store.connection), MemoryQueries(graph), graph
    store.close()


@pytest.mark.model
@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_the_store_answers_as_the_whole_graph_on_real_articles(real, question):
    sql, memory, graph = real
    ask = QUESTIONS[question]
    assert ask(sql, graph) == ask(memory, graph)


@pytest.mark.model
def test_graphml_streamed_from_the_store_on_real_articles(real):
    test_graphml_streamed_from_the_store_is_the_whole_graph_s(real)
