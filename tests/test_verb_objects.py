"""What is acted upon decides a verb's code: the thing seized, the weapon fired (issue 11.1).

A dictionary pattern that reads the object ("seized a tanker": property confiscated, 1711)
outranks one of equal weight that reads only who acted ("the navy seized": territory, 192);
crowd weapons fired or used on people (water cannon, rubber bullets, tear gas) are violent
repression (175), not an armed attack (190); a weapon of mass destruction the pattern names
("detonated a nuclear device") is force enough; ships kept in or out of port a blockade (191).
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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "agent", "target", "absent"), SEIZED + FIRED + NAMED_WEAPONS + BLOCKADE
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
