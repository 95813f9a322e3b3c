"""A state or government body telling of its own act in the passive with no "by" agent is its
agent ("The US has announced that Mamdouh Habib will be released without charge", "the Home
Office confirmed that the men would be deported"), and a named person freed or released by
someone who may free people is released (0841; 03x when only announced). Near misses: a person
or a campaign group telling of others' acts, a private person freeing someone, a thing released.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
HABIB = "person:mamdouh-habib"

ROWS = [
    argument_row("The US freed Mamdouh Habib.", "0841", "state:USA", HABIB, id="freed-named"),
    argument_row(
        "The US has announced that Mamdouh Habib will be released without charge.",
        "0",
        "state:USA",
        HABIB,
        absent=("17",),
        id="announced-release",
    ),
    argument_row(
        "The US has also announced that 48-year-old Australian Mamdouh Habib will be released.",
        "0",
        "state:USA",
        HABIB,
        id="announced-release-nationality",
    ),
    argument_row(
        "The Home Office confirmed that the men would be deported to Algeria.",
        "174",
        "organization:home-office",
        "state:DZA",
        id="confirmed-deportation",
    ),
    argument_row(
        "Egypt announced that three Israeli spies had been arrested.",
        "173",
        "state:EGY",
        "state:ISR",
        id="announced-arrest",
    ),
    # near misses
    argument_row("Lucy Smith freed Tom Jones from the car.", None, absent=("08",), id="private-rescue"),
    argument_row("EMI released Robbie Williams's new album.", None, absent=("08",), id="album"),
    argument_row(
        "Tony Blair said that the men would be deported to Algeria.", None, absent=("17",), id="person-tells"
    ),
    argument_row(
        "Amnesty said that the men had been tortured in Egypt.", None, absent=("18",), id="group-tells"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_announced_acts(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


def test_a_person_released_is_no_state_acted_upon(facts):
    """The nationality word of the person freed names no state acted upon."""
    text = "The US has also announced that 48-year-old Australian Mamdouh Habib will be released."
    events = facts(text, DATE).events
    assert events
    assert not any("state:AUS" in e.targets for e in events), [(e.cameo, e.targets) for e in events]
