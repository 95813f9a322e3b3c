"""Extractors: spaCy Docs in, facts (entities, relations, events) out.

Public entry points:

* :func:`load_pipeline` - the one cached spaCy pipeline.
* :func:`extract_articles` - run the pipeline over articles with ``nlp.pipe`` and
  yield one :class:`~newsgraph.model.DocumentFacts` per article.
"""

from __future__ import annotations

from .pipeline import load_pipeline

__all__ = ["load_pipeline"]
