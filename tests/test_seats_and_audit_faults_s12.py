"""Seats of government acting, and the blind audit's faults (issues 10 and 11, session 12), on
sentences written for this table (people invented, states real).

- a seat the model leaves untagged or reads as a number ("Downing Street said", "a No 10
  spokesman", "Number 10 condemned", "Whitehall officials") acts as its government, and so does a
  tagged seat before a noun of those who speak for it ("a Kremlin spokesman"); the street in a
  phrase of place ("marched down Whitehall") and a shirt number stay no actor;
- "Georgia" with another state and a region of no US kind ("South Ossetia") is the country; with
  a US place or a region's office ("Georgia's governor ... in Atlanta") the US state;
- goods supplied under a contract or by a company are trade, no aid (07); aid stays aid;
- opposing what someone does ("opposed the US war in Iraq", "is opposed to X's Y", "an opponent
  of X's Y") is disapproval of the doer, no demonstration (14) and never the place ("the Iraq
  war": no one named); "critical to" is no criticism;
- a threat noun carried by a light verb ("issued a threat to bomb") is the threat, not the 07 a
  dictionary pattern reads off the act inside it; a threat of force upon things in a state named
  ("to bomb bases in Iraq") is upon that state;
- help sent ("sent rescue teams to X") is aid given, no visit;
- a group the model tags as a place before a noun of armed men ("M23 rebels") is the group;
- a year in an aside set off by dashes dates nothing outside it;
- a given name the model leaves untagged before a tagged family name is part of the name, so the
  surname alone of a son is not his famous father's.
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, TABLE_DATE, argument_row, check_argument_row

ROWS = [
    # seats acting
    argument_row(
        "Downing Street condemned Iran's decision to expel the ambassador.",
        "11",
        "state:GBR",
        "state:IRN",
        id="downing-street-subject",
    ),
    argument_row(
        "A No 10 spokeswoman praised Ghana for the peaceful election.",
        "05",
        "state:GBR",
        "state:GHA",
        id="no10-spokeswoman",
    ),
    argument_row(
        "Number 10 accused Moscow of spreading lies about the poisoning.",
        "11",
        "state:GBR",
        "state:RUS",
        id="number10-subject",
    ),
    argument_row(
        "Whitehall sources accused France of blocking the deal.",
        "11",
        "state:GBR",
        "state:FRA",
        id="whitehall-sources",
    ),
    argument_row(
        "A Kremlin spokesman criticised Latvia over its treatment of Russian speakers.",
        "11",
        "state:RUS",
        "state:LVA",
        id="kremlin-spokesman",
    ),
    argument_row(
        "Georgia accused Russia of bombing villages near Abkhazia.",
        "11",
        "state:GEO",
        "state:RUS",
        id="georgia-country",
    ),
    # trade is no aid; aid is
    argument_row(
        "A Swedish company won a contract to supply radar systems to Thailand.",
        None,
        absent=("07",),
        id="contract-to-supply",
    ),
    argument_row(
        "An Indian firm will supply medicines to Kenya under a five-year contract.",
        None,
        absent=("07", "03"),
        id="under-a-contract",
    ),
    argument_row(
        "Norway sent emergency food aid to Malawi.", "07", "state:NOR", "state:MWI", id="aid-control"
    ),
    argument_row(
        "Britain supplied Kenya with military vehicles.", "07", "state:GBR", "state:KEN", id="supply-control"
    ),
    # opposing a doer's act
    argument_row(
        "Belgium opposed the Russian occupation of Crimea.",
        "11",
        "state:BEL",
        "state:RUS",
        absent=("14",),
        id="opposed-occupation",
    ),
    argument_row(
        "Canada opposed the US war in Iraq.", "11", "state:CAN", "state:USA", absent=("14",), id="opposed-war"
    ),
    argument_row("Students protested against the war.", None, absent=("11",), id="protest-no-oppose"),
    argument_row(
        "Austria is opposed to Hungary's construction of the border fence.",
        "11",
        "state:AUT",
        "state:HUN",
        id="is-opposed-to",
    ),
    argument_row(
        "Chile is a firm opponent of Bolivia's claim to the coast.",
        "11",
        "state:CHL",
        "state:BOL",
        id="opponent-of",
    ),
    argument_row(
        "Peru was critical to the success of Ecuador's plan.", None, absent=("11",), id="critical-to"
    ),
    # a threat noun carried by a light verb
    argument_row(
        "Russia issued a threat to bomb Ukraine's power stations.",
        "13",
        "state:RUS",
        "state:UKR",
        absent=("07",),
        id="issued-threat-to-bomb",
    ),
    argument_row(
        "Iran made a threat to bomb rebel bases in Iraq.",
        "138",
        "state:IRN",
        "state:IRQ",
        absent=("07",),
        id="threat-placed-target",
    ),
    # help sent is aid, no visit; a person sent is a visit
    argument_row(
        "Spain sent search and rescue teams to Morocco.",
        "07",
        "state:ESP",
        "state:MAR",
        absent=("042",),
        id="rescue-teams-sent",
    ),
    argument_row(
        "Chile dispatched a medical team to Bolivia.", "07", "state:CHL", "state:BOL", id="medical-team"
    ),
    argument_row(
        "Qatar sent its foreign minister to Chad.",
        "04",
        "state:QAT",
        "state:TCD",
        absent=("07",),
        id="envoy-sent",
    ),
    # a group tagged as a place
    argument_row(
        "M23 rebels shelled the Congolese town of Sake.",
        FORCE_ROOTS,
        "organization:m23",
        None,
        id="m23-rebels",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_seats_and_audit_faults(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, date=TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        pytest.param("Protesters marched down Whitehall on Saturday.", "state:GBR", id="street-walked"),
        pytest.param("He wore the Number 10 shirt for Fulham.", "state:GBR", id="shirt-number"),
    ],
)
def test_seat_as_place_is_no_actor(facts, text, not_actor):
    found = facts(text, date=TABLE_DATE)
    assert not_actor not in {e.key for e in found.entities if e.mentions}, [e.key for e in found.entities]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Georgia's governor opened a factory near Savannah.", id="governor-possessive"),
        pytest.param("The governor of Georgia met farmers in Atlanta.", id="governor-of"),
    ],
)
def test_georgia_the_us_state(facts, text):
    found = facts(text, date=TABLE_DATE)
    assert "state:GEO" not in {e.key for e in found.entities if e.mentions}, [e.key for e in found.entities]


def test_opposed_the_place_war_names_no_target(facts):
    events = facts("Sweden opposed the Iraq war.", date=TABLE_DATE).events
    assert not any("state:IRQ" in e.targets for e in events), [(e.cameo, e.targets) for e in events]


def test_year_in_a_dashed_aside_dates_nothing_outside(facts):
    text = "Chile - which hosted the 1962 World Cup - accused Peru on Monday of spying."
    events = [e for e in facts(text, date=TABLE_DATE).events if e.cameo.startswith("11")]
    assert events
    assert all(not (e.date or "").startswith("1962") for e in events), events


def test_untagged_given_name_before_a_family_name(facts):
    """A son named in full whose given name the model leaves untagged is his own person; his
    father's node does not take the mention."""
    text = (
        "Those arrested included Marcus Hale, the son of the novelist Gerald Hale. "
        'Marcus Hale, a former army officer, said: "We did nothing wrong."'
    )
    found = facts(text, date=TABLE_DATE)
    spans = {e.key: [m.text for m in e.mentions] for e in found.entities}
    father = spans.get("person:gerald-hale", [])
    assert "Hale" not in father, spans
    assert len(father) <= 1, spans
