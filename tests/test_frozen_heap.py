"""Extraction runs with the heap alive at its start frozen out of the cyclic collector, and
gives it back: nothing frozen is left behind, and cyclic garbage made meanwhile is collected."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import pytest

from newsgraph.extractors import extract_articles, frozen_heap
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
    with pytest.raises(ValueError, match="boom"), frozen_heap():
        raise ValueError("boom")
    assert gc.get_freeze_count() == 0


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
