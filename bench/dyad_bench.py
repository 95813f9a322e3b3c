"""How fast ``dyad`` and ``dyads`` answer, and how fast the actor-view page renders, on a store.

    python bench/dyad_bench.py --db bbc.db          # a store you ingested, e.g. the shared corpus:
    newsgraph ingest $NEWSGRAPH_SHARED/corpus/bbc_news_2004_2005.jsonl --db bbc.db --quiet

Each figure is measured in a fresh process, the way the CLI runs: opening the store and
loading its graph (from the cache ``ingest`` prepared) are timed apart from the question
itself, and the total is what a user waits. ``dyad`` is asked of the most active pair of
states (plain and ``--states``) and of persons; the page is rendered with its default
``--max-nodes 300``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys, time
start = time.perf_counter()
from newsgraph.knowledge import KnowledgeGraph
kg = KnowledgeGraph.open(sys.argv[1])
graph = kg.graph
loaded = time.perf_counter()
question, args = sys.argv[2], json.loads(sys.argv[3])
if question == "dyads":
    rows = kg.dyads(**args)
    best = f"{rows[0].a_label} - {rows[0].b_label} ({rows[0].events})" if rows else "-"
    answer = f"{len(rows)} pairs; top: {best}"
elif question == "dyad":
    found = kg.dyad(*args.pop("pair"), **args)
    answer = f"{len(found.events)} events in {len(found.periods)} periods"
else:
    result = kg.render(args["out"])
    answer = f"{result.actors_shown} actors, {result.links_shown} links; {result.nodes_shown} nodes"
done = time.perf_counter()
print(json.dumps({"load": loaded - start, "question": done - loaded, "answer": answer,
                  "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}))
"""


def run(db: Path, question: str, args: dict[str, object]) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), question, json.dumps(args)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="an ingested store")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each question; the best is shown")
    args = parser.parse_args(argv)
    if not args.db.is_file():
        parser.error(f"no store at {args.db}")
    first = json.loads(
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys, json; from newsgraph.knowledge import KnowledgeGraph;"
                "r = KnowledgeGraph.open(sys.argv[1]).dyads(kind='state', limit=1);"
                "p = KnowledgeGraph.open(sys.argv[1]).dyads(kind='person', limit=1);"
                "print(json.dumps([[r[0].a, r[0].b] if r else None, [p[0].a, p[0].b] if p else None]))",
                str(args.db),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    questions: list[tuple[str, str, dict[str, object]]] = [
        ("dyads --kind state", "dyads", {"kind": "state", "limit": 20}),
        ("dyads --kind any", "dyads", {"kind": "any", "limit": 20}),
        ("dyads --kind person", "dyads", {"kind": "person", "limit": 20}),
    ]
    if first[0]:
        questions.append((f"dyad {first[0][0]} {first[0][1]}", "dyad", {"pair": first[0]}))
        questions.append(
            (f"dyad {first[0][0]} {first[0][1]} --states", "dyad", {"pair": first[0], "states": True})
        )
    if first[1]:
        questions.append((f"dyad {first[1][0]} {first[1][1]}", "dyad", {"pair": first[1]}))
    questions.append(("render (actor view)", "render", {"out": str(args.db.with_suffix(".bench.html"))}))
    header = False
    for name, question, q_args in questions:
        best = min(
            (run(args.db, question, dict(q_args)) for _ in range(args.rounds)),
            key=lambda r: float(r["question"]),  # type: ignore[arg-type]
        )
        load, answer = float(best["load"]), float(best["question"])  # type: ignore[arg-type]
        if not header:
            print(f"store {args.db}: {best['nodes']:,} nodes, {best['edges']:,} edges")
            print(f"{'question':<58} {'load s':>7} {'answer s':>9} {'total s':>8}  answer")
            header = True
        print(f"{name[:58]:<58} {load:7.2f} {answer:9.3f} {load + answer:8.2f}  {best['answer']}")
    Path(args.db.with_suffix(".bench.html")).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
