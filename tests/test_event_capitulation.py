"""Giving in to pressure, said of someone named in a speaker's words, is the speaker's charge of
weakness (111, recall, issue 11): "What the British Government is doing is giving in to French and
German pressure", "had bowed to pressure from Washington", "has kowtowed to Beijing"; the speaker's
own state's government may be blamed (the opposition's words). Near misses: giving in denied, "gave
in his notice", bowing to a crowd, giving in to despair.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-01-20"

ROWS = [
    argument_row(
        'Michael Ancram said: "What the British Government is doing is giving in to French and German'
        ' pressure."',
        "111",
        "person:michael-ancram",
        "state:GBR",
        id="what-the-government-is-doing",
    ),
    argument_row(
        "Charles Kennedy said Tony Blair had bowed to pressure from Washington.",
        "111",
        "person:charles-kennedy",
        "person:tony-blair",
        id="bowed-to-pressure",
    ),
    argument_row(
        '"Jack Straw has simply kowtowed to Beijing," said Michael Ancram.',
        "111",
        "person:michael-ancram",
        "person:jack-straw",
        id="kowtowed",
    ),
    argument_row(
        "Michael Howard said Tony Blair had caved in to the demands of the unions.",
        "111",
        "person:michael-howard",
        "person:tony-blair",
        id="caved-in-to-demands",
    ),
    # near misses
    argument_row(
        "Jack Straw said Tony Blair would never give in to pressure from terrorists.",
        None,
        absent=("111",),
        id="never",
    ),
    argument_row(
        "Michael Howard said Tony Blair had given in his notice.", None, absent=("111",), id="notice"
    ),
    argument_row("Tony Blair said the Queen bowed to the crowd.", None, absent=("111",), id="bow-to-crowd"),
    argument_row(
        "Michael Howard said Tony Blair had given in to despair.", None, absent=("111",), id="despair"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_capitulation(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
