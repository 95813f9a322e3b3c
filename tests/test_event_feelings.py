"""Feelings and judgements about someone named, told without a verb of judging (recall, issue 11).

Broad frames, each written from several wordings: a noun of feeling carried by a verb of
conveying or having ("offered his congratulations to X", "had qualms about X's plans"), an
adjective or participle of feeling said of its holder ("was critical of X", "is worried about
X's plans", "was pleased that X had agreed"), wanting something of someone ("wants X to
resign"), blocking someone's application, more verbs of criticism and praise, and "as did Y"
(the same act of another). Rows with ``code=None`` are the near misses that must stay without
an event of the roots in ``absent``.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
BLAIR, BROWN, HOWARD = "person:tony-blair", "person:gordon-brown", "person:michael-howard"
KENNEDY, CLARKE = "person:charles-kennedy", "person:charles-clarke"
FRANCE, TURKEY, IRAN, USA = "state:FRA", "state:TUR", "state:IRN", "state:USA"
JUDGING = ("01", "05", "10", "11", "12")

ROWS = [
    # -- a noun of feeling carried by a verb of conveying or having ----------------------------
    argument_row(
        "Gordon Brown sent his congratulations to Tony Blair.", "051", BROWN, BLAIR, id="sent-congratulations"
    ),
    argument_row("Tony Blair paid tribute to Gordon Brown.", "051", BLAIR, BROWN, id="paid-tribute"),
    argument_row(
        "Michael Howard extended his congratulations to Tony Blair.",
        "051",
        HOWARD,
        BLAIR,
        id="extended-congratulations",
    ),
    argument_row(
        "Michael Howard conveyed his best wishes to Tony Blair.", "051", HOWARD, BLAIR, id="conveyed-wishes"
    ),
    argument_row(
        "Michael Howard offered his thanks to Tony Blair.", "051", HOWARD, BLAIR, id="offered-thanks"
    ),
    argument_row(
        "Michael Howard expressed his gratitude to the French government.",
        "051",
        HOWARD,
        FRANCE,
        id="gratitude",
    ),
    argument_row(
        "Michael Howard offered his condolences to Tony Blair.", "018", HOWARD, BLAIR, id="condolences"
    ),
    argument_row(
        "Charles Kennedy voiced misgivings about Tony Blair's plans.",
        "110",
        KENNEDY,
        BLAIR,
        id="voiced-misgivings",
    ),
    argument_row(
        "Charles Kennedy raised concerns about the plans of Tony Blair.",
        "110",
        KENNEDY,
        BLAIR,
        id="raised-concerns-of",
    ),
    argument_row(
        "Charles Kennedy has serious reservations about Tony Blair.",
        "110",
        KENNEDY,
        BLAIR,
        id="has-reservations",
    ),
    argument_row(
        "Charles Kennedy expressed doubts over Gordon Brown's budget.",
        "110",
        KENNEDY,
        BROWN,
        id="expressed-doubts",
    ),
    argument_row(
        "Mr Solana said he had qualms about Charles Clarke's new plans.",
        "110",
        None,
        CLARKE,
        id="had-qualms-said",
    ),
    # (the act of offering them, the same verb's old code, stays with something offered)
    argument_row("Michael Howard sent a letter to Tony Blair.", "010", HOWARD, BLAIR, id="sent-a-letter"),
    # (no feeling voiced, or about no one)
    argument_row(
        "Michael Howard expressed a wish to visit France.", None, absent=("05",), id="a-wish-to-visit"
    ),
    argument_row(
        "Charles Kennedy had no doubt that Gordon Brown would win.", None, absent=("11",), id="no-doubt"
    ),
    argument_row(
        "Charles Kennedy has doubts about the economy.", None, absent=("11",), id="doubts-about-a-thing"
    ),
    argument_row(
        "Charles Kennedy raised concerns about rising prices.", None, absent=("11",), id="concerns-prices"
    ),
    argument_row(
        "Mr Howard also paid tribute to the nation's character.", None, absent=("05",), id="tribute-thing"
    ),
    # -- a feeling said of its holder -------------------------------------------------------
    argument_row("Charles Kennedy was critical of Tony Blair.", "111", KENNEDY, BLAIR, id="critical-of"),
    argument_row(
        "Charles Kennedy is deeply unhappy with Gordon Brown's handling of the crisis.",
        "110",
        KENNEDY,
        BROWN,
        id="unhappy-with-owned",
    ),
    argument_row(
        "Charles Kennedy said he was disappointed by Tony Blair.",
        "110",
        KENNEDY,
        BLAIR,
        id="disappointed-by-said",
    ),
    argument_row(
        "Charles Kennedy was angry at the French government.", "110", KENNEDY, FRANCE, id="angry-at"
    ),
    argument_row(
        "Charles Kennedy was delighted with Gordon Brown.", "051", KENNEDY, BROWN, id="delighted-with"
    ),
    argument_row(
        "Charles Kennedy was pleased that Gordon Brown had agreed to the deal.",
        "051",
        KENNEDY,
        BROWN,
        id="pleased-that",
    ),
    argument_row(
        "Michael Howard said he was concerned that the French government had not consulted.",
        "110",
        HOWARD,
        FRANCE,
        id="concerned-that",
    ),
    # (a worry is a pessimistic comment, 012, not disapproval: audit r18)
    argument_row(
        "Gordon Brown is worried about Tony Blair's plans.", "012", BROWN, BLAIR, id="worried-about-owned"
    ),
    # (about no one, what befalls someone, a purpose, a thing)
    argument_row(
        "Charles Kennedy was worried that Britain would suffer.", None, absent=JUDGING, id="worried-suffer"
    ),
    argument_row(
        "Charles Kennedy was worried about the economy.", None, absent=JUDGING, id="worried-economy"
    ),
    argument_row("Charles Kennedy was pleased with the results.", None, absent=JUDGING, id="pleased-results"),
    argument_row(
        "Gordon Brown is critical to the success of the plan.", None, absent=JUDGING, id="critical-to"
    ),
    # -- wanting something of someone -------------------------------------------------------
    argument_row("Michael Howard wants Tony Blair to resign.", "0241", HOWARD, BLAIR, id="wants-resign"),
    argument_row(
        "Michael Howard wants Tony Blair to publish the advice.", "020", HOWARD, BLAIR, id="wants-publish"
    ),
    argument_row(
        "Dave Prentis wants a date to be set for Tony Blair to be replaced as Labour leader.",
        "0241",
        "person:dave-prentis",
        BLAIR,
        id="wants-date-for-replaced",
    ),
    argument_row(
        "Michael Howard would like the French government to lift the ban.",
        "020",
        HOWARD,
        FRANCE,
        id="would-like",
    ),
    argument_row("Michael Howard wished Tony Blair well.", "051", HOWARD, BLAIR, id="wished-well"),
    argument_row(
        "Michael Howard wants voters to back the Tories.", None, absent=("02", "10"), id="wants-voters"
    ),
    argument_row("Voters want Tony Blair to stay.", None, absent=("02", "10"), id="voters-want"),
    argument_row("Michael Howard wished to speak.", None, absent=JUDGING, id="wished-to-speak"),
    argument_row(
        "Patriots wanted France to be prosperous at home and strong abroad.",
        None,
        absent=("02", "10"),
        id="wanted-to-be",
    ),
    # -- blocking someone's application --------------------------------------------------------
    argument_row("France blocked Turkey's bid to join the EU.", "12", FRANCE, TURKEY, id="blocked-bid"),
    argument_row("Turkey's application was blocked by France.", "12", FRANCE, TURKEY, id="blocked-passive"),
    argument_row(
        "Iran's bid to join the trade body has been refused after the US blocked its application.",
        "12",
        USA,
        IRAN,
        id="blocked-its-application",
    ),
    argument_row("Police blocked the road.", None, absent=("12",), id="blocked-road"),
    argument_row("The court blocked the merger.", None, absent=("12",), id="blocked-merger"),
    # -- confidence in someone, tribute to someone ------------------------------------------------
    argument_row("Tony Blair had full confidence in Gordon Brown.", "051", BLAIR, BROWN, id="had-confidence"),
    argument_row(
        "Tony Blair expressed his confidence in Gordon Brown.", "051", BLAIR, BROWN, id="expressed-faith"
    ),
    argument_row("Tony Blair has no confidence in Gordon Brown.", None, absent=("05",), id="no-confidence"),
    argument_row(
        "Tony Blair had every confidence that the plan would work.",
        None,
        absent=("05",),
        id="confidence-that",
    ),
    argument_row(
        "Paying tribute, Lord Falconer said Lord Scarman was one of the great advocates of our generation.",
        "05",
        "person:lord-falconer",
        "person:lord-scarman",
        id="paying-tribute-said",
    ),
    # -- a said clause that judges its subject ---------------------------------------------------
    argument_row(
        "Mr Bannatyne said Gordon Brown is a great chancellor who has delivered a stable economy.",
        "051",
        None,
        BROWN,
        id="said-great-chancellor",
    ),
    argument_row(
        "Michael Howard said Tony Blair was incompetent and arrogant.",
        "111",
        HOWARD,
        BLAIR,
        id="said-incompetent",
    ),
    argument_row("Charles Kennedy said Tony Blair was a liar.", "111", KENNEDY, BLAIR, id="said-liar"),
    argument_row("Michael Howard said the economy was weak.", None, absent=JUDGING, id="said-economy-weak"),
    argument_row("Michael Howard said it was naive to think so.", None, absent=JUDGING, id="said-naive-to"),
    argument_row(
        '"His greatest ambition was to see his name on a book," said his wife, Sheila Hailey.',
        None,
        absent=JUDGING,
        id="said-greatest-ambition",
    ),
    argument_row(
        '"I would like Imelda Staunton to win, but her chances are not that great," said Charles Gant.',
        None,
        absent=("05",),
        id="said-not-that-great",
    ),
    argument_row(
        "Mr Blair has failed to tackle the problems, Michael Howard claimed, saying he has the wrong answer.",
        "111",
        HOWARD,
        id="said-has-the-wrong-solution",
    ),
    argument_row(
        "Sharon Osbourne expressed her anger at the person who has not worked.",
        "11",
        "person:sharon-osbourne",
        id="anger-at-no-one-named",
    ),
    # -- more verbs of criticism and praise ------------------------------------------------------
    argument_row("Tony Blair ridiculed Michael Howard.", "111", BLAIR, HOWARD, id="ridiculed"),
    argument_row(
        "Tony Blair poured scorn on Michael Howard's plans.", "111", BLAIR, HOWARD, id="poured-scorn"
    ),
    argument_row(
        "Tony Blair questioned Michael Howard's judgement.", "111", BLAIR, HOWARD, id="questioned-judgement"
    ),
    argument_row("Tony Blair belittled Michael Howard.", "111", BLAIR, HOWARD, id="belittled"),
    argument_row("Tony Blair applauded Michael Howard.", "051", BLAIR, HOWARD, id="applauded"),
    argument_row("Tony Blair admired Michael Howard.", "051", BLAIR, HOWARD, id="admired"),
    argument_row("Tony Blair questioned the figures.", None, absent=("11",), id="questioned-figures"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_feelings_and_judgements(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    ("text", "others"),
    [
        (
            "Tony Blair offered his congratulations, as did Michael Howard and Charles Kennedy.",
            (HOWARD, KENNEDY),
        ),
        ("Tony Blair praised Gordon Brown, as did Michael Howard.", (HOWARD,)),
        (
            "Tony Blair said he was pleased and offered his congratulations, as did Michael Howard.",
            (HOWARD,),
        ),
        ("Tony Blair was critical of Gordon Brown, as was Michael Howard.", (HOWARD,)),
    ],
)
def test_as_did_tells_the_same_act_of_each(facts, text, others):
    events = facts(text, DATE).events
    first = next(e for e in events if BLAIR in e.agents)
    for other in others:
        assert any(e.agents == (other,) and e.cameo == first.cameo for e in events), events


def test_as_is_after_a_verb_above_the_act_is_no_agent_of_it(facts):
    events = facts(
        "Gordon Brown is still being permitted to sue Tony Blair, as is Michael Howard.", DATE
    ).events
    assert not any(HOWARD in e.agents for e in events), events


def test_a_weak_figure_judges_no_one_named_beside_it(facts):
    text = (
        '"The retail sales figures are very weak, but as Gordon Brown indicated, you cannot tell," '
        "said Mr Shaw."
    )
    assert not any(e.cameo.startswith("11") for e in facts(text, DATE).events)


def test_as_he_did_is_no_other_actor(facts):
    events = facts("Tony Blair praised Gordon Brown, as he did last year.", DATE).events
    assert {a for e in events for a in e.agents} == {BLAIR}
