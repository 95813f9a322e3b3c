"""A bare national title in a spokesman's words ("the prime minister") is the spokesman's own
principal when the knowledge base has the principal in a government the holder named earlier is
not in (issue 10: a blind audit fault). Real office holders of 2005 (the knowledge base is read);
controls: the opposition leader's spokesman, a plain speaker, a title owned by another state."""

from __future__ import annotations

import pytest

DATE = "2005-02-01"
LEAD = "Irish prime minister Bertie Ahern met Gerry Adams in Dublin on Monday. "
BLAIR, AHERN = "person:tony-blair", "person:bertie-ahern"


def _critic(facts, text):  # type: ignore[no-untyped-def]
    events = facts(LEAD + text, DATE).events
    return [e.agents for e in events if e.cameo.startswith("11")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Tony Blair said the prime minister had criticised Mr Adams.",
        "Tony Blair's spokesman said the prime minister had criticised Mr Adams.",
        'A spokesman for Tony Blair said: "The prime minister has criticised Mr Adams."',
    ],
)
def test_the_spokesman_s_principal(facts, text):  # type: ignore[no-untyped-def]
    agents = _critic(facts, text)
    assert agents
    assert all(BLAIR in a and AHERN not in a for a in agents), agents


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Michael Howard said the prime minister had criticised Mr Adams.",
        "Tony Blair said the prime minister had criticised Mr Adams.",
    ],
)
def test_no_principal_in_government_keeps_the_holder(facts, text):  # type: ignore[no-untyped-def]
    agents = _critic(facts, text)
    assert not any(BLAIR in a for a in agents), agents
