"""An office whose title points back at "the party" ("the party's chairman X", "Party chief
executive X", "X, a party spokesman,", "its president X" after a party subject) is held in the
party the text is speaking of, and through it in the party's state (real pipeline).

Every sentence here is written for these tests. The party is the one named in the title's
sentence or the two before, else the one of them that was a clause's lone subject; never when two
parties are named and neither is, nor for a company's "its president", nor for a former office,
nor for "a third party candidate".
"""

from __future__ import annotations

import pytest
from test_org_descriptions import offices, tied

pytestmark = pytest.mark.model

TIED = [
    pytest.param(
        "The Lib Dems have hired a new press chief. Party chief executive Lord Rennard said the move was welcome.",
        ("Lord Rennard", "Liberal Democrats", "United Kingdom"),
        id="capitalised-party-premodifier",
    ),
    pytest.param(
        "The Conservatives met in Brighton. The party's chairman, Liam Fox, opened the forum.",
        ("Liam Fox", "Conservative Party", "United Kingdom"),
        id="possessive-title-before-a-comma",
    ),
    pytest.param(
        "Labour gathered in Gateshead on Sunday. Sarah Gold, the party's general secretary, said turnout "
        "would rise.",
        ("Sarah Gold", "Labour Party", "United Kingdom"),
        id="possessive-title-apposed-after",
    ),
    pytest.param(
        "The Tories launched their manifesto. Ian Bell, a party spokesman, said it was costed.",
        ("Ian Bell", "Conservative Party", "United Kingdom"),
        id="indefinite-party-spokesman-after",
    ),
    pytest.param(
        "The SNP held its conference. Tom Reid, party treasurer, said funds were low.",
        ("Tom Reid", "Scottish National Party", "United Kingdom"),
        id="bare-party-title-after",
    ),
    pytest.param(
        "Plaid Cymru elected a new leader. Its president, Dafydd Iwan, welcomed the result.",
        ("Dafydd Iwan", "Plaid Cymru", "United Kingdom"),
        id="its-after-a-party-subject",
    ),
    pytest.param(
        "The SNP said it would fight every seat. Party leader Alex Salmond said so.",
        ("Alex Salmond", "Scottish National Party", "United Kingdom"),
        id="party-leader-next-sentence",
    ),
    pytest.param(
        "Germany's SPD met in Berlin. Party chairman Franz Muntefering said reform would go on.",
        ("Franz Muntefering", "Social Democratic Party of Germany", "Germany"),
        id="foreign-party",
    ),
    pytest.param(
        "The Republicans held their convention in New York. The party's chairman Ed Gillespie spoke first.",
        ("Ed Gillespie", "Republican Party", "United States"),
        id="possessive-title-no-comma",
    ),
    pytest.param(
        "Labour attacked the Tories. The party's treasurer, Jim Bolt, defended the plan.",
        ("Jim Bolt", "Labour Party", "United Kingdom"),
        id="two-parties-the-subject-wins",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIED)
def test_a_party_anaphor_ties_the_holder_to_the_party(facts, text, expected):
    person, party, state = expected
    f = facts(text)
    assert any(p == person and org == party for p, org, _r in offices(f)), offices(f)
    assert tied(f, person, state)


NOT_TIED = [
    pytest.param(
        "The Tories and Labour clashed over tax. The party's treasurer, Jim Bolt, defended the plan.",
        "Jim Bolt",
        id="two-coordinated-parties",
    ),
    pytest.param(
        "Plaid Cymru and Labour traded blows. The party's leader Ieuan Jones said so.",
        "Ieuan Jones",
        id="two-coordinated-parties-no-comma",
    ),
    pytest.param(
        "Labour won the seat. A third party candidate, Jane Roe, came second.",
        "Jane Roe",
        id="third-party-candidate",
    ),
    pytest.param(
        "The Tories said the bill was flawed. Jo Bird, a former party chairman, said so.",
        "Jo Bird",
        id="former-party-office",
    ),
]


@pytest.mark.parametrize(("text", "person"), NOT_TIED)
def test_no_party_anaphor(facts, text, person):
    f = facts(text)
    assert not any(p == person for p, _org, _r in offices(f)), offices(f)


def test_its_president_after_a_company_subject_is_the_company(facts):
    f = facts("Acme Holdings said sales rose. Its president, Dan Cole, was pleased.")
    assert ("Dan Cole", "Acme Holdings", "president") in offices(f)


def test_party_named_after_the_title_gives_no_state(facts):
    # no party before the title: the rule names none, and no national title sends it to a state
    f = facts("The Lib Dems met. Plaid Cymru met too. The party's president, Dafydd Iwan, spoke.")
    assert not any(p == "Dafydd Iwan" and org == "United Kingdom" for p, org, _r in offices(f)), offices(f)
