"""People named only by their group ("senior union figures", "business leaders", "failed asylum
seekers"), met or acted upon by a minister, are no state acted upon: the held-out BBC golds
(bench/heldout_bbc5, "where its only target is ... an unnamed group (union figures) its targets
list is empty") leave them out, and the state they belong to would read as the minister's own state
acted upon. (Blind audit r18 wanted "senior union figures" named; a target of the minister's own
state, tried this session, scored as false positives on heldout_bbc5 and was taken out.) A state
named with the group is acted upon."""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-03-27"
GBR = "state:GBR"


@pytest.mark.parametrize(
    ("text", "code", "agent", "target", "absent"),
    [
        argument_row(
            "Britain's Prime Minister Tony Blair met French union leaders.",
            "04",
            "person:tony-blair",
            "state:FRA",
            id="named-state",
        ),
    ],
)
def test_group_of_a_named_state(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    "text",
    [
        "The British government faces a strike. Deputy Prime Minister John Prescott held a private meeting"
        " with senior union figures last week.",
        "The British government faces a strike. Chancellor Gordon Brown met union leaders on Monday.",
        "Britain faces a strike. Tory leader Michael Howard met union leaders.",
        "The British government faces a strike. Chancellor Gordon Brown met the deadline.",
        "Britain's Home Secretary Charles Clarke said the proposals had met with disapproval from"
        " fathers' rights groups.",
        "Britain's Home Secretary Charles Clarke said the government had been negotiating the return of"
        " the detainees since 2003.",
    ],
)
def test_no_own_state_met(facts, text):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith("04")]
    assert all(GBR not in e.targets for e in events), [(e.cameo, e.targets) for e in events]
