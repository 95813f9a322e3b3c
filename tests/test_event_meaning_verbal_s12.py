"""Verbal attacks as classes (session 12, issue 11: "an attack on a person, party, policy or plan is
111 Criticize"), each on sentences written for this file, with negative controls:

- blows dealt in words by a politician (a force code kept only with a weapon, an armed actor or a
  place hit): "turned on", "unloaded on", "went after", "mauled", "tore / ripped apart" (also
  passive), "opened fire on", "torched X's policy"; a weapon named in what the words were about
  ("over the fighter jet programme") is no evidence of force;
- "went on the offensive against X / over remarks X made" (whom the campaign is aimed at, or the
  maker of the remarks);
- criticism as a noun carried by a verb of dealing it out: "heaped criticism on", "unleashed a
  barrage of criticism at", "took a dig at", and received: "drew fire from X";
- names that judge: "dubbed X 'a gang of cowards'", "called X's budget 'a con'";
- an opposition or former officeholder acts upon their own state's government;
- controls: troops, rebels and fighters keep their force; lights turned on and water drawn are no
  event.
"""

from __future__ import annotations

import pytest
from factories import ORG, TABLE_DATE, P, S, argument_row, check_argument_row

FORCE = ("18", "19", "20")

BLOWS_IN_WORDS = [
    argument_row(
        "Senator Ruth Adler turned on the Federal Reserve over its interest rate policy.",
        "111",
        P("Ruth Adler"),
        ORG("Federal Reserve"),
        absent=FORCE,
        id="turned-on",
    ),
    argument_row(
        "Green MP Tom Field unloaded on the Liberal Democrats during a radio interview.",
        "111",
        P("Tom Field"),
        ORG("Liberal Democrats"),
        absent=FORCE,
        id="unloaded-on",
    ),
    argument_row(
        "Labour's Anna Price went after the Scottish National Party at a rally in Dundee.",
        "111",
        P("Anna Price"),
        ORG("Scottish National Party"),
        absent=FORCE,
        id="went-after",
    ),
    argument_row(
        "The Liberal Democrats' tuition plan was torn apart by Conservative MP Jane Cole.",
        "111",
        P("Jane Cole"),
        ORG("Liberal Democrats"),
        absent=FORCE,
        id="torn-apart-passive",
    ),
    argument_row(
        "Conservative MP Jane Cole ripped apart the Liberal Democrats' tuition plan.",
        "111",
        P("Jane Cole"),
        ORG("Liberal Democrats"),
        absent=FORCE,
        id="ripped-apart",
    ),
    argument_row(
        "Conservative MP Jane Cole mauled the Liberal Democrats over tuition fees.",
        "111",
        P("Jane Cole"),
        ORG("Liberal Democrats"),
        absent=FORCE,
        id="mauled",
    ),
    argument_row(
        "Polish minister Adam Nowak opened fire on the European Commission over farm subsidies.",
        "111",
        P("Adam Nowak"),
        ORG("European Commission"),
        absent=FORCE,
        id="opened-fire-words",
    ),
    argument_row(
        "Polish minister Adam Nowak torched the European Commission's farm policy.",
        "111",
        P("Adam Nowak"),
        ORG("European Commission"),
        absent=FORCE,
        id="torched-policy",
    ),
    argument_row(
        "Senator Dana Wolfe hammered the Pentagon over delays in the tank and helicopter programmes.",
        "111",
        P("Dana Wolfe"),
        absent=FORCE,
        id="weapons-in-the-matter",
    ),
    argument_row(
        "Former Greek prime minister Yannis Petrou rounded on the Greek government over pensions.",
        "111",
        P("Yannis Petrou"),
        S("GRC"),
        absent=FORCE,
        id="former-officeholder-own-government",
    ),
    argument_row(
        "Shadow chancellor Mark Doyle went on the offensive against the Treasury over tax credits.",
        "111",
        P("Mark Doyle"),
        ORG("Treasury"),
        absent=FORCE,
        id="offensive-against",
    ),
    argument_row(
        "Tory leader Sam Hale went on the offensive over comments Labour minister Ruth Kay made about pay.",
        "111",
        P("Sam Hale"),
        P("Ruth Kay"),
        absent=FORCE,
        id="offensive-over-remarks-made",
    ),
]

NOMINAL = [
    argument_row(
        "The Labour Party drew fire from Liberal Democrat leader Ian Cox over its housing record.",
        "111",
        P("Ian Cox"),
        ORG("Labour Party"),
        absent=FORCE,
        id="drew-fire-from",
    ),
    argument_row(
        "Liberal Democrat leader Ian Cox unleashed a barrage of criticism at the Labour Party.",
        "111",
        P("Ian Cox"),
        ORG("Labour Party"),
        absent=FORCE,
        id="barrage-of-criticism-at",
    ),
    argument_row(
        "Liberal Democrat leader Ian Cox heaped criticism on the Labour Party.",
        "111",
        P("Ian Cox"),
        ORG("Labour Party"),
        id="heaped-criticism",
    ),
    argument_row(
        "Liberal Democrat leader Ian Cox took a dig at the Labour Party.",
        "111",
        P("Ian Cox"),
        ORG("Labour Party"),
        id="took-a-dig",
    ),
    argument_row(
        'Liberal Democrat leader Ian Cox dubbed the Labour Party "a gang of cowards".',
        "111",
        P("Ian Cox"),
        ORG("Labour Party"),
        id="dubbed-insult",
    ),
    argument_row(
        'Liberal Democrat leader Ian Cox called the Labour Party\'s budget "a con".',
        "111",
        P("Ian Cox"),
        ORG("Labour Party"),
        id="called-plan-quoted",
    ),
]

CONTROLS = [
    argument_row(
        "Government troops opened fire on demonstrators in Khartoum, killing three.",
        None,
        absent=("11",),
        id="troops-opened-fire",
    ),
    argument_row(
        "Rebel fighters turned on government soldiers at a checkpoint near Goma.",
        None,
        absent=("11",),
        id="fighters-turned-on",
    ),
    argument_row(
        "The US convoy drew fire from Taliban fighters near Kandahar.",
        "19",
        absent=("11",),
        id="drew-gunfire",
    ),
    argument_row(
        "Ukrainian troops went on the offensive against Russian forces near Kharkiv.",
        None,
        absent=("11",),
        id="military-offensive",
    ),
    argument_row(
        "The minister turned on the lights in the new hospital.", None, absent=("11", *FORCE), id="lights"
    ),
    argument_row(
        "Firefighters drew water from the river to fight the blaze.", None, absent=("11", *FORCE), id="water"
    ),
    argument_row(
        "Liberal Democrat leader Ian Cox called the Labour Party's leader a decent man.",
        None,
        absent=("11",),
        id="called-decent",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), BLOWS_IN_WORDS + NOMINAL + CONTROLS)
def test_verbal_attacks(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
