"""An act told in a non-restrictive passive relative clause that names its agent is an event (issue 11.4).

"The plan, which was rejected by Hungary, ..." tells Hungary's rejection as plainly as the participle
"the memorandum, signed by X, ..." does: set off by a comma, its subject a relative pronoun standing
for the thing acted upon, its agent after "by". The relative pronoun is read as its antecedent, so
the verb's rules see the thing ("the deal, which was signed": an agreement) and a judgement's target
is the thing's owner ("Japan's plan, which was criticised by Australia": Japan).

An identifying clause that names no agent ("who was elected in 1997", "which was passed in 2005")
stays background, as does an agentless or restrictive clause of any kind.

Also here, an argument of the same round (cameo_blind3's right-code, no-target kinds): a denial of a
part in an act is aimed at the one the act befell.
"""

from __future__ import annotations

import pytest
from factories import argument_row as row
from factories import check_argument_row

TOLD_ASIDE = [
    row(
        "The EU unveiled a new migration plan, which was rejected by Hungary the next day.",
        "12",
        "state:HUN",
        id="rejected-which",
    ),
    row(
        "The draft resolution, which was vetoed by Russia on Friday, demanded a ceasefire.",
        "12",
        "state:RUS",
        id="vetoed",
    ),
    row(
        "The Irish proposal, which was welcomed by Germany, would cut tariffs on farm goods.",
        "05",
        "state:DEU",
        "state:IRL",
        id="welcomed-owner-adjective",
    ),
    row(
        "Japan's whaling plan, which was criticised by Australia, will go ahead next year.",
        "11",
        "state:AUS",
        "state:JPN",
        id="criticised-owner-possessive",
    ),
    row(
        "The bombing, which was condemned by France and Britain, killed 12 people in Kabul.",
        "11",
        "state:FRA",
        id="condemned-coordinated-agents",
    ),
    row(
        "The peace deal, which was signed by Ethiopia and Eritrea in July, ended two decades of war.",
        "057",
        "state:ETH",
        "state:ERI",
        id="signed-agreement-through-antecedent",
    ),
    row(
        "Turkey's offer, which was turned down by Greece, would have opened the ports.",
        "12",
        "state:GRC",
        id="turned-down",
    ),
    row(
        "The Chinese statement, which was denounced by Taiwan as provocative, came hours later.",
        "1",
        "state:TWN",
        "state:CHN",
        id="denounced",
    ),
]

STAYS_BACKGROUND = [
    row(
        "Mr Smith, who was elected in 1997, resigned from the cabinet yesterday.",
        None,
        absent=("0",),
        id="elected",
    ),
    row(
        "The law, which was passed in 2005, remains in force today.",
        None,
        absent=("0", "1"),
        id="passed-no-agent",
    ),
    row(
        "The report, which was published by the ministry on Friday, blamed poor planning.",
        None,
        absent=("11", "12"),
        id="published-report",
    ),
    row(
        "The plan that was rejected by Hungary had been drafted in Brussels.",
        None,
        absent=("12",),
        id="restrictive-that",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), TOLD_ASIDE + STAYS_BACKGROUND)
def test_an_act_told_in_a_passive_relative_clause_with_its_agent(
    facts, text, code, agent, target, absent
) -> None:  # type: ignore[no-untyped-def]
    check_argument_row(facts(text).events, code, agent, target, absent)


# A denial of a part in an act ("denied any role in / responsibility for / involvement in X") is
# aimed at the one the act befell, as CAMEO codes it: "Lebanon denied responsibility for the attack on
# Israel" is Lebanon 016 Israel. An act that names no one it befell gives no target.
DENIED_PART = [
    row(
        "Lebanon denied responsibility for the attack on Israel.",
        "016",
        "state:LBN",
        "state:ISR",
        id="responsibility",
    ),
    row(
        "Iran's foreign ministry denied any role in a drone strike on a U.S. base in Syria.",
        "016",
        "state:IRN",
        "state:USA",
        id="role-base-not-its-place",
    ),
    row(
        "Syria denied involvement in the bombing of the Turkish embassy in Beirut.",
        "016",
        "state:SYR",
        "state:TUR",
        id="involvement-embassy",
    ),
    row(
        "Russia denied involvement in the killing of a Ukrainian journalist.",
        "016",
        "state:RUS",
        "state:UKR",
        id="killing-of-national",
    ),
    row(
        "Hamas denied any part in the rocket attack on Israel on Sunday.", "016", None, "state:ISR", id="part"
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), DENIED_PART)
def test_a_denied_part_in_an_act_is_aimed_at_whom_the_act_befell(
    facts, text, code, agent, target, absent
) -> None:  # type: ignore[no-untyped-def]
    check_argument_row(facts(text).events, code, agent, target, absent)


@pytest.mark.model
def test_a_denied_part_in_an_act_that_befell_no_one_named_has_no_target(facts) -> None:  # type: ignore[no-untyped-def]
    events = [
        e for e in facts("Syria denied any role in the blast at the airport.").events if e.cameo == "016"
    ]
    assert events, "the denial is told"
    assert all("state:SYR" not in e.targets for e in events)
    events = list(facts("Iran denied responsibility for the attack on its own embassy.").events)
    assert all("state:IRN" not in e.targets for e in events if e.cameo == "016")


# A statement about dealings with another side ("a statement on its relations with Uganda",
# "pessimism about the prospects of talks with Turkey") is aimed at that side, as CAMEO codes it.
SPOKEN_OF_DEALINGS = [
    row(
        "The Kenyan government issued a statement on its relations with Uganda.",
        "01",
        "state:KEN",
        "state:UGA",
        id="statement-on-relations",
    ),
    row(
        "A Greek spokesman voiced pessimism on Wednesday about the prospects of talks with Turkey.",
        "01",
        "state:GRC",
        "state:TUR",
        id="pessimism-prospects-of-talks",
    ),
    row(
        "Japan expressed optimism about negotiations with China on the disputed islands.",
        "01",
        "state:JPN",
        "state:CHN",
        id="optimism-negotiations",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), SPOKEN_OF_DEALINGS)
def test_a_statement_on_dealings_with_a_side_is_aimed_at_it(facts, text, code, agent, target, absent) -> None:  # type: ignore[no-untyped-def]
    check_argument_row(facts(text).events, code, agent, target, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Polish government issued a statement on the weather.",
        "Poland issued a statement on its relations with its neighbours.",
        "Poland issued a statement after talks with Germany.",
    ],
)
def test_a_statement_on_no_named_dealings_has_no_target_from_them(facts, text) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts(text).events if e.cameo.startswith("01")]
    assert all("state:DEU" not in e.targets and "state:POL" not in e.targets for e in events), events
