"""A party acts for itself, a state's body for its state (sentences written for this rule).

"The Tories accused Blair" is no act of the United Kingdom: a reader marks a state agent
beside an opposition party wrong. A ministry still acts for its state
("the Home Office warned").
"""

from __future__ import annotations

import pytest

UK = (
    "The general election in Britain is due in May. "
    "Polls in the UK show Labour ahead of the Conservatives across Britain. "
)

ROWS = [
    (
        UK + "The Tories have accused Tony Blair of being frightened of voters.",
        "accused",
        {"organization:conservative-party"},
    ),
    (
        UK + "The Lib Dems criticised the plans for the new tax.",
        "criticised",
        {"organization:liberal-democrats"},
    ),
    (
        UK + "Labour and the Tories have attacked the plan.",
        "attacked",
        {"organization:labour-party", "organization:conservative-party"},
    ),
    (UK + "The Labour Party praised the report on Monday.", "praised", {"organization:labour-party"}),
]


@pytest.mark.parametrize(("text", "trigger", "agents"), ROWS, ids=[r[0][-40:] for r in ROWS])
def test_party_alone_acts(facts, text, trigger, agents):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert len(events) == 1, [(e.cameo, e.trigger, e.agents) for e in events]
    assert set(events[0].agents) == agents


def test_state_body_acts_for_its_state(facts):
    text = "The Home Office warned the French government that it would close the border."
    events = [e for e in facts(text).events if e.trigger == "warned"]
    assert len(events) == 1
    assert {"organization:home-office", "state:GBR"} <= set(events[0].agents)


NON_STATE = [
    (UK + "The Confederation of British Industry (CBI) urged the government to cut taxes.", "urged"),
    (UK + "The Transport and General Workers Union criticised the plans for the new tax.", "criticised"),
    (UK + "The Royal Society for the Protection of Birds praised the report on Monday.", "praised"),
    (UK + "The British Chambers of Commerce criticised Gordon Brown's budget.", "criticised"),
    (UK + "The CBI (Confederation of British Industry) urged ministers to cut taxes.", "urged"),
]


@pytest.mark.parametrize(("text", "trigger"), NON_STATE, ids=[r[0][-40:] for r in NON_STATE])
def test_non_government_body_acts_for_itself(facts, text, trigger):
    """A business lobby, a union, a charity is no body of its state: no state co-agent."""
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert len(events) == 1, [(e.cameo, e.trigger, e.agents) for e in events]
    assert events[0].agents, events[0]
    assert not any(a.startswith("state:") for a in events[0].agents), events[0].agents
