"""Whom an apology is for, and acts that are only what a plan is for (blind audit r18 kinds).

"apologised for insulting Nigeria", "for an outdated stereotype of Liverpool", "for his remarks
about Nigeria": the one wronged, named in what the apology is for, is its target (a town by its
state); not the doer of the thing apologised for, nor what merely happened ("for the delay").
"has come up with proposals for a points system, and to kick out more failed asylum seekers": an
infinitive joined to a clause that is none is what the clause is for, not an act done.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row, check_code_case, code_case

from newsgraph.model import Modality

DATE = "2005-03-27"
JOHNSON, HALE = "person:boris-johnson", "person:tom-hale"

APOLOGIES = [
    argument_row("Boris Johnson apologised for insulting Nigeria.", "055", JOHNSON, "state:NGA", id="gerund"),
    argument_row(
        "Boris Johnson apologised for misleading Tony Blair.",
        "055",
        JOHNSON,
        "person:tony-blair",
        id="misleading",
    ),
    argument_row(
        "Boris Johnson apologised last October for perpetuating an outdated stereotype of Liverpool.",
        "055",
        JOHNSON,
        "state:GBR",
        id="stereotype-of-town",
    ),
    argument_row(
        "Tom Hale apologised for a crude caricature of Portugal.",
        "055",
        HALE,
        "state:PRT",
        id="caricature-of",
    ),
    argument_row(
        "Tom Hale apologised for his remarks about Nigeria.", "055", HALE, "state:NGA", id="remarks-about"
    ),
    argument_row(
        "Tom Hale has apologised for the attack on Gordon Brown in his column.",
        "055",
        HALE,
        "person:gordon-brown",
        id="attack-on",
    ),
    argument_row("Tom Hale apologised to Portugal for the article.", "055", HALE, "state:PRT", id="to-stays"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), APOLOGIES)
def test_apology_for_a_wrong_is_upon_the_wronged(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale apologised for the delay.",
        "Tom Hale apologised for the delay in publishing the report on Portugal.",
        "Tom Hale apologised for any confusion.",
    ],
)
def test_apology_for_what_happened_has_no_target(facts, text):
    apologies = [e for e in facts(text, DATE).events if e.cameo.startswith("055")]
    assert apologies
    assert all(not e.targets for e in apologies), [(e.cameo, e.targets) for e in apologies]


PLANS = [
    code_case(
        "Now Home Secretary Hans Keller has come up with proposals for a points system, and to kick out"
        " more foreign criminals.",
        "17",
        Modality.INTENDED,
        id="and-to-kick-out",
    ),
    code_case(
        "Interior Minister Hans Keller published a white paper, and to deport more criminals.",
        "17",
        Modality.INTENDED,
        id="and-to-deport",
    ),
    # (controls: an act joined to another infinitive shares its fate; an act done stays done)
    code_case(
        "Interior Minister Hans Keller kicked out 40 foreign criminals on Friday.",
        "17",
        Modality.ASSERTED,
        id="done",
    ),
    code_case(
        "Interior Minister Hans Keller published a white paper and deported 40 foreign criminals.",
        "17",
        Modality.ASSERTED,
        id="finite-conj-done",
    ),
]


@pytest.mark.parametrize(("text", "code", "mode", "negated", "absent"), PLANS)
def test_infinitive_joined_to_a_clause_is_not_done(facts, text, code, mode, negated, absent):
    check_code_case(facts(text, DATE).events, code, mode, negated, absent)
