"""Conflictual control frames as classes (session 14, issue 11), each on sentences written for this
file, with negative controls (the vocabulary: bench/meaning_dev30/README.md):

- blocking idioms upon whoever owns the thing blocked ("stood in the way of X's bid", "put the
  brakes on", "threw a spanner in the works of", "blocked X's path to"), a thing put forward
  killed, sunk or buried (120, never force), a veto as the subject (129);
- rejection by verdict: "declared X's proposal unacceptable / a non-starter / dead on arrival";
- sanctions in light verbs: hit / punish / target X with asset freezes, an embargo, tariffs;
- detention in idioms ("frogmarched", "bundled into a van", "put behind bars") on a person named
  whatever the title, and by police no state names (the state of the place or of the person held);
- candidates barred or disqualified (1722), a bid blackballed (120);
- pressure piled upon someone to act (100), not pressure in a race or a match (no act asked);
- declined comment: "did not reply when asked", "was unavailable for comment", a body's rule told
  by its spokesman ("said the army does not comment on ...");
- controls: weather, sport and markets that block or kill, a ban of one's own, a verdict of praise,
  a bombardment "with" bombs, an answer given later.
"""

from __future__ import annotations

import pytest
from factories import ORG, TABLE_DATE, P, S, argument_row, check_argument_row

FORCE = ("18", "19", "20")

BLOCKS = [
    argument_row(
        "Cyprus stood in the way of Turkey's bid for observer status at the forum.",
        "120",
        S("CYP"),
        S("TUR"),
        absent=FORCE,
        id="stood-in-the-way-of",
    ),
    argument_row(
        "The Netherlands put the brakes on Albania's membership talks.",
        "120",
        S("NLD"),
        S("ALB"),
        absent=FORCE,
        id="put-the-brakes-on",
    ),
    argument_row(
        "Bulgaria threw a spanner in the works of North Macedonia's accession.",
        "120",
        S("BGR"),
        S("MKD"),
        absent=FORCE,
        id="spanner-in-the-works",
    ),
    argument_row(
        "Parliament killed Prime Minister Anna Lind's budget bill on Tuesday.",
        "120",
        None,
        P("Anna Lind"),
        absent=FORCE,
        id="killed-a-bill",
    ),
    argument_row(
        "A Chinese veto sank a Security Council resolution drafted by France.",
        "129",
        S("CHN"),
        S("FRA"),
        absent=FORCE,
        id="veto-sank",
    ),
    argument_row(
        "Fog stood in the way of the rescue teams near the coast.",
        None,
        absent=("12",),
        id="weather-in-the-way",
    ),
    argument_row(
        "Higher oil prices put the brakes on Japan's recovery.", None, absent=("12",), id="market-brakes"
    ),
    argument_row(
        "Chelsea killed off the match with a late goal against Everton.",
        None,
        absent=("12", *FORCE),
        id="sport-killed-off",
    ),
]

VERDICTS = [
    argument_row(
        'Morocco\'s foreign ministry declared an Algerian proposal on the border "unacceptable".',
        "120",
        S("MAR"),
        S("DZA"),
        id="declared-unacceptable",
    ),
    argument_row(
        'Serbia called a Croatian plan for the river border "a non-starter".',
        "120",
        S("SRB"),
        S("HRV"),
        id="called-a-non-starter",
    ),
    argument_row(
        "Poland called the German plan ambitious and promised to study it.",
        None,
        absent=("12",),
        id="verdict-of-praise",
    ),
]

SANCTIONS = [
    argument_row(
        "Canada hit five Belarusian judges with asset freezes on Friday.",
        "163",
        S("CAN"),
        S("BLR"),
        absent=FORCE,
        id="hit-with-asset-freezes",
    ),
    argument_row(
        "Japan punished North Korea's shipping firms with an export embargo.",
        "163",
        S("JPN"),
        S("PRK"),
        absent=FORCE,
        id="punished-with-embargo",
    ),
    argument_row(
        "Australia targeted Iranian officials with travel bans.",
        "163",
        S("AUS"),
        S("IRN"),
        absent=FORCE,
        id="targeted-with-bans",
    ),
    argument_row(
        "Russia hit Odesa with a wave of drones overnight.", None, absent=("16",), id="hit-with-drones"
    ),
    argument_row("Spain banned smoking on its beaches this summer.", None, absent=("163",), id="own-ban"),
]

DETENTIONS = [
    argument_row(
        "Iranian police frogmarched the rapper Amir Tavakoli out of a concert hall.",
        "173",
        S("IRN"),
        P("Amir Tavakoli"),
        id="frogmarched",
    ),
    argument_row(
        "Turkish police bundled the activist Deniz Aksoy into a van.",
        "173",
        S("TUR"),
        P("Deniz Aksoy"),
        id="bundled-into-a-van",
    ),
    argument_row(
        "Egyptian police put the economist Tarek Mansour behind bars.",
        "173",
        S("EGY"),
        P("Tarek Mansour"),
        id="behind-bars-any-title",
    ),
    argument_row(
        "Police arrested dozens of opposition supporters in Kampala on Monday.",
        "173",
        S("UGA"),
        None,
        id="police-in-a-capital",
    ),
    argument_row(
        "Azerbaijani journalist Leyla Mammadova was hauled off to jail by police after the protest.",
        "173",
        S("AZE"),
        P("Leyla Mammadova"),
        id="police-of-the-held",
    ),
    argument_row(
        "The teacher bundled the children into a minibus for the trip.",
        None,
        absent=("17",),
        id="bundled-children",
    ),
]

PRESSURE = [
    argument_row(
        "The European Union heaped pressure on Armenia to drop the foreign agents law.",
        "100",
        ORG("European Union"),
        S("ARM"),
        id="heaped-pressure",
    ),
    argument_row("France leaned on Lebanon to elect a president.", "100", S("FRA"), S("LBN"), id="leaned-on"),
    argument_row(
        "The Kenyan runners went to the front early to put pressure on the Ethiopians.",
        None,
        absent=("10",),
        id="race-pressure",
    ),
    argument_row(
        "Federer put the Spaniard under pressure in the second set.",
        None,
        absent=("10",),
        id="tennis-pressure",
    ),
]

BARRED = [
    argument_row(
        "Iran's Guardian Council disqualified the reformist candidate Hassan Karimi.",
        "1722",
        None,
        P("Hassan Karimi"),
        id="disqualified-candidate",
    ),
    argument_row(
        "Serbia blackballed Kosovo's membership bid.", "120", S("SRB"), S("XKX"), id="blackballed-a-bid"
    ),
    argument_row(
        "The referee disqualified the runner for a false start.",
        None,
        absent=("17",),
        id="disqualified-runner",
    ),
]

NO_COMMENT = [
    argument_row(
        "The Egyptian embassy did not reply when asked about the arrests.",
        "011",
        S("EGY"),
        None,
        id="did-not-reply-when-asked",
    ),
    argument_row(
        "A spokesman for the Iranian foreign ministry was unavailable for comment.",
        "011",
        S("IRN"),
        None,
        id="unavailable-for-comment",
    ),
    argument_row(
        'An Israeli army spokesman said the army "does not comment on foreign reports".',
        "011",
        S("ISR"),
        None,
        id="body-does-not-comment",
    ),
    argument_row(
        "The Kremlin did not reply to the letter until June.", None, absent=("011",), id="replied-later"
    ),
    argument_row(
        "A spokesman said the minister did not comment on the report.",
        None,
        absent=("011",),
        id="did-not-comment-told",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "agent", "target", "absent"),
    BLOCKS + VERDICTS + SANCTIONS + DETENTIONS + PRESSURE + BARRED + NO_COMMENT,
)
def test_conflict_frames_s14(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
