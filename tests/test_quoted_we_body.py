"""A quotation's "we" said by one who speaks for a body ("a Foreign Office spokesman", "a
spokeswoman for the Red Cross"): the body acts. Not a reporter's, a witness's or a shopper's "we"."""

from __future__ import annotations

import pytest
from factories import show_events

DATE = "2024-03-14"


@pytest.mark.parametrize(
    ("text", "root", "body"),
    [
        pytest.param(
            '"We deplore Belarus\'s treatment of the students," a Council of Europe spokesman said.',
            "11",
            "council-of-europe",
            id="council-spokesman-deplore",
        ),
        pytest.param(
            '"We have thanked Norway for its generosity," a spokeswoman for the Red Cross said.',
            "05",
            "red-cross",
            id="red-cross-spokeswoman-for-thank",
        ),
        pytest.param(
            '"We blame Iran for the collapse of the talks," an Amnesty International spokesperson said.',
            "11",
            "amnesty",
            id="amnesty-spokesperson-blame",
        ),
    ],
)
def test_spokesman_says_his_body_we(facts, text, root, body):
    events = facts(text, DATE).events
    assert any(e.cameo.startswith(root) and any(body in a.lower() for a in e.agents) for e in events), (
        show_events(events)
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param('"We condemn Israel\'s raid," a BBC reporter in Gaza said.', "bbc", id="reporter-we"),
        pytest.param(
            '"We blame Russia for the shortages," a Tesco shopper in Leeds said.', "tesco", id="shopper-we"
        ),
        pytest.param(
            '"We urge Ghana to free the men," a Reuters correspondent quoted the protesters as saying.',
            "reuters",
            id="correspondent-we",
        ),
    ],
)
def test_others_we_is_not_the_body(facts, text, body):
    events = facts(text, DATE).events
    assert not any(any(body in a.lower() for a in e.agents) for e in events), show_events(events)
