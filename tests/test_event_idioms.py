"""Phrasal verbs and light verbs with their noun (session 12, issue 11): the lexicon's idiom rows
(``triggers.tsv``, events.py ``_idiom_rule``) and a message's feeling, each on sentences written for
this file with negative controls:

- a phrasal verb codes with its particle ("rounded up", "picked up", "hauled in" people: 173; "held
  up" someone's bid: 120; "ordered ... out", "kicked out" an envoy: 166), also when the parser reads
  the particle as a preposition; the same verb with another object is no such act ("rounded up the
  sheep", "picked up the phone", "held up the traffic");
- a particle with its preposition ("came out against", "spoke out against") takes a stance on the
  preposition's object;
- a light verb with its noun is the noun's verb ("played host to", "put a call in to", "cast its veto
  against", "placed under arrest", "took into custody", "gave a dressing-down"); with no one acted
  upon it is none ("played host to the Olympics");
- a message, letter or telegram of congratulation or condolence conveys that feeling (051, 018);
- "insisted that X withdraw" (a clause in the mood of a proposal) demands it of X (100); "insisted
  that the economy was sound" demands nothing;
- a blacklist by a state is a sanction (163); "delivered a speech" is a statement (010);
- "rang" a counterpart is a phone call (041); a telephone ringing is none.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, P, S, argument_row, check_argument_row

ROWS = [
    # phrasal verbs of detention
    argument_row(
        "Ethiopian soldiers rounded up dozens of Eritrean refugees near the border.",
        "173",
        S("ETH"),
        S("ERI"),
        id="rounded-up-refugees",
    ),
    argument_row(
        "Shepherds rounded up the sheep before the storm.", None, absent=("17",), id="rounded-up-sheep"
    ),
    argument_row(
        "Venezuelan intelligence agents picked up two Colombian students in Caracas.",
        "173",
        S("VEN"),
        S("COL"),
        id="picked-up-students",
    ),
    argument_row(
        "The Chinese ambassador picked up the phone and called Beijing.",
        None,
        absent=("17",),
        id="picked-up-phone",
    ),
    argument_row(
        "Azerbaijani police hauled in an Armenian journalist on Tuesday.",
        "173",
        S("AZE"),
        S("ARM"),
        id="hauled-in-journalist",
    ),
    argument_row(
        "The Nigerian opposition leader Musa Bello was placed under arrest by Nigerian soldiers.",
        "173",
        None,
        P("Musa Bello"),
        id="placed-under-arrest-passive",
    ),
    argument_row(
        "Thai police took two Cambodian fishermen into custody on Sunday.",
        "173",
        S("THA"),
        S("KHM"),
        id="took-into-custody",
    ),
    # obstruction and veto
    argument_row(
        "Bulgaria held up North Macedonia's bid for EU membership.",
        "12",
        S("BGR"),
        S("MKD"),
        id="held-up-bid",
    ),
    argument_row(
        "A broken-down lorry held up traffic on the M6.", None, absent=("12",), id="held-up-traffic"
    ),
    argument_row(
        "The United States cast its veto against a draft resolution put forward by Algeria.",
        "12",
        S("USA"),
        id="cast-veto",
    ),
    # expulsion
    argument_row(
        "Moldova ordered three Russian diplomats out of the country.",
        "166",
        S("MDA"),
        S("RUS"),
        id="ordered-out-diplomats",
    ),
    argument_row(
        "Kenya kicked out Somalia's ambassador on Monday.",
        "16",
        S("KEN"),
        S("SOM"),
        id="kicked-out-ambassador",
    ),
    # stance with particle and preposition
    argument_row(
        "Austria came out against the European Union's plan to admit Ukraine.",
        "11",
        S("AUT"),
        id="came-out-against",
    ),
    argument_row(
        "Norway spoke out against Israel's settlement policy.",
        "11",
        S("NOR"),
        S("ISR"),
        id="spoke-out-against",
    ),
    argument_row("The sun came out after the rain.", None, absent=("11", "12"), id="sun-came-out"),
    # light verb + noun
    argument_row(
        "Oman played host to Iran's foreign minister in Muscat on Sunday.",
        "043",
        S("OMN"),
        S("IRN"),
        id="played-host-minister",
    ),
    argument_row(
        "Japan played host to the Olympic Games in 2021.", None, absent=("04",), id="played-host-games"
    ),
    argument_row(
        "Peru's president, Ana Torres, put a call in to Chile's president on Tuesday.",
        "041",
        P("Ana Torres"),
        S("CHL"),
        id="put-a-call-in",
    ),
    argument_row(
        "Italy gave Egypt's ambassador a dressing-down over the death of a student.",
        "111",
        S("ITA"),
        S("EGY"),
        id="dressing-down",
    ),
    # messages
    argument_row(
        "Greece sent a message of condolence to Morocco after the floods.",
        "018",
        S("GRC"),
        S("MAR"),
        id="message-of-condolence",
    ),
    argument_row(
        "Egypt sent a congratulatory letter to Tunisia's new president.",
        "051",
        S("EGY"),
        S("TUN"),
        id="congratulatory-letter",
    ),
    argument_row(
        "Egypt sent a letter to Tunisia about the border.", None, absent=("051", "018"), id="plain-letter"
    ),
    # demands, blacklists, speeches, calls
    argument_row(
        "Serbia insisted that Kosovo withdraw its special police from the north.",
        "10",
        S("SRB"),
        S("XKX"),
        id="insisted-that-withdraw",
    ),
    argument_row("Serbia insisted that the talks were going well.", None, absent=("10",), id="insisted-fact"),
    argument_row(
        "Britain blacklisted four Iranian shipping companies.",
        "163",
        S("GBR"),
        S("IRN"),
        id="blacklisted-firms",
    ),
    argument_row("The club blacklisted the ticket touts.", None, absent=("16",), id="club-blacklist"),
    argument_row(
        "Mexican President Rosa Diaz delivered a speech to the Senate on security.",
        "010",
        P("Rosa Diaz"),
        id="delivered-speech",
    ),
    argument_row(
        "Irish Prime Minister Sean Byrne rang his Danish counterpart on Friday.",
        "041",
        P("Sean Byrne"),
        S("DNK"),
        id="rang-counterpart",
    ),
    argument_row("The telephone rang in the embassy at midnight.", None, absent=("04",), id="telephone-rang"),
    argument_row(
        "Kazakhstan's president called his Kyrgyz counterpart on Monday.",
        "041",
        S("KAZ"),
        S("KGZ"),
        id="called-counterpart",
    ),
    argument_row(
        "The opposition leader called the prime minister a coward.", None, absent=("04",), id="called-a-name"
    ),
    argument_row(
        "Croatian police took three Serbian fans in for questioning.",
        "173",
        S("HRV"),
        S("SRB"),
        id="took-in-for-questioning",
    ),
    argument_row(
        "South Korea handed back two North Korean fishermen at the border.",
        "084",
        S("KOR"),
        S("PRK"),
        id="handed-back-fishermen",
    ),
    argument_row(
        "Norway handed over eight tanks to Ukraine.", "072", S("NOR"), S("UKR"), id="handed-over-tanks"
    ),
    argument_row(
        "Slovakia put the brakes on Moldova's bid for EU membership.",
        "12",
        S("SVK"),
        S("MDA"),
        id="brakes-on-bid",
    ),
    argument_row(
        "Turkey insisted on Greece's withdrawal of its troops from the islands.",
        "10",
        S("TUR"),
        S("GRC"),
        id="insisted-on",
    ),
    # passives: the "by" phrase acts, the subject (or its state) is acted upon
    argument_row(
        "Four Kazakh students were picked up by Uzbek police in Tashkent.",
        "173",
        S("UZB"),
        S("KAZ"),
        id="picked-up-passive",
    ),
    argument_row(
        "Five Iranian shipping firms were blacklisted by Canada.",
        "163",
        S("CAN"),
        S("IRN"),
        id="blacklisted-passive-owner",
    ),
    argument_row(
        "Two Syrian activists were rounded up by Lebanese soldiers.",
        "173",
        S("LBN"),
        S("SYR"),
        id="rounded-up-passive",
    ),
    argument_row(
        '"They would all make fine ministers," Labour MP Jane Hill insisted on BBC Radio 5 Live.',
        None,
        absent=("10",),
        id="insisted-on-a-programme",
    ),
    argument_row(
        "Sir Peter called the party leader back to Downing Street for more talks.",
        None,
        absent=("041",),
        id="called-back-no-phone",
    ),
    argument_row(
        "The club's chairman insisted talks on new investment are ongoing.",
        None,
        absent=("10",),
        id="insisted-a-fact-present",
    ),
    argument_row(
        "The Liberal Democrats called on Defence Minister Paul Grant to resign over the contract.",
        "02",
        None,
        P("Paul Grant"),
        absent=("041",),
        id="called-on-minister-no-phone",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_idioms(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
