"""Sympathy over losses (018) is with those lost: "expressed regret over the deaths of Bolivian
miners" is upon Bolivia, as "condolences for the victims of X" and "to X" are. A loss of no one
named, or of one's own, has no target. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "Chile expressed regret over the deaths of Bolivian miners.",
        "018",
        S("CHL"),
        S("BOL"),
        id="regret-deaths",
    ),
    argument_row(
        "Chile expressed condolences over the deaths of Bolivian miners.",
        "018",
        S("CHL"),
        S("BOL"),
        id="condolences-deaths",
    ),
    argument_row(
        "Germany sent condolences over the killing of two Afghan aid workers.",
        "018",
        S("DEU"),
        S("AFG"),
        id="killing",
    ),
    argument_row(
        "India voiced sympathy over the loss of Nepalese lives in the floods.",
        "018",
        S("IND"),
        S("NPL"),
        id="loss-of-lives",
    ),
    # -- controls: no one named, one's own, a reason that is no loss -----------------------------
    argument_row(
        "Britain expressed regret over the deaths.", "018", S("GBR"), absent=("11",), id="no-one-named"
    ),
    argument_row(
        "Japan expressed concern over the fate of Chinese fishermen.", None, absent=("018",), id="concern"
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_sympathy_over_losses(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
