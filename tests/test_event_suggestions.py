"""A suggestion that another act is an appeal to them (020), with or without "that", with
"should" or a bare verb ("suggested Greece should sell", "proposed that Ukraine hold
elections"); a suggestion that others act whom the sentence does not name ("suggested they
should get X to issue a statement") is no intent of the proposer's (030) either. Controls: a
proposal in the passive stays the intent (030); a claim suggested ("suggested the summit had
been a success", "suggested the talks could resume", "suggesting the sale was a betrayal" with
the clause's subject misread as the verb's object) asks nothing. Every sentence is written
for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, P, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "The German chancellor suggested Greece should sell some of its islands.",
        "020",
        S("DEU"),
        S("GRC"),
        absent=("030",),
        id="should-no-that",
    ),
    argument_row(
        "Germany suggested that Greece sell some of its islands.", "020", S("DEU"), S("GRC"), id="bare-verb"
    ),
    argument_row(
        "Hungary's foreign minister proposed that Ukraine hold elections before any peace deal.",
        "020",
        S("HUN"),
        S("UKR"),
        id="proposed-bare-verb",
    ),
    argument_row(
        "Qatar suggested that Israel and Hamas swap hostages and prisoners in three stages.",
        "020",
        S("QAT"),
        S("ISR"),
        absent=("084",),
        id="coordinated-after-past",
    ),
    argument_row(
        "France recommended that Italy should raise its fuel taxes.",
        "020",
        S("FRA"),
        S("ITA"),
        id="recommended",
    ),
    argument_row(
        "Angela Merkel suggested Greece should leave the euro for a while.",
        "020",
        P("Angela Merkel"),
        S("GRC"),
        id="person-suggests",
    ),
    argument_row(
        "Tony Blair suggested they should get Gordon Brown to issue a statement.",
        None,
        absent=("030",),
        id="others-unnamed",
    ),
    # a claim whose subject the parser took for the verb's object asks nothing of its "object"
    argument_row(
        "Tom Reed resigned after suggesting the sale of the Royal Mail to Germany was a betrayal.",
        None,
        absent=("02", "03"),
        id="claim-misread-object",
    ),
    argument_row(
        "Adrian Hilton was dropped after suggesting the signing of the treaty, under John Major's "
        "government, was an act of treason.",
        None,
        absent=("02", "03"),
        id="claim-misread-object-aside",
    ),
    # -- controls ----------------------------------------------------------------------------------
    argument_row(
        "Ann Tate suggested the sale of the Royal Mail to Germany.",
        "020",
        P("Ann Tate"),
        id="object-proposed",
    ),
    argument_row(
        "Tony Blair suggested that the talks be held in Geneva.",
        "030",
        P("Tony Blair"),
        id="passive-proposal",
    ),
    argument_row(
        "Sweden suggested that the summit in Vilnius had been a success.",
        None,
        absent=("02", "03"),
        id="claim",
    ),
    argument_row(
        "Officials suggested the talks with Iran could resume next month.",
        None,
        absent=("02",),
        id="forecast",
    ),
    argument_row(
        "Germany said Greece should sell some of its islands.", "020", S("DEU"), S("GRC"), id="said-should"
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_suggestions(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
