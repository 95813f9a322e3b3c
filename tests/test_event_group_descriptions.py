"""Targets named by a description of people named just before: "Defectors X and Y ... urged the
men to step down", "condemned both", "warned the rebels"; none when the description points at
no group of named people ("Police held two men. Officials questioned the men")."""

from __future__ import annotations

import pytest

PAIR = {"person:alan-reid", "person:david-shaw"}

DESCRIBED = [
    # the men / the women
    (
        "Alan Reid and David Shaw quit the party on Monday."
        " Its leader, Nigel Farage, urged the men to resign.",
        "urged",
    ),
    ("Alan Reid and David Shaw left Labour last week. Jack Straw accused the men of treachery.", "accused"),
    (
        "Alan Reid and David Shaw defected to UKIP. Michael Howard criticised the men for leaving.",
        "criticised",
    ),
    # defectors, rebels, MPs, ministers, councillors: the noun that described them
    ("Alan Reid and David Shaw joined the Greens. Charles Kennedy praised the defectors.", "praised"),
    (
        "Alan Reid and David Shaw voted against the bill."
        " The chief whip, Hilary Armstrong, warned the rebels.",
        "warned",
    ),
    ("MPs Alan Reid and David Shaw backed the motion. Tony Blair thanked the MPs.", "thanked"),
    (
        "Ministers Alan Reid and David Shaw resigned."
        " Michael Howard praised the ministers for their courage.",
        "praised",
    ),
    (
        "Councillors Alan Reid and David Shaw quit. Council leader Tom Hart condemned these councillors.",
        "condemned",
    ),
    # a passive: the description is the one acted upon
    ("Alan Reid and David Shaw quit the party. The men were criticised by Tony Blair.", "criticised"),
    # "both" standing alone, also when the parser hangs it on the preposition after it
    (
        "Alan Reid and David Shaw joined the Tories. Charles Kennedy condemned both for their decision.",
        "condemned",
    ),
    ("Alan Reid and David Shaw joined the Tories. Charles Kennedy criticised both.", "criticised"),
    # further back, past one of them named alone and a plural of things
    (
        "Alan Reid and David Shaw were elected in 2004. The party says the pair should give up their"
        " seats. Mr Reid said the law was clear. Party chairman Jane Hill urged the men to step down.",
        "urged",
    ),
    # in the same sentence, the group first
    ("After Alan Reid and David Shaw quit, Tony Blair urged the men to reconsider.", "urged"),
]


@pytest.mark.parametrize(("text", "trigger"), DESCRIBED, ids=[r[0][-40:] for r in DESCRIBED])
def test_a_description_is_the_people_just_named(facts, text, trigger):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert events, facts(text).events
    assert any(set(e.targets) == PAIR for e in events), events


UNNAMED = [
    # no group named: the men are unnamed people
    ("Police held two men in Leeds on Monday. Michael Howard criticised the men.", "criticised"),
    ("The report was published on Monday. Tony Blair urged the men to step aside.", "urged"),
    # one person named: no group to point at
    ("Alan Reid quit the party. Michael Howard criticised the rebels.", "criticised"),
    # the group named is of parties, not people
    ("Labour and the Tories clashed. Charles Kennedy attacked the men.", "attacked"),
    # the noun's own phrase says which group: not the pair named before
    ("Alan Reid and David Shaw quit. Tony Blair praised the men who fought in Iraq.", "praised"),
    ("Alan Reid and David Shaw quit. Tony Blair criticised the rebels in Darfur.", "criticised"),
    # a plural unnamed nearer than the pair: whom "the men" means is unsure
    ("Alan Reid and David Shaw met miners. Tony Blair praised the men.", "praised"),
    # the pair named too far back
    (
        "Alan Reid and David Shaw quit in May. Turnout fell. Taxes rose. Schools closed."
        " Tony Blair praised the men.",
        "praised",
    ),
    # "both" before a pair of its own
    ("Alan Reid and David Shaw spoke. Tony Blair criticised both Labour and the Tories.", "criticised"),
]


@pytest.mark.parametrize(("text", "trigger"), UNNAMED, ids=[r[0][-40:] for r in UNNAMED])
def test_a_description_of_no_named_group_names_no_one(facts, text, trigger):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert not [e for e in events if set(e.targets) & PAIR], events


MILBURN = "person:alan-milburn"

ONE_DESCRIBED = [
    ("Alan Milburn quit the cabinet in 2003. Tony Blair later praised the former minister.", "praised"),
    ("Alan Milburn quit the cabinet in 2003. Michael Howard accused the MP of hypocrisy.", "accused"),
    ("Alan Milburn quit the cabinet in 2003. Michael Howard accused the veteran MP of hypocrisy.", "accused"),
    ("Alan Milburn quit the cabinet in 2003. The veteran MP was criticised by Michael Howard.", "criticised"),
    ("After Alan Milburn quit, Michael Howard urged the former minister to apologise.", "urged"),
]


@pytest.mark.parametrize(("text", "trigger"), ONE_DESCRIBED, ids=[r[0][-40:] for r in ONE_DESCRIBED])
def test_a_role_described_is_the_one_person_just_named(facts, text, trigger):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert any(e.targets == (MILBURN,) for e in events), facts(text).events


ONE_UNSURE = [
    # two people named: which one is unsure
    ("Alan Milburn and John Reid spoke. Michael Howard accused the MP of hypocrisy.", "accused"),
    # its own phrase says who
    (
        "Alan Milburn quit the cabinet in 2003. Michael Howard accused the MP for Leeds of hypocrisy.",
        "accused",
    ),
    # "the man" is as often someone new
    (
        "Alan Milburn was attacked in Leeds. Michael Howard praised the man who caught the attacker.",
        "praised",
    ),
    # the one named is the subject himself
    ("Alan Milburn quit the cabinet in 2003. He later criticised the former minister.", "criticised"),
]


@pytest.mark.parametrize(("text", "trigger"), ONE_UNSURE, ids=[r[0][-40:] for r in ONE_UNSURE])
def test_a_role_described_of_no_one_sure_is_no_one(facts, text, trigger):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert not [e for e in events if MILBURN in e.targets], events
