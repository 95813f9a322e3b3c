"""Person kinds from the text around a name (real pipeline). Every sentence is written for
these tests. The rules under test:

* a name written right after a plural noun of a firm's trade ("auditors Arthur Vole",
  "stockbrokers Charles Wren") and listed with no other name is a firm, and its last word
  alone later in the document is that firm; people listed after a plural noun ("Labour MPs
  X and Y", "Senators X and Y") stay people;
* a possessive written with the apostrophe one letter early ("Mr Simmon's lawyers" beside
  Gerald Simmons) is the family name ending in "s";
* a woman the document names with an office's title ("President Vole") and a woman's title
  ("Mrs Vole"), never a man's, is one person known by her family name; "Mrs Vole" beside
  "Lady Vole" is the peer; a wife beside her husband stays a name of her own.
"""

from __future__ import annotations

import pytest

from newsgraph.model import DocumentFacts, Kind

pytestmark = pytest.mark.model


def labels(f: DocumentFacts, kind: Kind) -> set[str]:
    return {e.label for e in f.entities if e.kind is kind}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Shareholders were angry after auditors Arthur Vole refused to sign off the results.",
            "Arthur Vole",
        ),
        ("Stockbrokers Charles Wren said trading volumes had fallen sharply.", "Charles Wren"),
        ("The bank hired accountants Peter Marwick to review the books.", "Peter Marwick"),
        ("The group has appointed brokers James Capel to handle the share sale.", "James Capel"),
        ("The firm said insurers Henry Tolland would pay the claims.", "Henry Tolland"),
        ("The chain was bought by builders George Wimbourne last year.", "George Wimbourne"),
    ],
)
def test_a_name_after_a_plural_trade_noun_is_a_firm(facts, text, firm):
    f = facts(text)
    assert firm in labels(f, Kind.ORGANIZATION)
    assert firm not in labels(f, Kind.PERSON)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Labour MPs Diane Abbott and Clare Short voted against the bill.", {"Diane Abbott", "Clare Short"}),
        (
            "Senators John McCain and Joe Lieberman visited Baghdad on Friday.",
            {"John McCain", "Joe Lieberman"},
        ),
        (
            "Consultants Mary Hale and Peter Doyle wrote the report for the board.",
            {"Mary Hale", "Peter Doyle"},
        ),
        ("The accountant Peter Marwick said the books were in order.", {"Peter Marwick"}),
        ("Auditor general John Bourn said the project was late.", {"John Bourn"}),
    ],
)
def test_people_after_a_plural_noun_or_a_singular_trade_stay_people(facts, text, people):
    assert people <= labels(facts(text), Kind.PERSON)


@pytest.mark.parametrize(
    ("text", "firm", "word"),
    [
        (
            "Ms Cooper said auditors Arthur Vole had approved the accounts. "
            "She said Vole had given a green light.",
            "Arthur Vole",
            "Vole",
        ),
        (
            "Stockbrokers Charles Wren said volumes fell. Wren said it would cut 40 jobs.",
            "Charles Wren",
            "Wren",
        ),
    ],
)
def test_the_last_word_of_a_firm_named_like_a_person_is_the_firm(facts, text, firm, word):
    f = facts(text)
    assert word not in labels(f, Kind.PERSON)
    (entity,) = [e for e in f.entities if e.label == firm]
    assert entity.kind is Kind.ORGANIZATION
    assert word in {m.text for m in entity.mentions}


def test_a_person_named_like_a_firm_is_still_the_person(facts):
    f = facts(
        "Retailer John Lewis reported higher sales. Lewis Hamilton won the race. "
        "Hamilton said he was thrilled."
    )
    assert "Lewis Hamilton" in labels(f, Kind.PERSON)
    assert "Hamilton" not in labels(f, Kind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "person", "written"),
    [
        (
            "Former Apex chairman Gerald Simmons denied fraud. Mr Simmon's lawyers said he relied on advice.",
            "Gerald Simmons",
            "Simmon",
        ),
        (
            "Lawyers for Karen Phillips said Ms Phillip's appeal would be heard in March.",
            "Karen Phillips",
            "Phillip",
        ),
        (
            "Former chief executive Bernie Ebbers denies the charges. "
            "Mr Ebber's lawyers say he was unaware of the fraud.",
            "Bernie Ebbers",
            "Ebber",
        ),
    ],
)
def test_a_possessive_with_the_apostrophe_one_letter_early_is_the_family_name(facts, text, person, written):
    f = facts(text)
    people = labels(f, Kind.PERSON)
    assert person in people
    assert not {p for p in people if p.split()[-1] == written}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # two people whose family names differ by a final "s", both named in full
        (
            "Minister Peter Andrews backed the plan. "
            "Opposition spokesman Tom Andrew said Mr Andrew's party would scrap it.",
            {"Peter Andrews", "Tom Andrew"},
        ),
        # a possessive written right: "Andrews's"
        ("Minister Peter Andrews backed the plan. Mr Andrews's critics disagreed.", {"Peter Andrews"}),
    ],
)
def test_possessive_controls(facts, text, people):
    assert labels(facts(text), Kind.PERSON) == people


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("President Vole said peace was important. Mrs Vole attended a ceremony in the south.", "Vole"),
        ("Mrs Vole called for unity. President Vole said the tsunami had hit the economy.", "Vole"),
        ("Chancellor Merkel arrived in Paris. Mrs Merkel said Germany would help.", "Merkel"),
        ("Prime Minister Vole flew to Delhi. Mrs Vole said the talks had gone well.", "Vole"),
        (
            "It is 20 years since Mrs Thatcher's government sold the phone company. "
            "Lady Thatcher said the sale had been one of her proudest moments.",
            "Lady Thatcher",
        ),
    ],
)
def test_a_woman_in_office_named_by_titles_is_one_person(facts, text, label):
    people = labels(facts(text), Kind.PERSON)
    assert people == {label}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a wife beside her husband, named by office too
        ("Mr Blair met the Queen. Mrs Blair stayed at home. Prime Minister Blair said he was pleased.", 2),
        ("Tory leader Michael Howard toured Kent. Mrs Howard told supporters he would cut taxes.", 2),
        # a woman's title alone: her own name, as before
        ("Mrs Vole told the inquiry she had warned the council.", 1),
    ],
)
def test_wives_stay_apart(facts, text, people):
    found = labels(facts(text), Kind.PERSON)
    assert len(found) == people
    assert any(p.startswith("Mrs ") for p in found)


@pytest.mark.parametrize(
    ("text", "person", "given"),
    [
        (
            "The fund set up after the death of Diana, Princess of Wales, is to close. "
            "Diana died in a car crash in Paris in 1997.",
            "Diana, Princess of Wales",
            "Diana",
        ),
        (
            "Sarah, Duchess of York, has become patron of a hospice. Sarah said the staff had moved her.",
            "Sarah, Duchess of York",
            "Sarah",
        ),
        (
            "Edward, Earl of Wessex, opened the school. Edward told pupils he was delighted.",
            "Edward, Earl of Wessex",
            "Edward",
        ),
    ],
)
def test_the_given_name_of_a_styled_person_is_that_person(facts, text, person, given):
    f = facts(text)
    assert labels(f, Kind.PERSON) == {person}
    (entity,) = [e for e in f.entities if e.label == person]
    assert given in {m.text for m in entity.mentions}


def test_a_styled_persons_given_name_does_not_take_another_full_name(facts):
    f = facts("Diana, Princess of Wales, visited Angola in 1997. Mrs Diana Vole, a local teacher, met her.")
    assert labels(f, Kind.PERSON) == {"Diana, Princess of Wales", "Diana Vole"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Screenwriter and producer Debra Vole, best known for her work on the horror classic, "
            "has died aged 54.",
            "Debra Vole",
        ),
        ("Record producer Terry Vole, who was behind hits by the Byrds, has died aged 62.", "Terry Vole"),
        ("Fashion designer John Vole said he would show his collection in Paris.", "John Vole"),
    ],
)
def test_a_person_plying_a_trade_a_firm_plies_too_is_a_person(facts, text, person):
    f = facts(text)
    assert person in labels(f, Kind.PERSON)
    assert person not in labels(f, Kind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Oil producer Yukos said its output rose.", "Yukos"),
        ("Record producer Harvey Vole said its sales had fallen.", "Harvey Vole"),
        (
            "Department store chain John Vole said its sales rose. Vole said it would open two shops.",
            "John Vole",
        ),
    ],
)
def test_a_firm_after_a_trade_noun_stays_a_firm(facts, text, firm):
    f = facts(text)
    assert firm in labels(f, Kind.ORGANIZATION)
    assert not labels(f, Kind.PERSON)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "How Diana had been treated still angers people, said the author of a biography of "
            "Diana, princess of Wales.",
            "Diana, princess of Wales",
        ),
        (
            "Mary, queen of Scots, was executed in 1587. Mary had been held for 19 years.",
            "Mary, queen of Scots",
        ),
    ],
)
def test_a_style_written_in_lower_case_names_the_person_too(facts, text, person):
    f = facts(text)
    assert person in labels(f, Kind.PERSON)
    assert not {p for p in labels(f, Kind.PERSON) if " " not in p}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Parul Vole, deputy chief economist at Nomura Securities, said spending would rise.",
            "Parul Vole",
        ),
        ("Oriel Zanetto, who founded the charity in 1990, said funding had dried up.", "Oriel Zanetto"),
    ],
)
def test_an_untagged_name_with_an_unknown_first_name_treated_as_a_person(facts, text, person):
    assert person in labels(facts(text), Kind.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Nomura Securities, the Japanese broker, said profits rose.",
        "Acme Holdings, which owns 40 shops, said sales fell.",
        "Kensington Palace, the home of the prince, was closed.",
        "The show featured the Beastie Boys, who entered the stage on bicycles.",
        "Fans cheered Beastie Boys, who entered the stage on bicycles.",
    ],
)
def test_two_capitalised_words_without_a_persons_sign_are_no_person(facts, text):
    assert not labels(facts(text), Kind.PERSON)
