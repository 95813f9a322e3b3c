"""An act a subject is weighing is the weighing: CAMEO 014, consider a policy option (issue 11.3).

"is considering recalling its ambassador" tells no recall, not even a hypothetical one: it
tells that the recall is being weighed. The weighing verb (consider, weigh, mull, ponder,
contemplate) gives one 014 event upon those the act would touch, with its own negation and
mood; a thought about a fact or a judgement ("considered that ...", "considers Chile a
partner") is none.
"""

from __future__ import annotations

import pytest
from factories import argument_row as row
from factories import check_argument_row

WEIGHED = [
    row(
        "Tunisia is considering restoring diplomatic ties with Syria.",
        "014",
        "state:TUN",
        "state:SYR",
        absent=("05",),
        id="gerund-restore-ties",
    ),
    row(
        "Indonesia is considering recalling its ambassador from the Netherlands.",
        "014",
        "state:IDN",
        "state:NLD",
        absent=("16",),
        id="gerund-recall-envoy",
    ),
    row(
        "Germany is weighing sending tanks to Ukraine.",
        "014",
        "state:DEU",
        "state:UKR",
        absent=("15", "07"),
        id="weighing-sending",
    ),
    row(
        "The Kenyan government is mulling imposing sanctions on Uganda.",
        "014",
        "state:KEN",
        "state:UGA",
        absent=("16",),
        id="mulling-imposing",
    ),
    row(
        "The EU is considering sanctions against Belarus.",
        "014",
        None,
        "state:BLR",
        absent=("16",),
        id="noun-sanctions",
    ),
    row(
        "Washington would consider easing oil sanctions on Venezuela.",
        "014",
        "state:USA",
        "state:VEN",
        absent=("08",),
        id="would-consider-easing",
    ),
    row(
        "Britain will consider whether to arrest the suspects.",
        "014",
        "state:GBR",
        absent=("17",),
        id="whether-to",
    ),
    # controls: thoughts and judgements, not options weighed
    row("Ministers considered that Iran had violated the deal.", None, absent=("014",), id="thought-that"),
    row("Peru considers Chile a close partner.", None, absent=("014",), id="judged-as"),
    row("The minister considered the matter urgent.", None, absent=("014",), id="judged-urgent"),
    row("Germany sent tanks to Ukraine.", None, "state:DEU", absent=("014",), id="act-done"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), WEIGHED)
def test_an_act_weighed_is_a_policy_option(facts, text, code, agent, target, absent) -> None:  # type: ignore[no-untyped-def]
    check_argument_row(facts(text).events, code, agent, target, absent)


@pytest.mark.model
def test_weighing_keeps_its_own_negation(facts) -> None:  # type: ignore[no-untyped-def]
    events = facts("France is not considering sending troops to Mali.").events
    considered = [e for e in events if e.cameo == "014"]
    assert considered
    assert all(e.negated for e in considered), events
    assert not any(e.cameo.startswith("15") and not e.negated for e in events), events
