"""Money pledged to relief or a fight against disease or want is an intent to give
material aid (033), whoever runs the fund or scheme and with no state named to receive it
(recall, issue 11): "offered £960m to an international scheme to boost vaccination", "pledged
$500m to the tsunami relief effort", "promised $100m to the global fund to fight Aids". Near
misses: money pledged to a domestic service or a tax cut, a pledge of no money, support pledged.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
BROWN = "person:gordon-brown"

ROWS = [
    argument_row(
        "Gordon Brown has offered £960m over 15 years to an international scheme to boost vaccination.",
        "033",
        BROWN,
        id="offered-to-scheme",
    ),
    argument_row(
        "UK Chancellor Gordon Brown has offered £960m ($1.8bn) over 15 years to an international scheme "
        "aiming to boost immunisation.",
        "033",
        BROWN,
        id="offered-aiming",
    ),
    argument_row(
        "Japan pledged $500m to the tsunami relief effort.", "033", "state:JPN", id="tsunami-effort"
    ),
    argument_row(
        "Norway has promised an extra $100m to the global fund to fight Aids.",
        "033",
        "state:NOR",
        id="fight-aids",
    ),
    argument_row(
        "Canada pledged C$20m towards famine relief in Africa.", "033", "state:CAN", id="towards-famine"
    ),
    argument_row(
        "Gordon Brown has pledged £960m to the vaccination programme.",
        "033",
        BROWN,
        absent=("05",),
        id="programme",
    ),
    # near misses
    argument_row("Gordon Brown pledged £2bn to schools.", None, absent=("033",), id="schools"),
    argument_row("The Tories promised £1bn to cut council tax.", None, absent=("033",), id="tax-cut"),
    argument_row(
        "Gordon Brown pledged to boost vaccination in Africa.", None, absent=("033",), id="no-money"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_aid_pledges(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
