"""The CAMEO dictionary's code for a verb alone (no pattern matched, no lexicon rule) is the
weakest evidence of an event: it must act upon an actor it names itself, and a force code
needs a violent verb or a weapon or place in its clause. Real pipeline, own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

NO_EVENT = [
    pytest.param(
        "The Conservatives would match Labour's spending on schools, Michael Howard said.",
        id="match-spending-is-no-force",
    ),
    pytest.param(
        "The Tories will increase taxes on fuel, Gordon Brown claimed.", id="party-and-its-state-no-pair"
    ),
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_a_verb_alone_acting_on_a_thing_is_no_event(facts, text):
    f = facts(text)
    assert [(e.cameo, e.trigger) for e in f.events] == []


FORCE = [
    pytest.param(
        "Mark Dunne strangled Paul Fisher in 1991.",
        "person:mark-dunne",
        "person:paul-fisher",
        id="violent-verb",
    ),
    pytest.param("Ethiopian jets bombed Eritrea on Monday.", "state:ETH", "state:ERI", id="bombing"),
]


@pytest.mark.parametrize(("text", "agent", "target"), FORCE)
def test_a_violent_verb_keeps_its_force_code(facts, text, agent, target):
    f = facts(text)
    assert any(
        e.cameo[:2] in ("18", "19", "20") and agent in e.agents and target in e.targets for e in f.events
    ), [(e.cameo, e.agents, e.targets) for e in f.events]
