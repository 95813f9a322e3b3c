"""The cheap lemma tests before the refusal frames' walks (``refusals.rejected_request``,
``refusals.unanswered_request``): a verb whose lemma starts no frame, and (for a rejection) that
has no answer noun as its object, is let go before the walk. It must change nothing: the same
answers and the same events as with every verb walked, on sentences of my own with every form
of the frames and controls; and the frames may read verbs only from the tables their test is
made of (a new table of verbs read by a frame must join the test, or its verbs are let go)."""

from __future__ import annotations

import inspect
import types
from typing import Any

import pytest

from newsgraph.extractors import events as events_module
from newsgraph.extractors import refusals

TEXTS = [
    # a verb of rejecting, with its particle, a particle read as a preposition
    "Chile rejected Bolivia's request for access to the sea.",
    "The Latvian government turned down an invitation from Minsk to join the talks.",
    "Iceland passed on Denmark's offer of a joint patrol.",
    "Peru's proposal for a ceasefire was rebuffed by Ecuador.",
    # a verb of accepting under a negated modal
    "Algeria would not entertain a Moroccan proposal for a summit.",
    # any verb with an answer noun as its object
    "Ghana conveyed a frosty reply to Togo's request for electricity.",
    "Norway sent a curt answer to the Swedish proposal.",
    # an idiom, a reception
    "Hungary poured cold water on Austria's plea for a shared border force.",
    "Portugal's appeal for funds met a firm no from the Dutch government.",
    "Slovakia's bid fell on deaf ears in Vienna.",
    # a request left unanswered
    "A spokesman for the ministry stonewalled questions about the contract.",
    "The embassy ignored requests for comment.",
    "Emails to the ministry seeking comment went unanswered.",
    # controls: verbs of no refusal, requests granted
    "Japan accepted Vietnam's request for rice.",
    "Brazil sent 40 tonnes of medicine to Bolivia.",
    "The committee discussed the proposal on Tuesday.",
    "Kenya's request reached Nairobi's partners late.",
]


def _verbs(nlp: Any) -> list[Any]:
    return [t for text in TEXTS for t in nlp(text)]


def test_the_same_rejections_as_with_every_verb_walked(nlp: Any) -> None:
    found = 0
    for tok in _verbs(nlp):
        walked = refusals._rejected_request(tok) if tok.pos_ == "VERB" else None
        assert refusals.rejected_request(tok) == walked, tok.sent.text
        found += walked is not None
    assert found >= 8  # (the frames do read the sentences: not a test of nothing)


def test_the_same_unanswered_requests_as_with_every_verb_walked(nlp: Any) -> None:
    found = 0
    for tok in _verbs(nlp):
        walked = refusals._unanswered_request(tok)
        assert refusals.unanswered_request(tok) == walked, tok.sent.text
        found += walked is not None
    assert found >= 2


def _events(facts: Any, text: str) -> list[Any]:
    return sorted((e.cameo, e.agents, e.targets, e.trigger) for e in facts(text).events)


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_events_with_every_verb_walked(
    facts: Any, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = _events(facts, text)
    monkeypatch.setattr(
        events_module,
        "rejected_request",
        lambda verb: refusals._rejected_request(verb) if verb.pos_ == "VERB" else None,
    )
    monkeypatch.setattr(events_module, "unanswered_request", refusals._unanswered_request)
    assert _events(facts, text) == gated


def _strings(code: types.CodeType) -> set[str]:
    found: set[str] = set()
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found |= _strings(const)
        elif isinstance(const, str):
            found.add(const)
    return found


def _called(func: Any, seen: set[str]) -> set[str]:
    """The string constants of ``func`` and of the module's functions it calls, deeply."""
    if func.__name__ in seen:
        return set()
    seen.add(func.__name__)
    code = func.__code__
    found = _strings(code)
    for name in code.co_names:
        callee = getattr(refusals, name, None)
        callee = getattr(callee, "__wrapped__", callee)  # (a cached table reader too)
        if inspect.isfunction(callee) and callee.__module__ == refusals.__name__:
            found |= _called(callee, seen)
    return found


def test_the_rejection_frames_read_verbs_only_from_the_gate_tables() -> None:
    """Every table of verbs the walk of ``_rejected_request`` reads (directly or in a helper) is
    one of ``REJECTING_KINDS``: a frame reading another must add it there."""
    kinds = set(refusals.refusal_words())
    read = _called(refusals._rejected_request, set()) & kinds
    verb_kinds = {k for k in read if k.endswith(("_verb", "_phrasal", "_idiom"))}
    assert verb_kinds <= set(refusals.REJECTING_KINDS), sorted(verb_kinds - set(refusals.REJECTING_KINDS))
    assert set(refusals.REJECTING_KINDS) <= verb_kinds  # (no stale kind in the gate either)


def test_the_unanswered_frames_read_verbs_only_from_the_gate() -> None:
    read = _called(refusals._unanswered_request, set()) & set(refusals.refusal_words())
    assert {k for k in read if k.endswith("_verb")} <= {"non_answer_verb"}


def test_the_gate_words_are_the_tables_verbs() -> None:
    for kind in refusals.REJECTING_KINDS:
        assert refusals.rows(kind), kind
        for word, _ in refusals.rows(kind):
            assert word.split()[0] in refusals.rejecting_lemmas()
    assert set(refusals.table("non_answer_verb")) <= refusals.unanswering_lemmas()
