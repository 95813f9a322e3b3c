"""A company the model does not tag as one, named before a title of its own (real pipeline).

Every sentence here is written for these tests. The rules under test:

* a name the model tags PERSON (not opening with a first name) or GPE (no state, capital or
  place the gazetteer lists) written right before a company's title, singular or plural, with
  its possessive or "ex-", and the title's holders named after it, is a company's: "Balfour
  Beatty managers X and Y", "Zedcorp's ex-chairman X", "Morwell Hughes bosses X and Y";
* a plural title apposed before coordinated names ("two former Acme directors, X and Y,") is
  each one's, without the number;
* a plural title in "-es" or "-men" is each holder's in the singular ("bosses" -> "boss");
* the company's people named after its noun ("executives Karen Hollis and Ian Shaw") are
  persons, not a company;
* controls: a person's staff ("Tony Blair aide X", "Gordon Brown spokesman X"), a state or a
  city before a title ("France's former president X", "Leeds chairman X", "Kiev managers X and
  Y") keep their kinds.
"""

from __future__ import annotations

import pytest
from test_org_descriptions import graph_of

from newsgraph.model import DocumentFacts

pytestmark = pytest.mark.model


def kinds(f: DocumentFacts) -> dict[str, str]:
    g = graph_of(f)
    return {d["label"]: d["kind"] for _n, d in g.nodes(data=True)}


def company_roles(f: DocumentFacts) -> set[tuple[str, str, str | None]]:
    g = graph_of(f)
    return {
        (g.nodes[u]["label"], g.nodes[v]["label"], d.get("role"))
        for u, v, d in g.edges(data=True)
        if d["relation"] == "affiliated_with"
        and g.nodes[u]["kind"] == "person"
        and g.nodes[v]["kind"] == "organization"
    }


TITLED = [
    pytest.param(
        "Balfour Beatty managers Peter Grant and Alan Moss were questioned by detectives on Monday.",
        {("Peter Grant", "Balfour Beatty", "manager"), ("Alan Moss", "Balfour Beatty", "manager")},
        id="plural-title-person-tagged-subject",
    ),
    pytest.param(
        "Balfour Beatty's managers Peter Grant and Alan Moss were questioned.",
        {("Peter Grant", "Balfour Beatty", "manager"), ("Alan Moss", "Balfour Beatty", "manager")},
        id="possessive-taken-into-the-name",
    ),
    pytest.param(
        "Dunmore Steel executives Karen Hollis and Ian Shaw met union leaders.",
        {("Karen Hollis", "Dunmore Steel", "executive"), ("Ian Shaw", "Dunmore Steel", "executive")},
        id="executives-then-names",
    ),
    pytest.param(
        "Zedcorp executives Ann Gray and Tom Hill resigned on Monday.",
        {("Ann Gray", "Zedcorp", "executive"), ("Tom Hill", "Zedcorp", "executive")},
        id="place-tagged-company-plural",
    ),
    pytest.param(
        "Kessler Brandt directors Emma Stone and Joe Pike quit the board.",
        {("Emma Stone", "Kessler Brandt", "director"), ("Joe Pike", "Kessler Brandt", "director")},
        id="directors",
    ),
    pytest.param(
        "Police interviewed Morwell Hughes bosses Dan Reed and Amy Lowe.",
        {("Dan Reed", "Morwell Hughes", "boss"), ("Amy Lowe", "Morwell Hughes", "boss")},
        id="bosses-object",
    ),
    pytest.param(
        "Two former Carrow Brewing directors, Simon Blake and Ann Gray, were charged.",
        {
            ("Simon Blake", "Carrow Brewing", "former director"),
            ("Ann Gray", "Carrow Brewing", "former director"),
        },
        id="apposed-plural-title",
    ),
    pytest.param(
        "The Keldan Foods managers, Richard Tully and Sam Cole, told shareholders the plan was sound.",
        {("Richard Tully", "Keldan Foods", "manager"), ("Sam Cole", "Keldan Foods", "manager")},
        id="apposed-plural-title-definite",
    ),
    pytest.param(
        "Balfour Beatty managers Anthony Walker and Nicholas Jeffries, and Railtrack managers Alistair Cook, "
        "Sean Fugill and Keith Lea all face charges.",
        {
            ("Anthony Walker", "Balfour Beatty", "manager"),
            ("Nicholas Jeffries", "Balfour Beatty", "manager"),
            ("Alistair Cook", "Railtrack", "manager"),
            ("Keith Lea", "Railtrack", "manager"),
        },
        id="two-companies-listed",
    ),
    pytest.param(
        "Zedcorp's ex-chairman Martin Hale denied any wrongdoing.",
        {("Martin Hale", "Zedcorp", "former chairman")},
        id="possessive-ex-title",
    ),
    pytest.param(
        "Trelawney's former chairman Ian Pole denied the claims.",
        {("Ian Pole", "Trelawney", "former chairman")},
        id="possessive-former-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_a_name_before_a_company_title_is_the_company(facts, text, expected):
    assert expected <= company_roles(facts(text))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("Tony Blair aide Mary Cole left Downing Street.", "Tony Blair", "person", id="staff"),
        pytest.param(
            "Gordon Brown spokesman Tom Lee said the figures were sound.",
            "Gordon Brown",
            "person",
            id="spokesman",
        ),
        pytest.param("France's former president Jacques Chirac spoke.", "France", "state", id="state"),
        pytest.param(
            "Leeds chairman Gerald Kray and Leeds manager Ken Bates met.",
            "Leeds",
            "location",
            id="gazetteer-town",
        ),
        pytest.param(
            "Kiev managers Oleg Petrov and Ivan Sokol were arrested.", "Kiev", "location", id="capital"
        ),
        pytest.param(
            "Britain's managers Tom Hill and Ann Gray met.", "United Kingdom", "state", id="state-plural"
        ),
        pytest.param(
            "Shareholders Karen Hollis and Ian Shaw voted against the plan.",
            "Karen Hollis",
            "person",
            id="people",
        ),
        pytest.param(
            "Dunmore Steel executives Karen Hollis and Ian Shaw met union leaders.",
            "Karen Hollis",
            "person",
            id="executives-people",
        ),
    ],
)
def test_no_company_from_a_person_a_state_or_a_place(facts, text, name, kind):
    assert kinds(facts(text)).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The two men, John Smith and Tom Reid, were arrested at Acme.", id="no-office-noun"),
        pytest.param(
            "Mr Finnie, representatives of the Royal Society and Ann Gray met.", id="plural-after-name"
        ),
    ],
)
def test_a_list_apposed_to_a_plural_of_no_office_holds_none(facts, text):
    g = graph_of(facts(text))
    assert not [d for _u, _v, d in g.edges(data=True) if d["relation"] == "affiliated_with"]


def test_a_person_before_a_staff_title_holds_no_company(facts):
    f = facts("Tony Blair aide Mary Cole left Downing Street.")
    assert not company_roles(f)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Royal Bank of Scotland chief executive Fred Goodwin won the award.", "Scotland", id="name-tail"
        ),
        pytest.param("Texas managers Tom Hill and Ann Gray met on Monday.", "Texas", id="region"),
    ],
)
def test_no_company_from_the_tail_of_a_name_or_a_region(facts, text, name):
    assert kinds(facts(text)).get(name) != "organization"


def test_a_company_name_tagged_in_part_leaves_no_word_in_the_role(facts):
    f = facts(
        "Engineering firm Balfour Beatty won the contract. "
        "Balfour Beatty chairman Peter Grant was questioned."
    )
    assert {r for p, _o, r in company_roles(f) if p == "Peter Grant"} == {"chairman"}
