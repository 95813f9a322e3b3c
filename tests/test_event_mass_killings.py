"""The killing of a hundred or more non-combatants is CAMEO's mass killing (202): "killed
hundreds of civilians", "massacred 300 villagers", "hundreds of civilians were killed by ...".
Fighters or soldiers killed, a few or dozens killed, and a bombing that kills many keep their
codes. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row("Nigerian rebels killed 350 villagers.", "202", S("NGA"), id="number"),
    argument_row(
        "Sudanese militiamen killed hundreds of civilians in Darfur last week.",
        "202",
        S("SDN"),
        id="hundreds-of",
    ),
    argument_row(
        "Congolese militia fighters killed more than 200 civilians in a three-day rampage.",
        "202",
        S("COD"),
        id="more-than",
    ),
    argument_row(
        "Hundreds of civilians were killed by Sudanese militiamen.", "202", S("SDN"), id="passive-hundreds"
    ),
    argument_row(
        "Thousands of refugees were killed by Burundian militiamen.", "202", S("BDI"), id="thousands"
    ),
    argument_row(
        "Gunmen killed 120 worshippers at a mosque in Kano.", "202", None, S("NGA"), id="worshippers"
    ),
    # -- controls ----------------------------------------------------------------------------
    argument_row("Russian troops killed 12 civilians.", "19", S("RUS"), absent=("20",), id="a-few"),
    argument_row("Rebels killed dozens of villagers.", None, absent=("20",), id="dozens"),
    argument_row(
        "Israeli troops killed hundreds of Hamas fighters.", "19", S("ISR"), absent=("20",), id="fighters"
    ),
    argument_row(
        "A suicide bomber killed hundreds of people in Baghdad.", "183", absent=("20",), id="bombing"
    ),
    argument_row("The army killed 250 militants in Swat.", None, absent=("20",), id="militants"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_mass_killings(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
