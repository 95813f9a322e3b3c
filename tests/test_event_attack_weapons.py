"""Physical attacks: the weapon decides the code, the thing or place hit decides the target.

The weapon or vehicle named in an attack's frame (``data/weapon_codes.tsv``: the attacker, the
passive's "by" phrase, the "with" phrase, a firing verb's object, a noun of attack) makes a plain
attack 195 (aircraft, drones, missiles, air strikes) or 194 (artillery, tanks, shells, rockets).
A noun of attack tells its target by its "on / into / of" phrase ("the bombardment of X killed",
"air strikes by X on a market in Y's Z province"), a town the tagger read as a body is its state,
fire "from" one state's land upon another's is that state's, armed men no one names or places act
where their victims are. More blows of reporters: "rained down on", "mowed down", "razed", "lobbed
shells", "sank", "wounded". Near misses: a blow told of a game, barrages and lobs of words, a
helicopter shot down (the target, not the weapon), a roadside bomb. Every sentence is written for
this file.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, ORG, TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    # the weapon decides the code
    argument_row(
        "Syrian helicopters struck rebel positions outside Hama on Friday.", "195", S("SYR"), id="helicopters"
    ),
    argument_row(
        "Ethiopian tanks fired on Eritrean trenches near Badme.",
        "194",
        S("ETH"),
        S("ERI"),
        id="tanks-fired-on",
    ),
    argument_row(
        "Indian artillery pounded Pakistani posts along the border overnight.",
        "194",
        S("IND"),
        S("PAK"),
        id="artillery-pounded",
    ),
    argument_row(
        "Russian forces attacked the port of Izmail with drones overnight.", "195", S("RUS"), id="with-drones"
    ),
    argument_row(
        "A Turkish drone strike killed two PKK commanders in Sinjar.",
        "195",
        S("TUR"),
        ORG("PKK"),
        id="drone-strike-killed",
    ),
    argument_row(
        "Eritrean positions were hit by Ethiopian missiles on Tuesday.",
        "195",
        S("ETH"),
        S("ERI"),
        id="hit-by-missiles",
    ),
    # nouns of attack and the thing they were upon
    argument_row(
        "The Russian bombardment of Kherson killed three people.",
        "19",
        S("RUS"),
        S("UKR"),
        id="bombardment-of-town",
    ),
    argument_row(
        "Air strikes by the Saudi-led coalition on a market in Yemen's Hajjah province killed 20 people.",
        "195",
        S("SAU"),
        S("YEM"),
        id="strikes-by-on",
    ),
    argument_row(
        "An Iranian drone attack hit bases of the PKK in northern Iraq.",
        "195",
        S("IRN"),
        ORG("PKK"),
        id="bases-of-group",
    ),
    argument_row(
        "Hezbollah fired a salvo of rockets into the Galilee on Monday.",
        "19",
        ORG("Hezbollah"),
        S("ISR"),
        id="into-region",
    ),
    argument_row(
        "A rocket attack from Lebanon killed two people in Haifa.",
        "19",
        S("LBN"),
        S("ISR"),
        id="fire-from-land",
    ),
    argument_row(
        "Russia launched 60 drones overnight against Lviv and Odesa, Ukraine's air force said.",
        "195",
        S("RUS"),
        S("UKR"),
        id="towns-of-one-state",
    ),
    argument_row(
        "Kherson came under Russian missile fire on Sunday.",
        "195",
        S("RUS"),
        S("UKR"),
        id="town-came-under-fire",
    ),
    argument_row(
        "The budget came under fire from the Tories.", None, absent=FORCE_ROOTS, id="plan-came-under-fire"
    ),
    # armed men no one names act where their victims are
    argument_row("Insurgents killed six Nigerian soldiers.", "19", S("NGA"), S("NGA"), id="victims-state"),
    argument_row(
        "Unknown attackers killed a Russian diplomat.", None, absent=FORCE_ROOTS, id="attackers-abroad"
    ),
    # more blows of reporters
    argument_row(
        "Russian missiles rained down on Kyiv overnight.", "195", S("RUS"), S("UKR"), id="rained-down"
    ),
    argument_row(
        "Israeli troops razed Palestinian homes in Jenin on Sunday.", "19", S("ISR"), S("PSE"), id="razed"
    ),
    argument_row(
        "Russian artillery fire wounded four Ukrainian civilians in Kherson.",
        "194",
        S("RUS"),
        S("UKR"),
        id="artillery-fire-wounded",
    ),
    argument_row(
        "Pakistani troops lobbed mortar shells at Indian posts in Kashmir.",
        "194",
        S("PAK"),
        S("IND"),
        id="lobbed-shells",
    ),
    # near misses
    argument_row(
        "Brazil hammered Argentina 3-0 in their World Cup qualifier in Sao Paulo.",
        None,
        absent=FORCE_ROOTS,
        id="game-score",
    ),
    argument_row(
        "The opposition unleashed a barrage of criticism at the finance minister.",
        None,
        absent=FORCE_ROOTS,
        id="barrage-of-words",
    ),
    argument_row(
        "The senator lobbed awkward questions at the nominee.",
        None,
        absent=FORCE_ROOTS,
        id="lobbed-questions",
    ),
    argument_row(
        "Ukrainian troops shot down a Russian helicopter over Donetsk.",
        "19",
        S("UKR"),
        S("RUS"),
        absent=("195",),
        id="helicopter-downed",
    ),
    argument_row(
        "A roadside bomb killed two Afghan soldiers near Kandahar.", None, absent=("195",), id="roadside-bomb"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_attack_weapons(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    ("text", "state", "agent_sector", "target_sector"),
    [
        ("Gunmen killed 13 police officers in an ambush in Michoacan on Monday.", "MEX", "UAF", "COP"),
        ("Insurgents killed six Nigerian soldiers near Maiduguri.", "NGA", "REB", "MIL"),
    ],
)
def test_victims_at_home_keep_their_own_sector(facts, text, state, agent_sector, target_sector):
    """Armed men at home upon their state's police or soldiers: one state on both sides, each side
    with the sector its own words give (the police are no gunmen)."""
    events = [e for e in facts(text, TABLE_DATE).events if e.cameo.startswith(FORCE_ROOTS)]
    args = {(a.role, a.entity): a.sector for e in events for a in e.arguments}
    assert args.get(("agent", S(state))) == agent_sector, args
    assert args.get(("target", S(state))) == target_sector, args


def test_victims_of_another_state_keep_their_sector(facts):
    """ "Russian troops killed two Ukrainian soldiers": each side its own words."""
    events = facts("Russian troops killed two Ukrainian soldiers near Bakhmut.", TABLE_DATE).events
    args = {(a.role, a.entity): a.sector for e in events for a in e.arguments}
    assert args.get(("agent", S("RUS"))) == "MIL", args
    assert args.get(("target", S("UKR"))) == "MIL", args
