"""A refusal to give a comment named by a noun ("declined to make any comment", "refused to give
a statement", "declined to offer a comment") is a refusal to comment (011), as "declined to
comment" is, and so is a thing said to be none the speaker's side will comment on ('"That is
not something we will comment on"'); a refusal to give something else stays a refusal of that
act. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, S, argument_row, check_argument_row

ROWS = [
    argument_row(
        "A spokeswoman for the Indian embassy in Washington declined to make any comment on the case.",
        "011",
        S("IND"),
        id="make-any-comment",
    ),
    argument_row(
        "The Indian embassy refused to give any comment on the arrests.",
        "011",
        S("IND"),
        absent=("12",),
        id="give-comment",
    ),
    argument_row(
        "The Saudi embassy declined to offer a comment on the journalist's detention.",
        "011",
        S("SAU"),
        id="offer-a-comment",
    ),
    argument_row("The French embassy declined to make a statement.", "011", S("FRA"), id="make-a-statement"),
    # a thing said to be none the speaker's side will comment on
    argument_row(
        '"That is not something we will comment on," a Chinese foreign ministry spokeswoman told reporters.',
        "011",
        S("CHN"),
        id="not-something-we-comment-on",
    ),
    argument_row(
        '"That is not a matter we discuss in public," a Russian foreign ministry spokeswoman said.',
        "011",
        S("RUS"),
        id="not-a-matter-we-discuss",
    ),
    # -- controls: other things refused ----------------------------------------------------------
    argument_row(
        '"That is something we will comment on later," a Chinese spokeswoman said.',
        None,
        absent=("011",),
        id="will-comment-later",
    ),
    argument_row(
        "Iran refused to make concessions to Britain.", "12", S("IRN"), absent=("011",), id="concessions"
    ),
    argument_row("Israel refused to give permission for the convoy.", None, absent=("011",), id="permission"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_comment_nouns(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
