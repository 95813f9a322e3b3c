"""Ties through bodies a held-out BBC set missed (session 10, helper ac; real pipeline). Every
sentence here is written for these tests; each kind has paraphrases and negative controls.

* a state's delegation: "X will join the UK delegation", "X led Japan's delegation", "the French
  delegation, headed by X" put X in that state's delegation; a delegation with no state or a
  company's does not, nor meeting one;
* a one-word body the model tagged before a spokesperson is the body whose spokesperson it is
  ("Riggs spokesman X"), and a bank's short name is the bank ("Riggs" for "Riggs Bank"); a
  state office after a place ("Wales Secretary X") stays a government's;
* the lead's subject "A US bank has said ..." introduces the company the story then names: it is
  part of that state; not when the company is named in the lead's own clause, nor a description
  after the lead;
* a state body's own office ("the Pentagon's Project and Contract Office") is that state's; a
  company's office is not;
* an accountant holds an office: "X, the SEC's chief accountant".
"""

from __future__ import annotations

import pytest
from test_org_descriptions import graph_of, offices, part_of, tied

pytestmark = pytest.mark.model


def holders(f, person: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {holder for p, holder, _role in offices(f) if p == person}


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "Prince Andrew will also join the UK delegation in Warsaw.",
            "Prince Andrew",
            "United Kingdom",
            id="join",
        ),
        pytest.param(
            "Tom Hale led the British delegation to the talks in Geneva.",
            "Tom Hale",
            "United Kingdom",
            id="led",
        ),
        pytest.param(
            "Ken Mori headed Japan's delegation at the summit in Bali.",
            "Ken Mori",
            "Japan",
            id="headed-possessive",
        ),
        pytest.param(
            "The French delegation, led by Paul Roux, walked out of the meeting.",
            "Paul Roux",
            "France",
            id="passive-led-by",
        ),
        pytest.param(
            "Paul Roux, who headed the French delegation, said the talks had failed.",
            "Paul Roux",
            "France",
            id="relative-clause",
        ),
    ],
)
def test_state_delegation(facts, text: str, person: str, state: str) -> None:
    assert tied(facts(text), person, state)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param("Tom Hale met the UK delegation in Warsaw.", "Tom Hale", "United Kingdom", id="met"),
        pytest.param(
            "Tom Hale joined a trade delegation to China.", "Tom Hale", "China", id="no-state-of-its-own"
        ),
        pytest.param(
            "Tom Hale criticised the Chinese delegation in Geneva.", "Tom Hale", "China", id="criticised"
        ),
    ],
)
def test_no_state_delegation(facts, text: str, person: str, state: str) -> None:
    assert not tied(facts(text), person, state)


def test_company_delegation_is_no_states(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("The Tesco delegation was led by Tom Hale.")
    assert "United Kingdom" not in holders(f, "Tom Hale")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        pytest.param(
            "Riggs Bank will pay a fine. Riggs spokesman Mark Hale said the deal was fair.",
            "Mark Hale",
            "Riggs Bank",
            id="bank-short-name-spokesman",
        ),
        pytest.param(
            "Halford Bank cut its rates. Halford spokeswoman Jane Rigby said savers would gain.",
            "Jane Rigby",
            "Halford Bank",
            id="spokeswoman",
        ),
        pytest.param(
            "Ofsted has criticised the school, and Ofsted spokesperson Jane Rigby said it must improve.",
            "Jane Rigby",
            "Ofsted",
            id="body-spokesperson",
        ),
    ],
)
def test_spokesperson_of_a_one_word_body(facts, text: str, person: str, body: str) -> None:
    assert body in holders(facts(text), person)


def test_bank_short_name_is_one_node(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Riggs Bank will pay a fine. Riggs chairman Mark Hale said the deal was fair.")
    assert holders(f, "Mark Hale") == {"Riggs Bank"}


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "Wales Secretary Peter Hain said the plan was sound.", "Peter Hain", "Wales", id="wales-secretary"
        ),
        pytest.param(
            "Europe Minister Denis Hale said the plan was sound.",
            "Denis Hale",
            "Europe",
            id="europe-minister",
        ),
    ],
)
def test_state_office_after_a_place_is_no_body(facts, text: str, person: str, state: str) -> None:
    assert state not in holders(facts(text), person)


LEADS = [
    pytest.param(
        "Bank pays victims\n\nA US bank has said it will pay $8m to victims. Riggs Bank will put the money "
        "in a fund. Riggs Bank said the deal was fair.",
        ("Riggs Bank", "United States"),
        id="bank",
    ),
    pytest.param(
        "Firm quits contract\n\nA US company has pulled out of a contract in Iraq. Acme said the work could "
        "not be done. Acme chairman Tom Hale said so.",
        ("Acme", "United States"),
        id="company",
    ),
    pytest.param(
        "Airline cuts jobs\n\nA Japanese airline is to cut 2,000 jobs. Zenku Airlines said fuel costs had "
        "risen. Zenku Airlines will also sell planes.",
        ("Zenku Airlines", "Japan"),
        id="airline-demonym",
    ),
    pytest.param(
        "Job cuts\n\nAn Indian carmaker has been fined for polluting a river. Madra Motors said it would "
        "appeal, and Madra Motors shares fell.",
        ("Madra Motors", "India"),
        id="passive-an",
    ),
]


@pytest.mark.parametrize(("text", "pair"), LEADS)
def test_lead_introduces_the_storys_company(facts, text: str, pair: tuple[str, str]) -> None:
    assert pair in part_of(facts(text))


@pytest.mark.parametrize(
    ("text", "company", "state"),
    [
        pytest.param(
            "Stake bought\n\nA US bank has bought a stake in Acme Chemicals. Acme Chemicals said the deal "
            "was fair. Acme Chemicals will pay a dividend.",
            "Acme Chemicals",
            "United States",
            id="named-in-the-leads-clause",
        ),
        pytest.param(
            "Stake bought\n\nAcme Chemicals said on Monday that sales rose. A US bank has bought a stake in "
            "the firm. Acme Chemicals will pay a dividend.",
            "Acme Chemicals",
            "United States",
            id="not-the-lead",
        ),
        pytest.param(
            "Stake bought\n\nAcme Chemicals said sales rose, after a US bank bought a stake. Acme Chemicals "
            "will pay a dividend.",
            "Acme Chemicals",
            "United States",
            id="not-the-leads-subject",
        ),
    ],
)
def test_no_company_from_another_indefinite_description(facts, text: str, company: str, state: str) -> None:
    assert (company, state) not in part_of(facts(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "The Pentagon's Project and Contract Office (PCO) in Baghdad took over the work. Lt Col Eric "
            "Hale of the PCO said the deal was off.",
            "Eric Hale",
            id="pentagon-office-acronym",
        ),
        pytest.param(
            "Lt Col Eric Hale of the Pentagon's Defense Logistics Agency said the fuel had arrived.",
            "Eric Hale",
            id="pentagon-agency",
        ),
    ],
)
def test_state_body_office_is_the_states(facts, text: str, person: str) -> None:
    assert tied(facts(text), person, "United States")


def test_company_office_is_no_states(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts(
        "Tom Hale of Boeing's Defense Systems Office said the jets were ready. The Pentagon said so too."
    )
    assert not tied(f, "Tom Hale", "United States")


@pytest.mark.parametrize(
    ("text", "person", "holder"),
    [
        pytest.param(
            "Ed Vole, the SEC's chief accountant, said the rules would stay.", "Ed Vole", "SEC", id="apposed"
        ),
        pytest.param(
            '"It will help," said Ed Vole, the SEC\'s chief accountant.',
            "Ed Vole",
            "SEC",
            id="quoted-inverted",
        ),
        pytest.param(
            "Ed Vole, chief accountant at Acme Foods, said profits fell.", "Ed Vole", "Acme Foods", id="at"
        ),
    ],
)
def test_accountant_holds_an_office(facts, text: str, person: str, holder: str) -> None:
    assert holder in holders(facts(text), person)


def test_an_accountant_alone_holds_nothing(facts) -> None:  # type: ignore[no-untyped-def]
    assert holders(facts("Ed Vole, an accountant from Leeds, said prices fell."), "Ed Vole") == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "The Pentagon's Project and Contract Office (PCO) took over. Lt Col Eric Schnober of the PCO "
            "told the Associated Press the split was mutual.",
            "Eric Schnober",
            id="two-ranks",
        ),
        pytest.param(
            "Capt Jane Wrexley of the Royal Navy told reporters the ship was safe.",
            "Jane Wrexley",
            id="one-rank",
        ),
    ],
)
def test_ranked_name_is_a_person(facts, text: str, person: str) -> None:
    g = graph_of(facts(text))
    assert person in {d["label"] for _n, d in g.nodes(data=True) if d["kind"] == "person"}


def test_rank_before_no_first_name_makes_no_person(facts) -> None:  # type: ignore[no-untyped-def]
    g = graph_of(facts("Gen Electrix Holdings said sales rose in May."))
    assert not any(d["kind"] == "person" for _n, d in g.nodes(data=True))


# A company's apposition the parser hangs on the title before it ("X, chairman of HSBC, the UK's
# biggest bank,"), and a clause heading a state's own body with no name ("X, who heads France's
# competition authority"). Found on a held-out set of invented sentences (session 10).
@pytest.mark.parametrize(
    ("text", "company", "state"),
    [
        pytest.param(
            "Sir Tom Vole, chairman of Brennick, the UK's biggest bank, said profits rose.",
            "Brennick",
            "United Kingdom",
            id="possessive-superlative",
        ),
        pytest.param(
            "Tom Hale, chief executive of Zelcon, the German chemicals group, said sales fell.",
            "Zelcon",
            "Germany",
            id="demonym",
        ),
    ],
)
def test_company_apposition_after_the_title(facts, text: str, company: str, state: str) -> None:
    assert (company, state) in part_of(facts(text))


def test_no_company_state_from_the_persons_apposition(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Tom Hale, head of Acme Foods, a former banker from Spain, said profits rose.")
    assert not tied(f, "Tom Hale", "Spain")


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "Pierre Vallet, who heads France's competition authority, said the merger would be examined.",
            "Pierre Vallet",
            "France",
            id="heads-an-authority",
        ),
        pytest.param(
            "Ana Ruiz, who runs Spain's central bank, said rates would rise.",
            "Ana Ruiz",
            "Spain",
            id="central-bank",
        ),
        pytest.param(
            "Tom Hale, who chairs the Japanese regulator, said rates would rise.",
            "Tom Hale",
            "Japan",
            id="regulator",
        ),
    ],
)
def test_clause_heading_a_states_body(facts, text: str, person: str, state: str) -> None:
    assert tied(facts(text), person, state)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "Tom Hale, who runs Britain's biggest bank, said rates would rise.",
            "Tom Hale",
            "United Kingdom",
            id="a-company-no-states-body",
        ),
        pytest.param(
            "Tom Hale, who criticised France's competition authority, said the merger was bad.",
            "Tom Hale",
            "France",
            id="no-heading-verb",
        ),
    ],
)
def test_no_state_from_a_clause_without_a_states_body_headed(
    facts, text: str, person: str, state: str
) -> None:
    assert not tied(facts(text), person, state)


# A demonym before a state's own body named by a common noun, then the title: the body's state, no
# nationality ("the Egyptian central bank's deputy governor"); a demonym before a private noun or
# a bare title stays a nationality.
@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "Omar Haddad, the Egyptian central bank's deputy governor, said inflation would fall.",
            "Omar Haddad",
            "Egypt",
            id="central-bank-possessive",
        ),
        pytest.param(
            "French finance ministry official Paul Roux said the deal was fair.",
            "Paul Roux",
            "France",
            id="ministry",
        ),
        pytest.param(
            "Dutch competition watchdog chairman Pieter Smit said the merger was cleared.",
            "Pieter Smit",
            "Netherlands",
            id="watchdog",
        ),
    ],
)
def test_demonym_before_a_states_body_names_its_state(facts, text: str, person: str, state: str) -> None:
    assert tied(facts(text), person, state)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "The Australian strategist Lynton Vale said the party would win.", "Lynton Vale", "Australia"
        ),
        pytest.param("Kenji Ota, a Japanese banker, said rates would rise.", "Kenji Ota", "Japan"),
        pytest.param(
            "Italian fashion house chairman Marco Bellini said sales rose.", "Marco Bellini", "Italy"
        ),
    ],
)
def test_demonym_before_a_private_noun_stays_a_nationality(facts, text: str, person: str, state: str) -> None:
    assert not tied(facts(text), person, state)


# A name with no title placed in an organization by "of" or "at" right after it works there, in no
# office the text names (found reading people with no tie in 148 business articles, session 10).
@pytest.mark.parametrize(
    ("text", "person", "holder"),
    [
        pytest.param(
            "Faith could suffer, said Stuart Vane of the Economist Intelligence Unit.",
            "Stuart Vane",
            "Economist Intelligence Unit",
            id="of-after-said",
        ),
        pytest.param(
            "Andrew Bello, of brokers ING, said UPS was the most likely bidder.",
            "Andrew Bello",
            "ING",
            id="comma-of",
        ),
        pytest.param(
            "Jim Vole of the Liberal Democrats said the plan was wrong.",
            "Jim Vole",
            "Liberal Democrats",
            id="of-a-party",
        ),
    ],
)
def test_untitled_name_of_an_organization(facts, text: str, person: str, holder: str) -> None:
    assert holder in holders(facts(text), person)


@pytest.mark.parametrize(
    ("text", "person", "holder"),
    [
        pytest.param(
            "Tony Vole at the Labour conference said the party was united.",
            "Tony Vole",
            "Labour Party",
            id="at-a-party",
        ),
        pytest.param(
            "Tom Vale, a critic of the BBC, said the fee was too high.",
            "Tom Vale",
            "BBC",
            id="of-inside-an-apposition",
        ),
        pytest.param(
            "The son of Tom Vale of Leeds joined Acme.", "Tom Vale", "Acme", id="another-noun-phrase"
        ),
    ],
)
def test_no_organization_without_of_or_at_on_the_name(facts, text: str, person: str, holder: str) -> None:
    assert holder not in holders(facts(text), person)


def test_untitled_member_of_a_body_named_by_a_city_gets_no_state(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts(
        '"It must change," said Paul Hoff of the Lisbon Council, a Brussels-based citizen action group.'
    )
    assert "Lisbon Council" in holders(f, "Paul Hoff")
    assert "Portugal" not in holders(f, "Paul Hoff")


@pytest.mark.parametrize(
    ("text", "person", "holder"),
    [
        pytest.param(
            "Mr Vole was joined by Tony Vale at Welling School, in south London.",
            "Tony Vale",
            "Welling School",
            id="at-a-place-visited",
        ),
        pytest.param(
            'Tony Hart, of Burnley, said: "He won us two terms."', "Tony Hart", "Burnley", id="of-a-town"
        ),
    ],
)
def test_no_employer_from_a_visit_or_a_town(facts, text: str, person: str, holder: str) -> None:
    assert holder not in holders(facts(text), person)


def test_speaker_at_an_organization(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts('"It was a one-day event," said Ken Maywood at Clearview Economics.')
    assert "Clearview Economics" in holders(f, "Ken Maywood")
