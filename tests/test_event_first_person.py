"""A quotation's "I", like its "we", is its speaker named outside it in the same sentence, who
acts upon someone named there (recall, issue 11): '"I fully support Michael Howard," said
David Davis', also in a quotation going on in a sentence of its own after its speaker is
named. Near misses: "I" acting upon no one named, a quotation with no speaker named.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
DAVIS, HOWARD = "person:david-davis", "person:michael-howard"

ROWS = [
    argument_row('"I fully support Michael Howard," said David Davis.', "051", DAVIS, HOWARD, id="i-support"),
    argument_row('David Davis said: "I support Michael Howard."', "051", DAVIS, HOWARD, id="said-colon"),
    argument_row(
        '"I condemn Tony Blair," said Michael Howard.', "111", HOWARD, "person:tony-blair", id="i-condemn"
    ),
    argument_row(
        '"I met Tony Blair last week," Gerhard Schroeder told reporters.',
        "04",
        "person:gerhard-schroeder",
        "person:tony-blair",
        id="i-met",
    ),
    argument_row(
        '"I need a strong team," Tony Blair said. "I have full confidence in Gordon Brown."',
        "051",
        "person:tony-blair",
        "person:gordon-brown",
        id="quotation-going-on",
    ),
    argument_row(
        'David Davis spoke in Leeds. "We need a strong team," he said. "I support Michael Howard."',
        "051",
        DAVIS,
        HOWARD,
        id="quotation-going-on-pronoun-speaker",
    ),
    # near misses
    argument_row(
        '"I want to talk about schools," said Tony Blair.', None, absent=("0", "1"), id="no-one-named"
    ),
    argument_row('"I will campaign hard," said Michael Howard.', None, absent=("0", "1"), id="no-act-upon"),
    argument_row('"I support Michael Howard."', None, absent=("05",), id="no-speaker"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_first_person(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    "text",
    [
        "\"I don't blame Lucy's mother,\" said Stephen Pound.",
        "Dominic Grieve said: \"While I don't rule out the possibility that Mr Blunkett may return, I have "
        'doubts."',
    ],
    ids=["blame", "rule-out"],
)
def test_what_i_do_not_do_is_no_event(facts, text):
    """A speaker's own "I don't ..." tells nothing done: no event, negated or not."""
    events = facts(text, DATE).events
    assert not events, [(e.cameo, e.agents, e.targets, e.negated) for e in events]
