"""Shared fixtures: the real spaCy pipeline, loaded once per session, and ``facts``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Article, DocumentFacts


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The one cached English pipeline the extractors run on."""
    from newsgraph.extractors import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def facts(nlp) -> Callable[..., DocumentFacts]:  # type: ignore[no-untyped-def]
    """``facts(text, date=None)``: every fact the default extractors read from one article."""
    from newsgraph.extractors import extract_articles

    def run(text: str, date: str | None = None) -> DocumentFacts:
        return next(extract_articles(nlp, [Article(id="t", text=text, date=date)]))

    return run
