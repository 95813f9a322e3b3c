"""Words or blows received: the subject of "came in for", "faced", "drew", "attracted",
"was subjected to", "came under", "was the target of" is whom the criticism, threat or attack
from someone else is aimed at; a person's attack received with no weapon is words. Every
sentence is written for this file.

Each row: a sentence, a code prefix one event must have (None: no event needed) with the agent
and target keys it must hold, and code prefixes no unnegated event may have (``absent``).
"""

from __future__ import annotations

import pytest
from factories import FORCE_ROOTS, TABLE_DATE, check_argument_row
from factories import argument_row as row

BLAIR, BROWN, HOWARD = "person:tony-blair", "person:gordon-brown", "person:michael-howard"
TORIES, LIBDEMS = "organization:conservative-party", "organization:liberal-democrats"

ROWS = [
    # -- criticism received: the receiving verb's subject is the target -------------------------
    row(
        "Tony Blair came in for criticism from the Liberal Democrats.",
        "111",
        LIBDEMS,
        BLAIR,
        id="came-in-for",
    ),
    row(
        "Gordon Brown has come in for heavy criticism from the Conservatives over pensions.",
        "111",
        TORIES,
        BROWN,
        absent=FORCE_ROOTS,
        id="come-in-for-adjective",
    ),
    row("Gordon Brown attracted strong criticism from the Tories.", "111", TORIES, BROWN, id="attracted"),
    row("Tony Blair drew criticism from the Tories.", "111", TORIES, BLAIR, id="drew-from-on-verb"),
    row("Germany drew a sharp rebuke from France.", "111", "state:FRA", "state:DEU", id="drew-rebuke"),
    row(
        "Iran has faced condemnation from the United States over its missile tests.",
        "111",
        "state:USA",
        "state:IRN",
        id="faced-condemnation",
    ),
    row(
        "Michael Howard faced a barrage of criticism from the Liberal Democrats.",
        "111",
        LIBDEMS,
        HOWARD,
        id="barrage-of",
    ),
    row(
        "Britain was the target of criticism from France at the summit.",
        "111",
        "state:FRA",
        "state:GBR",
        id="target-of",
    ),
    row(
        "Tony Blair, who came in for criticism from the Liberal Democrats, defended the war.",
        "111",
        LIBDEMS,
        BLAIR,
        id="relative-who",
    ),
    row(
        "Israel drew threats from Iran over its nuclear programme.",
        "13",
        "state:IRN",
        "state:ISR",
        id="threats",
    ),
    # -- attacks received: physical with armed actors, words from a person ----------------------
    row(
        "Afghan soldiers came under attack from Taliban fighters near Kandahar.",
        "19",
        "organization:taliban",
        "state:AFG",
        id="under-attack-armed",
    ),
    row("Israel came under rocket attack from Hamas.", "19", "organization:hamas", "state:ISR", id="rocket"),
    row(
        "Ukraine has faced relentless attacks from Russia.",
        "19",
        "state:RUS",
        "state:UKR",
        id="faced-attacks",
    ),
    row(
        "The Home Office came under attack from Michael Howard over immigration.",
        "111",
        HOWARD,
        "organization:home-office",
        absent=FORCE_ROOTS,
        id="under-attack-words-over",
    ),
    row(
        "The Home Office came under attack from Michael Howard.",
        "111",
        HOWARD,
        absent=FORCE_ROOTS,
        id="under-attack-person",
    ),
    # -- "came under fire from": armed men's shots, anyone else's words ---------------------------
    row("The convoy came under fire from Taliban fighters.", "19", "organization:taliban", id="fire-armed"),
    row(
        "Michael Howard came under fire from the Tories.",
        "111",
        TORIES,
        HOWARD,
        absent=FORCE_ROOTS,
        id="fire-words",
    ),
    row(
        "The plan came under fire from the armed forces minister.",
        None,
        absent=FORCE_ROOTS,
        id="fire-minister-of-forces",
    ),
    # -- controls: the one who acts is no receiver -----------------------------------------------
    row(
        "Tony Blair launched an attack on the Tories.",
        "111",
        BLAIR,
        TORIES,
        absent=FORCE_ROOTS,
        id="launched",
    ),
    row("Tony Blair took a swipe at the Tories.", "111", BLAIR, TORIES, id="took-swipe"),
    row("Michael Howard faced criticism on Sunday.", None, absent=("11",), id="no-critic-named"),
    row("The Tories came in for praise from Tony Blair.", None, absent=("11", "13", "19"), id="praise"),
    # -- support received, its giver the possessor: the giver acts upon the receiver -------------
    row(
        "Having received Gordon Brown's full backing, Tony Blair stayed on as leader.",
        "05",
        BROWN,
        BLAIR,
        id="received-possessor-backing",
    ),
    row(
        "Gordon Brown said on Monday that Tony Blair enjoys the full confidence of the cabinet.",
        None,
        absent=("111",),
        id="enjoys-confidence-no-criticism",
    ),
    row(
        "Having received his full backing, Tony Blair was nonetheless defeated.",
        None,
        absent=("111", "17", "18", "19"),
        id="received-his-backing-control",
    ),
    row("Tony Blair received a letter from Gordon Brown.", None, absent=("05",), id="letter-no-support"),
    row(
        "Tony Blair won strong support from Germany for his bid to reform the union.",
        "05",
        "state:DEU",
        BLAIR,
        id="support-from-with-his",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_received(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, TABLE_DATE).events, code, agent, target, absent)
