"""One event, many reports (issue 11.6): reports of one real-world event in several
documents are one event node with all its evidence (``newsgraph.resolve.events``)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from newsgraph.graph.store import Store
from newsgraph.resolve.events import EventInput, day_of, decide


def day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def report(
    key: str, doc: str, when: str | None, agents=("state:IRN",), targets=("state:ISR",), **kw
) -> EventInput:
    fields = {"root": "13", "negated": False, "modality": "asserted", "wording": "", **kw}
    return EventInput(
        key,
        doc,
        fields["root"],
        fields["negated"],
        fields["modality"],
        day(when) if when else None,
        frozenset(agents),
        frozenset(targets),
        fields.get("sectors", frozenset()),
        fields["wording"],
    )


def test_reports_days_apart_are_one_event():
    got = decide(
        [report("b", "d2", "2024-03-12"), report("a", "d1", "2024-03-10"), report("c", "d3", "2024-03-13")]
    )
    assert got == {"a": "a", "b": "a", "c": "a"}  # the earliest report is the canonical event


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (report("b", "d2", "2024-03-20"), "ten days later"),
        (report("b", "d2", "2024-03-10", targets=("state:USA",)), "another target"),
        (report("b", "d2", "2024-03-10", agents=("state:SAU",)), "another agent"),
        (report("b", "d2", "2024-03-10", root="19"), "another root"),
        (report("b", "d2", "2024-03-10", sectors=frozenset({"agent state:IRN MIL"})), "another sector"),
        (report("b", "d2", "2024-03-10", negated=True), "denied"),
        (report("b", "d2", "2024-03-10", modality="planned"), "still to come"),
        (report("b", "d2", None), "no date"),
        (report("b", "d2", "2024-03-10", modality="intended"), "only intended"),
        (report("b", "d1", "2024-03-10"), "same document"),
    ],
)
def test_what_keeps_reports_apart(other, why):
    assert decide([report("a", "d1", "2024-03-10"), other]) == {}, why


def test_asserted_and_reported_are_one_event():
    got = decide([report("a", "d1", "2024-03-10"), report("b", "d2", "2024-03-11", modality="reported")])
    assert got == {"a": "a", "b": "a"}


def test_no_agent_no_merge():
    assert (
        decide([report("a", "d1", "2024-03-10", agents=()), report("b", "d2", "2024-03-10", agents=())]) == {}
    )


@pytest.mark.parametrize(
    ("date", "doc_date", "expected"),
    [
        ("2024-03-10", "2024-03-14", "2024-03-10"),  # its own full date
        (None, "2024-03-14", "2024-03-14"),  # its report's
        ("2024-03", "2024-03-14", "2024-03-14"),  # a partial date the report fits
        ("2019", "2024-03-14", None),  # a year of the past: not about the report's days
        (None, None, None),
    ],
)
def test_day_of(date, doc_date, expected):
    assert day_of(date, doc_date) == (day(expected) if expected else None)


# -- in the store and the graph -------------------------------------------------------------------
def _doc(nlp, text, doc_id, date):
    from newsgraph.extractors import extract_articles
    from newsgraph.model import Article

    return next(extract_articles(nlp, [Article(id=doc_id, text=text, date=date)]))


def _events(graph):
    return {n: d for n, d in graph.nodes(data=True) if d.get("kind") == "event"}


def test_store_merges_reports_across_batches(nlp, tmp_path):
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        store.add([_doc(nlp, "Iran warned Israel on Sunday.", "a", "2024-03-11")])
        store.add([_doc(nlp, "Iran has warned Israel, officials said.", "b", "2024-03-12")])
        store.add([_doc(nlp, "Iran warned Israel.", "c", "2024-05-01")])  # another time
        graph = store.load_graph(cache=False)
    warnings = [d for d in _events(graph).values() if d["cameo"].startswith("13")]
    assert sorted(len(d.get("documents", [d["doc"]])) for d in warnings) == [1, 2]
    merged = next(d for d in warnings if "documents" in d)
    assert merged["documents"] == ["a", "b"]
    assert len(merged["evidence"]) == 2
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM event_map").fetchone()[0] == 2


def test_a_store_without_the_event_map_gets_one(nlp, tmp_path):
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        store.add([_doc(nlp, "Iran warned Israel on Sunday.", "a", "2024-03-11")])
        store.add([_doc(nlp, "Iran warned Israel.", "b", "2024-03-11")])
    db = sqlite3.connect(path)
    db.executescript("DROP TABLE event_map; DELETE FROM newsgraph_state WHERE name = 'event_resolver';")
    db.close()
    with Store.open(path) as store:
        graph = store.load_graph(cache=False)
    assert len(_events(graph)) == 1


def test_store_queries_and_graph_agree_on_merged_reports(nlp, tmp_path):
    from newsgraph.graph.query import MemoryQueries
    from newsgraph.graph.query.sql import SqlQueries

    path = tmp_path / "s.db"
    with Store.open(path) as store:
        store.add([_doc(nlp, "Iran warned Israel on Sunday.", "a", "2024-03-11")])
        store.add([_doc(nlp, "Iran has warned Israel, officials said.", "b", "2024-03-12")])
        graph = store.load_graph(cache=False)
        sql, memory = SqlQueries(store.connection), MemoryQueries(graph)
        for queries in (sql, memory):
            page = queries.events_page()
            assert page.total == 1
            assert sorted(e.doc for e in page.rows[0].evidence) == ["a", "b"]
            iran = queries.find("Iran")
            rows = queries.timeline_page(iran).rows
            assert [len(r.evidence) for r in rows] == [2]
        assert sql.events_page().rows == memory.events_page().rows


# -- reports with no day: the same sentence, word for word ---------------------------------------
SAID = "The EU has said that it will open talks with Croatia."


def test_undated_reports_in_the_same_words_are_one_event():
    got = decide([report("b", "d2", None, wording=SAID), report("a", "d1", None, wording=SAID)])
    assert got == {"a": "a", "b": "a"}


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (report("b", "d2", None, wording="The EU said it would open talks with Croatia."), "other words"),
        (report("b", "d1", None, wording=SAID), "same document"),
        (report("b", "d2", None, wording=SAID, targets=("state:SRB",)), "another target"),
        (report("b", "d2", None, wording=SAID, root="04"), "another root"),
        (report("b", "d2", None, wording=SAID, negated=True), "denied"),
        (report("b", "d2", None, wording=""), "no sentence known"),
    ],
)
def test_undated_reports_told_otherwise_stay_apart(other, why):
    assert decide([report("a", "d1", None, wording=SAID), other]) == {}, why


def test_store_merges_undated_reports_of_one_sentence(nlp, tmp_path):
    path = tmp_path / "s.db"
    told = "Iran accused Israel of spying on its nuclear programme."
    with Store.open(path) as store:
        store.add([_doc(nlp, f"Talks stalled. {told}", "a", None)])
        store.add([_doc(nlp, f"{told} Markets fell.", "b", None)])
        store.add([_doc(nlp, "Iran accused Israel of spying.", "c", None)])  # told otherwise
        graph = store.load_graph(cache=False)
    accusations = [d for d in _events(graph).values() if d["cameo"].startswith("11")]
    assert sorted(len(d.get("documents", [d["doc"]])) for d in accusations) == [1, 2]
    assert next(d for d in accusations if "documents" in d)["documents"] == ["a", "b"]
