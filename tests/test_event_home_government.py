"""A bare "the government" or "ministers" is the government of the state the document is about,
also when the only official it names is a party's leader named once ("Tory leader X attacked the
government"): the state named most, when it is the state that official serves."""

from __future__ import annotations

import pytest
from factories import S, show_events

HOME = [
    (
        "Britain's economy slowed in March. Tory leader Michael Howard attacked the government "
        "over immigration.",
        "11",
    ),
    ("Unemployment in Britain rose again. Lib Dem leader Charles Kennedy urged the government to act.", "02"),
    (
        "Tory leader Michael Howard spoke in Britain on Monday. He attacked the government over pensions.",
        "11",
    ),
    ("Prices in Britain rose sharply. Labour MP Ann Clwyd urged ministers to cut fuel duty.", "02"),
]


@pytest.mark.parametrize(("text", "code"), HOME, ids=[h[0][-40:] for h in HOME])
def test_the_government_is_the_home_state_a_party_official_serves(facts, text, code):
    events = facts(text).events
    assert any(e.cameo.startswith(code) and S("GBR") in e.targets for e in events), show_events(events)


@pytest.mark.xfail(
    strict=True,
    reason="known fault left: the document's own home state (named most) wins over the state an "
    "opposition leader serves; 'the government' an opposition leader attacks is their own",
)
def test_a_state_named_most_that_the_official_does_not_serve_is_not_the_government(facts):
    # the only official serves Britain; the state the text names most is Spain
    text = "Spain and Spanish exports grew. Tory leader Michael Howard urged ministers to act."
    events = facts(text).events
    assert not any(S("ESP") in e.targets for e in events if e.cameo.startswith("02")), show_events(events)
