"""What a warning threatens is the warner's own act, not the condition put to the other side:
"warned it would cut off exports to Japan if Tokyo deploys missiles" threatens an embargo
(1312), not force, though the condition names missiles. Trade cut off is an embargo threatened
(1312). Quoted arms of the speaker's own made ready ('"our troops are ready to cross"', '"our
missiles are aimed at Tel Aviv"') threaten force (138).
Every sentence is written for this file.

Each row: a sentence, a code prefix one event must have (None: no requirement), that event's
modality and negation, and code prefixes no unnegated event may have (``absent``).
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE, check_code_case
from factories import code_case as case

ROWS = [
    case(
        "China will cut off exports of rare earths to Japan if Tokyo deploys missiles near Taiwan, "
        "a Chinese defence spokesman warned.",
        "1312",
        absent=("138",),
        id="exports-if-missiles",
    ),
    case(
        "China warned Japan that it would cut off exports of rare earths if Tokyo deployed missiles.",
        "1312",
        absent=("138",),
        id="warned-that-exports",
    ),
    case(
        "Turkey warned Greece it would halt imports of Greek goods unless Athens withdrew its warships.",
        "1312",
        absent=("138",),
        id="imports-unless-warships",
    ),
    case(
        "Russia warned Latvia it would suspend all trade if Riga deported Russian soldiers' families.",
        "13",
        absent=("138",),
        id="trade-if-soldiers",
    ),
    # quoted arms of the speaker's own made ready for an act or aimed at someone (138)
    case(
        '"Our troops are ready to cross the border at any moment," '
        "the Azerbaijani defence minister warned Armenia.",
        "138",
        id="troops-ready-to-cross",
    ),
    case(
        '"Our missiles are aimed at Tel Aviv," Iran\'s defence minister warned Israel.',
        "138",
        id="missiles-aimed",
    ),
    case(
        '"Our missiles are loaded and aimed at every American base," '
        "the North Korean defence minister warned.",
        "138",
        id="loaded-and-aimed",
    ),
    # a threat's own words, not its condition's: tariffs threatened unless military flights land
    case(
        "The United States threatened Mexico with 30 percent tariffs on all its goods unless it "
        "accepted military deportation flights.",
        "1312",
        absent=("138",),
        id="threatened-tariffs-unless-military",
    ),
    case(
        "China threatened Australia with sanctions if its warships entered the strait.",
        "1312",
        absent=("138",),
        id="threatened-sanctions-if-warships",
    ),
    # -- controls: force threatened stays force, whatever the condition -------------------------
    case(
        "Russia threatened Georgia with military action unless Tbilisi withdrew its troops.",
        "138",
        id="threatened-military-action",
    ),
    case(
        '"Our troops are not ready to cross the border," the Azerbaijani defence minister warned.',
        None,
        absent=("138",),
        id="not-ready",
    ),
    case(
        '"Our army is ready for the parade," the Iranian defence minister warned.',
        None,
        absent=("138",),
        id="parade",
    ),
    case(
        '"Their missiles are aimed at our cities," the Iranian defence minister warned Israel.',
        None,
        absent=("138",),
        id="their-missiles",
    ),
    case(
        "China warned Japan that it would fire missiles if Tokyo deployed troops.",
        "138",
        id="missiles-if-troops",
    ),
    case(
        "Iran warned that its navy would close the Strait of Hormuz if its oil exports were halted.",
        "138",
        id="navy-if-exports",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), ROWS)
def test_warned_acts(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, TABLE_DATE).events, code, mode, negated, absent)
