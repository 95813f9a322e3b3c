"""Wire verbs of the CAMEO dictionary's classes, on sentences written for this file:
fire set to buildings is property destroyed (1712), and a crowd of protest
setting it riots (145); intelligence or information passed to someone named is shared (064); armed
men held and freed are captives released (084, 0353 when promised).
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    # -- fire set by crowds and others ---------------------------------------------------------
    argument_row(
        "Protesters set fire to a police station in Nairobi.",
        "145",
        S("KEN"),
        absent=("17", "18"),
        id="protesters-fire",
    ),
    argument_row("Bangladeshi protesters set fire to a police post.", "145", S("BGD"), id="demonym-fire"),
    argument_row("Rioters burned a police station in Dhaka.", "145", S("BGD"), id="burned-station"),
    argument_row("Sri Lankan troops set fire to Tamil homes in Jaffna.", "1712", S("LKA"), id="troops-fire"),
    argument_row("The minister set fire to the debate.", None, absent=("1", "0"), id="figurative-control"),
    argument_row(
        "Protesters burned an effigy of the president.", None, absent=("145", "17"), id="effigy-control"
    ),
    # -- intelligence passed --------------------------------------------------------------------
    argument_row(
        "Moroccan intelligence passed information to Spain about a planned attack in Madrid.",
        "064",
        S("MAR"),
        S("ESP"),
        id="passed-information",
    ),
    argument_row(
        "Information passed by Singapore police to their Malaysian counterparts led to two arrests.",
        "064",
        S("SGP"),
        S("MYS"),
        id="passive-information",
    ),
    argument_row(
        "Britain provided intelligence to Pakistan on the plot.", "064", S("GBR"), S("PAK"), id="provided"
    ),
    argument_row(
        "The company provided information on its results.", None, absent=("06",), id="no-one-control"
    ),
    # -- armed men freed --------------------------------------------------------------------------
    argument_row(
        "Colombia's government said it would free 20 jailed guerrillas as a goodwill gesture.",
        "0353",
        S("COL"),
        id="free-guerrillas",
    ),
    argument_row(
        "Sudan's army will free 50 fighters of the Rapid Support Forces captured in Khartoum.",
        "0353",
        S("SDN"),
        id="free-fighters",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_wire_verbs(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
