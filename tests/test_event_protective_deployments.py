"""Forces sent to another state to keep someone safe are protection or peacekeeping (074), not a
build-up (153/154): a purpose of protection ("to protect gas fields", "to lead a UN-backed
mission", "to keep the peace"), a request ("at Maputo's request"), or peacekeepers named. Forces
massed at a border or sent with no such purpose stay 15x. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "Rwanda sent 1,000 troops to Mozambique to protect gas installations from insurgents.",
        "074",
        S("RWA"),
        S("MOZ"),
        absent=("15",),
        id="to-protect",
    ),
    argument_row(
        "Kenya sent 400 police officers to Haiti to lead a UN-backed mission against armed gangs.",
        "074",
        S("KEN"),
        S("HTI"),
        absent=("15",),
        id="police-to-lead",
    ),
    argument_row(
        "Turkey sent troops to Qatar at the request of the emir.",
        "074",
        S("TUR"),
        S("QAT"),
        absent=("15",),
        id="request",
    ),
    argument_row(
        "France deployed 300 soldiers to Chad at N'Djamena's request.",
        "074",
        S("FRA"),
        absent=("15",),
        id="possessive-request",
    ),
    argument_row(
        "Ghana deployed 800 peacekeeping troops to Lebanon.",
        "074",
        S("GHA"),
        S("LBN"),
        absent=("15",),
        id="peacekeeping",
    ),
    argument_row(
        "Britain will dispatch 500 soldiers to Sierra Leone to secure the airport.",
        "0",
        S("GBR"),
        absent=("15",),
        id="to-secure",
    ),
    # -- controls: a build-up, a purpose of force ---------------------------------------------------
    argument_row("Russia sent troops to the Ukrainian border.", "154", S("RUS"), absent=("07",), id="border"),
    argument_row(
        "India deployed extra troops along the border with China.",
        "154",
        S("IND"),
        absent=("07",),
        id="along-border",
    ),
    argument_row(
        "China sent warships to the disputed waters to assert its claims.",
        "15",
        S("CHN"),
        absent=("07",),
        id="assert",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_protective_deployments(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
