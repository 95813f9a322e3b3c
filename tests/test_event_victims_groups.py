"""Arguments of armed attacks named through a group: the victims' state from "its"/"their" on the
thing attacked, whose owners the clause above names ("Three Pakistani policemen were killed when
their checkpoint was attacked by Taliban fighters" is an attack on Pakistan); the agent from a
word of allegiance ("Fighters belonging to Hezbollah", "militias affiliated with the Islamic
State" are those groups); and where unnamed attackers struck, from the spot's "in" phrase, not
its nationality ("Insurgents fired rockets at a Turkish outpost in northern Syria": the place is
Syria, the target Turkey). Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, TABLE_DATE, check_argument_row
from factories import argument_row as row

TALIBAN, HEZBOLLAH = "organization:taliban", "organization:hezbollah"

ROWS = [
    # -- "their"/"its" on the thing attacked: the clause above says whose --------------------------
    row(
        "Three Pakistani policemen were killed when their checkpoint was attacked by Taliban fighters.",
        "19",
        TALIBAN,
        "state:PAK",
        id="their-checkpoint-when",
    ),
    row(
        "Two Indian soldiers were killed when their patrol was attacked by Lashkar-e-Taiba militants.",
        "19",
        "organization:lashkar-e-taiba",
        "state:IND",
        id="their-patrol",
    ),
    row(
        "Four Afghan soldiers died after their base was stormed by Taliban insurgents.",
        "19",
        TALIBAN,
        "state:AFG",
        id="after-stormed",
    ),
    row(
        "The Nigerian army said its convoy was ambushed by Boko Haram fighters near Maiduguri.",
        "19",
        "organization:boko-haram",
        "state:NGA",
        id="its-convoy-said",
    ),
    # -- allegiance: the group they belong to acts ---------------------------------------------
    row(
        "Fighters belonging to Hezbollah shelled Israeli positions along the border.",
        "19",
        HEZBOLLAH,
        "state:ISR",
        id="belonging",
    ),
    row(
        "Militias affiliated with the Islamic State attacked a Nigerian army base.",
        "19",
        "organization:islamic-state",
        "state:NGA",
        id="affiliated",
    ),
    row("Gunmen loyal to the Taliban killed two Afghan policemen.", "19", TALIBAN, "state:AFG", id="loyal"),
    row(
        "Militants allied with al-Qaeda attacked a Malian army convoy.",
        "19",
        "organization:al-qaeda",
        "state:MLI",
        id="allied",
    ),
    # -- unnamed attackers: the place is the spot's "in" phrase ---------------------------------
    row(
        "Insurgents fired rockets at a Turkish military outpost in northern Syria overnight.",
        "19",
        "state:SYR",
        "state:TUR",
        id="outpost-in",
    ),
    # -- controls --------------------------------------------------------------------------------
    row("Taliban fighters attacked a Pakistani police checkpoint.", "19", TALIBAN, "state:PAK", id="plain"),
    row(
        "Labour MPs loyal to Tony Blair criticised the rebels.",
        "11",
        "organization:labour-party",
        absent=FORCE_ROOTS,
        id="loyal-to-a-person-is-not-him",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_victims_and_groups(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Insurgents fired rockets at a Turkish military outpost in northern Syria overnight.",
        "Labour MPs loyal to Tony Blair criticised the rebels.",
    ],
)
def test_no_wrong_side(facts, text):
    """The spot's nationality is not the attackers'; a person they are loyal to is not them."""
    events = facts(text, TABLE_DATE).events
    assert not any("state:TUR" in e.agents or "person:tony-blair" in e.agents for e in events), [
        (e.cameo, e.agents, e.targets) for e in events
    ]


@pytest.mark.model
def test_an_objects_owner_is_not_the_reporter(facts):
    """ "its" on an object is not the subject of the clause that reports the act."""
    text = "Morocco sent its condolences to Algeria, the official MAP news agency reported."
    events = facts(text, TABLE_DATE).events
    assert events
    assert all(t.startswith("state:") for e in events for t in e.targets), [
        (e.cameo, e.targets) for e in events
    ]
