"""Where ingest time goes: spaCy's ``nlp.pipe`` against newsgraph's own code, on one run.

    python bench/ingest_profile.py --limit 150                 # shares, no profiler
    python bench/ingest_profile.py --limit 150 --profile       # + cProfile split by module
    python bench/ingest_profile.py --limit 150 --profile --top 40 --sort tottime

The model is loaded before the clock. One ingest of the first ``--limit`` articles of the
corpus (the shared BBC corpus by default) into a fresh store in a temp dir. The time spent
inside ``nlp.pipe`` (spaCy's components; newsgraph's own paragraph component is timed apart
and counted as ours) is "spaCy"; everything else of the ingest call (reading the JSONL,
extractors, resolution, the store, the node table) is "ours". Because both are measured on
the same run, the share does not depend on how busy the shared machine is.

With ``--profile`` the same run goes under cProfile and its time is split by module: each
function's own time goes to its file's module; a builtin's (``re``, ``sqlite3``, ``dict``
methods) to its callers' modules, in proportion to the calls. cProfile slows pure Python
much more than spaCy's compiled code, so its "ours" share is higher than the plain run's.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from ingest_bench import find_corpus  # noqa: E402  (the one place that knows where the corpus is)

Func = tuple[str, int, str]


class Clock:
    """Seconds spent inside ``nlp.pipe`` and inside newsgraph's paragraph component."""

    def __init__(self) -> None:
        self.pipe = 0.0
        self.component = 0.0
        self.pipe_cpu = 0.0
        self.component_cpu = 0.0


def instrument(nlp: Any, clock: Clock) -> None:
    """Time every ``next()`` of ``nlp.pipe`` as the extractors see it, and the paragraph
    component inside it (which raw spaCy does not run)."""
    from newsgraph.extractors.pipeline import PARAGRAPHS

    original_pipe = nlp.pipe
    depth = [0]  # pipe(as_tuples=True) calls self.pipe again: time the outer call only

    def timed_pipe(*args: Any, **kwargs: Any) -> Any:
        if depth[0]:
            yield from original_pipe(*args, **kwargs)
            return
        it = iter(original_pipe(*args, **kwargs))
        while True:
            t0, c0 = time.perf_counter(), time.process_time()
            depth[0] += 1
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                depth[0] -= 1
                clock.pipe += time.perf_counter() - t0
                clock.pipe_cpu += time.process_time() - c0
            yield item

    nlp.pipe = timed_pipe
    # The component list is spaCy's own; replacing the callable in place keeps the order.
    for n, (name, proc) in enumerate(nlp._components):
        if name == PARAGRAPHS:

            def timed(doc: Any, proc: Any = proc) -> Any:
                t0, c0 = time.perf_counter(), time.process_time()
                out = proc(doc)
                clock.component += time.perf_counter() - t0
                clock.component_cpu += time.process_time() - c0
                return out

            nlp._components[n] = (name, timed)


def module_of(func: Func) -> str:
    filename = func[0]
    if filename == "~" or filename.startswith("<") or filename.endswith((".pyx", ".pxd")):
        return ""  # a builtin or compiled spaCy code (Token, Doc, Matcher): goes to its callers
    path = filename.replace(os.sep, "/")
    if "/newsgraph/" in path:
        rel = path.rsplit("/newsgraph/", 1)[1]
        return "newsgraph/" + rel
    for lib in ("spacy", "thinc", "numpy", "srsly", "sqlite_utils", "networkx", "catalogue", "pydantic"):
        if f"/{lib}/" in path:
            return lib
    return "stdlib/other"


def split_by_module(stats: pstats.Stats) -> dict[str, float]:
    raw: dict[Func, Any] = stats.stats  # type: ignore[attr-defined]
    own: dict[str, float] = collections.defaultdict(float)

    def give(func: Func, seconds: float, depth: int = 0) -> None:
        module = module_of(func)
        if module or depth > 5:
            own[module or "stdlib/other"] += seconds
            return
        callers = raw[func][4]
        total = sum(c[1] for c in callers.values()) if callers else 0
        if not total:
            own[f"builtin {func[2]}"] += seconds
            return
        for caller, c in callers.items():
            give(caller, seconds * c[1] / total, depth + 1)

    for func, (_cc, _nc, tt, _ct, _callers) in raw.items():
        give(func, tt)
    return dict(own)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, help="A JSONL file (default: the shared BBC corpus).")
    parser.add_argument("--limit", type=int, default=150, help="The first N articles.")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", help="spaCy model (default: the one newsgraph would load).")
    parser.add_argument("--profile", action="store_true", help="Also split a cProfile run by module.")
    parser.add_argument("--top", type=int, default=0, help="With --profile: print the N top functions.")
    parser.add_argument("--sort", default="tottime", help="With --top: pstats sort key.")
    parser.add_argument("--save", type=Path, help="With --profile: write the raw pstats file here.")
    args = parser.parse_args()

    from newsgraph.extractors import load_pipeline
    from newsgraph.knowledge import KnowledgeGraph

    corpus = args.corpus or find_corpus()
    nlp = load_pipeline(args.model)
    clock = Clock()
    instrument(nlp, clock)
    with tempfile.TemporaryDirectory(prefix="ingest-profile-") as tmp:
        lines = corpus.read_text(encoding="utf-8").splitlines()[: args.limit]
        part = Path(tmp) / "input.jsonl"
        part.write_text("\n".join(lines) + "\n", encoding="utf-8")
        profiler = cProfile.Profile() if args.profile else None
        with KnowledgeGraph.open(Path(tmp) / "p.db", model=args.model) as kg:
            start, cpu_start = time.perf_counter(), time.process_time()
            if profiler is not None:
                profiler.enable()
            report = kg.ingest([str(part)], batch_size=args.batch_size)
            if profiler is not None:
                profiler.disable()
            total, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    spacy_s = clock.pipe - clock.component
    ours = total - spacy_s
    spacy_cpu = clock.pipe_cpu - clock.component_cpu
    ours_cpu = cpu - spacy_cpu
    label = "under cProfile" if profiler is not None else "no profiler"
    print(f"{corpus.name}: {report.documents} documents, {report.words:,} words ({label})")
    print("                  wall s  share     CPU s  share")
    print(f"ingest total    {total:8.2f}         {cpu:8.2f}")
    print(f"  spaCy (pipe)  {spacy_s:8.2f} {spacy_s / total:6.1%}  {spacy_cpu:8.2f} {spacy_cpu / cpu:6.1%}")
    print(f"  ours          {ours:8.2f} {ours / total:6.1%}  {ours_cpu:8.2f} {ours_cpu / cpu:6.1%}")
    print(
        f"  (of ours: the paragraph component {clock.component:.2f} s wall, {clock.component_cpu:.2f} s CPU)"
    )
    print(
        f"ours / spaCy: {ours / spacy_s:.3f} wall, {ours_cpu / spacy_cpu:.3f} CPU; the ratio to raw spaCy "
        f"this allows: {spacy_s / total:.2f} wall, {spacy_cpu / cpu:.2f} CPU"
    )
    if profiler is None:
        return
    stats = pstats.Stats(profiler)
    if args.save:
        stats.dump_stats(str(args.save))
    shares = split_by_module(stats)
    whole = sum(shares.values())
    print()
    print("own time by module (cProfile seconds, share of the profiled run):")
    for module, seconds in sorted(shares.items(), key=lambda kv: -kv[1]):
        if seconds / whole >= 0.002:
            print(f"  {module:45s} {seconds:8.2f}  {seconds / whole:6.1%}")
    if args.top:
        print()
        stats.sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
