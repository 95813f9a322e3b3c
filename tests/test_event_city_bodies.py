"""A city's court, police or prosecutors are its state's: "was sentenced by a Moscow court",
"Tehran prosecutors charged", "Basra police arrested" are acts of Russia, Iran and Iraq through
their judiciary or police; a city's council, mayor or newspaper is no act of the state. Every
sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, check_argument_row
from factories import argument_row as row

ROWS = [
    row(
        "A French researcher was sentenced to three years in prison by a Moscow court on Monday.",
        "17",
        "state:RUS",
        "state:FRA",
        id="moscow-court-passive",
    ),
    row(
        "A British journalist was jailed by a Tehran court for spying.",
        "17",
        "state:IRN",
        "state:GBR",
        id="tehran",
    ),
    row("A Manchester court jailed the man for six years.", "17", "state:GBR", id="manchester-active"),
    row("Tehran prosecutors charged the journalist with espionage.", "17", "state:IRN", id="prosecutors"),
    row("Basra police arrested three suspects on Monday.", "17", "state:IRQ", id="police"),
]

# controls: a city's own bodies and its press act for no state
NOT_STATE = [
    pytest.param("The Leeds council criticised the government.", id="council"),
    pytest.param("A Moscow newspaper accused the Kremlin of lying.", id="newspaper"),
    pytest.param("The Glasgow mayor criticised the British government.", id="mayor"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_city_body_is_the_state(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_STATE)
def test_city_council_or_press_is_not(facts, text):
    events = facts(text, TABLE_DATE).events
    city_state = {"state:GBR", "state:RUS"}
    assert not any(city_state & set(e.agents) for e in events), [
        (e.cameo, e.agents, e.targets) for e in events
    ]
