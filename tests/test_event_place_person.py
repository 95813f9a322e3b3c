"""A place word before a noun of a person is no organisation acting (issue 11, the blind audit of
session 15): "a Highland councillor", "a Fife MP" are people of a place; the one a next sentence
newly names is that person; a party or a body of government before the noun stays. Every
sentence is written for this file.
"""

from __future__ import annotations

DATE = "2024-03-14"


def _agents(facts, text, code):
    return {
        a.entity
        for e in facts(text, DATE).events
        if e.cameo.startswith(code)
        for a in e.arguments
        if a.role == "agent"
    }


def test_place_councillor_named_next(facts):
    text = (
        "Jack Reid visited a school in Inverness on Monday. A Highland councillor who was at the "
        "event has also defended Mr Reid. Ann Lomond, the member for Nairn, said he had been misquoted."
    )
    agents = _agents(facts, text, "05")
    assert not any(a.startswith("organization:") for a in agents), agents


def test_party_councillor_keeps_party(facts):
    text = (
        "Tony Blair spoke in Leeds on Monday. A Labour MP criticised the plan. Tony Blair said it was sound."
    )
    assert "organization:labour-party" in _agents(facts, text, "11")
    assert "person:tony-blair" not in _agents(facts, text, "11")
