"""Praise by an act done in someone's honour or a characterisation on introducing them, praise
heaped on someone; investigations that target the one the inquiry asks about; a release from a
state's custody (recall, issue 11). Invented people, real states; near misses after each class.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
VOLE, BURR, PIKE = "person:ann-vole", "person:tom-burr", "person:jim-pike"

ROWS = [
    # an act in someone's honour
    argument_row(
        "Ann Vole gave a speech at a college in honour of Tom Burr.", "051", VOLE, BURR, id="speech-honour"
    ),
    argument_row(
        "Ann Vole delivered a lecture in tribute to Tom Burr.", "051", VOLE, BURR, id="lecture-tribute"
    ),
    argument_row(
        "Jim Pike hosted a dinner in honour of Tom Burr on Friday.", "051", PIKE, BURR, id="dinner-honour"
    ),
    argument_row("A street was named in honour of Ann Vole.", None, absent=("051",), id="named-no-doer"),
    argument_row(
        "Jim Pike laid a wreath in honour of the victims.", None, absent=("051",), id="no-one-named"
    ),
    # introduced as the best, praise heaped
    argument_row(
        'Ann Vole introduced Tom Burr to the guests as "the finest negotiator of his generation".',
        "051",
        VOLE,
        BURR,
        id="introduced-as",
    ),
    argument_row(
        "Jim Pike presented Tom Burr as a true friend of Britain.", "051", PIKE, BURR, id="presented-as"
    ),
    argument_row(
        "The minister introduced the bill as the best way to cut crime.", None, absent=("051",), id="bill"
    ),
    # praise heaped
    argument_row("Ann Vole introduced Tom Burr to the guests.", None, absent=("051",), id="introduced-plain"),
    argument_row("Jim Pike heaped praise on Ann Vole after the vote.", "051", PIKE, VOLE, id="heaped"),
    argument_row("Jim Pike lavished praise on Tom Burr.", "051", PIKE, BURR, id="lavished"),
    argument_row("Jim Pike heaped scorn on Tom Burr.", "111", PIKE, BURR, id="scorn-kept"),
    # inquiries: the one asked about
    argument_row(
        "An inquiry by Ann Vole is examining whether Tom Burr misled the committee.",
        "09",
        VOLE,
        BURR,
        id="whether",
    ),
    argument_row(
        "Ann Vole is investigating whether Tom Burr broke the rules.", "09", VOLE, BURR, id="investigating"
    ),
    argument_row(
        "The Electoral Commission launched an inquiry into whether Tom Burr broke the rules.",
        "09",
        "organization:electoral-commission",
        BURR,
        id="inquiry-into-whether",
    ),
    argument_row(
        "Ann Vole is looking into Tom Burr's decision to sell the shares.",
        "09",
        VOLE,
        BURR,
        id="looking-into",
    ),
    argument_row(
        "Ann Vole is looking at Tom Burr's handling of the crisis.", "09", VOLE, BURR, id="looking-at"
    ),
    argument_row(
        "The SEC launched a probe into Kestrel Mining last month.",
        "09",
        "organization:sec",
        "organization:kestrel-mining",
        id="probe-into-hung-on-verb",
    ),
    argument_row("Nasa launched a probe into space.", None, absent=("09",), id="space-probe"),
    argument_row("Ann Vole looked into the camera and smiled.", None, absent=("09",), id="camera"),
    argument_row("Tom Burr is looking at ways to cut costs.", None, absent=("09",), id="ways"),
    # a release from a state's custody
    argument_row(
        "Two Jordanians freed from US custody arrived in Amman on Friday.",
        "0841",
        "state:USA",
        None,
        id="custody",
    ),
    argument_row(
        "The four Britons freed from US custody arrived in London on Tuesday.",
        "0841",
        "state:USA",
        "state:GBR",
        id="participle",
    ),
    argument_row("The figures released by the ministry showed a rise.", None, absent=("084",), id="figures"),
    argument_row(
        "Three Pakistanis were released from American detention last week.",
        "0841",
        "state:USA",
        "state:PAK",
        id="detention",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_tributes_and_inquiries(facts, text, code, agent, target, absent):  # type: ignore[no-untyped-def]
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.model
def test_a_question_with_no_one_named_targets_no_one(facts):  # type: ignore[no-untyped-def]
    events = facts("Ann Vole is examining whether the prices were too high.", DATE).events
    assert all(not e.targets for e in events if e.cameo.startswith("09")), [
        (e.cameo, e.targets) for e in events
    ]
