"""Agents and targets across sentences (issue 11): a reply told by any act upon the agent of the
sentence before, "the demand / the proposal" owned by the one who put it forward there, "she" the
one woman named there when the subject's gender is unknown, "he" after "a spokesman for X" the
body spoken for, and a bare title two people named together hold naming neither."""

from __future__ import annotations

import pytest

DATE = "2025-03-12"


def _events(facts, text, code):  # type: ignore[no-untyped-def]
    return [e for e in facts(text, DATE).events if e.cameo.startswith(code)]


def _roles(events):  # type: ignore[no-untyped-def]
    return [(e.cameo, e.agents, e.targets) for e in events]


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        pytest.param(
            "Moldova banned Russian television channels on Monday. In retaliation, Russia mobilised"
            " its troops.",
            "15",
            "state:RUS",
            "state:MDA",
            id="retaliation-any-act",
        ),
        pytest.param(
            "Kosovo closed the Serbian-run post offices in the north. In response, Serbia downgraded"
            " diplomatic ties.",
            "16",
            "state:SRB",
            "state:XKX",
            id="response-recall",
        ),
        pytest.param(
            "Bolivian opposition leader Marco Quiroga demanded a recount on Monday. In response, Chile's"
            " foreign minister Pedro Soto rejected the demand.",
            "12",
            "person:pedro-soto",
            "person:marco-quiroga",
            id="reply-demand-owner",
        ),
        pytest.param(
            "Tanzania proposed a joint patrol of Lake Victoria. Kenyan President Samuel Njoroge rejected"
            " the proposal.",
            "12",
            "person:samuel-njoroge",
            "state:TZA",
            id="proposal-owner-unmarked",
        ),
    ],
)
def test_reply_or_move_upon_the_one_before(facts, text, code, agent, target):
    events = _events(facts, text, code)
    assert any(agent in e.agents and target in e.targets for e in events), _roles(events)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # (controls: no reply marker; the reply names its own target; "the decision" no one
        # before put forward)
        pytest.param(
            "Estonia arrested a Russian spy on Monday. Russia closed its consulate in Narva.",
            "state:EST",
            id="no-marker",
        ),
        pytest.param(
            "Moldova banned Russian television channels on Monday. In response, Russia asked Turkey"
            " to mediate.",
            "state:MDA",
            id="own-target",
        ),
        pytest.param(
            "Tanzanian farmers harvested maize in Arusha. Kenyan President Samuel Njoroge criticised"
            " the decision.",
            "state:TZA",
            id="decision-no-one-put-forward",
        ),
    ],
)
def test_no_target_from_before_without_reply_or_owner(facts, text, forbidden):
    events = facts(text, DATE).events
    late = [e for e in events if e.trigger not in ("banned", "harvested", "arrested")]
    assert not any(forbidden in e.targets for e in late), _roles(late)


def test_she_is_the_one_woman_when_the_subject_gender_is_unknown(facts):
    text = (
        "Ghanaian President Kojo Asante received Dutch Prime Minister Ingrid de Vries in Accra. She"
        " later accused Russia of spreading disinformation in the Sahel."
    )
    events = _events(facts, text, "11")
    assert any("person:ingrid-de-vries" in e.agents and "state:RUS" in e.targets for e in events), _roles(
        events
    )
    assert not any("person:kojo-asante" in e.agents for e in events), _roles(events)


def test_he_stays_the_subject_of_unknown_gender(facts):
    text = (
        "Ghanaian President Kojo Asante received Dutch Prime Minister Peter de Vries in Accra. He"
        " later accused Russia of spreading disinformation in the Sahel."
    )
    events = _events(facts, text, "11")
    assert any("person:kojo-asante" in e.agents for e in events), _roles(events)


def test_he_after_a_spokesman_for_a_government_is_that_state(facts):
    text = (
        "A spokesman for the Latvian government spoke after the summit in Riga. He condemned"
        " Belarus for pushing migrants across the border."
    )
    events = _events(facts, text, "11")
    assert any("state:LVA" in e.agents and "state:BLR" in e.targets for e in events), _roles(events)


def test_he_after_an_unnamed_spokesman_is_no_one(facts):
    text = (
        "Latvian Prime Minister Janis Ozols unveiled the budget. A spokesman said it was fair. He"
        " condemned Belarus for pushing migrants across the border."
    )
    events = _events(facts, text, "11")
    assert not any("person:janis-ozols" in e.agents for e in events), _roles(events)


def test_bare_title_two_named_together_hold_is_neither(facts):
    text = (
        "Gabonese President Paul Ndong spoke alongside Cameroonian President Jean Biya in Libreville."
        " The president condemned Chad for the raid on the border."
    )
    events = _events(facts, text, "11")
    assert not any({"person:paul-ndong", "person:jean-biya"} & set(e.agents) for e in events), _roles(events)


def test_bare_title_of_one_holder_is_that_holder(facts):
    text = (
        "Gabonese President Paul Ndong travelled to Yaounde on Monday. The president condemned Chad"
        " for the raid on the border."
    )
    events = _events(facts, text, "11")
    assert any("person:paul-ndong" in e.agents and "state:TCD" in e.targets for e in events), _roles(events)
