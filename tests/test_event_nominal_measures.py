"""Nouns of acts that code as their verb with the verb's object ("the lifting of sanctions on Iran" as
"lifted sanctions on Iran": 085), an ultimatum owned and given (139), an act decreed by the subject of
"announced"/"ordered", a measure undone that is no measure imposed, and money handed to a state the
model does not tag GPE (the recipient is a state by the entity found there). Paraphrases (possessive,
"by" phrase, decreed, passive clause around the noun) and negative controls.
"""

from __future__ import annotations

import pytest
from factories import ORG, TABLE_DATE, S, check_code_case, check_event_arguments
from factories import code_case as case

MEASURES = [
    ("Argentina's lifting of sanctions on Chile was welcomed in Santiago.", "085", "ARG", "CHL"),
    ("The lifting of the embargo on Libya by Italy came into force on Monday.", "085", "ITA", "LBY"),
    ("Spain announced the lifting of its sanctions on Venezuela.", "085", "ESP", "VEN"),
    ("Austria ordered the easing of sanctions on Serbia.", "085", "AUT", "SRB"),
    ("Kenya's imposition of sanctions on Somalia angered Mogadishu.", "163", "KEN", "SOM"),
    ("Ghana approved the imposition of an embargo on Togo.", "163", "GHA", "TGO"),
]

ULTIMATUMS = [
    ("Greece's ultimatum to Turkey was rejected.", "139", "GRC", "TUR"),
    ("Armenia's ultimatum to Azerbaijan expires at noon.", "139", "ARM", "AZE"),
]

#: "issued an ultimatum to Georgia": the "to" the parser hangs on the verb as a dative ("to
#: Moldova") names the noun's receiver too.
ULTIMATUMS.append(("Russia issued an ultimatum to Moldova on Friday.", "139", "RUS", "MDA"))

MONEY = [
    # (the model tags "Niger" in "Niger $30 million" as part of the sum, "$50m" as no MONEY)
    ("Qatar handed Niger $40 million.", "071", "QAT", "NER"),
    ("Oman gave Chad $25m last year.", "071", "OMN", "TCD"),
    ("Kuwait gave Jordan $300m in budget support.", "071", "KWT", "JOR"),
]

CONTROLS = [
    # a measure undone is none imposed; an undoing welcomed is not the welcomer's act
    case(
        "Japan announced the lifting of its sanctions on Laos.",
        "085",
        absent=("16",),
        id="undone-not-imposed",
    ),
    case(
        "Egypt welcomed the lifting of sanctions on Sudan.", None, absent=("08", "16"), id="welcomed-lifting"
    ),
    case("Experts debated the lifting of sanctions.", None, absent=("08", "16"), id="no-owner"),
    case("The lifting of the smoking ban on trains was welcomed.", None, absent=("08",), id="smoking-ban"),
    # an ultimatum with no one given it, or between private parties
    case("The club's ultimatum to its captain expired.", None, absent=("13",), id="club-ultimatum"),
    case("The union's ultimatum to the employers was rejected.", None, absent=("13",), id="union-ultimatum"),
    case("The ultimatum expired at midnight.", None, absent=("13",), id="bare-ultimatum"),
    # money handed to no state, or not money
    case("Peter gave Jordan a lift to the station.", None, absent=("07",), id="lift-to-station"),
    case("The charity gave £5m to schools in Kenya.", None, absent=("07",), id="to-schools"),
    case("Her uncle gave Chad $50 for his birthday.", None, absent=("07",), id="birthday-money"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target"), MEASURES + ULTIMATUMS + MONEY)
def test_nominal_act_and_money_code_with_their_dyad(facts, text, code, agent, target):
    check_event_arguments(facts(text, TABLE_DATE).events, code, {S(agent)}, {S(target)})


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), CONTROLS)
def test_nominal_act_controls(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)


def test_ultimatum_to_a_group_keeps_the_group_as_target(facts):
    events = facts("Pakistan's ultimatum to the Taliban expired at midnight.", TABLE_DATE).events
    check_event_arguments(events, "139", {S("PAK")}, {ORG("Taliban")})
