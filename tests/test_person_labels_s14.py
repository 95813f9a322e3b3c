"""Persons that are not, and one person under two names (session 14, issue 10).

- "Mr" and one capitalised word used as a label or nickname: quoted ("the 'Mr Motorway'
  candidate") or after a determiner or owner modifying a noun ("the Mr Nasty seat", "his Mr
  Clean image") is no person; "Mr Smith said", "a Mr Jones called", "Mr Green's seat" are.
- A one-word "person" of the headline alone ("Bill faces Lords defeat"), never named in the
  story and with no full name to resolve to, is no person; "Blair attacks Tories" over a story
  naming Tony Blair is Tony Blair.
- "X, who works as Y", "X, who practises under her maiden name Y", "X, whose maiden name is Y":
  one person; "X, who works as an adviser to Y" is two.
"""

from __future__ import annotations

import pytest
from test_org_descriptions import graph_of

pytestmark = pytest.mark.model


def people(f) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    import json

    g = graph_of(f)
    out = {}
    for _n, d in g.nodes(data=True):
        if d.get("kind") == "person":
            aliases = d.get("aliases", "[]")
            out[d["label"]] = set(json.loads(aliases) if isinstance(aliases, str) else aliases)
    return out


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param(
            "Seats\n\nLabour's Jane Orme is defending the Mr Nasty seat in Kent.", "Nasty", id="seat"
        ),
        pytest.param(
            "Roads\n\nThe so-called 'Mr Motorway' candidate, Derek Hines, faced protesters.",
            "Motorway",
            id="quoted",
        ),
        pytest.param(
            "Image\n\nThe 'Mr Clean' image of Paul Quayle took a knock.", "Clean", id="quoted-image"
        ),
        pytest.param(
            "Image\n\nPaul Quayle lost his Mr Clean image when he admitted the loan.", "Clean", id="his-image"
        ),
    ],
)
def test_honorific_label_is_no_person(facts, text: str, label: str) -> None:
    assert label not in people(facts(text))


def test_honorific_names_stay_persons(facts) -> None:  # type: ignore[no-untyped-def]
    found = people(
        facts("Seats\n\nMr Smith said the seat was safe. A Mr Jones called. Mr Green's seat is safe.")
    )
    assert {"Smith", "Jones", "Green"} <= set(found)


def test_headline_word_alone_is_no_person(facts) -> None:  # type: ignore[no-untyped-def]
    f = facts(
        "Bill faces Lords defeat\n\nThe identity cards plan faces defeat in the Lords, said Lord Farley."
    )
    assert "Bill" not in people(f)


def test_headline_surname_of_a_named_person(facts) -> None:  # type: ignore[no-untyped-def]
    found = people(facts("Blair attacks Tories\n\nTony Blair said the Tories were wrong."))
    assert "Tony Blair" in found
    assert "Blair" not in found


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        pytest.param(
            "Lawyer\n\nCherie Blair, who works as Cherie Booth QC, will lead the appeal.",
            "Cherie Blair",
            "Cherie Booth",
            id="works-as",
        ),
        pytest.param(
            "Judge\n\nLinda Marsh, who practises under her maiden name Linda Cope, was named a judge.",
            "Linda Marsh",
            "Linda Cope",
            id="maiden-name",
        ),
        pytest.param(
            "Author\n\nSarah Jones, whose maiden name is Sarah Kemp, wrote the report for the council.",
            "Sarah Jones",
            "Sarah Kemp",
            id="whose-maiden-name",
        ),
    ],
)
def test_own_name_clause_is_one_person(facts, text: str, name: str, other: str) -> None:
    found = people(facts(text))
    assert other not in found
    assert other in found[name]


def test_works_as_an_adviser_to_is_two(facts) -> None:  # type: ignore[no-untyped-def]
    found = people(facts("Aide\n\nJohn Hale, who works as an adviser to Jane Moss, said no."))
    assert {"John Hale", "Jane Moss"} <= set(found)
