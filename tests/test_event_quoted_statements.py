"""Statements in quotations (issue 11, BBC event recall): words in quotation marks whose
subject names no one are about the one their message, blow or offer comes from or goes to
('X said: "It sends the wrong signal to Iran"'); a quotation with no verb of saying is its
speaker's when the speaker is named before a colon or a dash, or is the subject of the verb of
saying of the sentence before; an act a speaker blames for what happened ("due to the reckless
moves of the US") is a criticism of its doer. Never the speaker or their own side, a pronoun, a
thing, a journalist's words, nor "as X has said".
"""

from __future__ import annotations

import pytest
from factories import P, S, argument_row, check_argument_row, show_events

DATE = "2005-02-01"

ROWS = [
    # the one the quoted words are about, in a "to", "from", "by", "for" or owner phrase
    argument_row(
        'Tory spokesman Peter Cullen said: "It sends a very dangerous message to Iran."',
        "01",
        P("Peter Cullen"),
        S("IRN"),
        id="message-to",
    ),
    argument_row(
        # (a noun of bad fortune befalling him: criticism by its valence, session 16)
        'Labour MP Diane Marsh said: "The result is a serious blow to Michael Howard\'s leadership."',
        "111",
        P("Diane Marsh"),
        P("Michael Howard"),
        id="blow-to-owner",
    ),
    argument_row(
        'Greek minister Yannis Petrou said: "We welcome the latest proposal from Turkey."',
        "0",
        P("Yannis Petrou"),
        S("TUR"),
        id="proposal-from",
    ),
    argument_row(
        'Senator Ellen Brooks said: "Nobody will forget the crimes of Slobodan Milosevic\'s regime."',
        "01",
        P("Ellen Brooks"),
        P("Slobodan Milosevic"),
        id="owner-of-regime",
    ),
    argument_row(
        'Lib Dem spokesman Tom Ridley said: "This is another embarrassing climbdown by Charles Clarke."',
        "01",
        P("Tom Ridley"),
        P("Charles Clarke"),
        id="act-by",
    ),
    # no verb of saying: the speaker before a colon or a dash, or of the sentence before
    argument_row(
        'Shadow trade secretary Ruth Gaskell: "It gives exactly the wrong signal to the Chinese government."',
        "01",
        P("Ruth Gaskell"),
        S("CHN"),
        id="colon-speaker",
    ),
    argument_row(
        'Danish minister Lars Holm - "Russia has let down the people of Chechnya."',
        "01",
        P("Lars Holm"),
        S("RUS"),
        id="dash-speaker",
    ),
    argument_row(
        'Frank Dobson said the scheme had failed. "Alan Milburn will have to explain this to voters."',
        "01",
        P("Frank Dobson"),
        P("Alan Milburn"),
        id="speaker-of-the-sentence-before",
    ),
    # an act blamed for what happened: a criticism of its doer
    argument_row(
        "Cuban foreign minister Pedro Ruiz said relations had worsened due to the hostile policies of the"
        " United States.",
        "111",
        P("Pedro Ruiz"),
        S("USA"),
        id="due-to-hostile-acts",
    ),
    argument_row(
        "Armenian envoy Aram Petrosyan said the talks had collapsed because of Azerbaijan's provocative"
        " statements.",
        "111",
        P("Aram Petrosyan"),
        S("AZE"),
        id="because-of-owner",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_statement_in_quotation(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


#: No statement of the speaker's about anyone: journalists and presenters, the speaker's own
#: party, pronouns, places and things, "as X has said", a person's word, a range, a cause no one did.
CONTROLS = [
    ('BBC political editor Nick Ward said: "This is a huge blow to Tony Blair."', "Nick Ward"),
    ('Sky News presenter Kay Burley: "Mr Howard, will you resign?"', "Kay Burley"),
    (
        'BBC correspondent Mark Lane said the mood had soured. "The Tories have lost the argument."',
        "Mark Lane",
    ),
    ('Labour chairman Ian Barr: "Labour has kept its promises to pensioners."', "Ian Barr"),
    ('Tory leader Michael Howard said: "I spoke to him about it on Monday."', "Michael Howard"),
    ('Gordon Brown said: "The money will go to the schools of Leeds."', "Gordon Brown"),
    ('Charles Kennedy: "The economy is weaker than it looks."', "Charles Kennedy"),
    ('Liam Fox said: "As Michael Howard has said, we will cut taxes."', "Michael Howard"),
    (
        'Oliver Letwin said: "I have not met a single forecaster from the IMF to the OECD who agrees."',
        "Oliver Letwin",
    ),
    ('Stephen Pound said: "I do not blame Lucy\'s mother."', "Stephen Pound"),
    ("Indian minister Ravi Kumar said the talks had been delayed because of heavy rain.", "Ravi Kumar"),
    ('Tony Blair visited a hospital in Paris. "Germany will never agree to this."', "Tony Blair"),
    ('Alan Keane said the meeting had been long. "We went to France last week."', "Alan Keane"),
]


def _names(key: str, speaker: str) -> bool:
    return set(speaker.lower().split()) <= set(key.split(":")[-1].split("-"))


@pytest.mark.parametrize(("text", "speaker"), CONTROLS)
def test_no_statement_about_anyone_else(facts, text, speaker):
    events = facts(text, DATE).events
    assert not any(
        e.cameo.startswith(("01", "11")) and any(_names(a, speaker) for a in e.agents) for e in events
    ), show_events(events)


def test_a_quotation_with_its_own_event_is_that_event(facts):
    """'X: "Russia has invaded Georgia"': the act the words tell, no statement besides."""
    events = facts('Polish minister Jan Nowak: "Russia has attacked Georgia."', DATE).events
    assert not any(e.cameo == "010" and P("Jan Nowak") in e.agents for e in events), show_events(events)
