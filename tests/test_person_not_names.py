"""Names the model tags as a person that their own words or neighbours show are none (real
pipeline). Every sentence is written for these tests: terms of office ("the Bush Presidency"),
bodies named by a last word ("Administration", "Magazine", "Show"), a product's number ("Metal
Slug 3 is"), a company noun the name modifies ("Sal Oppenheim investment bank"), a state's name
opening a name with no first name ("Lesotho Hats"); controls keep real people: ages after a
comma, a possessive before "government", first names that are also states' names ("Jordan"),
a name before a noun of no company ("trial", "case").
"""

from __future__ import annotations

import pytest

from newsgraph.model import Kind

pytestmark = pytest.mark.model


def persons(f):
    return {e.label for e in f.entities if e.kind is Kind.PERSON}


def organizations(f):
    return {e.label for e in f.entities if e.kind is Kind.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Cheney admitted that the budget was the toughest of the Bush Presidency.", "Bush Presidency"),
        ("Under the Clinton Presidency, the deficit turned into a surplus.", "Clinton Presidency"),
        ("Critics said the Thatcher Era had left deep scars in the north.", "Thatcher Era"),
        ("Critics said the Major Years were remembered for the ERM crisis.", "Major Years"),
    ],
)
def test_a_term_of_office_is_no_person(facts, text, name):
    assert name not in persons(facts(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He is quoted as saying by Germany's Manger Magazin.", "Manger Magazin"),
        ("Others use in-show promotions, like The Dawn and Drew Show.", "Drew Show"),
        (
            "This is costly, Birgit Kuhlhoff, from Sal Oppenheim investment bank, told Reuters.",
            "Sal Oppenheim",
        ),
        ("Shares were downgraded by analysts at the Carlo Benedetti brokerage on Monday.", "Carlo Benedetti"),
        ("The factories were Leisure Garments, Lesotho Hats and Vogue Landmark.", "Lesotho Hats"),
        (
            "Paws Incorporated - the owner of the rights to the cartoon - won a court battle.",
            "Paws Incorporated",
        ),
    ],
)
def test_a_body_named_like_a_person_is_an_organization(facts, text, name):
    f = facts(text)
    assert name not in persons(f)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Like a drill sergeant from the past, Metal Slug 3 is a wake-up call to gamers.", "Metal Slug"),
        ("At only 20 pounds, Gran Turismo 4 was the best seller of the month.", "Gran Turismo"),
    ],
)
def test_a_name_with_a_products_number_is_no_person(facts, text, name):
    assert name not in persons(facts(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Peter Smith, 45, said he would appeal against the ruling.", "Peter Smith"),
        ("Tony Blair's government said it would act on pensions.", "Tony Blair"),
        ("Jordan Henderson said the team would win the cup.", "Jordan Henderson"),
        ("Chad Hurley said the site would stay free.", "Chad Hurley"),
        ("The Michael Jackson trial began in California on Monday.", "Michael Jackson"),
        ("John Smith scored 3 goals as the hosts won easily.", "John Smith"),
        ("Analysts said the Kenneth Lay case would take years to finish.", "Kenneth Lay"),
        ("Sir Richard Branson's airline Virgin Atlantic reported record profits.", "Richard Branson"),
        # a family name that is a body's word, with a person's noun in apposition
        (
            "Rakesh Magazine, managing director, of Kestrel Realty said land prices would rise.",
            "Rakesh Magazine",
        ),
        ("Prices will fall, said Vikram Show, an analyst at Dalal Securities.", "Vikram Show"),
    ],
)
def test_people_beside_those_words_stay_people(facts, text, name):
    assert name in persons(facts(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prices rose in the big cities of Brazil (Sao Paolo, Rio de Janeiro, Belo Horizonte, Recife, "
            "Salvador and Porto Alegre) last month.",
            "Belo Horizonte",
        ),
        (
            "Protests spread to the main cities of Portugal (Lisbon, Porto, Braga, Coimbra and Vila Nova de "
            "Gaia) on Friday.",
            "Vila Nova de Gaia",
        ),
        (
            "Rents are highest in the cities of Mexico (Guadalajara, Monterrey, Ciudad Juarez, Puebla and "
            "Tijuana).",
            "Ciudad Juarez",
        ),
    ],
)
def test_a_name_listed_among_places_is_a_place(facts, text, name):
    assert name not in persons(facts(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tourists from London, Paris and Berlin met Jean Dupont and Hans Weber.", "Jean Dupont"),
        ("Officials from Kenya, Uganda and Tanzania met Peter Okello in Nairobi.", "Peter Okello"),
    ],
)
def test_a_person_beside_a_list_of_places_stays_a_person(facts, text, name):
    assert name in persons(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Britain, France, Gavi and the Gates Foundation have drawn up proposals on immunisation.",
        "Germany, Japan, Kestrel and the World Bank pledged money for the clinics.",
    ],
)
def test_a_name_listed_among_states_is_no_place(facts, text):
    f = facts(text)
    assert not any(e.kind is Kind.LOCATION and e.label in ("Gavi", "Kestrel") for e in f.entities)
