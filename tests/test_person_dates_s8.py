"""A calendar date written before a name is no part of it (real pipeline). Every sentence is
written for these tests. The rules under test:

* a weekday, or a month name after a day's number or before a year, right before a name
  ("on 13 March Lord Goldsmith met ...", "by 12 April Alan Milburn had ...") is not taken
  into the person's name nor into the words an event names its agent by;
* the event keeps that date as its own (the parse hangs the date on the name);
* a month name alone before a surname stays a given name ("April Ashley", "June Sarpong");
* a weekday before an explicit date ("Friday 3 December") is that date.
"""

from __future__ import annotations

import pytest

from newsgraph.extractors.dates import normalize_date
from newsgraph.model import DocumentFacts, Kind

pytestmark = pytest.mark.model


def persons(f: DocumentFacts) -> set[str]:
    return {e.label for e in f.entities if e.kind is Kind.PERSON}


def mentions(f: DocumentFacts) -> set[str]:
    return {m.text for e in f.entities if e.kind is Kind.PERSON for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("By 12 April Alan Milburn had drafted the manifesto.", "Alan Milburn"),
        ("The minutes show that on 7 July Charles Clarke met police chiefs.", "Charles Clarke"),
        ("Aides said on Monday Gordon Brown would present the budget.", "Gordon Brown"),
        ("On Friday 3 December David Blunkett resigned.", "David Blunkett"),
        ("In March 2003 Jack Straw told MPs the war was legal.", "Jack Straw"),
        ("Until 30 June Margaret Beckett was in charge of the talks.", "Margaret Beckett"),
        ("On 4 May Tony Blair called an election.", "Tony Blair"),
        ("The report says on 13 March Lord Goldsmith met the prime minister.", "Lord Goldsmith"),
    ],
)
def test_a_date_before_a_name_is_no_part_of_it(facts, text, person):
    f = facts(text, date="2005-03-20")
    assert person in persons(f)
    for words in (*persons(f), *mentions(f)):
        first = words.split()[0].lower()
        assert first not in ("april", "july", "march", "may", "june", "monday", "friday", "december")
        assert not first.isdigit()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("April Ashley met Tony Blair in London.", "April Ashley"),
        ("The presenter June Sarpong said she was delighted.", "June Sarpong"),
    ],
)
def test_a_month_name_alone_stays_a_given_name(facts, text, person):
    assert person in persons(facts(text, date="2005-03-20"))


@pytest.mark.parametrize(
    ("text", "agent", "date"),
    [
        (
            "The inquiry heard that on 13 March Lord Goldsmith met Tony Blair in Downing Street.",
            "person:lord-goldsmith",
            "2005-03-13",
        ),
        ("Documents show on 7 July Charles Clarke visited Paris.", "person:charles-clarke", "2004-07-07"),
        ("On Friday 3 December David Blunkett met Gordon Brown.", "person:david-blunkett", "2004-12-03"),
        ("In March 2004 Jack Straw visited Tehran.", "person:jack-straw", "2004-03"),
    ],
)
def test_the_event_keeps_the_date_before_its_agent(facts, text, agent, date):
    f = facts(text, date="2005-03-20")
    events = [e for e in f.events if agent in e.agents]
    assert events, f.events
    assert {e.date for e in events} == {date}
    for e in events:
        for arg in e.arguments:
            if arg.entity == agent and arg.mention:
                assert not arg.mention[0].isdigit(), arg.mention


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Friday 3 December", "2004-12-03"),
        ("Friday, 3 December", "2004-12-03"),
        ("Tuesday, March 8", "2005-03-08"),
        ("on Monday 7 March 2005", "2005-03-07"),
        ("Friday", "2005-03-18"),
        ("3 December", "2004-12-03"),
    ],
)
def test_a_weekday_before_an_explicit_date_is_that_date(text, iso):
    assert normalize_date(text, "2005-03-20") == iso
