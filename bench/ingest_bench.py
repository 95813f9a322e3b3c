"""Ingest throughput against raw spaCy, measured in one run on the same texts.

    python bench/ingest_bench.py                 # the shared BBC corpus, all 2,091 articles
    python bench/ingest_bench.py --limit 300     # a quick look
    python bench/ingest_bench.py --repeat 5      # a 5x larger input (copies with new ids, in a temp dir)
    python bench/ingest_bench.py --limit 700 --rounds 3   # medians of 3 rounds, for a busy machine
    python bench/ingest_bench.py --interleaved   # raw and newsgraph take turns on chunks, one process

Four runs, each in a fresh child process so its peak memory is its own:

    (a) raw spaCy, 1 process:   nlp.pipe(texts, batch_size=B)
    (b) newsgraph ingest --workers 1 into a fresh store
    (c) raw spaCy, N processes: nlp.pipe(texts, batch_size=B, n_process=N)
    (d) newsgraph ingest --workers N into a fresh store

Each time runs from model load (raw) or the ingest call (newsgraph) to the end, so both
include loading the model and reading the JSONL. Words are ``len(text.split())``, as
the ingest report counts them. Peak memory is ``ru_maxrss`` of the run's process
(RUSAGE_SELF) and of its largest worker (RUSAGE_CHILDREN).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_NAME = "corpus/bbc_news_2004_2005.jsonl"


def find_corpus() -> Path:
    """The shared BBC corpus: in ``$NEWSGRAPH_SHARED``, else in ``shared/`` beside the checkout."""
    shared = Path(os.environ.get("NEWSGRAPH_SHARED") or ROOT.parent / "shared")
    if (shared / CORPUS_NAME).is_file():
        return shared / CORPUS_NAME
    sys.exit(f"cannot find {shared / CORPUS_NAME}; give --corpus or set $NEWSGRAPH_SHARED")


def make_input(corpus: Path, limit: int | None, repeat: int, folder: Path) -> Path:
    """The first ``limit`` articles, ``repeat`` times over with changed ids and texts."""
    lines = corpus.read_text(encoding="utf-8").splitlines()[:limit]
    out = folder / "input.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for copy in range(repeat):
            for line in lines:
                record = json.loads(line)
                if copy:
                    record["id"] = f"{record.get('id', 'doc')}~copy{copy}"
                    # A different text, or the store would skip it as already stored.
                    record["text"] = f"{record['text']}\n\n(copy {copy})"
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def model_name(given: str | None) -> str:
    import importlib.util

    from newsgraph.extractors.pipeline import model_names

    for name in model_names(given):
        if importlib.util.find_spec(name) is not None or os.path.isdir(name):
            return name
    sys.exit("no spaCy model installed; see README")


def peak_mib() -> tuple[float, float]:
    """(this process, its largest waited-for child) peak RSS in MiB; ru_maxrss is KiB on Linux."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / scale / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / scale / 1024
    return me, kids


def cpu_seconds(*, children: bool = True) -> float:
    """User and system CPU time of this process and (``children``) its waited-for descendants."""
    who = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) if children else (resource.RUSAGE_SELF,)
    return sum(r.ru_utime + r.ru_stime for r in map(resource.getrusage, who))


def run_one(
    kind: str, path: Path, processes: int, batch_size: int, model: str, db: Path, start_method: str | None
) -> dict[str, float]:
    """One measurement, in this (child) process."""
    import spacy  # imported before the clock in both kinds

    from newsgraph.knowledge import KnowledgeGraph

    cpu_start, main_start = cpu_seconds(), cpu_seconds(children=False)
    if kind == "raw":
        start = time.perf_counter()
        nlp = spacy.load(model)
        with path.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh]
        words = sum(len(t.split()) for t in texts)
        docs = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes))
        elapsed = time.perf_counter() - start
    else:
        if start_method:
            from newsgraph import parallel

            parallel.default_start_method = lambda: start_method
        start = time.perf_counter()
        with KnowledgeGraph.open(db, model=model) as kg:
            report = kg.ingest([str(path)], batch_size=batch_size, workers=processes)
        elapsed = time.perf_counter() - start
        words, docs = report.words, report.documents
        # Pool workers are children of the forkserver: stop (and so wait for) it, so their
        # peak RSS reaches our RUSAGE_CHILDREN.
        from multiprocessing import forkserver

        if processes > 1 and start_method in (None, "forkserver"):
            forkserver._forkserver._stop()
    me, kids = peak_mib()
    cpu, main_cpu = cpu_seconds() - cpu_start, cpu_seconds(children=False) - main_start
    return {
        "seconds": elapsed,
        "cpu": cpu,
        "cpu_main": main_cpu,
        "words": words,
        "docs": docs,
        "rss_self": me,
        "rss_child": kids,
    }


def run_interleaved(path: Path, batch_size: int, model: str, db: Path, chunk: int) -> dict[str, float]:
    """Raw spaCy and newsgraph on the same chunks of the input, taking turns, in this (child)
    process: a slow spell of a shared machine then falls on both alike. Raw: ``json.loads``
    and ``nlp.pipe`` of the chunk's lines; newsgraph: ``ingest`` of the chunk's JSONL file
    into one store. Both models are loaded before the clock."""
    import spacy

    from newsgraph.extractors import load_pipeline
    from newsgraph.knowledge import KnowledgeGraph

    lines = path.read_text(encoding="utf-8").splitlines()
    parts = []
    for n, start in enumerate(range(0, len(lines), chunk)):
        part = db.parent / f"part-{n}.jsonl"
        part.write_text("\n".join(lines[start : start + chunk]) + "\n", encoding="utf-8")
        parts.append((lines[start : start + chunk], part))
    nlp = spacy.load(model)
    load_pipeline(model)
    raw = ours = 0.0
    words = raw_words = 0
    with KnowledgeGraph.open(db, model=model) as kg:
        for n, (texts, part) in enumerate(parts):
            for turn in ("raw", "ours") if n % 2 == 0 else ("ours", "raw"):
                start = time.perf_counter()
                if turn == "raw":
                    docs = [json.loads(line)["text"] for line in texts]
                    for _ in nlp.pipe(docs, batch_size=batch_size):
                        pass
                    raw += time.perf_counter() - start
                    raw_words += sum(len(t.split()) for t in docs)
                else:
                    report = kg.ingest([str(part)], batch_size=batch_size)
                    ours += time.perf_counter() - start
                    words += report.words
    return {"raw": raw, "ours": ours, "raw_words": raw_words, "words": words, "chunks": len(parts)}


def measure(
    kind: str, path: Path, processes: int, args: argparse.Namespace, folder: Path
) -> dict[str, float]:
    db = folder / f"{kind}-{processes}.db"
    command = [
        sys.executable,
        __file__,
        "--child",
        kind,
        "--input",
        str(path),
        "--processes",
        str(processes),
        "--batch-size",
        str(args.batch_size),
        "--model",
        args.model,
        "--db",
        str(db),
        *(["--start-method", args.start_method] if args.start_method else []),
    ]
    load = os.getloadavg()[0]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load"] = load
    return result


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        ram = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    except OSError:
        ram = 0.0
    t0 = time.perf_counter()
    total = 0
    for i in range(10_000_000):  # how fast this shared machine is right now
        total += i
    loop = time.perf_counter() - t0
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {ram:.0f} GiB RAM, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; a 10M-addition Python loop takes {loop:.2f} s"
    )


def interleaved(args: argparse.Namespace, corpus: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        folder = Path(tmp)
        path = make_input(corpus, args.limit, args.repeat, folder)
        command = [
            sys.executable,
            __file__,
            "--child",
            "interleaved",
            "--input",
            str(path),
            "--batch-size",
            str(args.batch_size),
            "--model",
            args.model,
            "--db",
            str(folder / "interleaved.db"),
            "--chunk",
            str(args.chunk),
        ]
        load = os.getloadavg()[0]
        done = subprocess.run(command, check=True, capture_output=True, text=True)
    r = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"Machine: {machine()}")
    first = f"the first {args.limit}" if args.limit else "all"
    print(f"Model: {args.model}; batch size {args.batch_size}; input: {corpus.name}, {first} articles,")
    print(f"in {r['chunks']} turns of {args.chunk}; load avg at start {load:.2f}")
    print()
    print("| run | seconds | words | words/s |")
    print("|---|---:|---:|---:|")
    print(f"| raw spaCy nlp.pipe | {r['raw']:.1f} | {r['raw_words']:,} | {r['raw_words'] / r['raw']:,.0f} |")
    print(
        f"| newsgraph ingest --workers 1 | {r['ours']:.1f} | {r['words']:,} | {r['words'] / r['ours']:,.0f} |"
    )
    print()
    value = (r["words"] / r["ours"]) / (r["raw_words"] / r["raw"])
    verdict = "met" if value >= 0.9 else "missed"
    print(f"newsgraph / raw spaCy, 1 process, interleaved: {value:.2f} (target >= 0.9: {verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, help="A JSONL file (default: shared BBC corpus).")
    parser.add_argument("--limit", type=int, help="Only the first N articles.")
    parser.add_argument("--repeat", type=int, default=1, help="Repeat the input N times with new ids.")
    parser.add_argument("--workers", type=int, default=2, help="Processes for runs (c) and (d).")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", help="spaCy model (default: the one newsgraph would load).")
    parser.add_argument(
        "--start-method", choices=["forkserver", "spawn", "fork"], help="For newsgraph's worker pool."
    )
    parser.add_argument("--only", default="abcd", help="Which runs, e.g. 'ab'.")
    parser.add_argument(
        "--rounds", type=int, default=1, help="Repeat the runs, in alternating order; ratios are medians."
    )
    parser.add_argument(
        "--interleaved",
        action="store_true",
        help="Instead: raw spaCy and newsgraph --workers 1 taking turns on chunks, in one process.",
    )
    parser.add_argument("--chunk", type=int, default=50, help="Articles per turn with --interleaved.")
    parser.add_argument("--child", choices=["raw", "newsgraph", "interleaved"], help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "interleaved":
        print(json.dumps(run_interleaved(args.input, args.batch_size, args.model, args.db, args.chunk)))
        return
    if args.child:
        result = run_one(
            args.child, args.input, args.processes, args.batch_size, args.model, args.db, args.start_method
        )
        print(json.dumps(result))
        return
    args.model = model_name(args.model)
    corpus = args.corpus or find_corpus()
    runs = {
        "a": ("raw spaCy nlp.pipe", "raw", 1),
        "b": ("newsgraph ingest --workers 1", "newsgraph", 1),
        "c": (f"raw spaCy nlp.pipe n_process={args.workers}", "raw", args.workers),
        "d": (f"newsgraph ingest --workers {args.workers}", "newsgraph", args.workers),
    }
    if args.interleaved:
        interleaved(args, corpus)
        return
    rounds: list[dict[str, dict[str, float]]] = []
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        folder = Path(tmp)
        path = make_input(corpus, args.limit, args.repeat, folder)
        for n in range(args.rounds):
            # Alternate the order, so that a slow spell of a shared machine does not always
            # fall on the same run.
            order = args.only if n % 2 == 0 else args.only[::-1]
            found: dict[str, dict[str, float]] = {}
            stores = folder / f"round-{n + 1}"  # every run ingests into a fresh store
            stores.mkdir()
            for key in order:
                label, kind, processes = runs[key]
                print(f"round {n + 1}: running ({key}) {label} ...", file=sys.stderr, flush=True)
                found[key] = measure(kind, path, processes, args, stores)
            rounds.append(found)
    first = next(iter(rounds[0].values()))
    print(f"Machine: {machine()}")
    method = args.start_method or "forkserver"
    print(f"Model: {args.model}; batch size {args.batch_size}; pool start method {method}", end="")
    print(f"; input: {corpus.name}", end="")
    print(f" x{args.repeat}" if args.repeat > 1 else "", end="")
    print(f", {int(first['docs']):,} documents, {int(first['words']):,} words")
    print()
    print(
        "| round | run | seconds | words/s | CPU seconds (all / main process) | words/CPU s "
        "| peak RSS MiB (main / largest child) | load avg at start |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for n, found in enumerate(rounds, 1):
        for key, r in found.items():
            rate = r["words"] / r["seconds"]
            child = f"{r['rss_child']:.0f}" if r["rss_child"] else "-"
            print(
                f"| {n} | ({key}) {runs[key][0]} | {r['seconds']:.1f} | {rate:,.0f} "
                f"| {r['cpu']:.1f} / {r['cpu_main']:.1f} "
                f"| {r['words'] / r['cpu']:,.0f} | {r['rss_self']:.0f} / {child} | {r['load']:.2f} |"
            )
    print()

    def ratio(found: dict[str, dict[str, float]], top: str, bottom: str, per: str) -> float:
        return (found[top]["words"] / found[top][per]) / (found[bottom]["words"] / found[bottom][per])

    ratios = [
        ("newsgraph / raw spaCy, 1 process (b/a)", "b", "a", "seconds", 0.9),
        (f"newsgraph / raw spaCy, {args.workers} processes (d/c)", "d", "c", "seconds", None),
        (f"newsgraph workers {args.workers} / workers 1 (d/b)", "d", "b", "seconds", 1.7),
        (f"raw spaCy {args.workers} processes / 1 (c/a)", "c", "a", "seconds", None),
        ("newsgraph / raw spaCy, words per CPU second, 1 process", "b", "a", "cpu", None),
    ]
    for label, top, bottom, per, target in ratios:
        if top in args.only and bottom in args.only:
            values = [ratio(found, top, bottom, per) for found in rounds]
            value = statistics.median(values)
            goal = f" (target >= {target}: {'met' if value >= target else 'missed'})" if target else ""
            each = f" (rounds: {', '.join(f'{v:.2f}' for v in values)})" if len(values) > 1 else ""
            median = "median " if len(values) > 1 else ""
            print(f"{label}: {median}{value:.2f}{each}{goal}")


if __name__ == "__main__":
    main()
