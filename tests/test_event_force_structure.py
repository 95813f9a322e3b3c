"""Physical attacks told by their structure, whatever the verb (`EventExtractor._force_by_structure`).

An armed actor or its weapons as the subject ("Ukrainian sea drones", "Hezbollah fighters", "Indian
guns"), or a weapon as the instrument ("with machine-gun fire", "with two anti-ship missiles"), and a
verb whose object, or what it is aimed "on / at / into" or fires into, is a thing, place or actor of
another side make an attack (190, made 193-195 by the weapon), its target the owner of the thing hit;
a pronoun object ("rammed it", "hit it") stands for the thing named before it. The verbs of the
positive rows are in no table of the project ("crippled", "hobbled", "pulverised", "bulldozed"): the
reach of the structure. The controls: verbs the tables code as peaceful acts (guarded, trained,
supplied, visited, evacuated, inspected), verbs of praise or help (rescued, protected), of going along
with or watching (escorted, shadowed), verbs of no event alone (entered, flew over), blows of sport and
of business, a thing crippled by sanctions. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, ORG, TABLE_DATE, S, argument_row, check_argument_row

REACH = [
    ("Ukrainian naval drones crippled a Russian patrol ship off the coast of Crimea.", "195", "UKR", "RUS"),
    ("Israeli jets disabled a Syrian air defence battery near Damascus.", "195", "ISR", "SYR"),
    ("Russian glide bombs gutted a Ukrainian school in Kharkiv.", "19", "RUS", "UKR"),
    ("Indian commandos neutralised a Pakistani bunker across the Line of Control.", "19", "IND", "PAK"),
    ("Ukrainian missiles immobilised a Russian landing ship in Sevastopol harbour.", "195", "UKR", "RUS"),
    ("Azerbaijani drones hobbled an Armenian supply convoy near Lachin.", "195", "AZE", "ARM"),
    ("Eritrean tanks incapacitated an Ethiopian armoured column near Badme.", "194", "ERI", "ETH"),
    ("Ukrainian sea drones wrecked a Russian corvette near Novorossiysk.", "195", "UKR", "RUS"),
    ("Russian missiles toppled a Ukrainian television tower in Kyiv.", "195", "RUS", "UKR"),
    ("Israeli jets pulverised a Hamas command post in Gaza City.", "195", "ISR", ORG("Hamas")),
    ("Russian drones mangled a Ukrainian grain terminal in Izmail.", "195", "RUS", "UKR"),
    ("Ukrainian sea drones holed a Russian landing ship off Crimea.", "195", "UKR", "RUS"),
    ("Israeli soldiers bulldozed a Palestinian school in Masafer Yatta.", "19", "ISR", "PSE"),
    ("Azerbaijani howitzers battered Armenian trenches near Jermuk.", "194", "AZE", "ARM"),
    ("Indian artillery punched holes in Pakistani bunkers along the Line of Control.", "194", "IND", "PAK"),
    # a particle, or an aimed preposition, with a verb of no event alone
    ("Israeli warplanes knocked out a Hezbollah rocket launcher in southern Lebanon.", "195", "ISR", None),
    ("American drones took out an Islamic State convoy near Raqqa.", "195", "USA", None),
    # the passive: the "by" phrase acts
    ("A Russian minesweeper was crippled by Ukrainian sea drones near Sevastopol.", "195", "UKR", "RUS"),
    # the weapon as the instrument
    ("Houthi gunmen riddled a Saudi border post with bullets.", "19", None, "SAU"),
    ("Pakistani troops sprayed Indian bunkers with machine-gun fire near Uri.", "19", "PAK", "IND"),
    ("Hezbollah fighters pelted Israeli army posts near Metula with anti-tank rockets.", "194", None, "ISR"),
    ("The Houthis targeted a Liberian-flagged tanker with two anti-ship missiles.", "19", None, "LBR"),
    # what is fired, and where into
    (
        "Indian guns lobbed shells across the Line of Control into the Neelum valley of Pakistan.",
        "194",
        "IND",
        "PAK",
    ),
    # a pronoun object: the thing named before it, in its sentence or the one before
    (
        "A British cargo ship entered the Red Sea on Monday, and Houthi rebels crippled it with a drone.",
        "195",
        None,
        "GBR",
    ),
    (
        "A Russian frigate sailed past Odesa at dawn, and Ukrainian drones disabled it hours later.",
        "195",
        "UKR",
        "RUS",
    ),
    (
        "A Greek tanker left Hodeidah on Monday. The Houthis hit it with two anti-ship missiles.",
        "195",
        None,
        "GRC",
    ),
    ("Sudanese army jets blinded a Rapid Support Forces radar post in Darfur.", "195", "SDN", None),
]

ROWS = [
    argument_row(
        text,
        code,
        S(agent) if agent else None,
        (target if ":" in target else S(target)) if target else None,
        id=f"reach-{i:02d}",
    )
    for i, (text, code, agent, target) in enumerate(REACH, 1)
]

CONTROLS = [
    "Indian batsman Rohit Varma hit three sixes against Pakistan in Lahore.",
    "Greek shipping firms were crippled by Russian sanctions.",
    "British Airways struck a deal with Qatar Airways on Monday.",
    "French troops guarded a Malian polling station in Gao.",
    "Chinese warships escorted a convoy of Greek merchant ships through the Gulf of Aden.",
    "Russian warships shadowed a British frigate in the Black Sea.",
    "Indian soldiers rescued Pakistani fishermen off the coast of Gujarat.",
    "American jets flew over Seoul during South Korea's Armed Forces Day parade.",
    "Turkish troops entered Syrian territory near Afrin on Sunday.",
    "Nigerian troops evacuated Cameroonian refugees from a flooded camp in Borno.",
    "Polish troops trained Ukrainian soldiers with new Leopard tanks at a range near Wroclaw.",
    "German engineers repaired a Ukrainian power plant with spare turbines.",
    "The Turkish drone maker Baykar supplied the Ukrainian navy with new sea drones.",
    "Italian soldiers protected an Iraqi hospital in Nasiriyah.",
    "US marines inspected a Panamanian cargo ship in the Caribbean.",
    "Indian army doctors treated Nepalese villagers with new antibiotics.",
    "Russian troops visited a Serbian monastery in Kosovo.",
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_force_by_structure(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.parametrize("text", CONTROLS, ids=[f"control-{i:02d}" for i in range(1, len(CONTROLS) + 1)])
def test_no_force_without_a_blow(facts, text):
    events = facts(text, TABLE_DATE).events
    assert not [e for e in events if e.cameo.startswith(FORCE_ROOTS) and not e.negated], events


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        (
            "Baloch Liberation Army militants hijacked a passenger train in Balochistan, officials said.",
            "181",
            ORG("Baloch Liberation Army"),
            S("PAK"),
        ),
        (
            "Boko Haram fighters abducted 30 schoolgirls in Kebbi state, Nigerian police said.",
            "181",
            ORG("Boko Haram"),
            S("NGA"),
        ),
        (
            "Houthi rebels hijacked a Japanese-owned car carrier in the Red Sea, the ship's operator said.",
            "181",
            None,
            S("JPN"),
        ),
    ],
    ids=["hijacked-train-said", "abducted-said", "hijacked-owned-ship"],
)
def test_seizure_told_by_a_speaker(facts, text, code, agent, target):
    """A hostage-taking or hijacking (181) told by a plain verb of saying is the news, not only the
    speaker's charge; its target is the owner of what was seized (its place, its owner's word)."""
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, ())
