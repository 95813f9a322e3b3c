"""Judgements of another named actor told by the quoted words' own predicate or by the adjective of
a dummy "it" (issue 11, BBC event recall, session 18): '"The government has failed pensioners,"
says X', 'X said of Y: "He is a man of great integrity"', '"It is hugely troubling that Y ignored
the warnings," X said'. The speaker and the one the words are said of are found as for a plain
statement (010); the tone is read from the predicate by the valence lexicon (a verb of harm with
its object, a predicate noun or adjective, a verb's manner, a praise denied), whatever the word.
Controls: the speaker's own side, a place, a forecast, a fortune the subject undergoes, an
epistemic "it is clear that", a question, no other actor named.
"""

from __future__ import annotations

import pytest
from factories import ORG, P, S, argument_row, check_argument_row, show_events

DATE = "2005-02-01"

ROWS = [
    argument_row(
        '"Mr Hollis has squandered the goodwill of the whole region," says councillor Jean Tarrant.',
        "111",
        P("Jean Tarrant"),
        P("Hollis"),
        id="quote-says-harm-verb",
    ),
    argument_row(
        '"Venezuela has sabotaged every attempt at compromise," Senator Ruth Okafor said.',
        "11",
        P("Ruth Okafor"),
        S("VEN"),
        id="quote-said-state-harm",
    ),
    argument_row(
        'Opposition leader Tom Ewart said of the mayor: "Mr Draycott is a man of great integrity."',
        "051",
        P("Tom Ewart"),
        P("Draycott"),
        id="said-of-predicate-noun",
    ),
    argument_row(
        'Peter Lomax said of Carla Venn: "She has been an outstanding ambassador for the town."',
        "051",
        P("Peter Lomax"),
        P("Carla Venn"),
        id="said-of-pronoun",
    ),
    argument_row(
        '"Mr Quarles has behaved appallingly throughout," Labour MP Sarah Pryce said.',
        "111",
        P("Sarah Pryce"),
        P("Quarles"),
        id="manner-negative",
    ),
    argument_row(
        '"Portugal has performed brilliantly in these talks," Danish minister Lars Holm said.',
        "051",
        P("Lars Holm"),
        S("PRT"),
        id="manner-positive",
    ),
    argument_row(
        '"Pyongyang simply cannot be trusted," Japanese minister Kenji Arai said.',
        "111",
        P("Kenji Arai"),
        S("PRK"),
        id="praise-denied",
    ),
    argument_row(
        '"It is deeply disturbing that Mr Fenwick misled the committee," Tory MP Alan Crisp said.',
        "111",
        P("Alan Crisp"),
        P("Fenwick"),
        id="extraposed-quoted",
    ),
    argument_row(
        "Green MP Nora Blyth said it was deeply worrying that Mr Hallam had ignored the report.",
        "111",
        P("Nora Blyth"),
        P("Hallam"),
        id="extraposed-reported",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_quoted_predicate_judges(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


#: No judgement of another actor: a forecast, a fortune undergone, an epistemic "it is clear",
#: a question, the speaker's own words of themselves, a place, no other actor named.
CONTROLS = [
    '"Chile will honour the agreement," Senator Ruth Okafor said.',
    '"Haiti has suffered terribly this year," aid worker Paul Grier said.',
    '"Mr Hollis won the seat comfortably," councillor Jean Tarrant said.',
    "Green MP Nora Blyth said it was clear that Mr Hallam had read the report.",
    '"Has Mr Quarles behaved appallingly?" Labour MP Sarah Pryce asked.',
    '"I have behaved appallingly," Labour MP Sarah Pryce said.',
    '"It was a dreadful afternoon for everyone," councillor Jean Tarrant said.',
    '"It is deeply worrying if Mr Hallam ignores the report," Nora Blyth said.',
    'Peter Lomax said of Carla Venn: "She is bright and articulate, but she is not ready to lead."',
]


@pytest.mark.parametrize("text", CONTROLS)
def test_no_judgement_without_a_judged_actor(facts, text):
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith(("05", "11")) for e in events), show_events(events)


def test_speakers_own_party_is_no_target(facts):
    events = facts(
        '"Labour has delivered wonderfully for schools," Labour minister Ruth Kellaway said.', DATE
    ).events
    assert not any(e.cameo.startswith("05") for e in events), show_events(events)


_unused = ORG  # (the factories' names, kept for rows to come)


#: What a speaker says framed "in" a noun of judging of someone, and an attack noun told in
#: words or in temper: criticism or praise, whatever the adjective (the classes, else valence).
FRAMES = [
    argument_row(
        "In a brutal assessment of Mr Hollis's tenure, councillor Jean Tarrant said the town had lost faith.",
        "111",
        P("Jean Tarrant"),
        P("Hollis"),
        id="frame-assessment-valence",
    ),
    argument_row(
        "In a heartfelt tribute to Carla Venn, Peter Lomax said the town owed her everything.",
        "051",
        P("Peter Lomax"),
        P("Carla Venn"),
        id="frame-tribute-to",
    ),
    argument_row(
        "In a devastating critique of Venezuela's oil policy, Senator Ruth Okafor said output had halved.",
        "111",
        P("Ruth Okafor"),
        S("VEN"),
        id="frame-critique-owner",
    ),
    argument_row(
        "Senator Ruth Okafor launched a scathing attack on Venezuela over the oil contracts.",
        "111",
        P("Ruth Okafor"),
        S("VEN"),
        absent=("18", "19", "20"),
        id="attack-noun-in-words",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), FRAMES)
def test_judging_frames(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters launched a furious attack on Kabul on Monday.",
        "Russia launched a furious attack on Kyiv overnight.",
    ],
)
def test_armed_attack_stays_force(facts, text):
    events = facts(text, DATE).events
    assert any(e.cameo.startswith(("18", "19")) for e in events), show_events(events)


def test_furious_attack_by_a_politician_is_words(facts):
    events = facts(
        "Councillor Jean Tarrant launched a furious attack on Venezuela over the contracts.", DATE
    ).events
    assert any(e.cameo.startswith("11") for e in events), show_events(events)
    assert not any(e.cameo.startswith(("18", "19", "20")) for e in events), show_events(events)


FRAME_CONTROLS = [
    "In a speech to the Royal Institute, Senator Ruth Okafor said Venezuela would vote on Monday.",
    "In a rare interview with Le Monde, Peter Lomax said France would host the talks.",
]


@pytest.mark.parametrize("text", FRAME_CONTROLS)
def test_neutral_frame_judges_no_one(facts, text):
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith(("05", "11")) for e in events), show_events(events)
