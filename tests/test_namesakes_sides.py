"""Namesakes across documents: what the texts say each name serves keeps two people apart.

Every name and text is written for these tests. Two full names one person could write two ways
(a nickname, a letter more) and a family name alone beside the one full name of the store are
two people when their documents give them different states, or one only political offices and
the other only a company's posts; the same office, a shared holder or no office at all joins
them as before. Decisions follow new documents in the store.
"""

from __future__ import annotations

import pytest
from factories import Doc, key

from newsgraph.graph.build import GraphBuilder, rows_of
from newsgraph.graph.store import Store
from newsgraph.model import Kind, Relation
from newsgraph.resolve import tables
from newsgraph.resolve.names import NO_SIDES, Sides, affiliation_sides

AFF = Relation.AFFILIATED_WITH


def person_doc(doc_id: str, name: str, holder: str | None = None, role: str | None = None) -> Doc:
    """``name`` said something; with ``holder`` ("organization|Tesmart", "state|Kenyan|KEN"), the
    text makes the person its ``role``."""
    d = Doc(doc_id, date="2005-02-01")
    if holder is None:
        d.sentence("{p} spoke.", p=f"person|{name}")
        return d
    ev = d.sentence("{p} of {h} spoke.", p=f"person|{name}", h=holder)
    kind, _surface, *canonical = holder.split("|")
    target = key(Kind(kind), canonical[0] if canonical else holder.split("|")[1])
    d.relate(key(Kind.PERSON, name), target, AFF, ev, role)
    return d


def claim_doc(doc_id: str, name: str, role: str) -> Doc:
    d = Doc(doc_id, date="2005-02-01")
    ev = d.sentence("{p} spoke.", p=f"person|{name}")
    d.claim(key(Kind.PERSON, name), role, ev, home="state:GBR")
    return d


def node_in_memory(docs: list[Doc], name: str) -> str:
    builder = GraphBuilder()
    builder.add_rows(rows_of([d.facts() for d in docs]))
    builder.graph = builder.build()
    assert builder.resolution is not None
    return builder.resolution.of(key(Kind.PERSON, name))


def node_in_store(store: Store, name: str) -> str:
    row = store._db.execute("SELECT canonical FROM entity_map WHERE key = ?", (key(Kind.PERSON, name),))
    return str(row.fetchone()[0])


# -- Sides ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("affiliations", "claimed", "want"),
    [
        ([("state:KEN", "finance minister")], [], Sides(frozenset({"state:KEN"}), True, False)),
        ([("state:CAN", "lawyer")], [], Sides(frozenset({"state:CAN"}), False, False)),
        ([("organization:tesmart", "finance director")], [], Sides(frozenset(), False, True)),
        ([("organization:conservative-party", "mp")], [], Sides(frozenset(), True, False)),
        ([("organization:ribble-valley", "mp")], [], Sides(frozenset(), True, False)),
        ([], ["transport secretary"], Sides(frozenset(), True, False)),
        ([], ["chief executive"], NO_SIDES),
        # a government body, an international body and a holder with no role tell no company
        ([("organization:home-office", "permanent secretary")], [], NO_SIDES),
        ([("organization:united-nations", "envoy")], [], NO_SIDES),
        ([("organization:tesmart", None)], [], NO_SIDES),
    ],
)
def test_sides_of_a_person(affiliations, claimed, want):
    assert affiliation_sides(affiliations, claimed) == want


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (Sides(frozenset({"state:KEN"})), Sides(frozenset({"state:UGA"})), True),
        (Sides(frozenset({"state:KEN"})), Sides(frozenset({"state:KEN", "state:UGA"})), False),
        (Sides(political=True), Sides(company=True), True),
        (Sides(political=True), Sides(political=True, company=True), False),  # an MP who chairs a firm
        (Sides(political=True), NO_SIDES, False),
        (NO_SIDES, NO_SIDES, False),
        (Sides(company=True), Sides(company=True), False),  # a company post anywhere: no evidence apart
    ],
)
def test_which_sides_conflict(a, b, apart):
    assert a.conflicts(b) is apart
    assert b.conflicts(a) is apart


# -- resolution -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a nickname pair: a company's director and an MP
        (
            ("Jim Parrow", "organization|Dellmart", "finance director"),
            ("James Parrow", "organization|Conservative Party", "mp"),
        ),
        # family names a letter apart: a carmaker's boss and a Lib Dem MP
        (
            ("Stephen Quagge", "organization|Ferrox Motors", "head"),
            ("Stephen Quagg", "organization|Liberal Democrats", "mp"),
        ),
        # middle names: ministers of two states
        (
            ("Paul Ndoro", "state|Kenyan|KEN", "finance minister"),
            ("Paul Kamau Ndoro", "state|Ugandan|UGA", "ambassador"),
        ),
    ],
)
def test_full_names_that_serve_others_are_two_people(first, second):
    docs = [person_doc("a", *first), person_doc("a2", first[0]), person_doc("b", *second)]
    assert node_in_memory(docs, first[0]) != node_in_memory(docs, second[0])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same holder: one union leader written two ways
        (
            ("Bill Harrowby", "organization|Transport Workers Union", "general secretary"),
            ("William Harrowby", "organization|Transport Workers Union", "general secretary"),
        ),
        # one side silent: nothing tells them apart
        (("Bob Rusden", "organization|Liberal Democrats", "mp"), ("Robert Rusden", None, None)),
        # the same state
        (
            ("Paul Ndoro", "state|Kenyan|KEN", "finance minister"),
            ("Paul Kamau Ndoro", "state|Kenyan|KEN", None),
        ),
        # a misspelt MP's name
        (
            ("Barbara Pellatt", "organization|Labour Party", "mp"),
            ("Barbara Pelatt", "organization|Labour Party", "mp"),
        ),
    ],
)
def test_full_names_of_one_side_are_one_person(first, second):
    docs = [person_doc("a", *first), person_doc("a2", first[0]), person_doc("b", *second)]
    assert node_in_memory(docs, first[0]) == node_in_memory(docs, second[0])


def test_a_family_name_with_a_company_post_is_not_a_ministers_full_name():
    docs = [
        claim_doc("a", "Alastair Wendon", "transport secretary"),
        person_doc("b", "Wendon", "organization|Greenfield Primary School", "head teacher"),
    ]
    assert node_in_memory(docs, "Wendon") == key(Kind.PERSON, "Wendon")
    # the same family name with no post, or a political one, joins the minister
    for other in (person_doc("b", "Wendon"), claim_doc("b", "Wendon", "transport secretary")):
        assert node_in_memory([docs[0], other], "Wendon") == key(Kind.PERSON, "Alastair Wendon")


def test_a_family_name_of_another_state_is_not_the_full_name():
    minister = person_doc("a", "David Okolo", "state|Kenyan|KEN", "finance minister")
    envoy = person_doc("b", "Okolo", "state|Ugandan|UGA", "ambassador")
    assert node_in_memory([minister, envoy], "Okolo") == key(Kind.PERSON, "Okolo")
    same = person_doc("b", "Okolo", "state|Kenyan|KEN", "minister")
    assert node_in_memory([minister, same], "Okolo") == key(Kind.PERSON, "David Okolo")


def test_a_new_document_telling_namesakes_apart_splits_them_in_the_store():
    with Store.open(":memory:") as store:
        store.add([person_doc("a", "Jim Parrow", "organization|Dellmart", "finance director").facts()])
        store.add([person_doc("a2", "Jim Parrow").facts(), person_doc("b", "James Parrow").facts()])
        assert node_in_store(store, "James Parrow") == node_in_store(store, "Jim Parrow")
        ev_doc = person_doc("c", "James Parrow", "organization|Conservative Party", "mp")
        store.add([ev_doc.facts()])
        assert node_in_store(store, "James Parrow") != node_in_store(store, "Jim Parrow")
        db = store._db
        db.execute("BEGIN")
        incremental = sorted(db.execute("SELECT key, canonical FROM entity_map"))
        tables.rebuild(db.cursor())
        assert sorted(db.execute("SELECT key, canonical FROM entity_map")) == incremental
        db.execute("ROLLBACK")


# -- the knowledge base's namesakes of later years --------------------------------------------


def test_a_listed_person_whose_roles_all_began_later_is_a_namesake():
    from newsgraph.resolve import NodeRow
    from newsgraph.resolve.offices import known_state

    def node(label: str) -> NodeRow:
        return NodeRow(key(Kind.PERSON, label), "person", label, None, (), 1, 1)

    # the knowledge base lists a Peter Tom serving the Solomon Islands from 2008 only
    assert known_state(node("Peter Tom")) == "state:SLB"
    assert known_state(node("Peter Tom"), until="2005-02-01") is None
    assert known_state(node("Peter Tom"), until="2009-12-01") == "state:SLB"
    assert known_state(node("Peter Tom"), lambda state: state == "state:SLB", "2005-02-01") == "state:SLB"
    # roles that began before the documents: the listed person (controls)
    assert known_state(node("Vladimir Putin"), until="2005-02-01") == "state:RUS"
    assert known_state(node("Obama"), until="2010-02-01") == "state:USA"


def test_a_later_namesake_gets_no_state_in_memory_and_in_the_store():
    d = Doc("tom", date="2005-02-14")
    d.sentence("{p}, who will remain chief executive, welcomed the offer.", p="person|Peter Tom")
    later = Doc("tom2", date="2010-02-14")
    later.sentence("{p} spoke in parliament.", p="person|Peter Tom")

    def states(builder: GraphBuilder) -> set[str]:
        assert builder.resolution is not None
        return {r.target for r in builder.resolution.derived if r.source == key(Kind.PERSON, "Peter Tom")}

    builder = GraphBuilder()
    builder.add_rows(rows_of([d.facts()]))
    builder.graph = builder.build()
    assert states(builder) == set()
    with Store.open(":memory:") as store:
        store.add([d.facts()])
        found = store._db.execute(
            "SELECT target FROM derived_relations WHERE source = ?", (key(Kind.PERSON, "Peter Tom"),)
        ).fetchall()
        assert found == []
        store.add([later.facts()])  # a document of his years: the listed person
        found = store._db.execute(
            "SELECT target FROM derived_relations WHERE source = ?", (key(Kind.PERSON, "Peter Tom"),)
        ).fetchall()
        assert found == [("state:SLB",)]
