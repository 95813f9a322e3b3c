"""Targets that are bodies named indirectly, and arguments on business wording, each on several
wordings written for this table: the government whose official's advice a call wants published,
"them" for a group of an organization, "the council" for the one council named, company names in
an apposition, former staff, acts undergone by their "of" object, topics of a discussion.

Each row: the text, the code prefix of the event, its agents and its exact targets. A target the
text does not settle is left out: no target beats a wrong one.
"""

from __future__ import annotations

import pytest
from factories import ORG, P, S, check_event_arguments

# a British story: its officials, its parliament and its government named
UK = (
    "Prime Minister Tony Blair faced MPs in the House of Commons. Home Secretary Charles Clarke "
    "defended the British government's plans. "
)
AG = UK + "Attorney General Lord Goldsmith advised the cabinet on the war. "

ADVICE = [
    # a call to publish an official's advice is made of the government the official serves
    pytest.param(
        UK + "The Liberal Democrats demanded the publication of the Attorney General's advice.",
        "10",
        {ORG("Liberal Democrats")},
        {S("GBR")},
        id="publication-of-office-advice",
    ),
    pytest.param(
        UK + "The Liberal Democrats have called for the Attorney General's advice to be published in full.",
        "02",
        {ORG("Liberal Democrats")},
        {S("GBR")},
        id="called-for-advice-to-be-published",
    ),
    pytest.param(
        AG + "The Tories called for Lord Goldsmith's advice to be made public.",
        "02",
        {ORG("Conservative Party")},
        {S("GBR")},
        id="named-official-made-public",
    ),
    pytest.param(
        AG + "The Tories have demanded the disclosure of Lord Goldsmith's legal advice.",
        "10",
        {ORG("Conservative Party")},
        {S("GBR")},
        id="disclosure-of-named-official",
    ),
    pytest.param(
        AG + "The Tories urged the release of Lord Goldsmith's advice.",
        "02",
        {ORG("Conservative Party")},
        {S("GBR")},
        id="urged-release",
    ),
    pytest.param(
        UK + "The Liberal Democrats urged the government to release the legal advice.",
        "02",
        {ORG("Liberal Democrats")},
        {S("GBR")},
        id="urged-government-to-release",
    ),
    pytest.param(
        UK + "The Liberal Democrats urged the government to publish the Attorney General's advice.",
        "02",
        {ORG("Liberal Democrats")},
        {S("GBR")},
        id="urged-government-to-publish-office-advice",
    ),
    # (the government's own people ask no one; a party's or a private paper has no government)
    pytest.param(
        AG + "Mr Clarke called for Lord Goldsmith's advice to be published.",
        "02",
        {P("Charles Clarke")},
        set(),
        id="own-minister-asks",
    ),
    pytest.param(
        UK + "The Liberal Democrats demanded the publication of the Conservative chairman's report.",
        "10",
        {ORG("Liberal Democrats")},
        set(),
        id="party-post-report",
    ),
    pytest.param(
        UK + "The Liberal Democrats demanded the publication of Michael Howard's report.",
        "10",
        {ORG("Liberal Democrats")},
        set(),
        id="no-officials-report",
    ),
    pytest.param(
        UK + "The Liberal Democrats demanded the publication of her report.",
        "10",
        {ORG("Liberal Democrats")},
        set(),
        id="pronoun-author",
    ),
    pytest.param(
        "Michael Howard called for the Attorney General's advice to be published.",
        "02",
        {P("Michael Howard")},
        set(),
        id="no-state-known",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), ADVICE)
def test_advice_publication_target(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


GROUPS = [
    # "them": the unnamed group named before, when it is of an organization; else no one
    pytest.param(
        "Labour MPs met in London on Monday. Tony Blair warned them that the election would be close.",
        "0",
        {P("Tony Blair")},
        {ORG("Labour Party")},
        id="party-mps-warned-them",
    ),
    pytest.param(
        "Members of the Fire Brigades Union went on strike. John Prescott warned them that the deal "
        "would not be improved.",
        "0",
        {P("John Prescott")},
        {ORG("Fire Brigades Union")},
        id="members-of-union-warned-them",
    ),
    pytest.param(
        "Members of the Fire Brigades Union went on strike. John Prescott promised them a better offer.",
        "03",
        {P("John Prescott")},
        {ORG("Fire Brigades Union")},
        id="members-of-union-promised-them",
    ),
    pytest.param(
        "Firefighters in Scotland went on strike. Jack McConnell warned them that the deal would not be "
        "improved.",
        "0",
        {P("Jack McConnell")},
        set(),
        id="firefighters-no-node",
    ),
    pytest.param(
        "The unions met in Brighton. Gordon Brown promised them a fair settlement.",
        "03",
        {P("Gordon Brown")},
        set(),
        id="the-unions-no-node",
    ),
    pytest.param(
        "Union members met in Brighton. Gordon Brown promised them a fair settlement.",
        "03",
        {P("Gordon Brown")},
        set(),
        id="union-members-no-node",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), GROUPS)
def test_group_them_target(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


COUNCILS = [
    # "the council": the one council the story named; a council of a place is no act upon its state
    pytest.param(
        "Leeds City Council met on Monday. John Smith appealed to the council to stop the closure.",
        "02",
        {P("John Smith")},
        {ORG("Leeds City Council")},
        id="appealed-to-the-council",
    ),
    pytest.param(
        "Leeds City Council met on Monday. John Smith urged the council to stop the closure.",
        "02",
        {P("John Smith")},
        {ORG("Leeds City Council")},
        id="urged-the-council",
    ),
    pytest.param(
        "Leeds City Council met on Monday. John Smith criticised the council for the closure.",
        "111",
        {P("John Smith")},
        {ORG("Leeds City Council")},
        id="criticised-the-council",
    ),
    pytest.param(
        "Leeds City Council met on Monday. The council was criticised by John Smith for the closure.",
        "111",
        {P("John Smith")},
        {ORG("Leeds City Council")},
        id="passive-the-council",
    ),
    pytest.param(
        "John Smith criticised the council in Leeds for the closure.",
        "111",
        {P("John Smith")},
        set(),
        id="council-in-place-no-node",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), COUNCILS)
def test_council_target(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


@pytest.mark.parametrize(
    "text",
    [
        "Leeds City Council and Bradford Council met on Monday. John Smith urged the council to stop it.",
        "John Smith appealed to the council to stop the closure.",
        "John Smith appealed to the local council in Leeds to stop the closure.",
        "John Smith urged the council in Leeds to stop the closure.",
    ],
    ids=["two-councils", "none-named", "local-council-in-place", "council-in-place"],
)
def test_council_not_guessed(facts, text):
    """Two councils named, none, or a council of a place with no node: no council, no state."""
    found = [e for e in facts(text).events if e.cameo.startswith("02") and P("John Smith") in e.agents]
    assert all(not e.targets for e in found), [(e.cameo, e.targets) for e in found]


NAMED_BY_APPOSITION = [
    # a noun describing a company, then its name: the company acts, not the state describing it
    pytest.param(
        "The largest US telephone company Verizon has held merger talks with MCI.",
        "04",
        # (the firm talked with is a side of the talks)
        {ORG("Verizon"), ORG("MCI")},
        {ORG("MCI"), ORG("Verizon")},
        id="company-name-apposition",
    ),
    pytest.param(
        "The US telephone firm, Verizon, criticised MCI.",
        "111",
        {ORG("Verizon")},
        {ORG("MCI")},
        id="firm-comma-name",
    ),
    pytest.param(
        "Britain's biggest retailer, Tesco, accused Sainsbury of misleading shoppers.",
        "112",
        {ORG("Tesco")},
        {ORG("Sainsbury")},
        id="possessor-state-retailer",
    ),
    pytest.param(
        "Nigerian banks United Bank of Africa and Standard Trust Bank have signed a deal with Citigroup.",
        "05",
        {ORG("United Bank of Africa"), ORG("Standard Trust Bank")},
        {ORG("Citigroup")},
        id="two-banks-named",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), NAMED_BY_APPOSITION)
def test_apposition_names_the_actor(facts, text, code, agents, targets):
    events = [e for e in facts(text).events if e.cameo.startswith(code)]
    shown = [(e.cameo, e.agents, e.targets) for e in facts(text).events]
    assert any(set(e.agents) == agents and set(e.targets) == targets for e in events), shown


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Several former HealthSouth employees accused Richard Scrushy of fraud.", ORG("HealthSouth")),
        ("Former Enron executives criticised Jeffrey Skilling.", ORG("Enron")),
        # an act done to its "of" object: that one does not act
        ("The investigation of Freddie Mac sparked criticism from analysts.", ORG("Freddie Mac")),
        ("The sale of Yukos angered Russia.", ORG("Yukos")),
        ("The takeover of Safeway has alarmed Tesco.", ORG("Safeway")),
        # "the accused" are the people it befell
        ("Among the accused were Altria Group and Liggett Group.", ORG("Altria Group")),
        ("The accused included Altria Group and Liggett Group.", ORG("Altria Group")),
        # someone else's ministers
        (
            "Ministers from European and Asian governments have called on the US to strengthen the dollar.",
            S("USA"),
        ),
    ],
    ids=[
        "former-employees",
        "former-executives",
        "investigation-of",
        "sale-of",
        "takeover-of",
        "among-the-accused",
        "the-accused-included",
        "ministers-from",
    ],
)
def test_not_the_agent(facts, text, wrong):
    found = [(e.cameo, e.agents) for e in facts(text).events if wrong in e.agents]
    assert found == []


def test_still_agents(facts):
    """Staff of a company today act for it."""
    events = facts("HealthSouth employees accused Richard Scrushy of fraud.").events
    assert any(ORG("HealthSouth") in e.agents and e.cameo.startswith("112") for e in events)


@pytest.mark.parametrize(
    ("text", "agents", "targets"),
    [
        (
            "Indian oil minister Mani Shankar Aiyar discussed ONGC's plans with Russia.",
            # (the one talked with is a side of the talks: each side the other's target)
            {P("Mani Shankar Aiyar")},
            {S("RUS"), P("Mani Shankar Aiyar"), S("IND")},
        ),
        (
            "Gordon Brown discussed Iran's nuclear programme with Condoleezza Rice.",
            {P("Gordon Brown")},
            {P("Condoleezza Rice"), P("Gordon Brown")},
        ),
        (
            "Jack Straw discussed Syria's plans with Condoleezza Rice.",
            {P("Jack Straw")},
            {P("Condoleezza Rice"), P("Jack Straw")},
        ),
    ],
    ids=["discussed-plans-with", "discussed-programme-with", "discussed-plans-for-with"],
)
def test_topic_owner_is_no_partner(facts, text, agents, targets):
    """What is talked about is no partner: the one talked with is."""
    check_event_arguments(facts(text).events, "04", agents, targets)


@pytest.mark.parametrize(
    "text",
    [
        "Indian oil minister Mani Shankar Aiyar discussed ONGC's plans.",
        "The cabinet discussed Iran's nuclear programme.",
        "Ministers will review the BBC's charter.",
    ],
    ids=["discussed-plans", "discussed-programme", "review-charter"],
)
def test_topic_owner_is_no_target(facts, text):
    owners = {ORG("ONGC"), S("IRN"), ORG("BBC")}
    found = [(e.cameo, e.targets) for e in facts(text).events if owners & set(e.targets)]
    assert found == []


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "On Tuesday, the company's administrator, turnaround expert Enrico Bondi, sued Morgan Stanley, "
            "its former banker, to return 136m euros.",
            None,
            "Morgan Stanley",
        ),
        (
            "The chief executive, Mr Smith, accused Morgan Stanley, its adviser, of misleading the board.",
            None,
            "Morgan Stanley",
        ),
    ],
    ids=["sued", "accused"],
)
def test_second_subject_after_verb_is_object(facts, text, agent, target):
    """A name after the verb that the parse made a second subject is the object: never an agent."""
    events = [e for e in facts(text).events if e.cameo.startswith("11")]
    assert events
    assert all(not any("morgan-stanley" in a for a in e.agents) for e in events)
    assert any(any("morgan-stanley" in t for t in e.targets) for e in events)


GOVERNMENT_ASKED = [
    # a statement ministers are to make is asked of the government; misgivings about the
    # government's plans are about the government, also for its own state's opposition
    pytest.param(
        UK + "The Tories demanded an immediate ministerial statement.",
        "10",
        {ORG("Conservative Party")},
        {S("GBR")},
        id="demanded-ministerial-statement",
    ),
    pytest.param(
        UK + "The Liberal Democrats called for a ministerial statement on the crisis.",
        "02",
        {ORG("Liberal Democrats")},
        {S("GBR")},
        id="called-for-ministerial-statement",
    ),
    pytest.param(
        UK + "Mr Clarke demanded a ministerial statement.",
        "10",
        {P("Charles Clarke")},
        set(),
        id="own-minister-demands-statement",
    ),
    pytest.param(
        UK + "The Liberal Democrats expressed serious misgivings about government plans.",
        "11",
        {ORG("Liberal Democrats")},
        {S("GBR")},
        id="misgivings-about-government-plans",
    ),
    pytest.param(
        UK + "The Tories voiced concerns about the government's plans.",
        "11",
        {ORG("Conservative Party")},
        {S("GBR")},
        id="concerns-about-governments-plans",
    ),
    pytest.param(
        UK + "The Liberal Democrats expressed doubts over Labour's tax plans.",
        "11",
        {ORG("Liberal Democrats")},
        {ORG("Labour Party")},
        id="doubts-over-partys-plans",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), GOVERNMENT_ASKED)
def test_government_asked_or_judged(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Robert Kilroy-Silk criticised the UKIP leadership at a meeting in London in October.", "2004-10"),
        ("Robert Kilroy-Silk attacked Roger Knapman in the European Parliament in October.", "2004-10"),
        ("Tony Blair criticised Jacques Chirac at a summit in Brussels on Friday.", "2005-03-04"),
        ("Tony Blair criticised the Tories in a speech in Manchester on Tuesday.", "2005-03-08"),
        ("Michael Howard, who was elected in 1997, criticised Tony Blair.", None),
        ("Tony Blair criticised the 2003 plan of Jacques Chirac.", None),
    ],
    ids=[
        "meeting-in-place-in-month",
        "in-body-in-month",
        "at-summit-in-place",
        "speech-in-place",
        "relative-clause-year",
        "noun-year",
    ],
)
def test_date_after_a_place_phrase(facts, text, date):
    """A date phrase after a place or body ("in London in October") dates the act, as does the
    time of the occasion it was made at; a relative clause's year or a noun's does not."""
    events = [e for e in facts(text, date="2005-03-10").events if e.cameo.startswith("11")]
    assert events
    assert {e.date for e in events} == {date}, [(e.cameo, e.date) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        '"Be prepared for a nasty figure, about five million unemployed," warned HVB Group economist '
        "Andreas Rees.",
        '"The figure, about five million unemployed, is a disaster," warned HVB Group economist '
        "Andreas Rees.",
    ],
    ids=["quote-inverted-numeral-subject", "quote-inverted-copula"],
)
def test_speaker_after_a_quotation_stays_the_agent(facts, text):
    """A subject inside the quotation before the verb is no reason to make the speaker an object."""
    events = [e for e in facts(text).events if e.trigger == "warned"]
    assert any(P("Andreas Rees") in e.agents for e in events), [(e.cameo, e.agents) for e in events]
