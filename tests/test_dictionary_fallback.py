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


HOME = "Tony Blair met Jacques Chirac in London. Britain's economy grew. The UK has been criticised. "


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            HOME + "Amnesty International accused the government of torture.", "state:GBR", id="home"
        ),
        pytest.param(
            "Amnesty International accused the government of torture.", None, id="no-home-no-target"
        ),
        pytest.param(
            HOME + "Amnesty International accused the Iraqi government of torture.",
            "state:IRQ",
            id="named-state-wins",
        ),
    ],
)
def test_the_bare_government_is_the_home_state(facts, text, target):
    """ "the government" with no state named is the government of the state the document is
    about (named at least three times, far more than any other), never merely a near one."""
    accused = [e for e in facts(text).events if e.cameo.startswith("112")]
    assert len(accused) == 1
    assert accused[0].targets == ((target,) if target else ())
