"""Trust lacking, lost or denied, said of someone named, is the speaker's criticism of them (111,
recall, issue 11): "a fundamental lack of trust in Tony Blair", "Mr Blair had lost the trust of the
people", "voters have lost faith in X", "people do not trust X", "X cannot be trusted", "distrust of
X", "X has lost his credibility" (in a said clause or its quotation). Near misses: trust had, won or
regained, a lack denied, trust lost in a thing, trust said by no one.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
HOWARD, BLAIR, KENNEDY = "person:michael-howard", "person:tony-blair", "person:charles-kennedy"
BROWN = "person:gordon-brown"

ROWS = [
    argument_row(
        'Charles Kennedy has said voters now have a "fundamental lack of trust" of Tony Blair.',
        "111",
        KENNEDY,
        BLAIR,
        id="lack-of-trust-of",
    ),
    argument_row(
        '"There is a fundamental lack of trust in Tony Blair as prime minister," Charles Kennedy said.',
        "111",
        KENNEDY,
        BLAIR,
        id="quoted-lack-of-trust-in",
    ),
    argument_row(
        "Charles Kennedy said Mr Howard had lost the trust of the British people.",
        "111",
        KENNEDY,
        "person:howard",
        id="lost-the-trust-of",
    ),
    argument_row(
        "Michael Howard said voters had lost faith in Tony Blair.", "111", HOWARD, BLAIR, id="lost-faith-in"
    ),
    argument_row(
        '"People simply do not trust Tony Blair any more," Charles Kennedy said.',
        "111",
        KENNEDY,
        BLAIR,
        id="do-not-trust",
    ),
    argument_row(
        '"Nobody trusts Michael Howard on the economy," said Tony Blair.',
        "111",
        BLAIR,
        HOWARD,
        id="nobody-trusts",
    ),
    argument_row(
        "Tony Blair said no one trusted Michael Howard any more.", "111", BLAIR, HOWARD, id="no-one-trusts"
    ),
    argument_row(
        "Michael Howard said Gordon Brown could not be trusted with the economy.",
        "111",
        HOWARD,
        BROWN,
        id="cannot-be-trusted",
    ),
    argument_row(
        "Charles Kennedy said there was deep distrust of Michael Howard among voters.",
        "111",
        KENNEDY,
        HOWARD,
        id="distrust-of",
    ),
    argument_row(
        "Charles Kennedy said that Tony Blair had lost his credibility over Iraq.",
        "111",
        KENNEDY,
        BLAIR,
        id="lost-credibility",
    ),
    argument_row(
        "Michael Howard argued there was a collapse of confidence in Gordon Brown in the City.",
        "111",
        HOWARD,
        BROWN,
        id="collapse-of-confidence",
    ),
    # near misses
    argument_row("Michael Howard said voters trust Tony Blair.", None, absent=("111",), id="trusted"),
    argument_row(
        "Michael Howard said Tony Blair had won the trust of voters.", None, absent=("111",), id="won-trust"
    ),
    argument_row(
        "Charles Kennedy said Tony Blair must regain the trust of voters.",
        None,
        absent=("111",),
        id="regain-trust",
    ),
    argument_row(
        "Charles Kennedy said there was no lack of trust in Tony Blair.",
        None,
        absent=("111",),
        id="no-lack",
    ),
    argument_row(
        "Michael Howard said voters had lost faith in the economy.", None, absent=("111",), id="thing"
    ),
    argument_row(
        "Voters have lost faith in Tony Blair, a poll suggests.", None, absent=("111",), id="no-speaker"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_distrust(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
