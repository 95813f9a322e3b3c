# ruff: noqa: E501
"""Control frames told by structure, whatever the verb (session 16, issue 11), on sentences written
for this file, with negative controls:

- an object and its secondary predicate: "held X responsible", "deemed X complicit" (112); "cast X
  as the aggressor" (111); "held X up as a model" (051); an owned thing judged goes to its owner;
- a verb of saying and "sorry" to someone (055);
- taking a side: "stood behind X's plan", "rallied round X's bid" (051 on the owner);
- a continuing detention of a person named beside the noun of who they are (173);
- a joint meeting told by "convened";
- multiword judgements of the valence lexicon ("a slap in the face", "smoke and mirrors").
"""

from __future__ import annotations

import pytest
from factories import ORG, TABLE_DATE, P, S, argument_row, check_argument_row

FORCE = ("18", "19", "20")

POSITIVE = [
    # an object and its secondary predicate, whatever the verb
    argument_row(
        "Colombia reckoned Venezuela culpable for the border clashes.",
        "112",
        S("COL"),
        S("VEN"),
        id="reckoned-culpable",
    ),
    argument_row(
        "Lebanese President Michel Aoun deemed Israel answerable for the deaths.",
        "112",
        P("Michel Aoun"),
        S("ISR"),
        id="deemed-answerable",
    ),
    argument_row(
        "Nigeria judged Cameroon liable for the damage to the pipeline.",
        "112",
        S("NGA"),
        S("CMR"),
        id="judged-liable",
    ),
    argument_row(
        "Armenia considers Azerbaijan guilty of ethnic cleansing.",
        "112",
        S("ARM"),
        S("AZE"),
        id="considers-guilty",
    ),
    argument_row(
        "Bolivia pronounced Chile responsible for the drought on the Silala river.",
        "112",
        S("BOL"),
        S("CHL"),
        id="pronounced-responsible",
    ),
    argument_row(
        "Iran's foreign minister, Hamid Rezaei, pilloried Britain as a den of spies.",
        "111",
        P("Hamid Rezaei"),
        S("GBR"),
        absent=FORCE,
        id="pilloried-as",
    ),
    argument_row(
        "Pakistan's army spokesman, Asif Qureshi, showed India up as a bully in the region.",
        "111",
        P("Asif Qureshi"),
        S("IND"),
        absent=FORCE,
        id="showed-up-as-bully",
    ),
    argument_row(
        "The Polish president, Tomasz Wrona, lampooned Belarus as a puppet of the Kremlin.",
        "111",
        P("Tomasz Wrona"),
        S("BLR"),
        absent=FORCE,
        id="lampooned-as-puppet",
    ),
    argument_row(
        "Greece denounced Turkey as an aggressor in the Aegean.",
        "111",
        S("GRC"),
        S("TUR"),
        absent=FORCE,
        id="denounced-as-aggressor",
    ),
    argument_row(
        "Uganda's president, Moses Kato, styled Kenya a menace to the region.",
        "111",
        P("Moses Kato"),
        S("KEN"),
        absent=FORCE,
        id="styled-menace",
    ),
    argument_row(
        "Somalia's prime minister, Ahmed Farah, mocked Ethiopia's port deal as a fraud.",
        "111",
        P("Ahmed Farah"),
        S("ETH"),
        absent=FORCE,
        id="dismissed-owned-plan-as",
    ),
    argument_row(
        "India called Pakistan's peace offer 'smoke and mirrors'.",
        "111",
        S("IND"),
        S("PAK"),
        absent=FORCE,
        id="called-owned-multiword",
    ),
    argument_row(
        "Chile's foreign minister, Rosa Pinto, hailed Uruguay as an inspiration for the continent.",
        "051",
        P("Rosa Pinto"),
        S("URY"),
        id="hailed-as-inspiration",
    ),
    argument_row(
        "The Kenyan president, Daniel Mwangi, held up Rwanda as a model for the region.",
        "051",
        P("Daniel Mwangi"),
        S("RWA"),
        id="held-up-as-model",
    ),
    argument_row(
        "Japan's prime minister, Kenji Mori, showcased Vietnam as a trusted partner.",
        "051",
        P("Kenji Mori"),
        S("VNM"),
        id="showcased-as-partner",
    ),
    argument_row(
        "Norway touted Iceland as a shining example of clean energy.",
        "051",
        S("NOR"),
        S("ISL"),
        id="touted-as-example",
    ),
    argument_row(
        "Egypt's president, Karim Nabil, presented Jordan as a steadfast friend.",
        "051",
        P("Karim Nabil"),
        S("JOR"),
        id="presented-as-friend",
    ),
    # a verb of saying and "sorry" to someone
    argument_row(
        "Canada's prime minister, Anne Leblanc, said sorry to Denmark for the spying.",
        "055",
        P("Anne Leblanc"),
        S("DNK"),
        id="said-sorry-to",
    ),
    argument_row(
        "South Korea said sorry to Vietnam for the wartime massacres.",
        "055",
        S("KOR"),
        S("VNM"),
        id="state-said-sorry",
    ),
    # taking a side, whatever its object
    argument_row(
        "The Arab League stood behind Egypt's plan for rebuilding Gaza.",
        "051",
        ORG("Arab League"),
        S("EGY"),
        id="stood-behind-owned-plan",
    ),
    argument_row(
        "Italy stood by Greece's bid for a seat on the Security Council.",
        "051",
        S("ITA"),
        S("GRC"),
        id="stood-by-owned-bid",
    ),
    argument_row(
        "France rallied behind Germany's candidate for the presidency of the commission.",
        "051",
        S("FRA"),
        S("DEU"),
        id="rallied-behind-owned",
    ),
    argument_row(
        "Kenya lined up behind Ethiopia's mediation effort.", "051", S("KEN"), S("ETH"), id="lined-up-behind"
    ),
    argument_row(
        "Spain got behind Portugal's proposal for an Atlantic pact.",
        "051",
        S("ESP"),
        S("PRT"),
        id="got-behind",
    ),
    argument_row(
        "The European Union stood with Moldova in the gas dispute.",
        "051",
        ORG("European Union"),
        S("MDA"),
        id="stood-with-actor",
    ),
    # a continuing detention
    argument_row(
        "Egyptian authorities have held the activist Alaa Mansour in custody since 2019.",
        "173",
        S("EGY"),
        P("Alaa Mansour"),
        id="held-activist-since",
    ),
    argument_row(
        "Iran has kept the British-Iranian engineer Reza Tahmasebi in Evin prison for two years.",
        "173",
        S("IRN"),
        P("Reza Tahmasebi"),
        id="kept-engineer-for",
    ),
    # a joint meeting told by "convene"
    argument_row(
        "Ethiopian and Eritrean delegations convened in Asmara.", "040", None, None, id="convened-joint"
    ),
    argument_row(
        "Serbian and Kosovan negotiators reconvened in Brussels on Tuesday.",
        "040",
        None,
        None,
        id="reconvened-joint",
    ),
    # groups of states the model tags as places are organizations (igos.tsv: "G_7_" of Phoenix)
    argument_row("The G7 condemned North Korea's missile launch.", "11", ORG("G7"), S("PRK"), id="g7-agent"),
    argument_row(
        "Oxfam turned its anger on the G7, accusing its leaders of ignoring the hungry.",
        "112",
        ORG("Oxfam"),
        ORG("G7"),
        id="g7-target-its-leaders",
    ),
    argument_row(
        "The World Bank commended Rwanda for its health reforms.",
        "051",
        ORG("World Bank"),
        S("RWA"),
        id="world-bank-agent",
    ),
    # multiword judgements of the valence lexicon
    argument_row(
        "Tanzania lashed out at Uganda's pipeline deal, calling it 'a blank cheque for oil companies'.",
        "11",
        S("TZA"),
        S("UGA"),
        absent=FORCE,
        id="blank-cheque",
    ),
    argument_row(
        "Serbia tore into Croatia's border plan, calling it 'a kick in the teeth'.",
        "11",
        S("SRB"),
        S("HRV"),
        absent=FORCE,
        id="kick-in-teeth",
    ),
    argument_row(
        'Canada\'s opposition leader, Claire Martin, said the US tariff plan was "a slap in the face".',
        "111",
        P("Claire Martin"),
        S("USA"),
        id="owned-plan-epithet-multiword",
    ),
    argument_row(
        'The Tories said Labour\'s tax plan was "smoke and mirrors".',
        "111",
        ORG("Conservative Party"),
        ORG("Labour Party"),
        id="owned-plan-smoke-mirrors",
    ),
    argument_row(
        "Hungary laid into Austria's transit toll, calling it 'daylight robbery'.",
        "11",
        S("HUN"),
        S("AUT"),
        absent=FORCE,
        id="daylight-robbery",
    ),
]

CONTROLS = [
    argument_row(
        "Indian Foreign Minister Rohan Mehta held a 90-minute meeting with his Chinese counterpart, Zhou Min, in Kuala Lumpur.",
        "04",
        absent=("173",),
        id="held-meeting-name-far-no-detention",
    ),
    argument_row(
        "Ukrainian troops held the line near Pokrovsk.", None, absent=("11", "05", "17"), id="held-the-line"
    ),
    argument_row(
        "Pakistan and India held talks in Dubai on Sunday.",
        "04",
        S("PAK"),
        S("IND"),
        id="held-talks-stays-04",
    ),
    argument_row(
        "The French president, Luc Moreau, was held up by traffic on his way to the summit.",
        None,
        absent=("17", "11"),
        id="held-up-by-traffic",
    ),
    argument_row(
        "The British actor Tom Hardwick was cast as Hamlet at the Globe.",
        None,
        absent=("05", "11"),
        id="cast-as-hamlet",
    ),
    argument_row(
        "'I'm sorry, but I will not comment,' the Lebanese minister Nabil Haddad said.",
        None,
        absent=("055",),
        id="sorry-no-addressee",
    ),
    argument_row(
        "Oxfam said 40% of children in Yemen were malnourished.",
        None,
        absent=("11", "05"),
        id="ngo-statistics",
    ),
    argument_row("Prices held steady in Japan in March.", None, absent=("17", "11", "05"), id="held-steady"),
    argument_row(
        "Argentina's finance minister, Sergio Ruiz, portrayed the budget as a turning point.",
        None,
        absent=("11", "05"),
        id="own-budget-neutral",
    ),
    argument_row(
        "Britain joined the Iraq war as a loyal ally of the United States.",
        None,
        absent=("051",),
        id="as-of-subject",
    ),
    argument_row(
        "The party elected Maria Lopez as its new leader.", None, absent=("05", "11"), id="elected-as"
    ),
    argument_row(
        "Greece fell behind Portugal in the growth league.", None, absent=("05",), id="fell-behind-lagging"
    ),
    argument_row(
        "Russia did not hold Ukraine responsible for the blast.",
        None,
        absent=("112",),
        id="negated-held-responsible",
    ),
    argument_row(
        "The cuts left Britain vulnerable to attack, the report said.",
        None,
        absent=("11",),
        id="left-vulnerable",
    ),
    argument_row(
        "The leaders of Serbia and Kosovo convened a meeting of experts.",
        None,
        absent=("11",),
        id="convened-a-meeting",
    ),
    argument_row(
        'Labour said the Tories\' plan was "a good start".',
        None,
        absent=("111",),
        id="owned-plan-praise-no-attack",
    ),
    argument_row(
        'The minister said the new railway was "no slap in the face" for the north.',
        None,
        absent=("111",),
        id="negated-multiword",
    ),
    argument_row(
        "Police held the crowd back outside parliament in Nairobi.",
        None,
        absent=("173",),
        id="held-crowd-back",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), POSITIVE + CONTROLS)
def test_control_frames(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
