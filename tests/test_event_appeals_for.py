"""An appeal for something, with no one named it is made to (recall, issue 11).

"appealed for unity", "made an appeal for calm", "issued an appeal for restraint" are appeals
(020) as "called for unity" is; an appeal against a ruling (a court's) is none, as "called for X" an
appeal for anything is one.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
BLAIR, BROWN, ANNAN = "person:tony-blair", "person:gordon-brown", "person:kofi-annan"
FRANCE = "state:FRA"

ROWS = [
    argument_row("Gordon Brown appealed for unity.", "020", BROWN, id="appealed-for"),
    argument_row("Gordon Brown has made an appeal for unity.", "020", BROWN, id="made-an-appeal"),
    argument_row("Kofi Annan issued an appeal for restraint.", "020", ANNAN, id="issued-an-appeal"),
    argument_row("Tony Blair made a fresh appeal for patience.", "020", BLAIR, id="fresh-appeal"),
    argument_row("Gordon Brown made a plea for restraint.", "020", BROWN, id="made-a-plea-for"),
    argument_row("Kofi Annan issued a fresh call for calm.", "020", ANNAN, id="issued-a-call-for"),
    argument_row(
        "Tony Blair made a phone call to Gordon Brown for the first time.",
        None,
        absent=("02",),
        id="phone-call-for-no-act",
    ),
    argument_row("Gordon Brown's plea for restraint went unheeded.", "020", BROWN, id="plea-for"),
    argument_row("Tony Blair's appeal for calm was ignored.", "020", BLAIR, id="possessive-appeal"),
    argument_row(
        "Gordon Brown made an appeal for unity after reports claimed Tony Blair had broken a pledge.",
        "020",
        BROWN,
        id="appeal-after-reports",
    ),
    argument_row("Tony Blair made a plea to France for calm.", "020", BLAIR, FRANCE, id="plea-to-someone"),
    # -- near misses -----------------------------------------------------------------------
    argument_row("Tony Blair lodged an appeal against the ruling.", None, absent=("02",), id="legal-appeal"),
    argument_row("Tony Blair appealed against the ruling.", None, absent=("02",), id="appealed-against"),
    argument_row("The appeal for the house was rejected.", None, absent=("02",), id="no-one-appeals"),
    argument_row(
        "Tony Blair won his appeal against the conviction.", None, absent=("02",), id="won-legal-appeal"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_appeals_for_something(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
