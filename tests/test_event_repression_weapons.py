"""Security forces' violence on a crowd of protest is repression (175), not a fight (19x), whatever
the verb of force ("opened fire on", "shot dead", "beat", "killed", passive "were shot by"), with a
participle of the same act ("..., killing two") no second event; and heavy weapons a verb of firing
names as its object decide the fight ("fired missiles at X" 195, "fired mortars at X" 194).
Negative controls: fighters, positions and police attacked by others stay 19x/14x; weapons fired at
no one and other senses of "fire" are no attack."""

from __future__ import annotations

import pytest
from factories import check_code_case
from factories import code_case as case

from newsgraph.model import Modality

DATE = "2025-06-01"

CASES = [
    # repression: forces of order upon a crowd, many verbs and constructions
    case(
        "Zimbabwean police opened fire on opposition protesters in Harare, killing two people.",
        "175",
        absent=("19",),
        id="opened-fire-killing",
    ),
    case(
        "Security forces in Iran shot dead three protesters in the city of Zahedan on Friday.",
        "175",
        absent=("19",),
        id="shot-dead",
    ),
    case(
        "Egyptian troops fired on crowds of demonstrators outside the ministry, killing at least five.",
        "175",
        absent=("19",),
        id="fired-on-crowds-of",
    ),
    case(
        "Dozens of Sudanese demonstrators were shot by security forces in Khartoum.",
        "175",
        absent=("19",),
        id="passive-by-forces",
    ),
    case(
        "Syrian soldiers attacked marchers in Deraa on Friday.", "175", absent=("19",), id="attacked-marchers"
    ),
    case(
        "The Burmese army killed dozens of protesters in Yangon.",
        "175",
        absent=("19",),
        id="army-killed-protesters",
    ),
    case(
        "Chinese riot police beat protesters in Hong Kong on Sunday.",
        "175",
        absent=("19",),
        id="beat-protesters",
    ),
    case(
        "Venezuelan National Guard troops opened fire at demonstrators in Caracas.",
        "175",
        absent=("19",),
        id="fire-at-demonstrators",
    ),
    # controls: no crowd acted upon, or no force of order acting
    case(
        "Israeli troops opened fire on Palestinian gunmen in Jenin.", "19", absent=("175",), id="ctl-gunmen"
    ),
    case(
        "Russian troops fired on Ukrainian positions near Bakhmut.", "19", absent=("175",), id="ctl-positions"
    ),
    case(
        "Rebels opened fire on demonstrators in Goma, the Congolese army said.",
        None,
        absent=("175",),
        id="ctl-rebels",
    ),
    # heavy weapons named as the object decide the fight
    case(
        "Russian forces fired missiles at Kharkiv on Tuesday, Ukrainian officials said.",
        "195",
        id="missiles-at-city",
    ),
    case(
        "Israeli warplanes fired missiles at a house in Gaza, killing three.", "195", id="missiles-at-house"
    ),
    case(
        "The Pakistani army fired mortars at Indian positions along the Line of Control.",
        "194",
        id="mortars-at",
    ),
    # controls: other senses of "fire", weapons at no one
    case(
        "The Brazilian government fired its finance minister on Monday.",
        None,
        absent=("19",),
        id="ctl-fired-minister",
    ),
    case(
        "The French company fired 200 workers at its plant in Lyon.",
        None,
        absent=("19",),
        id="ctl-fired-workers",
    ),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), CASES)
def test_repression_and_weapons(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, DATE).events, code, mode, negated, absent)


GROUNDS = [
    # force told as the grounds of a main act in a "saying" participle is no event of its own
    case(
        "Iran summoned the British ambassador, saying London had attacked its embassy.",
        "11",
        absent=("19",),
        id="summoned-saying-attacked",
    ),
    case(
        "Pakistan protested to India, saying Indian troops fired on its border posts.",
        "11",
        absent=("19",),
        id="protested-saying-fired",
    ),
    case(
        "Russia condemned the strike, saying Ukrainian forces had shelled a hospital in Donetsk.",
        "111",
        absent=("19",),
        id="condemned-saying-shelled",
    ),
    case(
        "Egypt recalled its envoy, saying Israeli jets had bombed a post and killed three soldiers.",
        None,
        absent=("18", "19"),
        id="recalled-saying-bombed-killed",
    ),
    # controls: an attack the sentence itself asserts, or one a plain "said" reports, stays
    case(
        "Israeli jets bombed a border post in Syria on Monday, killing three soldiers.", "19", id="ctl-bombed"
    ),
    case(
        "Russia criticised NATO, saying it would use nuclear weapons to defend its territory.",
        "138",
        id="ctl-saying-would",
    ),
    case(
        "Ukraine said Russian forces had shelled a hospital in Kharkiv.",
        "19",
        Modality.REPORTED,
        id="ctl-said-shelled",
    ),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), GROUNDS)
def test_force_told_as_grounds(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, DATE).events, code, mode, negated, absent)


CROWD_FORCE = [
    # a crowd of protest using force on things or people protests violently (145)
    case(
        "Iranian protesters stormed the British embassy in Tehran.", "145", absent=("18", "19"), id="stormed"
    ),
    case("Chinese rioters destroyed Japanese shops in Shanghai.", "145", absent=("17", "18"), id="destroyed"),
    case(
        "The Russian consulate was wrecked by a crowd of Ukrainian demonstrators.",
        None,
        absent=("17", "18", "19"),
        id="passive-crowd-of",
    ),
    # controls: forces destroying or storming keep their fight
    case(
        "Russian forces destroyed a Ukrainian ammunition depot.",
        "1712",
        absent=("145",),
        id="ctl-forces-destroyed",
    ),
    case("Israeli troops stormed a refugee camp in Jenin.", "19", absent=("145",), id="ctl-troops-stormed"),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), CROWD_FORCE)
def test_crowd_force_is_violent_protest(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, DATE).events, code, mode, negated, absent)
