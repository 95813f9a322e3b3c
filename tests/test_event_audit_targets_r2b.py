"""Targets the blind audit of session 14 found missing (issue 11), as classes: the addressee of an
apology or a warning named through a member or group noun ("apologised to members of the Indian
delegation"), every side of "a row between A and party leaders B and C", the state whose measure
is judged ("criticised the failed UK passport scheme"), the one a view declined is of ("declined
to give his view of X"), and the couple "them" points to after "X will marry Y". Invented people,
real states and parties; near misses after each class.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"
DORRAN, BROWN, FELL, CORBY, LYLE = (
    "person:keith-dorran",
    "person:gordon-brown",
    "person:hugh-fellowes",
    "person:martin-corby",
    "person:edward-lyle",
)
BLAIR, ANDREW, CORRAN = "person:tony-blair", "person:prince-andrew", "person:sarah-corran"
LAB, HALE = "organization:labour-party", "person:peter-hale"

ROWS = [
    # the addressee named through a member or group noun
    argument_row(
        "Keith Dorran apologised to members of the Indian delegation.",
        "055",
        DORRAN,
        "state:IND",
        id="apology-members",
    ),
    argument_row(
        "Keith Dorran made an apology to members of the Pakistani team.",
        "055",
        DORRAN,
        "state:PAK",
        id="made-apology-members",
    ),
    # every side of a row, a name the parse hangs on a later one included
    argument_row(
        "The row between Peter Hale and party leaders Martin Corby and Edward Lyle deepened.",
        "11",
        HALE,
        LYLE,
        id="row-stacked-sides",
    ),
    argument_row(
        "The row between Peter Hale and party leaders Martin Corby and Edward Lyle deepened.",
        "11",
        CORBY,
        HALE,
        id="row-stacked-sides-back",
    ),
    # the state whose measure is judged
    argument_row(
        "Tory MP Hugh Fellowes criticised the failed UK passport scheme.",
        "11",
        FELL,
        "state:GBR",
        id="uk-scheme",
    ),
    argument_row(
        "Tory MP Hugh Fellowes criticised the failed French passport scheme.",
        "11",
        FELL,
        "state:FRA",
        id="french-scheme",
    ),
    # the one a view declined is of
    argument_row(
        "Keith Dorran declined to give his view of Gordon Brown.", "011", DORRAN, BROWN, id="view-of"
    ),
    argument_row("Keith Dorran refused to give an opinion on Labour.", "011", DORRAN, LAB, id="opinion-on"),
    argument_row("Keith Dorran declined to comment on Gordon Brown.", "011", DORRAN, BROWN, id="comment-on"),
    # the couple "them" points to
    argument_row(
        "Prince Andrew will marry Lady Sarah Corran in June. Tony Blair congratulated them.",
        "051",
        BLAIR,
        CORRAN,
        id="couple-them",
    ),
    argument_row(
        "Prince Andrew got engaged to Lady Sarah Corran last week. Tony Blair congratulated them.",
        "051",
        BLAIR,
        ANDREW,
        id="engaged-them",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_audit_targets(facts, text, code, agent, target, absent):  # type: ignore[no-untyped-def]
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    "text",
    [
        "Tory MP Hugh Fellowes criticised the failed London transport scheme.",
        "Tory MP Hugh Fellowes criticised the UK weather.",
    ],
)
def test_a_place_or_no_measure_names_no_state_judged(facts, text):  # type: ignore[no-untyped-def]
    events = facts(text, DATE).events
    assert not any("state:GBR" in e.targets for e in events), events


def test_a_view_of_a_thing_names_no_one(facts):  # type: ignore[no-untyped-def]
    events = facts("Keith Dorran declined to give his view of the budget.", DATE).events
    assert not any(e.targets for e in events if e.cameo.startswith("011")), events


def test_them_after_a_meeting_is_no_couple(facts):  # type: ignore[no-untyped-def]
    events = facts("Hugh Fellowes met Gordon Brown on Monday. Tony Blair criticised them.", DATE).events
    assert not any(FELL in e.targets for e in events), events
