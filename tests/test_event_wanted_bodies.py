"""What a state or party wants of an international body is an appeal to it (020), its official's
removal an appeal for a change of leader (0241): "Poland wants the EU's migration commissioner
replaced", "wants the European Commission to drop the plan". A company or a broadcaster stays
out, as before. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import ORG, TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "Poland wants the EU's migration commissioner replaced.",
        "0241",
        S("POL"),
        ORG("EU"),
        id="removal",
    ),
    argument_row(
        "Poland wants the EU to replace its migration commissioner.",
        "020",
        S("POL"),
        ORG("EU"),
        id="to-infinitive",
    ),
    argument_row(
        "Hungary wants the European Commission to drop the migration plan.",
        "020",
        S("HUN"),
        ORG("European Commission"),
        id="commission",
    ),
    argument_row(
        "Turkey wants NATO to remove its commander in Kosovo.", "020", S("TUR"), ORG("NATO"), id="alliance"
    ),
    # -- controls ----------------------------------------------------------------------------------
    argument_row("Labour wants the BBC to apologise.", None, absent=("02", "10"), id="broadcaster"),
    argument_row(
        "Poland wants the EU summit to be a success.", None, absent=("02", "10"), id="wish-how-things-are"
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_wanted_bodies(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
