"""Deals signed by two states' leaders or firms, and agreements kept in force (recall, issue 11).

"President Lula of Brazil and President Lagos of Chile signed the deal": the leaders of two
states act for them, so the joint act is between the states (each the other's target), as it
is between the firms' states in "Russia's Gazprom and China's CNPC signed a co-operation
agreement" and "the two countries signed a deal between Russian firm Gazprom and China's CNPC".
Renewing, extending, sealing or formalising an agreement is signing it (057). Near misses: two
people of one state, a thing that is no agreement, a signature that is no deal.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"

ROWS = [
    argument_row(
        "Brazilian President Luiz Inacio Lula da Silva and Chilean President Ricardo Lagos signed a trade "
        "pact in Santiago.",
        "057",
        "state:BRA",
        "state:CHL",
        id="leaders-signed",
    ),
    argument_row(
        "Brazilian President Luiz Inacio Lula da Silva and Chilean President Ricardo Lagos signed a trade "
        "pact in Santiago.",
        "057",
        "state:CHL",
        "state:BRA",
        id="leaders-signed-other-way",
    ),
    argument_row(
        "President Vladimir Putin of Russia and President George W Bush of the United States held talks "
        "at the White House.",
        "04",
        "state:RUS",
        "state:USA",
        id="leaders-of-states-talks",
    ),
    argument_row(
        "German Chancellor Gerhard Schroeder and French President Jacques Chirac signed a declaration on "
        "defence in Paris.",
        "057",
        "state:DEU",
        "state:FRA",
        id="chancellor-president",
    ),
    argument_row(
        "Russian gas firm Gazprom and China's CNPC signed a co-operation agreement on Tuesday.",
        "057",
        "state:RUS",
        "state:CHN",
        id="firms-of-two-states",
    ),
    argument_row(
        "Russia and China held talks in Beijing on Tuesday. The two countries also signed a co-operation "
        "deal between Russian gas firm Gazprom and China's CNPC.",
        "057",
        "state:RUS",
        "state:CHN",
        id="states-sign-for-their-firms",
    ),
    argument_row(
        "Russia and Ukraine have renewed their gas supply deal.",
        "057",
        "state:RUS",
        "state:UKR",
        id="renewed",
    ),
    argument_row(
        "Spain and Morocco have extended their fishing agreement for another four years.",
        "057",
        "state:ESP",
        "state:MAR",
        id="extended",
    ),
    argument_row(
        "The fishing agreement was extended by Spain and Morocco.",
        "057",
        "state:ESP",
        "state:MAR",
        id="extended-passive",
    ),
    argument_row("Egypt and Sudan sealed a water pact.", "057", "state:EGY", "state:SDN", id="sealed"),
    argument_row(
        "Venezuela and Argentina formalised an energy accord.",
        "057",
        "state:VEN",
        "state:ARG",
        id="formalised",
    ),
    argument_row(
        "Egypt and Sudan have renewed a water deal. Egypt faces a drought. Its farmers fear for their "
        "crops. Cairo wants more water. The two countries also signed a co-operation deal between "
        "Egyptian power firm EEHC and a Sudanese utility.",
        "057",
        "state:EGY",
        "state:SDN",
        id="two-countries-further-back-one-firm-named",
    ),
    # near misses
    argument_row(
        "Tony Blair and Jack Straw signed a letter to the newspaper.",
        None,
        absent=("057",),
        id="one-state-letter",
    ),
    argument_row(
        "Egypt and Sudan extended the deadline for bids.", None, absent=("057",), id="deadline-no-agreement"
    ),
    argument_row(
        "Tony Blair extended his sympathy to Jacques Chirac.", None, absent=("057",), id="sympathy-extended"
    ),
    argument_row(
        "Tony Blair signed copies of his memoirs at a London bookshop.",
        None,
        absent=("057",),
        id="book-signing",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_joint_states(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


def test_one_states_leaders_act_upon_no_state(facts):
    """Two people serving one state meet each other, not their state."""
    events = facts("Prime Minister Tony Blair and Foreign Secretary Jack Straw met in London.", DATE).events
    assert not any("state:GBR" in e.targets for e in events), [(e.cameo, e.agents, e.targets) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Sudan have renewed a water deal. Libya later held talks with Chad. The two countries "
        "also signed a trade pact.",
        "Egypt and Sudan have renewed a water deal. Egypt faces a drought. Its farmers fear for their crops. "
        "Libya later attacked Chad. The two countries also signed a trade pact.",
    ],
    ids=["talks-between", "attack-between"],
)
def test_two_countries_not_an_older_pair(facts, text):
    """Another state acting since the pair's joint act: "the two countries" are not that pair."""
    events = facts(text, DATE).events
    last = text.rindex("The two countries")
    assert not any(e.evidence.start >= last and {"state:EGY", "state:SDN"} & set(e.agents) for e in events), [
        (e.cameo, e.agents, e.targets) for e in events
    ]
