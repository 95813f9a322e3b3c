"""Armed forces put on standby or alert show force (152; the police 151; recall and precision, issue
11): "British troops are on standby", "put its forces on standby", "placed its army on high alert",
"put on a war footing", the agent who put them so or else the forces' state. Helping to evacuate one's
own nationals from a place is no aid to that place. Near misses: a standby of no force, a posture
denied, "on an equal footing".
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2004-11-08"

ROWS = [
    argument_row(
        "Downing Street has confirmed British troops are on standby in case they need to help evacuate"
        " several hundred UK citizens from Ivory Coast.",
        "152",
        "state:GBR",
        "state:CIV",
        absent=("07",),
        id="are-on-standby",
    ),
    argument_row(
        "A company of 120 UK troops is understood to have been put on standby.",
        "152",
        "state:GBR",
        id="put-on-standby-passive",
    ),
    argument_row(
        "The Spanish have already put their forces on standby to evacuate their nationals if necessary.",
        "152",
        "state:ESP",
        id="put-forces-on-standby",
    ),
    argument_row(
        "Indian troops were on full alert along the border with Pakistan.",
        "152",
        "state:IND",
        "state:PAK",
        id="on-full-alert",
    ),
    argument_row("French police were put on alert after the bombing.", "151", "state:FRA", id="police"),
    argument_row(
        "About 300 Australian soldiers were placed on standby to fly to East Timor.",
        "152",
        "state:AUS",
        "state:TLS",
        id="standby-read-as-adverb",
    ),
    argument_row("The Russian army was put on a war footing.", "152", "state:RUS", id="war-footing"),
    argument_row(
        "British troops helped evacuate several hundred UK citizens from Ivory Coast.",
        None,
        absent=("07",),
        id="evacuating-own-nationals",
    ),
    # near misses
    argument_row(
        "The generator is on standby at the hospital in Kenya.", None, absent=("15",), id="no-force"
    ),
    argument_row("Investors in Britain are on alert for a rate rise.", None, absent=("15",), id="investors"),
    argument_row(
        "British troops are not on standby, the Ministry of Defence said.", None, absent=("15",), id="denied"
    ),
    argument_row(
        "Britain wants French and British troops to work on an equal footing.",
        None,
        absent=("15",),
        id="equal-footing",
    ),
    argument_row(
        "British troops helped Ivory Coast rebuild its roads.", "07", "state:GBR", "state:CIV", id="aid-kept"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_force_posture(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
