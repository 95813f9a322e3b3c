"""Arguments the parse hides or invents (issue 11.4, audit target faults).

- The one a demand is made of is the subject of the clause demanded, also when the parser
  reads the subjunctive clause as a noun phrase ("demanded that Tony Blair resign": "resign"
  a noun with "Tony Blair" its compound; "that Tony Blair sack John Prescott": Prescott the
  object). The name after "that" is asked, not the object of the misread clause.
- A promise or pledge "on" / "over" / "about" something names what it is about, not whom it
  is made to ("promises on the police" is no intent towards the state of the police).
- An act a clause only thinks over ("will consider whether to arrest them", "is weighing
  sending troops") is hypothetical, not done.

Every table has controls where the nearby name is NOT the target.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row, show_events

DATE = "2005-03-14"
UK = "Britain held a general election. "
PM = "Prime Minister Tony Blair spoke in London. "

DEMANDED_OF = [
    argument_row(
        "The Tories demanded that Tony Blair resign.",
        "10",
        "organization:conservative-party",
        "person:tony-blair",
        id="demanded-that-resign",
    ),
    argument_row(
        "The Tories demanded that Tony Blair quit.",
        "10",
        "organization:conservative-party",
        "person:tony-blair",
        id="demanded-that-quit",
    ),
    argument_row(
        "The Tories are demanding that Tony Blair step down.",
        "10",
        "organization:conservative-party",
        "person:tony-blair",
        id="demanding-step-down",
    ),
    argument_row(
        "Michael Howard demanded that Tony Blair sack John Prescott.",
        "10",
        "person:michael-howard",
        "person:tony-blair",
        id="demanded-that-sack-object",
    ),
    argument_row(
        "The Liberal Democrats demanded that John Prescott apologise to MPs.",
        "10",
        "organization:liberal-democrats",
        "person:john-prescott",
        id="demanded-apologise-to",
    ),
    argument_row(
        PM + "Michael Howard demanded that the prime minister apologise.",
        "10",
        "person:michael-howard",
        "person:tony-blair",
        id="demanded-office-holder",
    ),
    argument_row(
        "Charles Kennedy asked that Gordon Brown explain the figures.",
        "02",
        "person:charles-kennedy",
        "person:gordon-brown",
        id="asked-that",
    ),
    argument_row(
        "Russia demanded that Georgia withdraw its troops.",
        "10",
        "state:RUS",
        "state:GEO",
        id="state-withdraw",
    ),
    argument_row(
        "The UN demanded that Iran halt enrichment.",
        "10",
        "organization:un",
        "state:IRN",
        id="igo-halt",
    ),
    argument_row(
        "Tony Blair demanded that Michael Howard explain his plans.",
        "10",
        "person:tony-blair",
        "person:michael-howard",
        id="explain-his-plans",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), DEMANDED_OF)
def test_the_one_demanded_of(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


DEMAND_CONTROLS = [
    # the one to be sacked is not the one asked
    ("Michael Howard demanded that Tony Blair sack John Prescott.", "demanded", "person:john-prescott"),
    # a name inside what is to be done, not its actor
    ("The Tories demanded that the report on Tony Blair be published.", "demanded", "person:tony-blair"),
    (
        "The Tories demanded that the inquiry into Tony Blair's conduct begin.",
        "demanded",
        "person:tony-blair",
    ),
    ("Michael Howard demanded that the figures be published before Tony Blair speaks.", "demanded", None),
    # an office no one in the text holds names no one
    ("Michael Howard demanded that the prime minister apologise.", "demanded", None),
]


@pytest.mark.parametrize(
    ("text", "trigger", "wrong"), DEMAND_CONTROLS, ids=[c[0][:50] for c in DEMAND_CONTROLS]
)
def test_no_one_else_is_demanded_of(facts, text, trigger, wrong):
    events = [e for e in facts(text, DATE).events if e.trigger == trigger]
    assert events, facts(text, DATE).events
    if wrong is None:
        assert not any(e.targets for e in events), show_events(tuple(events))
    else:
        assert not [e for e in events if wrong in e.targets], show_events(tuple(events))


TOPICS = [
    # what a promise is about is no one it is made to
    'He said: "Today the Tories are making more extravagant promises on the police."',
    UK + "Labour made a pledge on the police.",
    "Labour made a pledge on Britain's schools.",
    "The Tories made promises over immigration from Poland.",
    "Michael Howard gave a promise on Europe.",
    UK + "Labour's promises about the police were costed.",
]


@pytest.mark.parametrize("text", TOPICS, ids=[t[-50:] for t in TOPICS])
def test_a_promise_on_a_topic_names_no_target(facts, text):
    events = [e for e in facts(text, DATE).events if e.cameo.startswith("03")]
    states = {"state:GBR", "state:POL", "organization:eu"}
    assert not [e for e in events if states & set(e.targets)], show_events(tuple(events))


PROMISED_TO = [
    # the controls: one a promise or offer is made to stays its target
    argument_row("France made an offer to Germany.", "03", "state:FRA", "state:DEU", id="offer-to"),
    argument_row(
        "Russia made a promise of aid to Georgia.", "03", "state:RUS", "state:GEO", id="promise-of-aid-to"
    ),
    argument_row("Japan promised aid to Indonesia.", "03", "state:JPN", "state:IDN", id="promised-aid-to"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), PROMISED_TO)
def test_a_promise_to_someone_keeps_its_target(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


CONSIDERED = [
    ("It is unclear whether Israel will attack Iran.", "attack"),
]


@pytest.mark.parametrize(("text", "trigger"), CONSIDERED, ids=[c[0][:50] for c in CONSIDERED])
def test_an_act_only_considered_is_not_done(facts, text, trigger):
    events = facts(text, DATE).events
    assert not [e for e in events if e.trigger == trigger], show_events(events)


#: An act a subject weighs is the weighing (014, consider a policy option; test_event_considered.py
#: has the paraphrases): no event of the act itself.
WEIGHED = [
    ("Britain's police will consider whether to arrest them.", "arrest"),
    ("Britain is considering whether to impose sanctions on Iran.", "sanctions"),
    ("Britain is weighing whether to expel Russian diplomats.", "expel"),
    ("Britain is considering imposing sanctions on Iran.", "sanctions"),
    ("France is contemplating sending troops to Chad.", "sending"),
]


@pytest.mark.parametrize(("text", "trigger"), WEIGHED, ids=[c[0][:50] for c in WEIGHED])
def test_an_act_weighed_is_the_weighing(facts, text, trigger):
    events = facts(text, DATE).events
    assert any(e.cameo == "014" for e in events), show_events(events)
    assert not [e for e in events if e.trigger == trigger], show_events(events)


DONE = [
    ("The police arrested Mr Smith in Britain.", "arrested"),
    ("Britain imposed sanctions on Iran, whether or not the EU agreed.", "sanctions"),
    ("Britain expelled Russian diplomats after considering the evidence.", "expelled"),
]


@pytest.mark.parametrize(("text", "trigger"), DONE, ids=[c[0][:50] for c in DONE])
def test_an_act_done_stays_asserted(facts, text, trigger):
    events = [e for e in facts(text, DATE).events if e.trigger == trigger]
    assert events, facts(text, DATE).events
    assert all(e.modality.value == "asserted" for e in events), show_events(tuple(events))


TITLED = [
    # a bare national title no one in the text holds stands for the one government member
    # named before it with no office of their own
    argument_row(
        "Tony Blair spoke in London. The prime minister ridiculed Michael Howard.",
        "111",
        "person:tony-blair",
        "person:michael-howard",
        id="pm-ridiculed",
    ),
    argument_row(
        "Tony Blair visited a school in Leeds. Later the prime minister attacked the Conservatives.",
        "111",
        "person:tony-blair",
        "organization:conservative-party",
        id="pm-later-attacked",
    ),
    argument_row(
        "Gordon Brown spoke about the economy of Britain. The chancellor attacked Michael Howard.",
        "111",
        "person:gordon-brown",
        "person:michael-howard",
        id="chancellor-attacked",
    ),
    argument_row(
        "Gordon Brown presented the budget in London. The chancellor accused the Tories of lying.",
        "112",
        "person:gordon-brown",
        "organization:conservative-party",
        id="chancellor-accused",
    ),
    argument_row(
        "Jack Straw spoke in London about Britain. The foreign secretary urged Iran to halt enrichment.",
        "02",
        "person:jack-straw",
        "state:IRN",
        id="foreign-secretary-urged",
    ),
    argument_row(
        "Tony Blair spoke in London. Michael Howard was ridiculed by the prime minister.",
        "111",
        "person:tony-blair",
        "person:michael-howard",
        id="pm-passive",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), TITLED)
def test_a_bare_title_is_its_holder(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


TITLE_CONTROLS = [
    # two government members named: the title says not which
    (
        "Tony Blair and Gordon Brown spoke in London. The chancellor attacked Michael Howard.",
        DATE,
        "attacked",
        "person:tony-blair",
    ),
    # named only after the title
    (
        "The prime minister ridiculed Michael Howard. Tony Blair spoke in London.",
        DATE,
        "ridiculed",
        "person:tony-blair",
    ),
    # one named with another office holds that one
    (
        "Home Secretary Charles Clarke spoke in London. The prime minister attacked Michael Howard.",
        DATE,
        "attacked",
        "person:charles-clarke",
    ),
    # no member of the government
    (
        "Michael Howard spoke in London. The prime minister ridiculed Charles Kennedy.",
        DATE,
        "ridiculed",
        "person:michael-howard",
    ),
    # not in government on the document's date
    (
        "Tony Blair spoke in London. The prime minister ridiculed Michael Howard.",
        "2012-05-01",
        "ridiculed",
        "person:tony-blair",
    ),
    # another office than the bare title's
    (
        "Tony Blair spoke in London. The deputy prime minister attacked Michael Howard.",
        DATE,
        "attacked",
        "person:tony-blair",
    ),
    (
        "Tony Blair spoke in London. The lord chancellor attacked Michael Howard.",
        DATE,
        "attacked",
        "person:tony-blair",
    ),
    (
        "Gordon Brown spoke in London. The shadow chancellor attacked Charles Kennedy.",
        DATE,
        "attacked",
        "person:gordon-brown",
    ),
    # another state's title
    (
        "Tony Blair spoke in London. The French president attacked Michael Howard.",
        DATE,
        "attacked",
        "person:tony-blair",
    ),
]


@pytest.mark.parametrize(
    ("text", "date", "trigger", "wrong"), TITLE_CONTROLS, ids=[c[0][:40] + c[1] for c in TITLE_CONTROLS]
)
def test_a_bare_title_is_no_one_else(facts, text, date, trigger, wrong):
    events = [e for e in facts(text, date).events if e.trigger == trigger]
    assert not [e for e in events if wrong in e.agents], show_events(tuple(events))


COUPLES = [
    # "the couple" are the two people just named, as "the pair"
    argument_row(
        "Tony Blair met Gordon Brown in London. Michael Howard criticised the couple.",
        "111",
        "person:michael-howard",
        "person:gordon-brown",
        id="criticised-the-couple",
    ),
    argument_row(
        "Tony Blair met Gordon Brown in London. Michael Howard criticised the couple.",
        "111",
        "person:michael-howard",
        "person:tony-blair",
        id="criticised-the-couple-first",
    ),
    argument_row(
        "Gordon Brown will marry Sarah Macaulay in April. "
        "Tony Blair offered his congratulations to the couple.",
        "051",
        "person:tony-blair",
        "person:sarah-macaulay",
        id="congratulations-to-the-couple",
    ),
    argument_row(
        "Gordon Brown met Jack Straw. Later Tony Blair paid tribute to the two men.",
        "05",
        "person:tony-blair",
        "person:jack-straw",
        id="tribute-to-the-two-men",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), COUPLES)
def test_the_couple_are_the_two_named(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    "text",
    [
        # named only after; "a couple of" counts, names no one
        "The couple were attacked by Michael Howard. Tony Blair met Gordon Brown.",
        "Tony Blair met Gordon Brown. Michael Howard criticised a couple of ministers.",
    ],
)
def test_a_couple_names_no_one_else(facts, text):
    events = [e for e in facts(text, DATE).events if e.trigger in ("attacked", "criticised")]
    assert events
    assert not [e for e in events if {"person:tony-blair", "person:gordon-brown"} & set(e.targets)], (
        show_events(tuple(events))
    )


HONOURED = [
    # a name with an honour or seat after it is a person, not an organization
    argument_row(
        "The chairman of the Bar Council, Guy Mansfield QC has warned there is a real risk of unrest.",
        "01",
        "person:guy-mansfield",
        None,
        id="qc-apposition",
    ),
    argument_row(
        "Guy Mansfield QC criticised Tony Blair.", "111", "person:guy-mansfield", "person:tony-blair", id="qc"
    ),
    argument_row(
        "Charles Clarke spoke on Monday. The chairman of the Bar Council, Guy Mansfield QC has warned "
        "there is a real risk that people on the margins of society would be driven into the hands of "
        "extremists.",
        "01",
        "person:guy-mansfield",
        None,
        id="qc-apposition-in-article",
    ),
    argument_row(
        "Michael Mansfield QC accused Tony Blair of lying.",
        "112",
        "person:michael-mansfield",
        "person:tony-blair",
        id="qc-accused",
    ),
    argument_row(
        "Helen Jones MEP praised Tony Blair.", "051", "person:helen-jones", "person:tony-blair", id="mep"
    ),
    argument_row(
        "Labour's Ann Clwyd MP attacked the Conservatives.",
        "111",
        "person:ann-clwyd",
        "organization:conservative-party",
        id="mp-after-name",
    ),
    # "the <constituency> MP" is the MP the text names
    argument_row(
        "Tory MP Jonathan Sayeed is to stand down. The Mid-Bedfordshire MP had criticised Tony Blair. "
        "Mr Sayeed has been MP for Mid-Bedfordshire since 1997.",
        "111",
        "person:jonathan-sayeed",
        "person:tony-blair",
        id="constituency-mp",
    ),
    # a possessed thing is its owner's; the words that say which thing name no one
    argument_row(
        "Tony Blair has backed Chancellor Gordon Brown's pre-Budget report amid opposition claims.",
        "05",
        "person:tony-blair",
        "person:gordon-brown",
        id="possessed-report",
    ),
    argument_row(
        "Michael Howard attacked Gordon Brown's Treasury plans.",
        "111",
        "person:michael-howard",
        "person:gordon-brown",
        id="possessed-plans",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), HONOURED)
def test_persons_and_owners_named_in_passing(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


NO_BODY = [
    # no organization made of a person's honour, a constituency's member, a report's description
    ("Guy Mansfield QC criticised Tony Blair.", "organization:guy-mansfield-qc"),
    (
        "Tory MP Jonathan Sayeed is to stand down. The Mid-Bedfordshire MP had criticised Tony Blair. "
        "Mr Sayeed has been MP for Mid-Bedfordshire since 1997.",
        "organization:mid-bedfordshire-mp",
    ),
    ("Tony Blair has backed Chancellor Gordon Brown's pre-Budget report.", "organization:pre-budget"),
    ("Michael Howard attacked Gordon Brown's Treasury plans.", "organization:treasury"),
]


@pytest.mark.parametrize(("text", "wrong"), NO_BODY, ids=[w for _, w in NO_BODY])
def test_no_body_of_words_said_in_passing(facts, text, wrong):
    events = facts(text, DATE).events
    assert events
    assert not [e for e in events if wrong in e.agents or wrong in e.targets], show_events(events)


KEPT_BODIES = [
    # the controls: a party, a club, a body before a seat or an honour stays a body
    ("Plaid Cymru MP Adam Price criticised Tony Blair.", "person:adam-price"),
    ("Manchester United FC criticised the FA.", "organization:manchester-united"),
    ("Michael Howard attacked Gordon Brown and the Treasury.", "organization:treasury"),
    ("Tony Blair backed the EU constitution.", "organization:eu"),
]


@pytest.mark.parametrize(("text", "kept"), KEPT_BODIES, ids=[k for _, k in KEPT_BODIES])
def test_named_bodies_stay(facts, text, kept):
    events = facts(text, DATE).events
    assert [e for e in events if kept in e.agents or kept in e.targets], show_events(events)


SAID_OF_THING = [
    # the one state the words given with a judgement of an unowned thing name is judged
    argument_row(
        'Archbishop Tutu criticised the measures, saying: "I am opposed to any arbitrary detention, '
        'even in Britain."',
        "111",
        "person:tutu",
        "state:GBR",
        id="saying-quoted",
    ),
    argument_row(
        "Amnesty condemned the law, saying it would let Zimbabwe jail critics without trial.",
        "111",
        "organization:amnesty",
        "state:ZWE",
        id="saying-clause",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), SAID_OF_THING)
def test_the_state_named_in_the_reason(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


SAID_CONTROLS = [
    # two states: the words say not which; the judge's own state; an owner named
    (
        "Amnesty condemned the law, saying it was worse than laws in France and Germany.",
        "condemned",
        "state:FRA",
    ),
    ("The French minister criticised the plan, saying France would not pay.", "criticised", "state:FRA"),
    (
        "Michael Howard criticised Tony Blair's plans, saying they would hurt Britain.",
        "criticised",
        "state:GBR",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "wrong"), SAID_CONTROLS, ids=[c[0][:50] for c in SAID_CONTROLS])
def test_no_state_of_the_reason_otherwise(facts, text, trigger, wrong):
    events = [e for e in facts(text, DATE).events if e.trigger == trigger]
    assert events, facts(text, DATE).events
    assert not [e for e in events if wrong in e.targets], show_events(tuple(events))
