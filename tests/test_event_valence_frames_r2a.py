"""Judgements of a named actor read by the valence lexicon inside frames that already name a
speaker and the one judged (issue 11, session 18 round 2): a quality had or denied ('"X has
neither the courage nor the wisdom ..."', '"Y lacks ..."'), a manner told by a noun after "with"
('"handled the talks with dignity and patience"'), the act a subject chose ('"X has chosen to
sabotage ..."'), a judging noun said to be of a tone ("X's verdict on Y was harsh: ...", "the
verdict of X on Y was withering"), a message for someone told by its quoted words ('had a
message for Y: "You have betrayed ..."'), a noun of praise framing what is said ("In a rare
compliment, X said Y had ..."). Controls: a quality the subject suffers, a neutral noun of
speech, a verdict of a court, a quote about a thing, a mixed or weak word.
"""

from __future__ import annotations

import pytest
from factories import P, S, argument_row, check_argument_row, show_events

DATE = "2005-02-01"

ROWS = [
    argument_row(
        '"Mr Garroway has neither the honesty nor the patience for this post," councillor Mina Holt said.',
        "111",
        P("Mina Holt"),
        P("Garroway"),
        id="neither-nor-quality-denied",
    ),
    argument_row(
        '"Senator Pellow lacks the wisdom this office needs," Labour MP Ann Foyle said.',
        "111",
        P("Ann Foyle"),
        P("Pellow"),
        id="lacks-quality",
    ),
    argument_row(
        '"Mr Ostrander has great integrity," Tory MP Colin Reese said.',
        "051",
        P("Colin Reese"),
        P("Ostrander"),
        id="has-quality",
    ),
    argument_row(
        '"Chile handled the border row with dignity and patience," Danish minister Lars Holm said.',
        "051",
        P("Lars Holm"),
        S("CHL"),
        id="with-manner-positive",
    ),
    argument_row(
        '"Peru has chosen to wreck the whole treaty," Senator Ruth Okafor said.',
        "111",
        P("Ruth Okafor"),
        S("PER"),
        id="chosen-act",
    ),
    argument_row(
        'Councillor Jean Tarrant\'s verdict on Mr Hollis was harsh: "He has let everyone down."',
        "111",
        P("Jean Tarrant"),
        P("Hollis"),
        id="verdict-was-adjective",
    ),
    argument_row(
        "The verdict of Senator Ruth Okafor on Mr Quarles's first year was withering.",
        "111",
        P("Ruth Okafor"),
        P("Quarles"),
        id="verdict-of-on-withering",
    ),
    argument_row(
        'Peter Lomax\'s appraisal of Carla Venn was generous: "She has been superb."',
        "051",
        P("Peter Lomax"),
        P("Carla Venn"),
        id="appraisal-generous",
    ),
    argument_row(
        'Labour MP Sarah Pryce had a message for Mr Quarles: "You have betrayed this town."',
        "111",
        P("Sarah Pryce"),
        P("Quarles"),
        id="message-quote-negative",
    ),
    argument_row(
        "In a rare compliment, Danish minister Lars Holm said Chile had been a superb host.",
        "051",
        P("Lars Holm"),
        S("CHL"),
        id="compliment-frame-clause-subject",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_valence_frames_judge(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


CONTROLS = [
    '"Mr Hollis has serious problems at home," councillor Jean Tarrant said.',
    '"Mr Hollis has enough time to reply," councillor Jean Tarrant said.',
    "The verdict of the court on Mr Hollis was clear.",
    "Councillor Jean Tarrant's statement on Mr Hollis was brief.",
    'Labour MP Sarah Pryce had a message for Mr Quarles: "The meeting is on Tuesday."',
    '"The new bridge was built with great care," councillor Jean Tarrant said.',
    '"Mr Hollis has decided to visit Leeds," councillor Jean Tarrant said.',
    '"Mr Hollis has some passionate views and often speaks his mind," councillor Jean Tarrant said.',
]


@pytest.mark.parametrize("text", CONTROLS)
def test_no_judgement_without_a_tone(facts, text):
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith(("05", "11")) for e in events), show_events(events)


AIMED = [
    argument_row(
        'Tory MP Colin Reese carped at Peter Lomax, claiming he had "wrecked the whole scheme".',
        "111",
        P("Colin Reese"),
        P("Peter Lomax"),
        id="verb-at-quote-negative",
    ),
    argument_row(
        'Labour MP Ann Foyle waded into Mr Garroway, calling his budget "a disgraceful shambles".',
        "111",
        P("Ann Foyle"),
        P("Garroway"),
        id="verb-into-naming-negative",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), AIMED)
def test_words_aimed_at_someone(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


AIMED_CONTROLS = [
    'Tory MP Colin Reese smiled at Senator Pellow, saying he had been "a superb colleague".',
    'Labour MP Ann Foyle looked at Mr Garroway, saying the meeting "starts on Tuesday".',
]


@pytest.mark.parametrize("text", AIMED_CONTROLS)
def test_words_aimed_need_an_ill_tone(facts, text):
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith("11") for e in events), show_events(events)
