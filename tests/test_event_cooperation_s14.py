"""Cooperative frames (issue 11, session 14), as classes, on sentences written for this file
with negative controls: a journey to a state's place with its purpose named ("touched down in
X for talks", "landed in X on a state visit", "heads to X for a summit"), talks whose topic or
gathering is no one met ("held talks on Y", "on the margins of the Z summit"), aid carried by
a verb of a table ("shipped rice to"), offers floated or mooted, apologies, forgiveness asked
and praise singled out.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DOC_DATE = "2025-03-12"

ROWS = [
    # a journey with its purpose named is a visit to the place's state
    argument_row(
        "Norwegian Prime Minister Olav Lund touched down in Warsaw on Monday for talks with Polish leaders.",
        "042",
        "state:NOR",
        "state:POL",
        id="touched-down",
    ),
    argument_row(
        "Irish Taoiseach Sean Byrne landed in Ottawa on Friday on a three-day official visit.",
        "042",
        "state:IRL",
        "state:CAN",
        id="landed-on-visit",
    ),
    argument_row(
        "Chilean President Rosa Vera flew into Lima on Tuesday for a summit with Peruvian leaders.",
        "042",
        "state:CHL",
        "state:PER",
        id="flew-into",
    ),
    argument_row(
        "Greek Prime Minister Nikos Pappas jetted into Cairo on Sunday.",
        "042",
        "state:GRC",
        "state:EGY",
        id="jetted-into",
    ),
    # scheduled: the intent to meet (036), no visit made
    argument_row(
        "Swedish Prime Minister Lars Eriksson heads to Tokyo next week for talks with Japanese leaders.",
        "036",
        "state:SWE",
        "state:JPN",
        absent=("042",),
        id="heads-next-week",
    ),
    argument_row(
        "Ghanaian President Kojo Asante heads to Paris at the end of the month for talks.",
        "036",
        "person:kojo-asante",
        None,
        absent=("042",),
        id="heads-end-of-month",
    ),
    # a stay at a foreign state's place for talks: a visit; scheduled, the intent to meet
    argument_row(
        "Kenyan Foreign Minister Amos Kiprono was in Kampala on Monday for talks on the border.",
        "042",
        "state:KEN",
        "state:UGA",
        id="was-in-for-talks",
    ),
    argument_row(
        "Polish President Jan Nowicki is due in Vilnius next week for a two-day state visit.",
        "036",
        "state:POL",
        "state:LTU",
        absent=("042",),
        id="due-in",
    ),
    argument_row(
        "Swiss President Urs Keller was not in Rome for the summit.", None, absent=("04",), id="was-not-in"
    ),
    # controls: no purpose, or private people travelling
    argument_row("The cargo plane landed in Nairobi on Monday.", None, absent=("04",), id="plane-landed"),
    argument_row(
        "Pita Naqelevuki touched down for Fiji, only for a late tackle by Sam Cole to end the game.",
        None,
        absent=("04",),
        id="try-touched-down",
    ),
    argument_row(
        "The deal has given the club serious food for thought.", None, absent=("07",), id="food-for-thought"
    ),
    argument_row("Kenyan voters headed to the polls on Tuesday.", None, absent=("04",), id="headed-polls"),
    argument_row(
        "Thousands of German tourists flew to Greece for the Easter holidays.",
        None,
        absent=("04",),
        id="tourists-flew",
    ),
    argument_row(
        "Farmers sat down in the road outside the parliament in Madrid.", None, absent=("04",), id="sat-down"
    ),
    argument_row(
        "Envoys from Sudan and Chad sat down for talks in Doha on Friday.",
        "04",
        "state:SDN",
        "state:TCD",
        id="sat-down-for-talks",
    ),
    # talks: the topic or the gathering is no one met
    argument_row(
        "Spanish and Portuguese ministers held talks in Lisbon on Morocco's water supply.",
        "04",
        "state:ESP",
        "state:PRT",
        id="topic-possessed",
    ),
    argument_row(
        "Austria and Hungary held talks on Serbia.", "04", "state:AUT", "state:HUN", id="topic-state"
    ),
    argument_row(
        "Japanese diplomat Ken Mori and Korean envoy Park Min held talks"
        " on the sidelines of the ASEAN summit.",
        "04",
        "state:JPN",
        "person:park-min",
        id="sidelines",
    ),
    # aid carried by a verb of the table; goods of trade are no aid
    argument_row(
        "India shipped 8,000 tonnes of wheat to flood victims in Pakistan.",
        "07",
        "state:IND",
        "state:PAK",
        id="shipped-wheat",
    ),
    argument_row("Shell shipped three cargoes of gas to Japan.", None, absent=("07",), id="shipped-gas"),
    argument_row(
        "The minister is proposing a points system similar to Canada's.",
        None,
        absent=("03",),
        id="similar-to-is-no-recipient",
    ),
    argument_row(
        "Norway pledged 15 million dollars in emergency aid to Somalia.",
        "03",
        "state:NOR",
        "state:SOM",
        id="pledged-in-aid-to",
    ),
    # offers floated, mooted, presented
    argument_row("Kenya mooted a regional summit on Sudan.", "03", "state:KEN", None, id="mooted"),
    argument_row(
        "A draft trade agreement was presented to Armenia by French negotiators.",
        "03",
        "state:FRA",
        "state:ARM",
        id="presented-passive",
    ),
    argument_row(
        "Brazil offered Brasilia as a venue for talks between Colombia and Venezuela.",
        "03",
        "state:BRA",
        None,
        id="offered-venue",
    ),
    # verbal cooperation: apology, forgiveness asked, praise singled out, felicitations
    argument_row(
        "Italian Prime Minister Carlo Ferri issued a formal apology to Ethiopia for the occupation.",
        "055",
        "state:ITA",
        "state:ETH",
        id="issued-apology",
    ),
    argument_row(
        "German President Anna Vogel asked forgiveness of Poland for the crimes of the war.",
        "055",
        "state:DEU",
        "state:POL",
        id="asked-forgiveness",
    ),
    argument_row(
        "The World Bank singled out Rwanda for praise over its health reforms.",
        "051",
        None,
        "state:RWA",
        id="singled-out-praise",
    ),
    argument_row(
        "Pakistani Prime Minister Asif Khan sent his felicitations to Iran on its national day.",
        "051",
        "state:PAK",
        "state:IRN",
        id="felicitations",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_cooperative_frames(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DOC_DATE).events, code, agent, target, absent)
