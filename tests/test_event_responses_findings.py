"""Responses to another's words (dismissed, laughed off, met a cool reception, reacted by saying),
findings of inquiries (found / concluded that, cleared, an inquiry's author as its agent), a thing
described with a word of blame (recall, issue 11). Invented people, real states; near misses after
each class.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
VOLE, BURR, PIKE = "person:ann-vole", "person:tom-burr", "person:jim-pike"

ROWS = [
    # another's words dismissed: a rejection upon their maker
    argument_row(
        "Ann Vole shrugged off claims from Tom Burr that she had lied.", "120", VOLE, BURR, id="shrugged-off"
    ),
    argument_row(
        "Canada brushed aside criticism from Germany.", "120", "state:CAN", "state:DEU", id="brushed"
    ),
    argument_row(
        "Jim Pike laughed off suggestions by Tom Burr that he would quit.", "120", PIKE, BURR, id="laughed"
    ),
    argument_row(
        "Norway waved away Russian complaints about the fishing zone.",
        "120",
        "state:NOR",
        "state:RUS",
        id="waved",
    ),
    argument_row("Ann Vole shrugged off a knee injury to win the race.", None, absent=("12",), id="injury"),
    argument_row("Jim Pike brushed aside the photographers outside court.", None, absent=("12",), id="crowd"),
    # a cold reception from someone
    argument_row(
        "Tom Burr's plan met a frosty reception from France.", "120", "state:FRA", BURR, id="frosty"
    ),
    argument_row(
        "Poland's proposal drew a cool response from Germany.", "120", "state:DEU", "state:POL", id="cool"
    ),
    argument_row("The new film met a cool reception from critics.", None, absent=("12",), id="film"),
    # words answered by saying
    argument_row(
        "Japan reacted to the Chinese warning by saying it would not back down.",
        "010",
        "state:JPN",
        "state:CHN",
        id="reacted-by-saying",
    ),
    argument_row(
        "Kenya responded to the crisis by sending troops.", None, absent=("010",), id="responded-act"
    ),
    # findings of inquiries
    argument_row(
        "Ann Vole's inquiry found that Tom Burr had misled parliament.", "112", VOLE, BURR, id="found-charge"
    ),
    argument_row(
        "The inquiry by Ann Vole criticised Tom Burr for failing to act.", "111", VOLE, BURR, id="inquiry-by"
    ),
    argument_row(
        "Judge Ann Vole concluded that Tom Burr had acted in good faith.", "010", VOLE, BURR, id="concluded"
    ),
    argument_row("Jim Pike's report cleared Tom Burr of any wrongdoing.", "010", PIKE, BURR, id="cleared"),
    argument_row("Workers cleared the site of debris.", None, absent=("01",), id="cleared-site"),
    argument_row("Scientists found that the drug was safe.", None, absent=("01", "11"), id="found-thing"),
    argument_row("Jim Pike found his keys in the car.", None, absent=("01", "11"), id="found-keys"),
    # a thing of someone's described with a word of blame
    argument_row(
        "Ann Vole described the American legal code as an outdated relic.",
        "111",
        VOLE,
        "state:USA",
        id="described",
    ),
    argument_row("Ann Vole described the talks as productive.", None, absent=("111",), id="described-praise"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_responses_and_findings(facts, text, code, agent, target, absent):  # type: ignore[no-untyped-def]
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
