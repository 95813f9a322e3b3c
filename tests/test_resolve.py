"""Corpus-level resolution: the stored tables, incremental updates, and the graph following them."""

from __future__ import annotations

import json

from factories import Doc, corpus, key

from newsgraph.graph.build import build_graph
from newsgraph.graph.store import Store
from newsgraph.model import Kind
from newsgraph.resolve import tables

PUTIN_SHORT = key(Kind.PERSON, "Putin")
VLADIMIR = key(Kind.PERSON, "Vladimir Putin")
LUDMILA = key(Kind.PERSON, "Ludmila Putin")


def tables_of(store: Store) -> tuple[list, list]:
    db = store._db
    return (
        sorted(db.execute("SELECT key, canonical FROM entity_map")),
        sorted(db.execute("SELECT * FROM nodes")),
    )


def rebuilt(store: Store) -> tuple[list, list]:
    db = store._db
    db.execute("BEGIN")
    tables.rebuild(db.cursor())
    found = tables_of(store)
    db.execute("ROLLBACK")
    return found


def short_doc(doc_id: str = "short") -> Doc:
    d = Doc(doc_id)
    d.sentence("{p} spoke in {m}.", p="person|Putin", m="location|Moscow")
    return d


def full_doc(doc_id: str, name: str) -> Doc:
    d = Doc(doc_id)
    d.sentence(f"{{p}} arrived ({doc_id}).", p=f"person|{name}")
    return d


def canonical(store: Store, entity: str) -> str:
    row = store._db.execute("SELECT canonical FROM entity_map WHERE key = ?", (entity,)).fetchone()
    return str(row[0])


def test_every_entity_is_mapped_and_every_node_has_a_row():
    with Store.open(":memory:") as store:
        store.add(corpus())
        mapped, nodes = tables_of(store)
        entities = {r[0] for r in store._db.execute("SELECT key FROM entities")}
        assert {k for k, _ in mapped} == entities
        assert {n[0] for n in nodes} == {c for _, c in mapped}
        putin = next(n for n in nodes if n[0] == key(Kind.PERSON, "Vladimir Putin"))
        assert putin[1:3] == ("person", "Vladimir Putin")
        assert json.loads(putin[4]) == ["Vladimir Putin", "Putin"]
        assert putin[5:] == (4, 2)  # mentions, documents: as the graph counts them


def test_a_new_document_changes_a_decision_and_the_graph_follows(tmp_path):
    with Store.open(tmp_path / "news.db") as store:
        store.add([short_doc().facts()])
        assert canonical(store, PUTIN_SHORT) == PUTIN_SHORT
        assert PUTIN_SHORT in store.load_graph()

        store.add([full_doc("full", "Vladimir Putin").facts()])
        assert canonical(store, PUTIN_SHORT) == VLADIMIR
        graph = store.load_graph()
        assert PUTIN_SHORT not in graph
        assert graph.nodes[VLADIMIR]["aliases"] == ["Vladimir Putin", "Putin"]
        assert tables_of(store) == rebuilt(store)

        # A second Putin makes the surname ambiguous: it is its own node again.
        store.add([full_doc("other", "Ludmila Putin").facts()])
        assert canonical(store, PUTIN_SHORT) == PUTIN_SHORT
        graph = store.load_graph()
        assert PUTIN_SHORT in graph
        assert graph.nodes[VLADIMIR]["aliases"] == ["Vladimir Putin"]
        assert tables_of(store) == rebuilt(store)


def test_incremental_tables_equal_a_full_resolution_in_any_order():
    docs = [short_doc().facts(), full_doc("full", "Vladimir Putin").facts(), *corpus()]
    with Store.open(":memory:") as one, Store.open(":memory:") as each:
        one.add(docs)
        for facts in reversed(docs):
            each.add([facts])
        assert tables_of(one) == tables_of(each) == rebuilt(each)


def test_store_graph_equals_the_graph_built_in_memory():
    docs = [short_doc().facts(), full_doc("full", "Vladimir Putin").facts(), *corpus()]
    with Store.open(":memory:") as store:
        for facts in docs:
            store.add([facts])
        loaded = store.load_graph()
    built = build_graph(docs)
    assert sorted(loaded.nodes(data=True)) == sorted(built.nodes(data=True))
    assert sorted(loaded.edges(keys=True, data=True)) == sorted(built.edges(keys=True, data=True))


def test_a_store_without_resolution_tables_is_resolved_when_opened(tmp_path):
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        store.add(corpus())
        before = tables_of(store)
        for table in tables.TABLES:
            store._db.execute(f"DROP TABLE {table}")
        store._db.execute("DELETE FROM newsgraph_state WHERE name = 'resolver'")
    with Store.open(path) as store:
        assert tables_of(store) == before


def test_a_new_label_moves_the_node_row_and_keeps_members():
    # "Putin" merged into the full name keeps its forms counted in the full name's row after the
    # full name gains mentions in a later batch the short form is not part of.
    with Store.open(":memory:") as store:
        store.add([short_doc().facts(), full_doc("full", "Vladimir Putin").facts()])
        store.add([full_doc("again", "Vladimir Putin").facts()])
        node = store._db.execute("SELECT aliases, mentions, documents FROM nodes WHERE key = ?", (VLADIMIR,))
        aliases, mentions, documents = node.fetchone()
        assert json.loads(aliases) == ["Vladimir Putin", "Putin"]
        assert (mentions, documents) == (3, 3)
        assert tables_of(store) == rebuilt(store)
