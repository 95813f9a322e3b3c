"""Extraction runs with the heap alive at its start frozen out of the cyclic collector, and
gives it back: nothing frozen is left behind, and cyclic garbage made meanwhile is collected."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import pytest

from newsgraph.extractors import YOUNG_THRESHOLD, extract_articles, frozen_heap
from newsgraph.model import Article


@pytest.fixture(autouse=True)
def _thawed() -> Any:
    # (a test before may have loaded a large graph, which freezes the heap for good)
    gc.unfreeze()
    yield
    gc.unfreeze()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_frozen_inside_and_thawed_after() -> None:
    assert gc.get_freeze_count() == 0
    with frozen_heap():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_thawed_after_an_error_inside() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError, match="boom"), frozen_heap():
        raise ValueError("boom")
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_young_objects_collected_less_often_inside_and_as_before_after() -> None:
    before = gc.get_threshold()
    with frozen_heap():
        inside = gc.get_threshold()
    assert inside[0] == max(before[0], YOUNG_THRESHOLD)
    assert inside[1:] == before[1:]
    assert gc.get_threshold() == before


def test_a_higher_threshold_set_before_is_kept() -> None:
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD * 3, *before[1:])
    try:
        with frozen_heap():
            assert gc.get_threshold()[0] == YOUNG_THRESHOLD * 3
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD * 3
    finally:
        gc.set_threshold(*before)


def test_a_heap_frozen_before_stays_frozen() -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    with frozen_heap():
        pass
    assert gc.get_freeze_count() == frozen


def test_garbage_frozen_with_the_heap_is_collected_after() -> None:
    enabled = gc.isenabled()
    gc.disable()  # (no collection of its own between the drop and the freeze)
    try:
        cycle = _Cycle()
        alive = weakref.ref(cycle)
        del cycle
        with frozen_heap():
            gc.collect()
            assert alive() is not None  # frozen: not walked
        gc.collect()
        assert alive() is None
    finally:
        if enabled:
            gc.enable()


def test_extraction_freezes_while_it_runs_and_thaws_when_done(nlp: Any) -> None:
    articles = [
        Article(id=f"a{i}", text=f"Tony Blair met Jacques Chirac in Paris on day {i}.") for i in range(3)
    ]
    seen: list[int] = []
    results = extract_articles(nlp, articles, extractors=())
    for facts in results:
        seen.append(gc.get_freeze_count())
        assert facts.entities
    assert len(seen) == 3
    assert all(count > 0 for count in seen)
    assert gc.get_freeze_count() == 0


def test_extraction_abandoned_half_way_thaws(nlp: Any) -> None:
    articles = [Article(id=f"b{i}", text=f"Gordon Brown spoke in London on day {i}.") for i in range(3)]
    results = extract_articles(nlp, articles, extractors=())
    next(results)
    assert gc.get_freeze_count() > 0
    results.close()
    assert gc.get_freeze_count() == 0


def test_a_heap_frozen_before_keeps_its_threshold() -> None:
    before = gc.get_threshold()
    gc.freeze()
    with frozen_heap():
        assert gc.get_threshold() == before
    assert gc.get_threshold() == before
