"""Actors the wire names by a sector, a side or a group's office (issue 11, session 17), on sentences
written for this table.

- A group named by its sector whose state is where it is based: "Rebels based in Chad", "Militants
  operating in Somalia", "Police based in Ghana" are of that state (not an army's: troops are stationed
  abroad); a capitalised plural opening the sentence ("Rebels", "Militants") is that sector's people even
  when the tagger takes it for a name or a place.
- A crowd named by the side it takes ("supporters of the jailed opposition leader", "opponents of the
  new constitution", "loyalists of the deposed president") whose leader tells no state is of the place
  it acts in, as protesters are.
- A named armed group before an office word ("a Hezbollah commander", "a Hamas leader") is the group,
  as "a Hamas official" is.
- A people of descent ("Ethnic Albanians", "ethnic Russians in Estonia") is of the state it lives and acts
  in, not of the state its name is made from; a state's ally is another party ("France's closest ally,
  Germany," is Germany; "Israel's allies" are not Israel), a politician's allies stay of his state.
Controls: troops stationed abroad are not the host's; a side's words with no place are no event; the
object's nationality never stands for an unnamed agent's.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, argument_row, check_argument_row, show_events

ROWS = [
    argument_row(
        "Rebels based in Chad raided a village across the border in Sudan.",
        "19",
        "state:TCD",
        "state:SDN",
        id="rebels-based-in",
    ),
    argument_row(
        "Rebels in Mali kidnapped two French aid workers.", "181", "state:MLI", "state:FRA", id="rebels-in"
    ),
    argument_row(
        "Militants operating in Somalia attacked a Kenyan border post.",
        "19",
        "state:SOM",
        "state:KEN",
        id="militants-operating-in",
    ),
    argument_row(
        "Police based in Ghana arrested three Nigerian traders.",
        "173",
        "state:GHA",
        "state:NGA",
        id="police-based-in",
    ),
    argument_row(
        "Supporters of the jailed opposition leader blocked a highway near Kampala.",
        "14",
        "state:UGA",
        id="supporters-of",
    ),
    argument_row(
        "Opponents of the new constitution marched through the streets of Nairobi.",
        "14",
        "state:KEN",
        id="opponents-of",
    ),
    argument_row(
        "Loyalists of the deposed president stormed a radio station in Bamako.",
        None,
        "state:MLI",
        id="loyalists-of",
    ),
    argument_row(
        "Israeli jets killed a Hezbollah commander in southern Lebanon.",
        "19",
        "state:ISR",
        "organization:hezbollah",
        id="group-commander",
    ),
    argument_row(
        "Turkish police detained a Hamas leader in Istanbul.",
        "173",
        "state:TUR",
        "organization:hamas",
        id="group-leader",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_actor_classes(facts, text, code, agent, target, absent):
    events = facts(text, date=TABLE_DATE).events
    check_argument_row(events, code, agent, target, absent)
    if code is None:
        assert any(agent in e.agents for e in events), show_events(events)


@pytest.mark.parametrize(
    ("text", "not_agent"),
    [
        # an army's base abroad tells not whose it is
        pytest.param("Troops stationed in Germany seized a cargo of weapons.", "state:DEU", id="stationed"),
        # the people acted upon are not the unnamed police
        pytest.param(
            "Police based in Ghana arrested three Nigerian traders.", "state:NGA", id="object-demonym"
        ),
        pytest.param(
            "Militants operating in Somalia attacked a Kenyan border post.", "state:KEN", id="object-post"
        ),
    ],
)
def test_not_the_agent(facts, text, not_agent):
    events = facts(text, date=TABLE_DATE).events
    assert not any(not_agent in e.agents for e in events), show_events(events)


def test_side_words_no_place(facts):
    """Supporters saying what a plan does, no place: no event of any state."""
    events = facts("Supporters of the plan said it would help farmers.", date=TABLE_DATE).events
    assert not any(a.startswith("state:") for e in events for a in e.agents), show_events(events)


def test_opening_sector_plural_no_place(facts):
    """ "Rebels" opening the sentence is no location, whatever the tagger says."""
    found = facts("Rebels based in Chad raided a village across the border in Sudan.", date=TABLE_DATE)
    assert not any(e.key.startswith("location:rebel") for e in found.entities), [
        e.key for e in found.entities
    ]


def test_group_before_office_is_the_group(facts):
    found = facts("Afghan commandos killed a Taliban commander in a night raid.", date=TABLE_DATE)
    assert "organization:taliban" in {e.key for e in found.entities}
    assert any("organization:taliban" in e.targets for e in found.events), show_events(found.events)


PEOPLES = [
    argument_row(
        "Ethnic Albanians attacked a police station in Macedonia on Monday.",
        "19",
        "state:MKD",
        id="ethnic-people-place",
    ),
    argument_row(
        "Ethnic Russians in Estonia protested against the language law.",
        None,
        "state:EST",
        id="ethnic-people-in",
    ),
    argument_row(
        "France's closest ally, Germany, praised the plan.", "051", "state:DEU", id="ally-apposition"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), PEOPLES)
def test_peoples_and_peers(facts, text, code, agent, target, absent):
    events = facts(text, date=TABLE_DATE).events
    check_argument_row(events, code, agent, target, absent)
    assert any(agent in e.agents for e in events), show_events(events)


@pytest.mark.parametrize(
    ("text", "role", "not_key"),
    [
        # a people of descent is not the state its name is made from
        pytest.param(
            "Ethnic Albanians attacked a police station in Macedonia on Monday.",
            "agents",
            "state:ALB",
            id="not-alb",
        ),
        # a state's ally is another party
        pytest.param(
            "France's closest ally, Germany, praised the plan.", "agents", "state:FRA", id="not-france"
        ),
        pytest.param(
            "Syrian troops shelled positions held by Israel's allies in southern Lebanon.",
            "targets",
            "state:ISR",
            id="not-israel",
        ),
    ],
)
def test_not_the_named_state(facts, text, role, not_key):
    events = facts(text, date=TABLE_DATE).events
    assert not any(not_key in getattr(e, role) for e in events), show_events(events)


def test_politicians_allies_keep_their_state(facts):
    """A politician's allies stay of the state he serves, as his supporters do."""
    events = facts(
        "Mr Brown's allies criticised the Prime Minister's plan in London on Monday.", date=TABLE_DATE
    ).events
    assert any(e.cameo.startswith("11") and "state:GBR" in e.agents for e in events), show_events(events)
