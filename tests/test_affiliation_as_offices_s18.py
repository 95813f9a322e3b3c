"""The office an "as" phrase gives a person whatever the verb (session 18): the object or passive
subject of a verb of appointing ("named X as", "X was sworn in as"), the subject of a verb with
no object ("X took over as", "X stepped down as": a former office), "its" pointing back at the
subject; never a verb of judging or seeming ("branded X as", "X was seen as"). A deputy of an
office holder serves his state; a "Lady" sitting among peers is one; judges and prosecutors
serve a state. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.model import DocumentFacts, Relation


def affiliations(f: DocumentFacts) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in f.relations if r.relation is Relation.AFFILIATED_WITH}


def roles(f: DocumentFacts, person: str) -> set[str]:
    return {
        r.role or "" for r in f.relations if r.relation is Relation.AFFILIATED_WITH and r.source == person
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "President Mensah appointed Kofi Adjei as head of Ghana's cocoa board on Friday.",
            "person:kofi-adjei",
            "state:GHA",
        ),
        (
            "Amina Otieno was sworn in as Kenya's water minister on Tuesday.",
            "person:amina-otieno",
            "state:KEN",
        ),
        (
            "Peru has nominated Lucia Campos as its representative at the fisheries talks.",
            "person:lucia-campos",
            "state:PER",
        ),
        (
            "The Thai government installed Mr Anan Chaiyaporn as its envoy to Burma.",
            "person:anan-chaiyaporn",
            "state:THA",
        ),
        (
            "Jorge Paredes, who was confirmed as Chile's mining minister in May, visited the mine.",
            "person:jorge-paredes",
            "state:CHL",
        ),
        (
            "Ines Duarte took over as Portugal's tax commissioner last week.",
            "person:ines-duarte",
            "state:PRT",
        ),
        (
            "Olga Ivanova stepped down as Belarus's trade minister after the vote.",
            "person:olga-ivanova",
            "state:BLR",
        ),
        # a deputy of an office holder named before
        (
            "Indonesia's trade minister, Budi Hartono, declined. "
            "One of Mr Hartono's deputies, Rizal Tanjung, said talks continued.",
            "person:rizal-tanjung",
            "state:IDN",
        ),
        # judges and prosecutors of a state
        ("Ugandan judge James Okello freed the journalist on bail.", "person:james-okello", "state:UGA"),
        ("Croatian prosecutor Ana Kovac charged the former mayor.", "person:ana-kovac", "state:HRV"),
    ],
)
def test_office_held_or_given(facts, text, person, state):
    assert (person, state) in affiliations(facts(text))


@pytest.mark.model
def test_leaving_as_is_a_former_office(facts):
    f = facts("Olga Ivanova stepped down as Belarus's trade minister after the vote.")
    assert roles(f, "person:olga-ivanova") == {"former trade minister"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        # judging or seeming: an opinion, no office
        ("Critics branded Paul Renner as Austria's weakest finance minister.", "person:paul-renner"),
        ("Paul Renner was widely seen as Austria's next finance minister.", "person:paul-renner"),
        ("Paul Renner posed as a Kenyan police officer to enter the camp.", "person:paul-renner"),
        # a company's office in a unit named by a demonym is the company's
        ("Nordwind hired Paul Renner as head of its Kenyan unit.", "person:paul-renner"),
        # hedged or negated
        ("Paul Renner may be named as Austria's finance minister.", "person:paul-renner"),
        ("Paul Renner was not appointed as Austria's finance minister.", "person:paul-renner"),
    ],
)
def test_no_state_office(facts, text, person):
    assert not {s for p, s in affiliations(facts(text)) if p == person and s.startswith("state:")}


@pytest.mark.model
def test_lady_sitting_among_peers_is_a_peer(facts):
    f = facts("Lady Ashby, sitting with Lord Vole and Lord Hume, dismissed the appeal.")
    assert any(c.entity == "person:lady-ashby" and c.role == "peer" for c in f.claims)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Lord and Lady Black arrived at the court. Lady Black said nothing.",
        "Sir John and Lady Major attended the dinner with Lord Vole.",
        "Lady Major opened the fete in Huntingdon.",
    ],
)
def test_a_lady_alone_or_a_wife_is_no_peer(facts, text):
    assert not any(c.role == "peer" and c.entity.startswith("person:lady-") for c in facts(text).claims)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        # the name apposed (by the parser) to a state's own body named by a common noun, the
        # office before it held: no firm's name
        (
            "The deputy governor of Kenya's central bank, Njeri Wambui, said inflation had eased.",
            "person:njeri-wambui",
            "KEN",
        ),
        (
            "The head of Peru's state mining company, Carlos Mendoza, said output would rise.",
            "person:carlos-mendoza",
            "PER",
        ),
        (
            "The chairman of Poland's state railway company, Marek Zielinski, resigned on Friday.",
            "person:marek-zielinski",
            "POL",
        ),
    ],
)
def test_office_of_a_state_body_named_by_a_noun(facts, text, person, state):
    found = facts(text)
    assert (person, f"state:{state}") in affiliations(found)
    assert not any(e.key.startswith("organization:") and person[7:] in e.key for e in found.entities)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a private firm's office is the firm's, even with a state before it
        (
            "The chief executive of Kenya's largest bank, Njeri Wambui, said profits rose.",
            "person:njeri-wambui",
        ),
        (
            "The chairman of Poland's biggest airline, Marek Zielinski, resigned on Friday.",
            "person:marek-zielinski",
        ),
    ],
)
def test_a_private_firm_is_no_state_body(facts, text, person):
    assert not {s for p, s in affiliations(facts(text)) if p == person and s.startswith("state:")}
