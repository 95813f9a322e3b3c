"""The one who takes a side, named with a noun of it ("has been a leading advocate of Turkish
membership", "a strong supporter of Turkey's bid", "Robin Cook, a fierce critic of Tony Blair"),
supports (051) or criticises (111) its "of" object or possessor (recall, issue 11), as
[agent_nouns] read "the assassin of". Near misses: a side of no one named, a group of supporters.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
BLAIR = "person:tony-blair"

ROWS = [
    argument_row(
        "Tony Blair has been a leading advocate of Turkish membership of the EU.",
        "051",
        BLAIR,
        "state:TUR",
        id="advocate",
    ),
    argument_row(
        "Tony Blair is a strong supporter of Turkey's bid to join the EU.",
        "051",
        BLAIR,
        "state:TUR",
        id="supporter",
    ),
    argument_row(
        "Robin Cook, a fierce critic of Tony Blair, spoke in Leeds.",
        "111",
        "person:robin-cook",
        BLAIR,
        id="critic-appositive",
    ),
    argument_row(
        "Gerhard Schroeder was a staunch backer of Jacques Chirac.",
        "051",
        "person:gerhard-schroeder",
        "person:jacques-chirac",
        id="backer",
    ),
    # near misses
    argument_row("Michael Howard is a critic of the war.", None, absent=("111",), id="no-one-named"),
    argument_row("Labour supporters gathered in Brighton.", None, absent=("051",), id="group-of-supporters"),
    argument_row(
        "Supporters of Algerian President Ahmed Ben Bella blocked roads in Algiers.",
        "14",
        "state:DZA",
        absent=("051",),
        id="supporters-act-themselves",
    ),
    argument_row(
        "Gordon Brown has been a champion of debt relief.", None, absent=("051",), id="champion-of-a-cause"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_side_nouns(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
