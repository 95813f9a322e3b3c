"""Kinds of person -> organization/state ties that held-out BBC articles missed or made up
(real pipeline). Every sentence here is written for these tests; each kind has paraphrases and
negative controls.

* a founder named after a description or another founder ("set up by army officer and silk
  farmer X", "founded by the brewer X", "founded by X and Y");
* a product's maker is no company a description takes up ("ordered 20 Boeing jets as
  Ireland's biggest airline expands": not Boeing's state);
* a one-word name in brackets after a body's full name is the body's short name ("the
  Chilean Fisheries Board (Sernapesca) ... Sernapesca director X");
* a body's name opening with a demonym of two states ("Korean") is of the one the document
  names apart;
* a member of a state's national house named with a region ("New York Senator X", "Texas
  Congressman Y") serves the state; a state senator, a mayor or a governor serves the region;
* a state before a private person's noun ("UK entrepreneur X", "US billionaire Y") is no office;
* "X, a spokeswoman for the (Ohio-based) bank" is the company the text was speaking of, when it
  names one;
* an office taken in a relative clause or with an indefinite article that names its state
  ("X, who became a UK trade minister in 1990", "was made a French junior minister");
* a description of an office holder under a report ("The former boss of US retailer Kmart misled
  shareholders, it was claimed in court. X, 44, is accused ...") is the person introduced next.
"""

from __future__ import annotations

import pytest
from test_org_descriptions import graph_of, offices, part_of, tied

pytestmark = pytest.mark.model


def holders(f, person: str) -> set[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {(holder, role) for p, holder, role in offices(f) if p == person}


FOUNDERS = [
    pytest.param(
        "Jet Airways, founded by former travel agent Naresh Goyal, is India's largest private airline.",
        "Naresh Goyal",
        "Jet Airways",
        id="founded-by-a-described-founder",
    ),
    pytest.param(
        "Kingfisher Airlines was set up in 2003 by the brewer Vijay Mallya.",
        "Vijay Mallya",
        "Kingfisher Airlines",
        id="set-up-by-the-brewer",
    ),
    pytest.param(
        "SpiceJet, set up by pilot and trader Ajay Singh, plans to double its fleet.",
        "Ajay Singh",
        "SpiceJet",
        id="set-up-by-two-coordinated-descriptions",
    ),
    pytest.param(
        "Microsoft, founded by Bill Gates and Paul Allen in 1975, is the biggest US software firm.",
        "Paul Allen",
        "Microsoft",
        id="second-of-two-founders",
    ),
]


@pytest.mark.parametrize(("text", "person", "company"), FOUNDERS)
def test_founder_after_a_description(facts, text: str, person: str, company: str) -> None:
    assert (company, "founder") in holders(facts(text), person)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "Tesco was criticised by the campaigner Ann Vole for its pricing.", "Ann Vole", id="not-founding"
        ),
        pytest.param(
            "Tesco, backed by the investor Tom Hale, opened a new store.",
            "Tom Hale",
            id="backed-by-no-founder",
        ),
    ],
)
def test_no_founder_without_a_founding_verb(facts, text: str, person: str) -> None:
    assert holders(facts(text), person) == set()


def test_a_product_maker_is_no_described_company(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Ryanair has ordered 20 Boeing 737 jets as Ireland's biggest airline expands.")
    assert ("Boeing", "Ireland") not in part_of(f)
    f = facts("Air Lanka ordered ten Airbus A330 planes as Sri Lanka's national airline expands.")
    assert ("Airbus", "Sri Lanka") not in part_of(f)


def test_shares_still_name_the_described_company(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Tesco shares rose 3% as Britain's biggest retailer reported record sales.")
    assert ("Tesco", "United Kingdom") in part_of(f)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "Chile's salmon exports hit a record, the governmental Chilean Fisheries Board (Sernapesca) has "
            "reported. Demand from Japan was strong, said Sernapesca director Pablo Rojas.",
            "Pablo Rojas",
            "Chile",
            id="bracketed-short-name",
        ),
        pytest.param(
            "Exports rose, the state-owned Norwegian Oil Directorate (NOD) said. NOD chief Lars Vik said "
            "output would fall.",
            "Lars Vik",
            "Norway",
            id="bracketed-acronym",
        ),
    ],
)
def test_bracketed_short_name_is_the_body(facts, text: str, person: str, state: str) -> None:
    assert tied(facts(text), person, state)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        pytest.param(
            "Korean Export Bank said it would lend $1bn. South Korea's exports rose.",
            "South Korea",
            id="south",
        ),
        pytest.param(
            "Korean Export Bank said it would lend $1bn. North Korea's economy is weak.",
            "North Korea",
            id="north",
        ),
        pytest.param(
            "Korean Export Bank said it would lend $1bn. North Korea and South Korea met in Seoul.",
            None,
            id="both-named-none",
        ),
    ],
)
def test_ambiguous_demonym_in_a_body_name(facts, text: str, state: str | None) -> None:
    found = {s for org, s in part_of(facts(text)) if org == "Korean Export Bank"}
    assert found == ({state} if state else set())


@pytest.mark.parametrize(
    ("text", "person", "holder"),
    [
        pytest.param(
            "New York Senator Charles Miller said the tapes were stolen.",
            "Charles Miller",
            "United States",
            id="region-senator",
        ),
        pytest.param(
            "Texas Congressman Tom Hale said the bill would fail.",
            "Tom Hale",
            "United States",
            id="congressman",
        ),
        pytest.param(
            "Queensland Senator Ron Boswell said the deal was bad for farmers.",
            "Ron Boswell",
            "Australia",
            id="another-state",
        ),
        pytest.param(
            "Senator Tom Hale said the US bill would fail. US exports fell in May and the US economy "
            "is weak.",
            "Tom Hale",
            "United States",
            id="bare-senator-home-state",
        ),
    ],
)
def test_national_legislator_of_a_region(facts, text: str, person: str, holder: str) -> None:
    assert tied(facts(text), person, holder)


@pytest.mark.parametrize(
    ("text", "person", "holder"),
    [
        pytest.param(
            "Texas state senator Tom Hale said the bill would fail. The US economy is weak.",
            "Tom Hale",
            "United States",
            id="state-senator-no-state",
        ),
        pytest.param(
            "Ohio state senator Ann Vole said the bill would fail. The US economy is weak.",
            "Ann Vole",
            "United States",
            id="another-state-senator",
        ),
    ],
)
def test_regional_offices_stay_regional(facts, text: str, person: str, holder: str) -> None:
    assert not tied(facts(text), person, holder)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "UK entrepreneur Richard Banks is keen to start an airline in India.",
            "Richard Banks",
            "United Kingdom",
            id="entrepreneur",
        ),
        pytest.param(
            "US billionaire Malcolm Hayes bought the club.",
            "Malcolm Hayes",
            "United States",
            id="billionaire",
        ),
        pytest.param(
            "UK author Ian Banks wrote a book about Iraq.", "Ian Banks", "United Kingdom", id="author"
        ),
    ],
)
def test_private_person_noun_is_no_office(facts, text: str, person: str, state: str) -> None:
    assert not tied(facts(text), person, state)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "US envoy Chris Hill met Japan's foreign minister.", "Chris Hill", "United States", id="envoy"
        ),
        pytest.param("North Korea's Kim Jong Un met the envoys.", "Kim Jong Un", "North Korea", id="ruler"),
    ],
)
def test_offices_and_rulers_keep_their_state(facts, text: str, person: str, state: str) -> None:
    assert tied(facts(text), person, state)


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        pytest.param(
            'Ryanair cut its fares again on Monday. "We will grow," said Ann Carter, a spokeswoman for the '
            "Dublin-based airline.",
            "Ann Carter",
            "Ryanair",
            id="place-based-airline",
        ),
        pytest.param(
            'Ryanair cut its fares again on Monday. "We will grow," said Ann Carter, a spokeswoman for '
            "the company.",
            "Ann Carter",
            "Ryanair",
            id="the-company",
        ),
    ],
)
def test_spokeswoman_for_the_company_before(facts, text: str, person: str, company: str) -> None:
    assert company in {h for h, _r in holders(facts(text), person)}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Tesco said sales rose, while Sainsbury reported a loss. Tom Hale, chairman of the firm, said "
            "sales were weak.",
            id="two-companies-before",
        ),
        pytest.param(
            "Tesco bought a rival firm. Tom Hale, head of the rival firm, resigned.", id="a-rival-firm"
        ),
    ],
)
def test_no_company_when_the_description_says_not_which(facts, text: str) -> None:
    assert holders(facts(text), "Tom Hale") == set()


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "Sir John Hale, who became a UK trade minister in 1990, has died.",
            "John Hale",
            "United Kingdom",
            id="relative-clause",
        ),
        pytest.param(
            "After leaving the Treasury in a reshuffle, Sir John Hale became a UK trade minister.",
            "John Hale",
            "United Kingdom",
            id="indefinite-with-state",
        ),
        pytest.param(
            "Ann Vole, who was made a French junior minister in 2002, resigned on Monday.",
            "Ann Vole",
            "France",
            id="made-a-minister",
        ),
    ],
)
def test_office_taken_names_its_state(facts, text: str, person: str, state: str) -> None:
    assert tied(facts(text), person, state)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param("Tom Hale became a minister in 1997. The UK economy grew.", "Tom Hale", id="no-holder"),
        pytest.param(
            "Tom Hale, who could become a UK trade minister, spoke on Monday.",
            "Tom Hale",
            id="hedged-relative",
        ),
        pytest.param("Tom Hale became a British citizen in 1990.", "Tom Hale", id="citizenship"),
    ],
)
def test_no_office_taken(facts, text: str, person: str) -> None:
    assert not tied(facts(text), person, "United Kingdom")


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        pytest.param(
            "The former boss of US retailer Kmart misled shareholders, it was claimed in court on Monday. "
            "Charles Conaway, 44, is accused of hiding losses.",
            "Charles Conaway",
            "Kmart",
            id="claimed-in-court",
        ),
        pytest.param(
            "The chief executive of Japanese carmaker Nissan will also run Renault, the firm said. Carlos "
            "Ghosn takes over in May.",
            "Carlos Ghosn",
            "Nissan",
            id="the-firm-said",
        ),
        pytest.param(
            "The lack of progress on debt relief is a failure of rich nations, Oxfam's director has said. "
            "In a speech in London, Barbara Vole said aid must double.",
            "Barbara Vole",
            "Oxfam",
            id="the-reporter-is-the-office-not-the-clause",
        ),
    ],
)
def test_holder_introduced_after_a_reported_description(facts, text: str, person: str, company: str) -> None:
    assert company in {h for h, _r in holders(facts(text), person)}


@pytest.mark.parametrize(
    ("text", "person", "holder"),
    [
        pytest.param(
            "The head of Japan's biggest bank has resigned, the bank said. Takashi Ito will be replaced next "
            "month.",
            "Takashi Ito",
            "Japan",
            id="unnamed-company-no-state",
        ),
        pytest.param(
            "The former boss of US retailer Kmart misled shareholders, it was claimed in court on Monday. "
            "Charles Conaway and Ann Vole are accused of hiding losses.",
            "Charles Conaway",
            "Kmart",
            id="two-people-introduced",
        ),
    ],
)
def test_no_holder_introduced(facts, text: str, person: str, holder: str) -> None:
    assert holder not in {h for h, _r in holders(facts(text), person)}


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "Sir John Hale was a strong defender of the treaty. But he faced hostility from unionists. After "
            "leaving the Treasury in a reshuffle, he became a UK trade minister.",
            "John Hale",
            "United Kingdom",
            id="chain-of-the-same-pronoun",
        ),
        pytest.param(
            "Ann Vole joined the bank in 1990. In 2002 she was appointed as a French junior minister.",
            "Ann Vole",
            "France",
            id="appointed-as",
        ),
    ],
)
def test_office_taken_by_a_pronoun(facts, text: str, person: str, state: str) -> None:
    assert tied(facts(text), person, state)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        pytest.param(
            "Tom Hale and Ann Vole met in Paris. He later became a UK trade minister.",
            "Tom Hale",
            "United Kingdom",
            id="two-people-before",
        ),
        pytest.param(
            "Tom Hale spoke on Monday. The economy is weak, analysts said. He became a UK trade minister "
            "in 1990.",
            "Tom Hale",
            "United Kingdom",
            id="another-subject-between",
        ),
        pytest.param(
            "Tom Hale joined the party in 1980. He could become a UK trade minister.",
            "Tom Hale",
            "United Kingdom",
            id="hedged",
        ),
        pytest.param(
            "Ann Vole joined the bank in 1990. He became a UK trade minister in 1997.",
            "Ann Vole",
            "United Kingdom",
            id="other-gender",
        ),
    ],
)
def test_no_office_taken_by_a_pronoun(facts, text: str, person: str, state: str) -> None:
    assert not tied(facts(text), person, state)


def test_a_person_named_like_a_place_with_a_person_noun_apposed(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts(
        'The Bank of Avalon lost the tapes. "We are investigating," Alexandra Tower, a spokeswoman for the '
        "Ohio-based bank, told reporters."
    )
    assert ("Bank of Avalon", "spokeswoman") in holders(f, "Alexandra Tower")


def test_a_place_with_a_place_noun_apposed_stays_a_place(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Visitors queued outside Trump Tower, a landmark of New York, on Monday.")
    g = graph_of(f)
    assert {d["kind"] for _n, d in g.nodes(data=True) if d["label"] == "Trump Tower"} == {"location"}


@pytest.mark.parametrize(
    ("text", "company", "state"),
    [
        pytest.param(
            "Tesco is Britain's biggest retailer. Tesco said sales rose.", "Tesco", "United Kingdom", id="is"
        ),
        pytest.param(
            "Jet Airways, founded by former travel agent Naresh Goyal, is India's largest private airline.",
            "Jet Airways",
            "India",
            id="is-after-a-clause",
        ),
    ],
)
def test_company_is_a_states_company(facts, text: str, company: str, state: str) -> None:
    assert (company, state) in part_of(facts(text))


@pytest.mark.parametrize(
    ("text", "company"),
    [
        pytest.param("Tesco is not a French retailer.", "Tesco", id="negated"),
        pytest.param("Tesco could be Britain's biggest retailer by 2010.", "Tesco", id="hedged"),
        pytest.param("Tesco is a rival of France's Carrefour.", "Tesco", id="another-company-inside"),
    ],
)
def test_company_is_no_states_company(facts, text: str, company: str) -> None:
    assert {org for org, _s in part_of(facts(text))} & {company} == set()


@pytest.mark.parametrize(
    ("text", "person", "company", "role"),
    [
        pytest.param(
            "Ex-Enron chief Jeff Skilling went on trial on Monday.",
            "Jeff Skilling",
            "Enron",
            "former chief",
            id="ex-company-chief",
        ),
        pytest.param(
            "Ex-WorldCom boss Bernie Ebbers was jailed.",
            "Bernie Ebbers",
            "WorldCom",
            "former boss",
            id="ex-boss",
        ),
        pytest.param(
            "US retailer Kmart's former chief executive Charles Conaway went on trial.",
            "Charles Conaway",
            "Kmart",
            "former chief executive",
            id="description-before-a-possessive",
        ),
        pytest.param(
            "Oil firm Yukos chairman Viktor Gerashchenko resigned.",
            "Viktor Gerashchenko",
            "Yukos",
            "chairman",
            id="description-before-the-name",
        ),
        pytest.param(
            "Senior Shell executive Tom Hale spoke on Monday.",
            "Tom Hale",
            "Shell",
            "senior executive",
            id="rank-word-kept",
        ),
    ],
)
def test_company_office_without_the_company_description(
    facts, text: str, person: str, company: str, role: str
) -> None:
    assert holders(facts(text), person) == {(company, role)}


@pytest.mark.parametrize(
    ("text", "person", "company", "role"),
    [
        pytest.param(
            "Kingfisher Airlines, owned by beer magnate Vijay Mallya, is India's newest airline.",
            "Vijay Mallya",
            "Kingfisher Airlines",
            "owner",
            id="owned-by",
        ),
        pytest.param(
            "Vijay Mallya, who set up Kingfisher Airlines in 2003, said fares would fall.",
            "Vijay Mallya",
            "Kingfisher Airlines",
            "founder",
            id="who-set-up",
        ),
        pytest.param(
            "Tom Hale, who established the Body Shop in 1976, died on Monday.",
            "Tom Hale",
            "Body Shop",
            "founder",
            id="who-established",
        ),
    ],
)
def test_owner_and_founder_in_clauses(facts, text: str, person: str, company: str, role: str) -> None:
    assert (company, role) in holders(facts(text), person)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Tom Hale, who set up Tesco's website, left on Monday.", id="set-up-a-thing-of-a-company"
        ),
        pytest.param("Tom Hale, who created Tesco's website, left on Monday.", id="created-a-thing"),
        pytest.param("Tom Hale set up his own business after leaving Tesco.", id="his-own-business"),
    ],
)
def test_no_founder_of_a_companys_thing(facts, text: str) -> None:
    assert holders(facts(text), "Tom Hale") == set()
