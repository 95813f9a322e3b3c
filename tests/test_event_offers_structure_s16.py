"""Offers by their structure, whatever the verb or noun (issue 11, session 16): a thing or people
put at another's disposal or made available to them; an act promised on the other side's wish or
request ("should X need ..., Y will ...", "if X asks, Y will ..."); a promise told to an addressee
about what will be done for them ("told the nurses their overtime would be paid"); consent to let
another act; a willingness or readiness owned by the one thanked or praised for it; and a noun of
an act put before others by a verb of proposing ("a power-sharing arrangement laid before the
generals", "a moratorium, devised by X, was submitted to Y"). Near misses: the willingness of a
market, thanks for hospitality, forecasts told as future passives, hostile acts on a wish, rejected
proposals, a plan of one's own put to one's own parliament, goods handed over.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2025-03-12"

ROWS = [
    # at the disposal of / available to
    argument_row(
        "Portugal placed two frigates at the disposal of the Cape Verde government.",
        "03",
        "state:PRT",
        "state:CPV",
        id="disposal-of",
    ),
    argument_row(
        "Algeria said its hospitals were at Tunisia's disposal after the train crash.",
        "03",
        "state:DZA",
        "state:TUN",
        id="at-x-disposal",
    ),
    argument_row(
        "Denmark put its coastguard at the service of the Swedish authorities.",
        "03",
        "state:DNK",
        "state:SWE",
        id="at-the-service-of",
    ),
    argument_row(
        "Croatia made its ports available to Hungary for grain exports.",
        "03",
        "state:HRV",
        "state:HUN",
        id="made-available",
    ),
    argument_row(
        "Greece kept three airfields available to NATO for the duration of the crisis.",
        "03",
        "state:GRC",
        id="kept-available",
    ),
    # on the other side's wish
    argument_row(
        "Should Lebanon request it, Cyprus will open its airports to evacuation flights.",
        "03",
        "state:CYP",
        "state:LBN",
        id="should-request",
    ),
    argument_row(
        "If Bolivia wants, Chile will supply the drilling equipment, the Chilean mining minister said.",
        "03",
        "state:CHL",
        "state:BOL",
        id="if-wants",
    ),
    argument_row(
        "Whenever Moldova needs it, Romania will ship electricity across the border.",
        "03",
        "state:ROU",
        "state:MDA",
        id="whenever-needs",
    ),
    # promises told to an addressee
    argument_row(
        "Health Minister Clara Jensen told the nurses their overtime would be paid by March.",
        "03",
        "person:clara-jensen",
        id="told-their-paid",
    ),
    argument_row(
        "Finance Minister Tomas Reyes assured farmers that their losses would be covered.",
        "03",
        "person:tomas-reyes",
        id="assured-their-covered",
    ),
    argument_row(
        "'Your pensions will be protected,' Prime Minister Jan Novak told retired miners.",
        "03",
        "person:jan-novak",
        id="quote-your",
    ),
    argument_row(
        "Interior Minister Leila Haddad promised the villagers that the road would be rebuilt for them.",
        "03",
        "person:leila-haddad",
        id="promised-for-them",
    ),
    # consent to let
    argument_row(
        "Serbia consented to let EU police monitors patrol the northern crossings.",
        "035",
        "state:SRB",
        id="consented-let",
    ),
    argument_row(
        "Uzbekistan accepted to let Red Cross delegates visit the prisons.",
        "035",
        "state:UZB",
        id="accepted-let",
    ),
    argument_row(
        "Tajikistan has granted permission for OSCE observers to enter the border zone.",
        "035",
        "state:TJK",
        id="granted-permission",
    ),
    # readiness owned by the one thanked
    argument_row(
        "Pope Leo thanked Brazil for its willingness to shelter 2,000 Venezuelan families.",
        "03",
        "state:BRA",
        id="thanked-for-willingness",
    ),
    argument_row(
        "The UN refugee agency commended Kenya for its readiness to register new arrivals from Sudan.",
        "03",
        "state:KEN",
        id="commended-readiness",
    ),
    argument_row(
        "Latvia's eagerness to join the joint air-policing mission was welcomed in Brussels.",
        "03",
        "state:LVA",
        id="eagerness-uncoded-act",
    ),
    # proposals by structure
    argument_row(
        "Kuwait laid a prisoner swap before the Yemeni government and the Houthis.",
        "03",
        "state:KWT",
        id="laid-swap-before",
    ),
    argument_row(
        "A two-week suspension of shelling, drafted by Swiss diplomats, was presented to Armenia and "
        "Azerbaijan.",
        "0356",
        "state:CHE",
        id="drafted-suspension-presented",
    ),
    argument_row(
        "Qatar submitted a power-sharing settlement to the Sudanese rival factions.",
        "03",
        "state:QAT",
        id="submitted-settlement",
    ),
    argument_row(
        "Jordan tabled an exchange of detainees between Israel and Hamas.",
        "0353",
        "state:JOR",
        id="tabled-exchange-between",
    ),
    argument_row(
        "Malaysia presented a joint fisheries arrangement to Indonesia on Tuesday.",
        "03",
        "state:MYS",
        "state:IDN",
        id="presented-arrangement",
    ),
    argument_row(
        "Ghana's roadmap, which foresees elections within a year, was handed to Mali's junta leader "
        "Colonel Issa Traore.",
        "03",
        "state:GHA",
        id="handed-roadmap",
    ),
    argument_row(
        "Thailand sent Cambodia a proposal for a joint border commission.",
        "03",
        "state:THA",
        "state:KHM",
        id="sent-dative-proposal",
    ),
    # near misses
    argument_row(
        "Investors showed little willingness to lend to Ghana after the default.",
        None,
        absent=("03",),
        id="little-willingness",
    ),
    argument_row(
        "King Felipe thanked Morocco for its hospitality during his state visit.",
        None,
        absent=("03",),
        id="thanked-hospitality",
    ),
    argument_row(
        "Water bills would be raised by 8% next year, the regulator told reporters.",
        None,
        absent=("03",),
        id="forecast-passive",
    ),
    argument_row(
        "If Seoul wants a fight, North Korea will destroy its warships, the North's army said.",
        None,
        absent=("03",),
        id="hostile-on-wish",
    ),
    argument_row(
        "Moscow rejected a Swiss proposal for a ceasefire over Easter.",
        "12",
        "state:RUS",
        id="rejected-proposal",
    ),
    argument_row(
        "Labour submitted a proposal for tax cuts to parliament.",
        None,
        absent=("03",),
        id="own-parliament",
    ),
    argument_row(
        "Germany handed 20 armoured vehicles to Ukraine on Monday.",
        None,
        absent=("03",),
        id="goods-handed",
    ),
    argument_row(
        "The waste disposal plant near Leeds was closed by the council.",
        None,
        absent=("03",),
        id="waste-disposal",
    ),
    argument_row(
        "Tickets for the concert are available to the public from Monday.",
        None,
        absent=("03",),
        id="available-public",
    ),
    argument_row(
        "Iran refused to let IAEA inspectors visit the Fordow site.",
        None,
        absent=("035",),
        id="refused-to-let",
    ),
    argument_row(
        "The minister told reporters that prices would be raised in April.",
        None,
        absent=("03",),
        id="told-reporters-forecast",
    ),
    argument_row(
        "Russia's readiness to use nuclear weapons alarmed European capitals.",
        None,
        absent=("03",),
        id="readiness-hostile",
    ),
    argument_row(
        "The Argentine president's determination to cut spending was praised by the IMF.",
        None,
        absent=("030",),
        id="determination-own-policy",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_offer_by_structure(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
