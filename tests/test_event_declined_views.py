"""Declining to give one's view, details or an explanation is declining comment (011), like
"declined to comment" (recall, issue 11); giving something that is no answer is not.
People returned to a state by another (migrants, refugees, asylum seekers) are deported (174).
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"

ROWS = [
    argument_row(
        "Elizabeth Blackman declined to give her view of Robert Kilroy-Silk.",
        "011",
        "person:elizabeth-blackman",
        id="view",
    ),
    argument_row(
        "The Home Office refused to give details of the scheme.",
        "011",
        "organization:home-office",
        id="details",
    ),
    argument_row(
        "Charles Kennedy refused to offer any explanation.", "011", "person:charles-kennedy", id="explanation"
    ),
    argument_row(
        "Michael Howard declined to express an opinion on the merger.",
        "011",
        "person:michael-howard",
        id="opinion",
    ),
    argument_row(
        "Tony Blair refused to give money to the party.", None, absent=("011",), id="money-no-answer"
    ),
    argument_row(
        "Britain has returned 300 refugees to Afghanistan.",
        "174",
        "state:GBR",
        "state:AFG",
        id="returned-refugees",
    ),
    argument_row(
        "Italy repatriated the migrants to Libya.", "174", "state:ITA", "state:LBY", id="repatriated-migrants"
    ),
    argument_row(
        "Germany returned 40 failed asylum seekers to Kosovo.",
        "174",
        "state:DEU",
        id="returned-asylum-seekers",
    ),
    argument_row("The refugees returned to Kosovo.", None, absent=("17",), id="went-back"),
    argument_row(
        "Britain returned the stolen paintings to Italy.", None, absent=("17",), id="things-returned"
    ),
    argument_row("Tony Blair returned to London on Monday.", None, absent=("17",), id="came-back"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_declined_views_and_returns(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
