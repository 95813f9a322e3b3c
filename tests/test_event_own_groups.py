"""People named only by their group, met or acted upon by a state's minister, are that state's
own people (blind audit r18: "held a private meeting with senior union figures", "to kick out
more failed asylum seekers" had no target). A minister acts for the state the text ties them to
(an office of state, or a state named with them); a party's leader is no state."""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-03-27"
GBR = "state:GBR"

ROWS = [
    argument_row(
        "The British government faces a strike. Deputy Prime Minister John Prescott held a private meeting"
        " with senior union figures last week.",
        "04",
        "person:john-prescott",
        GBR,
        id="meeting-with-union-figures",
    ),
    argument_row(
        "Britain's Prime Minister Tony Blair held talks with business leaders in London.",
        "04",
        "person:tony-blair",
        GBR,
        id="talks-with-business-leaders",
    ),
    argument_row(
        "The British government faces a strike. Chancellor Gordon Brown met union leaders on Monday.",
        "04",
        "person:gordon-brown",
        GBR,
        id="met-union-leaders",
    ),
    argument_row(
        "Britain's Home Secretary Charles Clarke deported 40 failed asylum seekers.",
        "17",
        "person:charles-clarke",
        GBR,
        id="deported-asylum-seekers",
    ),
    argument_row(
        "Britain's Prime Minister Tony Blair met French union leaders.",
        "04",
        "person:tony-blair",
        "state:FRA",
        id="named-state-wins",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_own_people_named_by_group(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    "text",
    [
        # a party's leader is not the state; a deadline or a thing met is no one
        "Britain faces a strike. Tory leader Michael Howard met union leaders.",
        "The British government faces a strike. Chancellor Gordon Brown met the deadline.",
        "The British government faces a strike. Chancellor Gordon Brown met resistance from business.",
        # (what is met with or negotiated is no one met: "met with disapproval from X's groups")
        "Britain's Home Secretary Charles Clarke said the proposals had met with disapproval from"
        " fathers' rights groups.",
        "Britain's Home Secretary Charles Clarke said the government had been negotiating the return of"
        " the detainees since 2003.",
    ],
)
def test_no_own_people(facts, text):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith("04")]
    assert all(GBR not in e.targets for e in events), [(e.cameo, e.targets) for e in events]
