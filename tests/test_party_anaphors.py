"""An office whose title points back at "the party" ("the party's chairman X", "Party chief
executive X", "X, a party spokesman,", "its president X" after a party subject) is held in the
party the text is speaking of, and through it in the party's state (real pipeline).

Every sentence here is written for these tests. The party is the one named in the title's
sentence or the two before, else the one of them that was a clause's lone subject; never when two
parties are named and neither is, nor for a company's "its president", nor for a former office,
nor for "a third party candidate".

Also: a person who speaks for a party ("X, for the Liberal Democrats, said", "X, speaking for
the Tories,", "For the Conservatives, X said") is tied to it; a seat title after the name keeps
the apposed title before it ("The Tory finance spokesman, X MSP,"); and a person the knowledge
base knows, named with no office, is of the state a party of that state the document names is
part of, as when the document names the state.
"""

from __future__ import annotations

import pytest
from test_org_descriptions import offices, tied

from newsgraph.knowledge import KnowledgeGraph
from newsgraph.model import Article

pytestmark = pytest.mark.model

TIED = [
    pytest.param(
        "The Lib Dems have hired a new press chief. Party chief executive Lord Rennard said the move "
        "was welcome.",
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


SPEAKS_FOR = [
    pytest.param(
        "Mark Oaten, for the Liberal Democrats, said the vote showed the government had lost confidence.",
        ("Mark Oaten", "Liberal Democrats", "United Kingdom"),
        id="apposed-for-the-party",
    ),
    pytest.param(
        "For the Conservatives, Oliver Letwin said the plan was flawed.",
        ("Oliver Letwin", "Conservative Party", "United Kingdom"),
        id="fronted-for-the-party",
    ),
    pytest.param(
        "Alan Beith, speaking for the Lib Dems, said the bill was doomed.",
        ("Alan Beith", "Liberal Democrats", "United Kingdom"),
        id="speaking-for",
    ),
    pytest.param(
        "Ann Cole, speaking for the SNP, said Scotland had lost out.",
        ("Ann Cole", "Scottish National Party", "United Kingdom"),
        id="speaking-for-an-acronym",
    ),
    pytest.param(
        "Responding for Labour, Hilary Benn said aid would rise.",
        ("Hilary Benn", "Labour Party", "United Kingdom"),
        id="fronted-responding-for",
    ),
    pytest.param(
        "Council tax will rise. The Tory finance spokesman, Brian Monteith MSP, said it was a disguise.",
        ("Brian Monteith", "Conservative Party", "United Kingdom"),
        id="title-before-a-name-with-a-seat-title",
    ),
    pytest.param(
        "The Labour health spokesman, Jane Hill MP, said waiting lists fell.",
        ("Jane Hill", "Labour Party", "United Kingdom"),
        id="title-before-a-name-with-mp",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKS_FOR)
def test_speaking_for_a_party_ties_to_it(facts, text, expected):
    person, party, state = expected
    f = facts(text)
    assert any(p == person and org == party for p, org, _r in offices(f)), offices(f)
    assert tied(f, person, state)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "Jane Roe, for the prosecution, said the case was strong.", "Jane Roe", id="not-a-party"
        ),
        pytest.param(
            "Jane Roe, who voted for the Tories, said the case was strong.", "Jane Roe", id="a-voter"
        ),
        pytest.param(
            "For the Tories, tax was the issue, Jane Roe said.", "Jane Roe", id="fronted-topic-not-speaker"
        ),
        pytest.param("Ann Cole, for the Tories' opponents, said so.", "Ann Cole", id="the-partys-opponents"),
    ],
)
def test_no_party_for_other_for_phrases(facts, text, person):
    f = facts(text)
    assert not any(p == person for p, _org, _r in offices(f)), offices(f)


KNOWN = "Charles Clarke said the bill would pass."


def test_a_known_minister_is_of_the_state_of_a_party_the_document_names(facts):
    f = facts(KNOWN + " Labour's majority was cut to 14 as 62 Labour MPs rebelled.")
    assert tied(f, "Charles Clarke", "United Kingdom")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(KNOWN, id="nothing-named"),
        pytest.param(KNOWN + " Germany's SPD backed a similar law.", id="a-foreign-party"),
    ],
)
def test_a_known_minister_stays_unplaced_without_his_states_party(facts, text):
    f = facts(text)
    assert not tied(f, "Charles Clarke", "United Kingdom")
    assert not tied(f, "Charles Clarke", "Germany")


def test_the_store_places_a_known_minister_by_a_party_too():
    with KnowledgeGraph.open(":memory:") as kg:
        kg.ingest(
            [Article(id="a", text=KNOWN + " Labour's majority was cut to 14 as 62 Labour MPs rebelled.")]
        )
        kg.ingest([Article(id="b", text="Charles Clarke spoke again on Monday. The Bundestag met.")])
        states = {r.other for r in kg.relations("Charles Clarke") if r.relation == "affiliated_with"}
        assert states == {"state:GBR"}


APPOINTED = [
    pytest.param(
        "The Lib Dems have appointed Sandy Walkington as the party's new communications chief.",
        ("Sandy Walkington", "Liberal Democrats", "communications chief"),
        id="party-appoints-as-the-partys",
    ),
    pytest.param(
        "The Tories named Ann Cole as the party's new treasurer.",
        ("Ann Cole", "Conservative Party", "treasurer"),
        id="party-names",
    ),
    pytest.param(
        "Labour has chosen Ann Cole to be the party's general secretary.",
        ("Ann Cole", "Labour Party", "general secretary"),
        id="chosen-to-be",
    ),
    pytest.param(
        "Acme Holdings has hired Tom Lee as its new finance director.",
        ("Tom Lee", "Acme Holdings", "finance director"),
        id="company-hires-as-its",
    ),
    pytest.param(
        "Reuters has hired Tom Lee as chief executive.",
        ("Tom Lee", "Reuters", "chief executive"),
        id="company-hires-bare-title",
    ),
    pytest.param(
        "Unison elected Dave Prentis as general secretary.",
        ("Dave Prentis", "Unison", "general secretary"),
        id="union-elects",
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOINTED)
def test_an_organization_appointing_a_person_gives_its_office(facts, text, expected):
    assert expected in offices(facts(text)), offices(facts(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "Tony Blair appointed Ann Cole as the party's treasurer.", "Ann Cole", id="a-person-appoints"
        ),
        pytest.param("Acme Holdings did not appoint Tom Lee as chief executive.", "Tom Lee", id="negated"),
        pytest.param("Acme Holdings may hire Tom Lee as chief executive.", "Tom Lee", id="hedged"),
        pytest.param("Acme Holdings named Tom Lee as his deputy.", "Tom Lee", id="a-persons-deputy"),
        pytest.param(
            "The Tories and Labour named Ann Cole as chair of the inquiry.", "Ann Cole", id="two-appointers"
        ),
    ],
)
def test_no_appointment_office(facts, text, person):
    f = facts(text)
    assert not any(p == person for p, _org, _r in offices(f)), offices(f)


def test_another_owners_office_is_that_owners(facts):
    """ "as Bolt Group's chief executive": the office the "as" phrase names with its owner
    (session 18), never the appointing company's."""
    found = offices(facts("Acme Holdings appointed Tom Lee as Bolt Group's chief executive."))
    assert not any(org.startswith("Acme") for p, org, _r in found if p == "Tom Lee"), found
