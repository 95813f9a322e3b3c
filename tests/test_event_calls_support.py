"""Statements, calls, consultations and support between named actors in BBC prose (issues 10 and
11, session 15): a call "on the telephone / over the phone to X" (041), "the presidents of X and Y"
(each state), a critic outside a government judging "the government" or "ministers", or speaking of
them in words of their own in quotation marks (the home state, own state or not), rules and laws with
no maker named judged by such a critic (the home state's), a deed judged with its doer after "by" ("a
proportionate response by government"), one paying for another's journey (070). Invented people, real
states and parties; near misses after each class.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-01-11"
VOLE, BURR, PIKE = "person:ann-vole", "person:tom-burr", "person:jim-pike"
GBR, IND, KEN, TZA = "state:GBR", "state:IND", "state:KEN", "state:TZA"
UK = "The UK will give 50m in aid. "

ROWS = [
    # a call by its means, with the one called
    argument_row(
        "Prime Minister Ann Vole spoke on the telephone to Indian Prime Minister Tom Burr on Tuesday.",
        "041",
        VOLE,
        BURR,
        id="spoke-on-the-telephone-to",
    ),
    argument_row(
        "Ann Vole talked over the phone with Tom Burr for an hour.", "041", VOLE, BURR, id="over-the-phone"
    ),
    argument_row(
        "Ann Vole spoke on the telephone to the presidents of Kenya and Tanzania.",
        "041",
        VOLE,
        TZA,
        id="presidents-of-two-states",
    ),
    argument_row("Ann Vole spoke on the radio about the floods.", None, absent=("04",), id="on-the-radio"),
    argument_row(
        "Ann Vole spoke on the telephone about the crisis.", None, absent=("04",), id="phone-no-one"
    ),
    # a critic outside the government judging "the government" / "ministers"
    argument_row(
        UK + "Tory leader Ann Vole said ministers had been complacent.", "111", VOLE, GBR, id="ministers"
    ),
    argument_row(
        UK + "Tory leader Ann Vole said the government had been incompetent.",
        "111",
        VOLE,
        GBR,
        id="the-government",
    ),
    argument_row(
        UK + "Home Secretary Ann Vole said the government had been complacent.",
        None,
        absent=("11",),
        id="minister-of-own-government",
    ),
    argument_row(
        UK + "Tory leader Ann Vole said the Conservative government of the 1980s had been wrong.",
        None,
        absent=("111",),
        id="a-past-government",
    ),
    argument_row(
        UK + "Tory leader Ann Vole said the weather had been terrible.", None, absent=("11",), id="weather"
    ),
    argument_row(
        UK + 'Tory leader Ann Vole said ministers had been "playing catch-up" with public donations.',
        "010",
        VOLE,
        GBR,
        id="ministers-in-scare-quotes",
    ),
    argument_row(
        UK + "Tory leader Ann Vole said the government would publish the report next week.",
        None,
        absent=("01",),
        id="government-plain-words",
    ),
    argument_row(
        UK + 'Home Secretary Ann Vole said ministers had been "working flat out".',
        None,
        absent=("01",),
        id="minister-scare-quotes",
    ),
    # rules with no maker named, judged by a critic outside the government
    argument_row(
        UK + 'Rhian Vole of Liberty said the new rules were "not proportionate" and "discriminatory".',
        "111",
        "person:rhian-vole",
        GBR,
        id="the-new-rules",
    ),
    argument_row(
        "Immigration minister Tom Burr unveiled new visa rules on Monday. "
        "Charity director Ann Vole said the rules were cruel and discriminatory.",
        "111",
        VOLE,
        BURR,
        id="rules-unveiled-by",
    ),
    argument_row(UK + "Ann Vole said her own rules were fair.", None, absent=("11", "05"), id="own-rules"),
    # a deed judged with its doer after "by"
    argument_row(
        UK + '"I think it\'s a proportionate response by government to a very large problem," Mr Pike said.',
        "051",
        "person:pike",
        GBR,
        id="response-by-government",
    ),
    argument_row(
        "Tory MP Ann Vole said the tax cut was a cynical move by Tom Burr.", "111", VOLE, BURR, id="move-by"
    ),
    argument_row(
        "Tory MP Ann Vole said the rate rise was a response by the markets to inflation.",
        None,
        absent=("11", "05"),
        id="response-by-markets",
    ),
    # paying for someone's journey
    argument_row(
        "Tony Blair went on holiday to Egypt. King Abdullah of Jordan paid for him to fly to Amman.",
        "070",
        "person:king-abdullah",
        "person:tony-blair",
        id="paid-for-him-to-fly",
    ),
    argument_row(
        "The Emir of Kuwait paid for Mr Burr's flights and hotel during his visit.",
        "070",
        "state:KWT",
        "person:burr",
        id="paid-for-flights",
    ),
    argument_row("Mr Burr paid for his own flights to Doha.", None, absent=("07",), id="own-flights"),
    argument_row(
        "The company paid for the new factory in Wales.", None, absent=("07",), id="paid-for-factory"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_calls_statements_and_support(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
