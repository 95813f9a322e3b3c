"""People sent to help, and where (recall, issue 11).

"offered to send 120 Gurkhas to assist with the relief effort in Indonesia", "sent engineers to
help rebuild ... in Sri Lanka": people sent for a purpose of helping are aid (070; an intent, 03x,
when only offered), whoever they are, and the state where the purpose is to be done receives
them when no "to" names one. Near misses: a letter sent (no purpose), troops sent to fight (no
help), the sender's own state.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-01-05"
UK, IDN, CIV, LKA = "state:GBR", "state:IDN", "state:CIV", "state:LKA"

ROWS = [
    argument_row(
        "Britain has offered to send a company of 120 Gurkhas to assist with the relief effort in Indonesia.",
        "03",
        UK,
        IDN,
        id="offered-gurkhas",
    ),
    argument_row(
        "Britain sent 40 engineers to help rebuild bridges in Indonesia.", "07", UK, IDN, id="sent-engineers"
    ),
    argument_row(
        # (aid scheduled by its giver is the intent to give it, 033)
        "Britain will dispatch 200 volunteers to help with the clean-up in Sri Lanka.",
        "033",
        UK,
        LKA,
        id="dispatch-volunteers",
    ),
    argument_row(
        "France has offered to send troops to help keep the peace in Ivory Coast.",
        "03",
        "state:FRA",
        CIV,
        id="troops-purpose-place",
    ),
    # near misses
    argument_row("Britain sent 40 engineers to Indonesia.", None, absent=("07",), id="no-purpose"),
    argument_row(
        "Britain sent 40 engineers to build a new embassy in Indonesia.", None, absent=("07",), id="no-help"
    ),
    argument_row(
        "Russia sent troops to fight the rebels in Chechnya.",
        None,
        absent=("07",),
        id="to-fight",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_sent_to_help(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
