"""Recall on BBC articles (issue 11): a statement to the one addressed as the object of "assured"
(a claim; the act of one's own side assured is a promise, 03), "reassured", "reminded" or "informed" (as
"told", 010); a word of blame said of a thing someone
named owns ("Labour's authoritarian response", "the government's reckless plans") blames the owner
(111); a person whose name ends in a word of texts ("David Laws") still acts; a bare "the
spokesman" speaks for whom the spokesman before it spoke for, "the prime minister's spokesman" for
the one named with the office; "a breach of", "an affront to" are words of blame; a promise broken
by someone named, in someone's words ("had broken his word", "went back on his pledge", "reneged on
his promise"), blames them; "poured cold water on Y's promises" is criticism as "poured scorn on";
someone's sums or figures said not to add up blame their owner. Near misses: the addressee no
actor, a thing of no conduct ("Britain's illegal immigrants"), an adjective that need not blame
("Sri Lanka's desperate need"), the speaker's own thing, a thing denied, a promise not broken,
"breach" as a verb, an office no one in the text is named with, sums said to add up or owned by
no one.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"

ROWS = [
    # ("assured X that Britain would ...": the act of the speaker's own side promised is a promise to
    # X, 03, as "promised X that" (issue 11, meaning10 m10-046); a claim stays 010, see below)
    argument_row(
        "Tony Blair assured George Bush that Britain would stand firm.",
        "03",
        "person:tony-blair",
        "person:george-bush",
        id="assured",
    ),
    argument_row(
        "Tony Blair assured George Bush that the intelligence was sound.",
        "010",
        "person:tony-blair",
        "person:george-bush",
        absent=("03",),
        id="assured-claim",
    ),
    argument_row(
        "Jacques Chirac reassured Gerhard Schroeder that France would not change course.",
        "010",
        "person:jacques-chirac",
        "person:gerhard-schroeder",
        id="reassured",
    ),
    argument_row(
        "Jack Straw reminded Iran that the world was watching.",
        "010",
        "person:jack-straw",
        "state:IRN",
        id="reminded",
    ),
    argument_row(
        "Gordon Brown informed Tony Blair that the figures were ready.",
        "010",
        "person:gordon-brown",
        "person:tony-blair",
        id="informed",
    ),
    argument_row(
        "Liberal Democrat leader Charles Kennedy says the plan is a further example of Labour's"
        ' "authoritarian" response to crises.',
        "111",
        "person:charles-kennedy",
        "organization:labour-party",
        id="owned-authoritarian-response",
    ),
    argument_row(
        "Michael Howard said the bill showed Labour's reckless approach to civil liberties.",
        "111",
        "person:michael-howard",
        "organization:labour-party",
        id="owned-reckless-approach",
    ),
    argument_row(
        "Jack Straw said he opposed Iran's hostile regime.",
        "111",
        "person:jack-straw",
        "state:IRN",
        id="owned-hostile-regime",
    ),
    argument_row(
        "David Laws said Peter Hain should make a statement on Thursday.",
        "020",
        "person:david-laws",
        "person:peter-hain",
        id="laws-is-a-person",
    ),
    argument_row(
        "Jack Straw met Iran's foreign minister. A Foreign Office spokesman said the talks went well."
        " The spokesman declined to comment on the nuclear programme.",
        "011",
        "organization:foreign-office",
        id="the-spokesman-before",
    ),
    argument_row(
        "A spokeswoman for Tesco said sales rose. The spokeswoman refused to comment on the lawsuit.",
        "011",
        "organization:tesco",
        id="the-spokeswoman-before",
    ),
    argument_row(
        "Prime Minister Tony Blair defended the UK's anti-terror plans in London on Monday. The prime"
        " minister's official spokesman declined to comment on the report.",
        "011",
        "person:tony-blair",
        id="office-spokesman",
    ),
    argument_row(
        "Iran said the US flights were a breach of its airspace.",
        "111",
        "state:IRN",
        "state:USA",
        id="breach",
    ),
    argument_row(
        "Michael Howard said Tony Blair's decision was an affront to democracy.",
        "111",
        "person:michael-howard",
        "person:tony-blair",
        id="affront",
    ),
    argument_row(
        "Home Office minister Hazel Blears said police stops were more likely for Muslims. Prime"
        " Minister Tony Blair defended the UK's anti-terror plans in London on Monday. Later, the prime"
        " minister's official spokesman urged people to put Ms Blears' comments into context.",
        "020",
        "person:tony-blair",
        id="office-spokesman-not-one-named-near",
    ),
    argument_row(
        "Police stops are more likely for Muslims, a Home Office minister has said. Hazel Blears said"
        " innocent people would be targeted. Later, the prime minister's"
        " official spokesman urged people to put Ms Blears' comments into context.",
        None,
        absent=("02",),
        id="office-spokesman-no-holder-named",
    ),
    argument_row(
        "A Labour spokesman said the ruling should mean Mr McLetchie doesn't breach the rules in future.",
        None,
        absent=("11",),
        id="breach-verb",
    ),
    argument_row(
        "Liam Fox said Tony Blair had broken his word.",
        "111",
        "person:liam-fox",
        "person:tony-blair",
        id="broken-word",
    ),
    argument_row(
        "Robert Preston said Tony Blair went back on his pledge.",
        "111",
        "person:robert-preston",
        "person:tony-blair",
        id="went-back-on-pledge",
    ),
    argument_row(
        "Michael Howard said Labour had reneged on its promise not to raise taxes.",
        "111",
        "person:michael-howard",
        "organization:labour-party",
        id="reneged",
    ),
    argument_row(
        "Mr Gref also poured cold water on President Putin's promises of doubled economic growth.",
        "111",
        "person:gref",
        "person:putin",
        id="cold-water",
    ),
    argument_row(
        "Paul Boateng said: \"The Lib Dems' sums don't add up.\"",
        "111",
        "person:paul-boateng",
        "organization:liberal-democrats",
        id="sums-dont-add-up",
    ),
    argument_row(
        '"None of the Tories\' figures add up," said Paul Boateng.',
        "111",
        "person:paul-boateng",
        "organization:conservative-party",
        id="none-of-figures",
    ),
    # near misses
    argument_row(
        "Michael Howard said the Conservatives' sums add up.", None, absent=("11",), id="sums-add-up"
    ),
    argument_row(
        "Labour and the Tories claim the sums do not add up.", None, absent=("11",), id="sums-no-owner"
    ),
    argument_row("Firefighters poured water on the burning building.", None, absent=("11",), id="water"),
    argument_row(
        "Liam Fox said Tony Blair had not broken his word.", None, absent=("11",), id="word-not-broken"
    ),
    argument_row("Tony Blair said he would never break his word.", None, absent=("11",), id="own-word"),
    argument_row("Gordon Brown said Tony Blair broke the record.", None, absent=("11",), id="broke-record"),
    argument_row(
        "Tony Blair said Gordon Brown went back to Scotland on Monday.",
        None,
        absent=("11",),
        id="went-back-to",
    ),
    argument_row(
        "The company said it had found no breach of the rules by Tesco.",
        None,
        absent=("11",),
        id="no-breach",
    ),
    argument_row(
        "The spokesman declined to comment on the report.",
        None,
        absent=("011",),
        id="spokesman-no-one-before",
    ),
    argument_row(
        "Insurers assured customers that their claims would be paid.",
        None,
        absent=("01",),
        id="addressee-no-actor",
    ),
    argument_row(
        "Tony Blair said Britain's illegal immigrants would be deported.",
        None,
        absent=("11",),
        id="owned-people-not-conduct",
    ),
    argument_row(
        "The minister said Sri Lanka's desperate need for aid was clear.",
        None,
        absent=("11",),
        id="desperate-need",
    ),
    argument_row(
        "Gordon Brown said his own reckless approach had been a lesson.",
        None,
        absent=("11",),
        id="own-thing",
    ),
    argument_row(
        "The report said Labour's new plan would cost two billion pounds.",
        None,
        absent=("11",),
        id="no-word-of-blame",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_addressed_blame(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
