"""Verbal vs physical blows and warnings as classes (session 10), each on paraphrases written for
this file with negative controls:

- blows and volleys dealt in words: "hammered the Federal Reserve", "fired a fresh salvo at
  Brussels", "took issue with the Kremlin" (111); the same words with a weapon or an armed actor
  stay force ("a salvo of rockets", "artillery hammered positions");
- a politician's blow at an institution with no weapon or place is words; "came under attack
  from X" is never the subject's own act;
- armed men named only by their deed ("attackers", "assailants") act for the place's state; a
  spot "outside" somewhere named "in" a place is there;
- warnings: the warner's own coercive act said is a threat even when it touches travel; a warning
  to one's own nationals is advice; "would be met / answered with" force is a military threat;
- threats and vows: the target in the threatened act's object phrase ("measures against
  Taiwan"), coercion vowed against someone named is a threat;
- audit r18: "worried about X" is a pessimistic comment (012), wanting someone's help an appeal.
"""

from __future__ import annotations

import pytest
from factories import ORG, TABLE_DATE, P, S, argument_row, check_argument_row

FORCE = ("18", "19", "20")

BLOWS = [
    argument_row(
        "Senator Joan Pike hammered the Treasury on Monday for its handling of the crisis.",
        "111",
        P("Joan Pike"),
        absent=FORCE,
        id="hammered-institution",
    ),
    argument_row(
        "Polish minister Jan Kowal fired a fresh salvo at the European Commission over fishing quotas.",
        "111",
        P("Jan Kowal"),
        ORG("European Commission"),
        absent=FORCE,
        id="fired-salvo-words",
    ),
    argument_row(
        "Polish minister Jan Kowal launched a fresh salvo at the European Commission.",
        "111",
        P("Jan Kowal"),
        absent=FORCE,
        id="launched-salvo-words",
    ),
    argument_row(
        "Greek Prime Minister Nikos Stavrou took issue with Turkey's claims in the Aegean.",
        "111",
        P("Nikos Stavrou"),
        S("TUR"),
        absent=FORCE,
        id="took-issue-with",
    ),
    argument_row(
        "Congressman Dan Ruiz attacked the Internal Revenue Service on Tuesday.",
        "111",
        P("Dan Ruiz"),
        absent=FORCE,
        id="attacked-institution",
    ),
    argument_row(
        "Congressman Dan Ruiz's attack on the Internal Revenue Service was widely reported.",
        "111",
        P("Dan Ruiz"),
        absent=FORCE,
        id="attack-on-institution-noun",
    ),
    # controls: weapons or armed actors keep the blow physical
    argument_row(
        "Hamas fired a salvo of rockets at Israel on Monday.",
        "19",
        None,
        S("ISR"),
        absent=("11",),
        id="salvo-rockets",
    ),
    argument_row(
        "Hezbollah fired a volley of rockets into northern Israel.", "19", absent=("11",), id="volley-rockets"
    ),
    argument_row(
        "Russian artillery hammered Ukrainian positions near Bakhmut overnight.",
        "19",
        S("RUS"),
        S("UKR"),
        absent=("11",),
        id="artillery-hammered",
    ),
    argument_row(
        "Taliban fighters attacked NATO forces in Kandahar on Monday.",
        "19",
        absent=("11",),
        id="fighters-org",
    ),
    argument_row(
        "The company fired its chief executive on Tuesday.", None, absent=(*FORCE, "11"), id="fired-ceo"
    ),
]

DENIALS = [
    argument_row(
        "The Indian government issued a firm denial of reports that its troops had crossed the border.",
        "016",
        S("IND"),
        id="issued-denial",
    ),
    argument_row("Downing Street's denial came hours later.", "016", S("GBR"), id="possessor-denial"),
    # control: a state of mind
    argument_row(
        "He said Labour was in denial about the scale of the problem.", None, absent=("016",), id="in-denial"
    ),
]

RECEIVED = [
    argument_row(
        "Prime Minister Helen Clarke came under attack from Labour leader Ed Barnes over the tax rise.",
        "111",
        P("Ed Barnes"),
        P("Helen Clarke"),
        id="came-under-attack-named",
    ),
    # (its subject is upon whom, never its author; a light verb's subject keeps its own act)
    argument_row(
        "Prime Minister Helen Clarke came under attack from her own party over the tax rise.",
        None,
        absent=("11",),
        id="came-under-attack-unnamed",
    ),
    argument_row(
        "Mr Blunkett is taking legal action to gain access to the boy.",
        "115",
        None,
        id="taking-legal-action",
    ),
]

UNNAMED = [
    argument_row(
        "Unidentified assailants shot dead a judge in Kabul on Monday.", "18", S("AFG"), id="assailants"
    ),
    argument_row(
        "A suicide bomber from the Pakistani Taliban blew himself up outside a police station in Peshawar.",
        "18",
        None,
        S("PAK"),
        id="outside-spot-in-place",
    ),
    argument_row(
        "Al-Shabaab militants detonated a car bomb outside a hotel in Mogadishu, killing 12 people.",
        "18",
        None,
        S("SOM"),
        id="outside-hotel",
    ),
    argument_row(
        "Gunmen opened fire on a police patrol in Pakistan's Khyber district.",
        "19",
        S("PAK"),
        S("PAK"),
        id="spot-on-in-place",
    ),
    argument_row(
        "Gunmen attacked a bus carrying pilgrims in Egypt's Minya province.",
        "19",
        S("EGY"),
        S("EGY"),
        id="spot-in-participle",
    ),
    argument_row("Rebels fired on a checkpoint in eastern Congo.", "19", None, S("COD"), id="rebels-spot"),
    argument_row(
        "Gunmen attacked a convoy travelling in northern Mali on Tuesday, killing four soldiers.",
        "19",
        S("MLI"),
        S("MLI"),
        id="spot-participle-in",
    ),
]

WARNINGS = [
    argument_row(
        "The European Union warned Georgia that it would suspend visa-free travel for Georgian citizens.",
        "13",
        ORG("European Union"),
        S("GEO"),
        absent=("138", "02"),
        id="own-act-touching-travel",
    ),
    argument_row(
        "Canada warned its citizens to leave Haiti immediately.",
        "02",
        S("CAN"),
        absent=("13",),
        id="own-citizens",
    ),
    argument_row(
        "The Netherlands warned its nationals in Lebanon to leave while flights were still running.",
        None,
        absent=("13",),
        id="own-nationals",
    ),
    argument_row(
        "Seoul warned Pyongyang that any provocation would be met with an overwhelming military response.",
        "138",
        S("KOR"),
        S("PRK"),
        id="met-with-military",
    ),
    argument_row(
        "Iran's Revolutionary Guards warned Israel that any strike would be met with a missile barrage.",
        "138",
        None,
        S("ISR"),
        id="met-with-barrage",
    ),
    argument_row(
        '"Any attack on our ships will be answered with force," the Chinese defence minister told Japan.',
        "138",
        S("CHN"),
        S("JPN"),
        id="quoted-answered-with-force",
    ),
    argument_row(
        '"We will shoot down any drone that crosses the border," Estonian Defence Minister Ott Tamm said in'
        " a warning to Russia.",
        "138",
        P("Ott Tamm"),
        S("RUS"),
        id="said-in-a-warning",
    ),
    # controls: advice and forecasts stay no threat
    argument_row(
        "In a stark warning to delegates, UN chief Ingrid Solberg said plastic pollution would triple.",
        None,
        absent=("13",),
        id="in-a-warning-forecast",
    ),
    argument_row(
        '"Any new tax will be met with fierce opposition," the CBI told the Chancellor.',
        None,
        absent=("13",),
        id="quoted-met-with-opposition",
    ),
    argument_row(
        "The Foreign Office warned British tourists against travelling to northern Mali.",
        None,
        absent=("13",),
        id="travel-advice",
    ),
    argument_row(
        "The minister warned that any new tax would be met with fierce opposition from business.",
        None,
        absent=("13",),
        id="met-with-opposition",
    ),
]

THREATS = [
    argument_row(
        "North Korea issued a stern warning to South Korea that it would take strong countermeasures.",
        "13",
        S("PRK"),
        S("KOR"),
        id="issued-warning-to",
    ),
    argument_row(
        "Beijing threatened to take resolute measures against Taiwan.",
        "13",
        S("CHN"),
        S("TWN"),
        id="measures-against",
    ),
    argument_row(
        "India vowed to take action against Pakistan.",
        "13",
        S("IND"),
        S("PAK"),
        absent=("03",),
        id="vowed-action",
    ),
    argument_row(
        "Israel vowed to use force against Hezbollah if the rocket fire continued.",
        "138",
        S("ISR"),
        id="vowed-force",
    ),
    argument_row(
        "The EU told Hungary that funds would be frozen if the law was not repealed.",
        "1311",
        ORG("EU"),
        S("HUN"),
        id="told-conditional-cut",
    ),
    # controls: a forecast or a promise told; a policy vowed, help pledged
    argument_row(
        "Tony Blair told Labour MPs that taxes would be cut if the party won.",
        None,
        absent=("13",),
        id="told-promise",
    ),
    argument_row(
        "The minister told reporters that the economy would grow.", None, absent=("13",), id="told-forecast"
    ),
    argument_row(
        "The government vowed to take tough measures against benefit fraud.",
        None,
        absent=("13",),
        id="vowed-policy",
    ),
    argument_row("Japan pledged to take steps to help Indonesia.", None, absent=("13",), id="pledged-help"),
]

OFFERS = [
    argument_row(
        "Turkey offered to act as a go-between for Russia and Ukraine.", "039", S("TUR"), id="go-between"
    ),
    argument_row(
        "Norway said it was willing to act as a mediator between Colombia and the rebels.",
        "039",
        S("NOR"),
        id="willing-mediator",
    ),
    # control: acting as something else
    argument_row(
        "The rebels acted as a shield for the civilians.", None, absent=("03", "04"), id="acted-as-shield"
    ),
]

CONTROLS = [
    argument_row(
        "France opposed Turkey's membership of the European Union.",
        "110",
        S("FRA"),
        S("TUR"),
        id="opposed-membership",
    ),
    argument_row(
        "Greece opposed North Macedonia's bid to join NATO.", "110", S("GRC"), S("MKD"), id="opposed-bid"
    ),
    argument_row(
        "Germany and Japan signed a strategic partnership in Tokyo on Monday.",
        "057",
        S("DEU"),
        S("JPN"),
        id="signed-partnership",
    ),
    # controls: opposing what no one named has
    argument_row("The Tories oppose ID cards.", None, absent=("11",), id="opposed-thing"),
    argument_row("The Liberal Democrats opposed the war in Iraq.", None, absent=("11",), id="opposed-war"),
    argument_row(
        "Mr Kennedy said students see the Iraq war, which his party opposed, as a defining issue.",
        None,
        absent=("11",),
        id="opposed-war-relative",
    ),
    argument_row(
        "The chancellor opposes the further encroachment of the market into the NHS.",
        None,
        absent=("11",),
        id="opposes-encroachment",
    ),
]

R18 = [
    argument_row(
        "Ireland's foreign minister Sean Doyle is worried about Pakistan.",
        "012",
        P("Sean Doyle"),
        S("PAK"),
        absent=("11",),
        id="worried-about",
    ),
    argument_row(
        "Kenya wants the United States to help rebuild its army.",
        "02",
        S("KEN"),
        S("USA"),
        absent=("10",),
        id="wants-help",
    ),
    argument_row(
        "Ukraine wants France to use its presidency of the EU to speed up talks.",
        "02",
        S("UKR"),
        S("FRA"),
        absent=("10",),
        id="wants-use-influence",
    ),
    # control: a worry about a thing names no one
    argument_row(
        "Charles Kennedy was worried about the economy.", None, absent=("01", "11"), id="worried-economy"
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "agent", "target", "absent"),
    BLOWS + DENIALS + RECEIVED + UNNAMED + WARNINGS + THREATS + OFFERS + CONTROLS + R18,
)
def test_blows_and_warnings(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
