"""A diplomat belongs to the state that sends him, never to the state where he serves: the holder is
read from the office phrase (possessive, demonym, "of the Y embassy"), the place after the title is
the posting. Sentences written for these tests (session 17)."""

from __future__ import annotations

import pytest

from newsgraph.model import DocumentFacts, Relation


def affiliations(f: DocumentFacts) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in f.relations if r.relation is Relation.AFFILIATED_WITH}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "state", "posting"),
    [
        # the name apposed (by the parser) to the posting's place: the office before it holds
        (
            "Norway's ambassador in Hanoi, Ole Brekke, signed the loan on Friday.",
            "person:ole-brekke",
            "state:NOR",
            "state:VNM",
        ),
        (
            "The Danish consul in Chicago, Henrik Vang, said the sailors were safe.",
            "person:henrik-vang",
            "state:DNK",
            "state:USA",
        ),
        (
            "Chile's representative at the summit in Lima, Rosa Ibarra, rejected the plan.",
            "person:rosa-ibarra",
            "state:CHL",
            "state:PER",
        ),
        # a relative clause "who serves as <office>": the holder the "as" phrase names
        (
            "Karim Haddou, who serves as Tunisia's envoy to Libya, was called home.",
            "person:karim-haddou",
            "state:TUN",
            "state:LBY",
        ),
        # "high commissioner" serves a state: the demonym before it is the holder
        (
            "The Canadian high commissioner to Ghana, Paul Mercier, opened the school.",
            "person:paul-mercier",
            "state:CAN",
            "state:GHA",
        ),
        (
            "Tom Ferris, the New Zealand high commissioner in Suva, met the island's leaders.",
            "person:tom-ferris",
            "state:NZL",
            "state:FJI",
        ),
        # "X of the <state> embassy / high commission / consulate": the mission's state
        (
            "Omar Nasser of the Qatari embassy in Rome said the visas were ready.",
            "person:omar-nasser",
            "state:QAT",
            "state:ITA",
        ),
        (
            "Anil Desai of the Indian high commission in Colombo handed over the aid.",
            "person:anil-desai",
            "state:IND",
            "state:LKA",
        ),
        # an indefinite title with its state, apposed between commas, is held
        (
            "A Dutch diplomat, Pieter Aalders, was detained in Minsk on Sunday.",
            "person:pieter-aalders",
            "state:NLD",
            "state:BLR",
        ),
    ],
)
def test_a_diplomat_is_the_sending_states(facts, text, person, state, posting):
    found = affiliations(facts(text))
    assert (person, state) in found
    assert (person, posting) not in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        # the office speaks in a clause under the main verb; the next sentence names its holder
        (
            "The row grew after Ghana's high commissioner to Canada said the rules were unfair. "
            "Dr Kofi Mensah said students had been turned away.",
            "person:kofi-mensah",
            "state:GHA",
        ),
        # a diplomat's post named bare, in a document that names the post with one state
        (
            "Mr Hale is to become Australia's ambassador to Chile. He replaces the outgoing "
            "ambassador, Joan Meeks, in March.",
            "person:joan-meeks",
            "state:AUS",
        ),
    ],
)
def test_a_diplomats_post_named_elsewhere_with_its_state(facts, text, person, state):
    assert (person, state) in affiliations(facts(text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        # controls: an indefinite title without a state, a visitor outside an embassy, a bare post
        # named with two states, a private person with a demonym
        ("A senior official, Ruth Adler, said the talks in Cairo had failed.", "person:ruth-adler"),
        ("A British tourist, Dan Pryce, was hurt in a crash in Spain.", "person:dan-pryce"),
        (
            "Students led by Lea Brun protested outside the Russian embassy in Paris.",
            "person:lea-brun",
        ),
        (
            "Spain's ambassador met the Moroccan ambassador in Rabat. The ambassador, Luis Prado, "
            "said the talks went well.",
            "person:luis-prado",
        ),
    ],
)
def test_no_state_without_one_in_the_office_phrase(facts, text, person):
    assert not {s for p, s in affiliations(facts(text)) if p == person and s.startswith("state:")}


def claim_homes(f: DocumentFacts, person: str) -> set[str | None]:
    return {c.home for c in f.claims if c.entity == person}


@pytest.mark.model
def test_the_state_an_office_holder_visits_is_no_home_of_the_office(facts):
    # a story about the visited state: its being named most makes it no home of the visitor's office
    f = facts(
        "Aid visit\n\nDevelopment Minister Carla Voss visited Malawi on Tuesday. Malawi needs food, "
        "she said. Malawi's harvest failed. Malawi's government asked for help."
    )
    assert claim_homes(f, "person:carla-voss") == {None}


@pytest.mark.model
def test_a_visit_inside_the_home_state_keeps_the_home(facts):
    # control: a minister touring a city of the story's state is still that state's
    f = facts(
        "Police reform\n\nInterior Minister Omar Latif visited Mosul on Monday. Iraq's police need "
        "training, he said. Iraq wants help. Iraq's government agreed."
    )
    assert claim_homes(f, "person:omar-latif") == {"state:IRQ"}
