"""A person tied to a state through the organization they work for, when the state is given by a
description of the organization rather than in the office's own phrase (real pipeline).

Every sentence here is written for these tests. The rules under test:

* a state before a union's or a plural company noun places the name it introduces ("Britain's
  biggest union Unison", "US car firms General Motors and Ford"), and a plural noun every name
  coordinated with the first; a singular noun only its own name;
* a description that is the subject of its clause ("Recently, India's first budget airline
  ordered jets") takes up the one company named just before it (the sentence before and its own
  sentence up to it); never when two are, nor when the company is named later in its own clause;
* an office in a company's unit of one state ("vice president of Toyota's US sales arm") is
  held for the company and in that state;
* a minister named with no state, in a story whose other office holders all serve one state, is
  that state's minister; never when they serve two;
* a person the knowledge base lists with one state, whose surname others of other states bear,
  is of that state when a document naming the person names it.
"""

from __future__ import annotations

import pytest
from test_org_descriptions import part_of, tied

pytestmark = pytest.mark.model


TIED = [
    pytest.param(
        "Dave Prentis, the leader of Britain's biggest union Unison, told a newspaper he wants a date set.",
        ("Dave Prentis", "United Kingdom"),
        id="union-possessive-superlative-in-apposition",
    ),
    pytest.param(
        "Maria Costa, who leads the Portuguese union Fenprof, called a strike for Monday.",
        ("Maria Costa", "Portugal"),
        id="union-demonym-relative-clause",
    ),
    pytest.param(
        "Germany's largest trade union IG Metall called a strike. Frank Lohmann, IG Metall's chairman, "
        "said pay was too low.",
        ("Frank Lohmann", "Germany"),
        id="union-in-an-earlier-sentence",
    ),
    pytest.param(
        "US car firms General Motors and Ford cut output. Mark Lanner, Ford's head of sales, said demand "
        "was weak.",
        ("Mark Lanner", "United States"),
        id="plural-noun-second-conjunct",
    ),
    pytest.param(
        "Japanese electronics makers Sony, Sharp and Panasonic cut jobs. Sharp's president Taro Ueda "
        "said costs were high.",
        ("Taro Ueda", "Japan"),
        id="plural-noun-list-middle-conjunct",
    ),
    pytest.param(
        "Sales fell, said Mark Lanner, GM's vice president for sales. US car firms GM and Ford cut output.",
        ("Mark Lanner", "United States"),
        id="plural-noun-after-the-office",
    ),
    pytest.param(
        "Jim Press, vice president and chief operating officer of Toyota's US sales arm, said sales rose.",
        ("Jim Press", "United States"),
        id="unit-of-a-state-possessive",
    ),
    pytest.param(
        "Anna Berg, head of Volvo's German subsidiary, said sales fell.",
        ("Anna Berg", "Germany"),
        id="unit-of-a-state-demonym",
    ),
    pytest.param(
        "Skyways Ltd has signed a deal to buy 30 planes from Airbus. But Ravi Gopal, managing director of "
        "Skyways Ltd, has said the price was low. Recently, India's first low-cost airline ordered 20 "
        "more planes. Airbus said deliveries begin in May. Airbus will train pilots. Airbus said so.",
        ("Ravi Gopal", "India"),
        id="subject-description-takes-up-the-company-just-named",
    ),
    pytest.param(
        "Shares in Hollis Bank rose on Monday, and Hollis Bank chairman Peter Lund was pleased. Later, "
        "Canada's fifth-largest lender said profits had doubled.",
        ("Peter Lund", "Canada"),
        id="subject-description-ordinal-lender",
    ),
]


@pytest.mark.parametrize(("text", "pair"), TIED)
def test_a_person_is_tied_through_the_organization_a_description_places(facts, text, pair):
    assert tied(facts(text), *pair)


NOT_TIED = [
    pytest.param(
        "Ford, which sells many cars in Japan, said Japan's market was weak. Ford boss Jim Hale agreed.",
        ("Jim Hale", "Japan"),
        id="company-merely-doing-business-in-a-state",
    ),
    pytest.param(
        "US car firm Ford and Toyota cut prices. Toyota's sales chief Ken Sato said demand was weak.",
        ("Ken Sato", "United States"),
        id="singular-noun-places-only-its-own-name",
    ),
    pytest.param(
        "Dave Prentis of Unison met leaders of the French union CGT on Monday.",
        ("Dave Prentis", "France"),
        id="a-union-of-another-country",
    ),
    pytest.param(
        "Air Deccan's managing director Ravi Gopal said prices were low. Recently, Britain's biggest "
        "airline ordered planes from Air Deccan.",
        ("Ravi Gopal", "United Kingdom"),
        id="description-whose-clause-names-the-company",
    ),
    pytest.param(
        "Air Deccan's managing director Ravi Gopal met Lufthansa executives. Later, Germany's biggest "
        "airline said it would cut fares.",
        ("Ravi Gopal", "Germany"),
        id="two-companies-named-before-the-description",
    ),
    pytest.param(
        "Air Deccan's managing director Ravi Gopal said prices were low. Analysts said a rival Indian "
        "airline would suffer.",
        ("Ravi Gopal", "India"),
        id="indefinite-rival-description",
    ),
    pytest.param(
        "Carl Wendt, head of the European operations of Ford, said sales fell in Germany.",
        ("Carl Wendt", "Germany"),
        id="unit-of-a-region-no-state",
    ),
]


@pytest.mark.parametrize(("text", "pair"), NOT_TIED)
def test_no_tie_through_a_description_of_someone_else(facts, text, pair):
    assert not tied(facts(text), *pair)


def test_a_plural_noun_places_each_conjunct_and_a_singular_one_only_its_name(facts):
    found = part_of(facts("US car firms General Motors and Ford cut output, and Toyota gained."))
    assert {("General Motors", "United States"), ("Ford", "United States")} <= found
    assert not any(org == "Toyota" for org, _s in found)


CABINET = [
    pytest.param(
        "Iraq's trade minister Ali Hamdi met European officials in Geneva. Oil minister Karim Jaber said "
        "exports had risen, and the UK welcomed the talks.",
        ("Karim Jaber", "Iraq"),
        id="explicit-colleague",
    ),
    pytest.param(
        "Critics claim president Hugo Chavez ignores property rights. Agriculture minister Luis Ortega "
        "said the ranch's papers were not in order. The UK government asked Venezuela to resolve the "
        "conflict, and a British firm owns the ranch.",
        ("Luis Ortega", "Venezuela"),
        id="colleague-known-to-the-knowledge-base",
    ),
]


@pytest.mark.parametrize(("text", "pair"), CABINET)
def test_a_minister_serves_the_state_of_the_storys_other_office_holders(facts, text, pair):
    assert tied(facts(text), *pair)


def test_no_cabinet_state_when_the_office_holders_serve_two_states(facts):
    text = (
        "Iraq's trade minister Ali Hamdi met Britain's foreign secretary Tom Reed in Geneva. Oil minister "
        "Karim Jaber said exports had risen."
    )
    f = facts(text)
    assert not tied(f, "Karim Jaber", "Iraq")
    assert not tied(f, "Karim Jaber", "United Kingdom")


def test_a_listed_person_is_of_the_state_a_document_naming_him_names(facts):
    # others named Blair served the US: the name alone does not say which one this is
    assert tied(
        facts("Tony Blair said the UK would send more aid to the region."), "Tony Blair", "United Kingdom"
    )
    assert not tied(facts("Tony Blair said more aid would be sent."), "Tony Blair", "United Kingdom")


def seats(f) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from test_org_descriptions import offices

    return {(p, h) for p, h, _r in offices(f)}


@pytest.mark.parametrize(
    ("text", "person", "seat"),
    [
        pytest.param(
            "Jane Hollis, MP for Wexham, said the plan was wrong.", "Jane Hollis", "Wexham", id="apposed"
        ),
        pytest.param(
            'Tory policy chief David Marsh, MP for Sedgefield, added: "It is serious."',
            "David Marsh",
            "Sedgefield",
            id="apposed-after-another-title",
        ),
        pytest.param("Sue Dunn, MP for Luton, said so.", "Sue Dunn", "Luton", id="town-seat"),
    ],
)
def test_a_members_constituency_is_no_holder(facts, text, person, seat):
    found = seats(facts(text))
    assert (person, seat) not in found, found


def test_a_members_party_stays_the_holder(facts):
    assert ("Jean Corston", "Labour Party") in seats(facts("Labour MP Jean Corston said the plan was wrong."))


OF_A_STATE = [
    pytest.param(
        "Michael Blythe, chief economist at the Commonwealth Bank of Australia, said rates would rise.",
        ("Michael Blythe", "Australia"),
        id="state-ends-the-name",
    ),
    pytest.param(
        "Anna Roy, an economist at the Reserve Bank of India, said inflation was low.",
        ("Anna Roy", "India"),
        id="state-ends-a-central-banks-name",
    ),
    pytest.param(
        "General Motors of the US is to pay Fiat 1.5bn euros. GM chief executive Rick Wagoner said so.",
        ("Rick Wagoner", "United States"),
        id="of-a-state-after-the-name",
    ),
    pytest.param(
        "Siemens of Germany won the contract, said Klaus Kleinfeld, chief executive of Siemens.",
        ("Klaus Kleinfeld", "Germany"),
        id="of-a-state-after-the-name-office-later",
    ),
]


@pytest.mark.parametrize(("text", "pair"), OF_A_STATE)
def test_a_state_after_of_places_the_organization(facts, text, pair):
    assert tied(facts(text), *pair)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param(
            "Tom Blake, director of the Council of Europe, spoke on Monday.", "Council of Europe", id="region"
        ),
        pytest.param(
            "Kessler Steel bought a stake in Acme of Japan's Sony group.",
            "Acme",
            id="a-states-possessive-after-of",
        ),
    ],
)
def test_no_state_after_of_that_names_none(facts, text, org):
    assert not any(o == org for o, _s in part_of(facts(text)))
