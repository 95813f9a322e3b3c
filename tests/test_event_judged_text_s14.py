"""A speaker judging someone's article, report, claim, figures or statement with a word of blame
predicated in the words said (issue 11, session 14): criticism (111), also when the words carry a
clause of reason, time or description whose verb is a trigger ('said the article was "false and
misleading" as the documents were presented to the FDA', "said the report, which was presented
to the board, was misleading"). Sentences written for this file, with negative controls: no
judgement in the words, praise, or a trigger verb in the words' own predicate.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DOC_DATE = "2025-03-12"

ROWS = [
    argument_row(
        'The company\'s lawyer Mark Dunne said the article was "false and defamatory",'
        " since the accounts were presented to auditors last year.",
        "111",
        "person:mark-dunne",
        id="article-false-since-presented",
    ),
    argument_row(
        "Finance Minister Ravi Menon said the IMF report, which was presented to the board on Monday,"
        " was misleading.",
        "111",
        "person:ravi-menon",
        id="report-relative-clause",
    ),
    argument_row(
        "Health minister Ruth Kelly said the claim was wrong as the data had been shown to MPs.",
        "111",
        "person:ruth-kelly",
        id="claim-wrong-as-data-shown",
    ),
    argument_row(
        "Greenpeace campaigner Lars Holm said the company's statement was incorrect"
        " because the tests were presented to inspectors late.",
        "111",
        "person:lars-holm",
        id="statement-incorrect-because",
    ),
    argument_row(
        'Labour chairman Ian Mercer said the Conservative figures were "a distortion",'
        " as the budget was presented to parliament in March.",
        "111",
        "person:ian-mercer",
        "organization:conservative-party",
        id="figures-distortion-owner",
    ),
    argument_row(
        "Labour chairman Ian Mercer said the figures were a distortion.",
        "111",
        "person:ian-mercer",
        id="figures-distortion",
    ),
    argument_row(
        "Trade Secretary Ann Hale said the statement was misleading.",
        "111",
        "person:ann-hale",
        id="statement-misleading",
    ),
    # controls: praise or no judgement in the words; a trigger in the words' own predicate
    argument_row(
        "Union leader Bob Crow said the article was accurate"
        " because the documents were presented to the board.",
        None,
        absent=("11",),
        id="article-accurate",
    ),
    argument_row(
        "Analyst Sarah Cole said the forecast was sensible,"
        " as the figures were presented to investors in January.",
        None,
        absent=("11",),
        id="forecast-sensible",
    ),
    argument_row(
        "Energy minister John Price said the plan was presented to parliament in March.",
        None,
        absent=("11",),
        id="plan-presented",
    ),
    argument_row(
        "Mayor Kay Lin said the proposal was presented to the council and was widely welcomed.",
        None,
        absent=("11",),
        id="proposal-presented-welcomed",
    ),
    argument_row(
        "Spokesman Ali Reza said the report would be presented to Iran's parliament next week.",
        None,
        absent=("11",),
        id="report-to-be-presented",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_judged_text(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DOC_DATE).events, code, agent, target, absent)


def test_no_judged_in_grounding_clause(facts):
    """With a trigger only in a clause of time, its subject is not the one judged."""
    text = (
        'Tony Blair told the programme: "Since Jack Straw gave those figures a couple of days ago'
        " they haven't moved a great deal, which should give us some hope.\""
    )
    events = facts(text, DOC_DATE).events
    assert not any("person:jack-straw" in e.targets for e in events), [(e.cameo, e.targets) for e in events]
