"""Talks begun with someone, no one named to hold them (recall, issue 11).

"Britain has offered to send Gurkhas ... Discussions have begun with Indonesia": talks that are
the subject of a verb of beginning, held "with" a named state or body and by no one named, are
held by the state that acted in the sentence or the two before (040 with the partner). Near
misses: no one acted before, talks with no partner named, talks whose holder is named.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-01-05"
UK, IDN, LKA = "state:GBR", "state:IDN", "state:LKA"
OFFER = "Britain has offered to send troops to Indonesia."

ROWS = [
    argument_row(
        f"{OFFER} Discussions have begun with Indonesia on the exact timing of the deployment.",
        "04",
        UK,
        IDN,
        id="discussions-begun",
    ),
    argument_row(
        "Britain will send a team of engineers. Talks have started with Sri Lanka on where they will go.",
        "04",
        UK,
        LKA,
        id="talks-started",
    ),
    argument_row(
        f"{OFFER} Negotiations will begin with Indonesia next week.", "04", UK, IDN, id="negotiations-will"
    ),
    # near misses
    argument_row(
        "Talks have begun with Indonesia on the deployment.", None, absent=("04",), id="no-one-before"
    ),
    argument_row(f"{OFFER} Discussions have begun on the timing.", None, absent=("04",), id="no-partner"),
    argument_row(
        f"{OFFER} Australia's talks with Indonesia have begun.",
        None,
        absent=("04",),
        id="holder-named",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_talks_begun(facts, text, code, agent, target, absent):
    events = facts(text, DATE).events
    if code is None:
        # the holder is never the state that acted before
        assert not any(e.cameo.startswith("04") and UK in e.agents for e in events), events
    else:
        check_argument_row(events, code, agent, target, absent)
