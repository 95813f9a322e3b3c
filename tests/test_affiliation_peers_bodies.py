"""Peers named by the House of Lords' titles, judges' titles only the UK's courts use, and offices in
a state's own body named by its common noun ("the central bank's vice president") whose state the
document gives elsewhere. Sentences written for these tests, with negative controls."""

from __future__ import annotations

import pytest

from newsgraph.extractors.entities import _state_body_phrase
from newsgraph.model import DocumentFacts, Relation
from newsgraph.resolve.offices import Claim, attribute, state_body_office


def affiliations(f: DocumentFacts) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in f.relations if r.relation is Relation.AFFILIATED_WITH}


def peer_claims(f: DocumentFacts) -> set[str]:
    """The persons a peer's title claims for the UK (a claim resolution decides)."""
    return {c.entity for c in f.claims if c.role == "peer"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The senior law lord, Lord Pennyfeather, said the detention was unlawful.", "lord-pennyfeather"),
        ("A panel of Law Lords sat. Lord Quillan, in his ruling, said the rules were wrong.", "lord-quillan"),
        ("The Lord Chief Justice, Lord Ormsby, issued new guidance to judges.", "lord-ormsby"),
        ("Baroness Thirlwell told peers the bill was flawed.", "baroness-thirlwell"),
        ("Lord Tarrant was a fierce critic of the plan.", "lord-tarrant"),  # a clause of "be", no office
        ("Lord Tarrant was a good and humane judge.", "lord-tarrant"),  # a kind he was of, no office
    ],
)
def test_a_peer_tied_to_nothing_else_is_the_uks(facts, text, person):
    f = facts(text)
    assert f"person:{person}" in peer_claims(f)
    assert (f"person:{person}", "state:GBR") not in affiliations(f)  # resolution gives it


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Lady Pennyfeather opened the new library on Monday.", "lady-pennyfeather"),  # not a peer's title
        ("The Liberal Democrat peer Lord Quillan said the rules were wrong.", "lord-quillan"),  # his party's
        ("Lord Ormsby, the chairman of Zenith Holdings, said profits rose.", "lord-ormsby"),  # his company's
        (
            "Shadow sports minister Lord Tennant said the policy would help clubs.",
            "lord-tennant",
        ),  # a party's
        (
            "The last prime minister to take office so young was Lord Melbury, in 1790.",
            "lord-melbury",
        ),  # the office the text names (a clause of "be" with an auxiliary's verb)
        ("The Lord Chancellor at the time was Lord Ashdown.", "lord-ashdown"),  # the office the text names
        ("Lord Tarrant was the foreign secretary in 1988.", "lord-tarrant"),  # the office the text names
    ],
)
def test_a_peer_tied_elsewhere_or_no_peer_gets_no_uk_of_his_title(facts, text, person):
    assert f"person:{person}" not in peer_claims(facts(text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            'Libya has withdrawn $1bn from the US, the Libyan central bank said. "We are opening '
            "accounts,\" the central bank's vice president Omar Tarhuni Vole said.",
            "omar-tarhuni-vole",
            "state:LBY",
        ),
        (
            "Ghana's central bank left rates unchanged. The central bank's deputy governor, Kofi Mensah "
            "Vole, said inflation was falling.",
            "kofi-mensah-vole",
            "state:GHA",
        ),
    ],
)
def test_a_state_body_named_bare_is_the_one_named_with_its_state(facts, text, person, state):
    assert (f"person:{person}", state) in affiliations(facts(text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a private bank: no state's body
        (
            "Halverson Bank is based in Moscow. The bank's vice president, Dmitri Vole, said profits rose.",
            "dmitri-vole",
        ),
        # two states' central banks: which one is not said
        (
            "Egypt's central bank and the Jordanian central bank met in Amman. The central bank's "
            "governor, Samir Vole, said rates would rise.",
            "samir-vole",
        ),
    ],
)
def test_a_bare_body_with_no_single_state_gives_none(facts, text, person):
    assert not {t for s, t in affiliations(facts(text)) if s == f"person:{person}" and t.startswith("state:")}


def test_state_body_phrases():
    assert _state_body_phrase("central bank vice president") == ("central", "bank")
    assert _state_body_phrase("foreign ministry spokesman") == ("foreign", "ministry")
    assert _state_body_phrase("bank vice president") is None
    assert _state_body_phrase("chief executive") is None


def test_state_body_offices():
    assert state_body_office("central bank vice president")
    assert state_body_office("foreign ministry spokesman")
    assert not state_body_office("bank vice president")
    assert not state_body_office("executive vice president")
    assert not state_body_office("shadow foreign ministry spokesman")


def _claim(role: str, home: str | None = None) -> Claim:
    return Claim("person:x-vole", role, "d1", 0, 10, home, "2005-01-01")


def test_a_title_only_one_states_courts_use_names_the_state():
    assert attribute(_claim("lord chief justice"), None, ()) == ("state:GBR", "knowledge")
    assert attribute(_claim("lord justice"), None, ()) == ("state:GBR", "knowledge")
    assert attribute(_claim("judge"), None, ()) is None  # any state's, or a court's


def test_a_state_body_office_takes_the_home_state():
    assert attribute(_claim("central bank vice president", "state:LBY"), None, ()) == ("state:LBY", "home")
    assert attribute(_claim("bank chairman", "state:LBY"), None, ()) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "holder"),
    [
        (
            "A spokeswoman for the Bank of Korea, Lee Soo-jin, said the bank was watching the won.",
            "person:lee-soo-jin",
            "organization:bank-of-korea",
        ),
        (
            "An official of Peru's mining ministry, Carlos Vole Quispe, said the mine would reopen.",
            "person:carlos-vole-quispe",
            "state:PER",
        ),
    ],
)
def test_an_indefinite_title_apposed_between_commas_is_held(facts, text, person, holder):
    assert (person, holder) in affiliations(facts(text))


@pytest.mark.model
def test_an_indefinite_title_in_a_predicate_is_none(facts):
    f = facts("Nobody knows how good a prime minister Gordon Vole would make for Britain.")
    assert not affiliations(f)


def test_a_peer_claim_is_the_uks_unless_the_store_names_whom_the_peer_serves():
    assert attribute(_claim("peer"), None, ()) == ("state:GBR", "knowledge")
    party = (("organization:liberal-democrats", "affiliated_with", "peer"),)
    assert attribute(_claim("peer"), None, party) is None


@pytest.mark.model
def test_a_peers_advice_named_in_a_call_targets_no_state(facts):
    f = facts(
        "Michael Vole repeated his party's calls for Lord Pennyfeather's legal advice to be made public."
    )
    assert not [e for e in f.events if "state:GBR" in e.targets]
