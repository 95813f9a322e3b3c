"""One very large document: peak memory and rate of an ingest against raw spaCy.

    python bench/large_doc_bench.py               # a 1 MB text made of BBC articles
    python bench/large_doc_bench.py --mb 5        # a 5 MB one
    python bench/large_doc_bench.py --punct 20000 # and a run of 20,000 "(" in the middle
    python bench/large_doc_bench.py --code ../main --skip-raw   # another checkout, for before/after

Each run is a fresh child process, so its peak RSS (``ru_maxrss``) is its own:

    (a) raw spaCy: load the model, ``nlp.pipe`` over the text cut into the pieces newsgraph
        parses (``split_text``), in batches of at most ``BATCH_CHARS`` characters;
    (b) newsgraph: ``KnowledgeGraph.ingest`` of the text file into a fresh store (read,
        normalise, parse, extract, write; not the graph cache).

Targets (issue 14): peak RSS of (b) under 1.5 GB for 1 MB, and the rate of (b) at least
half that of (a). Words are ``len(text.split())``, as the ingest report counts them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The shared BBC corpus: in $NEWSGRAPH_SHARED, else in shared/ beside the checkout (or give --corpus).
CORPUS = (
    Path(os.environ.get("NEWSGRAPH_SHARED") or ROOT.parent / "shared") / "corpus" / "bbc_news_2004_2005.jsonl"
)


def make_text(megabytes: float, punct: int, corpus: Path) -> str:
    paragraphs: list[str] = []
    size = 0
    want = int(megabytes * 1_000_000)
    while size < want:
        with corpus.open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                paragraphs.append(text)
                size += len(text) + 2
                if size >= want:
                    break
    if punct:
        paragraphs.insert(len(paragraphs) // 2, "(" * punct)
    return "\n\n".join(paragraphs)


def child_raw(path: str) -> dict[str, float]:
    import newsgraph.extractors as ex
    from newsgraph.extractors import load_pipeline, split_text

    # The raw run always parses pieces of 20,000 characters, 200,000 at a time (today's
    # newsgraph settings), so that an older checkout (--code) is compared with the same.
    piece = 20_000
    budget = getattr(ex, "BATCH_CHARS", 200_000)

    text = Path(path).read_text(encoding="utf-8")
    start = time.perf_counter()
    nlp = load_pipeline()
    pieces = [part for _offset, part in split_text(text, piece)]
    for _doc in nlp.pipe(pieces, batch_size=max(1, budget // piece)):
        pass
    return {"seconds": time.perf_counter() - start, "words": len(text.split())}


def child_newsgraph(path: str) -> dict[str, float]:
    from newsgraph.knowledge import KnowledgeGraph

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        with KnowledgeGraph.open(Path(tmp) / "bench.db") as kg:
            report = kg.ingest([path])
        seconds = time.perf_counter() - start
    assert report.documents == 1, report.rejected
    return {"seconds": seconds, "words": report.words}


def run_child(kind: str, path: Path, code: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": f"{code}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"{kind} run failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=float, default=1.0, help="size of the document in MB")
    parser.add_argument("--punct", type=int, default=0, help="add a run of this many '(' in the middle")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="the newsgraph checkout to measure (default: this one)"
    )
    parser.add_argument("--skip-raw", action="store_true", help="only the newsgraph run")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, path = args.child
        result = child_raw(path) if kind == "raw" else child_newsgraph(path)
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.txt"
        text = make_text(args.mb, args.punct, args.corpus)
        path.write_text(text, encoding="utf-8")
        print(f"document: {len(text):,} characters, {len(text.split()):,} words, punct run {args.punct}")
        print(f"machine: nproc {os.cpu_count()}, Python {platform.python_version()}, {platform.platform()}")
        print(f"code: {args.code}")
        raw = None if args.skip_raw else run_child("raw", path, args.code)
        ours = run_child("newsgraph", path, args.code)
    for name, r in (("raw spaCy", raw), ("newsgraph ingest", ours)):
        if r is None:
            continue
        rate = r["words"] / r["seconds"]
        print(f"{name:<17} {r['seconds']:8.1f} s {rate:8.0f} words/s  peak RSS {r['peak_rss_mb']:6.0f} MB")
    if raw is None:
        return
    ratio = (ours["words"] / ours["seconds"]) / (raw["words"] / raw["seconds"])
    print(f"rate newsgraph / raw spaCy: {ratio:.2f} (target >= 0.5); peak RSS target < 1536 MB")


if __name__ == "__main__":
    main()
