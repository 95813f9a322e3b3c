"""Actors named inside a noun phrase's modifiers (issue 11.4), on sentences written for this table.

A nationality adjective parsed as the modifier of the phrase's first noun ("Norwegian ceasefire
monitors"), two nationalities joined by a hyphen ("a British-Iranian dual national"), a state that
owns, leads or wrote the thing ("a Greek-flagged tanker", "a French-drafted plan"), the doers of a
thing named with a "by" participle ("war crimes committed by Iraqi soldiers"), the owner of what one
declines to comment on, and an office's "for" phrase beside its holder's name. Each row: the
sentence, the code prefix, an agent and a target one event of that code must hold (None: any), and
the code prefixes that must not come un-negated; the negative rows check who must NOT be a target.
"""

from __future__ import annotations

import pytest
from factories import (
    TABLE_DATE,
    argument_row,
    check_argument_row,
)

from newsgraph.model import EventFact

ROWS = [
    # a nationality adjective of the phrase, parsed as its first noun's
    argument_row(
        "Sri Lanka expelled Norwegian ceasefire monitors.",
        "166",
        "state:LKA",
        "state:NOR",
        id="ceasefire-monitors",
    ),
    argument_row(
        "Ethiopia expelled American aid workers on Monday.", "17", "state:ETH", "state:USA", id="aid-workers"
    ),
    argument_row(
        "Belarus detained Polish election observers at the border.",
        "17",
        "state:BLR",
        "state:POL",
        id="election-observers",
    ),
    argument_row(
        "Egypt deported three Canadian rights activists.", "17", None, "state:CAN", id="rights-activists"
    ),
    argument_row(
        "Israeli troops arrested two Jordanian aid workers in Hebron.",
        "173",
        "state:ISR",
        "state:JOR",
        id="arrested-aid-workers",
    ),
    # two nationalities joined by a hyphen: the other one than the agent's own
    argument_row(
        "Iranian security forces arrested a British-Iranian dual national.",
        "173",
        "state:IRN",
        "state:GBR",
        id="dual-national",
    ),
    argument_row(
        "Russia detained a US-Russian citizen in Yekaterinburg.",
        "17",
        "state:RUS",
        "state:USA",
        id="us-russian-citizen",
    ),
    # a state that owns, leads, flags or wrote the thing acted upon or judged
    argument_row(
        "Iran seized a Greek-flagged oil tanker in the Gulf.",
        "17",
        "state:IRN",
        "state:GRC",
        id="greek-flagged",
    ),
    argument_row(
        "Houthi rebels attacked a Liberian-registered cargo ship.",
        "1",
        None,
        "state:LBR",
        id="liberian-registered",
    ),
    argument_row(
        "Israel rejected a French-drafted plan for a ceasefire.",
        "12",
        "state:ISR",
        "state:FRA",
        id="french-drafted",
    ),
    argument_row("Iraq criticised the US-led coalition.", "11", "state:IRQ", "state:USA", id="us-led"),
    argument_row(
        "Kenya launched an investigation into a Chinese-owned mining company.",
        "09",
        "state:KEN",
        "state:CHN",
        id="chinese-owned",
    ),
    # the doers of a thing named by a "by" participle
    argument_row(
        "Kuwait investigated war crimes committed by Iraqi soldiers.",
        "09",
        "state:KWT",
        "state:IRQ",
        id="crimes-committed-by",
    ),
    argument_row(
        "Russia rejected a peace plan drafted by Ukrainian officials.",
        "12",
        "state:RUS",
        "state:UKR",
        id="plan-drafted-by",
    ),
    argument_row(
        "Germany condemned the attacks carried out by Russian hackers.",
        "11",
        "state:DEU",
        "state:RUS",
        id="attacks-carried-out-by",
    ),
    # what one declines to comment on: its owner
    argument_row(
        "China declined to comment on Japan's decision to extend its patrols.",
        "011",
        "state:CHN",
        "state:JPN",
        id="decline-owned-decision",
    ),
    argument_row(
        "The Kremlin refused to comment on the visit by the US delegation.",
        "011",
        "state:RUS",
        "state:USA",
        id="decline-visit-by",
    ),
    # a group of people's "from" phrase, parsed as the verb's
    argument_row(
        "Egypt hosted a delegation from Libya.", "043", "state:EGY", "state:LBY", id="delegation-from"
    ),
    argument_row(
        "Germany met negotiators from Iran in Vienna.", "04", "state:DEU", "state:IRN", id="negotiators-from"
    ),
    argument_row(
        "Russia received a delegation from the Taliban on Monday.",
        "043",
        "state:RUS",
        "organization:taliban",
        id="delegation-from-group",
    ),
    # a thing's "from" phrase, parsed as the verb's: whose the thing is
    argument_row(
        "Turkey rejected a proposal from Greece.", "12", "state:TUR", "state:GRC", id="proposal-from"
    ),
    argument_row(
        "Iran rejected an offer from the European Union.",
        "12",
        "state:IRN",
        "organization:european-union",
        id="offer-from",
    ),
    argument_row(
        "The US refused a request from Mexico for more visas.",
        "12",
        "state:USA",
        "state:MEX",
        id="request-from",
    ),
    # a go-between of talks named by a participle mediates between the ones who met
    argument_row(
        "Israeli and Palestinian negotiators met in Cairo for talks brokered by Egypt.",
        "045",
        "state:EGY",
        "state:ISR",
        id="brokered-mediates",
    ),
    argument_row(
        "Israeli and Palestinian negotiators met in Cairo for talks brokered by Egypt.",
        "04",
        "state:PSE",
        "state:ISR",
        id="brokered-sides-meet",
    ),
    # "what it called X": X is what was judged
    argument_row(
        'Poland condemned what it called "Russian aggression".',
        "111",
        "state:POL",
        "state:RUS",
        id="what-it-called",
    ),
    argument_row(
        "Poland condemned what it described as Russian aggression.",
        "111",
        "state:POL",
        "state:RUS",
        id="what-it-described-as",
    ),
    argument_row(
        "China denounced what it called a provocation by Japan.",
        "11",
        "state:CHN",
        "state:JPN",
        id="what-it-called-by",
    ),
    # a thing "by" an organization is its author's
    argument_row(
        "Israel rejected a biased report by the United Nations.",
        "12",
        "state:ISR",
        "organization:united-nations",
        id="report-by-org",
    ),
    argument_row(
        "Russia dismissed claims by Amnesty International.",
        None,
        "state:RUS",
        "organization:amnesty-international",
        id="claims-by-org",
    ),
    # a quoted "we" with no one named: the state or body the speaker speaks for
    argument_row(
        '"We condemn the Russian invasion," the Polish president said.',
        "111",
        "state:POL",
        "state:RUS",
        id="we-titled-speaker",
    ),
    argument_row(
        '"We condemn the Russian attack on Kyiv," the State Department said.',
        "111",
        "organization:state-department",
        "state:RUS",
        id="we-body-speaker",
    ),
    # (a named speaker stays the one who speaks)
    argument_row(
        '"We condemn the Russian invasion," said Polish President Andrzej Duda.',
        "111",
        "person:andrzej-duda",
        "state:RUS",
        id="we-named-speaker",
    ),
    # a warning about a plan: the plan's owner, whoever it is; a harm caused "by" a plan: its owner
    argument_row(
        "The Tories warned that Labour plans would cost thousands of jobs.",
        "01",
        "organization:conservative-party",
        "organization:labour-party",
        id="warned-owned-plans",
    ),
    argument_row(
        "Labour warned that Tory spending plans would hit schools.",
        "01",
        "organization:labour-party",
        "organization:conservative-party",
        id="warned-spending-plans",
    ),
    argument_row(
        "Labour MP Bob Smith praised the UK economy. Thousands of homes will be flooded by government "
        "plans, Mr Smith warned.",
        "01",
        "person:bob-smith",
        "state:GBR",
        id="warned-caused-by-plans",
    ),
    # a state's people or armed men upon their own state's forces or government
    argument_row(
        "Taliban fighters attacked an Afghan army checkpoint.",
        "19",
        "organization:taliban",
        "state:AFG",
        id="group-upon-own-army",
    ),
    argument_row(
        "The IRA bombed a British army base in Belfast.",
        "18",
        "organization:ira",
        "state:GBR",
        id="ira-upon-own-army",
    ),
    argument_row(
        "Protesters in Nairobi threw stones at Kenyan police.",
        "1",
        "state:KEN",
        "state:KEN",
        id="protesters-upon-police",
    ),
    argument_row(
        "Syrian rebels shelled government positions in Aleppo.",
        "19",
        "state:SYR",
        "state:SYR",
        id="rebels-upon-government",
    ),
    argument_row(
        "Taliban fighters killed seven policemen at a checkpoint in Kandahar.",
        "19",
        "organization:taliban",
        "state:AFG",
        id="group-at-spot-in-place",
    ),
    argument_row(
        "Gunmen killed four policemen at a checkpoint in Quetta.",
        "19",
        "state:PAK",
        "state:PAK",
        id="gunmen-at-spot-in-place",
    ),
    # an exchange of fire (or of accusations) is each side's upon the other
    argument_row(
        "Indian and Pakistani troops exchanged fire in Kashmir.",
        "19",
        "state:IND",
        "state:PAK",
        id="exchanged-fire",
    ),
    argument_row(
        "Indian and Pakistani troops exchanged fire in Kashmir.",
        "19",
        "state:PAK",
        "state:IND",
        id="exchanged-fire-back",
    ),
    argument_row(
        "Russia and Ukraine exchanged accusations over the attack.",
        "11",
        "state:RUS",
        "state:UKR",
        id="exchanged-accusations",
    ),
    # a sector noun placed in a state: "officials in Beijing" act for China
    argument_row(
        "Officials in Beijing accused Washington of interference.",
        "112",
        "state:CHN",
        "state:USA",
        id="officials-in-capital",
    ),
    argument_row(
        "Officials from Iran met EU negotiators in Vienna.", "04", "state:IRN", None, id="officials-from"
    ),
    # an office's "for" phrase beside its holder's name: the state he speaks for acts with him
    argument_row(
        "A spokesman for China's foreign ministry, Gao Renjie, criticised Japan on Thursday.",
        "11",
        "state:CHN",
        "state:JPN",
        id="spokesman-for-ministry",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_actor_phrases(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, date=TABLE_DATE).events, code, agent, target, absent)


def _targets(events: tuple[EventFact, ...]) -> set[str]:
    return {t for e in events for t in e.targets}


@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        # the victim is no one's by whom it was killed
        pytest.param(
            "An Iraqi civilian killed by British troops was buried on Monday.", "state:GBR", id="victim-by"
        ),
        # a state named bare in a warning's clause is what, not whom
        pytest.param(
            "Mr Howard warned that Britain would face chaos after the Iraq war.",
            "state:GBR",
            id="warned-bare-state",
        ),
        # a state's own troops act upon others, not upon their state named as a place
        pytest.param(
            "Russian soldiers attacked Ukrainian positions near the Russian border.",
            "state:RUS",
            id="troops-not-own",
        ),
        # a go-between is not one of the sides
        pytest.param(
            "Israeli and Palestinian negotiators met in Cairo for talks brokered by Egypt.",
            "state:EGY",
            id="talks-brokered-by",
        ),
        # backing is no owning
        pytest.param("Syria attacked US-backed fighters near the border.", "state:USA", id="us-backed"),
        # a stance towards a state is not its people
        pytest.param(
            "Egyptian police arrested anti-American protest leaders.", "state:USA", id="anti-american"
        ),
        # a topic with no owner named is no one
        pytest.param(
            "Japan declined to comment on talks with Chinese officials.", "state:CHN", id="topic-no-owner"
        ),
    ],
)
def test_actor_phrases_negative(facts, text, not_target):
    events = facts(text, date=TABLE_DATE).events
    assert events, "the sentence must give an event for the row to test anything"
    assert not_target not in _targets(events), [(e.cameo, e.agents, e.targets) for e in events]
