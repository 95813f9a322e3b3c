"""A person whose document a call or refusal wants made public is not its target (r9 audit
fault kind), on sentences written for this test: the target is whoever is asked, or none."""

from __future__ import annotations

import pytest

AUTHOR = "person:lord-smith"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The Liberal Democrats called for Lord Smith's legal advice to be made public.", "02"),
        ("Tony Blair refused to publish Lord Smith's advice.", "12"),
        ("The Tories demanded the release of Lord Smith's report.", "10"),
        ("Peter Hain rejected calls for Lord Smith's report to be published.", "12"),
    ],
)
def test_the_author_of_a_document_to_publish_is_no_target(facts, text, root):
    events = [e for e in facts(text).events if e.cameo.startswith(root)]
    assert events, text
    assert all(AUTHOR not in e.targets for e in events)


def test_the_one_asked_to_publish_stays_the_target(facts):
    events = list(facts("Labour MPs urged Tony Blair to publish Lord Smith's memo.").events)
    urged = [e for e in events if e.cameo.startswith("02")]
    assert urged
    assert all("person:tony-blair" in e.targets for e in urged)
    assert all(AUTHOR not in e.targets for e in urged)


def test_the_author_asked_to_publish_stays_the_target(facts):
    urged = [
        e for e in facts("Labour MPs urged Lord Smith to publish his advice.").events if e.cameo[:2] == "02"
    ]
    assert urged
    assert all(AUTHOR in e.targets for e in urged)


def test_a_document_criticised_keeps_its_author(facts):
    found = [e for e in facts("The Tories criticised Lord Smith's advice.").events if e.cameo[:3] == "111"]
    assert found
    assert all(AUTHOR in e.targets for e in found)


def test_a_state_whose_people_are_to_be_released_stays_the_target(facts):
    found = [
        e for e in facts("Germany demanded the release of Iran's hostages.").events if e.cameo[:2] == "10"
    ]
    assert found
    assert all("state:IRN" in e.targets for e in found)


def test_the_body_a_paper_with_a_call_is_for_is_appealed_to(facts):
    text = "Greenpeace repeated its call for a ban in a report for the European Commission."
    found = [e for e in facts(text).events if e.cameo[:2] == "02"]
    assert found
    assert all("organization:european-commission" in e.targets for e in found)


def test_an_occasion_a_paper_is_for_is_no_target(facts):
    found = list(facts("Greenpeace repeated its call for a ban in a report for the summit.").events)
    assert all(not e.targets for e in found if e.cameo[:2] == "02")
