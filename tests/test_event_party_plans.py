"""A party's plans attacked are its leader's too (recall, issue 11).

"Tory leader Michael Howard set out his plans. Tony Blair attacked the Tory plans": a criticism
(11x) of a thing a party owns targets the party and the one person the story names as its
leader. Near misses: no leader named, the party itself accused, praise of the plans, a person
named with another role in the party.
"""

from __future__ import annotations

import pytest

DATE = "2005-02-01"
TORIES, HOWARD = "organization:conservative-party", "person:michael-howard"
LEAD = "Tory leader Michael Howard spoke in Kent on Monday."


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param(f"{LEAD} Tony Blair attacked the Tory plans.", {TORIES, HOWARD}, id="attacked-plans"),
        pytest.param(
            f"{LEAD} Tony Blair ridiculed the Conservatives' asylum policy.", {TORIES, HOWARD}, id="ridiculed"
        ),
        pytest.param(
            f"{LEAD} Charles Kennedy condemned the Tory proposals on tax.", {TORIES, HOWARD}, id="condemned"
        ),
        # near misses
        pytest.param("Tony Blair attacked the Tory plans.", {TORIES}, id="no-leader"),
        pytest.param(
            f"{LEAD} Tony Blair accused the party of telling lies.", {TORIES}, id="the-party-itself"
        ),
        pytest.param(
            "Tory spokesman David Davis spoke in Kent. Tony Blair attacked the Tory plans.",
            {TORIES},
            id="spokesman",
        ),
    ],
)
def test_party_plans_attacked(facts, text, targets):
    events = facts(text, DATE).events
    got = {t for e in events if e.cameo.startswith("11") for t in e.targets}
    assert got == targets, [(e.cameo, e.agents, e.targets) for e in events]


def test_party_plans_praised_are_not_the_leaders(facts):
    events = facts(f"{LEAD} Tony Blair praised the Tory plans.", DATE).events
    assert not any(HOWARD in e.targets for e in events), [(e.cameo, e.agents, e.targets) for e in events]
