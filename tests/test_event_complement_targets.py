"""Targets inside complements and nominal arguments (issues 10 and 11): the owner or maker of a
thing words judge ("said Ann Vole's plans were ...", "said the cuts proposed by X were ...", "the
plan" after "plans unveiled by X"), examples a plural names ("countries like France"), words sent
in answer to someone ("in a written response to X"), what an inquiry asked for is into ("an inquiry
into X's conduct"), an assurance asked "from" someone or of a clause's subject, a quarrel "with"
someone, and someone "named / singled out as" something. Invented people, real states and parties;
near misses after each class.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
VOLE, BURR, PIKE = "person:ann-vole", "person:tom-burr", "person:jim-pike"
TORY, LAB, LD = (
    "organization:conservative-party",
    "organization:labour-party",
    "organization:liberal-democrats",
)

ROWS = [
    # the owner or maker of a thing judged in said words
    argument_row(
        "Human rights lawyer Ann Vole said Tom Burr's plans were a further abuse of human rights.",
        "01",
        VOLE,
        BURR,
        id="possessor-plans",
    ),
    argument_row(
        "Labour MP Ann Vole said the cuts proposed by shadow chancellor Tom Burr were the equivalent of "
        "sacking every nurse.",
        "01",
        VOLE,
        BURR,
        id="proposed-by",
    ),
    argument_row(
        "Tory MP Ann Vole claimed Tom Burr's intervention in the row was an attempt to win votes.",
        "01",
        VOLE,
        BURR,
        id="intervention",
    ),
    argument_row(
        "Voters would elect police chiefs under plans unveiled by the Conservatives. "
        "The Liberal Democrats said the plan could let extreme groups run policing.",
        "01",
        LD,
        TORY,
        id="the-plan-earlier-by",
    ),
    argument_row(
        "Home Secretary Tom Burr unveiled plans for new powers on Monday. "
        "Human rights lawyer Ann Vole said the plans were a further abuse of human rights.",
        "01",
        VOLE,
        BURR,
        id="the-plans-earlier-subject",
    ),
    argument_row(
        "Voters would elect police chiefs under plans unveiled by the Conservatives. "
        "Labour criticised the plans as extravagant.",
        "11",
        LAB,
        TORY,
        id="criticised-the-plans",
    ),
    argument_row("Ann Vole said her own plans would cut taxes.", None, absent=("01", "11"), id="own-plans"),
    argument_row(
        "Engineers drew up plans for a bridge. Ann Vole said the plans were too costly.",
        None,
        absent=("01", "11"),
        id="plans-of-no-one",
    ),
    argument_row(
        "Ann Vole said the plans for the new stadium in Wembley were on schedule.",
        None,
        absent=("01", "11"),
        id="plans-for-a-place",
    ),
    argument_row(
        "Chancellor Tom Burr told MPs that government policy is to raise fuel duty each year.",
        None,
        absent=("01",),
        id="government-policy-own",
    ),
    # examples a plural names
    argument_row(
        "Ann Vole said countries like France and Germany were blocking the deal.",
        "01",
        VOLE,
        "state:FRA",
        id="countries-like",
    ),
    argument_row("Ann Vole said cities like Paris were expensive.", None, absent=("01",), id="cities-like"),
    # words sent in answer to someone
    argument_row(
        "In a letter to Labour MP Tom Burr, Ann Vole said the figures were accurate.",
        "01",
        VOLE,
        BURR,
        id="letter-to",
    ),
    # an inquiry asked for into someone's doings
    argument_row(
        "Ann Vole called for an inquiry into Tom Burr's conduct.", "02", VOLE, BURR, id="inquiry-into-conduct"
    ),
    argument_row(
        "The Conservatives demanded an investigation into Tom Burr's handling of the sale.",
        "10",
        TORY,
        BURR,
        id="investigation-into-handling",
    ),
    argument_row(
        "Ann Vole called for an inquiry into Iraq.", "02", VOLE, None, absent=(), id="inquiry-into-state"
    ),
    # an assurance asked of someone
    argument_row(
        "The Liberal Democrats sought assurances from Tom Burr that the fund would be protected.",
        "02",
        LD,
        BURR,
        id="assurances-from",
    ),
    argument_row(
        "Ann Vole called for a guarantee that Tom Burr would consult farmers.",
        "02",
        VOLE,
        BURR,
        id="guarantee-that",
    ),
    argument_row("The firm sought a buyer for the plant.", None, absent=("02",), id="sought-buyer"),
    # a quarrel with someone
    argument_row(
        "Ann Vole has rowed with Tom Burr over the funding of hospitals.", "110", VOLE, BURR, id="rowed-with"
    ),
    argument_row("Ann Vole has feuded with Tom Burr for years.", "110", VOLE, BURR, id="feuded-with"),
    # nouns of blame and demand with their "of / on / for" object
    argument_row(
        "Ann Vole delivered a blistering critique of Tom Burr.", "111", VOLE, BURR, id="critique-of"
    ),
    argument_row(
        "Ann Vole issued a scathing denunciation of Tom Burr's budget.",
        "111",
        VOLE,
        BURR,
        id="denunciation-of",
    ),
    argument_row("Ann Vole launched a verbal assault on Tom Burr.", "111", VOLE, BURR, id="verbal-assault"),
    argument_row("Ann Vole took a sideswipe at Tom Burr.", "111", VOLE, BURR, id="sideswipe"),
    argument_row(
        "Ann Vole renewed her demands on Tom Burr to publish the legal advice.",
        "100",
        VOLE,
        BURR,
        id="demands-on",
    ),
    argument_row(
        "Ann Vole offered a critique of the tax system.", None, absent=("19", "18"), id="critique-of-thing"
    ),
    argument_row("Demand for oil from China rose sharply.", None, absent=("10",), id="demand-for-oil"),
    # a need or an obligation told of a named actor: an appeal or a demand
    argument_row(
        "Ann Vole said America too needed to take more action.", "100", VOLE, "state:USA", id="needed-to"
    ),
    argument_row(
        "Ann Vole said the Home Office has had four years to prepare.",
        None,
        absent=("10", "02"),
        id="had-years-to",
    ),
    argument_row(
        "Ann Vole said Iran would have to stop enrichment if talks failed.",
        None,
        absent=("10", "02"),
        id="would-have-to",
    ),
    argument_row("Ann Vole said Iran did not need to worry.", None, absent=("10", "02"), id="not-need-to"),
    argument_row("Ann Vole is at odds with Tom Burr over the reforms.", "110", VOLE, BURR, id="at-odds-with"),
    argument_row(
        "Ann Vole was embroiled in a row with Tom Burr over funding.",
        "110",
        VOLE,
        BURR,
        id="embroiled-in-a-row",
    ),
    argument_row("Labour is at loggerheads with the Tories over tax.", "110", LAB, TORY, id="at-loggerheads"),
    argument_row("Ann Vole sat in the front row with Tom Burr.", None, absent=("11",), id="front-row"),
    argument_row(
        "Against the odds, Ann Vole won with a big majority.", None, absent=("11",), id="against-the-odds"
    ),
    argument_row(
        "Serbian protesters clashed with Croatian police in Vukovar.",
        "145",
        None,
        None,
        absent=("11",),
        id="riot",
    ),
    # named as, singled out as
    argument_row(
        "Ann Vole names Russia as the failing state of gravest concern.",
        "010",
        VOLE,
        "state:RUS",
        id="names-as",
    ),
    # (a negative predicate of the one singled out is criticism: the control frames of session 16)
    argument_row(
        "Ann Vole singled out Zimbabwe as the worst offender on press freedom.",
        "111",
        VOLE,
        "state:ZWE",
        id="singled-out",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_complement_targets(facts, text, code, agent, target, absent):  # type: ignore[no-untyped-def]
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


def test_inquiry_into_a_state_has_no_target(facts):  # type: ignore[no-untyped-def]
    events = facts("Ann Vole called for an inquiry into Iraq.", DATE).events
    assert not any("state:IRQ" in e.targets for e in events), events


def test_the_plans_of_two_makers_are_no_ones(facts):  # type: ignore[no-untyped-def]
    events = facts(
        "Labour has announced plans to help first-time buyers. The Liberal Democrats have unveiled plans "
        "to build homes. The Conservatives claimed the plans would amount to an extra tax.",
        DATE,
    ).events
    assert not any(TORY in e.agents and e.targets for e in events), events
