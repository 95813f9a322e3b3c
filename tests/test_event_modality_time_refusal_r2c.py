"""Modality by structure (issue 11, session 18 round 2): an act after "without" is not done; a noun
under a journey still to come or the subject of "is to be done" is planned; a warning that only
forecasts what a third party or a thing could do is no threat; "would under no circumstances" is a
refusal; a state "ruling out" a noun of action refuses it; "asked whether X would rule out" is a
question. Every sentence is written for this file (invented people, real states); none is in a
bench set.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Modality

DATE = "2024-05-08"


def _show(events):
    return "; ".join(
        f"{e.cameo} {e.trigger!r} {e.agents}->{e.targets} {e.modality} {e.negated}" for e in events
    )


def _asserted(events, root):
    return [
        e for e in events if e.cameo.startswith(root) and e.modality is Modality.ASSERTED and not e.negated
    ]


#: (sentence, root that must not be asserted)
NOT_ASSERTED = [
    # -- an act after "without" ------------------------------------------------------------------
    ("The Sudanese and Chadian envoys flew home from Jeddah without initialling the border accord.", "05"),
    ("Ukraine's defence minister left Ankara without signing the drone contract.", "05"),
    # -- a noun under a journey still to come ----------------------------------------------------
    ("Portugal's president, Ana Correia, is flying to Luanda next week for a state visit.", "04"),
    ("The Thai premier is heading to Phnom Penh later this month for his first visit as leader.", "04"),
    # -- the subject of "is to be done" ----------------------------------------------------------
    ("New sanctions on Russian gold traders are to be approved by the Swiss cabinet next month.", "16"),
    ("Talks between Serbia and Montenegro are to be held in Podgorica in the autumn.", "04"),
    # -- a question, not a refusal ---------------------------------------------------------------
    ("Journalists asked whether Jordan would rule out expelling the Syrian ambassador.", "12"),
]

#: (sentence, root that must stay asserted): done acts, the controls
ASSERTED = [
    ("Portugal's president, Ana Correia, flew to Luanda last week for a state visit.", "04"),
    ("Ukraine's defence minister signed the drone contract in Ankara on Monday.", "05"),
    ("Sanctions on Russian gold traders were approved by the Swiss cabinet last month.", "16"),
]


@pytest.mark.parametrize(("text", "root"), NOT_ASSERTED)
def test_not_done_is_not_asserted(facts, text, root):
    events = facts(text, DATE).events
    assert not _asserted(events, root), _show(events)


@pytest.mark.parametrize(("text", "root"), ASSERTED)
def test_done_acts_stay_asserted(facts, text, root):
    events = facts(text, DATE).events
    assert _asserted(events, root), _show(events)


#: A forecast of a third party or a thing is no threat (13x); one's own side's act is.
FORECASTS = [
    "Chile's central bank warned that the peso could tumble further before the summer.",
    "Lithuania's intelligence chief warned senators that Belarus might be able to mobilise within weeks.",
    "Kenya's treasury warned that maize prices may double by the end of the year.",
]
THREATS = [
    ("Armenia told Azerbaijan its howitzers would pound any new positions near the border.", "138"),
    ("Hungary warned Ukraine that it could block all EU aid to Kyiv.", "13"),
]


@pytest.mark.parametrize("text", FORECASTS)
def test_forecast_is_no_threat(facts, text):
    events = facts(text, DATE).events
    assert not [e for e in events if e.cameo.startswith("13")], _show(events)


@pytest.mark.parametrize(("text", "code"), THREATS)
def test_own_side_act_stays_threat(facts, text, code):
    events = facts(text, DATE).events
    assert [e for e in events if e.cameo.startswith(code)], _show(events)


#: Refusals by structure; the controls ("police ruled out foul play": an assessment, no refusal).
REFUSED = [
    ("Norway said it would under no circumstances hand over the Russian trawler's captain to Moscow.", "12"),
    ("Finland ruled out a naval deployment in the Baltic.", "12"),
]


@pytest.mark.parametrize(("text", "root"), REFUSED)
def test_refusal_by_structure(facts, text, root):
    events = facts(text, DATE).events
    assert _asserted(events, root), _show(events)


def test_assessment_ruled_out_is_no_refusal(facts):
    events = facts("Detectives ruled out foul play in the death of the Latvian diplomat.", DATE).events
    assert not [e for e in events if e.cameo.startswith("12")], _show(events)


#: No comment by structure: a reply noun refused on reports or claims, a standing rule of silence.
NO_COMMENT = [
    "The Belgian foreign ministry had no reaction to reports that it had expelled a Moroccan envoy.",
    "Chile's navy offered no response to allegations that its ships had entered Peruvian waters.",
    "A spokesman said Austria 'does not go into details' on its intelligence contacts.",
]


@pytest.mark.parametrize("text", NO_COMMENT)
def test_no_comment_by_structure(facts, text):
    events = facts(text, DATE).events
    assert [e for e in events if e.cameo == "011"], _show(events)


def test_reaction_to_an_act_is_no_silence(facts):
    events = facts("Iran had no reaction to the Israeli strike on its consulate in Damascus.", DATE).events
    assert not [e for e in events if e.cameo == "011"], _show(events)


def test_habit_of_giving_aid_denied_is_no_silence(facts):
    events = facts("Japan does not give aid to North Korea, its foreign minister said.", DATE).events
    assert not [e for e in events if e.cameo == "011"], _show(events)
