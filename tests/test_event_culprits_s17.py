"""Culprits and blows dealt to another's measure (session 17, round 2, issue 11), on sentences written
for this file, with negative controls (bench/meaning_dev57 holds the dev and held-out sets):

- a speaker's words that make someone named the cause of a harm: "said X was behind a string of
  arson attacks", "said X was to blame for ...", "said X was responsible for the bombing" (112 on X);
  the harm is a noun of force or crime (the verb dictionary's 17-20 verbs and their nouns, the
  lexicon's charges) or a negative word (valence);
- a verb of blows whose object is a trade measure someone else owns ("blasted Canada's new duties"):
  criticism of the owner (111), not a sanction (163);
- controls: support ("was firmly behind the plan"), a cause that is no one ("the fog was behind the
  delays"), a culprit denied ("was not behind"), only possible ("may have been behind"), a measure
  imposed ("slapped duties on Chilean copper": 163).
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row

FORCE = ("18", "19", "20")

CULPRITS = [
    argument_row(
        "Georgia said Russia was behind a string of arson attacks in Tbilisi.",
        "112",
        S("GEO"),
        S("RUS"),
        absent=FORCE,
        id="behind-arson",
    ),
    argument_row(
        "Latvia said Belarus was to blame for the flood of smuggled cigarettes.",
        "112",
        S("LVA"),
        S("BLR"),
        absent=FORCE,
        id="to-blame-for",
    ),
    argument_row(
        "Somalia said Eritrea was responsible for the bombing of a hotel in Mogadishu.",
        "112",
        S("SOM"),
        S("ERI"),
        absent=FORCE,
        id="responsible-for-bombing",
    ),
    argument_row(
        "Israel said Iran was behind the murder of a rabbi in Dubai.",
        "112",
        S("ISR"),
        S("IRN"),
        absent=FORCE,
        id="behind-murder",
    ),
    argument_row(
        "Portugal said Spain was firmly behind the French proposal.",
        None,
        absent=("112",),
        id="behind-support",
    ),
    argument_row(
        "Norway said the fog was behind the delays at Oslo airport.",
        None,
        absent=("112",),
        id="behind-weather",
    ),
    argument_row(
        "Georgia said Russia was not behind the arson attacks in Tbilisi.",
        None,
        absent=("112",),
        id="behind-denied",
    ),
    argument_row(
        "Georgia said Russia may have been behind the arson attacks in Tbilisi.",
        None,
        absent=("112",),
        id="behind-possible",
    ),
]

MEASURES = [
    argument_row(
        "Mexico's economy minister Raul Ortega blasted Canada's new duties as protectionism.",
        "111",
        None,
        S("CAN"),
        absent=("16", *FORCE),
        id="blasted-owned-duties",
    ),
    argument_row(
        "Washington slapped duties on Chilean copper on Monday.",
        "16",
        None,
        None,
        absent=FORCE,
        id="slapped-duties-imposed",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), CULPRITS + MEASURES)
def test_culprits_s17(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


AIMED = [
    argument_row(
        "Japanese Foreign Minister Kenji Sato brought out the heavy guns against Russia over the seizure "
        "of a fishing boat.",
        "111",
        None,
        S("RUS"),
        absent=("07", *FORCE),
        id="guns-against-over",
    ),
    argument_row(
        "The United States sent artillery to Ukraine last month.",
        "07",
        S("USA"),
        S("UKR"),
        absent=("11",),
        id="artillery-handed",
    ),
    argument_row(
        "The Indian army brought in artillery against the rebels in Kashmir.",
        None,
        absent=("11",),
        id="artillery-brought-in-army",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), AIMED)
def test_aimed_in_words_s17(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
