"""Light verbs with event nouns, passive-sense frames, intent nouns and quoted promises, and idiomatic
control verbs (session 13, issue 11), each on sentences written for this file with negative controls:

- idioms of meeting, hosting, detention, signing, support and opposition (``triggers.tsv``, "Session
  13"): "sat down with", "rolled out the red carpet for", "put ... behind bars", "put pen to paper on
  a pact with X" (the pact's party is the target), "came out in support of", "set itself against";
  the same verbs in their plain sense are none ("sat down", "locked up the office", "set the table");
- praise and criticism received as nouns ("won plaudits from X", "drew flak from X") and an act
  received with its author in the "of" phrase ("won the backing of Japan"): the author acts upon the
  subject; a prize won names no one acting;
- an intent noun or a verb of promising whose act names one state ("signalled its willingness to send
  engineers to help rebuild Libya's ports", '"We will reopen our embassy in Damascus," he promised',
  "put an offer on the table to fund ... in Ukraine") is an intent upon that state; "no willingness"
  is none;
- talks of another stalled ("stalled Albania's accession talks") are blocked (120), not broken off.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    # idioms of meeting and hosting
    argument_row(
        "The Kenyan president sat down with his Tanzanian counterpart in Arusha.",
        "04",
        S("KEN"),
        S("TZA"),
        id="sat-down-with",
    ),
    argument_row(
        "The Kenyan president sat down after his speech in Arusha.", None, absent=("04",), id="sat-down"
    ),
    argument_row(
        "Qatar rolled out the red carpet for the Turkish president on Sunday.",
        "043",
        S("QAT"),
        S("TUR"),
        id="red-carpet",
    ),
    # detention
    argument_row(
        "Iran put a Swedish academic behind bars last year.", "173", S("IRN"), S("SWE"), id="behind-bars"
    ),
    argument_row(
        "The Dutch minister put the papers behind the bar of the hotel.",
        None,
        absent=("17",),
        id="behind-bar-thing",
    ),
    # signing
    argument_row(
        "Morocco put pen to paper on a fisheries pact with Mauritania.",
        "057",
        S("MAR"),
        S("MRT"),
        id="pen-to-paper",
    ),
    # support and opposition
    argument_row(
        "Denmark came out in support of Finland's candidate.",
        "051",
        S("DNK"),
        S("FIN"),
        id="came-out-in-support",
    ),
    argument_row(
        "Thousands of Danes came out in the rain to watch the parade.",
        None,
        absent=("05",),
        id="came-out-in-rain",
    ),
    argument_row(
        "Slovakia set itself against Ukraine's plan to halt gas transit.",
        "11",
        S("SVK"),
        S("UKR"),
        id="set-itself-against",
    ),
    argument_row("The Slovak chef set the table for dinner.", None, absent=("11",), id="set-table"),
    # received praise and criticism
    argument_row(
        "Uruguay won plaudits from the World Health Organization for its tobacco laws.",
        "051",
        None,
        S("URY"),
        id="won-plaudits-from",
    ),
    argument_row(
        "Serbia drew flak from Croatia over the border checks.",
        "111",
        S("HRV"),
        S("SRB"),
        id="drew-flak-from",
    ),
    argument_row(
        "Kosovo won the backing of Germany for its membership bid.",
        "051",
        S("DEU"),
        S("XKX"),
        id="won-backing-of",
    ),
    argument_row(
        "A Chilean novelist won an award for her latest book.", None, absent=("05",), id="won-award"
    ),
    # intent nouns and promises
    argument_row(
        "Japan signalled its willingness to send doctors to help rebuild Sudan's hospitals.",
        "03",
        S("JPN"),
        S("SDN"),
        id="willingness-deep-target",
    ),
    argument_row(
        "Austria showed no willingness to send doctors to Sudan.", None, absent=("03",), id="no-willingness"
    ),
    argument_row(
        '"We will reopen our consulate in Benghazi," the Maltese foreign minister promised.',
        "03",
        S("MLT"),
        S("LBY"),
        id="quoted-promise-target",
    ),
    argument_row(
        "Canada put an offer on the table to fund the clearing of mines in Iraq's Anbar province.",
        "03",
        S("CAN"),
        S("IRQ"),
        id="offer-on-table-purpose",
    ),
    # measures named as nouns, upon the one their own "on" names
    argument_row(
        "Canada imposed an asset freeze and a travel ban on two Nicaraguan ministers.",
        "163",
        S("CAN"),
        S("NIC"),
        id="freeze-and-ban-on",
    ),
    argument_row(
        "The Irish finance minister announced a freeze on fuel duty in his speech to the Dail.",
        None,
        absent=("16",),
        id="freeze-on-duty",
    ),
    argument_row(
        "Peru secured the support of Chile for its candidate.",
        "051",
        S("CHL"),
        S("PER"),
        id="secured-support-of",
    ),
    argument_row(
        "Vietnam incurred the wrath of China by drilling for oil.", "11", S("CHN"), S("VNM"), id="wrath-of"
    ),
    # talks of another stalled
    argument_row(
        "Greece stalled Turkey's accession talks.",
        "12",
        S("GRC"),
        S("TUR"),
        absent=("164",),
        id="stalled-others-talks",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_light_verbs(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
