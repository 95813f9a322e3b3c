#!/usr/bin/env python3
"""Score the frames bench: per verb and per construction, for the tuning and held-out halves.

Every sentence of sentences.jsonl is read as its own article by the default extractors (in-process, one
pipeline). A sentence is right on its ROOT when an un-negated event has one of the row's roots and no
un-negated event has a forbidden code prefix; right on its DYAD when such an event also has the agent
state (or the minister of the "person" construction) among its agents and the target state among its
targets (rows with no target: the agent alone).

Usage: python bench/frames/score.py [--sentences F] [--part tune|held] [--misses] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from newsgraph.extractors import extract_articles, load_pipeline
from newsgraph.model import Article, Kind, node_key

HERE = Path(__file__).resolve().parent
DOC_DATE = "2025-03-12"


def judge(row: dict, events) -> tuple[bool, bool, list]:
    shown = [(e.cameo, e.trigger, str(e.modality), e.negated, e.agents, e.targets) for e in events]
    live = [e for e in events if not e.negated]
    if any(e.cameo.startswith(tuple(row["forbid"])) for e in live if row["forbid"]):
        return False, False, shown
    if not row["roots"]:
        return True, True, shown  # a control: no forbidden code is all it asks
    coded = [e for e in live if e.cameo[:2] in row["roots"]]
    agents = {node_key(Kind.STATE, row["agent"])}
    if row["agent_person"]:
        agents.add(node_key(Kind.PERSON, row["agent_person"]))
    target = node_key(Kind.STATE, row["target"]) if row["target"] else None
    dyad = any(agents & set(e.agents) and (target is None or target in e.targets) for e in coded)
    return bool(coded), dyad, shown


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=Path, default=HERE / "sentences.jsonl")
    ap.add_argument("--part", choices=["tune", "held", "fresh"])
    ap.add_argument("--misses", action="store_true", help="print every sentence judged wrong")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = [
        json.loads(line) for line in args.sentences.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if args.part:
        rows = [r for r in rows if r["part"] == args.part]
    nlp = load_pipeline()
    articles = [Article(id=r["id"], text=r["text"], date=DOC_DATE) for r in rows]
    results = []
    for row, facts in zip(rows, extract_articles(nlp, articles), strict=True):
        root, dyad, shown = judge(row, facts.events)
        results.append({**row, "root_ok": root, "dyad_ok": dyad, "events": shown})
    table: dict = defaultdict(lambda: [0, 0, 0])
    for r in results:
        for k in (
            ("part", r["part"]),
            ("verb", r["part"] + ":" + r["verb"]),
            ("construction", r["construction"]),
            ("part-construction", r["part"] + ":" + r["construction"]),
            ("all", "all"),
        ):
            cell = table[k]
            cell[0] += 1
            cell[1] += r["root_ok"]
            cell[2] += r["dyad_ok"]
    if args.json:
        json.dump(
            {"figures": {f"{a}/{b}": v for (a, b), v in table.items()}, "items": results},
            sys.stdout,
            indent=1,
        )
        return 0
    for group in ("all", "part", "part-construction", "construction", "verb"):
        print(f"== {group}: n root dyad")
        for (g, name), (n, root, dyad) in sorted(table.items()):
            if g == group:
                print(f"  {name:28s} {n:4d} {root / n:6.2f} {dyad / n:6.2f}")
    if args.misses:
        for r in results:
            if not (r["root_ok"] and r["dyad_ok"]):
                print(
                    f"MISS {r['id']} {r['part']} {r['verb']}/{r['construction']} want {r['roots']} "
                    f"{r['agent']}->{r['target']}: {r['text']}\n     {r['events']}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
