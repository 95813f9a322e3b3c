"""A measure of one's own agreed ("agreed to introduce a ban on smoking") is no intent to meet
(036), though the dictionary reads "introduce" as meeting (040); a party named as the subject of a
gerund after a preposition is what the phrase is about ("argued against Labour cutting ...")."""

from __future__ import annotations

import pytest


def _codes(facts, text: str) -> list[str]:
    return [e.cameo for e in facts(text).events if not e.negated]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Scottish Executive agreed to introduce a ban on smoking in public places.", id="ban"
        ),
        pytest.param("The Welsh Assembly agreed to introduce a tax on plastic bags.", id="tax"),
        pytest.param(
            "The Scottish Executive considered a range of options but agreed unanimously to introduce an"
            " all-out ban on smoking.",
            id="after-options",
        ),
    ],
)
def test_a_measure_agreed_is_no_intent_to_meet(facts, text):
    codes = _codes(facts, text)
    assert not [c for c in codes if c.startswith("036")], codes


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Scottish Executive agreed to meet the unions.", id="meet"),
        pytest.param("Iran agreed to attend the summit in Geneva.", id="attend-summit"),
    ],
)
def test_agreeing_to_meet_stays_an_intent_to_meet(facts, text):
    # negative controls: a meeting agreed is the intent to meet
    codes = _codes(facts, text)
    assert any(c.startswith("036") for c in codes), codes


def test_the_subject_of_a_gerund_after_against_is_the_target(facts):
    events = facts("Ian Holt argued against Labour cutting the budget.").events
    assert any("organization:labour-party" in e.targets for e in events), [
        (e.cameo, e.agents, e.targets) for e in events
    ]


def test_a_gerund_with_no_subject_names_no_target(facts):
    # negative control: "against raising taxes" is against a thing, no one named
    events = facts("Ian Holt argued against raising taxes.").events
    assert not [t for e in events for t in e.targets], [(e.cameo, e.agents, e.targets) for e in events]
