"""The addressee of a call, demand, appeal or judgement is its target, in the shapes the
sentence names it: a plural object pronoun, "in a letter to X", "called for an inquiry by X",
"X's call on Y to ...", and the owner of a thing judged in the passive."""

from __future__ import annotations

import pytest

ROWS = [
    (
        "Gordon Brown met union leaders Bob Crow and Derek Simpson on Monday. He urged them to accept the deal.",
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
    ("Charles Kennedy appealed to Tony Blair to publish the advice.", "appealed", "02",
     {"person:charles-kennedy"}, {"person:tony-blair"}),
    ("Tony Blair was criticised by Michael Howard over the war.", "criticised", "111",
     {"person:michael-howard"}, {"person:tony-blair"}),
]


@pytest.mark.parametrize(("text", "trigger", "code", "agents", "targets"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_addressee_is_target(facts, text, trigger, code, agents, targets):
    events = [e for e in facts(text).events if e.trigger == trigger]
    shown = [(e.cameo, e.trigger, e.agents, e.targets) for e in facts(text).events]
    assert any(e.cameo.startswith(code) and set(e.agents) == agents and set(e.targets) == targets for e in events), shown


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
