"""The date of an act charged: "was jailed for life for murdering Fred Barras, in 1999" dates the
murder 1999 (blind audit of session 7: the year of a killing missing as its date); a past year or
month after the gerund's phrase, on the verb whose charge it is, dates the act; a day or a year
before the charge dates the jailing, not the act. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest
from factories import TABLE_DATE

ROWS = [
    ("Norfolk farmer Tony Martin was jailed for life for murdering burglar Fred Barras, in 1999.", "1999"),
    ("Tony Martin was jailed for murdering Fred Barras, in August 1999.", "1999-08"),
    ("Barry George was convicted of murdering Jill Dando, in 1999.", "1999"),
    ("A British soldier was jailed for killing an Iraqi civilian, in 2004.", "2004"),
    # controls: the jailing's date, not the act's
    ("Tony Martin was jailed on Tuesday for murdering Fred Barras.", None),
    ("Tony Martin was jailed for life in 2000 for murdering Fred Barras.", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date"), ROWS)
def test_charged_act_date(facts, text, date):
    events = [e for e in facts(text, TABLE_DATE).events if e.cameo.startswith(("18", "19", "20"))]
    assert events, text
    assert events[0].date == date, [(e.cameo, e.trigger, e.date) for e in events]
