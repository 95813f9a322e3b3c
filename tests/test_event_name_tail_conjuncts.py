"""Actors coordinated with a body whose name ends in an "of" phrase: the parse hangs the "and" on
the name's last word ("the Board of Deputies of British Jews and the Law Society"); both act."""

from __future__ import annotations

import pytest


def _agents(facts, text: str, root: str) -> set[str]:
    return {a for e in facts(text).events if e.cameo.startswith(root) for a in e.agents}


@pytest.mark.parametrize(
    ("text", "root", "second"),
    [
        pytest.param(
            "The Board of Deputies of British Jews and the Law Society condemned the remarks.",
            "11",
            "organization:law-society",
            id="subject",
        ),
        pytest.param(
            "A complaint was made to the BBC by the Board of Deputies of British Jews and the Muslim Council"
            " of Britain.",
            "11",
            "organization:muslim-council-of-britain",
            id="passive-by",
        ),
    ],
)
def test_the_second_body_acts_too(facts, text, root, second):
    agents = _agents(facts, text, root)
    assert "organization:board-of-deputies" in agents, agents
    assert second in agents, agents


def test_a_common_noun_after_the_name_is_no_agent(facts):
    # negative control: "the parents" names no actor; the board alone acts
    agents = _agents(facts, "The Board of Governors of the school and the parents criticised the plan.", "11")
    assert agents == {"organization:board-of-governors"}, agents


def test_a_persons_office_of_a_body_keeps_its_own_reading(facts):
    # negative control: "his wife" is no named actor, so nothing is added to the body
    text = "The head of the Board of Deputies of British Jews and his wife condemned the remarks."
    agents = _agents(facts, text, "11")
    assert not any(a.startswith("person:") for a in agents), agents
