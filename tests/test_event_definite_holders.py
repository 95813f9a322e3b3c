"""A bare definite description points back: "the minister" is someone named with that office
before (or in) its sentence, never a minister named later in the story (blind audit of session 7:
"the minister dragged to face MPs" was a minister first named two paragraphs on). A description
with its owner named ("the European Union's ambassador") or an office of its own ("the home
secretary", "the courts minister") may open a story that names the holder later.
Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE

SCOTLAND, STRAW = "person:baroness-scotland", "person:jack-straw"

LATER = [
    pytest.param(
        "David Blunkett apologised to MPs on Thursday. David Davis argued the minister should have "
        "volunteered a statement. Later, Home Office minister Baroness Scotland said the law would "
        "not change.",
        SCOTLAND,
        id="minister-named-later",
    ),
    pytest.param(
        "The ambassador was criticised by Labour MPs on Monday. On Tuesday, the Foreign Office said "
        "ambassador Craig Murray had been recalled.",
        "person:craig-murray",
        id="ambassador-named-later",
    ),
]

BEFORE = [
    pytest.param(
        "Home Office minister Baroness Scotland said the law would not change. David Davis argued the "
        "minister should have volunteered a statement.",
        "111",
        SCOTLAND,
        id="minister-named-before",
    ),
    pytest.param(
        "Niger's government ordered the European Union's ambassador to leave the country. The EU "
        "ambassador, Salvador Pinto da Franca, left on Friday.",
        "16",
        "person:salvador-pinto-da-franca",
        id="owned-description-may-name-him-later",
    ),
    pytest.param(
        "Mr Mubanga said he was interrogated. The home secretary said he would not be launching an "
        "investigation. Home Secretary Charles Clarke later said the reports were wrong.",
        "09",
        "person:charles-clarke",
        id="office-of-its-own-may-name-him-later",
    ),
    pytest.param(
        "Foreign Secretary Jack Straw flew to Tehran on Monday. Michael Ancram criticised the foreign "
        "secretary for the trip.",
        "111",
        STRAW,
        id="secretary-named-before",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "later"), LATER)
def test_no_holder_named_later(facts, text, later):
    events = facts(text, TABLE_DATE).events
    assert not any(later in e.targets or later in e.agents for e in events if e.trigger != "recalled"), [
        (e.cameo, e.trigger, e.agents, e.targets) for e in events
    ]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "holder"), BEFORE)
def test_holder_named_before(facts, text, code, holder):
    events = facts(text, TABLE_DATE).events
    assert any(e.cameo.startswith(code) and holder in (*e.targets, *e.agents) for e in events), [
        (e.cameo, e.trigger, e.agents, e.targets) for e in events
    ]
