"""A violent act named by a noun and ordered, begun or announced by someone is their act (18-20,
recall, issue 11): "Chirac ordered the destruction of the Ivory Coast's air force", "the commander
ordered an invasion of Iraq", "the destruction of X's air force by Y". Near misses: destruction by no
one ("the storm caused the destruction of homes"), destruction overseen, an inquiry into destruction.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2004-11-08"
CHIRAC = "person:jacques-chirac"

ROWS = [
    argument_row(
        "President Jacques Chirac ordered the destruction of the Ivory Coast's air force.",
        "19",
        CHIRAC,
        "state:CIV",
        id="ordered-destruction",
    ),
    argument_row(
        "After nine French soldiers were killed, Jacques Chirac ordered the destruction of Ivory Coast's"
        " military aircraft.",
        "19",
        CHIRAC,
        "state:CIV",
        id="ordered-destruction-aircraft",
    ),
    argument_row(
        "The destruction of the Ivory Coast's air force by French troops angered Laurent Gbagbo.",
        "19",
        "state:FRA",
        "state:CIV",
        id="destruction-by",
    ),
    argument_row(
        "George W Bush ordered an invasion of Iraq in March 2003.",
        "19",
        "person:george-w-bush",
        "state:IRQ",
        id="ordered-invasion",
    ),
    # near misses
    argument_row(
        "UN inspectors oversaw the destruction of Iraq's chemical weapons.",
        None,
        absent=("18", "19", "20"),
        id="overseen",
    ),
    argument_row(
        "The storm caused the destruction of hundreds of homes in Cuba.",
        None,
        absent=("18", "19", "20"),
        id="no-one",
    ),
    argument_row(
        "Tony Blair ordered an inquiry into the destruction of the files.",
        None,
        absent=("18", "19", "20"),
        id="inquiry",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_ordered_force(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
