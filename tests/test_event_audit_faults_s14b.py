"""Event faults a blind audit found on real text (issue 11, session 14, round 2), as classes, on
sentences written for this file with negative controls: a quarrel or other act named by a noun
hedged as told by others ("the reported feud", "the alleged row") is reported, not asserted; a
denial answers the one a denied act would have been upon only when that act is hostile ("denied
that Britain had helped China" is no denial to China); relying denied ("you can't rely on his
judgement", "voters could not count on X") blames the one relied on (111), as "cannot trust" does.
"""

from __future__ import annotations

import pytest
from factories import check_argument_row, show_events

from newsgraph.model import Modality

DOC_DATE = "2025-03-12"

HEDGED = [
    "The reported feud between Tony Blair and Gordon Brown dominated the papers.",
    "The alleged row between Alan Pryce and Gordon Brown went on for weeks.",
    "A rumoured spat between Ruth Kelly and John Prescott was denied by aides.",
    "The supposed quarrel between Jack Straw and Geoff Hoon was overblown.",
]


@pytest.mark.parametrize("text", HEDGED)
def test_a_hedged_quarrel_is_reported(facts, text):
    events = facts(text, DOC_DATE).events
    quarrels = [e for e in events if e.cameo.startswith("11")]
    assert quarrels, show_events(events)
    assert all(e.modality is not Modality.ASSERTED for e in quarrels), show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "The bitter feud between Tony Blair and Gordon Brown dominated the papers.",
        "Alan Pryce had a furious row with Gordon Brown over pensions.",
    ],
)
def test_an_unhedged_quarrel_stays_asserted(facts, text):
    events = facts(text, DOC_DATE).events
    assert any(e.cameo.startswith("11") and e.modality is Modality.ASSERTED for e in events), show_events(
        events
    )


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Foreign Secretary Jack Straw denied that Britain had helped China build the weapons.", "state:CHN"),
        ("Jack Straw denied that Britain had armed Indonesia.", "state:IDN"),
        ("Geoff Hoon denied that Britain had sent aid to Pakistan.", "state:PAK"),
    ],
)
def test_a_denial_is_not_upon_the_partner_of_a_denied_favour(facts, text, other):
    events = facts(text, DOC_DATE).events
    denials = [e for e in events if e.cameo == "016"]
    assert denials, show_events(events)
    assert all(other not in e.targets for e in denials), show_events(events)


def test_a_denial_of_a_hostile_act_still_answers_its_victim(facts):
    # the control: the one an attack denied would have been upon is the one who accuses
    events = facts(
        "Uganda on Wednesday denied that its troops had crossed into South Sudan.", DOC_DATE
    ).events
    assert any(e.cameo == "016" and "state:SSD" in e.targets for e in events), show_events(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Labour MP Jane Corr said you can't rely on Mr Baume's judgement.", "person:baume"),
        ("Labour MP Jane Corr said voters could not rely on David Blunkett.", "person:david-blunkett"),
        ("Tory MP Ann Lyle said nobody could count on Charles Clarke's promises.", "person:charles-clarke"),
        ("Ann Lyle said she did not think you could depend on Gordon Brown.", "person:gordon-brown"),
    ],
)
def test_relying_denied_blames_the_one_relied_on(facts, text, target):
    events = facts(text, DOC_DATE).events
    check_argument_row(events, "111", None, target, ("05",))


@pytest.mark.parametrize(
    "text",
    [
        "Labour MP Jane Corr said voters could rely on David Blunkett.",
        "Labour MP Jane Corr said the plan depends on Gordon Brown's budget.",
        "Labour MP Jane Corr said the scheme cannot depend on France.",
    ],
)
def test_relying_had_or_a_thing_depending_blames_no_one(facts, text):
    events = facts(text, DOC_DATE).events
    assert not any(e.cameo.startswith("11") for e in events), show_events(events)


@pytest.mark.parametrize(
    "text",
    [
        "Labour denied reports of a bitter feud between Tony Blair and Gordon Brown.",
        "Downing Street dismissed claims of a rift between Tony Blair and Gordon Brown.",
    ],
)
def test_a_denied_quarrel_is_upon_neither_side(facts, text):
    events = facts(text, DOC_DATE).events
    assert not any(e.cameo.startswith("11") and not e.negated for e in events), show_events(events)
    assert not any(e.cameo == "016" and "person:tony-blair" in e.targets for e in events), show_events(events)


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("Talk of a rift between Tony Blair and Gordon Brown has grown.", False),
        ("There was talk about a snap election among Labour MPs.", False),
        ("Tony Blair held talks with Jacques Chirac in Paris.", True),
        ("Talks between Tony Blair and Jacques Chirac ended without agreement.", True),
    ],
)
def test_talk_of_a_thing_is_no_meeting(facts, text, meeting):
    events = facts(text, DOC_DATE).events
    assert any(e.cameo.startswith("04") for e in events) == meeting, show_events(events)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Tony Blair denied any rift with Gordon Brown.", "person:gordon-brown"),
        ("France denied a split with Germany over the budget.", "state:DEU"),
        ("Alan Milburn dismissed reports of a clash with Gordon Brown.", "person:gordon-brown"),
    ],
)
def test_the_other_side_of_a_denied_quarrel_is_no_target(facts, text, other):
    events = facts(text, DOC_DATE).events
    assert any(e.cameo == "016" for e in events), show_events(events)
    assert not any(e.cameo == "016" and other in e.targets for e in events), show_events(events)


def test_a_denied_attack_keeps_its_victim(facts):
    # the control: a hostile act denied still answers the one it would have been upon
    events = facts("Iran denied reports that its troops had crossed into Iraq.", DOC_DATE).events
    assert any(e.cameo == "016" and "state:IRQ" in e.targets for e in events), show_events(events)
