"""Nouns of acts made from the CAMEO verb dictionary's verbs by their regular endings ("recall",
"suspension", "nationalisation", "lifting", "severing") code as their verb does: the owner (possessive,
"by" phrase, or the subject of a verb that decrees or carries out the act: "ordered", "carried out")
acts, the "of" phrase is the verb's object side and the noun's other phrases its preposition phrases
("the lifting of the state of emergency in Bangkok" as "lifted the state of emergency", 0814); whom the
thing is taken from, given or denied to, or cut off with is the one acted upon. No noun here is listed
one by one: each is derived from the dictionary's verb. Controls: the same nouns of private or
domestic acts (a car recall, a footballer's suspension, a plant's closure, an album's release) and
nouns with no owner make no event.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row, check_code_case
from factories import code_case as case

from newsgraph.extractors.verbs import derived_nouns

OWNED = [
    argument_row(
        "Morocco's recall of its ambassador from Algeria came after days of heated exchanges.",
        "16",
        S("MAR"),
        S("DZA"),
        id="recall-possessive",
    ),
    argument_row(
        "Washington's suspension of military aid to Honduras followed the coup.",
        "16",
        S("USA"),
        S("HND"),
        id="suspension-of-aid",
    ),
    argument_row(
        "Kenya's suspension of flights to Somalia took effect on Tuesday.",
        "16",
        S("KEN"),
        S("SOM"),
        id="suspension-of-flights",
    ),
    argument_row(
        "China's veto of a UN resolution on Zimbabwe angered Britain.", "129", S("CHN"), None, id="veto"
    ),
    argument_row(
        "Bolivia's nationalisation of gas fields owned by a Brazilian firm angered Brasilia.",
        "17",
        S("BOL"),
        S("BRA"),
        id="nationalisation",
    ),
    argument_row(
        "Argentina's seizure of a Spanish-owned oil company angered Madrid.",
        "17",
        S("ARG"),
        S("ESP"),
        id="seizure",
    ),
    argument_row(
        "Zimbabwe's confiscation of British-owned farms angered London.",
        "17",
        S("ZWE"),
        S("GBR"),
        id="confiscation",
    ),
    argument_row(
        "Britain's freezing of Libyan assets was approved by parliament.",
        "163",
        S("GBR"),
        S("LBY"),
        id="freezing",
    ),
    argument_row(
        "Italy's extradition of two Tunisian suspects was criticised by rights groups.",
        "06",
        S("ITA"),
        S("TUN"),
        id="extradition",
    ),
    argument_row(
        "Mexico's extradition of a drug baron to the United States was welcomed in Washington.",
        "06",
        S("MEX"),
        S("USA"),
        id="extradition-to",
    ),
    argument_row(
        "Iran's abduction of two British sailors caused outrage in London.",
        "18",
        S("IRN"),
        S("GBR"),
        id="abduction",
    ),
    argument_row(
        "Pakistan's shelling of Indian positions in Kashmir broke the truce.",
        "19",
        S("PAK"),
        S("IND"),
        id="shelling",
    ),
    argument_row(
        "Turkey's bombardment of Kurdish villages in northern Iraq continued on Monday.",
        "19",
        S("TUR"),
        S("IRQ"),
        id="bombardment",
    ),
    argument_row(
        "Ethiopia's invasion of Somalia was condemned by Eritrea.", "19", S("ETH"), S("SOM"), id="invasion"
    ),
    argument_row(
        "Serbia's rejection of the UN plan for Kosovo angered Pristina.", "12", S("SRB"), None, id="rejection"
    ),
    argument_row(
        "Venezuela's severing of relations with Israel was condemned by Washington.",
        "16",
        S("VEN"),
        S("ISR"),
        id="severing-with",
    ),
    argument_row(
        "Canada's boycotting of the Durban conference annoyed South Africa.",
        "12",
        S("CAN"),
        None,
        id="boycotting",
    ),
    argument_row(
        "Syria's withdrawal of its troops from Lebanon was completed in April.",
        "08",
        S("SYR"),
        S("LBN"),
        id="withdrawal-from",
    ),
    argument_row(
        "Russia's deployment of warships to the eastern Mediterranean alarmed Turkey.",
        "15",
        S("RUS"),
        None,
        id="deployment",
    ),
    argument_row(
        "Uganda's postponement of talks with Sudan was confirmed on Monday.",
        "16",
        S("UGA"),
        None,
        id="postponement",
    ),
    argument_row(
        "The signing of a border treaty by Russia and Norway ended a 40-year dispute over the Barents Sea.",
        "057",
        S("RUS"),
        S("NOR"),
        id="signing-by-both",
    ),
    argument_row(
        "The Thai government's lifting of the state of emergency in Bangkok on Tuesday was welcomed.",
        "0814",
        S("THA"),
        None,
        id="lifting-state-of-emergency",
    ),
    argument_row(
        "Ghana's deportation of Nigerian traders caused a diplomatic row.",
        "174",
        S("GHA"),
        S("NGA"),
        id="deportation",
    ),
]

DECREED = [
    argument_row(
        "Turkey ordered the recall of its ambassador from Israel on Monday.",
        "16",
        S("TUR"),
        S("ISR"),
        id="ordered-recall",
    ),
    argument_row(
        "Japan ordered the suspension of aid to Burma on Monday.",
        "16",
        S("JPN"),
        S("MMR"),
        id="ordered-suspension",
    ),
    argument_row(
        "The Kenyan government authorised the deportation of three Somali clerics.",
        "174",
        S("KEN"),
        S("SOM"),
        id="authorised-deportation",
    ),
    argument_row(
        "Saudi police carried out the arrest of two Yemeni diplomats in Riyadh.",
        "173",
        S("SAU"),
        S("YEM"),
        id="carried-out-arrest",
    ),
    argument_row(
        "Egyptian police carried out the arrest of a Sudanese diplomat in Cairo.",
        "173",
        S("EGY"),
        S("SDN"),
        id="carried-out-arrest-of-diplomat",
    ),
    argument_row(
        "Saudi Arabia announced the severing of ties with Iran on Sunday.",
        "16",
        S("SAU"),
        S("IRN"),
        id="announced-severing",
    ),
    # a light verb's subject does the act its object names
    argument_row(
        "Costa Rica extended diplomatic recognition to China, ending its ties with Taiwan.",
        "054",
        S("CRI"),
        S("CHN"),
        id="extended-recognition",
    ),
    argument_row(
        "Sweden granted the extradition of a Rwandan genocide suspect to Rwanda.",
        "06",
        S("SWE"),
        S("RWA"),
        id="granted-extradition",
    ),
    argument_row(
        "Morocco launched the repatriation of Algerian migrants.",
        "174",
        S("MAR"),
        S("DZA"),
        id="launched-repatriation",
    ),
    # the decreeing verb's own code by its object stands alone: no second event of the noun
    argument_row(
        "President Chavez ordered the closure of the Colombian border on Sunday.",
        "172",
        None,
        S("COL"),
        id="ordered-closure",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), OWNED + DECREED)
def test_noun_of_dictionary_verb_codes_as_the_verb(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


def test_decreed_noun_is_not_told_twice(facts):
    events = facts(
        "President Chavez ordered the closure of the Colombian border on Sunday.", TABLE_DATE
    ).events
    assert len([e for e in events if e.cameo.startswith("172")]) == 1, events


CONTROLS = [
    case(
        "The recall of millions of cars by Toyota hit its shares on Monday.",
        None,
        absent=("16",),
        id="car-recall",
    ),
    case(
        "The extension of the Moscow metro to the northern suburbs opened on Tuesday.",
        None,
        absent=("0",),
        id="metro",
    ),
    case(
        "The extension of the school day was opposed by teachers.", None, absent=("08", "16"), id="school-day"
    ),
    case(
        "The suspension of the Chelsea striker was confirmed on Monday.",
        None,
        absent=("16", "17"),
        id="striker",
    ),
    case(
        "The closure of the Longbridge car plant cost 5,000 jobs.",
        None,
        absent=("16", "17"),
        id="plant-closure",
    ),
    case("The release of his new album was delayed until the spring.", None, absent=("08",), id="album"),
    case(
        "The company's deployment of broadband in rural areas was slow.", None, absent=("15",), id="broadband"
    ),
    case(
        "Labour's building of new hospitals was praised by nurses.", None, absent=("06", "07"), id="hospitals"
    ),
    case(
        "The resumption of trading on the stock exchange lifted shares.",
        None,
        absent=("04", "08"),
        id="trading",
    ),
    case(
        "The club's signing of the Brazilian striker was completed on Friday.",
        None,
        absent=("05",),
        id="signing",
    ),
    case("Microsoft's cancellation of the product surprised investors.", None, absent=("16",), id="product"),
    case(
        "The Spanish champions completed the signing of a Brazilian midfielder.",
        None,
        absent=("05",),
        id="midfielder",
    ),
    case("Experts debated the suspension of the peace talks.", None, absent=("16",), id="no-owner"),
    # light verbs whose subject does not do the act named
    case(
        "Blair made the appointment of a new minister a priority.", None, absent=("06",), id="made-priority"
    ),
    case("Labour has the backing of the unions.", None, absent=("05",), id="has-backing"),
    case("The council announced the closure of three libraries.", None, absent=("16", "17"), id="libraries"),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), CONTROLS)
def test_derived_noun_controls(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("recall", "recall"),
        ("lifting", "lift"),
        ("banning", "ban"),
        ("suspension", "suspend"),
        ("extension", "extend"),
        ("nationalisation", "nationalise"),
        ("imposition", "impose"),
        ("reduction", "reduce"),
        ("detention", "detain"),
        ("expulsion", "expel"),
        ("resumption", "resume"),
        ("destruction", "destroy"),
        ("cancellation", "cancel"),
        ("demolition", "demolish"),
        ("seizure", "seize"),
        ("withdrawal", "withdraw"),
        ("deployment", "deploy"),
    ],
)
def test_derivation_by_ending(noun, verb):
    assert derived_nouns([verb])[noun] == verb


def test_short_verbs_make_no_suffixed_nouns():
    # "go" is no "goal", "die" no "dial"
    assert "goal" not in derived_nouns(["go"])
    assert "dial" not in derived_nouns(["die"])
