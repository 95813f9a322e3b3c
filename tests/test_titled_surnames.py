"""A state office before a surname the store knows no full name of ("President Bush"): the
state of the one person of that last name the knowledge base lists in office on the
document's date, among the states the document names (``resolve.offices``); in memory and in
the store alike. Documents written for these tests."""

from __future__ import annotations

import pytest
from factories import Doc, P, S
from test_resolve import derived, resolved, stored

from newsgraph.graph.store import Store
from newsgraph.resolve.actors import actors


def titled(
    name: str, role: str, states: tuple[str, ...], *, date: str | None = "2005-02-01", home: str | None = None
) -> Doc:
    d = Doc("t", date=date)
    s = d.sentence(f"{role.title()} {{p}} spoke on Monday.", p=f"person|{name}")
    d.claim(P(name), role, s, home=home)
    for i, state in enumerate(states):
        d.sentence(f"Talks in {{s{i}}} went on.", **{f"s{i}": f"state|{state}|{state}"})
    return d


def holders(d: Doc, name: str) -> set[tuple[str, str | None, str | None]]:
    memory = derived(resolved([d.facts()]), P(name))
    with Store.open(":memory:") as store:
        store.add([d.facts()])
        assert derived(stored(store), P(name)) == memory
    return memory


def test_the_knowledge_base_lists_who_served_on_a_date():
    found = {h for _p, h in actors().serving("Bush", "2005-02-01")}
    assert found == {S("USA"), S("CYM")}  # George W Bush, and McKeeva Bush of the Cayman Islands
    assert {h for _p, h in actors().serving("Bush", "1990-06-01")} == {S("USA")}  # the father


@pytest.mark.parametrize(
    ("name", "role", "states", "holder"),
    [
        ("Bush", "president", ("USA",), "USA"),
        ("Bush", "president", ("USA", "IRQ"), "USA"),  # Iraq: no Bush served it
        ("Brown", "chancellor", ("GBR",), "GBR"),  # Sinai Brown served Papua New Guinea
        ("Chirac", "president", ("FRA", "DEU"), "FRA"),
        ("Howard", "prime minister", ("AUS", "NZL"), "AUS"),
        ("Singh", "prime minister", ("NPL",), "NPL"),  # the one Nepali Singh in office then
        ("Singh", "prime minister", ("IND", "PAK"), "IND"),  # several Indian Singhs: one state
    ],
)
def test_a_titled_surname_is_the_one_in_office_in_a_state_the_document_names(name, role, states, holder):
    assert holders(titled(name, role, states), name) == {(S(holder), role, "knowledge")}


@pytest.mark.parametrize(
    ("name", "role", "states", "date"),
    [
        ("Bush", "president", (), "2005-02-01"),  # no state named: the surname alone decides nothing
        ("Bush", "president", ("USA", "CYM"), "2005-02-01"),  # both Bushes' states named
        ("Howard", "prime minister", ("AUS",), "1990-02-01"),  # not in office then
        ("Brown", "spokesman", ("GBR",), "2005-02-01"),  # no state's office
        ("Vole", "president", ("USA",), "2005-02-01"),  # nobody of that name listed
    ],
)
def test_no_holder_from_a_surname_when_the_date_and_the_document_leave_two_or_none(name, role, states, date):
    assert holders(titled(name, role, states, date=date), name) == set()


def test_undated_every_holder_of_the_name_counts():
    assert holders(titled("Bush", "president", ("USA",), date=None), "Bush") == {
        (S("USA"), "president", "knowledge")
    }
    assert holders(titled("Bush", "president", ("USA", "CYM"), date=None), "Bush") == set()


def test_the_home_state_still_serves_when_the_knowledge_base_cannot_decide():
    d = titled("Vole", "prime minister", ("GBR",), home=S("GBR"))
    assert holders(d, "Vole") == {(S("GBR"), "prime minister", "home")}
