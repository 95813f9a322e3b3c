"""Threats coded by the class of the act threatened, whatever its verb (session 16, issue 11), on
sentences written for this file; no consequence verb below is in ``threat_words.tsv``'s act table:

- a clause said, told or vowed whose subject is the speaker's side, with a modal and a condition on
  another's act, whose act no table names: force (138) when the verb dictionary's class of the verb
  is force, its verb names a weapon, or a verb done against someone (no cooperation class, no
  positive valence) has the speaker's armed men or arms as doer or instrument, or another's arms as
  what it hits; a threat of no force (13x, never 138) when the verb's class is a hostile act of no
  force (10-17) or its valence is negative;
- "threatened / vowed to" such an act of force upon someone: 138;
- a threat vowed with no one named is upon the actor of its condition, else the owner of what it
  would hit ("threatened to hold up Croatia's entry");
- an act of force said of a measure, plan or process ("shoot down the deal", "torpedo the talks"):
  a threat of no force (13x, never 138);
- controls: forecasts and reports of a third party's acts ("X is stockpiling shells, Y warned"),
  weather and market warnings, electoral promises, conditional offers, acts of cooperation on a
  condition, "vowed to crush corruption".
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row


def xfailing(
    text: str, code: str, agent: str | None = None, target: str | None = None, *, absent=(), id: str
):
    """A row the structure does not reach yet: the Houthi leader named by no entity ("scuttle"),
    "neutralise" classed as no hostile act, "sideline" of no class and no valence."""
    row = argument_row(text, code, agent, target, absent=absent, id=id)
    return pytest.param(*row.values, id=id, marks=pytest.mark.xfail(strict=True, reason="not reached"))


FORCE = [
    argument_row(
        "Serbia's army chief said Serbian gunners would demolish any Kosovo police post"
        " built in the north if Pristina went ahead with the plan.",
        "138",
        S("SRB"),
        id="gunners-demolish",
    ),
    argument_row(
        "Armenia said its artillery would batter Azerbaijani trenches should Baku shell Goris again.",
        "138",
        S("ARM"),
        S("AZE"),
        id="artillery-batter",
    ),
    argument_row(
        "China's navy would encircle Taiwan with frigates if Taipei declared independence,"
        " the Chinese defence ministry said.",
        "138",
        S("CHN"),
        S("TWN"),
        id="encircle-with-frigates",
    ),
    argument_row(
        "Russia's defence minister said Russian submarines would cripple any British cable ship"
        " that approached the Kola peninsula.",
        "138",
        S("RUS"),
        id="submarines-cripple",
    ),
    argument_row(
        "Iran's navy threatened to ram American warships in the Gulf.",
        "138",
        S("IRN"),
        S("USA"),
        id="threatened-ram-warships",
    ),
    xfailing(
        "The Houthi leader vowed to scuttle Israeli tankers in the Red Sea.",
        "138",
        None,
        S("ISR"),
        id="vowed-scuttle-tankers",
    ),
    argument_row(
        "Pakistan's army chief vowed to rout Indian units massing near the Line of Control.",
        "138",
        S("PAK"),
        S("IND"),
        id="vowed-rout-units",
    ),
    argument_row(
        "Turkey threatened to torpedo any Greek survey ship near Crete.",
        "138",
        S("TUR"),
        S("GRC"),
        id="threatened-torpedo-ship",
    ),
    argument_row(
        "Venezuela's president said Venezuelan jets would strafe Guyanese outposts"
        " if Georgetown let American troops into the Essequibo.",
        "138",
        S("VEN"),
        S("GUY"),
        id="jets-strafe",
    ),
    xfailing(
        "Israel's chief of staff said Israeli drones would neutralise Hezbollah launchers"
        " should the group fire on Haifa.",
        "138",
        S("ISR"),
        id="drones-neutralise",
    ),
    argument_row(
        "Morocco's army said its warplanes would pummel Polisario convoys if the group crossed the berm.",
        "138",
        S("MAR"),
        id="warplanes-pummel",
    ),
    argument_row(
        "Sudan's army vowed to annihilate the Rapid Support Forces brigades besieging El Fasher.",
        "138",
        S("SDN"),
        id="vowed-annihilate-brigades",
    ),
    argument_row(
        "Ethiopia's defence minister said Ethiopian troops would overwhelm Eritrean positions"
        " unless Asmara withdrew its forces from Tigray.",
        "138",
        S("ETH"),
        S("ERI"),
        id="troops-overwhelm",
    ),
    argument_row(
        "North Korea said its rocket forces would engulf Seoul in flames"
        " if South Korea staged more drills with the United States.",
        "138",
        S("PRK"),
        S("KOR"),
        id="rocket-forces-engulf",
    ),
    argument_row(
        "Azerbaijan's president vowed to smother Armenian batteries near Lachin.",
        "138",
        S("AZE"),
        S("ARM"),
        id="vowed-smother-batteries",
    ),
]

NONFORCE = [
    argument_row(
        "Poland said it would stall Ukraine's accession talks unless Kyiv settled the grain dispute.",
        "13",
        S("POL"),
        S("UKR"),
        absent=("138",),
        id="stall-talks",
    ),
    argument_row(
        "France said it would boycott the summit in Baku if Azerbaijan kept Armenian prisoners.",
        "13",
        S("FRA"),
        S("AZE"),
        absent=("138",),
        id="boycott-summit",
    ),
    argument_row(
        "Italy said it would obstruct the EU's migration pact unless Germany took more asylum seekers.",
        "13",
        S("ITA"),
        S("DEU"),
        absent=("138",),
        id="obstruct-pact",
    ),
    argument_row(
        "Brazil said it would shun Argentine beef if Buenos Aires left the Mercosur deal.",
        "13",
        S("BRA"),
        S("ARG"),
        absent=("138",),
        id="shun-beef",
    ),
    argument_row(
        "Japan said it would snub South Korea's trade delegation unless Seoul dropped the court case.",
        "13",
        S("JPN"),
        S("KOR"),
        absent=("138",),
        id="snub-delegation",
    ),
    argument_row(
        "Austria said it would hinder Romania's Schengen entry if Bucharest did not tighten its borders.",
        "13",
        S("AUT"),
        S("ROU"),
        absent=("138",),
        id="hinder-entry",
    ),
    argument_row(
        "Canada said it would penalise Indian exporters if New Delhi refused to cooperate with the inquiry.",
        "13",
        S("CAN"),
        S("IND"),
        absent=("138",),
        id="penalise-exporters",
    ),
    argument_row(
        "Lithuania said it would disrupt Belarusian freight traffic should Minsk keep sending migrants.",
        "13",
        S("LTU"),
        S("BLR"),
        absent=("138",),
        id="disrupt-freight",
    ),
    xfailing(
        "Qatar said it would sideline Egypt in the Gaza talks if Cairo kept closing the Rafah crossing.",
        "13",
        S("QAT"),
        S("EGY"),
        absent=("138",),
        id="sideline-in-talks",
    ),
    argument_row(
        "Nigeria said it would humiliate Ghana at the regional summit unless Accra paid its debts.",
        "13",
        S("NGA"),
        S("GHA"),
        absent=("138",),
        id="humiliate",
    ),
]

MEASURES = [
    argument_row(
        "Greece said it would shoot down the EU's new asylum deal unless Italy took in more refugees.",
        "13",
        S("GRC"),
        absent=("138", "18", "19", "20"),
        id="shoot-down-deal",
    ),
    argument_row(
        "The Dutch prime minister vowed to torpedo Albania's accession talks"
        " unless Tirana curbed drug gangs.",
        "13",
        S("NLD"),
        S("ALB"),
        absent=("138", "18", "19", "20"),
        id="vowed-torpedo-talks",
    ),
]

UPON = [
    argument_row(
        "Slovenia threatened to hold up Croatia's entry into the euro zone.",
        "13",
        S("SVN"),
        S("HRV"),
        absent=("138",),
        id="vowed-upon-owner",
    ),
    argument_row(
        "Portugal threatened to freeze the fisheries accord unless Morocco released the trawlers.",
        "13",
        S("PRT"),
        S("MAR"),
        absent=("138",),
        id="vowed-upon-condition",
    ),
]

CONTROLS = [
    argument_row(
        "China is massing landing craft opposite Taiwan, Taiwan's defence ministry warned on Tuesday.",
        None,
        absent=("13",),
        id="report-massing",
    ),
    argument_row(
        "Japan's coast guard warned that Chinese ships had entered its waters around the Senkaku islands.",
        None,
        absent=("13",),
        id="report-entered",
    ),
    argument_row(
        "Forecasters warned of flooding across Bangladesh as the monsoon intensified.",
        None,
        absent=("13",),
        id="weather",
    ),
    argument_row(
        "The Bank of Canada warned that house prices could fall sharply next year.",
        None,
        absent=("13",),
        id="market",
    ),
    argument_row(
        "If elected, we will demolish the old tower blocks, the mayoral candidate told voters.",
        None,
        absent=("13", "18", "19", "20"),
        id="electoral-promise",
    ),
    argument_row(
        "Should Iran halt enrichment, Washington would unfreeze Iranian assets, a US envoy said.",
        None,
        absent=("13",),
        id="conditional-offer",
    ),
    argument_row(
        "Germany said it would train Ukrainian soldiers if the war continued.",
        None,
        absent=("13",),
        id="train-soldiers",
    ),
    argument_row(
        "The president vowed to crush corruption in the customs service.",
        None,
        absent=("138",),
        id="crush-corruption",
    ),
    argument_row(
        "The minister pledged to modernise the army's barracks.",
        None,
        absent=("13",),
        id="modernise-barracks",
    ),
    argument_row(
        "Kenya promised to send its police officers to Haiti if the UN paid for the mission.",
        None,
        absent=("13",),
        id="send-police-on-condition",
    ),
    argument_row(
        "The IMF warned that Egypt would run out of reserves unless it devalued the pound.",
        None,
        absent=("13",),
        id="forecast-unless",
    ),
    argument_row(
        "Analysts said Israeli jets would level the port if Hezbollah fired again.",
        None,
        absent=("13",),
        id="commentator-forecast",
    ),
    argument_row(
        "Norway said its engineers would rebuild Ukrainian power stations if the fighting stopped.",
        None,
        absent=("13",),
        id="rebuild-on-condition",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "agent", "target", "absent"), FORCE + NONFORCE + MEASURES + UPON + CONTROLS
)
def test_threat_by_class(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
