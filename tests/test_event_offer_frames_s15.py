"""Offers, proposals and plans by their structure (issue 11, session 15): a plan noun put forward
by any verb of a table ("circulated / sketched / released a proposal for a truce"), what a plan is
for ("a peace plan", "a plan for a demilitarised zone"), being open to an act ("was open to
mediating", "its door was open to hosting talks", "left the door open to talks"), what one would
welcome ("would welcome talks with China"), promises in a fronted quote with "shall" or "going to",
backing a state ("will stand by Ukraine"), money toward rebuilding a place, and acts that are only the
purpose of readying the means ("has earmarked funds to", "is working on a decree to", "paves the way
for X to") that are not asserted. Near misses: a plan of one's own policy, things open to the public,
a welcome of talks held, a purpose of an act done.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2025-03-12"

ROWS = [
    argument_row(
        "Qatar circulated a proposal for a two-week truce among the Sudanese negotiators.",
        "0356",
        "state:QAT",
        id="circulated-truce",
    ),
    argument_row("Brazil released a peace plan for Ukraine on Tuesday.", "037", "state:BRA", id="peace-plan"),
    argument_row(
        "Norway handed a proposal for a ceasefire to the Colombian rebels.",
        "0356",
        "state:NOR",
        id="for-on-the-verb",
    ),
    argument_row(
        "A draft peace plan was presented to Israel by Egyptian mediators on Monday.",
        "037",
        "state:EGY",
        "state:ISR",
        id="passive-presented-to",
    ),
    argument_row(
        "Egypt tabled a plan for an Arab-led stabilisation force in Gaza.",
        "0334",
        "state:EGY",
        id="stabilisation-force",
    ),
    argument_row(
        "Germany dangled the prospect of visa-free travel before Georgian leaders.",
        "030",
        "state:DEU",
        id="dangled-prospect",
    ),
    argument_row(
        "Labour submitted a proposal for tax cuts to parliament.", None, absent=("03",), id="tax-cuts"
    ),
    argument_row("Brown dangled the prospect of tax cuts.", None, absent=("03",), id="prospect-of-tax-cuts"),
    argument_row(
        "Indonesia sketched out a plan for a demilitarised zone along the front line.",
        "0356",
        "state:IDN",
        id="demilitarised-zone",
    ),
    argument_row(
        "Turkey put forward a plan for a prisoner swap between Armenia and Azerbaijan.",
        "0353",
        "state:TUR",
        id="prisoner-swap",
    ),
    argument_row(
        "Spain laid out a plan to ease tensions with Morocco.",
        "030",
        "state:ESP",
        id="ease-tensions",
    ),
    argument_row(
        "Kazakhstan said it was open to mediating between Russia and Azerbaijan.",
        "039",
        "state:KAZ",
        "state:RUS",
        id="open-to-mediating",
    ),
    argument_row(
        "Norway said its door was open to hosting the next round of Sudanese peace talks.",
        "036",
        "state:NOR",
        id="door-open",
    ),
    argument_row(
        "Iran left the door open to talks with the United States.",
        "036",
        "state:IRN",
        "state:USA",
        id="left-door-open",
    ),
    argument_row(
        "Canada would welcome talks with China on the canola tariffs.",
        "036",
        "state:CAN",
        "state:CHN",
        id="would-welcome",
    ),
    argument_row(
        "'We are going to release all the detained protesters by Friday,' Georgian Prime Minister "
        "Levan Beridze promised.",
        "0353",
        id="going-to-quote",
    ),
    argument_row(
        "'We shall release the hostages,' Hamas leader Ali Nasser promised.", "0353", id="shall-quote"
    ),
    argument_row("Japan pledged to stand by Ukraine.", "032", "state:JPN", id="stand-by"),
    argument_row(
        "Kuwait and Qatar promised $2 billion toward rebuilding southern Lebanon.",
        "033",
        "state:KWT",
        "state:LBN",
        id="toward-rebuilding",
    ),
    # near misses
    argument_row("The museum is open to the public.", None, absent=("03",), id="open-to-public"),
    argument_row(
        "Britain is open to criticism over its policy.", None, absent=("03",), id="open-to-criticism"
    ),
    argument_row("Iran said it was not open to talks with Israel.", None, absent=("03",), id="not-open"),
    argument_row(
        "Britain welcomed the talks between Israel and Egypt.",
        "051",
        "state:GBR",
        absent=("036",),
        id="welcomed-done",
    ),
    argument_row("Labour unveiled a plan to cut crime.", None, absent=("03",), id="own-policy"),
    argument_row("The Tories pledged £2bn towards rebuilding schools.", None, absent=("033",), id="schools"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_offer_frames(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


#: Acts that are the purpose of readying the means or the way: intended, not asserted.
READIED = [
    pytest.param(
        "Germany has set aside money in next year's budget to station a combat brigade in Lithuania.",
        id="set-aside",
    ),
    pytest.param(
        "Lithuania is working on a decree to shut its border crossings with Belarus.", id="working-on"
    ),
    pytest.param("The vote paves the way for Sweden to send fighter jets to Ukraine.", id="paves-way"),
    pytest.param("The deal opens the way for Albania to extradite the suspects to Italy.", id="opens-way"),
    pytest.param(
        "The Dutch government has budgeted money to deploy two frigates to the Baltic.", id="budgeted"
    ),
]


@pytest.mark.parametrize("text", READIED)
def test_readied_purpose_not_asserted(facts, text):
    events = facts(text, DATE).events
    assert all(e.modality.value != "asserted" or e.negated for e in events), [
        (e.cameo, e.modality) for e in events
    ]


def test_purpose_of_an_act_done_stays(facts):
    """ "sent troops to Mali to protect the embassy": the sending is told as done."""
    events = facts("Germany sent troops to Mali to protect the embassy.", DATE).events
    assert any(e.cameo.startswith("07") or e.cameo.startswith("15") for e in events), events
    assert any(e.modality.value == "asserted" for e in events)
