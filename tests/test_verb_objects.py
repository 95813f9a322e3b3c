"""What is acted upon decides a verb's code: the thing seized, the weapon fired (issue 11.1).

A dictionary pattern that reads the object ("seized a tanker": property confiscated, 1711)
outranks one of equal weight that reads only who acted ("the navy seized": territory, 192);
crowd weapons fired or used on people (water cannon, rubber bullets, tear gas) are violent
repression (175), not an armed attack (190); a weapon of mass destruction the pattern names
("detonated a nuclear device") is force enough; ships kept in or out of port a blockade (191);
the cargo of "planes loaded with tents" is what was sent; an investigation opened is one (09);
time given to act ("gave him 48 hours to leave") an ultimatum (139).
Each with paraphrases and negative controls.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS as FORCE
from factories import argument_row as row
from factories import check_argument_row

from newsgraph.extractors.verbs import verb_dictionary

SEIZED = [
    row("Iran's navy seized a Greek-flagged oil tanker in the Gulf.", "171", "state:IRN", id="navy-tanker"),
    row("Indonesian troops seized a Malaysian fishing boat.", "171", "state:IDN", id="troops-boat"),
    row("The Russian military seized two Ukrainian vessels.", "171", "state:RUS", id="military-vessels"),
    row("Libyan soldiers seized a ship carrying fuel.", "171", "state:LBY", id="soldiers-ship"),
    row("Sudanese forces seized a cargo of fuel bound for Chad.", "171", id="forces-cargo"),
    # controls: territory seized by armed men is still taken territory, or no confiscation
    row("Malian soldiers seized the town of Kidal.", None, absent=("171",), id="town-not-confiscated"),
    row("Rebel fighters seized control of the airport.", None, absent=("171",), id="control-not-property"),
]

FIRED = [
    row(
        "The Chinese coast guard fired water cannon at a Philippine supply boat.",
        "175",
        "state:CHN",
        absent=FORCE,
        id="water-cannon-at-boat",
    ),
    row(
        "Indian police used tear gas against Kashmiri protesters.",
        "175",
        "state:IND",
        absent=FORCE,
        id="used-tear-gas",
    ),
    row(
        "Israeli police used stun grenades to disperse Palestinian worshippers.",
        "175",
        "state:ISR",
        absent=FORCE,
        id="used-stun-grenades",
    ),
    row(
        "Turkish police fired rubber bullets at Kurdish demonstrators.",
        None,
        absent=FORCE,
        id="rubber-bullets-no-attack",
    ),
    # controls: real weapons fired at someone stay an armed attack
    row("Syrian troops fired rockets at Turkish border posts.", "19", "state:SYR", id="rockets-attack"),
    row(
        "Russian forces fired missiles at Ukrainian cities.",
        "19",
        "state:RUS",
        absent=("175",),
        id="missiles",
    ),
]


NAMED_WEAPONS = [
    # a pattern that names a weapon of mass destruction needs no other sign of force
    row("North Korea detonated a nuclear device.", "2042", "state:PRK", id="detonated-device"),
    row("Pakistan exploded a nuclear bomb in the desert.", "2042", "state:PAK", id="exploded-bomb"),
    row("Syrian forces used chlorine gas against civilians.", "2041", "state:SYR", id="chlorine"),
    # controls: no weapon named, no force
    row("The government used its majority to pass the bill.", None, absent=FORCE, id="used-majority"),
    row("Britain detonated a row over pensions.", None, absent=("20",), id="detonated-row"),
]

BLOCKADE = [
    row("Russian warships blocked grain vessels from leaving the port.", "191", "state:RUS", id="vessels"),
    row("The Iranian navy blocked ships from entering the strait.", "191", "state:IRN", id="ships"),
    row("Egyptian authorities blocked the port of Suez.", "191", "state:EGY", id="port"),
    # control: a bill or a road blocked is no blockade
    row("The senate blocked the nomination of Mr Brown.", None, absent=("191",), id="nomination"),
]


CARGO = [
    # the cargo a carrier is loaded with is what was sent, not the carrier
    row(
        "Turkey sent three cargo planes loaded with tents and food to Morocco.",
        "073",
        "state:TUR",
        id="planes-loaded",
    ),
    row("Jordan sent trucks laden with medicine to Syria.", "073", "state:JOR", id="trucks-laden"),
    row(
        "Russia sent planes loaded with troops to Belarus.",
        "06",
        "state:RUS",
        absent=("07",),
        id="troops-loaded",
    ),
    # control: a carrier named alone stays a carrier
    row("Turkey sent three cargo planes to Morocco.", None, absent=("07",), id="planes-alone"),
]

INVESTIGATIONS = [
    # an investigation opened, launched or begun is one (09x)
    row(
        "Kenyan prosecutors opened an investigation into the killing of protesters.",
        "09",
        "state:KEN",
        id="opened",
    ),
    row(
        "France launched an inquiry into the sinking of a Turkish ship.",
        "09",
        "state:FRA",
        "state:TUR",
        id="launched",
    ),
    row("The UN has begun an investigation into Israeli air strikes.", "09", "organization:un", id="begun"),
    row("Germany investigated Russian spies.", "09", "state:DEU", "state:RUS", id="verb"),
    row("China Life faces a probe by the US Securities and Exchange Commission.", "09", id="probe-by"),
    row("Britain's probe into the sale of arms widened.", "09", "state:GBR", id="probe-into"),
    # control: a space probe is no investigation
    row("India launched a probe to the Moon.", None, absent=("09",), id="space-probe"),
]


NORMALISED = [
    # relations normalised are restored (050), the dictionary's "restore relations"
    row("Morocco normalised relations with Israel in 2020.", "05", "state:MAR", "state:ISR", id="normalised"),
    row("Turkey and Armenia agreed to normalize ties.", "03", id="agreed-to-normalize"),
    # control: prices or a situation normalised are no relations
    row("The central bank said prices had normalised in Kenya.", None, absent=("05",), id="prices"),
]

ULTIMATUMS = [
    # time given to someone to act is an ultimatum (139)
    row(
        "Burkina Faso's junta gave the French ambassador 48 hours to leave.",
        "139",
        "state:BFA",
        "state:FRA",
        id="hours",
    ),
    row(
        "The Security Council gave Iran 60 days to comply with the resolution.",
        "139",
        None,
        "state:IRN",
        id="days",
    ),
    row("Russia gave Ukraine a deadline to answer its demands.", "13", "state:RUS", id="deadline"),
    # controls: time given, nothing demanded
    row("The minister gave reporters two hours of his time.", None, absent=("13",), id="time-given"),
    row("Britain gave Kenya two weeks of training.", None, absent=("13",), id="weeks-of"),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "agent", "target", "absent"),
    SEIZED + FIRED + NAMED_WEAPONS + BLOCKADE + CARGO + INVESTIGATIONS + ULTIMATUMS + NORMALISED,
)
def test_the_thing_acted_upon_decides(facts, text, code, agent, target, absent) -> None:  # type: ignore[no-untyped-def]
    check_argument_row(facts(text).events, code, agent, target, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("The navy seized a tanker.", "1711", id="object-over-subject"),
        pytest.param("The army seized the town.", "192", id="territory"),
        pytest.param("Soldiers fired water cannon at the crowd.", "175", id="water-cannon"),
        pytest.param("The guards used pepper spray on the prisoners.", "175", id="pepper-spray"),
    ],
)
def test_dictionary_reads_the_object(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    verb = next(t for t in nlp(text) if t.pos_ == "VERB")
    found = verb_dictionary().match(verb)
    assert found is not None
    assert found.code == code, found
