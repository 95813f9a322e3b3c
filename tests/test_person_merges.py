"""Store-wide person merges that need the documents' dates or the offices the text gives:
namesakes the knowledge base tells apart ("George Bush", "George W Bush"), resolved in memory
and incrementally in a store. Hand-built facts, no model."""

from __future__ import annotations

import pytest
from factories import Doc, key

from newsgraph.graph.build import GraphBuilder, rows_of
from newsgraph.graph.store import Store
from newsgraph.model import Kind, Relation
from newsgraph.resolve import tables

FATHER = key(Kind.PERSON, "George Bush")
SON = key(Kind.PERSON, "George W Bush")


def named(doc_id: str, name: str, *, date: str | None = None, role: str | None = None) -> Doc:
    d = Doc(doc_id, date=date)
    s = d.sentence(f"{{p}} spoke to reporters ({doc_id}).", p=f"person|{name}")
    if role is not None:
        d.claim(key(Kind.PERSON, name), role, s)
    return d


def node_of(docs: list[Doc], entity: str) -> str:
    builder = GraphBuilder()
    builder.add_rows(rows_of([d.facts() for d in docs]))
    builder.graph = builder.build()
    assert builder.resolution is not None
    return builder.resolution.of(entity)


@pytest.mark.parametrize(
    ("date", "role"),
    [
        ("2005-02-21", None),  # dated while the son served and the father did not
        ("2004-11-03", "president"),
        (None, "president"),  # undated, "President George Bush": the later of the two in office
        (None, "us president"),
    ],
)
def test_a_namesake_in_office_then_takes_the_shorter_name(date, role):
    docs = [named("a", "George Bush", date=date, role=role), named("b", "George W Bush", date="2005-01-20")]
    assert node_of(docs, FATHER) == SON


@pytest.mark.parametrize(
    ("date", "role"),
    [
        ("1990-06-01", None),  # the father served then, not the son
        ("1990-06-01", "president"),
        (None, None),  # undated, no office in the text: nothing tells which
        (None, "former president"),  # a past office: the earlier one may be meant
        (None, "ex-president"),
    ],
)
def test_a_namesake_stays_apart_without_evidence(date, role):
    docs = [named("a", "George Bush", date=date, role=role), named("b", "George W Bush")]
    assert node_of(docs, FATHER) == FATHER


def test_a_name_dated_across_both_terms_stays_apart():
    docs = [
        named("a", "George Bush", date="1991-01-17"),
        named("c", "George Bush", date="2003-03-20"),
        named("b", "George W Bush"),
    ]
    assert node_of(docs, FATHER) == FATHER


def test_unknown_namesakes_keep_the_middle_name_merge():
    docs = [named("a", "Harold Quenby", role="president"), named("b", "Harold T Quenby")]
    assert node_of(docs, key(Kind.PERSON, "Harold Quenby")) in (
        key(Kind.PERSON, "Harold T Quenby"),
        key(Kind.PERSON, "Harold Quenby"),
    )
    assert node_of(docs, key(Kind.PERSON, "Harold Quenby")) == node_of(
        docs, key(Kind.PERSON, "Harold T Quenby")
    )


def canonical(store: Store, entity: str) -> str:
    row = store._db.execute("SELECT canonical FROM entity_map WHERE key = ?", (entity,)).fetchone()
    return str(row[0])


def test_namesake_merges_follow_new_documents_in_a_store():
    with Store.open(":memory:") as store:
        store.add([named("b", "George W Bush", date="2005-01-20").facts()])
        store.add([named("a", "George Bush", date="1990-06-01").facts()])
        assert canonical(store, FATHER) == FATHER
        store.add([named("c", "George Bush", date="2005-03-01").facts()])
        assert canonical(store, FATHER) == FATHER  # now named in both terms: nothing tells which
    with Store.open(":memory:") as store:
        store.add([named("b", "George W Bush", date="2005-01-20").facts()])
        store.add([named("a", "George Bush", date="2005-06-01").facts()])
        assert canonical(store, FATHER) == SON
        reasons = dict(store._db.execute("SELECT key, basis FROM resolve_merges"))
        assert reasons[FATHER].startswith("namesake")
        db = store._db
        db.execute("BEGIN")
        before = sorted(db.execute("SELECT key, canonical FROM entity_map"))
        tables.rebuild(db.cursor())
        after = sorted(db.execute("SELECT key, canonical FROM entity_map"))
        db.execute("ROLLBACK")
        assert before == after


# -- another name a document gives a person, in every document ---------------------------------------

ABBAS = key(Kind.PERSON, "Halim Rashidi")
MAZEN = key(Kind.PERSON, "Abu Tariq")


def alias_doc(doc_id: str = "a") -> Doc:
    d = Doc(doc_id)
    d.sentence(
        "{p}, also known as {q}, met the envoy.", p="person|Halim Rashidi", q="person|Abu Tariq|Halim Rashidi"
    )
    return d


def test_a_name_one_document_gives_as_an_alias_is_the_person_elsewhere():
    docs = [alias_doc(), named("b", "Abu Tariq"), named("c", "Abu Tariq")]
    assert node_of(docs, MAZEN) == ABBAS


def test_an_alias_two_people_are_given_joins_neither():
    other = Doc("d")
    other.sentence("{p}, known as {q}, spoke.", p="person|Samir Haddad", q="person|Abu Tariq|Samir Haddad")
    docs = [alias_doc(), other, named("b", "Abu Tariq")]
    assert node_of(docs, MAZEN) == MAZEN


def test_a_shorter_form_of_the_name_is_no_alias():
    d = Doc("a")
    d.sentence(
        "{p} and later {q} spoke.",
        p="person|Hassan Sheikh Mohamud",
        q="person|Hassan Sheikh|Hassan Sheikh Mohamud",
    )
    builder = GraphBuilder()
    builder.add_rows(rows_of([d.facts(), named("b", "Hassan Sheikh").facts()]))
    builder.graph = builder.build()
    assert builder.resolution is not None
    assert not builder.resolution.basis.get(key(Kind.PERSON, "Hassan Sheikh"), "").startswith("alias")


def test_alias_merges_are_incremental_both_ways():
    for first, second in ((alias_doc(), named("b", "Abu Tariq")), (named("b", "Abu Tariq"), alias_doc())):
        with Store.open(":memory:") as store:
            store.add([first.facts()])
            store.add([second.facts()])
            assert canonical(store, MAZEN) == ABBAS
            reasons = dict(store._db.execute("SELECT key, basis FROM resolve_merges"))
            assert reasons[MAZEN].startswith("alias")


# -- family names a letter apart, one office --------------------------------------------------------


def office_of(doc_id: str, name: str, role: str | None, times: int = 1) -> Doc:
    d = Doc(doc_id)
    for i in range(times):
        s = d.sentence(f"{{p}} spoke to reporters ({doc_id} {i}).", p=f"person|{name}")
        if role is not None:
            d.claim(key(Kind.PERSON, name), role, s)
    return d


@pytest.mark.parametrize(
    ("often", "once", "role", "other_role"),
    [
        ("Michael Raftery", "Michael Rafferty", "project manager", "mock elections project manager"),
        ("David Davis", "David Davies", "shadow home secretary", "shadow home secretary"),
        ("Peter Sanders", "Peter Saunders", "planning officer", "council planning officer"),
        ("Jim Hollis", "Jim Hollies", "lib dem home affairs spokesman", "home affairs spokesman"),
        ("Sarah Kendall", "Sarah Kendal", "chief constable", "chief constable"),
    ],
)
def test_family_names_a_letter_apart_with_one_office_are_one_person(often, once, role, other_role):
    docs = [office_of("a", often, role, times=3), office_of("b", once, other_role)]
    assert node_of(docs, key(Kind.PERSON, once)) == key(Kind.PERSON, often)


@pytest.mark.parametrize(
    ("a", "b", "role", "other_role"),
    [
        ("David Davis", "David Davies", "shadow home secretary", None),  # no office for one of them
        ("David Davis", "David Davies", "labour mp", "labour mp"),  # an office many hold
        ("David Davis", "David Davies", "lib dem spokesman", "lib dem spokesman"),
        ("David Davis", "David Davies", "former home secretary", "former home secretary"),
        ("David Davis", "David Davies", "shadow home secretary", "health secretary"),  # two offices
        ("David Davis", "Daniel Davies", "shadow home secretary", "shadow home secretary"),
        ("Alan Hale", "Alan Hall", "project manager", "project manager"),  # a short family name
        ("Peter Sanders", "Peter Sadlier", "planning officer", "planning officer"),  # three letters apart
        ("Jim Hollis", "James Hollies", "home affairs spokesman", "home affairs spokesman"),  # two parts
    ],
)
def test_near_namesakes_without_one_specific_office_stay_apart(a, b, role, other_role):
    docs = [office_of("a", a, role, times=3), office_of("b", b, other_role)]
    assert node_of(docs, key(Kind.PERSON, b)) == key(Kind.PERSON, b)


def test_two_near_namesakes_of_one_story_stay_two():
    d = Doc("a")
    s = d.sentence("{p} and {q} both spoke.", p="person|David Davis", q="person|David Davies")
    d.claim(key(Kind.PERSON, "David Davis"), "shadow home secretary", s)
    d.claim(key(Kind.PERSON, "David Davies"), "welsh secretary", s)
    assert node_of([d], key(Kind.PERSON, "David Davies")) == key(Kind.PERSON, "David Davies")


def test_office_spelling_merges_are_incremental():
    with Store.open(":memory:") as store:
        store.add([office_of("a", "Michael Raftery", "project manager", times=3).facts()])
        store.add([office_of("b", "Michael Rafferty", None).facts()])
        assert canonical(store, key(Kind.PERSON, "Michael Rafferty")) == key(Kind.PERSON, "Michael Rafferty")
        store.add([office_of("c", "Michael Rafferty", "project manager").facts()])
        assert canonical(store, key(Kind.PERSON, "Michael Rafferty")) == key(Kind.PERSON, "Michael Raftery")
        db = store._db
        db.execute("BEGIN")
        before = sorted(db.execute("SELECT key, canonical FROM entity_map"))
        tables.rebuild(db.cursor())
        after = sorted(db.execute("SELECT key, canonical FROM entity_map"))
        db.execute("ROLLBACK")
        assert before == after


@pytest.mark.parametrize(
    ("full", "full_role", "single_role", "merged"),
    [
        ("Matt Carter", "general secretary", "president", False),  # a party official is no president
        ("Matt Carter", "general secretary", "former president", False),
        ("Ann Walsh", "party treasurer", "prime minister", False),
        ("Hans Brandt", "chief executive", "king", False),
        ("Jimmy Carter", "former president", "president", True),  # the same top office
        ("Jimmy Carter", None, "president", True),  # a full name the text gives no office
        ("Matt Carter", "general secretary", None, True),  # an untitled surname: the one full name
        ("Matt Carter", "general secretary", "vice president", True),  # no top office
        ("Ann Walsh", "foreign secretary", "prime minister", False),
    ],
)
def test_a_surname_with_a_states_top_office_needs_a_full_name_with_it_or_none(
    full, full_role, single_role, merged
):
    surname = full.split()[-1]
    docs = [office_of("a", full, full_role, times=2), office_of("b", surname, single_role)]
    found = node_of(docs, key(Kind.PERSON, surname))
    assert (found == key(Kind.PERSON, full)) is merged, found


def test_a_top_office_surname_follows_a_new_document_in_a_store():
    with Store.open(":memory:") as store:
        store.add([office_of("a", "Matt Carter", "general secretary", times=2).facts()])
        store.add([office_of("b", "Carter", "president").facts()])
        assert canonical(store, key(Kind.PERSON, "Carter")) == key(Kind.PERSON, "Carter")
        store.add([office_of("c", "Jimmy Carter", "former president").facts()])
        assert canonical(store, key(Kind.PERSON, "Carter")) == key(Kind.PERSON, "Jimmy Carter")


# -- one full name borne by two people in two documents ------------------------------------------------

DURRANT = key(Kind.PERSON, "Patrick Durrant")


def sided(doc_id: str, name: str, state: str | None = None, role: str | None = None) -> Doc:
    """``name`` with an office of ``state`` ("Irish Foreign Minister Patrick Durrant"), or with a
    company's post (``state`` None, ``role`` given), or with nothing."""
    d = Doc(doc_id)
    if state is not None:
        s = d.sentence("{s} minister {p} spoke.", s=f"state|{state}", p=f"person|{name}")
        d.relate(
            key(Kind.PERSON, name), key(Kind.STATE, state), Relation.AFFILIATED_WITH, s, role or "minister"
        )
    elif role is not None:
        s = d.sentence(f"{{p}}, the {role} of {{o}}, spoke.", p=f"person|{name}", o="organization|Brightmart")
        d.relate(
            key(Kind.PERSON, name), key(Kind.ORGANIZATION, "Brightmart"), Relation.AFFILIATED_WITH, s, role
        )
    else:
        d.sentence("{p} spoke to reporters.", p=f"person|{name}")
    return d


def nodes_of(docs: list[Doc], name: str) -> dict[str, str]:
    """doc -> the node of the mentions of ``name`` in it."""
    builder = GraphBuilder()
    rows = rows_of([d.facts() for d in docs])
    builder.add_rows(rows)
    builder.graph = builder.build()
    assert builder.resolution is not None
    return {
        str(m[0]): builder.resolution.of(str(m[1]))
        for m in rows.mentions
        if str(m[1]).partition("@")[0] == key(Kind.PERSON, name)
    }


def test_one_full_name_with_two_states_is_two_people():
    found = nodes_of(
        [sided("a", "Patrick Durrant", "IRL"), sided("b", "Patrick Durrant", "AUS")], "Patrick Durrant"
    )
    assert found["a"] != found["b"]
    assert DURRANT in found.values()  # the name's own key is one of them


def test_one_full_name_in_politics_and_in_a_company_is_two_people():
    docs = [sided("a", "Patrick Durrant", "IRL"), sided("b", "Patrick Durrant", role="chief executive")]
    found = nodes_of(docs, "Patrick Durrant")
    assert found["a"] != found["b"]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(("IRL", None), id="same-state"),
        pytest.param((None, None), id="no-sides"),
    ],
)
def test_one_full_name_whose_texts_agree_is_one_node(second):
    docs = [
        sided("a", "Patrick Durrant", "IRL"),
        sided("b", "Patrick Durrant", *second),
        sided("c", "Patrick Durrant"),
    ]
    found = nodes_of(docs, "Patrick Durrant")
    assert set(found.values()) == {DURRANT}


def test_a_known_person_keeps_one_key_whatever_the_states():
    docs = [sided("a", "Tony Blair", "GBR"), sided("b", "Tony Blair", "IRQ")]
    rows = rows_of([d.facts() for d in docs])
    assert {str(m[1]) for m in rows.mentions} >= {key(Kind.PERSON, "Tony Blair")}
    assert not any("@" in str(m[1]) for m in rows.mentions)


def test_namesakes_apart_follow_new_documents_in_a_store():
    with Store.open(":memory:") as store:
        store.add([sided("a", "Patrick Durrant", "IRL").facts()])
        store.add([sided("c", "Patrick Durrant").facts()])
        rows = dict(
            store._db.execute(
                "SELECT key, canonical FROM entity_map WHERE key LIKE 'person:patrick-durrant%'"
            )
        )
        assert set(rows.values()) == {DURRANT}
        store.add([sided("b", "Patrick Durrant", "AUS").facts()])
        rows = dict(
            store._db.execute(
                "SELECT key, canonical FROM entity_map WHERE key LIKE 'person:patrick-durrant%'"
            )
        )
        assert len(set(rows.values())) == 2
        irish = next(k for k in rows if "@irl" in k)
        australian = next(k for k in rows if "@aus" in k)
        # one of the two keeps the name's node (the most mentioned, then the first by key)
        assert {rows[irish], rows[australian]} in ({DURRANT, irish}, {DURRANT, australian})
        db = store._db
        db.execute("BEGIN")
        before = sorted(db.execute("SELECT key, canonical FROM entity_map"))
        tables.rebuild(db.cursor())
        after = sorted(db.execute("SELECT key, canonical FROM entity_map"))
        db.execute("ROLLBACK")
        assert before == after


def test_marked_keys_stay_on_the_name_when_a_family_name_alone_follows():
    """The name's own key, which holds no mention, is reached through the marked keys' words."""
    with Store.open(":memory:") as store:
        store.add([sided("a", "Patrick Durrant", "IRL").facts()])
        store.add([named("d", "Durrant").facts()])
        store.add([named("e", "Patrick Lowe").facts()])
        rows = dict(
            store._db.execute(
                "SELECT key, canonical FROM entity_map WHERE key LIKE 'person:patrick-durrant%'"
            )
        )
        assert set(rows.values()) == {DURRANT}


def test_marked_keys_follow_their_name_into_a_nickname_merge():
    """ "Tony Ferrier" (marked) and "Anthony Ferrier" (marked), both MSPs: one node, and the family
    name alone of a third document goes to it."""
    docs = [
        sided("a", "Tony Ferrier", role="MSP"),
        sided("b", "Anthony Ferrier", role="MSP"),
        named("c", "Ferrier"),
    ]
    rows = rows_of([d.facts() for d in docs])
    builder = GraphBuilder()
    builder.add_rows(rows)
    builder.graph = builder.build()
    assert builder.resolution is not None
    found = {builder.resolution.of(str(m[1])) for m in rows.mentions if str(m[1]).startswith("person:")}
    assert len(found) == 1, found


def test_an_office_claimed_with_no_holder_marks_no_side():
    """ "Tony Vole, the organisation's president" (a claim, no holder in the phrase) beside "Tony
    Vole, president of the Zedbury Association": one person; only explicit affiliations mark."""
    claim = Doc("a")
    s = claim.sentence("{p}, the organisation's president, spoke.", p="person|Tony Vole")
    claim.claim(key(Kind.PERSON, "Tony Vole"), "president", s)
    docs = [claim, sided("b", "Tony Vole", role="president")]
    assert set(nodes_of(docs, "Tony Vole").values()) == {key(Kind.PERSON, "Tony Vole")}
