"""Refusals, denials, threats and blows as classes (session 11), each on sentences written for this
file with negative controls:

- "ruled out X-ing" refuses the act (12x) and does not assert it; "would not rule out" is no refusal;
- a denial answers whoever made the claim named after it ("claims by X", "allegations from X"), and a
  claim moved after its predicate ("rejected as baseless claims that ...") is denied all the same;
- a state's craft and weapons act for it: denying that "its helicopters / vessels" did something is a
  denial of blame, not of a fact;
- a threat noun whose act is force ("a threat to invade", "to strike US bases") is a military threat
  (138); a walkout or a blow in words threatened is not;
- an intent noun's act names its partner on the act's object too ("willingness to sign a treaty with X");
- "said it would retaliate / respond / hit back if Y ..." is a threat upon Y (138 with a word of
  force); not of another side ("said NATO would respond") nor with no one named in the condition;
- a ship hit ("fired at a tanker") is no one's own people: armed men firing at one act upon no state;
- a plan noun's own modifier says which intent: "tabled a truce plan" is 0356 as "a plan for a truce";
- "would not be making any statement", "would make no statement" decline comment (011); "made no
  statement" tells nothing refused, "did not make any statement" neither;
- "took in / offered to take in" refugees or people of another nation gives refuge (075, its intent
  033), not a seizure; "police took in three men" is no refuge;
- the people a state's weapons kill are not its own by default: "an air raid on Beirut killed five" is
  upon Lebanon, not upon the raider; a state's troops killing protesters still are upon their own state.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, P, S, argument_row, check_argument_row

FORCE = ("18", "19", "20")

ROWS = [
    # ruled out
    argument_row(
        "Spain ruled out sending warships to Yemen.", "12", S("ESP"), absent=("15",), id="ruled-out-send"
    ),
    argument_row(
        "Prime Minister Lars Holm has ruled out holding talks with Hamas.",
        "12",
        P("Lars Holm"),
        absent=("04",),
        id="ruled-out-talks",
    ),
    argument_row(
        "Italy would not rule out sending troops to Libya.",
        None,
        absent=("12",),
        id="not-rule-out-no-refusal",
    ),
    argument_row(
        "Italy refused to rule out sending troops to Libya.",
        "011",
        S("ITA"),
        absent=("12",),
        id="refused-rule-out",
    ),
    # denials answer the claimant named after the claim
    argument_row(
        "Moscow dismissed as baseless claims by Lithuania that its agents had set fire to a warehouse.",
        "016",
        S("RUS"),
        S("LTU"),
        id="as-baseless-claims-by",
    ),
    argument_row(
        "Egypt denied allegations from Ethiopia that it had armed rebels near the dam.",
        "016",
        S("EGY"),
        S("ETH"),
        id="allegations-from",
    ),
    argument_row(
        "The minister rejected as unfair the cuts to the school budget.",
        None,
        absent=("016",),
        id="as-unfair-no-claim",
    ),
    # craft and weapons act for their state
    argument_row(
        "Syria denied that its helicopters had dropped barrel bombs on the town.",
        "016",
        S("SYR"),
        id="its-helicopters-denied",
    ),
    argument_row(
        "China denied on Friday that its vessels had rammed a fishing boat.",
        "016",
        S("CHN"),
        id="its-vessels-denied",
    ),
    argument_row(
        "Airline boss Tom Reid denied that the planes were old.",
        None,
        absent=("016",),
        id="planes-fact-no-denial",
    ),
    # threat nouns of force
    argument_row(
        "Pyongyang made a threat to attack American bases in Guam.",
        "138",
        S("PRK"),
        S("USA"),
        absent=FORCE,
        id="threat-attack-bases",
    ),
    argument_row(
        "Serbia's threat to invade Kosovo alarmed its neighbours.",
        "138",
        S("SRB"),
        absent=FORCE,
        id="threat-invade",
    ),
    argument_row(
        "The rail union issued a threat to strike over pay.",
        None,
        absent=("138", *FORCE),
        id="threat-walkout",
    ),
    argument_row(
        "Opposition leader Rosa Lind made a threat to attack the budget in parliament.",
        None,
        absent=("138", *FORCE),
        id="threat-attack-in-words",
    ),
    # intent nouns: the partner on the act's object
    argument_row(
        "Japan expressed its willingness to conclude a peace treaty with Russia.",
        "03",
        S("JPN"),
        S("RUS"),
        id="willingness-treaty-with",
    ),
    # statements refused for what is to come
    argument_row(
        "Japan said it would not be making any statement on the arrests.",
        "011",
        S("JPN"),
        id="not-making-statement",
    ),
    argument_row(
        "The Kremlin will make no statement on the affair.", "011", S("RUS"), id="will-make-no-statement"
    ),
    argument_row(
        "The Kremlin did not make any statement on the affair.",
        None,
        absent=("011",),
        id="did-not-make-statement",
    ),
    argument_row(
        "Iran said it would make a statement on Monday.", None, absent=("011",), id="will-make-statement"
    ),
    # refuge
    argument_row(
        "Spain has offered to take in 300 Sudanese students.",
        "03",
        S("ESP"),
        S("SDN"),
        absent=("17", "18"),
        id="offered-take-in",
    ),
    argument_row("Sweden took in 900 Iraqi refugees last year.", "075", S("SWE"), id="took-in-refugees"),
    argument_row(
        "French police took in four men for questioning.", None, absent=("07",), id="took-in-suspects"
    ),
    # plans named by their modifier
    argument_row(
        "Turkey put forward a new truce plan on Sunday.", "0356", S("TUR"), id="truce-plan-put-forward"
    ),
    argument_row(
        "Kenya drew up a ceasefire proposal for South Sudan.", "0356", S("KEN"), id="ceasefire-proposal"
    ),
    argument_row("Critics mocked the government's truce plan.", None, absent=("03",), id="truce-plan-mocked"),
    # retaliation said, on a condition
    argument_row(
        "Azerbaijan said it would retaliate militarily if Armenia moved troops to the border.",
        "138",
        S("AZE"),
        S("ARM"),
        absent=FORCE,
        id="said-retaliate-militarily-if",
    ),
    argument_row(
        "Pakistani Foreign Minister Omar Riaz said Islamabad would hit back if India blocked the river.",
        "13",
        S("PAK"),
        S("IND"),
        id="said-hit-back-if",
    ),
    argument_row(
        "Russia said NATO would respond if Belarus attacked.", None, absent=("13",), id="other-side-responds"
    ),
    argument_row(
        "The central bank said it would respond if prices kept rising.",
        None,
        absent=("13",),
        id="respond-no-actor",
    ),
    # ships
    argument_row("Houthi fighters fired a missile at an oil tanker.", "19", absent=(), id="tanker-force"),
    # weapons' victims
    argument_row(
        "An Israeli air raid on Beirut killed five people.",
        "19",
        S("ISR"),
        S("LBN"),
        id="raid-on-city-victims",
    ),
    argument_row("Syrian troops killed 20 protesters.", "1", S("SYR"), S("SYR"), id="troops-own-protesters"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_refusals_denials_threats(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli air raid on Beirut killed five people.",
        "A Russian missile strike on the city killed nine people.",
    ],
)
def test_weapons_do_not_hit_their_own_state(facts, text):
    events = facts(text, TABLE_DATE).events
    assert not any(e.cameo.startswith(FORCE) and set(e.agents) & set(e.targets) for e in events), [
        (e.cameo, e.agents, e.targets) for e in events
    ]


def test_ship_hit_is_no_home_state(facts):
    events = facts("Houthi fighters fired a missile at an oil tanker off the coast.", TABLE_DATE).events
    assert not any("state:YEM" in e.targets for e in events), [(e.cameo, e.agents, e.targets) for e in events]
