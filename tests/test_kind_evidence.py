"""Entity kinds from the evidence of the document (real pipeline). Every sentence is written for
these tests. The rules under test:

* a name in a list takes the list's kind: "groups such as X, Y and Z", "labels including X",
  "three groups, X, Y and Z", "the brands include X", or two organizations beside it and no
  person, make each named member an organization, unless the document shows a person (a title,
  "he"/"she", "who", an age);
* a full name used only as a company's ("shares in X", "X's sales", "profits at X", "X shares",
  "X reported a loss") is an organization, unless the document shows a person;
* armed groups the model misses or types as people ("Boko Haram militants", "the ELN rebels",
  "Houthi fighters") are organizations, by the group tables, in one pass over the tokens;
* a first name introduced by a kin noun ("his son Nick") is the relative's kin, never a namesake
  the document names in full ("Nick Vaughan", quoted later); a spouse may keep a name of her own
  ("his wife Cherie ... Cherie Booth QC").
"""

from __future__ import annotations

import pytest

from newsgraph.model import DocumentFacts, Kind

pytestmark = pytest.mark.model


def labels(f: DocumentFacts, kind: Kind) -> set[str]:
    return {e.label for e in f.entities if e.kind is kind}


def mentions(f: DocumentFacts, label: str) -> list[str]:
    return [m.text for e in f.entities if e.label == label for m in e.mentions]


LISTED_ORGANIZATIONS = [
    pytest.param(
        "Militant groups such as Al Fatah, Hamas and Islamic Jihad rejected the ceasefire.",
        "Al Fatah",
        id="groups-such-as",
    ),
    pytest.param(
        "The ministry banned organisations including Hamas, Al Fatah and the Popular Front.",
        "Al Fatah",
        id="organisations-including",
    ),
    pytest.param(
        "The list named three groups, Hamas, Al Fatah and Islamic Jihad.", "Al Fatah", id="apposed-list"
    ),
    pytest.param(
        "Fashion labels such as Louis Vuitton, Gucci and Prada reported strong sales.",
        "Louis Vuitton",
        id="labels-such-as",
    ),
    pytest.param(
        "The company's best-selling brands include Moet & Chandon and Louis Vuitton.",
        "Louis Vuitton",
        id="brands-include",
    ),
    pytest.param(
        "Luxury retailers like Harvey Nichols and Selfridges cut their prices.",
        "Harvey Nichols",
        id="retailers-like",
    ),
]


@pytest.mark.parametrize(("text", "name"), LISTED_ORGANIZATIONS)
def test_a_name_listed_as_an_organization_is_none_of_the_people(facts, text, name):
    f = facts(text)
    assert not any(name in p for p in labels(f, Kind.PERSON)), labels(f, Kind.PERSON)


LISTED_PERSONS = [
    pytest.param(
        "Leaders such as Tony Blair, Jacques Chirac and Gerhard Schroeder attended the summit.",
        {"Tony Blair", "Jacques Chirac", "Gerhard Schroeder"},
        id="leaders-such-as",
    ),
    pytest.param(
        "Ministers including Jack Straw and Geoff Hoon backed the plan.",
        {"Jack Straw", "Geoff Hoon"},
        id="ministers-including",
    ),
    pytest.param(
        "The bank hired advisers such as Mary Wellbeck and Tom Dobson.",
        {"Mary Wellbeck", "Tom Dobson"},
        id="advisers-such-as",
    ),
    pytest.param(
        "Hamas, Islamic Jihad and Karim Haddad, who leads the council, agreed a truce.",
        {"Karim Haddad"},
        id="who-beside-groups",
    ),
    pytest.param(
        "Groups such as Oxfam praised Ann Clwyd and Mike Gapes for their work.",
        {"Ann Clwyd", "Mike Gapes"},
        id="people-after-a-group-list",
    ),
]


@pytest.mark.parametrize(("text", "names"), LISTED_PERSONS)
def test_people_listed_as_people_stay_people(facts, text, names):
    assert names <= labels(facts(text), Kind.PERSON)


COMPANY_NAMES = [
    pytest.param("Shares in Johnson Matthey rose by 3% on Monday.", "Johnson Matthey", id="shares-in"),
    pytest.param("Investors bought a stake in Harvey Nichols last year.", "Harvey Nichols", id="stake-in"),
    pytest.param("Profits at Harvey Nichols fell by a fifth in the year.", "Harvey Nichols", id="profits-at"),
    pytest.param("Louis Vuitton's sales jumped by 10% in Asia.", "Louis Vuitton", id="possessed-sales"),
    pytest.param(
        "Johnson Matthey's chief executive said the outlook was good.",
        "Johnson Matthey",
        id="possessed-chief",
    ),
    pytest.param("Johnson Matthey shares fell 2% in early trading.", "Johnson Matthey", id="name-shares"),
    pytest.param("Harvey Nichols reported a loss of £2m for the half year.", "Harvey Nichols", id="reported"),
]


@pytest.mark.parametrize(("text", "name"), COMPANY_NAMES)
def test_a_name_used_only_as_a_company_is_no_person(facts, text, name):
    f = facts(text)
    assert name not in labels(f, Kind.PERSON)


COMPANY_CONTROLS = [
    pytest.param(
        "Stuart Rose's shares in the company are worth £10m, and he said he would keep them.",
        "Stuart Rose",
        id="his-shares",
    ),
    pytest.param(
        "Rupert Hollins's profits fell last year. He blamed the weather.",
        "Rupert Hollins",
        id="he-next-sentence",
    ),
    pytest.param("Tom Farmer, who founded the chain, reported a loss.", "Tom Farmer", id="who-founded"),
    pytest.param(
        "Mr Vandermeer said Ellis Vandermeer's profits came from the sale of land.",
        "Ellis Vandermeer",
        id="titled-family-name",
    ),
    pytest.param(
        "Ellis Vandermeer, 61, owns the chain. Ellis Vandermeer's shares are worth £4m.",
        "Ellis Vandermeer",
        id="age",
    ),
]


@pytest.mark.parametrize(("text", "name"), COMPANY_CONTROLS)
def test_a_person_with_company_words_stays_a_person(facts, text, name):
    assert name in labels(facts(text), Kind.PERSON)


ARMED_GROUPS = [
    pytest.param("Boko Haram militants attacked a village in the north-east.", "Boko Haram", id="boko-haram"),
    pytest.param("The ELN rebels released two hostages on Friday.", "ELN", id="eln"),
    pytest.param("FARC guerrillas ambushed an army patrol near the border.", "FARC", id="farc"),
    pytest.param("Houthi rebels fired missiles at a tanker.", "Houthi", id="houthi"),
    pytest.param("Fighters from Hezbollah fired rockets across the border.", "Hezbollah", id="hezbollah"),
]


@pytest.mark.parametrize(("text", "name"), ARMED_GROUPS)
def test_an_armed_group_is_an_organization(facts, text, name):
    f = facts(text)
    assert name in labels(f, Kind.ORGANIZATION), (labels(f, Kind.ORGANIZATION), labels(f, Kind.PERSON))
    assert not any(name in p for p in labels(f, Kind.PERSON))


def test_a_listed_group_keeps_its_state(facts):
    f = facts("Boko Haram militants attacked a village in the north-east.")
    org = next(e for e in f.entities if e.label == "Boko Haram")
    assert any(r.source == org.key and r.target == "state:NGA" for r in f.relations)


GROUP_CONTROLS = [
    pytest.param("Amal Clooney said she would take the case.", "Amal Clooney", id="first-name"),
    pytest.param("Ira Glass said he would host the show.", "Ira Glass", id="ira-first-name"),
]


@pytest.mark.parametrize(("text", "name"), GROUP_CONTROLS)
def test_a_person_named_like_a_group_stays_a_person(facts, text, name):
    assert name in labels(facts(text), Kind.PERSON)


def test_a_lower_case_state_is_no_group(facts):
    f = facts("The preacher said an Islamic state would be declared within a year.")
    assert not any("Islamic" in o for o in labels(f, Kind.ORGANIZATION))


KIN_APART = [
    pytest.param(
        "Mr Howard's speech was introduced by his son Nick, a trainee vicar. "
        '"It was great," said student Nick Vaughan.',
        "Nick",
        "Nick Vaughan",
        id="his-son",
    ),
    pytest.param(
        "Alan Pardew spoke after his daughter Lucy, a nurse. Lucy Stanton, a councillor, disagreed.",
        "Lucy",
        "Lucy Stanton",
        id="his-daughter",
    ),
    pytest.param(
        "The minister arrived with her brother Paul. Later Paul Dacre, the editor, attacked the plan.",
        "Paul",
        "Paul Dacre",
        id="her-brother-no-relative",
    ),
]


@pytest.mark.parametrize(("text", "first", "namesake"), KIN_APART)
def test_a_kin_first_name_is_not_a_namesake(facts, text, first, namesake):
    f = facts(text)
    assert first not in mentions(f, namesake), mentions(f, namesake)
    assert namesake in labels(f, Kind.PERSON)


KIN_FOLLOWERS = [
    pytest.param(
        "Ian Corrie, the chairman of the port authority, said the strike was over. Docker Frank Pell "
        "said his son Ian had lost his job in the dispute. Ian, 24, has two children.",
        "Ian",
        "Ian Corrie",
        id="first-name-after-his-son",
    ),
]


@pytest.mark.parametrize(("text", "first", "namesake"), KIN_FOLLOWERS)
def test_a_first_name_after_a_kin_one_is_the_relative(facts, text, first, namesake):
    """ "his son Ian ... Ian, 24": the relative's name again, not the namesake named before."""
    f = facts(text)
    assert first not in mentions(f, namesake), mentions(f, namesake)
    assert namesake in labels(f, Kind.PERSON)


def test_a_full_name_between_takes_the_first_name_after_it(facts):
    """Control: a full name written after the kin phrase is the nearer one."""
    f = facts(
        "Docker Frank Pell said his son Ian had lost his job. Port chairman Ian Corrie said the "
        "strike was over. Ian added that talks would resume."
    )
    assert mentions(f, "Ian Corrie").count("Ian") == 1, mentions(f, "Ian Corrie")


def test_a_first_name_with_no_kin_before_it_is_the_namesake(facts):
    """Control: with no kin phrase before it, a first name alone is the full name of the document."""
    f = facts(
        "Ian Corrie, the chairman of the port authority, said the strike was over. Ian, 54, has run "
        "the port since 1999. Docker Frank Pell said his son Tom had lost his job."
    )
    assert "Ian" in mentions(f, "Ian Corrie"), mentions(f, "Ian Corrie")


def test_a_kin_first_name_takes_the_relative_family_name(facts):
    f = facts(
        "Mr Howard's speech was introduced by his son Nick, a trainee vicar. "
        '"It was great," said student Nick Vaughan.'
    )
    assert "Nick Howard" in labels(f, Kind.PERSON)


def test_the_relative_family_name_ties_a_kin_name(facts):
    f = facts("Tony Blair was joined by his son Euan. Euan Blair said he was proud.")
    assert sorted(mentions(f, "Euan Blair")) == ["Euan", "Euan Blair"]


def test_a_spouse_may_keep_her_own_name(facts):
    f = facts("Tony Blair arrived with his wife Cherie. Cherie Booth QC spoke later.")
    assert sorted(mentions(f, "Cherie Booth")) == ["Cherie", "Cherie Booth"]


def test_a_name_modifying_a_noun_is_no_kin_antecedent(facts):
    f = facts("While Sam Tarrant is seen as a loyal Blair ally, his sister Jo works for Gordon Brown.")
    people = labels(f, Kind.PERSON)
    assert "Jo Blair" not in people
    assert "Jo Tarrant" in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Analyst Jane Moss of Harcourt Lyell said the shares were cheap.",
            "Harcourt Lyell",
            id="analyst-of",
        ),
        pytest.param(
            "Others charged include Peter Marlow of Basil Fenwick and two traders.",
            "Basil Fenwick",
            id="charged-of",
        ),
    ],
)
def test_a_name_after_a_person_and_of_is_the_employer(facts, text, name):
    f = facts(text)
    assert name not in labels(f, Kind.PERSON)


def test_a_person_after_of_and_a_common_noun_stays_a_person(facts):
    f = facts("The speech of Harcourt Lyell was praised, and he thanked the staff.")
    assert "Harcourt Lyell" in labels(f, Kind.PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Films such as Billy Elliot and Brassed Off made money.", "Billy Elliot", id="films"),
        pytest.param(
            "He wrote novels including Martin Chuzzlewit and Little Dorrit.", "Martin Chuzzlewit", id="novels"
        ),
    ],
)
def test_a_name_listed_as_a_thing_is_no_one(facts, text, name):
    assert name not in labels(facts(text), Kind.PERSON)


def test_people_listed_after_a_noun_of_people_stay(facts):
    f = facts("Stars such as Brad Pitt and Tom Cruise attended the premiere.")
    assert {"Brad Pitt", "Tom Cruise"} <= labels(f, Kind.PERSON)


ROYALS = [
    pytest.param(
        "Prince Edmund and his bride are to marry in April. Edmund said he was delighted. "
        "Opposition leader Edmund Barlow sent his congratulations.",
        "Prince Edmund",
        ["Edmund", "Edmund"],
        id="style-then-bare-then-namesake",
    ),
    pytest.param(
        "Queen Rania opened the hospital on Monday. Rania said the staff were heroes.",
        "Queen Rania",
        ["Rania", "Rania"],
        id="queen",
    ),
    pytest.param("King Abdullah met the envoy in Amman.", "King Abdullah", ["Abdullah"], id="king"),
]


@pytest.mark.parametrize(("text", "label", "texts"), ROYALS)
def test_a_royal_is_named_by_style_and_name(facts, text, label, texts):
    f = facts(text)
    assert sorted(mentions(f, label)) == texts, [(e.label, [m.text for m in e.mentions]) for e in f.entities]


def test_princes_joined_by_and_are_each_a_prince(facts):
    f = facts("Princes Andrew and Edward said they were very happy for the couple.")
    assert {"Prince Andrew", "Prince Edward"} <= labels(f, Kind.PERSON)


def test_a_full_name_after_a_royal_is_its_own_person(facts):
    f = facts("Prince Edmund spoke first. Then Edmund Barlow, the Tory leader, said he agreed.")
    assert "Edmund Barlow" in labels(f, Kind.PERSON)
    assert mentions(f, "Edmund Barlow") == ["Edmund Barlow"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"It is early," said Hannah Voss, telecoms analyst at Harcourt Lyell.', id="analyst-at"),
        pytest.param(
            "Prices will rise, said Tom Quill, an economist at Harcourt Lyell in London.", id="economist-at"
        ),
        pytest.param("Ann Lowe, a partner at Harcourt Lyell, advised the board.", id="partner-at"),
    ],
)
def test_where_an_analyst_works_is_no_person(facts, text):
    assert "Harcourt Lyell" not in labels(facts(text), Kind.PERSON)


def test_an_analyst_named_after_at_stays_a_person(facts):
    f = facts("The view of the analyst at the bank, Hannah Voss, was that prices would rise.")
    assert "Hannah Voss" in labels(f, Kind.PERSON)
