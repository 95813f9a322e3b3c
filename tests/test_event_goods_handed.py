"""Goods handed to someone named are aid of the goods' kind (``goods.tsv``): a verb of handing
(send, ship, airlift, deliver, donate, hand over, dispatch, fly, supply, disburse, share ...) whose
object phrase names arms (072), intelligence (064), relief (073) or money (071), directly or as a
load, vehicle or team carrying them ("50 trucks of medicine", "a vessel carrying relief supplies",
"an aircraft loaded with medical equipment"), and whose recipient is named, on the verb or inside
the object phrase. Trade goods, companies' arms, people sent and passives are not. Every sentence
is written for this file.
"""

from __future__ import annotations

import pytest
from factories import ORG, TABLE_DATE, P, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "Germany delivered 18 Leopard tanks to Ukraine on Friday.", "072", S("DEU"), S("UKR"), id="tanks"
    ),
    argument_row(
        "The United States shipped 300 Stinger missiles to Taiwan.", "072", S("USA"), S("TWN"), id="missiles"
    ),
    argument_row(
        "France handed over six Rafale fighter jets to Croatia.", "072", S("FRA"), S("HRV"), id="hand-over"
    ),
    argument_row("Britain gifted 14 Challenger tanks to Ukraine.", "072", S("GBR"), S("UKR"), id="gifted"),
    argument_row("South Korea lent Poland 40 K2 tanks.", "072", S("KOR"), S("POL"), id="lent-dative"),
    argument_row(
        "Britain handed over 20 armoured vehicles to the Ukrainian army.",
        "072",
        S("GBR"),
        S("UKR"),
        id="vehicles",
    ),
    argument_row(
        "Canada airlifted 40 tonnes of medical supplies to Lebanon.",
        "073",
        S("CAN"),
        S("LBN"),
        id="tonnes-of",
    ),
    argument_row("China donated 500,000 vaccine doses to Cambodia.", "073", S("CHN"), S("KHM"), id="doses"),
    argument_row(
        "Australia rushed emergency supplies to Tonga after the eruption.",
        "073",
        S("AUS"),
        S("TON"),
        id="rushed",
    ),
    argument_row(
        "Saudi Arabia sent three planeloads of tents and blankets to Syria.",
        "073",
        S("SAU"),
        S("SYR"),
        id="planeloads",
    ),
    argument_row("The Netherlands flew two field hospitals to Turkey.", "073", S("NLD"), S("TUR"), id="flew"),
    argument_row("Japan gave Indonesia 200 tonnes of rice.", "073", S("JPN"), S("IDN"), id="gave-dative"),
    argument_row(
        "Japan shipped water purification equipment to flood-hit Pakistan.",
        "073",
        S("JPN"),
        S("PAK"),
        id="equipment",
    ),
    argument_row(
        "India dispatched a naval vessel carrying 500 tonnes of relief supplies to earthquake-hit Myanmar.",
        "073",
        S("IND"),
        S("MMR"),
        absent=("15",),
        id="vessel-carrying",
    ),
    argument_row(
        "Egypt dispatched a ship laden with fuel and food to Lebanon.",
        "073",
        S("EGY"),
        S("LBN"),
        absent=("15",),
        id="laden-with",
    ),
    argument_row(
        "The UAE sent an aircraft loaded with medical equipment to Sudan.",
        "073",
        None,
        S("SDN"),
        absent=("15",),
        id="loaded-with",
    ),
    argument_row(
        "Egypt sent 50 trucks of medicine and flour to Sudan on Sunday.",
        "073",
        S("EGY"),
        S("SDN"),
        id="trucks-of",
    ),
    argument_row(
        "South Korea shipped 10,000 tonnes of rice to survivors of the earthquake in Myanmar.",
        "073",
        S("KOR"),
        S("MMR"),
        id="survivors-of",
    ),
    argument_row(
        "Turkey distributed food parcels to refugees in northern Syria.",
        "073",
        S("TUR"),
        S("SYR"),
        id="distributed",
    ),
    argument_row(
        "The European Union disbursed 4 billion euros in budget support to Ukraine.",
        "071",
        ORG("European Union"),
        S("UKR"),
        id="disbursed",
    ),
    argument_row(
        "Qatar transferred $30 million in fuel funding to Lebanon.", "071", S("QAT"), S("LBN"), id="sum-in"
    ),
    argument_row(
        "Germany shared intelligence on the attack with Austria.", "064", S("DEU"), S("AUT"), id="shared"
    ),
    argument_row(
        "The US has been sharing satellite imagery with Ukraine.",
        "064",
        S("USA"),
        S("UKR"),
        id="sharing-imagery",
    ),
    argument_row(
        "Britain has handed Ukraine satellite intelligence on Russian troop movements.",
        "064",
        S("GBR"),
        S("UKR"),
        id="handed-intelligence",
    ),
    # controls: trade goods, companies, people sent, sharing among people, letters, passives
    argument_row("Volkswagen delivered 5,000 cars to China in March.", None, absent=("07",), id="cars"),
    argument_row("Apple shipped 10 million phones to India.", None, absent=("07",), id="phones"),
    argument_row("Gazprom delivered gas to Hungary on Monday.", None, absent=("07",), id="gas"),
    argument_row("Siemens shipped equipment to Iran.", None, absent=("07",), id="company-equipment"),
    argument_row("Iran shipped oil to China despite the sanctions.", None, absent=("07",), id="oil"),
    argument_row(
        "Ukraine exported two million tonnes of grain to Egypt.", None, absent=("07",), id="exported"
    ),
    argument_row(
        "Russia sent a military delegation to Iran for talks.", "04", absent=("07",), id="delegation"
    ),
    argument_row(
        "The farmers shared their food with the soldiers.", None, absent=("07", "06"), id="shared-food"
    ),
    argument_row("The club sent its youth team to Spain for a tournament.", None, absent=("07",), id="club"),
    argument_row("He handed the letter to the French ambassador.", None, absent=("07",), id="letter"),
    argument_row("The coach gave the players a day off.", None, absent=("07",), id="day-off"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_goods_handed(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


# Measures and expulsions named by a light verb's noun or a particle (``triggers.tsv``).
MEASURE_ROWS = [
    argument_row(
        "Lithuania sent home a Belarusian diplomat accused of spying.",
        "16",
        S("LTU"),
        S("BLR"),
        id="sent-home",
    ),
    argument_row(
        "Sudan ordered 13 foreign aid agencies out of Darfur on Wednesday.",
        "1663",
        S("SDN"),
        id="agencies-out",
    ),
    argument_row(
        "Niger expelled three foreign charities from the country.", "1663", S("NER"), id="charities-expelled"
    ),
    argument_row(
        "The European Union imposed an asset freeze on six Belarusian officials.",
        "163",
        ORG("European Union"),
        S("BLR"),
        id="asset-freeze",
    ),
    argument_row(
        "The government imposed a hiring freeze in the civil service.",
        None,
        absent=("16",),
        id="hiring-freeze",
    ),
    argument_row("The players went home after the match.", None, absent=("16", "17"), id="went-home"),
    argument_row(
        "He sent home the message that reform was needed.", None, absent=("16", "17"), id="sent-home-message"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), MEASURE_ROWS)
def test_measures_named(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


# Talks, hosts and treaties told by their setting: sides facing each other across a table, a guest
# entertained, an agreement "signed by both presidents" of the sides the clause names.
SETTING_ROWS = [
    argument_row(
        "Delegations from Serbia and Kosovo sat across the table from each other in Brussels.",
        "04",
        S("SRB"),
        S("XKX"),
        id="across-the-table",
    ),
    argument_row(
        "Negotiators from Israel and Lebanon sat across the table from each other at a UN base in Naqoura.",
        "04",
        S("LBN"),
        S("ISR"),
        id="across-the-table-2",
    ),
    argument_row(
        "Kenyan President Daniel Otieno entertained his Tanzanian counterpart, Amina Juma, at State House.",
        "043",
        S("KEN"),
        S("TZA"),
        id="entertained",
    ),
    argument_row(
        "State House in Nairobi was where Kenyan President Daniel Otieno"
        " entertained his Tanzanian counterpart.",
        "043",
        S("KEN"),
        S("TZA"),
        id="was-where",
    ),
    argument_row(
        "Uzbekistan and Kazakhstan formalised their border demarcation"
        " in a treaty signed by both presidents.",
        "057",
        S("KAZ"),
        S("UZB"),
        id="signed-by-both",
    ),
    argument_row(
        "Serbia and Hungary cemented their energy partnership"
        " in a pipeline deal signed by both foreign ministers.",
        "057",
        S("HUN"),
        S("SRB"),
        id="signed-by-both-ministers",
    ),
    argument_row("The family sat around the table for dinner.", None, absent=("04",), id="dinner"),
    argument_row("The two teams faced each other in the final.", None, absent=("04",), id="teams"),
    argument_row("The comedian entertained the crowd for two hours.", None, absent=("04",), id="comedian"),
    argument_row("The minister entertained the idea of a snap election.", None, absent=("04",), id="idea"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), SETTING_ROWS)
def test_settings_told(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


# Money given to a party, a household or a cause is no aid (071 is for states given it); a budget's
# freeze on a duty is no sanction.
DOMESTIC_ROWS = [
    argument_row("Mr Bannatyne has previously given Labour £50,000.", None, absent=("07",), id="donor"),
    argument_row(
        "The government gives £200 for winter fuel to households with people over 60.",
        None,
        absent=("07",),
        id="households",
    ),
    argument_row(
        "Lord Drayson gave £500,000 to the party just days before Christmas.",
        None,
        absent=("07",),
        id="party",
    ),
    argument_row(
        "Chancellor Gordon Brown has announced a freeze on fuel duty"
        " in his speech to the Commons on Thursday.",
        None,
        absent=("16",),
        id="duty-freeze",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), DOMESTIC_ROWS)
def test_domestic_money_and_freezes(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


# A court or the police the parser hangs on the grounds' clause is still who jails or detains.
GROUNDS_ROWS = [
    argument_row(
        "Journalist Sergio Pineda was jailed for 'inciting hatred' by a court in Managua,"
        " his newspaper said.",
        "173",
        S("NIC"),
        P("Sergio Pineda"),
        id="jailed-for-by-court",
    ),
    argument_row(
        "Blogger Ahmad Karimi was sentenced to three years for insulting the leader by a court in Tehran.",
        "17",
        S("IRN"),
        P("Ahmad Karimi"),
        id="sentenced-for-by-court",
    ),
    argument_row("The player was sent off for a foul by the referee.", None, absent=("17",), id="referee"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), GROUNDS_ROWS)
def test_authority_after_grounds(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
