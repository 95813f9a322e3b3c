"""Collective actors named by a description: bare plurals of the officers of a state's courts
and prosecution ("prosecutors", "senior judges") act for the judiciary of the state the
document is about, and a definite plural of members of a parliament ("the MPs", "the peers")
is the one committee the document named before them. Each row is a wording written for this
table; the controls keep a named state, a single judge, several committees and counted or
owned members from being read as these bodies.
"""

from __future__ import annotations

import pytest
from factories import ORG, P, S, check_event_arguments

UK = "Prime Minister Tony Blair spoke in London on Monday. "
HEALTH = UK + "The Commons Health Committee published a report on hospitals. "

JUDICIARY = [
    pytest.param(
        UK + "Prosecutors charged the businessman John Smith with fraud.",
        "17",
        {S("GBR")},
        {P("John Smith")},
        id="prosecutors-charged",
    ),
    pytest.param(
        UK + "Prosecutors accused John Smith of fraud.",
        "11",
        {S("GBR")},
        {P("John Smith")},
        id="prosecutors-accused",
    ),
    pytest.param(
        UK + "Senior judges criticised Home Secretary David Blunkett.",
        "11",
        {S("GBR")},
        {P("David Blunkett")},
        id="senior-judges",
    ),
    pytest.param(
        UK + "Judges criticised Home Secretary David Blunkett over the rules.",
        "11",
        {S("GBR")},
        {P("David Blunkett")},
        id="bare-judges",
    ),
    pytest.param(UK + "Magistrates condemned the new law.", "11", {S("GBR")}, set(), id="magistrates"),
    # a state named with them still decides
    pytest.param(
        "Italian prosecutors accused John Smith of fraud. Tony Blair spoke in London.",
        "11",
        {S("ITA")},
        {P("John Smith")},
        id="italian-prosecutors",
    ),
    pytest.param(
        UK + "French judges criticised John Smith.", "11", {S("FRA")}, {P("John Smith")}, id="french-judges"
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), JUDICIARY)
def test_judiciary_plurals_act_for_the_home_state(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


def test_judiciary_edge_carries_its_sector(facts):
    events = facts(UK + "Prosecutors accused John Smith of fraud.").events
    args = [a for e in events for a in e.arguments if a.role == "agent" and a.entity == S("GBR")]
    assert args, events
    assert all(a.sector == "JUD" for a in args), args
    assert any(a.mention == "Prosecutors" for a in args), args


COMMITTEE = [
    pytest.param(
        HEALTH + "The MPs also called for tougher rules.",
        "02",
        {ORG("Commons Health Committee")},
        set(),
        id="mps-called-for",
    ),
    pytest.param(
        HEALTH + "The MPs criticised the Department of Health.",
        "11",
        {ORG("Commons Health Committee")},
        {ORG("Department of Health")},
        id="mps-criticised",
    ),
    pytest.param(
        HEALTH + "The MPs launched an inquiry into the hospital trust.",
        "09",
        {ORG("Commons Health Committee")},
        set(),
        id="mps-inquiry",
    ),
    pytest.param(
        HEALTH + "The MPs urged ministers to act quickly.",
        "02",
        {ORG("Commons Health Committee")},
        {S("GBR")},
        id="mps-urged-ministers",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), COMMITTEE)
def test_the_mps_are_the_committee_named_before(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


def test_the_mps_edge_is_legislative(facts):
    events = facts(HEALTH + "The MPs criticised the Department of Health.").events
    args = [a for e in events for a in e.arguments if a.entity == ORG("Commons Health Committee")]
    assert any(a.role == "agent" and a.sector == "LEG" and a.mention == "MPs" for a in args), events


@pytest.mark.parametrize(
    "text",
    [
        # no committee named before: "the MPs" are not resolved to one
        UK + "The MPs criticised the Department of Health.",
        # two committees named: which one is not settled
        UK + "The Treasury Committee and the Defence Committee met. The MPs criticised the budget.",
        # counted members are ones just named, not the committee
        HEALTH + "The two MPs criticised the Department of Health.",
        # a committee named only after them
        UK + "The MPs criticised the plan. Later the Commons Health Committee published a report.",
    ],
    ids=["no-committee", "two-committees", "counted", "named-after"],
)
def test_the_mps_control_no_committee(facts, text):
    events = facts(text).events
    committees = {ORG("Commons Health Committee"), ORG("Treasury Committee"), ORG("Defence Committee")}
    criticised = [e for e in events if e.cameo.startswith("11")]
    assert not any(set(e.agents) & committees for e in criticised), events


def test_party_members_stay_their_party(facts):
    events = facts(HEALTH + "Labour MPs criticised the Department of Health.").events
    check_event_arguments(events, "11", {ORG("Labour Party")}, {ORG("Department of Health")})
    assert not any(ORG("Commons Health Committee") in e.agents for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        UK + "The judge criticised John Smith.",  # one judge, not the judiciary
        UK + "The judges criticised John Smith.",  # ones just named
        UK + "Two judges criticised John Smith.",  # counted
        UK + "Judges can already jail John Smith for contempt.",  # an ability
        UK + "Critics say only judges should be able to order the detention of John Smith.",  # a rule
        UK + "The rules apply when judges sentence John Smith.",  # a habit
        UK + "Prosecutors could charge John Smith with fraud.",  # a possibility
    ],
    ids=["singular", "definite", "counted", "can", "should-be-able", "when", "could"],
)
def test_judiciary_controls_no_home_state(facts, text):
    events = facts(text).events
    assert not any(S("GBR") in e.agents and e.cameo[:2] in ("11", "17") for e in events), events
