"""Companies as one node each, tied to their state: acronyms, corporate suffixes, descriptors."""

from __future__ import annotations

import pytest

from newsgraph.extractors.companies import company_base, initials, same_company
from newsgraph.model import DocumentFacts, Relation


def orgs(f: DocumentFacts) -> dict[str, list[str]]:
    return {e.key: [m.text for m in e.mentions] for e in f.entities if e.kind.value == "organization"}


def rels(f: DocumentFacts, relation: Relation) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in f.relations if r.relation is relation}


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Reliance Group", "Reliance"),
        ("Siemens AG", "Siemens"),
        ("OAO Gazprom", "Gazprom"),
        ("Acme Holdings Ltd", "Acme"),
        ("Siemens", None),
        ("Bank of Scotland", None),
        ("Group", None),
    ],
)
def test_company_base(name, base):
    assert company_base(name) == base


def test_initials_leave_out_small_words():
    assert initials("Oil & Natural Gas Corp") == "ONGC"
    assert initials("National Bank of Commerce and Trade") == "NBCT"
    assert initials("the world bank") is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Siemens AG", "Siemens", True),
        ("Siemens AG", "Siemens Group", True),
        ("NBCT", "National Bank of Commerce and Trade", True),
        ("Royal Bank of Scotland", "Bank of Scotland", False),
        ("Reliance Energy", "Reliance Group", False),
        ("NBC", "National Bank of Commerce and Trade", False),
    ],
)
def test_same_company(a, b, same):
    assert same_company(a, b) is same


@pytest.mark.model
def test_bracketed_acronym_is_the_company(facts):
    f = facts(
        "The deal was signed by the National Mineral Development Corporation (NMDC). "
        "NMDC chairman John Smith said the mine would open next year."
    )
    key = "organization:national-mineral-development-corporation"
    assert orgs(f)[key].count("NMDC") == 2
    assert (("person:john-smith", key)) in rels(f, Relation.AFFILIATED_WITH)


@pytest.mark.model
def test_suffix_variants_are_one_company(facts):
    f = facts("Norvex Group said profits rose. Norvex shares fell on Monday, the group said.")
    assert "organization:norvex" not in orgs(f)
    assert "Norvex" in orgs(f)["organization:norvex-group"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "org", "state"),
    [
        ("German engineering giant Siemens said profits rose.", "organization:siemens", "state:DEU"),
        ("The French firm Alstom won the contract.", "organization:alstom", "state:FRA"),
        ("Russian oil giant Lukoil bought the refinery.", "organization:lukoil", "state:RUS"),
        (
            "Banks had lent money to Lukoil, the Russian oil company, last year.",
            "organization:lukoil",
            "state:RUS",
        ),
    ],
)
def test_descriptor_gives_the_company_state(facts, text, org, state):
    assert (org, state) in rels(facts(text), Relation.PART_OF)


@pytest.mark.model
def test_descriptor_after_preposition_is_no_owner(facts):
    f = facts("Russian officials met the giant Lukoil in Moscow.")
    assert ("organization:lukoil", "state:RUS") not in rels(f, Relation.PART_OF)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Walmart said its sales rose by 5%, according to a letter from company president Doug McMillon.",
        "Walmart said its sales rose. The company's chief executive Doug McMillon said shoppers were back.",
    ],
)
def test_company_office_goes_to_the_company_the_text_is_about(facts, text):
    f = facts(text)
    assert ("person:doug-mcmillon", "organization:walmart") in rels(f, Relation.AFFILIATED_WITH)
    assert all("company" not in (r.role or "") for r in f.relations)


@pytest.mark.model
def test_company_office_needs_a_company_subject(facts):
    f = facts("The Home Office said it would act. The department's spokesman John Smith said so.")
    assert ("person:john-smith", "organization:home-office") not in rels(f, Relation.AFFILIATED_WITH)
    f = facts("Rain fell in Leeds. Company president John Smith said so.")
    assert not rels(f, Relation.AFFILIATED_WITH)


def test_a_company_with_no_state_of_its_own_is_part_of_the_documents_home_state(facts):
    from newsgraph.model import Relation

    text = (
        "Two big US names have launched advertising campaigns. The world's biggest retailer Delmont Group "
        "took out adverts in national newspapers. The US economy grew, US officials said, and US shoppers "
        "spent more."
    )
    f = facts(text)
    assert ("organization:delmont-group", "state:USA") in {
        (r.source, r.target) for r in f.relations if r.relation is Relation.PART_OF
    }
    f = facts("The world's biggest retailer Delmont Group took out adverts in national newspapers.")
    assert not [r for r in f.relations if r.relation is Relation.PART_OF]
