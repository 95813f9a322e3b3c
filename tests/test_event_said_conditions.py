"""The speaker's own coercive act said to come on a condition is a threat made: "Iran said it
would strike Israel if ...", "Britain said it would expel Russian diplomats unless ...", "Moscow
would expel more diplomats if ..., the Russian foreign ministry said"; another's
act forecast on a condition, an act with no condition and a cooperative act stay what they are.
Every sentence is written for this file.

Each row: a sentence, a code prefix one event must have (None: no requirement), that event's
modality and negation, and code prefixes no unnegated event may have (``absent``).
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, TABLE_DATE, check_code_case
from factories import code_case as case

from newsgraph.model import Modality

A, H, P = Modality.ASSERTED, Modality.HYPOTHETICAL, Modality.PLANNED

ROWS = [
    case("Iran said it would strike Israel if Israel attacked its nuclear sites.", "138", A, id="strike-if"),
    case("North Korea said it would attack South Korea if the drills went ahead.", "138", A, id="attack-if"),
    case(
        "Hamas said it would fire rockets at Israel unless the raids stopped.",
        "138",
        A,
        absent=FORCE_ROOTS,
        id="fire-unless",
    ),
    case(
        "Britain said it would expel Russian diplomats if Moscow refused to cooperate.",
        "13",
        A,
        absent=("16",),
        id="expel-if",
    ),
    case(
        "The Kremlin said it would cut gas supplies to Ukraine if Kyiv did not pay its debts.",
        "13",
        A,
        absent=("16",),
        id="cut-supplies-if",
    ),
    # the speaker stands for the actor named: its ministry, its army, its spokesman
    case(
        "Moscow would expel more British diplomats if London went ahead with the sanctions, "
        "the Russian foreign ministry said.",
        "13",
        A,
        absent=("16",),
        id="expel-if-ministry-said",
    ),
    case(
        "Tehran would strike Israel if its nuclear sites were attacked, Iran's defence ministry said.",
        "138",
        A,
        absent=FORCE_ROOTS,
        id="strike-if-ministry-said",
    ),
    case(
        "Washington would impose sanctions on Caracas if the vote was rigged, the State Department said.",
        "1312",
        A,
        absent=("16",),
        id="sanctions-if-department-said",
    ),
    case(
        "Pakistan said its forces would attack India if provoked.",
        "138",
        A,
        absent=FORCE_ROOTS,
        id="its-forces",
    ),
    # the paper tells a named state's course on a condition
    case(
        "Russia would expel more British diplomats if Britain retaliated.",
        "13",
        A,
        absent=("16",),
        id="would-expel-if-told",
    ),
    case(
        "Iran will strike Israel if its nuclear sites are attacked.",
        "138",
        A,
        absent=FORCE_ROOTS,
        id="will-strike-if-told",
    ),
    # -- controls -------------------------------------------------------------------------------
    case("Tony Blair would sack the minister if he lied.", None, absent=("13", "17"), id="person-would-if"),
    # commentators and another state's officials speak for no one of the act
    case(
        "Moscow would expel more British diplomats if London went ahead with the sanctions, "
        "Russian analysts said.",
        None,
        absent=("13", "16"),
        id="commentators-forecast",
    ),
    case(
        "Israel would strike Iran if Tehran built a bomb, Iranian officials said.",
        None,
        absent=("13", "19"),
        id="other-state-forecast",
    ),
    case(
        "Washington would impose sanctions on Caracas if the vote was rigged, European diplomats said.",
        None,
        absent=("13", "16"),
        id="other-diplomats-forecast",
    ),
    case(
        "Analysts said Iran would strike Israel if Israel attacked its nuclear sites.",
        None,
        absent=("13", "19"),
        id="forecast-of-another",
    ),
    # an offer on a condition is the intent (036), made
    case("Iran said it would meet Israel if the talks resumed.", "036", absent=("13",), id="meet-if"),
    case("Iran struck Israel on Sunday, officials said.", "19", A, absent=("13",), id="told-strike"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), ROWS)
def test_said_conditions(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)
