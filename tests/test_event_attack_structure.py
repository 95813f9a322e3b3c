# ruff: noqa: E501
"""Verbal attacks read by structure, whatever the verb (session 15, issue 11), on sentences
written for this file, with negative controls:

- a subject actor's act aimed at an actor or an owned thing (object, or "on/at/against/into")
  with a participle of judgement whose words are negative ("..., calling it 'Q'", "accusing X of");
- a relative clause of saying ("was shot full of holes by X, who said it would ...");
- a description ("'Q' was how X described Y", "X described Y as 'Q'");
- attack nouns ("a tirade from X aimed at Y", "launched a broadside against Y");
- the agent is the clause's subject, never a possessor inside its object;
- controls: praise, self-criticism, "calling it a day", neutral descriptions, no actor.
"""

from __future__ import annotations

import pytest
from factories import ORG, TABLE_DATE, P, S, argument_row, check_argument_row

FORCE = ("18", "19", "20")
WORDS = ("11",)

POSITIVE = [
    argument_row(
        "Conservative MP Graham Lacey weighed in on the Scottish Executive's education bill, calling it 'a shambles'.",
        "11",
        P("Graham Lacey"),
        ORG("Scottish Executive"),
        absent=FORCE,
        id="weighed-in-calling",
    ),
    argument_row(
        "Green Party leader Karin Holm took a swipe at the Swedish government's climate policy, calling it 'a betrayal of our children'.",
        "11",
        P("Karin Holm"),
        S("SWE"),
        absent=FORCE,
        id="swipe-owned-policy",
    ),
    argument_row(
        "Peruvian congresswoman Lucia Vargas took aim at the interior minister, Jorge Salas, describing him as 'incompetent and dangerous'.",
        "11",
        P("Lucia Vargas"),
        P("Jorge Salas"),
        absent=FORCE,
        id="took-aim-describing",
    ),
    argument_row(
        "Hungarian opposition leader Peter Vadas rounded on the European Commission, accusing it of 'blackmail'.",
        "11",
        P("Peter Vadas"),
        ORG("European Commission"),
        absent=FORCE,
        id="rounded-accusing",
    ),
    argument_row(
        "Liberal Democrat Sarah Pennington savaged Chancellor Mark Dunford's spending review, accusing his Treasury of 'fiddling the figures'.",
        "11",
        P("Sarah Pennington"),
        None,
        absent=FORCE,
        id="possessor-is-no-agent",
    ),
    argument_row(
        "Bolivian senator Raul Quispe went to town on President Elena Mamani's mining law, calling it 'a disgraceful land grab'.",
        "11",
        P("Raul Quispe"),
        P("Elena Mamani"),
        absent=FORCE,
        id="went-to-town-owner",
    ),
    argument_row(
        "Estonian MP Kadri Tamm let rip at Russia's foreign minister, Oleg Lavrin, calling him 'a liar and a bully'.",
        "11",
        P("Kadri Tamm"),
        P("Oleg Lavrin"),
        absent=FORCE,
        id="let-rip-calling",
    ),
    argument_row(
        "Japanese opposition leader Aiko Mori came out fighting against Prime Minister Ken Sato's tax plan, calling it 'a cruel trick on pensioners'.",
        "11",
        P("Aiko Mori"),
        P("Ken Sato"),
        absent=FORCE,
        id="came-out-fighting-against",
    ),
    argument_row(
        "The Nigerian government's fuel subsidy plan was ripped apart by union leader Ayo Bakare, who said it would 'starve the poor'.",
        "11",
        P("Ayo Bakare"),
        S("NGA"),
        absent=FORCE,
        id="passive-relative-said",
    ),
    argument_row(
        "The Greek government's austerity package was picked apart by economist Yannis Doukas, who said it would 'destroy a generation'.",
        "11",
        P("Yannis Doukas"),
        S("GRC"),
        absent=FORCE,
        id="passive-relative-picked-apart",
    ),
    argument_row(
        "Slovak leader Pavol Hudak's outburst against NATO, which he called 'a war machine', was condemned in Warsaw.",
        "11",
        P("Pavol Hudak"),
        ORG("NATO"),
        absent=FORCE,
        id="outburst-relative",
    ),
    argument_row(
        "'A circus run by clowns' was how Tory MP Hugh Bramley described the Welsh Assembly government on Friday.",
        "11",
        P("Hugh Bramley"),
        None,
        absent=FORCE,
        id="how-described",
    ),
    argument_row(
        "'A cabinet of crooks' was how Colombian senator Andres Rojas described President Maria Lugo's government.",
        "11",
        P("Andres Rojas"),
        P("Maria Lugo"),
        absent=FORCE,
        id="how-described-owner",
    ),
    argument_row(
        "Serbian minister Dragan Petrovic described the Kosovo government as 'a gang of criminals'.",
        "11",
        P("Dragan Petrovic"),
        S("XKX"),
        absent=FORCE,
        id="described-as",
    ),
    argument_row(
        "A broadside from Polish President Jan Kowal, aimed at the German government over energy policy, dominated the summit.",
        "11",
        P("Jan Kowal"),
        S("DEU"),
        absent=FORCE,
        id="broadside-aimed-at",
    ),
    argument_row(
        "Opposition leader David Mwangi launched a tirade against the Kenyan government on Sunday.",
        "11",
        P("David Mwangi"),
        S("KEN"),
        absent=FORCE,
        id="launched-tirade-against",
    ),
    argument_row(
        "Turkish President Kemal Arslan delivered a diatribe against the European Union in Ankara.",
        "11",
        P("Kemal Arslan"),
        ORG("European Union"),
        absent=FORCE,
        id="delivered-diatribe",
    ),
    argument_row(
        "Venezuelan minister Luis Ortega fired a broadside at the United States, calling Washington 'a nest of vultures'.",
        "11",
        P("Luis Ortega"),
        S("USA"),
        absent=FORCE,
        id="broadside-calling",
    ),
    argument_row(
        "Mexican President Luis Herrera lashed out at the United States, saying Washington was 'treating Mexico like a doormat'.",
        "11",
        P("Luis Herrera"),
        S("USA"),
        absent=FORCE,
        id="lashed-out-saying",
    ),
    argument_row(
        "Danish opposition leader Mette Skov hit out at Prime Minister Lars Brandt's immigration bill, calling it 'cruel and un-Danish'.",
        "11",
        P("Mette Skov"),
        P("Lars Brandt"),
        absent=FORCE,
        id="hit-out-owned-bill",
    ),
]

CONTROLS = [
    argument_row(
        "Labour MP Anne Colbert welcomed the government's childcare plan, calling it 'a huge step forward'.",
        None,
        absent=WORDS + FORCE,
        id="praise-calling",
    ),
    argument_row(
        "Veteran MP Roger Tennant is calling it a day after 30 years in the Commons.",
        None,
        absent=WORDS + FORCE,
        id="calling-it-a-day",
    ),
    argument_row(
        "Finance Minister Erik Lund presented the government's budget on Tuesday, describing it as a plan for growth.",
        None,
        absent=WORDS + FORCE,
        id="neutral-describing",
    ),
    argument_row(
        "Prime Minister Joan Crane admitted her own government had made mistakes, calling the delays 'regrettable'.",
        None,
        absent=WORDS + FORCE,
        id="self-criticism",
    ),
    argument_row(
        "The report was published on Friday, accusing no one but listing a series of failures.",
        None,
        absent=WORDS + FORCE,
        id="accusing-no-actor",
    ),
    argument_row(
        "Health Secretary Alan Birch defended the NHS plan, calling it 'the best hope for patients'.",
        None,
        absent=WORDS + FORCE,
        id="defended-praise",
    ),
    argument_row(
        "'A remarkable achievement' was how Tory MP Hugh Bramley described the Welsh Assembly's new hospital.",
        None,
        absent=WORDS + FORCE,
        id="how-described-praise",
    ),
    argument_row(
        "Senator Tom Pike described the Canadian government as 'a close and trusted partner'.",
        None,
        absent=WORDS + FORCE,
        id="described-as-praise",
    ),
    argument_row(
        "The minister's outburst of joy at the result was caught on camera.",
        None,
        absent=WORDS + FORCE,
        id="outburst-of-joy",
    ),
    argument_row(
        "Chancellor Paul Reeve backed the Bank of England's decision, saying it would stop prices 'spiralling out of control'.",
        None,
        absent=WORDS + FORCE,
        id="backed-negative-words",
    ),
    argument_row(
        "Foreign Secretary Ann Lowe travelled to Berlin, calling the talks 'difficult but necessary'.",
        None,
        absent=WORDS + FORCE,
        id="travel-no-object-actor",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), POSITIVE + CONTROLS)
def test_attack_by_structure(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
