"""SQLite store: idempotent ingest, one transaction per batch, concurrency, bad files."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from factories import PUTIN, RUSSIA, Doc, corpus, key, kim_doc, summit_doc

from newsgraph.errors import StoreError
from newsgraph.graph import nodes as nodes_module
from newsgraph.graph import store as store_module
from newsgraph.graph.build import build_graph
from newsgraph.graph.store import AddResult, Store
from newsgraph.model import Kind, Relation


def dump(graph):
    return (
        sorted(graph.nodes(data=True)),
        sorted(graph.edges(keys=True, data=True)),
        graph.graph,
    )


def test_add_counts_and_loads_the_same_graph_as_memory():
    with Store.open(":memory:") as store:
        result = store.add(corpus())
        assert result == AddResult(documents=2, entities=9, relations=4, events=4)
        assert store.counts() == {"documents": 2, "entities": 9, "relations": 4, "events": 4}
        assert dump(store.load_graph()) == dump(build_graph(corpus()))


def test_adding_the_same_batch_twice_changes_nothing(tmp_path):
    with Store.open(tmp_path / "news.db") as store:
        store.add(corpus())
        before = dump(store.load_graph())
        again = store.add(corpus())
        assert again.documents == 0
        assert again.skipped == 2
        assert set(again.skipped_ids) == {"summit", "kim-visit"}
        assert dump(store.load_graph()) == before
        assert store.counts()["documents"] == 2


def test_batches_in_any_order_give_the_same_graph(tmp_path):
    with Store.open(tmp_path / "a.db") as a, Store.open(tmp_path / "b.db") as b:
        a.add([summit_doc()])
        a.add([kim_doc()])
        b.add([kim_doc(), summit_doc()])
        assert dump(a.load_graph()) == dump(b.load_graph())


def test_hash_and_id_lookups():
    with Store.open(":memory:") as store:
        summit = summit_doc().article
        assert store.known_hashes([summit.hash, "f" * 64]) == set()
        assert store.doc_id_taken("summit") is None
        store.add([summit_doc()])
        assert store.known_hashes([summit.hash, "f" * 64]) == {summit.hash}
        assert store.doc_id_taken("summit") == summit.hash
        assert store.article("summit") == summit
        assert store.article("nope") is None
        assert [a.id for a in store.articles()] == ["summit"]


def test_same_id_with_other_text_is_refused_and_nothing_written():
    with Store.open(":memory:") as store:
        store.add([summit_doc()])
        other = Doc("summit")
        other.sentence("{p} spoke.", p="person|Someone Else")
        with pytest.raises(StoreError, match="'summit' is already stored with different text"):
            store.add([kim_doc(), other.facts()])
        assert store.counts()["documents"] == 1


def test_failure_mid_batch_leaves_nothing(monkeypatch):
    with Store.open(":memory:") as store:
        real = Store._insert

        def failing(self, cur, table, rows):
            if table == "relations":
                raise RuntimeError("disk on fire")
            return real(self, cur, table, rows)

        monkeypatch.setattr(Store, "_insert", failing)
        with pytest.raises(RuntimeError, match="disk on fire"):
            store.add(corpus())
        assert store.counts() == {"documents": 0, "entities": 0, "relations": 0, "events": 0}
        monkeypatch.setattr(Store, "_insert", real)
        assert store.add(corpus()).documents == 2  # the store is still usable


def test_random_file_is_not_a_store(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="is not a newsgraph store"):
        Store.open(junk)


def test_other_sqlite_database_is_not_a_store(tmp_path):
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE people (name TEXT)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="not a newsgraph store"):
        Store.open(path)


def test_missing_folder_and_newer_schema(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "nowhere" / "news.db")
    path = tmp_path / "new.db"
    Store.open(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE newsgraph_schema SET version = 99")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="schema version 99"):
        Store.open(path)


def test_store_is_wal_with_foreign_keys(tmp_path):
    with Store.open(tmp_path / "news.db") as store:
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store._db.execute("PRAGMA busy_timeout").fetchone()[0] == store_module.BUSY_TIMEOUT_MS


def test_two_stores_on_one_file_write_alternately(tmp_path):
    path = tmp_path / "shared.db"
    with Store.open(path) as one, Store.open(path) as two:
        assert one.add([summit_doc()]).documents == 1
        assert two.add([summit_doc(), kim_doc()]).documents == 1
        assert one.add([kim_doc()]).skipped == 1
        assert one.counts() == two.counts() == {"documents": 2, "entities": 9, "relations": 4, "events": 4}
        assert dump(one.load_graph()) == dump(build_graph(corpus()))


def test_concurrent_writers_lose_nothing(tmp_path):
    path = tmp_path / "busy.db"
    Store.open(path).close()
    errors = []

    def ingest(worker):
        try:
            with Store.open(path) as store:
                for i in range(20):
                    d = Doc(f"w{worker}-{i}")
                    d.sentence(f"{{p}} spoke ({worker}, {i}).", p="person|Vladimir Putin")
                    store.add([d.facts(), summit_doc()])
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=ingest, args=(w,)) for w in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(path) as store:
        assert store.counts()["documents"] == 61
        assert store.load_graph().nodes[PUTIN]["mentions"] == 60 + 2


def test_store_aggregates_like_memory_with_many_sentences_and_merges():
    # More than MAX_EVIDENCE sentences per entity and edge, spread over documents, and a
    # surname that merges into a full name it shares sentences with: the SQL aggregation of
    # the store must give exactly the graph built from the facts in memory.
    docs = [*corpus()]
    for i in range(7):
        d = Doc(f"z{i}")
        for j in range(2):
            s = d.sentence(
                f"{{p}} and {{q}} lead {{r}} ({i}, {j}).",
                p="person|Vladimir Putin",
                q="person|Putin",
                r="state|Russia|RUS",
            )
            d.relate(PUTIN, RUSSIA, Relation.AFFILIATED_WITH, s, role="president")
            d.relate(key(Kind.PERSON, "Putin"), RUSSIA, Relation.AFFILIATED_WITH, s, role="president")
        docs.append(d.facts())
    with Store.open(":memory:") as store:
        store.add(docs)
        graph = store.load_graph()
    assert dump(graph) == dump(build_graph(docs))
    assert graph.nodes[PUTIN]["documents"] == ["kim-visit", "summit", *(f"z{i}" for i in range(7))]
    assert len(graph.nodes[PUTIN]["evidence"]) == 5
    (edge,) = graph.get_edge_data(PUTIN, RUSSIA).values()
    assert edge["count"] == 2 + 14  # a sentence naming both forms counts once


# -- the node table and name index (what the queries read) ---------------------------------------
NODE_TABLES = ("entity_map", "nodes", "node_names")


def node_tables(store):
    return {t: sorted(store.connection.execute(f"SELECT * FROM {t}")) for t in NODE_TABLES}


def test_the_node_table_follows_every_batch(tmp_path):
    docs = corpus()
    with Store.open(tmp_path / "one.db") as one, Store.open(tmp_path / "each.db") as each:
        one.add(docs)
        for doc in reversed(docs):  # the surname "Putin" comes before "Vladimir Putin" here
            each.add([doc])
        assert one.indexed
        assert each.indexed
        assert node_tables(one) == node_tables(each)
        with Store.open(":memory:") as rebuilt:
            rebuilt.add(docs)
            rebuilt.connection.execute("BEGIN")
            nodes_module.refresh_all(rebuilt.connection.cursor())  # the name index from nodes
            rebuilt.connection.execute("COMMIT")
            assert node_tables(rebuilt) == node_tables(one)
        # The surname is its full name's node, as in the graph.
        assert one.connection.execute(
            "SELECT canonical FROM entity_map WHERE key = 'person:putin'"
        ).fetchone() == (PUTIN,)
        assert "person:putin" not in one.load_graph()


def test_a_skipped_batch_changes_nothing(tmp_path):
    with Store.open(tmp_path / "news.db") as store:
        store.add(corpus())
        before = node_tables(store), nodes_module.state(store.connection)
        assert store.add(corpus()).skipped == 2
        assert (node_tables(store), nodes_module.state(store.connection)) == before


def test_a_store_made_before_the_node_table_gets_it(tmp_path):
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        store.add(corpus())
        expected = node_tables(store)
    db = sqlite3.connect(path)
    for table in NODE_TABLES:
        db.execute(f"DROP TABLE {table}")
    db.execute("DELETE FROM newsgraph_state WHERE name IN ('names', 'resolver')")
    db.commit()
    db.close()
    with Store.open(path) as store:
        assert store.indexed
        assert node_tables(store) == expected


def test_a_write_the_table_missed_makes_it_stale_until_refreshed(tmp_path):
    path = tmp_path / "news.db"
    with Store.open(path) as store:
        store.add([summit_doc()])
    db = sqlite3.connect(path)  # an older newsgraph ingests: the generation moves, the table does not
    db.execute("UPDATE newsgraph_state SET value = value + 1 WHERE name = 'generation'")
    db.commit()
    db.close()
    with Store.open(path) as store:  # writable: brought up to date at once
        assert store.indexed
        store.add([kim_doc()])
        assert store.indexed
        with Store.open(":memory:") as fresh:
            fresh.add([summit_doc(), kim_doc()])
            assert node_tables(store) == node_tables(fresh)


def test_in_memory_stores_load(tmp_path):
    with Store.open(":memory:") as store:
        store.add(corpus())
        assert store.indexed
        assert dump(store.load_graph()) == dump(build_graph(corpus()))


def test_nothing_is_written_beside_the_store(tmp_path):
    path = tmp_path / "news.db"
    with Store.open(path) as store:
        store.add(corpus())
        store.load_graph()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("news.db-")) == ["news.db"]
