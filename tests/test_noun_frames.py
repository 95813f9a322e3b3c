"""Events carried by a noun whose verb only gives its polarity or hands it on (issue 11, session 18),
on sentences written for this table (not the bench's).

- A noun of relations, talks, aid or cooperation under a verb of ending, with a particle of lessening,
  in the "out of" phrase of a verb of leaving, or under a holder of ending ("pulled the plug on",
  "put an end to"): 16x by the verb's subject upon the other side the noun or verb names.
- A proposal, plan, offer, initiative or draft under a verb of rejecting, a verb with a particle of
  putting down or aside, or a holder of refusal ("would have none of"): 120 upon the one whose it was.
- A sentence softened ("commuted the death sentence of"): 081 upon the one sentenced.
- A span of time given to act ("gave X until Friday to leave", "set X a deadline to"): 139 upon X.
- A verb that codes nothing of its own hands on its object's act ("registered a formal complaint
  against", "tendered an apology"); a claim for what is owed is a demand (101).
Controls: the noun with no verb of polarity, no actor, a negated or conditional act, a verb of
receiving or weighing what another made.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, argument_row, check_argument_row, show_events

ROWS = [
    argument_row(
        "Ecuador ruptured relations with Mexico on Friday.",
        "161",
        "state:ECU",
        "state:MEX",
        id="ruptured-relations",
    ),
    argument_row(
        "Honduras scrapped its ties with Taiwan in March.",
        "161",
        "state:HND",
        "state:TWN",
        id="scrapped-ties",
    ),
    argument_row(
        "Panama pulled out of the negotiations with Colombia over the border.",
        "164",
        "state:PAN",
        "state:COL",
        id="pulled-out-of-talks",
    ),
    argument_row(
        "Uruguay pulled the plug on its aid to Paraguay.", "162", "state:URY", "state:PRY", id="plug-on-aid"
    ),
    argument_row(
        "Chad scaled back its military cooperation with France.",
        "160",
        "state:TCD",
        "state:FRA",
        id="scaled-back",
    ),
    argument_row(
        "Japan shot down a South Korean proposal for a joint fishing zone.",
        "120",
        "state:JPN",
        "state:KOR",
        id="shot-down-proposal",
    ),
    argument_row(
        "Vietnam brushed aside a Chinese offer of joint patrols.",
        "120",
        "state:VNM",
        "state:CHN",
        id="brushed-aside-offer",
    ),
    argument_row(
        "Poland would have none of a German plan for a new gas pipeline.",
        "120",
        "state:POL",
        "state:DEU",
        id="none-of-plan",
    ),
    argument_row(
        "Iran's supreme leader commuted the death sentence of a British engineer.",
        "081",
        "state:IRN",
        "state:GBR",
        id="commuted",
    ),
    argument_row(
        "Qatar gave Hamas leaders 48 hours to leave the country.",
        "139",
        "state:QAT",
        "organization:hamas",
        id="hours-to-leave",
    ),
    argument_row(
        "The EU set Serbia a deadline of June to recognise Kosovo's passports.",
        "139",
        None,
        "state:SRB",
        id="deadline-to",
    ),
    argument_row(
        "Ghana registered a formal complaint against Togo with the African Union.",
        "114",
        "state:GHA",
        "state:TGO",
        id="registered-complaint",
    ),
    argument_row(
        "Namibia presented a claim to Germany for compensation over the genocide.",
        "101",
        "state:NAM",
        "state:DEU",
        id="claim-for-compensation",
    ),
    argument_row(
        "Iraq levelled charges of espionage against Turkey on Sunday.",
        "112",
        "state:IRQ",
        "state:TUR",
        id="charges-of-against",
    ),
    # controls
    argument_row(
        "Relations between Chile and Peru remain good.", None, absent=("16",), id="relations-remain"
    ),
    argument_row("The sentence was commuted last year.", None, absent=("08",), id="no-actor"),
    argument_row("Analysts studied the Chinese proposal for weeks.", None, absent=("12",), id="studied"),
    argument_row("The teacher gave the pupils time to finish.", None, absent=("13",), id="time-to-finish"),
    argument_row("The doctors gave him a week to recover.", None, absent=("13",), id="week-to-recover"),
    argument_row(
        "He rejected claims that he had lied to parliament.", None, absent=("10",), id="claims-that"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_noun_frames(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, date=TABLE_DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    "text",
    [
        "Chile did not cut ties with Nicaragua.",
        "Chile said it would sever relations with Nicaragua if the vote were rigged.",
    ],
)
def test_ending_not_asserted(facts, text):
    events = facts(text, date=TABLE_DATE).events
    assert not any(
        e.cameo.startswith("16") and e.modality.value == "asserted" and not e.negated for e in events
    ), show_events(events)
