"""A crime charged by naming someone or their act is an accusation (112), not only blame: "called
him a traitor", "branded the deal theft", "said the Labour Party's deal was an act of treason".
A thing charged is charged of its owner, not of whom it was done with ("the Tory government's
deal with China": the Conservatives, not China). Words of blame that name no crime stay
criticism (111: "called him a liar", "a betrayal of workers"); a charge denied or only talked
about is none. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, P, S, argument_row, check_argument_row, key

from newsgraph.model import Kind

LABOUR = key(Kind.ORGANIZATION, "Labour Party")
TORIES = key(Kind.ORGANIZATION, "Conservative Party")

ROWS = [
    # -- naming verbs with a word of crime: 112 on the one named or the thing's owner ------------
    argument_row(
        "Ruth Baines called Karl Brandt a traitor.",
        "112",
        P("Ruth Baines"),
        P("Karl Brandt"),
        id="called-traitor",
    ),
    argument_row(
        "Opposition leader Ruth Baines branded Karl Brandt a criminal.",
        "112",
        P("Ruth Baines"),
        P("Karl Brandt"),
        id="branded-criminal",
    ),
    argument_row(
        "Ruth Baines described the Labour Party's tax plan as theft.",
        "112",
        P("Ruth Baines"),
        LABOUR,
        id="described-as-theft",
    ),
    argument_row(
        "Ruth Baines called the Labour Party's deal treason.",
        "112",
        P("Ruth Baines"),
        LABOUR,
        id="called-deal-treason",
    ),
    # -- said of someone or of their act, "an act of" / "a form of" the crime --------------------
    argument_row(
        "Ruth Baines said Karl Brandt was a traitor.",
        "112",
        P("Ruth Baines"),
        P("Karl Brandt"),
        id="said-traitor",
    ),
    argument_row(
        "Ruth Baines said the Labour Party's deal was an act of treason.",
        "112",
        P("Ruth Baines"),
        LABOUR,
        id="said-act-of-treason",
    ),
    argument_row(
        "Ruth Baines said the Tory government's deal with China was a form of treason.",
        "112",
        P("Ruth Baines"),
        TORIES,
        id="said-form-of-treason-owner",
    ),
    argument_row(
        "Labour MP Ruth Baines said the sale of the steelworks to a Chinese firm was an act of treason.",
        "112",
        P("Ruth Baines"),
        absent=("02", "03"),
        id="said-treason-no-owner",
    ),
    # -- controls ----------------------------------------------------------------------------------
    argument_row(
        "Ruth Baines called Karl Brandt a liar.",
        "111",
        P("Ruth Baines"),
        P("Karl Brandt"),
        absent=("112",),
        id="liar-is-blame",
    ),
    argument_row("Ruth Baines said Karl Brandt was not a traitor.", None, absent=("11",), id="not-a-traitor"),
    argument_row(
        "Ruth Baines said the film was a story of treason.", None, absent=("11",), id="story-of-treason"
    ),
    argument_row("Ruth Baines said her own party's deal was treason.", None, absent=("112",), id="own-party"),
    argument_row(
        "Ruth Baines said the Tory government's deal with China was treason.",
        "112",
        P("Ruth Baines"),
        TORIES,
        id="not-the-partner",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_charges_named(facts, text, code, agent, target, absent):
    events = facts(text, TABLE_DATE).events
    check_argument_row(events, code, agent, target, absent)
    if target is not None and code is not None:
        coded = [e for e in events if e.cameo.startswith(code)]
        assert all(S("CHN") not in e.targets for e in coded), coded
