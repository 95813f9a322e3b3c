"""Ingest resolves batch by batch (``resolve.tables.update``, ``resolve.events.update``): after
every batch the store must hold what a full resolution of all its facts gives
(``Store.resolution_differences``, ``newsgraph resolve``), also when a batch changes a decision
an earlier batch made."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import Doc, key
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.extractors.spelling import spelling_variant
from newsgraph.graph.store import Store
from newsgraph.model import Kind, Relation
from newsgraph.resolve.names import _misspelt_keys, merge_surnames

PUTIN = key(Kind.PERSON, "Putin")
VLADIMIR = key(Kind.PERSON, "Vladimir Putin")
DUPONT = key(Kind.PERSON, "Jean Dupont")
FRA, BEL = key(Kind.STATE, "FRA"), key(Kind.STATE, "BEL")


def meeting(doc_id: str, name: str, date: str) -> Doc:
    """``name`` met the French president: a report of one meeting, dated."""
    d = Doc(doc_id, date=date)
    s = d.sentence(
        f"{{p}} met officials of {{f}} in Paris ({doc_id}).", p=f"person|{name}", f="state|France|FRA"
    )
    d.event("meet", "040", s, agents=(key(Kind.PERSON, name),), targets=(FRA,))
    return d


def office(doc_id: str, role: str) -> Doc:
    d = Doc(doc_id, date="2005-03-10")
    s = d.sentence(f"{role.title()} {{p}} spoke ({doc_id}).", p="person|Jean Dupont")
    d.claim(DUPONT, role, s, home=FRA)
    return d


def explicit_holder(doc_id: str) -> Doc:
    d = Doc(doc_id, date="2005-03-12")
    s = d.sentence("{b}'s defence minister {p} spoke.", b="state|Belgium|BEL", p="person|Jean Dupont")
    d.relate(DUPONT, BEL, Relation.AFFILIATED_WITH, s, role="defence minister")
    return d


def other_putin(doc_id: str) -> Doc:
    d = Doc(doc_id, date="2005-03-20")
    d.sentence("{p} arrived in {m}.", p="person|Ludmila Putin", m="location|Moscow")
    return d


def canonical(store: Store, entity: str) -> str:
    return str(store._db.execute("SELECT canonical FROM entity_map WHERE key = ?", (entity,)).fetchone()[0])


def grouped(store: Store) -> set[tuple[str, str]]:
    return set(store._db.execute("SELECT key, canonical FROM event_map WHERE key != canonical"))


BATCHES = [
    # a surname alone, an office claimed with no holder named, one report of a meeting
    [meeting("a", "Putin", "2005-03-10"), office("claim", "defence minister")],
    # the full name: the surname is his now, and a second report of the meeting joins the first
    [meeting("b", "Vladimir Putin", "2005-03-11")],
    # another holder of the office named explicitly
    [explicit_holder("explicit")],
    # another Putin: the surname is no one's again, and the reports are two events again
    [other_putin("ludmila")],
    # a duplicate report of the meeting under the full name, a day later
    [meeting("c", "Vladimir Putin", "2005-03-12")],
]


def test_every_batch_leaves_the_store_as_a_full_resolution_would():
    with Store.open(":memory:") as store:
        for batch in BATCHES:
            store.add([d.facts() for d in batch])
            assert store.resolution_differences() == {}
        assert canonical(store, PUTIN) == PUTIN  # two Putins: the surname alone is neither


def test_the_decisions_the_batches_change_are_followed():
    with Store.open(":memory:") as store:
        store.add([d.facts() for d in BATCHES[0]])
        assert canonical(store, PUTIN) == PUTIN
        assert grouped(store) == set()
        store.add([d.facts() for d in BATCHES[1]])
        assert canonical(store, PUTIN) == VLADIMIR
        assert grouped(store) == {("event:b-meet", "event:a-meet")}
        store.add([d.facts() for d in BATCHES[2]])
        targets = {r[0] for r in store._db.execute("SELECT target FROM derived_relations")}
        assert BEL in targets  # the text's holder wins over the home state
        assert FRA not in targets
        store.add([d.facts() for d in BATCHES[3]])
        assert canonical(store, PUTIN) == PUTIN
        assert grouped(store) == set()  # "Putin" of report a is no longer Vladimir Putin
        store.add([d.facts() for d in BATCHES[4]])
        assert grouped(store) == {("event:c-meet", "event:b-meet")}


def test_a_store_built_in_several_batches_equals_one_built_in_one():
    docs = [d.facts() for batch in BATCHES for d in batch]
    with Store.open(":memory:") as one, Store.open(":memory:") as each:
        one.add(docs)
        for batch in BATCHES:
            each.add([d.facts() for d in batch])
        for table in ("entity_map", "nodes", "derived_relations", "event_map", "node_names"):
            query = f"SELECT * FROM {table}"
            assert sorted(one._db.execute(query)) == sorted(each._db.execute(query)), table


def test_resolve_command_checks_and_redoes_the_resolution(tmp_path: Path):
    db = tmp_path / "news.db"
    with Store.open(db) as store:
        for batch in BATCHES:
            store.add([d.facts() for d in batch])
        store._db.execute("DELETE FROM event_map")  # a stale table, as a bug would leave it
    runner = CliRunner()
    checked = runner.invoke(app, ["resolve", "--db", str(db)])
    assert checked.exit_code == 1
    assert "event_map: 0 rows only stored, 2 rows only in a full resolution" in checked.output, checked.output
    redone = runner.invoke(app, ["resolve", "--full", "--db", str(db)])
    assert redone.exit_code == 0, redone.output
    assert runner.invoke(app, ["resolve", "--db", str(db)]).exit_code == 0
    with Store.open(db) as store:
        assert grouped(store) == {("event:c-meet", "event:b-meet")}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Clark", "Clarke"),
        ("Forsyth", "Forsythe"),
        ("Raftery", "Rafetry"),
        ("Mcdonald", "Mcdoanld"),
        ("Owen", "Owne"),
    ],
)
def test_family_names_one_may_misspell_share_a_key(a, b):
    # merge_surnames compares names of one first name only when they share one of these keys
    assert spelling_variant(a, b, surname=True) in ("swap", "letter")
    assert _misspelt_keys(a) & _misspelt_keys(b)


def test_a_first_name_with_a_misspelt_family_name_is_one_person_among_many_of_that_first_name():
    persons = [(key(Kind.PERSON, n), n) for n in ("John Clarke", "John Clark", "John Brown", "John Smith")]
    counts = {persons[0][0]: 5, persons[1][0]: 1, persons[2][0]: 3, persons[3][0]: 2}
    assert merge_surnames(persons, counts) == {persons[1][0]: persons[0][0]}
