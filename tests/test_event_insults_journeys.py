"""Issue 11 argument faults: names called and likenesses that insult are criticism by the speaker upon
the one named (never the reverse), and a trip cut short by an arrest is no visit."""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-03-27"

INSULTS = [
    argument_row(
        "Mr Pugh called Mrs Griffiths a mongrel at the meeting.",
        "111",
        "person:pugh",
        "person:mrs-griffiths",
        id="called-noun",
    ),
    argument_row(
        "Mr Tate dubbed Ms Finch an opportunist.",
        "111",
        "person:tate",
        "person:ms-finch",
        id="dubbed",
    ),
    argument_row(
        "Mr Marsh labelled Mr Doyle a buffoon.",
        "111",
        "person:marsh",
        "person:doyle",
        id="labelled",
    ),
    argument_row(
        "Ms Cross likened Mr Vance to a dictator.",
        "111",
        "person:ms-cross",
        "person:vance",
        id="likened",
    ),
    argument_row(
        "Mr Keane compared Mr Rowe to Mussolini.",
        "111",
        "person:keane",
        "person:rowe",
        id="compared",
    ),
    # negative controls: a phone call, a neutral comparison, a likeness with no insult
    argument_row("Mr Pugh called Mrs Griffiths on Monday.", None, absent=("11", "12"), id="phone-call"),
    argument_row(
        "Helen Cross compared the budget with last year's.", None, absent=("11", "12"), id="neutral-compare"
    ),
    argument_row(
        "Helen Cross likened the scheme to a bank account.", None, absent=("11",), id="neutral-liken"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), INSULTS)
def test_a_name_called_is_criticism_upon_the_one_named(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


def test_a_name_called_in_a_quotation_is_not_the_speakers_judgement(facts):
    text = (
        'Mr Lowe spoke to his party. "So far this year they have compared me to Fagin. '
        'Mr Pugh even called me a mongrel."'
    )
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith("11") and "person:pugh" in e.targets for e in events), events


def test_a_likeness_is_no_target(facts):
    events = facts("Mr Kennedy likened Tony Blair to Hitler's Germany.", DATE).events
    assert not any("state:DEU" in e.targets for e in events), events


JOURNEYS = [
    argument_row(
        "Abu Karim was arrested while travelling to London.", None, absent=("042", "043"), id="while"
    ),
    argument_row("The activist was detained as he flew to Cairo.", None, absent=("042", "043"), id="as"),
    argument_row(
        "A reporter was kidnapped when travelling to Baghdad.", None, absent=("042", "043"), id="when"
    ),
    # negative controls: a trip made, then the act; a trip during which one spoke
    argument_row(
        "Tony Blair travelled to Rome on Monday and was arrested there.",
        "042",
        "person:tony-blair",
        id="made",
    ),
    argument_row("Jack Straw flew to Tehran on Monday.", "042", "person:jack-straw", "state:IRN", id="plain"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), JOURNEYS)
def test_a_trip_cut_short_is_no_visit(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


DOERS = [
    argument_row(
        "Mr Lowe criticised underhand tactics by Labour in the campaign.",
        "111",
        "person:lowe",
        "organization:labour-party",
        id="tactics-by-party",
    ),
    argument_row(
        "Mr Lowe condemned the smears by the Tories.",
        "111",
        "person:lowe",
        "organization:conservative-party",
        id="smears",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), DOERS)
def test_a_party_named_as_doer_of_the_thing_judged_is_the_target(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


def test_a_means_by_no_party_is_no_target(facts):
    events = facts("Mr Lowe criticised the plan by letter to the BBC.", DATE).events
    assert not any("organization:bbc" in e.targets for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        '"Mr Pugh called me a mongrel," Mr Lowe said.',
        'Mr Lowe said: "This morning Mr Pugh even branded me a liar."',
    ],
    ids=["said-after", "colon"],
)
def test_me_in_a_quotation_is_its_speaker(facts, text):
    events = facts(text, DATE).events
    assert any(
        e.cameo.startswith("11") and "person:pugh" in e.agents and "person:lowe" in e.targets for e in events
    ), events


def test_me_outside_a_quotation_is_no_one(facts):
    events = facts("Mr Pugh called me a mongrel.", DATE).events
    assert not any(e.targets for e in events), events
