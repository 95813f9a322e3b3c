"""Offers, promises and offers to mediate told by a noun given or made, or by the offerer
putting itself forward (issue 11): "made Vietnam an offer of patrol vessels", "came forward with an
offer of wheat", "made a commitment to lend", "gave his word that", "put itself forward as a
mediator between X and Y", "volunteered to resettle", "assured the IMF that it would"; what an offer
is of is not given yet ("an offer of talks"), and what a plan foresees is not done. Near misses: a
promise had or doubted, an undertaking that is work, an assurance that is a claim, market offers.
Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

from newsgraph.model import Modality

DATE = "2025-03-12"

ROWS = [
    # -- a noun of offer or promise given or made: the giver offers, the one given it receives --
    argument_row(
        "Greece made Albania an offer of firefighting planes for the summer.",
        "03",
        "state:GRC",
        "state:ALB",
        id="made-x-an-offer",
    ),
    argument_row(
        "Austria came forward with an offer of winter tents for Syria.",
        "03",
        "state:AUT",
        "state:SYR",
        id="came-forward-with",
    ),
    argument_row(
        "The Czech government stepped forward with a pledge of ammunition for Ukraine.",
        "03",
        "state:CZE",
        "state:UKR",
        id="stepped-forward-with",
    ),
    argument_row(
        "Belgium made a commitment to train Congolese police officers.",
        "03",
        "state:BEL",
        id="made-a-commitment",
    ),
    argument_row(
        "Croatia gave an undertaking to hand the suspects over to Serbia.",
        "03",
        "state:HRV",
        "state:SRB",
        id="gave-an-undertaking",
    ),
    argument_row(
        "Lithuanian President Tomas Varnas gave his word that the border would stay open.",
        "03",
        "state:LTU",
        id="gave-his-word",
    ),
    argument_row(
        "Qatar held out the prospect of cheap gas for Egypt.",
        "03",
        "state:QAT",
        id="held-out-prospect",
    ),
    # -- offering oneself as a go-between: an intent to mediate between the sides named ---------
    argument_row(
        "Norway put itself forward as a mediator between Colombia and Venezuela.",
        "039",
        "state:NOR",
        "state:COL",
        id="put-itself-forward",
    ),
    argument_row(
        "Turkey offered itself as a go-between for Russia and Ukraine.",
        "039",
        "state:TUR",
        "state:RUS",
        id="offered-itself-go-between",
    ),
    argument_row(
        "The African Union offered its services as a mediator between Ethiopia and Eritrea.",
        "039",
        "organization:african-union",
        "state:ETH",
        id="offered-its-services",
    ),
    # -- verbs of a promise told with the act promised --------------------------------------------
    argument_row(
        "Portugal volunteered to take in 200 children from Gaza.", "03", "state:PRT", id="volunteered-to"
    ),
    argument_row(
        "Peru's finance minister, Luis Vega, assured the IMF that Lima would cut fuel subsidies.",
        "03",
        "state:PER",
        "organization:imf",
        id="assured-that-would",
    ),
    argument_row(
        "Finland committed itself to sending 300 soldiers to Latvia.",
        "03",
        "state:FIN",
        "state:LVA",
        id="committed-itself-to-gerund",
    ),
    argument_row(
        "Chile put forward a plan to share fishing data with Peru.",
        "03",
        "state:CHL",
        "state:PER",
        id="plan-to-share-with",
    ),
    argument_row(
        "An offer of talks from Serbia to Kosovo was reported by state media.",
        "036",
        "state:SRB",
        "state:XKX",
        id="offer-from-to",
    ),
    # -- the one a promise is for: the act kept up, a harm forsworn -------------------------------
    argument_row(
        "Denmark and Finland vowed to keep sending ammunition to Ukraine.",
        "03",
        "state:DNK",
        "state:UKR",
        id="keep-sending-to",
    ),
    argument_row(
        "The prisoners were freed after the Pakistani government promised they would pose no danger "
        "to Afghanistan.",
        None,
        absent=("18", "19", "20"),
        id="no-danger-control",
    ),
    argument_row(
        "The men were released after the Australian government promised they would not be a threat to "
        "the security of Indonesia.",
        "03",
        "state:AUS",
        "state:IDN",
        id="harm-forsworn",
    ),
    # -- near misses ------------------------------------------------------------------------------
    argument_row(
        "The council undertook a review of its spending.", None, absent=("03",), id="undertook-work"
    ),
    argument_row(
        "Mr Blair assured MPs that the dossier was accurate.", None, absent=("03",), id="assured-claim"
    ),
    argument_row(
        "Labour's commitment to the health service was questioned.", None, absent=("03",), id="commitment-had"
    ),
    argument_row(
        "The chain offered shoppers a discount on winter coats.", None, absent=("03",), id="market-offer"
    ),
    argument_row("Mr Hughes came up with a plan to cut his commute.", None, absent=("03",), id="own-plan"),
    argument_row(
        "Germany put forward its own candidate as president of the commission.",
        None,
        absent=("039",),
        id="someone-else-put-forward",
    ),
    argument_row(
        "Mr Green promised to continue to ensure the rebate, won by Margaret Thatcher, was justified.",
        None,
        absent=("03",),
        id="policy-kept-up",
    ),
    argument_row(
        "The firm committed thousands of safety violations.", None, absent=("03",), id="committed-wrong"
    ),
    argument_row(
        "Britain committed 500 troops to the mission in Iraq.", None, absent=("03",), id="committed-troops"
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_given_offers(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


NOT_DONE = [
    pytest.param(
        "North Korea's offer of talks with South Korea was welcomed in Seoul.", "04", id="offer-of-talks"
    ),
    pytest.param(
        "Canada unveiled an offer of 200 million dollars in aid for Haiti.", "07", id="offer-in-aid"
    ),
    pytest.param(
        "A roadmap drawn up by Brazil foresees sending doctors to help Bolivia.", "07", id="roadmap-foresees"
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), NOT_DONE)
def test_offered_act_not_asserted(facts, text, root):
    """What an offer is of, or a plan foresees, is not done: no asserted event of its code."""
    events = facts(text, DATE).events
    assert not [e for e in events if e.cameo.startswith(root) and e.modality is Modality.ASSERTED], events
