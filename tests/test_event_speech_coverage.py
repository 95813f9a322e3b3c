"""Reported speech judging what someone wrote or decided: 'said the report was false' criticises
it, upon its author when the sentence names one; sentences written for this file."""

from __future__ import annotations

import pytest


def _criticisms(facts, text):
    return [e for e in facts(text, "2005-03-02").events if e.cameo == "111"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenya said the plan by Uganda was flawed.", "state:UGA"),
        ("Chile said Peru's policy was inaccurate and unfair.", "state:PER"),
        ("Mr Kennedy said the Tories' plan was wrong.", "organization:conservative-party"),
    ],
)
def test_a_judged_text_is_its_authors(facts, text, target):
    (event,) = _criticisms(facts, text)
    assert event.targets == (target,)


def test_a_judged_text_with_no_author_named_is_criticised_with_no_target(facts):
    (event,) = _criticisms(facts, 'Mr Kennedy said that the article was "false and misleading".')
    assert event.agents == ("person:kennedy",)
    assert event.targets == ()


@pytest.mark.parametrize(
    "text",
    [
        "Mr Kennedy said the weather was appalling.",
        "Mr Kennedy said the claims were true.",
        "Mr Kennedy said it was wrong to blame the teachers.",
    ],
)
def test_no_criticism_of_no_text(facts, text):
    assert not _criticisms(facts, text)


def test_a_body_whose_decision_is_judged_is_criticised(facts):
    (event,) = _criticisms(
        facts, "Mr Kennedy said the House of Lords decision was a step in the wrong direction."
    )
    assert "organization:house-of-lords" in event.targets


def test_calling_reports_about_oneself_inaccurate_is_no_criticism(facts):
    text = "Ms Jones said reports that she had compared the council to a dictatorship were inaccurate."
    assert not _criticisms(facts, text)


def test_we_in_a_quotation_is_its_speaker(facts):
    text = '"We support Kenya\'s bid to join the trade body," said Mr Smith, a spokesman for the bank.'
    events = [e for e in facts(text).events if e.cameo[:2] == "05"]
    assert [(e.agents, e.targets) for e in events] == [(("person:smith",), ("state:KEN",))]


def test_we_outside_a_quotation_is_no_speaker(facts):
    text = "Mr Smith spoke on Monday. We support Kenya's bid to join the trade body."
    assert not [e for e in facts(text).events if "person:smith" in e.agents]


def test_calling_a_state_a_partner_praises_it(facts):
    (event,) = [
        e for e in facts('"Chile is Peru\'s closest partner," Mr Garcia said.').events if e.cameo[:2] == "05"
    ]
    assert event.agents == ("person:garcia",)
    assert event.targets == ("state:CHL",)


@pytest.mark.parametrize(
    "text",
    [
        '"We welcome a debate in the party about this," Mr Smith said.',
        '"I want to talk about the purpose of the party," Mr Smith said.',
    ],
)
def test_a_speakers_words_upon_no_one_named_are_no_act(facts, text):
    assert not [e for e in facts(text).events if "person:smith" in e.agents]


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("Chile said that Peru has no jurisdiction over the islands.", ("state:PER",)),
        ("Kenya said Uganda had no right to close the border.", ("state:UGA",)),
        ("Kenya said Uganda had every right to close the border.", None),
    ],
)
def test_saying_someone_has_no_right_rejects_their_claim(facts, text, rejected):
    found = [e for e in facts(text).events if e.cameo == "120"]
    assert [e.targets for e in found] == ([rejected] if rejected else [])
