"""A named legal text is no one acted upon, also as the "of" object or possessor of what an act
is upon: "criticised the signing of the Maastricht Treaty" has no target in the treaty."""

from __future__ import annotations

import pytest

TEXTS = [
    ("Michael Howard criticised the signing of the Maastricht Treaty.", "organization:maastricht-treaty"),
    (
        "David Trimble criticised the spirit of the Good Friday Agreement.",
        "organization:good-friday-agreement",
    ),
    (
        "The Tories condemned the passage of the Prevention of Terrorism Bill.",
        "organization:prevention-of-terrorism-bill",
    ),
]


@pytest.mark.parametrize(("text", "key"), TEXTS, ids=[r[1] for r in TEXTS])
def test_a_named_text_is_no_target(facts, text, key):
    assert key in {e.key for e in facts(text).entities}  # (named, so the test can fail)
    assert not [e for e in facts(text).events if key in e.targets], facts(text).events


OWNERS = [
    (
        "Tony Blair praised the work of the World Food Programme.",
        "praised",
        "organization:world-food-programme",
    ),
    ("Tony Blair criticised the leaders of the Labour Party.", "criticised", "organization:labour-party"),
    (
        "Michael Howard criticised the chairman of the Electoral Commission.",
        "criticised",
        "organization:electoral-commission",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "key"), OWNERS, ids=[r[2] for r in OWNERS])
def test_a_body_of_people_stays_a_target(facts, text, trigger, key):
    events = [e for e in facts(text).events if e.trigger == trigger]
    assert any(key in e.targets for e in events), facts(text).events
