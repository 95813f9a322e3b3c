"""What one wants of another is asked of them: an appeal (02), not a demand (10). "Washington wants
Tehran to halt enrichment", "would like Turkey to open its ports", "wanted Germany to back the plan";
someone's removal wanted is an appeal for a change of leader (0241). A demand stays the word of a verb
of demanding ("demanded that Iran halt"). Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import ORG, TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "Washington wants Tehran to halt uranium enrichment.",
        "02",
        S("USA"),
        S("IRN"),
        absent=("10",),
        id="wants",
    ),
    argument_row(
        "The European Union would like Turkey to open its ports to Cypriot ships.",
        "02",
        ORG("European Union"),
        S("TUR"),
        absent=("10",),
        id="would-like",
    ),
    argument_row(
        "France wanted Germany to back the plan for a common budget.",
        "02",
        S("FRA"),
        S("DEU"),
        absent=("10",),
        id="wanted-past",
    ),
    argument_row(
        "Japan wants China to release the detained fishermen.",
        "02",
        S("JPN"),
        S("CHN"),
        absent=("10",),
        id="wants-release",
    ),
    argument_row(
        "Kenya wants the United Nations to send more peacekeepers.",
        "02",
        S("KEN"),
        ORG("United Nations"),
        absent=("10",),
        id="wants-igo",
    ),
    argument_row(
        "Poland wants NATO's commander in the Baltic replaced.",
        "0241",
        S("POL"),
        ORG("NATO"),
        absent=("10",),
        id="wants-removed",
    ),
    # -- a verb of demanding stays a demand; controls ---------------------------------------------
    argument_row(
        "Russia demanded that Georgia withdraw its troops.",
        "10",
        S("RUS"),
        S("GEO"),
        absent=("02",),
        id="demanded",
    ),
    argument_row("Japan wants to visit China next year.", None, absent=("02", "10"), id="own-intent"),
    argument_row("Voters in Japan want lower taxes.", None, absent=("02", "10"), id="wants-a-thing"),
    argument_row(
        "Brazil wants Argentina to be a strong partner.", None, absent=("02", "10"), id="wish-how-things-are"
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_wanted_of_another_is_an_appeal(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
