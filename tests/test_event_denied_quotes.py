"""A speaker who says its own side did not do a hostile act denies it (016): quoted before or
after the speaker, with "we", "our forces", "its troops" or the speaker's own state as subject.
A refusal to come, a peaceful act denied and another side's act said not done are no denial.
Every sentence is written for this file.

Each row: a sentence, a code prefix one event must have (None: no requirement), that event's
modality and negation, and code prefixes no unnegated event may have (``absent``).
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, TABLE_DATE, check_code_case
from factories import code_case as case

from newsgraph.model import Modality

A = Modality.ASSERTED

ROWS = [
    case(
        '"Our forces have never used chemical weapons," a Syrian army spokesman, Ali Mahmoud, said.',
        "016",
        A,
        absent=FORCE_ROOTS,
        id="our-forces-never",
    ),
    case('"We did not bomb the hospital," the Russian defence ministry said.', "016", A, id="we-did-not"),
    case(
        'The Russian defence ministry said: "Our aircraft did not bomb the hospital."',
        "016",
        A,
        absent=FORCE_ROOTS,
        id="quote-after-colon",
    ),
    case("Moscow said its troops had not shelled the city.", "016", A, absent=FORCE_ROOTS, id="reported-its"),
    case(
        '"Israel did not strike the convoy," an Israeli military spokesman said.',
        "016",
        A,
        id="own-state-named",
    ),
    # -- controls -------------------------------------------------------------------------------
    case('"We will not attend the talks," Iran said.', None, absent=("016",), id="future-refusal"),
    case(
        '"We have not defeated this problem by any means," Tony Blair said.',
        None,
        absent=("016",),
        id="no-one-hit",
    ),
    case(
        "Oliver Letwin said ministers had not delivered cleaner hospitals.",
        None,
        absent=("016",),
        id="not-his-side",
    ),
    case(
        '"We did not meet the rebels," the Colombian government said.', None, absent=("016",), id="peaceful"
    ),
    case(
        '"Russia did not bomb the hospital," the Ukrainian ministry said.',
        None,
        absent=("016",),
        id="another-side",
    ),
    case('"We bombed the bridge," the Russian defence ministry said.', None, absent=("016",), id="admitted"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), ROWS)
def test_denied_quotes(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)
