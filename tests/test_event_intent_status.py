"""Intents that are no act of their owner, each class tested on paraphrases and controls: an
agreement, deal or settlement told as not (yet) made is a status, no intent event even negated;
a promise, pledge, plan, offer or proposal that is only what someone judges or feels ("sceptical
about Labour promises", "doubts over the party's pledges") is no intent of its owner; a proposal
to change things ("proposed the merger of A and B", "proposed scrapping the tax") is a policy, no
intent to cooperate with what it changes.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, check_code_case
from factories import code_case as case

from newsgraph.model import Modality

INTENT = ("03",)
INTENDED = Modality.INTENDED


def no_intent(text: str, id: str):  # type: ignore[no-untyped-def]
    return case(text, None, absent=INTENT, id=id)


UNMADE = [
    no_intent("Labour has not agreed a final deal with the Liberal Democrats.", "has-not-agreed-deal"),
    no_intent("The Home Office has not agreed a final settlement with Serco pending a review.", "settlement"),
    no_intent("Greece and Turkey have not reached an agreement on Cyprus.", "not-reached-agreement"),
    no_intent("Britain and Spain have not reached a deal over Gibraltar.", "not-reached-deal"),
    no_intent("Russia has yet to agree a settlement with Japan over the islands.", "yet-to-agree"),
    no_intent("France did not agree a deal with Germany on energy.", "did-not-agree"),
    no_intent("Iran and Iraq never reached an agreement on the border.", "never-reached"),
    # controls: the agreement is made
    case("Labour agreed a deal with the Liberal Democrats.", "03", id="agreed-deal"),
    case("Russia reached an agreement with Japan over the islands.", "03", id="reached-agreement"),
    case("Spain offered to mediate between Morocco and Algeria.", "039", id="offered-mediate"),
]

JUDGED = [
    no_intent(
        "Voters were highly sceptical about Labour and Conservative promises on tax.", "sceptical-about"
    ),
    no_intent("Analysts were unconvinced by Russia's offer of gas to Ukraine.", "unconvinced-by"),
    no_intent("Diplomats were cautious about the EU's proposals on trade with China.", "cautious-about"),
    no_intent("Ministers were not impressed by the French offer of talks with Germany.", "impressed-by"),
    no_intent("Business leaders voiced doubts over Russia's pledges of aid to Serbia.", "doubts-over"),
    no_intent("There was criticism of China's proposal for talks with Taiwan.", "criticism-of"),
    no_intent("Japan was wary of the Chinese offer of talks with Vietnam.", "wary-of"),
    # controls: the intent told as made, or welcomed as another's act
    case("Russia offered gas to Ukraine.", "03", id="offered-gas"),
    case("China proposed talks with Taiwan.", "036", id="proposed-talks"),
    case("Germany welcomed Russia's offer of talks.", "036", id="welcomed-offer"),
]

RESTRUCTURED = [
    no_intent(
        "The defence secretary proposed the merger of the Royal Scots and the King's Own Scottish Borderers"
        " into a single battalion.",
        "merger-of",
    ),
    no_intent("Gordon Brown proposed scrapping the Child Support Agency.", "proposed-scrapping"),
    no_intent("Tony Blair has proposed abolishing the Lord Chancellor's Department.", "proposed-abolishing"),
    no_intent(
        "The government proposed merging Customs and Excise with the Inland Revenue.", "proposed-merging"
    ),
    no_intent("Mr Howard put forward a plan to abolish the Serious Fraud Office.", "plan-to-abolish"),
    # controls: a proposal of cooperation
    case("The EU proposed talks with China on trade.", "036", id="proposed-talks-eu"),
    case("Egypt proposed a ceasefire between Israel and Hamas.", "03", id="proposed-ceasefire"),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), UNMADE + JUDGED + RESTRUCTURED)
def test_intent_status(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)


@pytest.mark.parametrize(
    "text",
    [
        "Labour has not agreed a final deal with the Liberal Democrats.",
        "Greece and Turkey have not reached an agreement on Cyprus.",
    ],
)
def test_unmade_agreement_is_no_event_at_all(facts, text):
    """Not even a negated intent: the status is no act (check_code_case lets negated events pass)."""
    events = facts(text, TABLE_DATE).events
    assert not [e for e in events if e.cameo.startswith("03")], [(e.cameo, e.negated) for e in events]


WISHES = [
    case("Putin said he would love to visit Japan.", "042", INTENDED, id="would-love"),
    case("Blair said he'd love to visit Moscow.", "042", INTENDED, id="d-love"),
    case("Chirac would like to visit Germany in May, his office said.", "042", INTENDED, id="would-like"),
    case("Blair visited Moscow.", "042", id="visited-control"),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), WISHES)
def test_wish_with_would_is_intended(facts, text, code, mode, negated, absent):
    """A wish told with "would" is an intent, not a visit made."""
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)


@pytest.mark.parametrize(
    ("text", "code", "agent", "target"),
    [
        ("Criticism of Israel came from Turkey.", "111", "state:TUR", "state:ISR"),
        ("The sharpest criticism of Israel came from Turkey and Iran.", "111", "state:IRN", "state:ISR"),
        ("A warning to Iran came from the United States on Monday.", "13", "state:USA", "state:IRN"),
        ("Condemnation of Russia came quickly from Poland.", "11", "state:POL", "state:RUS"),
    ],
)
def test_act_that_came_from_someone(facts, text, code, agent, target):
    """An act noun that "came from" someone names its doer there."""
    events = facts(text, TABLE_DATE).events
    assert any(e.cameo.startswith(code) and agent in e.agents and target in e.targets for e in events), [
        (e.cameo, e.agents, e.targets) for e in events
    ]


def test_what_came_from_someone_is_no_act_unless_an_act_noun(facts):
    """Control: news or a letter that came from a state is no act of it."""
    events = facts("The news came from Turkey, and a letter came from Iran.", TABLE_DATE).events
    assert not [e for e in events if e.cameo[:2] in ("11", "13")], [(e.cameo, e.agents) for e in events]
