"""Adjuncts that tell of the act, not of its object or target (found by comparing the dev CAMEO sets
before and after the session-16 structural rules; every sentence here is written for this file).

- An "as" phrase after a verb the CAMEO dictionary codes as an act of its own describes that act
  ("released ... as a goodwill gesture", "expelled ... as a reprisal"): no judgement of the object.
- A moved object's "into" phrase is its destination, not a thing hit ("drove villagers into X").
- A threatened measure keeps its own fine code ("would reimpose sanctions": 1312).
"""

from __future__ import annotations

import pytest

ADJUNCTS = [
    # (text, code that must be there, codes that must not)
    # (sailors are people set free: 0841, release of persons)
    ("Georgia freed three detained Russian sailors as a goodwill gesture on Friday.", "0841", {"051", "111"}),
    ("Moldova expelled two Russian diplomats as a reprisal for the cyberattack.", "", {"051", "111"}),
    ("Serbia returned the seized Kosovar trucks as a sign of good faith.", "", {"051", "111"}),
    (
        "The Tunisian navy towed the stranded Libyan fishing boats into port as a humanitarian gesture.",
        "",
        {"051", "190"},
    ),
]
MOVED = [
    ("Sudanese soldiers herded thousands of displaced farmers into Chad.", {"190", "193", "194", "195"}),
    ("Ethiopian troops pushed hundreds of Eritrean refugees into Sudan.", {"190", "193", "194", "195"}),
]
STILL_FORCE = [
    ("Russian marines fired rockets into a Ukrainian village.", "19"),
    ("Hezbollah fighters lobbed mortar rounds into an Israeli army post.", "19"),
]
STILL_JUDGED = [
    ("The Dutch foreign minister held Estonia up as a model for digital government.", "051"),
    ("The Dutch foreign minister portrayed Hungary as a reliable partner.", "051"),
]


@pytest.mark.parametrize(("text", "code", "never"), ADJUNCTS)
def test_as_phrase_of_an_act_is_no_judgement(facts, text, code, never):
    codes = {e.cameo for e in facts(text).events}
    assert not codes & never, codes
    if code:
        assert code in codes, codes


@pytest.mark.parametrize(("text", "never"), MOVED)
def test_destination_of_a_moved_object_is_no_thing_hit(facts, text, never):
    codes = {e.cameo for e in facts(text).events}
    assert not codes & never, codes


@pytest.mark.parametrize(("text", "prefix"), STILL_FORCE)
def test_projectiles_into_a_place_still_hit_it(facts, text, prefix):
    events = [
        e for e in facts(text).events if e.cameo.startswith(prefix) and e.cameo[:2] in ("18", "19", "20")
    ]
    assert events, [e.cameo for e in facts(text).events]
    assert any(e.targets for e in events)


@pytest.mark.parametrize(("text", "code"), STILL_JUDGED)
def test_judging_verbs_keep_their_as_predicate(facts, text, code):
    assert code in {e.cameo for e in facts(text).events}


def test_threatened_sanctions_keep_their_fine_code(facts):
    text = (
        "Washington warned on Friday it would reimpose sanctions on Cuban nickel exports"
        " unless Havana freed the detained activists."
    )
    events = [e for e in facts(text).events if e.cameo.startswith("13")]
    assert [e.cameo for e in events] == ["1312"], [e.cameo for e in facts(text).events]
