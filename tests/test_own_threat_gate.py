"""The first test of a threat read as a structure (``events._may_threaten``, the first test of
``EventExtractor._own_threat_clause``) made before the ones told are looked up: a said clause
with no modal, no frame of readiness and no threat "on the table" is let go. It must change
nothing: the same events as with every clause read, on threats of my own (own side's act on a
condition, readiness, options on the table, someone told) and controls."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extractors import events as events_module

TEXTS = [
    "Ecuador's minister said Quito would close its border with Peru if Lima kept arresting its fishermen.",
    "The Greek minister said Athens was prepared to veto the accession unless Ankara withdrew its ships.",
    "Lithuania's president said all options were on the table if Minsk kept blocking the transit of goods.",
    "The Kenyan minister told Somalia that Nairobi would expel its diplomats should the raids continue.",
    "Hungary's premier warned Romania that Budapest would cut gas supplies if the new law passed.",
    "Oman said it was ready to mediate between Iran and Qatar.",
    # controls: no threat, another's act, a fact
    "Chile's minister said Bolivia had closed the border crossings last week.",
    "The Thai spokesman said the talks with Cambodia went well.",
    "Analysts said Iran would strike if Israel attacked its nuclear plants.",
    "The Danish minister said Copenhagen would not retaliate if Moscow expelled its diplomats.",
]


def _events(facts: Any, text: str) -> list[Any]:
    return sorted((e.cameo, e.agents, e.targets, e.trigger) for e in facts(text).events)


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_events_with_every_clause_read(
    facts: Any, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = _events(facts, text)
    monkeypatch.setattr(events_module, "_may_threaten", lambda clause: True)
    assert _events(facts, text) == gated


def test_the_threats_are_read(facts: Any) -> None:
    codes = [e.cameo for text in TEXTS[:5] for e in facts(text).events]
    assert sum(code[:2] == "13" for code in codes) >= 3  # (not a test of nothing)


def test_clauses_without_modal_or_readiness_are_let_go(nlp: Any) -> None:
    doc = nlp("Chile's minister said Bolivia had closed the border crossings last week.")
    closed = next(t for t in doc if t.lower_ == "closed")
    assert not events_module._may_threaten(closed)
    doc = nlp("The minister said Quito would close its border if Lima kept arresting its fishermen.")
    assert events_module._may_threaten(next(t for t in doc if t.lower_ == "close"))
