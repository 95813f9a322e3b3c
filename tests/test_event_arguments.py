"""Agents and targets of the common frames (issue 11.4), on sentences written for this table.

Each row: the sentence, the code prefix, the agents and the targets of one expected event,
and how many events of that root the sentence gives (coordinated agents act in one event,
and a joint act is one event too).
"""

from __future__ import annotations

import pytest

FRAMES = [
    (
        "Emmanuel Macron's visit to India ended on Friday.",
        "042",
        {"person:emmanuel-macron"},
        {"state:IND"},
        1,
    ),
    # (talks "with" a partner are the partner's too: each side an agent, each the other's target)
    ("Iran held talks with Oman on Monday.", "04", {"state:IRN", "state:OMN"}, {"state:OMN", "state:IRN"}, 1),
    (
        "The European Union imposed sanctions on Russia.",
        "163",
        {"organization:european-union"},
        {"state:RUS"},
        1,
    ),
    ("US sanctions on Iran hurt its economy.", "163", {"state:USA"}, {"state:IRN"}, 1),
    ("Japan announced new aid to Indonesia.", "07", {"state:JPN"}, {"state:IDN"}, 1),
    ("China's aid to Pakistan increased.", "07", {"state:CHN"}, {"state:PAK"}, 1),
    ("Germany summoned Iran's ambassador.", "114", {"state:DEU"}, {"state:IRN"}, 1),
    ("Iran warned Israel.", "13", {"state:IRN"}, {"state:ISR"}, 1),
    ("Rwanda accused France of complicity in the genocide.", "112", {"state:RWA"}, {"state:FRA"}, 1),
    ("Britain expelled Russia's diplomats.", "166", {"state:GBR"}, {"state:RUS"}, 1),
    ("Russian troops killed Ukrainian civilians.", "19", {"state:RUS"}, {"state:UKR"}, 1),
    ("Ukrainian civilians were killed by Russian troops.", "19", {"state:RUS"}, {"state:UKR"}, 1),
    ("Peter Jones killed John Smith.", "1823", {"person:peter-jones"}, {"person:john-smith"}, 1),
    ("Sanctions against Iran were imposed by Japan.", "163", {"state:JPN"}, {"state:IRN"}, 1),
    (
        "John Smith was killed by Peter Jones in Boston.",
        "1823",
        {"person:peter-jones"},
        {"person:john-smith"},
        1,
    ),
    (
        "Mark Chapman, who killed John Lennon outside his apartment, was denied parole.",
        "1823",
        {"person:mark-chapman"},
        {"person:john-lennon"},
        1,
    ),
    (
        "Sirhan Sirhan, the assassin of Robert F. Kennedy, appeared before the parole board.",
        "186",
        {"person:sirhan-sirhan"},
        {"person:robert-f-kennedy"},
        1,
    ),
    (
        "Kennedy's assassin Lee Harvey Oswald was shot two days later.",
        "186",
        {"person:lee-harvey-oswald"},
        {"person:kennedy"},
        1,
    ),
    ("Peter Smith was the killer of John Brown.", "18", {"person:peter-smith"}, {"person:john-brown"}, 1),
    # coordinated agents: one event of them all; a joint act: one event
    (
        "GM and Ford blamed Japan for the losses.",
        "112",
        {"organization:ford", "organization:gm"},
        {"state:JPN"},
        1,
    ),
    # (a visit, and its hosting by the state visited: two events)
    ("Russia and China sent delegations to North Korea.", "04", {"state:CHN", "state:RUS"}, {"state:PRK"}, 2),
    # (a joint act: each participant acts, upon the others)
    (
        "Talks between Iran and Oman ended on Monday.",
        "04",
        {"state:IRN", "state:OMN"},
        {"state:IRN", "state:OMN"},
        1,
    ),
    (
        "The US, Russia, and Switzerland met yesterday.",
        "04",
        {"state:USA", "state:RUS", "state:CHE"},
        {"state:USA", "state:RUS", "state:CHE"},
        1,
    ),
    # a target given indirectly: the object's owner, the place acted upon
    ("Austria denounced Hungary's crackdown on journalists.", "111", {"state:AUT"}, {"state:HUN"}, 1),
    (
        "Berlin rejected recent appeals by Hungary's leaders for more funds.",
        "12",
        {"state:DEU"},
        {"state:HUN"},
        1,
    ),
    (
        "The United States suspended part of an aid programme for Kenya.",
        "16",
        {"state:USA"},
        {"state:KEN"},
        1,
    ),
    ("British activists staged a protest in Beijing.", "14", {"state:GBR"}, {"state:CHN"}, 1),
    ("Chinese police arrested dozens of students in Beijing.", "173", {"state:CHN"}, {"state:CHN"}, 1),
    ("Russian troops held exercises in Moscow.", "15", {"state:RUS"}, set(), 1),
    ("Thousands of Polish workers protested in Warsaw.", "14", {"state:POL"}, {"state:POL"}, 1),
    ("Germany met Poland in Moscow.", "04", {"state:DEU", "state:POL"}, {"state:POL", "state:DEU"}, 1),
]

NO_AGENT = [
    # a passive without "by" names no actor: the place or noun above is acted upon
    "Serbia lifted a curfew in Montenegro where 28 people have been killed this year.",
    "Russia invaded Ukraine and was condemned.",
    # the one acted upon is not its own actor: "her" names whose bodyguards they were
    "Indian Prime Minister Indira Gandhi was killed by two of her bodyguards.",
]


@pytest.mark.parametrize(
    ("text", "code", "agents", "targets", "count"), FRAMES, ids=[f[0][:40] for f in FRAMES]
)
def test_frame(facts, text, code, agents, targets, count):
    events = [e for e in facts(text).events if e.cameo.startswith(code)]
    shown = [(e.cameo, e.agents, e.targets) for e in facts(text).events]
    assert any(agents <= set(e.agents) and set(e.targets) == targets for e in events), shown
    assert len(events) == count, shown


@pytest.mark.parametrize("text", NO_AGENT)
def test_passive_without_agent_names_none(facts, text):
    events = facts(text).events
    assert not [e for e in events if e.trigger in ("killed", "condemned") and e.agents], events
