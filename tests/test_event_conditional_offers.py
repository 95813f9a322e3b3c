"""An offer told is made, whatever condition it is made on: "offered to evacuate civilians if both
sides agreed to a truce" is the intent to give aid (033), asserted, and "offered to mediate if they
agreed" the intent to mediate (039), asserted; the act offered is not told. A plan on a condition
and an offer still to be made ("would offer") stay unmade. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, check_code_case
from factories import code_case as case

from newsgraph.model import Modality

A, H = Modality.ASSERTED, Modality.HYPOTHETICAL

ROWS = [
    case(
        "The Red Cross offered to evacuate wounded civilians from Mariupol "
        "if both sides agreed to a local truce.",
        "033",
        A,
        absent=("07",),
        id="evacuate-if",
    ),
    case(
        "Norway offered to mediate between the two sides if they agreed to a ceasefire.",
        "039",
        A,
        absent=("04",),
        id="mediate-if",
    ),
    case(
        "The UN offered to send food to Gaza if Israel opened the crossings.",
        "03",
        A,
        absent=("07",),
        id="deliver-if",
    ),
    # -- controls ----------------------------------------------------------------------------------
    case("Norway would offer to mediate if they agreed to a ceasefire.", "039", H, id="would-offer"),
    case(
        "Police planned to press charges against the minister if he was caught.",
        None,
        absent=("03", "11"),
        id="plan-if",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), ROWS)
def test_conditional_offers(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)
