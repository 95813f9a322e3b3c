"""Attacks told by a claim or by the deaths they caused (issue 11, session 17, branch r2c), on
sentences written for this table.

- "X claimed (responsibility for / credit for) [a noun of force]" is X's act of force, asserted, upon
  whom the act was done to, else the state of the place it was done in: a claim of a victory, a town
  or a boycott is none, nor a claim denied ("did not claim") or a claim that something happened.
- "N [people] died / were killed when X [verb] [a weapon]" or "... [verb] them with [a weapon]", any
  verb: X's act of force upon the dead's side, asserted; a death with no weapon ("when their bus
  overturned") is no attack.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, argument_row, check_argument_row

ROWS = [
    argument_row(
        "Hezbollah claimed a roadside bombing on an Israeli army patrol near the border.",
        "18",
        None,
        "state:ISR",
        id="claimed-bombing-on",
    ),
    argument_row(
        "The Taliban claimed responsibility for a raid on an Afghan police post in Kandahar.",
        "19",
        None,
        "state:AFG",
        id="claimed-responsibility-for-raid",
    ),
    argument_row(
        "Hamas claimed credit for a shooting attack in the West Bank town of Hebron.",
        "19",
        None,
        None,
        id="claimed-credit-for-attack",
    ),
    argument_row(
        "Four Kenyan policemen died when al-Shabab fighters sprayed their lorry with bullets in Mandera.",
        "19",
        None,
        "state:KEN",
        id="died-when-with-bullets",
    ),
    argument_row(
        "The Labour Party claimed a famous victory in the Hartlepool by-election.",
        None,
        absent=("18", "19", "20"),
        id="claimed-victory-control",
    ),
    argument_row(
        "Rebels claimed the town of Goma after a week of fighting.",
        None,
        absent=("18", "19", "20"),
        id="claimed-town-control",
    ),
    argument_row(
        "The ministry claimed that the attack had been staged by its opponents.",
        None,
        absent=("18", "19", "20"),
        id="claimed-that-control",
    ),
    argument_row(
        "Twelve pilgrims died when their bus overturned on a mountain road in Nepal.",
        None,
        absent=("18", "19", "20"),
        id="bus-overturned-control",
    ),
    argument_row(
        "Six Chilean miners died when a tunnel collapsed on them with a roar.",
        None,
        absent=("18", "19", "20"),
        id="collapse-control",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_claimed_and_when_attacks(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, date=TABLE_DATE).events, code, agent, target, absent)


def test_claimed_attack_is_asserted(facts):
    """The claimant is the attack's agent and the claimed attack is told as done."""
    events = facts("Hezbollah claimed a roadside bombing on an Israeli army patrol.", date=TABLE_DATE).events
    force = [e for e in events if e.cameo.startswith("18") and not e.negated]
    assert force
    assert any(str(e.modality).lower().endswith("asserted") for e in force)


def test_denied_claim_is_no_attack(facts):
    events = facts(
        "Police said the gang did not claim the bombing of the Israeli embassy.", date=TABLE_DATE
    ).events
    assert not any(e.cameo.startswith("18") and "bomb" in e.trigger for e in events)
