"""A blow to a vehicle befalls those it carried, named by a participle of carrying: "a drone
struck a car carrying PKK commanders" is an attack on the PKK. A vehicle carrying goods, or a
vehicle named with no one aboard, gives no target. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, ORG, TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "A Turkish drone struck a car carrying PKK commanders near Sinjar, killing three of them.",
        "19",
        S("TUR"),
        ORG("PKK"),
        id="car-carrying",
    ),
    argument_row(
        "An Israeli drone hit a car carrying Hezbollah fighters in southern Lebanon.",
        "19",
        S("ISR"),
        ORG("Hezbollah"),
        id="hit-car",
    ),
    argument_row(
        "Russian jets bombed a convoy transporting Ukrainian soldiers near Bakhmut.",
        "19",
        S("RUS"),
        S("UKR"),
        id="convoy-transporting",
    ),
]

#: (a blow beside a town falls in the town's state: "near Sinjar" is Iraq's, not the goods')
CONTROLS = [
    ("A Turkish drone struck a car carrying food near Sinjar.", "19", {S("IRQ")}),
    ("An Israeli drone hit a car carrying medical supplies near the port.", "19", set()),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_carried_targets(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "placed"), CONTROLS)
def test_no_one_carried(facts, text, code, placed):
    events = [e for e in facts(text, TABLE_DATE).events if e.cameo.startswith(FORCE_ROOTS)]
    assert all(set(e.targets) <= placed for e in events), events
