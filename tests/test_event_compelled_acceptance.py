"""What one is made to accept is yielded to (recall, issue 11).

"had to accept negotiations did not guarantee membership", "was forced to accept the EU's
conditions", "was obliged to accept the ruling": an acceptance its subject is compelled to is a
yield (080), to the owner of what is accepted. Near misses: an acceptance wanted or plain
("accepted the invitation" stays what the lexicon says), "refused to accept".
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2004-12-18"
ERDOGAN, EU = "person:recep-erdogan", "organization:eu"

ROWS = [
    argument_row(
        "Turkish premier Recep Erdogan had to accept negotiations did not guarantee his country membership.",
        "080",
        ERDOGAN,
        id="had-to-accept-clause",
    ),
    argument_row(
        "Recep Erdogan was forced to accept the EU's conditions.", "080", ERDOGAN, EU, id="forced-owner"
    ),
    argument_row(
        "Recep Erdogan was obliged to accept the terms set by the EU.", "080", ERDOGAN, id="obliged"
    ),
    argument_row("Recep Erdogan has had to accept a delay to the talks.", "080", ERDOGAN, id="has-had-to"),
    # near misses
    argument_row("Recep Erdogan wanted to accept the invitation.", None, absent=("08",), id="wanted"),
    argument_row("Recep Erdogan accepted the invitation.", None, absent=("08",), id="plain-invitation"),
    argument_row("Recep Erdogan refused to accept the EU's conditions.", None, absent=("08",), id="refused"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_compelled_acceptance(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
