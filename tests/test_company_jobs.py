"""Person -> company offices and jobs that fresh BBC business and tech articles missed (affiliation
audit setH; real pipeline). Every sentence here is written for these tests, with invented names;
each kind has paraphrases and negative controls.

* an indefinite noun apposed after the name and placed "at" a named organization is the person's
  job there, whatever the noun ("X, a strategist at Acme", a misspelt "a fund manger at Acme");
  not a party's gathering, not a patient, a visitor or a shareholder;
* "director of research for Acme", "head of equities at Acme": the employer hung on the field;
  a region is no employer ("head of policy for Europe");
* "X, who it says headed Acme's sales arm": the clause the relative pronoun is the subject of,
  under another's report; also when the parser hangs the clause on a noun before the name;
* a name the model tags as a product that the text calls a company ("Finnish company Vexo") is an
  organization, which the person's office can point to;
* a bare company title ("chief executive X said") goes to the document's one company even when
  the words quoted in its sentence name another body.
"""

from __future__ import annotations

import pytest
from test_org_descriptions import offices, part_of

pytestmark = pytest.mark.model


def holders(f, person: str) -> set[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {(holder, role) for p, holder, role in offices(f) if p == person}


def employers(f, person: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {holder for holder, _role in holders(f, person)}


JOBS_AT = [
    pytest.param(
        '"People will be scratching their heads," said Tom Harrow, a fund manger at Kelso Asset Management.',
        "Tom Harrow",
        ("Kelso Asset Management", "fund manger"),
        id="misspelt-job-at",
    ),
    pytest.param(
        "Ann Pryce, a strategist at Brenton Securities, said the stake was a precursor to a takeover.",
        "Ann Pryce",
        ("Brenton Securities", "strategist"),
        id="strategist-at-subject",
    ),
    pytest.param(
        '"Demand is weak," said Raj Mehra, a currency trader at Halden Bank.',
        "Raj Mehra",
        ("Halden Bank", "currency trader"),
        id="compound-job-at",
    ),
]


@pytest.mark.parametrize(("text", "person", "office"), JOBS_AT)
def test_an_apposed_job_at_a_company(facts, text: str, person: str, office: tuple[str, str]) -> None:
    assert office in holders(facts(text), person)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            '"It was a good result," said John Reed, a patient at the Royal Free Hospital.',
            "John Reed",
            id="patient",
        ),
        pytest.param(
            '"It was a good result," said John Reed, a shareholder at Barclays.',
            "John Reed",
            id="shareholder",
        ),
        pytest.param(
            '"It was a good speech," said John Reed, a delegate at the Labour conference.',
            "John Reed",
            id="party-gathering",
        ),
        pytest.param(
            '"It was a good result," said John Reed, the visitor at Kelso Asset Management.',
            "John Reed",
            id="definite-no-job",
        ),
    ],
)
def test_no_job_from_a_stay_or_a_stake(facts, text: str, person: str) -> None:
    assert employers(facts(text), person) == set()


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        pytest.param(
            'Anti-virus firm Vexo Labs issued a warning. "We have had reports," said Mikko Lanne, '
            "director of anti-virus research for Vexo Labs.",
            "Mikko Lanne",
            "Vexo Labs",
            id="director-of-field-for",
        ),
        pytest.param(
            "Tom Reid, head of research for Kelvin Bank, said the figures were weak.",
            "Tom Reid",
            "Kelvin Bank",
            id="head-of-research-for",
        ),
    ],
)
def test_an_employer_hung_on_the_field(facts, text: str, person: str, company: str) -> None:
    assert company in employers(facts(text), person)


def test_a_region_is_no_employer(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Tom Reid, the head of policy for Europe, said the figures were weak.")
    assert employers(f, "Tom Reid") == set()


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        pytest.param(
            "The regulator filed charges in a Boston court against James Tavoli, who it says headed Corvan "
            "Funds' sales operations, and his deputy.",
            "James Tavoli",
            "Corvan Funds",
            id="who-it-says-headed",
        ),
        pytest.param(
            "Police arrested Tom Vale, who they believe runs Brixton Holdings, on Monday.",
            "Tom Vale",
            "Brixton Holdings",
            id="who-they-believe-runs",
        ),
        pytest.param(
            "Judges heard the case against Tom Vale, who chairs Brixton Holdings, in London on Monday.",
            "Tom Vale",
            "Brixton Holdings",
            id="clause-hung-on-a-noun-before",
        ),
    ],
)
def test_an_office_in_a_reported_relative_clause(facts, text: str, person: str, company: str) -> None:
    assert company in employers(facts(text), person)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Police arrested Tom Vale, who they say was seen near Brixton Holdings, on Monday.", id="seen"
        ),
        pytest.param(
            "The court heard from Tom Vale, who says Brixton Holdings misled investors.", id="says-of"
        ),
    ],
)
def test_no_office_from_a_report_of_another_kind(facts, text: str) -> None:
    assert employers(facts(text), "Tom Vale") == set()


def test_a_product_tag_called_a_company_is_an_organization(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts(
        'Finnish company F-Secure gave the virus its highest threat level. "We have had reports," said Mikko '
        "Lanne, director of anti-virus research for F-Secure."
    )
    assert "F-Secure" in employers(f, "Mikko Lanne")
    assert ("F-Secure", "Finland") in part_of(f)


def test_a_quoted_body_leaves_the_one_company(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts(
        "A wet summer has hit sales at Swiss food giant Nestor.\n\nNestor said profits were flat.\n\n"
        '"The option of selling Perla is still on the table," chief executive Peter Brandt confirmed '
        "on Thursday."
    )
    assert ("Nestor", "chief executive") in holders(f, "Peter Brandt")


def test_a_body_named_outside_the_quote_still_holds(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts(
        "A wet summer has hit sales at Swiss food giant Nestor.\n\nThe IMF stands ready to help, said "
        "managing director Rodrigo Vela."
    )
    assert "Nestor" not in employers(f, "Rodrigo Vela")


def labels(f, kind: str) -> set[str]:  # type: ignore[no-untyped-def]
    from newsgraph.model import Kind

    return {e.label for e in f.entities if e.kind is Kind(kind)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Fosters' main wine business is Harlow Blass Wine Estate.",
            "Harlow Blass Wine Estate",
            id="wine-estate",
        ),
        pytest.param(
            "The bank sold its stake to Colton Management Advisors last year.",
            "Colton Management Advisors",
            id="management-advisors",
        ),
        pytest.param(
            "Former Manfred Mann singer Paul Jones said Charles was one of his heroes.",
            "Manfred Mann",
            id="band-named-after-a-person",
        ),
        pytest.param(
            "Franz Ferdinand lead singer Alex Kapranos said the tour would go ahead.",
            "Franz Ferdinand",
            id="band-lead-singer",
        ),
        pytest.param("Dyson founder James Dyson said the plant would close.", "Dyson", id="firm-founder"),
    ],
)
def test_firms_and_bands_named_like_people(facts, text: str, name: str) -> None:
    f = facts(text)
    assert name not in labels(f, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Former Manfred Mann singer Paul Jones said Charles was one of his heroes.",
            "Paul Jones",
            id="the-member-stays",
        ),
        pytest.param("Paul Jones, a singer, said the band would tour.", "Paul Jones", id="singer-after-name"),
        pytest.param(
            "Madonna guitarist Monte Pittman said the tour would go ahead.",
            "Monte Pittman",
            id="a-star's-guitarist",
        ),
        pytest.param(
            "Jane Ellis said the estate agents had lowered their fees.", "Jane Ellis", id="lower-case-estate"
        ),
    ],
)
def test_people_stay_people(facts, text: str, name: str) -> None:
    assert name in labels(facts(text), "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The aid matched the cash offered after Hurricane Mitch. Mitch killed about 10,000 people.",
            "Mitch",
            id="hurricane-then-bare",
        ),
        pytest.param("Typhoon Songda hit Japan on Tuesday. Songda killed 41 people.", "Songda", id="typhoon"),
    ],
)
def test_a_storm_is_no_person(facts, text: str, name: str) -> None:
    assert name not in labels(facts(text), "person")


def test_a_person_sharing_a_storm_word_stays(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Tropical Storm Jeanne hit Haiti. Jeanne Dupont, a nurse, said hundreds died.")
    assert "Jeanne Dupont" in labels(f, "person")
    f = facts("Mitch Feldman said the storm damage would cost insurers $5bn.")
    assert "Mitch Feldman" in labels(f, "person")


def test_a_demonym_alone_makes_no_home_for_every_company(facts) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Finnish company Vexo gave the virus a high threat level. Security firm Netbox Labs stopped copies."
    )
    got = part_of(facts(text))
    assert ("Vexo", "Finland") in got
    assert ("Netbox Labs", "Finland") not in got
    got = part_of(facts(text.replace("stopped copies.", "stopped copies in Finland.")))
    assert ("Netbox Labs", "Finland") in got  # a story naming the state still places its companies


@pytest.mark.parametrize(
    ("text", "person", "bank", "state"),
    [
        pytest.param(
            "Last month, Bank of England governor Ian Vole said the economy had hit a softer patch.",
            "Ian Vole",
            "Bank of England",
            "United Kingdom",
            id="bank-of-england-governor",
        ),
        pytest.param(
            "Rates will stay on hold, said Ann Vole, the Bank of Japan's deputy governor.",
            "Ann Vole",
            "Bank of Japan",
            "Japan",
            id="possessed-central-bank",
        ),
    ],
)
def test_a_central_bank_is_its_state_body(facts, text: str, person: str, bank: str, state: str) -> None:
    f = facts(text)
    assert bank in employers(f, person)
    assert (bank, state) in part_of(f)


def test_a_commercial_bank_named_after_a_place_has_no_state(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Bank of Scotland chief executive Ian Vole said profits rose.")
    assert "Bank of Scotland" in employers(f, "Ian Vole")
    assert not any(org == "Bank of Scotland" for org, _s in part_of(f))


def test_a_party_possessor_is_no_part_of_a_name(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts(
        "Blair Labour's longest-serving PM\n\nTony Blair has become Labour's longest-serving prime minister, "
        "overtaking Harold Wilson."
    )
    assert "Blair Labour" not in labels(f, "person")
    assert "Tony Blair" in labels(f, "person")


def test_a_name_tagged_org_in_a_list_of_people(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("It is hard to imagine the sound of Aretha Franklin, Otis Redding or Wilson Pickett.")
    assert "Otis Redding" in labels(f, "person")


def test_banks_listed_together_stay_organizations(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("The deal was backed by Morgan Stanley, Goldman Sachs and Merrill Lynch.")
    assert labels(f, "person") == set()


def test_a_demonym_before_a_long_company_description(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts("Bad weather has hit sales at Swiss food and drink giant Nestor.")
    assert ("Nestor", "Switzerland") in part_of(f)


def test_a_body_quoted_as_the_subject_still_holds(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts(
        "Insurer Swiss Re said claims would reach $10bn.\n\n"
        '"The IMF stands ready to assist these nations," said managing director Rodrigo Vela.'
    )
    assert "Swiss Re" not in employers(f, "Rodrigo Vela")
