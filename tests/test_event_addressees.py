"""The addressee of a call, demand, appeal or judgement is its target, in the shapes the
sentence names it: a plural object pronoun, "in a letter to X", "called for an inquiry by X",
"X's call on Y to ...", and the owner of a thing judged in the passive."""

from __future__ import annotations

import pytest

ROWS = [
    (
        "Gordon Brown met union leaders Bob Crow and Derek Simpson on Monday."
        " He urged them to accept the deal.",
        "urged",
        "020",
        {"person:gordon-brown"},
        {"person:bob-crow", "person:derek-simpson"},
    ),
    (
        "Michael Howard wrote to the Liberal Democrats and urged them to back the bill.",
        "urged",
        "020",
        {"person:michael-howard"},
        {"organization:liberal-democrats"},
    ),
    (
        "Liberal Democrat leader Charles Kennedy called for an investigation by the Electoral Commission.",
        "called",
        "020",
        {"person:charles-kennedy"},
        {"organization:electoral-commission"},
    ),
    (
        "In a letter to Tony Blair, Charles Kennedy demanded an inquiry.",
        "demanded",
        "10",
        {"person:charles-kennedy"},
        {"person:tony-blair"},
    ),
    (
        "Charles Kennedy demanded an inquiry in a letter to Tony Blair.",
        "demanded",
        "10",
        {"person:charles-kennedy"},
        {"person:tony-blair"},
    ),
    (
        "Mr Kennedy's call on Tony Blair to publish the advice was rejected.",
        "call",
        "020",
        {"person:kennedy"},
        {"person:tony-blair"},
    ),
    (
        "Labour's call for an inquiry was rejected by the Tories.",
        "rejected",
        "12",
        {"organization:conservative-party"},
        {"organization:labour-party"},
    ),
    (
        "Tony Blair's plan was rejected by the Liberal Democrats.",
        "rejected",
        "12",
        {"organization:liberal-democrats"},
        {"person:tony-blair"},
    ),
    (
        "Charles Kennedy appealed to Tony Blair to publish the advice.",
        "appealed",
        "02",
        {"person:charles-kennedy"},
        {"person:tony-blair"},
    ),
    (
        "Tony Blair was criticised by Michael Howard over the war.",
        "criticised",
        "111",
        {"person:michael-howard"},
        {"person:tony-blair"},
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "code", "agents", "targets"), ROWS, ids=[r[0][:40] for r in ROWS]
)
def test_addressee_is_target(facts, text, trigger, code, agents, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    shown = [(e.cameo, e.trigger, e.agents, e.targets) for e in facts(text).events]
    assert any(
        e.cameo.startswith(code) and set(e.agents) == agents and set(e.targets) == targets for e in events
    ), shown


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair's phone call to George Bush lasted an hour.",  # a phone call stays a call
        "Michael Howard met Tony Blair and urged them to back the bill.",  # "them" is no lone person
    ],
)
def test_no_false_addressee(facts, text):
    events = facts(text).events
    assert not [e for e in events if e.trigger == "call" and not e.cameo.startswith("04")], events
    assert not [e for e in events if e.trigger == "urged" and set(e.targets) == {"person:tony-blair"}], events


PERSISTING = [
    (
        "Alan Johnson warned the reforms would go ahead despite opposition from the Liberal Democrats.",
        {"organization:liberal-democrats"},
    ),
    (
        "Alan Johnson warned the reforms would go ahead despite the Liberal Democrats' objections.",
        {"organization:liberal-democrats"},
    ),
]


@pytest.mark.parametrize(("text", "targets"), PERSISTING, ids=[r[0][:50] for r in PERSISTING])
def test_warning_to_persist_rejects_the_objectors(facts, text, targets):
    """The warner's own side going ahead against objections rejects the objectors (12x)."""
    events = [e for e in facts(text).events if e.trigger == "warned"]
    assert any(e.cameo.startswith("12") and set(e.targets) == targets for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Alan Johnson warned that the reforms could fail despite the money.",  # no act to come
        "Mr Howard warned that the government's inaction could lead others to take legal action.",
    ],
)
def test_warning_without_persisting_act_is_no_rejection(facts, text):
    events = [e for e in facts(text).events if e.trigger == "warned"]
    assert events
    assert not [e for e in events if e.cameo[:2] in ("12", "13")], events


@pytest.mark.parametrize(
    "text",
    [
        "The first minister criticised the decision. France opposed the plan.",
        "The prime minister criticised the decision. France opposed the plan.",
    ],
)
def test_title_without_holder_is_no_state_merely_named(facts, text):
    """An office title nobody is named holding is not a state named nearby."""
    events = [e for e in facts(text).events if e.trigger == "criticised"]
    assert not [e for e in events if "state:FRA" in e.agents], events


def test_party_title_with_no_holder_is_no_agent(facts):
    """ "The Tory leader criticised X" with no leader named: no agent rather than the party
    (the party stays a target, and a spokesman still speaks for it)."""
    acted = facts("The Tory leader criticised Tony Blair.").events
    assert not [e for e in acted if "organization:conservative-party" in e.agents], acted
    spoken = facts("A Tory spokesman criticised Tony Blair.").events
    assert any("organization:conservative-party" in e.agents for e in spoken), spoken
    judged = facts("Tony Blair criticised the Tory leader.").events
    assert any(set(e.targets) == {"organization:conservative-party"} for e in judged), judged


def test_call_for_someones_removal_targets_them(facts):
    events = [
        e
        for e in facts("Charles Kennedy called for Tony Blair's resignation.").events
        if e.trigger == "called"
    ]
    assert any(e.cameo.startswith("02") and set(e.targets) == {"person:tony-blair"} for e in events), events


def test_names_inside_a_quoted_clause_are_not_the_addressees(facts):
    text = (
        "In a letter to his constituency chairman he wrote: \"It is in the country's best interest "
        'that Tony Blair rather than Michael Howard should form the next government."'
    )
    events = [e for e in facts(text).events if e.trigger == "wrote"]
    assert not [e for e in events if "person:tony-blair" in e.targets], events


@pytest.mark.parametrize(
    "text",
    [
        "Michael Howard's deputy attacked the plan on Monday. He accused Gordon Brown of lying.",
        "Michael Howard's aide attacked the plan on Monday.",
    ],
)
def test_someone_named_by_anothers_name_is_not_that_other(facts, text):
    """ "X's deputy", "X's aide" and "he" after them are someone else than X."""
    events = facts(text).events
    assert not [e for e in events if "person:michael-howard" in e.agents], events


def test_possessor_of_a_thing_subject_stays_the_topic(facts):
    text = "Mr Straw's trip is his first to the region. He will meet Ariel Sharon."
    events = [e for e in facts(text).events if e.trigger == "meet"]
    # (a meeting planned is one side's intent: the one to be met is no agent)
    assert any(set(e.agents) == {"person:straw"} for e in events), events


def test_object_him_is_not_its_clauses_subject(facts):
    events = facts("Alex Salmond met Jack McConnell. He urged him to apologise.").events
    urged = [e for e in events if e.trigger == "urged"]
    assert any(
        set(e.agents) == {"person:alex-salmond"} and set(e.targets) == {"person:jack-mcconnell"}
        for e in urged
    ), events


def test_appeal_to_unnamed_addressees_takes_no_target_from_the_request(facts):
    """ "appealed to voters to back the Tories": the voters are asked, the Tories are not."""
    events = facts("Michael Howard appealed to voters to back the Tories.").events
    assert not [e for e in events if "organization:conservative-party" in e.targets], events


def test_reacting_to_his_words_is_to_someone_elses(facts):
    text = (
        "Tony Blair urged Europe to end its denial. French President Jacques Chirac reacted to his "
        "warning by saying Europe needed unity."
    )
    events = [e for e in facts(text).events if e.trigger == "warning"]
    assert not [e for e in events if "person:jacques-chirac" in e.agents], events
