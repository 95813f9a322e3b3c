"""A name given in quotes is no one acted upon, and a capitalised "No" after a determiner names a
side in a vote, no negation: 'branding the official No Campaign "two-bit Tories"' is neither a
criticism of the Tories nor a branding denied."""

from __future__ import annotations

from factories import show_events

CON = "organization:conservative-party"


def test_a_quoted_insult_is_not_the_target(facts):
    text = (
        'On Wednesday, Mr Mallon provoked fury by branding the official No Campaign "two-bit Tories" '
        "in a confrontation outside its headquarters."
    )
    events = facts(text).events
    assert not any(CON in e.targets for e in events), show_events(events)
    assert not any(e.negated for e in events), show_events(events)


def test_the_one_branded_outside_the_quote_stays_the_target(facts):
    for text in (
        'Mr Mallon branded the Conservatives "a disgrace".',
        'Mr Mallon branded the Conservatives a "disgrace".',
    ):
        events = facts(text).events
        assert any(e.cameo.startswith("11") and CON in e.targets for e in events), show_events(events)


def test_the_no_side_of_a_vote_negates_nothing(facts):
    events = facts("The Yes campaign criticised the official No campaign over its leaflets.").events
    assert not any(e.negated for e in events), show_events(events)


def test_a_determiner_no_still_negates(facts):
    events = facts("No party accepted the offer of talks from Labour.").events
    assert all(e.negated or not e.cameo.startswith("0") for e in events), show_events(events)
