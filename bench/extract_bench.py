"""The extractors alone, on documents parsed once: their CPU time, and whether their facts changed.

    python bench/extract_bench.py --limit 150                       # parse, then time 3 passes
    python bench/extract_bench.py --limit 150 --save facts.pkl  # also keep the facts
    python bench/extract_bench.py --limit 150 --check facts.pkl # same facts as kept?

The first ``--limit`` articles of the corpus (the shared BBC corpus by default) are parsed
once with newsgraph's pipeline, as ``ingest`` parses them; then every document's facts are
extracted ``--passes`` times in this process and the best pass's CPU time is printed, with
the time of the entity extractor and of each registered extractor. No spaCy time is in the
figure, so a change to a rule shows up at its own size even on a busy machine (CPU time,
best of the passes). ``--save`` pickles the facts; ``--check`` compares them with a pickle
made before a change (a speed change must leave them equal) and exits 1 naming the
documents that differ. A pickle is only for the same ``--limit`` and corpus.
"""

from __future__ import annotations

import argparse
import collections
import functools
import pickle
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from ingest_bench import find_corpus  # noqa: E402  (the one place that knows where the corpus is)


def parsed(corpus: Path, limit: int, model: str | None) -> list[tuple[Any, Any]]:
    """(Doc, Article) pairs exactly as ``extract_articles`` hands them to ``extract_document``."""
    import newsgraph.extractors as ex
    from newsgraph.inputs import read_inputs
    from newsgraph.model import Article

    articles = [a for a in read_inputs([str(corpus)]) if isinstance(a, Article)][:limit]
    pairs: list[tuple[Any, Any]] = []
    original = ex.extract_document

    def keep(doc: Any, article: Any, **kwargs: Any) -> Any:
        pairs.append((doc, article))
        return original(doc, article, **kwargs)

    ex.extract_document = keep  # type: ignore[assignment]
    try:
        for _ in ex.extract_articles(ex.load_pipeline(model), articles):
            pass
    finally:
        ex.extract_document = original
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, help="A JSONL file (default: the shared BBC corpus).")
    parser.add_argument("--limit", type=int, default=150, help="The first N articles.")
    parser.add_argument("--passes", type=int, default=3, help="Extraction passes; the best is printed.")
    parser.add_argument("--model", help="spaCy model (default: the one newsgraph would load).")
    parser.add_argument("--save", type=Path, help="Pickle the facts here.")
    parser.add_argument("--check", type=Path, help="Compare the facts with this pickle.")
    args = parser.parse_args()

    import newsgraph.extractors as ex
    from newsgraph.extractors.entities import EntityExtractor

    pairs = parsed(args.corpus or find_corpus(), args.limit, args.model)
    entity_extractor = EntityExtractor()
    steps = [ex.registry.get(name)() for name in ex.DEFAULT_EXTRACTORS]
    spent: dict[str, float] = collections.defaultdict(float)

    def timed(label: str, func: Any) -> Any:
        @functools.wraps(func)
        def run(*a: Any, **k: Any) -> Any:
            start = time.process_time()
            try:
                return func(*a, **k)
            finally:
                spent[label] += time.process_time() - start

        return run

    entity_extractor.extract = timed("entities", entity_extractor.extract)  # type: ignore[method-assign]
    steps = [timed(name, step) for name, step in zip(ex.DEFAULT_EXTRACTORS, steps, strict=True)]
    best: tuple[float, dict[str, float]] | None = None
    facts: list[Any] = []
    for _ in range(max(1, args.passes)):
        spent.clear()
        start = time.process_time()
        facts = [
            ex.extract_document(doc, article, entity_extractor=entity_extractor, extractors=steps)
            for doc, article in pairs
        ]
        took = time.process_time() - start
        if best is None or took < best[0]:
            best = (took, dict(spent))
    assert best is not None
    words = sum(len(article.text.split()) for _, article in pairs)
    print(f"{len(pairs)} documents, {words:,} words; extraction, best of {args.passes} passes (CPU):")
    print(f"  all extractors  {best[0]:7.3f} s  ({words / best[0]:,.0f} words/s)")
    for label, seconds in best[1].items():
        print(f"  {label:15s} {seconds:7.3f} s")
    if args.save:
        args.save.write_bytes(pickle.dumps(facts))
        print(f"facts saved to {args.save}")
    if args.check:
        before = pickle.loads(args.check.read_bytes())  # (a file this script wrote)
        if len(before) != len(facts):
            sys.exit(f"{args.check} holds {len(before)} documents, this run {len(facts)}: another --limit?")
        changed = [after.article.id for old, after in zip(before, facts, strict=True) if old != after]
        if changed:
            print(f"facts differ in {len(changed)} documents: {', '.join(changed[:10])}")
            sys.exit(1)
        print(f"same facts as {args.check} for all {len(facts)} documents")


if __name__ == "__main__":
    main()
