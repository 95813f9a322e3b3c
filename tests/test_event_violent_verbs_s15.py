"""Attacks told with violent or figurative verbs (session 15, bench/meaning_dev36).

The sense of a hostile verb is decided by what it is said of: a blow at a person, party, government
or a plan or policy (its owner the target) with words said along it ("calling it", "accusing it of")
is criticism; with weapons, armed men or a place hit it is force. "The government" a politician
attacks is the government of the one state the document names, and "the Socialist-led government"
is no government of another party's leader. Physical attacks on an unnamed spot "across" a state
are upon that state; armed men who carry people off abduct them (181). Near misses: games, words
that name a weapon, a blow at an aim. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, ORG, TABLE_DATE, P, S, argument_row, check_argument_row

ROWS = [
    # a blow in words at the government of the one state named
    argument_row(
        "Dutch opposition leader Joris Bakker mauled the government's asylum bill on Wednesday.",
        "111",
        P("Joris Bakker"),
        S("NLD"),
        absent=FORCE_ROOTS,
        id="government-of-the-one-state",
    ),
    argument_row(
        "Portuguese Social Democratic Party leader Rui Costa savaged the Socialist-led government, "
        "accusing it of lying.",
        "111",
        P("Rui Costa"),
        S("PRT"),
        absent=FORCE_ROOTS,
        id="rival-party-led-government",
    ),
    # words said along a blow make it words, whatever the verb
    argument_row(
        "Kenyan senator Amos Kiptoo went after the Orange Democratic Movement, calling it a cartel.",
        "111",
        P("Amos Kiptoo"),
        absent=FORCE_ROOTS,
        id="went-after-calling",
    ),
    argument_row(
        "Belgian minister Lotte Peeters turned her fire on the French government, accusing it of hypocrisy.",
        "111",
        P("Lotte Peeters"),
        S("FRA"),
        absent=FORCE_ROOTS,
        id="turned-fire-accusing",
    ),
    argument_row(
        "Romanian Prime Minister Radu Ionescu took aim at Hungary's minority law, saying Budapest "
        "had 'fired the first shot'.",
        "111",
        P("Radu Ionescu"),
        S("HUN"),
        absent=FORCE_ROOTS,
        id="aim-weapon-in-words-said",
    ),
    argument_row(
        "Chilean senator Ines Varela torched the Argentine border plan as reckless.",
        "111",
        P("Ines Varela"),
        S("ARG"),
        absent=FORCE_ROOTS,
        id="weapon-word-modifies-the-plan",
    ),
    # more verbs of the class
    argument_row(
        "Greek Foreign Minister Eleni Markou scolded Turkey's drilling plan on Monday.",
        "111",
        P("Eleni Markou"),
        S("TUR"),
        id="scolded-a-plan",
    ),
    argument_row(
        "Austrian Chancellor Felix Huber lacerated Italy over its migrant policy.",
        "111",
        P("Felix Huber"),
        S("ITA"),
        absent=FORCE_ROOTS,
        id="lacerated",
    ),
    argument_row(
        "Finnish minister Aino Virtanen was bludgeoned by Russia's foreign ministry over the border closure.",
        "11",
        None,
        absent=FORCE_ROOTS,
        id="bludgeoned-passive",
    ),
    # force upon an unnamed spot across a state, through a convoy, and people carried off
    argument_row(
        "Russian missiles slammed into substations across northern Ukraine on Friday.",
        "19",
        S("RUS"),
        S("UKR"),
        id="spot-across-a-state",
    ),
    argument_row(
        "An Israeli drone ripped through a car in southern Lebanon, killing two Hezbollah members.",
        "19",
        S("ISR"),
        id="ripped-through",
    ),
    argument_row(
        "Al-Shabaab militants snatched six teachers from a school in Kenya's Mandera county.",
        "181",
        ORG("Al-Shabaab"),
        id="snatched",
    ),
    argument_row(
        "Boko Haram fighters took 30 farmers hostage near Maiduguri in Nigeria.",
        "181",
        ORG("Boko Haram"),
        id="took-hostage",
    ),
    argument_row(
        "An Israeli drone tore through a convoy of Hezbollah fighters in southern Lebanon.",
        "19",
        S("ISR"),
        ORG("Hezbollah"),
        id="people-hit-through-a-convoy",
    ),
    argument_row(
        "Houthi drones set a fuel depot in Saudi Arabia's Jazan province ablaze on Monday.",
        "19",
        None,
        S("SAU"),
        id="set-ablaze",
    ),
    # near misses
    argument_row(
        "Top seeds Lukas Novak and Pavel Marek thrashed Andrea Rossi and Marco Bianchi 6-1 6-2 in Prague.",
        None,
        absent=("11", *FORCE_ROOTS),
        id="tennis-score",
    ),
    argument_row(
        "Student protesters set fire to tyres outside parliament in Nairobi.",
        None,
        absent=FORCE_ROOTS,
        id="protesters-set-fire",
    ),
    argument_row(
        "The Indian cricket team thrashed the Pakistani bowlers in Lahore on Sunday.",
        None,
        absent=("11", *FORCE_ROOTS),
        id="cricket",
    ),
    argument_row(
        "The Indian cricket team savaged the Pakistani bowling attack in Lahore on Sunday.",
        None,
        absent=("11", *FORCE_ROOTS),
        id="cricket-savaged",
    ),
    argument_row(
        "Irish Prime Minister Ciaran Doyle took aim at a third term on Monday.",
        None,
        absent=("11", *FORCE_ROOTS),
        id="aim-at-an-aim",
    ),
    argument_row(
        "Police seized three suspects in Lagos on Tuesday.",
        None,
        absent=("181",),
        id="police-seize-suspects",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_violent_verbs(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
