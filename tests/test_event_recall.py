"""Explicit acts on BBC-style news that used to give no event at all (recall, issue 11).

Each rule is written from several wordings of one construction: an appeal to people named
by what they are (voters, ministers, politicians, the government), opposition said with
"argue / speak / rail against", a demand put with "press X over / on", the speaker's second
act joined to a clause about a plan ("said the bill was flawed, and urged ..."), a scheme or
a law judged in a said clause, and two acts of one actor upon no one named told apart.
Rows with ``code=None`` are the near misses that must stay without that event.
"""

from __future__ import annotations

import pytest

DATE = "2005-02-01"


def row(
    text: str, code: str | None, agent: str | None = None, target: str | None = None, *, id: str
) -> object:
    return pytest.param(text, code, agent, target, id=id)


KENNEDY, HOWARD, BLAIR = "person:charles-kennedy", "person:michael-howard", "person:tony-blair"

RECALL = [
    # -- appeals to people named by what they are: an event with no one named to receive it ------
    row("Charles Kennedy urged voters to back the Liberal Democrats.", "02", KENNEDY, id="urged-voters"),
    row("Charles Kennedy appealed to voters to turn out.", "02", KENNEDY, id="appealed-to-voters"),
    row("Charles Kennedy called on ministers to resign.", "02", KENNEDY, id="called-on-ministers"),
    row("Tony Blair urged people to vote on Thursday.", "02", BLAIR, id="urged-people"),
    row(
        "Charles Kennedy urged the government to redraft the clauses.",
        "02",
        KENNEDY,
        id="urged-the-government",
    ),
    row(
        "Charles Kennedy said voters were fed up. He urged politicians to avoid negative campaigning.",
        "02",
        KENNEDY,
        id="urged-politicians-pronoun-agent",
    ),
    row(
        "Michael Howard pressed the government to publish the advice.", "10", HOWARD, id="pressed-government"
    ),
    # (an appeal for a thing, or no one urging, stays no event)
    row("Charles Kennedy urged a rethink.", None, id="urged-a-thing"),
    row("He pledged Labour would encourage more people to save.", None, id="pledged-would-encourage"),
    row("Charles Kennedy urged caution over the plans.", None, id="urged-caution"),
    row("Charles Kennedy was urged to stand down.", None, id="urged-passive-no-agent"),
    # -- opposition: argue / speak / rail against -----------------------------------------------
    row(
        "Some senior Tories argued vociferously against the move.",
        "11",
        "organization:conservative-party",
        id="argued-against-move",
    ),
    row(
        "Michael Howard argued against Tony Blair's plan.",
        "11",
        HOWARD,
        BLAIR,
        id="argued-against-owned-plan",
    ),
    row("Michael Howard spoke against the bill.", "11", HOWARD, id="spoke-against-bill"),
    row("Michael Howard railed against the government.", "111", HOWARD, id="railed-against"),
    row("The figures argue against a rise in interest rates.", None, id="figures-argue-no-actor"),
    # -- press X over / on: a demand put to someone named ------------------------------------------
    row("Charles Kennedy pressed Tony Blair over the issue.", "10", KENNEDY, BLAIR, id="pressed-over"),
    row(
        "Charles Kennedy will press Labour on the cost of ID cards.",
        "10",
        KENNEDY,
        "organization:labour-party",
        id="will-press-on",
    ),
    row(
        "The Conservatives said they would also press Labour over whether the objectives could be met.",
        "10",
        "organization:conservative-party",
        "organization:labour-party",
        id="said-would-press-over",
    ),
    row("Charles Kennedy pressed on with his campaign.", None, id="pressed-on-with-no-one"),
    row("Charles Kennedy pressed ahead over the summer.", None, id="pressed-ahead"),
    # -- the speaker's second act after a clause about a thing ----------------------------------------
    row(
        "Michael Howard said the plan was deeply flawed and urged Tony Blair to think again.",
        "02",
        HOWARD,
        BLAIR,
        id="said-plan-flawed-and-urged",
    ),
    row(
        "Michael Howard said the budget was a disgrace and accused Gordon Brown of stealth taxes.",
        "112",
        HOWARD,
        "person:gordon-brown",
        id="said-budget-disgrace-and-accused",
    ),
    row(
        "Michael Howard said the report was welcome and praised Tony Blair for his work.",
        "051",
        HOWARD,
        BLAIR,
        id="said-report-welcome-and-praised",
    ),
    # -- a scheme, a law, a plan judged in a said clause ------------------------------------------------
    row(
        "The Liberal Democrats said the scheme is deeply flawed.",
        "111",
        "organization:liberal-democrats",
        id="scheme-flawed",
    ),
    row("Charles Kennedy said the law was unfair to farmers.", "111", KENNEDY, id="law-unfair"),
    row("Charles Kennedy said the scheme was a success.", None, id="scheme-success-no-criticism"),
]


def _show(events: tuple) -> str:  # type: ignore[type-arg]
    return "; ".join(f"{e.cameo} {e.trigger!r} {e.agents}->{e.targets}" for e in events)


@pytest.mark.parametrize(("text", "code", "agent", "target"), RECALL)
def test_recall(facts, text, code, agent, target):
    events = facts(text, DATE).events
    if code is None:
        assert not [e for e in events if e.cameo[:2] in ("02", "10", "11", "12")], _show(events)
        return
    assert any(
        e.cameo.startswith(code)
        and (agent is None or agent in e.agents)
        and (target is None or target in e.targets)
        for e in events
    ), _show(events)


def test_two_acts_upon_no_one_in_two_sentences_stay_two(facts):
    text = (
        "The Liberal Democrats called for a fresh inquiry into the affair. "
        "Later the Liberal Democrats urged voters to turn out on Thursday."
    )
    events = [e for e in facts(text, DATE).events if e.cameo.startswith("02")]
    assert len(events) == 2, _show(tuple(events))


def test_a_restatement_with_the_same_verb_still_merges(facts):
    text = "Charles Kennedy urged voters to turn out. Charles Kennedy urged voters to turn out on Thursday."
    events = [e for e in facts(text, DATE).events if e.cameo.startswith("02")]
    assert len(events) == 1, _show(tuple(events))
