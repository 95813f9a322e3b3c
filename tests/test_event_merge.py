"""Merging restated events within one document: the indexed merge gives what the
pairwise rule gave (every event compared with every kept one, in order)."""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import pytest

from newsgraph.extractors import occurrences as ev
from newsgraph.extractors.events import _Event
from newsgraph.extractors.occurrences import occurrences as _occurrences
from newsgraph.extractors.occurrences import same_occurrence as _same_occurrence
from newsgraph.model import Modality


def pairwise(events: list[_Event]) -> list[tuple[_Event, tuple[str, ...], tuple[str, ...]]]:
    """The merge as it was: each event against every kept one, the first twin absorbs it."""
    kept: list[tuple[_Event, tuple[str, ...], tuple[str, ...]]] = []
    for event in events:
        agents, targets = tuple(sorted(event.agents)), tuple(sorted(event.targets))
        twin = next((k for k in kept if _same_occurrence(k, event, agents, targets)), None)
        if twin is not None:
            first = twin[0]
            first.date = first.date or event.date
            first.agents = list(dict.fromkeys(first.agents + event.agents))
            first.targets = list(dict.fromkeys(first.targets + event.targets))
            first.locations = list(dict.fromkeys(first.locations + event.locations))
            kept[kept.index(twin)] = (first, tuple(sorted(first.agents)), tuple(sorted(first.targets)))
            continue
        kept.append((event, agents, targets))
    return kept


def copies(events: list[_Event]) -> list[_Event]:
    """Fresh events to merge (merging changes the kept ones in place)."""
    return [
        dataclasses.replace(e, agents=list(e.agents), targets=list(e.targets), locations=list(e.locations))
        for e in events
    ]


def summary(events: list[_Event], kept: list[Any]) -> list[tuple[Any, ...]]:
    """What the merge kept: which input event, with what, in which order."""
    position = {id(e): i for i, e in enumerate(events)}
    return [
        (position[id(e)], e.cameo, e.agents, e.targets, e.locations, e.date, e.negated, e.modality, a, t)
        for e, a, t in kept
    ]


def same_as_pairwise(events: list[_Event]) -> list[tuple[Any, ...]]:
    old, new = copies(events), copies(events)
    expected = summary(old, pairwise(old))
    assert summary(new, _occurrences(new)) == expected
    return expected


def event(n: int, agents: list[str], targets: list[str] = [], **extra: Any) -> _Event:  # noqa: B006 - never mutated
    """An event with a stand-in trigger (the merge never reads it)."""
    return _Event(extra.pop("cameo", "040"), n, list(agents), list(targets), **extra)  # type: ignore[arg-type]


def test_an_event_is_found_under_an_agent_it_gained():
    events = [event(0, ["A"]), event(1, ["A", "B"]), event(2, ["B"])]
    kept = same_as_pairwise(events)
    assert [(k[0], k[2]) for k in kept] == [(0, ["A", "B"])]


def test_the_first_kept_twin_wins_whichever_agent_finds_it():
    # 2 restates both 0 (through B) and 1 (through A): the earlier kept one, 0, takes it.
    events = [event(0, ["B"]), event(1, ["A"]), event(2, ["A", "B"])]
    kept = same_as_pairwise(events)
    assert [(k[0], k[2]) for k in kept] == [(0, ["B", "A"]), (1, ["A"])]


def test_events_without_agents_never_merge():
    events = [event(0, []), event(1, []), event(2, ["A"]), event(3, ["A"])]
    assert [k[0] for k in same_as_pairwise(events)] == [0, 1, 2]


def test_code_and_negation_keep_events_apart():
    events = [event(0, ["A"]), event(1, ["A"], cameo="042"), event(2, ["A"], negated=True), event(3, ["A"])]
    assert [k[0] for k in same_as_pairwise(events)] == [0, 1, 2]


AGENTS = ["A", "B", "C", "D", "E", "F"]
TARGETS = ["A", "B", "C", "G", "H", "I", "J"]
DATES = [None, None, None, "2024-04-15", "--04-15", "2024-04", "2024-05-02", "--05-02", "2023-04-15"]
MODALITIES = [Modality.ASSERTED] * 6 + [Modality.REPORTED, Modality.PLANNED, Modality.HYPOTHETICAL]


def random_events(rng: random.Random, n: int) -> list[_Event]:
    return [
        _Event(
            rng.choice(["040", "040", "042", "111"]),
            i,  # type: ignore[arg-type]
            rng.sample(AGENTS, rng.choice([0, 1, 1, 1, 2, 2, 3])),
            rng.sample(TARGETS, rng.choice([0, 1, 1, 2, 3])),
            rng.sample(["location:x", "location:y"], rng.choice([0, 0, 1])),
            rng.random() < 0.1,
            rng.choice(MODALITIES),
            rng.choice(DATES),
        )
        for i in range(n)
    ]


@pytest.mark.parametrize("seed", range(12))
def test_random_documents_merge_as_pairwise(seed):
    events = random_events(random.Random(seed), 400)
    kept = same_as_pairwise(events)
    assert 0 < len(kept) < len(events)  # some merged, some did not


SENTENCES = [
    "{a} warned {b} on Monday.",
    "{a} criticized {b}.",
    "{a}'s foreign minister visited {b} on April 3.",
    "{a} and {b} signed an agreement.",
    "{a} praised {b}.",
    "{a} held talks with {b} in {c}.",
    "{a} imposed sanctions on {b}.",
]
STATES = ["Japan", "China", "Brazil", "Indonesia", "France", "Germany", "India", "Kenya"]


@pytest.mark.model
def test_a_long_article_merges_as_pairwise(nlp, monkeypatch):
    rng = random.Random(7)
    lines = []
    for _ in range(120):
        a, b, c = rng.sample(STATES, 3)
        lines.append(rng.choice(SENTENCES).format(a=a, b=b, c=c))
    text = "\n".join(lines[:40] + lines + lines[::3])  # restatements near and far
    seen: list[list[tuple[Any, ...]]] = []
    merged: list[int] = []

    def checked(events: list[_Event]) -> Any:
        old, new = copies(events), copies(events)
        expected = summary(old, pairwise(old))
        result = _occurrences(new)
        assert summary(new, result) == expected
        seen.append(expected)
        merged.append(len(events) - len(result))
        # hand on what the merge of the events themselves gives
        return _occurrences(events)

    monkeypatch.setattr(ev, "occurrences", checked)
    from newsgraph.extractors import extract_articles
    from newsgraph.model import Article

    facts = next(extract_articles(nlp, [Article(id="long", text=text, date="2024-04-15")]))
    assert len(seen) == 1
    assert len(facts.events) == len(seen[0]) > 50
    assert merged[0] > 50
