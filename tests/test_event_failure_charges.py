"""A speaker's charge of failure against someone named (recall, issue 11).

"X said Y had failed to ..." and "Y's failure to ... , X said" criticise Y (111) without a
word of judging: the charge is the failing itself. Written from several wordings (reported,
quoted, fronted, possessive noun, coordinated subjects); the near misses (a failure that did
not happen, may happen, is the speaker's own, or is an outcome missed rather than a duty left
undone) must give no criticism.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
BLAIR, BROWN, HOWARD = "person:tony-blair", "person:gordon-brown", "person:michael-howard"
KENNEDY = "person:charles-kennedy"
FRANCE, TURKEY, IRAN = "state:FRA", "state:TUR", "state:IRN"

ROWS = [
    argument_row(
        "Gordon Brown has failed to tackle the unfairness in the tax system, Charles Kennedy has said.",
        "111",
        KENNEDY,
        BROWN,
        id="fronted-failed-to",
    ),
    argument_row(
        "Charles Kennedy said Tony Blair had failed to deliver on his promises.",
        "111",
        KENNEDY,
        BLAIR,
        id="said-failed-to",
    ),
    argument_row(
        "Michael Howard said that Gordon Brown had failed the poorest pensioners.",
        "111",
        HOWARD,
        BROWN,
        id="said-that-failed-someone",
    ),
    argument_row(
        '"Tony Blair has failed the country," said Michael Howard.', "111", HOWARD, BLAIR, id="quoted"
    ),
    argument_row("Tony Blair said Iran had failed to meet its obligations.", "111", BLAIR, IRAN, id="state"),
    argument_row(
        "Tony Blair insisted that Turkey had failed to recognise Cyprus.", "111", BLAIR, TURKEY, id="insisted"
    ),
    argument_row(
        '"France\'s failure to act has cost lives," Tony Blair said.', "111", BLAIR, FRANCE, id="failure-noun"
    ),
    argument_row(
        "Michael Howard said Tony Blair's failure to hold an inquiry has undermined trust in politics.",
        "111",
        HOWARD,
        BLAIR,
        id="failure-noun-said",
    ),
    argument_row(
        '"Tony Blair\'s failure to hold an inquiry has undermined trust," Michael Howard said.',
        "111",
        HOWARD,
        BLAIR,
        id="failure-noun-quoted",
    ),
    argument_row(
        "Charles Kennedy said Gordon Brown and Tony Blair had failed to explain the cuts.",
        "111",
        KENNEDY,
        BLAIR,
        id="coordinated-subjects",
    ),
    # -- near misses -----------------------------------------------------------------------
    argument_row("Michael Howard said the talks had failed.", None, absent=("111",), id="no-one-failed"),
    argument_row(
        "Charles Kennedy said Tony Blair would fail to win a third term.",
        None,
        absent=("111",),
        id="would-fail",
    ),
    argument_row(
        "Charles Kennedy said Tony Blair had not failed to deliver.", None, absent=("111",), id="not-failed"
    ),
    argument_row(
        "Michael Howard said he had failed to win the argument.", None, absent=("111",), id="own-failure"
    ),
    argument_row(
        "Tony Blair said Gordon Brown had failed to win the vote.", None, absent=("111",), id="missed-outcome"
    ),
    argument_row(
        "Gordon Brown said the economy had failed to grow.", None, absent=("111",), id="no-actor-failed"
    ),
    argument_row(
        "Tony Blair said that if Iran failed to comply, the matter would go to the Security Council.",
        None,
        absent=("111",),
        id="conditional",
    ),
    argument_row(
        "Gordon Brown failed to tackle the unfairness in the tax system.",
        None,
        absent=("111",),
        id="no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_charges_of_failure(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
