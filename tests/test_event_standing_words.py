"""A person called a disappointment, an embarrassment, a letdown or a liability is criticised
(111), named or by a pronoun after the sentence that named them: "Liam Fox called him 'a
disappointment of historic proportions'", the judge named in apposition to an office
("the co-chairman of the Conservative Party, Liam Fox, called him ..."), "him" never the judge
himself. Near misses: a thing so called, one's own standing.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
FOX, BLAIR = "person:liam-fox", "person:tony-blair"

ROWS = [
    argument_row(
        'Tony Blair spoke in Manchester on Friday. Liam Fox called him "a disappointment of historic '
        'proportions" as a prime minister.',
        "111",
        FOX,
        BLAIR,
        id="called-him-disappointment",
    ),
    argument_row(
        'Michael Howard visited Leeds on Monday. Charles Kennedy described him as a "huge letdown" for '
        "Conservative voters.",
        "111",
        "person:charles-kennedy",
        "person:michael-howard",
        id="described-as-letdown",
    ),
    argument_row(
        "Jack Straw met reporters. Michael Ancram branded him an embarrassment.",
        "111",
        "person:michael-ancram",
        "person:jack-straw",
        id="branded-embarrassment",
    ),
    argument_row("Liam Fox said Tony Blair was a liability.", "111", FOX, BLAIR, id="said-liability"),
    argument_row("Liam Fox called Tony Blair a menace to the country.", "111", FOX, BLAIR, id="menace"),
    argument_row(
        "Tony Blair spoke in Manchester on Friday. His comments came as the co-chairman of the "
        'Conservative Party, Liam Fox, on Saturday called him "a failure" as a prime minister.',
        "111",
        FOX,
        BLAIR,
        id="office-with-appositive-holder",
    ),
    argument_row(
        "The leader of the Liberal Democrats, Charles Kennedy, called Tony Blair a liability.",
        "111",
        "person:charles-kennedy",
        BLAIR,
        id="appositive-holder-named-target",
    ),
    # near misses
    argument_row("Jack Straw called the vote a disappointment.", None, absent=("111",), id="thing"),
    argument_row("Gordon Brown said the result was a disappointment.", None, absent=("111",), id="result"),
    argument_row(
        "Tony Blair said he had been a disappointment to his father.",
        None,
        absent=("111",),
        id="own-standing",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_standing_words(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
