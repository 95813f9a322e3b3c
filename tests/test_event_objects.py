"""Targets inside the object: kin nouns ("criticised her husband"), object pronouns and the
bodies a call is made to, each on several wordings written for this table.

Each row: the text, the code prefix of the event, its agents and its exact targets. A target
the text does not settle is left out: no target beats a wrong one.
"""

from __future__ import annotations

import pytest

from tests.factories import P

KIN = [
    pytest.param(
        "Michael Howard's wife Sandra gave an interview on Monday. She said she often criticised her "
        "husband for his jokes.",
        "111",
        {P("Sandra Howard")},
        {P("Michael Howard")},
        id="reported-her-husband",
    ),
    pytest.param(
        "Sandra Howard, who is married to Michael Howard, gave an interview. She said she often criticised "
        "her husband.",
        "111",
        {P("Sandra Howard")},
        {P("Michael Howard")},
        id="relative-clause-intro",
    ),
    pytest.param(
        "Michael Howard and Sandra Howard visited Bristol. He praised his wife for her work.",
        "051",
        {P("Michael Howard")},
        {P("Sandra Howard")},
        id="his-wife",
    ),
    pytest.param(
        "Cherie Blair spoke in London. Tony Blair defended his wife against the claims.",
        "052",
        {P("Tony Blair")},
        {P("Cherie Blair")},
        id="defended-his-wife",
    ),
    pytest.param(
        "Tony Blair spoke in London. Cherie Blair defended her husband against the claims.",
        "052",
        {P("Cherie Blair")},
        {P("Tony Blair")},
        id="defended-her-husband",
    ),
    pytest.param(
        "Sandra Howard spoke. Michael Howard was criticised by his wife over the jokes.",
        "111",
        {P("Sandra Howard")},
        {P("Michael Howard")},
        id="passive-by-his-wife",
    ),
    pytest.param(
        "Tony Blair and Cherie Blair attended. Mrs Blair praised her husband, who was standing nearby.",
        "051",
        {P("Cherie Blair")},
        {P("Tony Blair")},
        id="title-possessor",
    ),
    # (two men of her surname, or none: no target rather than a guess)
    pytest.param(
        "Mary Smith spoke. John Smith and Peter Smith were there. Mrs Smith praised her husband.",
        "051",
        {P("Mary Smith")},
        set(),
        id="two-candidates",
    ),
    pytest.param("Mary Smith spoke. Mrs Smith praised her husband.", "051", {P("Mary Smith")}, set(), id="none"),
    pytest.param(
        "Tony Blair spoke. Gordon Brown praised his wife.", "051", {P("Gordon Brown")}, set(), id="other-surname"
    ),
    pytest.param(
        "Sandra Howard and Nick Howard spoke. Michael Howard praised his wife.",
        "051",
        {P("Michael Howard")},
        {P("Sandra Howard")},
        id="gender-picks",
    ),
]


@pytest.mark.parametrize(("text", "code", "agents", "targets"), KIN)
def test_kin_target(facts, text, code, agents, targets):
    events = [e for e in facts(text).events if e.cameo.startswith(code)]
    shown = [(e.cameo, e.agents, e.targets) for e in facts(text).events]
    assert any(agents <= set(e.agents) and set(e.targets) == targets for e in events), shown
