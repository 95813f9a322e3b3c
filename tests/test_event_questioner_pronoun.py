"""The one a question speaks of is not the one who asks it: in "Why will the prime minister not
take up the offer, he demanded" the "he" is the questioner named before, never the prime minister
(by name or by an office the knowledge base or the text gives him)."""

from __future__ import annotations

from factories import show_events

HOWARD, BLAIR = "person:michael-howard", "person:tony-blair"


def test_he_after_a_question_about_the_prime_minister_is_the_questioner(facts):
    text = (
        "Michael Howard has no doubt it is the prime minister who is ramming the measures through. "
        "And the Tories believe Tony Blair is using the issue to suggest they are soft on terrorism. "
        "Why on earth will the prime minister not simply take up the Tories' offer to extend the "
        "existing powers, he demanded."
    )
    events = [e for e in facts(text).events if e.trigger == "demanded"]
    assert events, show_events(tuple(events))
    assert all(BLAIR not in e.agents for e in events), show_events(tuple(events))
    assert any(HOWARD in e.agents for e in events), show_events(tuple(events))


def test_he_after_a_quoted_question_to_the_titled_prime_minister(facts):
    text = (
        "Tory leader Michael Howard clashed with Prime Minister Tony Blair at question time. "
        '"Why will the prime minister not admit that the system has failed?" he demanded.'
    )
    events = [e for e in facts(text).events if e.trigger == "demanded"]
    assert any(HOWARD in e.agents and BLAIR in e.targets for e in events), show_events(tuple(events))


def test_he_after_words_about_someone_else_is_still_the_topic(facts):
    # control: words that name no one leave "he" the person before
    text = "Tony Blair answered questions from MPs. The economy is strong and growing, he insisted."
    events = facts(text).events
    assert not any(HOWARD in e.agents for e in events), show_events(events)
