"""Taking someone's land or property (CAMEO 1711, confiscate property; recall, issue 11).

"confiscated the farm", "expropriated the oil fields": a state takes holdings; confiscating
goods (drugs, weapons, passports) is no taking of property from anyone.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
VENEZUELA, ZIMBABWE = "state:VEN", "state:ZWE"

ROWS = [
    argument_row("Venezuela confiscated the farm.", "1711", VENEZUELA, id="confiscated-farm"),
    argument_row("Zimbabwe confiscated white-owned farms.", "1711", ZIMBABWE, id="confiscated-farms"),
    argument_row("Venezuela confiscated 5,000 hectares of farmland.", "1711", VENEZUELA, id="hectares"),
    argument_row("Venezuela expropriated the oil fields.", "1711", VENEZUELA, id="expropriated"),
    # -- near misses -----------------------------------------------------------------------
    argument_row("Customs officers confiscated the drugs.", None, absent=("1711",), id="goods"),
    argument_row("Venezuela confiscated their passports.", None, absent=("1711",), id="passports"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_confiscating_property(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
