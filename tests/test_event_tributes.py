"""Tributes and judgements of a person named by a pronoun or a description (recall, issue 11).

A bond one claims with someone named, qualified by a word of praise ("enjoyed a warm and
constructive relationship with X") is praise too; a bond unqualified or blamed is none.

"X said he was a giant", '"She was a wonderful colleague," X said', "X called him a titan",
"X said the former chancellor would be mourned", a quotation going on in a sentence of its own:
the speaker praises (051) or criticises (111) the person the pronoun or the description refers
to, a person named before it in its sentence (not a speaker), else the person the story is
about (named in its lead, more often than anyone else but the speaker). Only words that judge a
person count, or a verb of regard in the passive. Near misses: the speaker's own feelings ("said
he was delighted", "proud of", "wrong to resign"), a judgement denied, a thing judged, a story
about two people equally, a pronoun of the other gender.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-03-27"
HEALEY, KINNOCK = "person:denis-healey", "person:neil-kinnock"
LESTOR, HARRIET = "person:joan-lestor", "person:harriet-harman"
FOX, ASHCROFT = "person:liam-fox", "person:lord-ashcroft"
DIED = "Former chancellor Denis Healey has died aged 98."
SPOKE = "Denis Healey spoke in Leeds on Friday."
SERVED = "Denis Healey served under Harold Wilson."

ROWS = [
    argument_row(
        f'{DIED} "He was a giant of post-war politics," said Neil Kinnock.',
        "051",
        KINNOCK,
        HEALEY,
        id="quoted-after",
    ),
    argument_row(
        f'{DIED} Neil Kinnock said: "He was a formidable and gifted man."',
        "051",
        KINNOCK,
        HEALEY,
        id="quoted-before",
    ),
    argument_row(
        f"{DIED} Neil Kinnock called him a titan of the Labour movement.",
        "051",
        KINNOCK,
        HEALEY,
        id="called-him",
    ),
    argument_row(
        f"{DIED} Neil Kinnock described him as a brilliant minister.",
        "051",
        KINNOCK,
        HEALEY,
        id="described-as",
    ),
    argument_row(f"{DIED} Neil Kinnock said he was a legend.", "051", KINNOCK, HEALEY, id="said-he-was"),
    argument_row(
        f"{DIED} Neil Kinnock said he would be remembered as a courageous leader.",
        "051",
        KINNOCK,
        HEALEY,
        id="remembered-as",
    ),
    argument_row(
        f"{DIED} Neil Kinnock said the former chancellor would be mourned across the country.",
        "051",
        KINNOCK,
        HEALEY,
        id="former-office-mourned",
    ),
    argument_row(
        f"{DIED} Neil Kinnock said the veteran politician would be sorely missed.",
        "051",
        KINNOCK,
        HEALEY,
        id="description-missed",
    ),
    argument_row(
        f'{DIED} "He was a man of enormous courage," said Neil Kinnock.', "051", KINNOCK, HEALEY, id="man-of"
    ),
    argument_row(
        f'{DIED} Neil Kinnock said: "He was always full of humour and wisdom."',
        "051",
        KINNOCK,
        HEALEY,
        id="full-of",
    ),
    argument_row(
        f'{DIED} "It came as a shock," Neil Kinnock said. "He was a kind and decent man.',
        "051",
        KINNOCK,
        HEALEY,
        id="quotation-goes-on",
    ),
    argument_row(
        f'{DIED} "We argued often," Neil Kinnock said. "But my wife and I were very fond of him."',
        "051",
        KINNOCK,
        HEALEY,
        id="fond-of-him",
    ),
    argument_row(
        "Former minister Joan Lestor has died. Harriet Harman said she was an inspirational and fearless"
        " woman.",
        "051",
        HARRIET,
        LESTOR,
        id="she",
    ),
    argument_row(
        f"{SPOKE} Neil Kinnock said he was arrogant and dishonest.", "111", KINNOCK, HEALEY, id="criticised"
    ),
    argument_row(
        "Liam Fox insisted he enjoyed a warm and constructive relationship with Lord Ashcroft.",
        "051",
        FOX,
        ASHCROFT,
        id="warm-relationship",
    ),
    argument_row(
        "Liam Fox said he had very good relations with Lord Ashcroft.", "051", FOX, ASHCROFT, id="relations"
    ),
    argument_row(
        f"{DIED} {SERVED} Lord Hattersley said the news was very sad. Neil Kinnock called him a titan.",
        "051",
        KINNOCK,
        HEALEY,
        id="him-after-another-speaker",
    ),
    argument_row(
        f"{DIED} {SERVED} Lord Hattersley said the news was very sad. Neil Kinnock hailed him as a giant.",
        "051",
        KINNOCK,
        HEALEY,
        id="hailed-after-another-speaker",
    ),
    argument_row(
        f"Labour veteran's death mourned\n\n{DIED} Neil Kinnock said he was a giant of the party.",
        "051",
        KINNOCK,
        HEALEY,
        id="after-a-headline",
    ),
    # -- near misses -----------------------------------------------------------------------
    argument_row(
        f"{DIED} Tony Blair met Gordon Brown on Monday. Neil Kinnock criticised him.",
        "111",
        KINNOCK,
        "person:tony-blair",
        id="him-no-speaker-before",
    ),
    argument_row(
        "Liam Fox had a difficult relationship with Lord Ashcroft.",
        None,
        absent=("051",),
        id="difficult-bond",
    ),
    argument_row("Liam Fox has close ties to Lord Ashcroft.", None, absent=("051",), id="ties-unjudged"),
    argument_row("Liam Fox has a relationship with Lord Ashcroft.", None, absent=("051",), id="bare-bond"),
    argument_row(
        "Liam Fox, who enjoyed good relations with Lord Ashcroft, criticised Tony Blair.",
        "111",
        absent=("051",),
        id="background-bond",
    ),
    argument_row(
        "Liam Fox has excellent relations with Lord Ashcroft.", None, absent=("051",), id="bond-no-ones-words"
    ),
    argument_row(
        f"{DIED} Neil Kinnock said he was deeply saddened.", None, absent=("051", "111"), id="own-sadness"
    ),
    argument_row(
        f"{SPOKE} Neil Kinnock said he was delighted with the news.",
        None,
        absent=("051", "111"),
        id="own-delight",
    ),
    argument_row(
        f"{SPOKE} Neil Kinnock said he was proud of his own record.",
        None,
        absent=("051", "111"),
        id="own-pride",
    ),
    argument_row(
        f"{SPOKE} Neil Kinnock said he was wrong to resign.", None, absent=("051", "111"), id="wrong-to"
    ),
    argument_row(
        f'{DIED} Neil Kinnock said: "He was not a great orator."', None, absent=("051", "111"), id="denied"
    ),
    argument_row(
        f'{SPOKE} "I was very fond of the city," said Neil Kinnock.',
        None,
        absent=("051", "111"),
        id="fond-of-thing",
    ),
    argument_row(
        "Denis Healey and Roy Jenkins spoke in Leeds. Neil Kinnock said he was a great man.",
        None,
        absent=("051", "111"),
        id="two-people",
    ),
    argument_row(
        f"{DIED} Neil Kinnock said she was a wonderful colleague.",
        None,
        absent=("051", "111"),
        id="other-gender",
    ),
    argument_row(
        f"{DIED} Neil Kinnock said it was a sad day for the party.", None, absent=("051", "111"), id="sad-day"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_tributes(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


WON = "Viktor Yushchenko has won the Ukrainian election. Viktor Yushchenko will be sworn in next week."
WED = "Actor Hugh Grant is to marry Sarah Jessica Parker. The wedding will be in April."


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        pytest.param(
            f"{WON} Tony Blair offered his congratulations.", {"person:viktor-yushchenko"}, id="winner"
        ),
        pytest.param(
            f"{WON} Tony Blair sent his warm congratulations.", {"person:viktor-yushchenko"}, id="sent-warm"
        ),
        pytest.param(
            f"{WED} Tony Blair offered his congratulations.",
            {"person:hugh-grant", "person:sarah-jessica-parker"},
            id="the-couple",
        ),
        # near misses: condolences are to the bereaved, not to whom the story is about; three
        # people named as often are no one
        pytest.param(f"{WON} Tony Blair offered his condolences.", set(), id="condolences"),
        pytest.param(
            "Tony Blair, Gordon Brown and Jack Straw spoke. Charles Kennedy offered his congratulations.",
            set(),
            id="three-people",
        ),
    ],
)
def test_congratulations_to_the_story_subject(facts, text, targets):
    """Congratulations voiced to no one named go to the person(s) the story is about."""
    events = facts(text, DATE).events
    got = {t for e in events if e.cameo.startswith(("051", "018")) for t in e.targets}
    assert got == targets, [(e.cameo, e.agents, e.targets) for e in events]


KENNEDY = "person:charles-kennedy"
BATH = 'Charles Kennedy spoke in Bath. "The choice is clear," he said. '


@pytest.mark.parametrize(
    ("text", "code", "agent", "target", "absent"),
    [
        argument_row(
            f'{BATH}"Michael Howard is simply wrong.', "111", KENNEDY, "person:michael-howard", id="wrong"
        ),
        argument_row(
            f'{BATH}"The Tories are irresponsible and reckless."',
            "111",
            KENNEDY,
            "organization:conservative-party",
            id="party",
        ),
        argument_row(
            f'{BATH}"Gordon Brown is an excellent chancellor."',
            "051",
            KENNEDY,
            "person:gordon-brown",
            id="praise",
        ),
        # near misses: a judgement denied, a state described, no judging word
        argument_row(
            f'{BATH}"Mr Howard is not wrong about everything."', None, absent=("111", "051"), id="denied"
        ),
        argument_row(f'{BATH}"Iraq was a dangerous place."', None, absent=("111",), id="state-described"),
        argument_row(
            f'{BATH}"The Liberal Democrats are ready."', None, absent=("111", "051"), id="no-judgement"
        ),
    ],
)
def test_a_quotation_going_on_judges_a_named_subject(facts, text, code, agent, target, absent):
    """A quotation going on in a sentence of its own ('"...," he said. "Howard is wrong."') is
    the speaker's judgement of a named person or party it says a word of judgement of."""
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


def test_bond_verbs_are_no_triggers_of_their_own():
    """'have', 'enjoy', 'maintain' carry a bond ('enjoyed good relations with X') as they carry a
    voiced feeling: no trigger of their own, so "he told MPs he should have the final say" is
    still words told (a trigger verb in the told clause would stand for what was said)."""
    from newsgraph.extractors.events import lexicon

    starts = lexicon().starts
    assert not {"have", "enjoy", "maintain"} & starts
    assert {"praise", "describe", "call"} <= starts
