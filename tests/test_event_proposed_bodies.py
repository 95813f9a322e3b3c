"""A body an act proposes or makes, which does not exist yet, is the content of the act and no one
acted upon: "Britain's proposal for an International Finance Facility", "the creation of X"."""

from __future__ import annotations

import pytest
from factories import S, show_events

MADE = [
    # (sentence, the organization's name as it is keyed, code of the act kept, its agent)
    ("Britain's proposal for a World Health Fund was welcomed by Germany.", "world-health-fund", "05", "DEU"),
    ("France proposed the creation of a European Defence Union.", "european-defence-union", "03", "FRA"),
    ("Germany and France agreed to set up a European Energy Agency.", "european-energy-agency", "03", "DEU"),
    (
        "Sweden put forward a proposal for a new Baltic Fisheries Council.",
        "baltic-fisheries-council",
        None,
        None,
    ),
    ("Japan called for the establishment of an Asian Monetary Fund.", "asian-monetary-fund", None, None),
    (
        "Brazil suggested the formation of a South Atlantic Trade Council.",
        "south-atlantic-trade-council",
        None,
        None,
    ),
    (
        "The Irish government unveiled plans for a new National Skills Agency.",
        "national-skills-agency",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "made", "code", "agent"), MADE, ids=[m[1] for m in MADE])
def test_a_body_to_be_made_is_no_target(facts, text, made, code, agent):
    events = facts(text).events
    assert not any(t.endswith(":" + made) for e in events for t in e.targets), show_events(events)
    if code is not None:
        # the act itself stays, upon no one or upon who else it names
        assert any(e.cameo.startswith(code) and S(agent) in e.agents for e in events), show_events(events)


KEPT = [
    # bodies that exist stay targets: talks with them, plans about them, a partnership with them
    ("Spain proposed talks with NATO on Friday.", "03", "organization:nato"),
    ("Italy criticised Labour's plans for the BBC.", "11", "organization:bbc"),
    (
        "The United States proposed a new partnership with the African Union.",
        "03",
        "organization:african-union",
    ),
    ("Germany welcomed Britain's proposal for a new trade deal.", "05", "state:GBR"),
]


@pytest.mark.parametrize(("text", "code", "target"), KEPT, ids=[k[2] for k in KEPT])
def test_bodies_that_exist_stay_targets(facts, text, code, target):
    events = facts(text).events
    assert any(e.cameo.startswith(code) and target in e.targets for e in events), show_events(events)
