"""Meetings with people left unnamed and inquiries by someone named (recall, issue 11).

"met union leaders", "held a private meeting with senior union figures", "met a delegation of
farmers": a meeting (04) though no one met is named, when those met are people of a group
noun; not a deadline met or a thing. "an inquiry by X into Y", "X's investigation", "X launched
a probe": X investigates (090); an inquiry asked for, refused or judged is not one held.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-03-27"
PRESCOTT, SPITZER = "person:john-prescott", "person:eliot-spitzer"

ROWS = [
    argument_row("John Prescott met union leaders on Thursday.", "04", PRESCOTT, id="met-leaders"),
    argument_row(
        "John Prescott held a private meeting with senior union figures on Thursday night.",
        "04",
        PRESCOTT,
        id="meeting-with-figures",
    ),
    argument_row("John Prescott met a delegation of farmers in York.", "04", PRESCOTT, id="delegation"),
    argument_row("John Prescott met with local residents in Hull.", "04", PRESCOTT, id="met-with-residents"),
    argument_row(
        "John Prescott will hold talks with business chiefs next week.",
        "04",
        PRESCOTT,
        id="talks-with-chiefs",
    ),
    argument_row(
        "Marsh is the focus of an inquiry by the New York attorney general, Eliot Spitzer.",
        "09",
        SPITZER,
        id="inquiry-by",
    ),
    argument_row(
        "Eliot Spitzer launched an investigation into the insurance industry.", "09", SPITZER, id="launched"
    ),
    argument_row("Eliot Spitzer's probe into bid-rigging widened on Monday.", "09", SPITZER, id="possessive"),
    # -- near misses -----------------------------------------------------------------------
    argument_row("John Prescott met the deadline.", None, absent=("04",), id="deadline"),
    argument_row("John Prescott met resistance from his own party.", None, absent=("04",), id="resistance"),
    argument_row("John Prescott met the costs of the scheme.", None, absent=("04",), id="costs"),
    argument_row(
        "Eliot Spitzer called for an inquiry into the insurance industry.",
        None,
        absent=("09",),
        id="asked-for",
    ),
    argument_row(
        "Michael Howard called for an investigation by Eliot Spitzer.",
        None,
        absent=("09",),
        id="asked-of-someone",
    ),
    argument_row(
        "Michael Howard demanded an inquiry by Eliot Spitzer into the market.",
        None,
        absent=("09",),
        id="demanded-of-someone",
    ),
    argument_row(
        "Eliot Spitzer refused to hold an inquiry into the market.", None, absent=("09",), id="refused"
    ),
    argument_row("Eliot Spitzer said the inquiry was a whitewash.", None, absent=("09",), id="judged"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_meetings_and_inquiries(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
