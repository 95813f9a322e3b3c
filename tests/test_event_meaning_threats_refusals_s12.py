"""Threats, warnings, refusals and rejections as classes (session 12), each on sentences written for
this file with negative controls:

- a thing put to one (offer, call, demand, request, proposal) brushed off by a phrasal verb whose
  particle the parser reads as a particle or an adverb ("brushed aside", "shot down", "threw out",
  "waved away", "voted down") or by an idiom ("gave short shrift to", "turned a deaf ear to", "closed
  the door on", "said no to") is rejected (12x), its author the target, the offer itself no event;
  a rejected thing the parser hangs as a clause's subject ("dismissed X's call for the row to be
  closed") likewise; not a drone shot down or a court case thrown out;
- "would not let / did not allow a ship to dock / a plane to land" refuses passage (12x, asserted),
  the act let not done; "will not allow Iran to ..." stays a deterrent; "balked at / shied away from
  X-ing" refuses the act (12x), which is not done;
- "kept quiet about / remained silent on / stayed tight-lipped about", "brushed aside / waved away
  questions" decline comment (011); "the border stayed quiet" is nothing;
- a warner that serves no state (a UN envoy, the WHO, a central bank) warning a state against doing
  something advises it; a weather or hazard warning is no threat;
- idioms of threat: a time limit given to act ("gave X a week to ...", "until Friday to ...", 139),
  "served notice on X that ...", "put X on notice that ...", "drew a red line", "reserved the right
  to retaliate against X", "vowed to take X by force" (138), "said it would halt / cut ... if Y ..."
  and "would not hesitate to strike ... if" (13x upon Y), "told X that any strike would bring
  missiles down on ..." (138); "138" when the clause told has the threatener's armed force as its
  subject ("in an ultimatum to X, said his army would cross ...").
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, P, S, argument_row, check_argument_row

FORCE = ("18", "19", "20")

ROWS = [
    # rejections of a thing put to one
    argument_row(
        "Chile brushed aside Bolivia's demand for access to the sea.",
        "12",
        S("CHL"),
        S("BOL"),
        id="brushed-aside-demand",
    ),
    argument_row(
        "Greece shot down Turkey's proposal for a joint naval patrol in the Aegean.",
        "12",
        S("GRC"),
        S("TUR"),
        absent=FORCE,
        id="shot-down-proposal",
    ),
    argument_row(
        "Egypt threw out Ethiopia's offer of a water-sharing deal.",
        "12",
        S("EGY"),
        S("ETH"),
        absent=("03", "16"),
        id="threw-out-offer",
    ),
    argument_row(
        "Norway gave short shrift to a Russian request to inspect its fishing fleet.",
        "12",
        S("NOR"),
        S("RUS"),
        id="short-shrift-request",
    ),
    argument_row(
        "Peru turned a deaf ear to Ecuador's calls for a border commission.",
        "12",
        S("PER"),
        S("ECU"),
        id="deaf-ear-calls",
    ),
    argument_row(
        "Armenia closed the door on Azerbaijan's offer of talks in Baku.",
        "12",
        S("ARM"),
        S("AZE"),
        absent=("03", "04"),
        id="closed-door-offer",
    ),
    argument_row(
        "Sweden said no to a request from Iran to extradite the dissident.",
        "12",
        S("SWE"),
        S("IRN"),
        id="said-no-request-target",
    ),
    argument_row(
        "Finland dismissed Russia's call for the border crossings to be reopened.",
        "12",
        S("FIN"),
        S("RUS"),
        id="dismissed-call-clause",
    ),
    argument_row("Police shot down a drone over the airport.", None, absent=("12",), id="drone-shot-down"),
    argument_row(
        "The court threw out the case against the two men.", None, absent=("12",), id="case-thrown-out"
    ),
    # refused passage, balking
    argument_row(
        "Cyprus would not let a Turkish drilling ship enter its waters.",
        "12",
        S("CYP"),
        S("TUR"),
        id="would-not-let-enter",
    ),
    argument_row(
        "Italy did not allow the Spanish aircraft to land in Rome.",
        "12",
        S("ITA"),
        S("ESP"),
        id="did-not-allow-land",
    ),
    argument_row(
        "Israel will not allow Iran to acquire nuclear weapons.",
        "13",
        S("ISR"),
        S("IRN"),
        id="deterrent-stays",
    ),
    argument_row(
        "Austria balked at sending helicopters to Ukraine.",
        "12",
        S("AUT"),
        absent=("07", "15", "06"),
        id="balked-at",
    ),
    argument_row(
        "Japan shied away from imposing sanctions on China.",
        "12",
        S("JPN"),
        absent=("16",),
        id="shied-away-from",
    ),
    # declined comment
    argument_row(
        "The Danish government kept quiet about reports that its spies had tapped German phones.",
        "011",
        S("DNK"),
        id="kept-quiet-about",
    ),
    argument_row(
        "Brazil's foreign minister, Marcos Lima, stayed tight-lipped about whether Brasilia would attend.",
        "011",
        P("Marcos Lima"),
        id="tight-lipped",
    ),
    argument_row("The border with Lebanon stayed quiet on Sunday.", None, absent=("01",), id="border-quiet"),
    argument_row(
        "The French foreign minister, Anne Roux, waved away questions about the arms deal.",
        "011",
        P("Anne Roux"),
        absent=("12",),
        id="waved-away-questions",
    ),
    argument_row(
        "Ukraine fended off calls from Hungary to restore the minority schools.",
        "12",
        S("UKR"),
        S("HUN"),
        id="fended-off-calls",
    ),
    # warnings that are advice or hazards
    argument_row(
        "The UN's envoy, Pedro Alves, warned Serbia and Kosovo against letting the dispute escalate.",
        None,
        absent=("13",),
        id="envoy-advises",
    ),
    argument_row(
        "The International Monetary Fund cautioned Egypt against cutting bread subsidies too fast.",
        None,
        absent=("13",),
        id="imf-advises",
    ),
    argument_row(
        "The weather service issued a red warning for floods across Bavaria.",
        None,
        absent=("13",),
        id="flood-warning",
    ),
    argument_row(
        "Ireland's Met Eireann issued a storm warning for the west coast.",
        None,
        absent=("13",),
        id="storm-warning",
    ),
    # idioms of threat
    argument_row(
        "Serbia gave Montenegro 48 hours to expel the diplomat or face a trade embargo.",
        "139",
        S("SRB"),
        S("MNE"),
        id="hours-to-act",
    ),
    argument_row(
        "Hungary gave Ukraine until Monday to restore the minority schools.",
        "139",
        S("HUN"),
        S("UKR"),
        id="until-day-to-act",
    ),
    argument_row("The coach gave the players a week off.", None, absent=("13",), id="week-off"),
    argument_row(
        "Moscow served notice on Tallinn that Russian warships would escort its tankers.",
        "138",
        S("RUS"),
        S("EST"),
        id="served-notice-armed",
    ),
    argument_row(
        "Seoul put Pyongyang on notice that its army would answer any provocation.",
        "138",
        S("KOR"),
        S("PRK"),
        id="put-on-notice-armed",
    ),
    argument_row(
        "The prime minister drew a line under the affair.", None, absent=("13",), id="line-under-affair"
    ),
    argument_row(
        "Japan drew a red line over the Senkaku islands, saying its forces would act if China landed troops.",
        "138",
        S("JPN"),
        S("CHN"),
        id="red-line",
    ),
    argument_row(
        "Turkey said it reserved the right to retaliate against Syria.",
        "13",
        S("TUR"),
        S("SYR"),
        id="reserved-right",
    ),
    argument_row(
        "Venezuela vowed to take the Essequibo by force.", "138", S("VEN"), absent=FORCE, id="vowed-by-force"
    ),
    argument_row(
        "Police vowed to remove the protesters by force.", None, absent=("13",), id="police-no-actor"
    ),
    argument_row(
        "Qatar said it would halt gas shipments to Britain if London did not drop the inquiry.",
        "13",
        S("QAT"),
        S("GBR"),
        absent=("138",),
        id="said-halt-if",
    ),
    argument_row(
        "Greece said its navy would not hesitate to fire on Turkish vessels if provoked.",
        "138",
        S("GRC"),
        S("TUR"),
        id="not-hesitate-if",
    ),
    argument_row(
        "Labour said it would cut taxes if the economy grew.", None, absent=("13",), id="tax-cut-if"
    ),
    argument_row(
        "Israel told Lebanon that any attack on Haifa would bring rockets down on Beirut.",
        "138",
        S("ISR"),
        absent=FORCE,
        id="any-attack-told",
    ),
    argument_row(
        "The minister told reporters that any attack on the economy would be a disaster.",
        None,
        absent=("13",),
        id="any-attack-forecast",
    ),
    argument_row(
        "In an ultimatum to Armenia, Azerbaijan's president said his army would cross the border "
        "within days.",
        "138",
        S("AZE"),
        S("ARM"),
        id="ultimatum-armed-clause",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_threats_and_refusals(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


def test_rejected_offer_is_no_event_of_its_own(facts):
    events = facts("Ukraine gave short shrift to a Russian offer of a ceasefire.", TABLE_DATE).events
    assert not any(e.cameo.startswith(("03", "08")) for e in events), [(e.cameo, e.trigger) for e in events]


def test_refused_passage_asserts_no_docking(facts):
    events = facts("Malta refused to allow a Libyan tanker to dock in Valletta.", TABLE_DATE).events
    assert any(e.cameo.startswith("12") for e in events), [(e.cameo, e.trigger) for e in events]
    assert not any(e.trigger == "dock" for e in events), [(e.cameo, e.trigger) for e in events]
