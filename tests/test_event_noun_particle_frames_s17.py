"""Everyday diplomatic frames whose meaning is in a noun or a particle (session 17, issue 11), on
sentences written for this file, with negative controls:

- a meal, an audience or a session held WITH a named party is a meeting (040); a meal with no one
  named beside it ("a business lunch", "a dinner for donors") is none;
- keeping a party "out of" talks or a bloc ("froze X out of", "shut X out of", "locked X out of") is a
  rejection (120); "shut out the Tories in the by-election" (no "out of") is none;
- approving an agreement with a particle ("signed off on a deal", "signed on to the accord") is signing
  it (057), the agreement read from the preposition's phrase; "signed off on his column" is none.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, P, S, argument_row, check_argument_row

POSITIVE = [
    argument_row(
        "Greek Prime Minister Nikos Pappas had dinner with Cypriot President Andreas Christou in Athens.",
        "040",
        P("Nikos Pappas"),
        P("Andreas Christou"),
        id="dinner-with",
    ),
    argument_row(
        "Thai Foreign Minister Somchai Wong had lunch with his Malaysian counterpart on Friday.",
        "040",
        P("Somchai Wong"),
        S("MYS"),
        id="lunch-with-counterpart",
    ),
    argument_row(
        "Chilean President Ana Rojas had an audience with Pope Francis at the Vatican.",
        "040",
        P("Ana Rojas"),
        S("VAT"),
        id="audience-with",
    ),
    argument_row(
        "Ghanaian President Kofi Mensah held a private session with Nigerian officials in Accra.",
        "040",
        P("Kofi Mensah"),
        S("NGA"),
        id="session-with",
    ),
    argument_row(
        "Austria froze Serbia out of the energy talks in Vienna.",
        "120",
        S("AUT"),
        S("SRB"),
        id="froze-out-of",
    ),
    argument_row(
        "Lithuania shut Belarus out of the regional power talks.",
        "120",
        S("LTU"),
        S("BLR"),
        id="shut-out-of",
    ),
    argument_row(
        "Slovakia locked Hungary out of the transit negotiations.",
        "120",
        S("SVK"),
        S("HUN"),
        id="locked-out-of",
    ),
    argument_row(
        "Kenya and Tanzania signed off on an accord on cross-border trade.",
        "057",
        S("KEN"),
        S("TZA"),
        id="signed-off-on-accord",
    ),
    argument_row(
        "Vietnam signed on to the maritime pact with the Philippines.",
        "057",
        S("VNM"),
        S("PHL"),
        id="signed-on-to-pact",
    ),
]

CONTROLS = [
    argument_row(
        "Executives from Unilever and Nestle held a business lunch in Geneva on Monday.",
        None,
        absent=("04",),
        id="business-lunch",
    ),
    argument_row(
        "Mr Howard spoke at a dinner in London for Conservative donors.",
        None,
        absent=("04",),
        id="dinner-for-donors",
    ),
    argument_row(
        "Mr Blair had a question-and-answer session with voters in Leeds.",
        None,
        absent=("04",),
        id="session-with-voters",
    ),
    argument_row(
        "Mr Kennedy told an audience of 2,000 in Brighton that his party would win.",
        None,
        absent=("04",),
        id="audience-of",
    ),
    argument_row(
        "The home secretary told BBC One's Breakfast with Frost programme that the law would change.",
        None,
        absent=("04",),
        id="programme-named-breakfast",
    ),
    argument_row(
        "Labour shut out the Tories in the Hartlepool by-election.",
        None,
        absent=("12",),
        id="shut-out-election",
    ),
    argument_row(
        "The veteran columnist Peter Hale signed off on his last column for the Guardian.",
        None,
        absent=("05",),
        id="signed-off-column",
    ),
    argument_row(
        "The bank froze the account after a routine check.",
        None,
        absent=("12", "16"),
        id="froze-account",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), POSITIVE + CONTROLS)
def test_noun_particle_frames(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
