"""Harm a speaker says someone's policy or act will do is a criticism of them (111, recall,
issue 11): "said Mr Howard's cuts would hurt the poorest", a named person or party doing
something in a clause of condition or time of a harm ("As long as Mr Blair and Mr Brown continue
to push free trade on developing countries, more people will be pushed into poverty", "If
Michael Howard gets his way, nurses will lose their jobs"), in a said clause, a quotation with
its speaker, or a quotation going on in a sentence of its own. Near misses: harm escaped ("lifted
out of poverty"), harm denied, a person hurt, the speaker's own side, a state's act (a forecast),
a condition with no one named.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
MILBURN, HOWARD = "person:alan-milburn", "person:michael-howard"
BLAIR, BROWN = "person:tony-blair", "person:gordon-brown"

ROWS = [
    argument_row(
        "Alan Milburn said Michael Howard's plans would hurt the poorest families.",
        "111",
        MILBURN,
        HOWARD,
        id="plans-hurt",
    ),
    argument_row(
        "Alan Milburn said Michael Howard's cuts would damage the NHS.",
        "111",
        MILBURN,
        HOWARD,
        id="cuts-damage",
    ),
    argument_row(
        '"Gordon Brown\'s tax rises will drive businesses out of Britain," said Oliver Letwin.',
        "111",
        "person:oliver-letwin",
        BROWN,
        id="driven-out",
    ),
    argument_row(
        "Oxfam's Phil Bloomer said: \"As long as Tony Blair and Gordon Brown keep forcing privatisation on "
        'poor countries, millions will stay in poverty."',
        "111",
        "person:phil-bloomer",
        BROWN,
        id="as-long-as-poverty",
    ),
    argument_row(
        '"If Michael Howard gets his way, thousands of nurses will lose their jobs," said Alan Milburn.',
        "111",
        MILBURN,
        HOWARD,
        id="if-lose-jobs",
    ),
    argument_row(
        "Shelter's Adam Sampson said: \"While John Prescott carries on selling off council homes, more "
        'families will end up homeless."',
        "111",
        "person:adam-sampson",
        "person:john-prescott",
        id="while-homeless",
    ),
    argument_row(
        "Peter Hain said that if the Tories won, the NHS would be damaged.",
        "111",
        "person:peter-hain",
        "organization:conservative-party",
        id="if-passive-harm",
    ),
    argument_row(
        "Michael Howard said Labour's plans would leave pensioners in poverty.",
        "111",
        HOWARD,
        "organization:labour-party",
        id="left-in-poverty",
    ),
    argument_row(
        'Tony Blair spoke in London. "It was a bad day," said Adam Sampson. "As long as Mr Blair keeps '
        'cutting benefits, more people will be pushed into poverty."',
        "111",
        "person:adam-sampson",
        BLAIR,
        id="quotation-going-on",
    ),
    argument_row(
        "Tony Blair said Michael Howard's plans would make the problem worse.",
        "111",
        BLAIR,
        HOWARD,
        id="make-worse",
    ),
    argument_row(
        '"By cutting taxes, the Tories will hurt schools," said Gordon Brown.',
        "111",
        BROWN,
        "organization:conservative-party",
        id="by-means-party",
    ),
    # near misses
    argument_row(
        '"By investing in schools, we will make Britain stronger," said Gordon Brown.',
        None,
        absent=("111",),
        id="means-no-harm",
    ),
    argument_row(
        "Tony Blair said the weather would make the floods worse.", None, absent=("111",), id="worse-no-doer"
    ),
    argument_row(
        '"As long as Gordon Brown keeps investing, more people will be lifted out of poverty," said Adam '
        "Sampson.",
        None,
        absent=("111",),
        id="out-of-poverty",
    ),
    argument_row(
        "Alan Milburn said Michael Howard's plans would not hurt families.",
        None,
        absent=("111",),
        id="denied",
    ),
    argument_row(
        "Tony Blair said Michael Howard was hurt by the defeat.", None, absent=("111",), id="person-hurt"
    ),
    argument_row(
        '"As long as the weather stays fine, more tourists will come to Blackpool," said Colin Asplin.',
        None,
        absent=("111",),
        id="no-harm",
    ),
    argument_row(
        'Gordon Brown said: "If we fail to invest, families will lose their homes."',
        None,
        absent=("111",),
        id="own-side",
    ),
    argument_row(
        "Tony Blair said the storm would damage crops across Britain.", None, absent=("111",), id="no-doer"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_harm_in_words(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
