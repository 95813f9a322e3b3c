"""One's own armed forces withdrawn are a military retreat (0874), as "troops withdrew" is, and a
withdrawal announced for later is the intent to de-escalate (035x); the withdrawal of envoys,
peacekeepers, observers or aid stays 166. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "The United States withdrew 2,000 soldiers from Iraq on Monday.",
        "0874",
        S("USA"),
        S("IRQ"),
        absent=("16",),
        id="soldiers",
    ),
    argument_row(
        "Israel withdrew its forces from Lebanon.", "0874", S("ISR"), absent=("16",), id="its-forces"
    ),
    argument_row(
        "Armenia has withdrawn two army battalions from the border with Azerbaijan.",
        "0874",
        S("ARM"),
        absent=("16",),
        id="battalions",
    ),
    argument_row(
        "China withdrew its warships from the disputed waters, the Philippine navy said.",
        "0874",
        S("CHN"),
        absent=("16",),
        id="warships",
    ),
    argument_row(
        "Spain will withdraw its troops from Iraq by the end of June, the defence ministry said.",
        "035",
        S("ESP"),
        S("IRQ"),
        absent=("16",),
        id="will-withdraw",
    ),
    argument_row(
        "Israeli troops pulled out of the town of Khiam on Friday.",
        "0874",
        S("ISR"),
        absent=("04", "16"),
        id="pulled-out",
    ),
    argument_row(
        "Russian forces pulled out of the city overnight.", "0874", S("RUS"), id="forces-pulled-out"
    ),
    argument_row(
        "US troops will pull out of Iraq by the end of the year.", "035", S("USA"), id="will-pull-out"
    ),
    argument_row("Britain pulled out of the talks.", None, absent=("08",), id="pulled-out-of-talks"),
    argument_row("The company pulled out of the deal.", None, absent=("08",), id="company-pulled-out"),
    # -- others than one's own forces stay 166; controls -------------------------------------------
    argument_row(
        "Russia withdrew its ambassador from Georgia.", "16", S("RUS"), absent=("08",), id="ambassador"
    ),
    argument_row(
        "Ukraine withdrew its peacekeepers from Lebanon.", "166", S("UKR"), absent=("08",), id="peacekeepers"
    ),
    argument_row(
        "Fiji withdrew its peacekeeping troops from the Golan Heights.",
        "166",
        S("FJI"),
        absent=("08",),
        id="peacekeeping",
    ),
    argument_row("Britain withdrew its aid to Malawi.", "16", S("GBR"), absent=("08",), id="aid"),
    argument_row(
        "Germany withdrew its proposal on farm subsidies.", None, absent=("08", "16"), id="proposal"
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_withdrawn_forces(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
