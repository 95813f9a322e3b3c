"""A titled person acted upon counts as the title says: "received Thai Foreign Minister Somchai
Wongsa", "President X was welcomed in Abuja by his counterpart" are a visit hosted (043) as
"received a delegation" is, not praise; the verb's rule for that kind of object applies to the
name its title stands before. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, check_argument_row
from factories import argument_row as row

ROWS = [
    # -- hosting: active, passive, other titles and verbs --------------------------------------
    row(
        "Chinese President Xi Jinping received Pakistani Prime Minister Shehbaz Sharif in Beijing.",
        "043",
        "state:CHN",
        "state:PAK",
        id="received-active",
    ),
    row(
        "Pakistani Prime Minister Shehbaz Sharif was received by Chinese President Xi Jinping in Beijing.",
        "043",
        "state:CHN",
        "state:PAK",
        id="received-passive",
    ),
    row(
        "Thai Foreign Minister Somchai Wongsa was received in Tokyo by Japan's Prime Minister, "
        "Hiroshi Tanaka.",
        "043",
        "state:JPN",
        "state:THA",
        id="received-passive-apposition",
    ),
    row(
        "French President Emmanuel Macron welcomed German Chancellor Olaf Scholz to Paris.",
        "043",
        "state:FRA",
        "state:DEU",
        absent=("051",),
        id="welcomed-chancellor",
    ),
    row(
        "Ghanaian President Kwame Mensah was welcomed in Abuja by his Nigerian counterpart, Bola Adeyemi.",
        "043",
        "state:NGA",
        "state:GHA",
        absent=("051",),
        id="welcomed-passive",
    ),
    row(
        "Egypt's president received Sudanese Foreign Minister Ali Karti in Cairo on Sunday.",
        "043",
        target="state:SDN",
        id="received-possessor-host",
    ),
    row(
        "Indian Foreign Secretary Vikram Rao was received in Dhaka by Bangladesh's Prime Minister, "
        "Rahim Khan.",
        "043",
        "state:BGD",
        "state:IND",
        id="received-secretary",
    ),
    # -- controls: a titled person's thing, a letter, no title ---------------------------------
    row(
        "The Labour Party welcomed President Bush's decision to visit Europe.",
        "051",
        absent=("043",),
        id="welcomed-decision",
    ),
    row(
        "Tony Blair welcomed Chancellor Gordon Brown's budget.", "051", absent=("043",), id="welcomed-budget"
    ),
    row("Tony Blair received a letter from President Chirac.", None, absent=("043",), id="letter"),
    row("Russia summoned British Ambassador Tim Barrow over the spy case.", "11", "state:RUS", id="summoned"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_titled_object(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
