"""Pronouns as event actors: gender agreement and quotations (issue 10, item 6), on the real pipeline.

Each sentence pair is written so that the rule it tests changes the answer: without gender the
last subject would be taken, without the quotation rule the person named inside the quote.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

CASES = [
    pytest.param(
        "John Fisher met Mary Lawson on Monday. She later criticised the plan.",
        "111",
        "person:mary-lawson",
        id="she-skips-a-man",
    ),
    pytest.param(
        "Susan Price welcomed Robert Hale on Monday. He later criticised the plan.",
        "111",
        "person:robert-hale",
        id="he-skips-a-woman",
    ),
    pytest.param(
        "Mr Kelly met Mrs Grant on Monday. She praised the scheme.",
        "051",
        "person:mrs-grant",
        id="honorific-gives-gender",
    ),
    pytest.param(
        'Peter Hain said: "Michael Howard is wrong about this." He demanded an apology.',
        "10",
        "person:peter-hain",
        id="not-the-person-inside-the-quote",
    ),
    pytest.param(
        "Michael Howard spoke in the Commons on Wednesday. Why will Tony Blair not accept the"
        " offer, he demanded.",
        "10",
        "person:michael-howard",
        id="not-the-person-named-in-the-question-he-reports",
    ),
    pytest.param(
        "Gordon Brown met Tony Blair on Monday. Charles Kennedy is wrong about the budget, he said.",
        "111",
        "person:gordon-brown",
        id="not-the-person-named-in-the-words-he-reports",
    ),
    pytest.param(
        "The BBC should not demonise Alastair Campbell, Peter Mandelson has said. That charge was"
        " denied by Mr Mandelson, who said the Tories were afraid of Mr Campbell's skills. He warned"
        " the BBC that attacking Mr Campbell had brought it trouble before.",
        "01",
        "person:peter-mandelson",
        id="not-the-person-named-in-what-he-goes-on-to-say",
    ),
    pytest.param(
        'Charles Kennedy spoke on Monday. Michael Howard said internment could be "a recruiting'
        ' sergeant" for terrorists". He criticised the plan.',
        "111",
        "person:michael-howard",
        id="a-stray-closing-quote-opens-no-quotation",
    ),
    pytest.param(
        "Thabo Mbeki attacked British imperialists. The chancellor toured Africa. Mr Brown said"
        " that missionaries had come to Africa. Mark Mardell said Britishness had long been a theme"
        ' of the chancellor but "never before has he been so outspoken in defending Britain".',
        "052",
        "person:brown",
        id="a-quoted-he-after-a-speaker-who-talked-of-no-one-is-that-speaker",
    ),
    pytest.param(
        "David Grant met Nick Cole on Monday. He later criticised the plan.",
        "111",
        "person:david-grant",
        id="same-gender-keeps-the-topic",
    ),
]


@pytest.mark.parametrize(("text", "root", "agent"), CASES)
def test_a_pronoun_agent_agrees_and_stays_outside_quotes(facts, text, root, agent):
    f = facts(text)
    got = [(e.cameo, e.agents) for e in f.events]
    assert any(e.cameo.startswith(root) and agent in e.agents for e in f.events), got


def test_a_quoted_he_is_the_one_talked_about_not_an_earlier_speaker(facts):
    """'X said the prince should apologise. Y argued: "He has apologised"': "he" is whom X
    talked about, not X (nor Y, who says "I")."""
    text = (
        "Prince Harry wore a Nazi uniform at a party. Dicky Arbiter said the prince should make a"
        ' broadcast apology. Charles Clarke argued: "He has apologised and we should leave it."'
    )
    events = [e for e in facts(text).events if e.trigger == "apologised"]
    assert events, facts(text).events
    assert all(
        "person:dicky-arbiter" not in e.agents and "person:charles-clarke" not in e.agents for e in events
    )


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Prince Edward will join the delegation. Prince Harry wore a Nazi uniform at a party."
            " The prince apologised on Thursday.",
            "person:prince-harry",
        ),
        (
            "Prince Harry wore a Nazi uniform at a party. Prince Edward will join the delegation."
            " The prince criticised the plan.",
            "person:prince-edward",
        ),
    ],
)
def test_a_bare_title_of_several_is_the_one_last_named_with_it(facts, text, agent):
    events = [e for e in facts(text).events if e.trigger in ("apologised", "criticised")]
    assert [e.agents for e in events] == [(agent,)], events
