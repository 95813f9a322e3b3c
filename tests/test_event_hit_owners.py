"""The target of a physical attack (18-20) that names no one is the owner of the thing hit: a
state's or group's word on the thing ("a Russian patrol boat", "an al-Qaeda hideout"), else the one
state of the place the thing is in, at, near or off ("a power station in the Odesa region", "shells
into the Kupwara district", "an air strike on a school in Khan Younis"). A place that only says
where the agents are based gives no target. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "Russian missiles struck a grain terminal in the Mykolaiv region on Sunday.",
        "19",
        S("RUS"),
        S("UKR"),
        id="terminal-in-region",
    ),
    argument_row(
        "Pakistani troops fired artillery shells into the Poonch district overnight.",
        "19",
        S("PAK"),
        S("IND"),
        id="shells-into-district",
    ),
    argument_row(
        "Syrian government jets bombed a bakery in Aleppo province, killing 12 people.",
        "19",
        S("SYR"),
        S("SYR"),
        id="own-province",
    ),
    argument_row(
        "Russian drones struck a fuel depot at Odesa's port on Tuesday.",
        "19",
        S("RUS"),
        S("UKR"),
        id="at-possessed-port",
    ),
    argument_row(
        "Ukrainian sea drones hit a Russian patrol boat in the Black Sea on Friday.",
        "19",
        S("UKR"),
        S("RUS"),
        id="nationality-on-thing",
    ),
    argument_row(
        "Georgian police fired rubber bullets at an Armenian truck near the Sadakhlo crossing.",
        None,
        None,
        None,
        id="no-crash",
    ),
    argument_row(
        "Turkish jets bombed a hideout of PKK fighters in the Qandil mountains.",
        "19",
        S("TUR"),
        None,
        id="group-of",
    ),
    argument_row(
        "Rwandan-backed rebels shelled a hospital near Goma, killing four patients.",
        "19",
        None,
        S("COD"),
        id="near-city",
    ),
]

CONTROLS = [
    # the place only says where the gunmen are based; the thing hit is nowhere placed
    "Gunmen based in Peshawar attacked a convoy on the main road, police said.",
    "French and Indian officials struck a deal on fighter jets in Paris on Monday.",
    # backing is no owning
    "Russian jets bombed French-backed rebels near Gao.",
    "Arsenal's strikers hit the bar twice at the Emirates before Chelsea scored.",
    "The liner Queen Elizabeth docked at Southampton after a storm damaged its hull.",
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_hit_owners(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.model
@pytest.mark.parametrize("text", CONTROLS)
def test_no_owner_read(facts, text):
    events = [e for e in facts(text, TABLE_DATE).events if e.cameo.startswith(FORCE_ROOTS)]
    assert all(
        S("PAK") not in e.targets and S("FRA") not in e.targets and S("GBR") not in e.targets for e in events
    ), events
