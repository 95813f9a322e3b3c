"""Statements about another actor told inside the speaker's own view or a dummy "it" (issue 11,
BBC event recall, session 17): "said he was sure Mr Brown's Budget would not put at risk ...",
"said he suspected Labour was trying ...", '"I reckon the Tories are wrong"'. The clause the
view holds tells of its subject as a clause the verb reports does, whatever the verb or the
adjective of the view (only its subject decides: a pronoun of the speaker or "it"); and a
clause joined to the reported one with a subject of its own is reported too. The words of
these tests are in no table.
"""

from __future__ import annotations

import pytest
from factories import ORG, P, S, argument_row, check_argument_row, show_events

DATE = "2005-02-01"

ROWS = [
    argument_row(
        "Opposition MP Harriet Moss said she reckoned Norway would change its mind.",
        "010",
        P("Harriet Moss"),
        S("NOR"),
        id="reckoned",
    ),
    argument_row(
        "Senator Paul Ostrander said he was convinced Venezuela was hiding something.",
        "010",
        P("Paul Ostrander"),
        S("VEN"),
        id="was-convinced",
    ),
    argument_row(
        "Mrs Edna Pike said she feared Portugal had postponed the vote.",
        "010",
        P("Edna Pike"),
        S("PRT"),
        id="feared",
    ),
    argument_row(
        'Lib Dem peer Lord Tavener said: "I am certain Chile will honour the agreement."',
        "010",
        P("Lord Tavener"),
        S("CHL"),
        id="quoted-i-certain",
    ),
    argument_row(
        "Trade unionist Gary Pellow said the talks had stalled and Canada was now counting the cost.",
        "010",
        P("Gary Pellow"),
        S("CAN"),
        id="joined-clause",
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_statement_held_in_a_view(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


#: No other actor in the view: a thing, the speaker again, the speaker's own state, a
#: pronoun; a view held by someone else ("said Mr X reckoned ...": X's view, not the speaker's
#: words of the one it holds); a joined clause whose subject is a pronoun.
CONTROLS = [
    ("Farmer Ian Tolley said he reckoned the harvest would be late.", P("Ian Tolley")),
    ("Nurse Gemma Rudd said she was convinced she would win the appeal.", P("Gemma Rudd")),
    ("Welsh Assembly member Rhodri Penn said he gathered it was raining in Cardiff.", P("Rhodri Penn")),
    ("Italian minister Carlo Bruni said he was sure Italy would ratify the pact.", P("Carlo Bruni")),
    ("Dr Alice Moyo said the clinic had closed and it would not reopen.", P("Alice Moyo")),
]


@pytest.mark.parametrize(("text", "speaker"), CONTROLS)
def test_no_statement_when_the_view_holds_no_one_else(facts, text, speaker):
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith("01") and speaker in e.agents and e.targets for e in events), (
        show_events(events)
    )


def test_a_view_told_of_someone_else_in_quoted_words(facts):
    """In quoted words "he" is not the speaker: '"He believes Ghana should not be blamed," the
    spokesman said' tells of his view, not of Ghana."""
    events = facts('"He believes Ghana should not be blamed," Dr Owen Pask said.', DATE).events
    assert not any(e.cameo == "010" and S("GHA") in e.targets for e in events), show_events(events)


#: A joined clause that only repeats the speaker's own predicate for another subject ("nor is
#: X", "and so has X", "as does X"): X shares what the speaker says of himself, X is not spoken of.
ELLIPTICAL = [
    (
        '"I will not be deflected by gossip, and neither will Harriet Moss," Mr Owen Pask said.',
        "Harriet Moss",
    ),
    ('"We are not going to be rattled by rumours, nor is Gary Pellow," Mrs Edna Pike said.', "Gary Pellow"),
    ("Senator Paul Ostrander said he had never wavered, and nor had Ian Tolley.", "Ian Tolley"),
]


@pytest.mark.parametrize(("text", "partner"), ELLIPTICAL)
def test_a_clause_repeating_the_speakers_predicate_is_no_one_spoken_of(facts, text, partner):
    events = facts(text, DATE).events
    assert not any(e.cameo.startswith("01") and P(partner) in e.targets for e in events), show_events(events)


def test_a_joined_clause_with_a_bare_verb_of_its_own_is_still_read(facts):
    """Control: "and the Audit Commission should decide" has a verb of its own (no ellipsis)."""
    events = facts(
        "Trade unionist Gary Pellow said the talks had stalled and the Audit Commission should decide.", DATE
    ).events
    assert any(e.cameo.startswith("01") and ORG("Audit Commission") in e.targets for e in events), (
        show_events(events)
    )


def test_a_joined_clause_with_its_own_predicate_is_still_read(facts):
    """Control: a joined clause with a predicate of its own still tells of its subject."""
    events = facts(
        '"I will not be deflected by gossip, and Harriet Moss is now spreading it," Mr Owen Pask said.', DATE
    ).events
    assert any(e.cameo.startswith("01") and P("Harriet Moss") in e.targets for e in events), show_events(
        events
    )
