"""Occasions told as scheduled ("is on the calendar", "is slated for") and acts in the time clause of
an act to come ("will reopen ... only once X frees ...") are not asserted (issue 11, session 17 round 2).
Every sentence is written for this file (invented people, real states); none is in a bench set.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Modality

DATE = "2024-03-14"


def _show(events):
    return "; ".join(f"{e.cameo} {e.trigger!r} {e.agents}->{e.targets} {e.modality}" for e in events)


def _asserted(events, root):
    return [
        e for e in events if e.cameo.startswith(root) and e.modality is Modality.ASSERTED and not e.negated
    ]


#: (sentence, root that must not be asserted)
NOT_ASSERTED = [
    # -- an occasion on a diary, or slated / set for a time --------------------------------------
    ("A visit to Warsaw by the Irish taoiseach, Sean Brody, is on the calendar for the summer.", "04"),
    ("Talks between Georgia and Abkhazia are on the agenda for the autumn.", "04"),
    ("A meeting between the Kenyan and Somali presidents is on the cards for next year.", "04"),
    ("A summit of Gulf leaders is on the schedule for the second half of June.", "04"),
    ("Talks between Chile and Bolivia are slated for early next year.", "04"),
    ("A visit to Hanoi by the Philippine president, Rosa Dizon, is pencilled in for the winter.", "04"),
    ("The Austrian chancellor's trip to Slovenia is slated for the end of the month.", "04"),
    # -- an act in the time clause of an act to come ----------------------------------------------
    ("Finland will reopen its eastern border only once Moscow returns the detained guards.", "08"),
    ("Croatia will unblock Serbia's accession talks only when Belgrade returns the seized archives.", "08"),
    ("Morocco will restore ties with Algeria only after Algiers releases the fishermen.", "08"),
    ("Kenya will resume the talks once Somalia withdraws its troops from the border.", "08"),
    ("Egypt will not reopen the crossing until Israel releases the aid convoys.", "08"),
    ("The EU would unfreeze the funds to Hungary only after Budapest restores judicial independence.", "08"),
]

#: (sentence, root that must stay asserted)
ASSERTED = [
    ("The Irish taoiseach, Sean Brody, visited Warsaw last summer.", "04"),
    ("Israel freed 20 prisoners on Monday after Hamas released two hostages.", "08"),
    ("Croatia released the Serbian fishermen when Belgrade returned the seized archives.", "08"),
    ("Finland reopened its eastern border after Russia freed two Finnish journalists.", "08"),
    ("Talks between Chile and Bolivia were held in La Paz last week.", "04"),
]


@pytest.mark.parametrize(("text", "root"), NOT_ASSERTED)
def test_scheduled_or_awaited_not_asserted(facts, text, root):
    events = facts(text, DATE).events
    assert not _asserted(events, root), _show(events)


@pytest.mark.parametrize(("text", "root"), ASSERTED)
def test_done_acts_stay_asserted(facts, text, root):
    events = facts(text, DATE).events
    assert _asserted(events, root), _show(events)


def test_sport_on_the_calendar_is_no_event(facts):
    events = facts("The Champions League final is on the calendar for early June.", DATE).events
    assert not [e for e in events if e.cameo.startswith("04")], _show(events)


#: A third party's readiness foreseen as possible in someone's warning is no threat and no act;
#: one's own side's readiness, or readiness told as a fact, stays a threat.
FORECAST = [
    ("Seoul's spy agency warned parliament that North Korea could be ready to strike Japan by 2030.", None),
    pytest.param(
        "Poland's army chief told senators that Russia might be prepared to attack Lithuania "
        "within a decade.",
        None,
        marks=pytest.mark.xfail(
            reason="'prepared' read as a passive verb, no readiness adjective", strict=True
        ),
    ),
    ("Manila's defence secretary warned that China may be ready to seize the Second Thomas Shoal.", None),
    ("Iran said it could be ready to strike Israel.", "138"),
    ("Serbia is ready to invade Kosovo, the Kosovo prime minister said.", "13"),
]


@pytest.mark.parametrize(("text", "code"), FORECAST)
def test_forecast_readiness(facts, text, code):
    events = facts(text, DATE).events
    if code is None:
        assert not [e for e in events if e.cameo.startswith("13")], _show(events)
        assert not [
            e for e in events if e.cameo[:2] in ("18", "19", "20") and e.modality is Modality.ASSERTED
        ]
    else:
        assert [e for e in events if e.cameo.startswith(code)], _show(events)
