"""Targets inside the object: kin nouns ("criticised her husband"), object pronouns and the
bodies a call is made to, each on several wordings written for this table.

Each row: the text, the code prefix of the event, its agents and its exact targets. A target
the text does not settle is left out: no target beats a wrong one.
"""

from __future__ import annotations

import pytest
from factories import ORG, P, S, check_event_arguments

KIN = [
    pytest.param(
        "Michael Howard's wife Sandra gave an interview on Monday. She said she often criticised her "
        "husband for his jokes.",
        "111",
        {P("Sandra Howard")},
        {P("Michael Howard")},
        id="reported-her-husband",
    ),
    pytest.param(
        "Sandra Howard, who is married to Michael Howard, gave an interview. She said she often criticised "
        "her husband.",
        "111",
        {P("Sandra Howard")},
        {P("Michael Howard")},
        id="relative-clause-intro",
    ),
    pytest.param(
        "Michael Howard and Sandra Howard visited Bristol. He praised his wife for her work.",
        "051",
        {P("Michael Howard")},
        {P("Sandra Howard")},
        id="his-wife",
    ),
    pytest.param(
        "Cherie Blair spoke in London. Tony Blair defended his wife against the claims.",
        "052",
        {P("Tony Blair")},
        {P("Cherie Blair")},
        id="defended-his-wife",
    ),
    pytest.param(
        "Tony Blair spoke in London. Cherie Blair defended her husband against the claims.",
        "052",
        {P("Cherie Blair")},
        {P("Tony Blair")},
        id="defended-her-husband",
    ),
    pytest.param(
        "Sandra Howard spoke. Michael Howard was criticised by his wife over the jokes.",
        "111",
        {P("Sandra Howard")},
        {P("Michael Howard")},
        id="passive-by-his-wife",
    ),
    pytest.param(
        "Tony Blair and Cherie Blair attended. Mrs Blair praised her husband, who was standing nearby.",
        "051",
        {P("Cherie Blair")},
        {P("Tony Blair")},
        id="title-possessor",
    ),
    # (two men of her surname, or none: no target rather than a guess)
    pytest.param(
        "Mary Smith spoke. John Smith and Peter Smith were there. Mrs Smith praised her husband.",
        "051",
        {P("Mary Smith")},
        set(),
        id="two-candidates",
    ),
    pytest.param(
        "Mary Smith spoke. Mrs Smith praised her husband.", "051", {P("Mary Smith")}, set(), id="none"
    ),
    pytest.param(
        "Tony Blair spoke. Gordon Brown praised his wife.",
        "051",
        {P("Gordon Brown")},
        set(),
        id="other-surname",
    ),
    pytest.param(
        "Sandra Howard and Nick Howard spoke. Michael Howard praised his wife.",
        "051",
        {P("Michael Howard")},
        {P("Sandra Howard")},
        id="gender-picks",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), KIN)
def test_kin_target(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


OBJECTS = [
    # object pronouns: the person named before, not the clause's own actor
    pytest.param(
        "Gordon Brown spoke. Ruth Kelly said she had criticised him for the remark.",
        "111",
        {P("Ruth Kelly")},
        {P("Gordon Brown")},
        id="reported-him",
    ),
    pytest.param(
        'Tony Blair spoke on Monday. "He has let us down," Michael Howard said, accusing him of betrayal.',
        "112",
        {P("Michael Howard")},
        {P("Tony Blair")},
        id="participle-after-quote",
    ),
    pytest.param(
        "Tony Blair spoke on Monday. Michael Howard attacked the plan, accusing him of betrayal.",
        "112",
        {P("Michael Howard")},
        {P("Tony Blair")},
        id="participle-accusing-him",
    ),
    pytest.param(
        "Charles Kennedy spoke on Monday. He was criticised by Tony Blair, who accused him of "
        "scaremongering.",
        "112",
        {P("Tony Blair")},
        {P("Charles Kennedy")},
        id="relative-who-accused-him",
    ),
    pytest.param(
        "Charles Kennedy spoke on Monday. Tony Blair, speaking in London, urged him to apologise.",
        "020",
        {P("Tony Blair")},
        {P("Charles Kennedy")},
        id="urged-him",
    ),
    pytest.param(
        "Charles Kennedy and Ruth Kelly spoke on Monday. Tony Blair accused him of scaremongering.",
        "112",
        {P("Tony Blair")},
        {P("Charles Kennedy")},
        id="gender-picks-of-two",
    ),
    # (two men named together before: either could be "him")
    pytest.param(
        "Charles Kennedy and Michael Howard spoke on Monday. Tony Blair accused him of scaremongering.",
        "112",
        {P("Tony Blair")},
        set(),
        id="two-men-coordinated",
    ),
    # the one a demand is made of: the subject of its clause
    pytest.param(
        "Ruth Kelly spoke. Michael Howard demanded that she resign.",
        "100",
        {P("Michael Howard")},
        {P("Ruth Kelly")},
        id="demanded-that-she",
    ),
    pytest.param(
        "Ruth Kelly spoke. Michael Howard demanded that he be heard.",
        "100",
        {P("Michael Howard")},
        set(),
        id="demanded-that-he-himself",
    ),
    pytest.param(
        "Gordon Brown spoke. The Tories have demanded that he apologise.",
        "100",
        {ORG("Conservative Party")},
        {P("Gordon Brown")},
        id="party-demanded-that-he",
    ),
    # the party of the one who calls: "the party", "party unity", "party members"
    pytest.param(
        "Gordon Brown, the Labour chancellor, issued a call for party unity.",
        "020",
        {P("Gordon Brown")},
        {ORG("Labour Party")},
        id="call-for-party-unity",
    ),
    pytest.param(
        "Labour's Gordon Brown has called for party unity.",
        "020",
        {P("Gordon Brown")},
        {ORG("Labour Party")},
        id="called-for-party-unity",
    ),
    pytest.param(
        "Gordon Brown, the Labour chancellor, urged the party to unite.",
        "020",
        {P("Gordon Brown")},
        {ORG("Labour Party")},
        id="urged-the-party",
    ),
    pytest.param(
        "Gordon Brown, the Labour chancellor, spoke. He urged party members to unite.",
        "020",
        {P("Gordon Brown")},
        {ORG("Labour Party")},
        id="urged-party-members",
    ),
    pytest.param(
        "Gordon Brown, the Labour chancellor, criticised the party for its divisions.",
        "111",
        {P("Gordon Brown")},
        {ORG("Labour Party")},
        id="criticised-the-party",
    ),
    pytest.param(
        "Gordon Brown issued a call for party unity.", "020", {P("Gordon Brown")}, set(), id="party-unknown"
    ),
    # a call to publish a document is not made of its author
    pytest.param(
        "Michael Howard repeated his party's calls for Lord Goldsmith's legal advice to be made public.",
        "020",
        {P("Michael Howard")},
        set(),
        id="calls-for-authors-advice-made-public",
    ),
    pytest.param(
        "Michael Howard repeated calls for Lord Goldsmith's first piece of legal advice to be made public.",
        "020",
        {P("Michael Howard")},
        set(),
        id="piece-of-advice",
    ),
    pytest.param(
        "Michael Howard renewed his call for the Attorney General's advice to be published.",
        "020",
        {P("Michael Howard")},
        set(),
        id="call-for-advice-published",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), OBJECTS)
def test_object_target(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


THREATS = [
    # the warned party, and the one the warner's own threatened act falls upon
    pytest.param(
        "Russia warned Georgia that it would impose sanctions.", "13", {S("RUS")}, {S("GEO")}, id="warned-x"
    ),
    pytest.param(
        "Georgia was warned by Russia that sanctions would follow.", "0", {S("RUS")}, {S("GEO")}, id="passive"
    ),
    pytest.param(
        "North Korea warned that its army would strike any South Korean warship.",
        "13",
        {S("PRK")},
        {S("KOR")},
        id="its-army-would-strike",
    ),
    pytest.param(
        "Iran warned that its forces would attack any American ship in the Gulf.",
        "13",
        {S("IRN")},
        {S("USA")},
        id="its-forces-would-attack",
    ),
    pytest.param(
        "China warned that it would retaliate against Japanese firms.",
        "13",
        {S("CHN")},
        {S("JPN")},
        id="it-would-retaliate-against",
    ),
    pytest.param(
        "Russia warned that it would take action against Ukraine.",
        "13",
        {S("RUS")},
        {S("UKR")},
        id="action-against",
    ),
    pytest.param(
        "Michael Howard threatened to scrap the Child Support Agency.",
        "13",
        {P("Michael Howard")},
        {ORG("Child Support Agency")},
        id="threatened-to-scrap",
    ),
    # (a person is no "it"; an expletive "it" names no one)
    pytest.param(
        "Tony Blair warned that it would be a mistake to attack Iran.",
        "0",
        {P("Tony Blair")},
        set(),
        id="expletive-it",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), THREATS)
def test_threat_target(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


OF_PHRASES = [
    # people of each state coordinated in the "of" phrase of the object or addressee
    pytest.param(
        "Tony Blair spoke by telephone to the presidents of France and Egypt.",
        "04",
        {P("Tony Blair")},
        {S("FRA"), S("EGY")},
        id="spoke-to-presidents-of",
    ),
    pytest.param(
        "Tony Blair held talks with the leaders of France and Egypt.",
        "04",
        # (the ones talked with are sides of the talks: each side the others' target)
        {P("Tony Blair")},
        {S("FRA"), S("EGY"), P("Tony Blair")},
        id="talks-with-leaders-of",
    ),
    pytest.param(
        "Jack Straw met the foreign ministers of France, Germany and Italy.",
        "04",
        {P("Jack Straw")},
        {S("FRA"), S("DEU"), S("ITA"), P("Jack Straw")},
        id="met-ministers-of-three",
    ),
    pytest.param(
        "Tony Blair's meeting with the leaders of France and Egypt ended.",
        "04",
        {P("Tony Blair")},
        {S("FRA"), S("EGY"), P("Tony Blair")},
        id="meeting-with-leaders-of",
    ),
    pytest.param(
        "The leaders of France and Germany were criticised by Tony Blair.",
        "111",
        {P("Tony Blair")},
        {S("FRA"), S("DEU")},
        id="passive-leaders-of",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), OF_PHRASES)
def test_of_phrase_targets(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


PASSIVE_THINGS = [
    # a thing attacked or judged is its owner's, in the passive as in the active voice
    pytest.param(
        "An Israeli army post was attacked by Hezbollah guerrillas.",
        "1",
        {ORG("Hezbollah")},
        {S("ISR")},
        id="post-attacked-by",
    ),
    pytest.param(
        "Hezbollah guerrillas attacked an Israeli army post.",
        "1",
        {ORG("Hezbollah")},
        {S("ISR")},
        id="active",
    ),
    pytest.param(
        "A British army convoy was ambushed by Taliban fighters in Helmand.",
        "1",
        {ORG("Taliban")},
        {S("GBR")},
        id="convoy-ambushed-by",
    ),
    pytest.param(
        "The Labour plan was criticised by Michael Howard.",
        "111",
        {P("Michael Howard")},
        {ORG("Labour Party")},
        id="plan-criticised-by",
    ),
    pytest.param(
        "Labour's plan was criticised by Michael Howard.",
        "111",
        {P("Michael Howard")},
        {ORG("Labour Party")},
        id="possessor-plan-criticised-by",
    ),
    pytest.param(
        "Michael Howard criticised the Labour plan.",
        "111",
        {P("Michael Howard")},
        {ORG("Labour Party")},
        id="active-criticised",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), PASSIVE_THINGS)
def test_passive_thing_targets(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


FREEING_APPEALS = [
    # an appeal to free people is made of their holders, not of them or their state
    pytest.param(
        "Jack Straw demanded the release of the Iranian diplomats held in Iraq.",
        "10",
        {P("Jack Straw")},
        set(),
        id="release-of",
    ),
    pytest.param(
        # the state whose authorities detain them in it holds them
        "Jack Straw demanded the release of the Iranian diplomats detained in Iraq.",
        "10",
        {P("Jack Straw")},
        {S("IRQ")},
        id="release-of-detained-in",
    ),
    pytest.param(
        "Jack Straw called for British hostages to be released.",
        "02",
        {P("Jack Straw")},
        set(),
        id="to-be-released",
    ),
    pytest.param(
        "Iran demanded that Britain free the Iranian sailors.",
        "10",
        {S("IRN")},
        {S("GBR")},
        id="that-holder-free",
    ),
    pytest.param(
        "Iran called on Britain to release the Iranian sailors.",
        "02",
        {S("IRN")},
        {S("GBR")},
        id="called-on-holder",
    ),
    pytest.param(
        "Iran demanded the return of its sailors from Britain.",
        "10",
        {S("IRN")},
        {S("GBR")},
        id="return-from-holder",
    ),
    # (removal is no freeing: the one to be removed is acted upon)
    pytest.param(
        "Michael Howard called for Tony Blair's resignation.",
        "02",
        {P("Michael Howard")},
        {P("Tony Blair")},
        id="resignation",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), FREEING_APPEALS)
def test_freeing_appeal_targets(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


JUDGED_OWNERS = [
    # the one whose act or plan is judged: its possessor or the government it names
    pytest.param(
        "Prime Minister Tony Blair spoke. The Conservatives criticised government plans for house arrest.",
        "111",
        {ORG("Conservative Party")},
        {S("GBR")},
        id="criticised-government-plans",
    ),
    pytest.param(
        "Prime Minister Tony Blair spoke. The Conservatives complained about the government's plans.",
        "111",
        {ORG("Conservative Party")},
        {S("GBR")},
        id="complained-about-governments",
    ),
    pytest.param(
        "The Tories complained about Labour's tax plans.",
        "111",
        {ORG("Conservative Party")},
        {ORG("Labour Party")},
        id="complained-about-partys",
    ),
    pytest.param(
        "Russia complained about the US missile shield.",
        "111",
        {S("RUS")},
        {S("USA")},
        id="complained-about-us",
    ),
    pytest.param(
        "The Tories condemned the British government's refusal to talk.",
        "11",
        {ORG("Conservative Party")},
        {S("GBR")},
        id="state-governments-refusal",
    ),
    # (what it is about is no owner: "the cost of Iraq's elections")
    pytest.param(
        "The Tories complained about the cost of Iraq's elections.",
        "111",
        {ORG("Conservative Party")},
        set(),
        id="cost-of",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), JUDGED_OWNERS)
def test_judged_owner_targets(facts, text, code, agents, targets):
    check_event_arguments(facts(text).events, code, agents, targets)


def test_a_purpose_clause_him_is_not_someone_else_by_default(facts):
    """ "to prevent him from attending": "him" is the one talked about, not the next person named."""
    text = (
        "Lord Archer was released. There is nothing in the rules to prevent him from attending, "
        "Teddy Taylor said."
    )
    found = [e for e in facts(text).events if P("Teddy Taylor") in e.targets]
    assert found == []
