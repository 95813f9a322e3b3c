#!/usr/bin/env python3
"""CAMEO code coverage bench: one hand-written sentence (or more) for every CAMEO code.

Every sentence of sentences.jsonl is written to its own file (ID.txt); all of them are ingested with the
newsgraph CLI into one temporary store (one process: fast), the store is exported to GraphML and each record
is judged on the event nodes of its own document. Figures, per CAMEO root and overall:
  code   a predicted event of the record has the gold code exactly
  root   ... has the gold root
  dyad   ... has the gold source country among its agents' and the target country among its targets'
  coded  root and dyad on the same event
  prec   predicted events (with an agent state) of the records that have the gold root and dyad
An actor's country is its `iso3` (states) or that of a state it reaches through affiliated_with / part_of /
located_in edges within two hops, as in the cameo_dev scorer.

Usage:
    python bench/cameo_codes/score.py [--sentences F] [--graph F.graphml] [--keep DIR] [--misses] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import networkx as nx

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DOC_DATE = "2025-03-12"
AFFIL = {"affiliated_with", "part_of", "located_in"}


def _rels(graph, a, b) -> set:
    out = set()
    for u, v in ((a, b), (b, a)):
        if graph.has_edge(u, v):
            data = graph.get_edge_data(u, v)
            for d in data.values() if graph.is_multigraph() else [data]:
                out.add(str(d.get("relation", "")).casefold())
    return out


def countries(graph, und, node, depth=2) -> set:
    data = graph.nodes[node]
    if str(data.get("kind", "")).casefold() == "state":
        return {str(data["iso3"]).upper()} if data.get("iso3") else set()
    if depth == 0:
        return set()
    out: set = set()
    for other in und.neighbors(node):
        if _rels(graph, node, other) & AFFIL:
            out |= countries(graph, und, other, depth - 1)
    return out


def _docs(attrs) -> set:
    docs = set()
    for key in ("doc", "documents", "evidence"):
        val = attrs.get(key)
        if not val:
            continue
        try:
            items = json.loads(val) if key != "doc" else [val]
        except (TypeError, ValueError):
            items = [val]
        for it in items if isinstance(items, list) else [items]:
            d = it.get("doc") if isinstance(it, dict) else it
            if d:
                docs.add(Path(str(d)).name.removesuffix(".txt"))
    return docs


def predictions(graph) -> dict:
    """{record id: [(cameo, trigger, agent countries, target countries)]}"""
    und = graph.to_undirected(as_view=True)
    out = defaultdict(list)
    for e, d in graph.nodes(data=True):
        if str(d.get("kind", "")).casefold() != "event":
            continue
        srcs: set = set()
        tgts: set = set()
        for o in und.neighbors(e):
            rels = _rels(graph, e, o)
            if "agent" in rels:
                srcs |= countries(graph, und, o)
            if "target" in rels:
                tgts |= countries(graph, und, o)
        for doc in _docs(d):
            out[doc].append((str(d.get("cameo", "") or ""), str(d.get("trigger", "")), srcs, tgts))
    return out


def judge(rec, preds) -> dict:
    g = rec["events"][0]
    res = {"code": False, "root": False, "dyad": False, "coded": False, "judged": 0, "good": 0}
    for code, _trig, srcs, tgts in preds:
        dyad = g["source"] in srcs and (not g.get("target") or g["target"] in tgts)
        res["code"] |= code == g["code"]
        res["root"] |= code[:2] == g["root"]
        res["dyad"] |= dyad
        res["coded"] |= dyad and code[:2] == g["root"]
        if srcs:
            res["judged"] += 1
            res["good"] += dyad and code[:2] == g["root"]
    return res


def run(records, workdir: Path, graph_out: Path) -> None:
    src = workdir / "in"
    src.mkdir(parents=True, exist_ok=True)
    for rec in records:
        (src / f"{rec['id']}.txt").write_text(rec["text"] + "\n", encoding="utf-8")
    db = workdir / "codes.db"
    env = dict(os.environ)
    env.pop("NEWSGRAPH_DB", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in [str(REPO), env.get("PYTHONPATH", "")] if p)
    cmd = [sys.executable, "-m", "newsgraph"]
    for args in (
        ["ingest", str(src), "--db", str(db), "--date", DOC_DATE, "-q"],
        ["export", str(graph_out), "--db", str(db)],
    ):
        proc = subprocess.run(cmd + args, env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"newsgraph {args[0]} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sentences", type=Path, default=HERE / "sentences.jsonl")
    ap.add_argument("--graph", type=Path, help="score this GraphML instead of ingesting")
    ap.add_argument("--keep", type=Path, help="keep the store and GraphML in this directory")
    ap.add_argument("--misses", action="store_true", help="list the records without a coded hit")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    records = [json.loads(line) for line in args.sentences.read_text(encoding="utf-8").splitlines() if line]
    if args.graph:
        graph_path = args.graph
    else:
        work = args.keep or Path(tempfile.mkdtemp(prefix="cameo_codes_"))
        work.mkdir(parents=True, exist_ok=True)
        graph_path = work / "codes.graphml"
        run(records, work, graph_path)
    graph = nx.read_graphml(graph_path)
    preds = predictions(graph)
    keys = ("code", "root", "dyad", "coded")
    per = defaultdict(lambda: defaultdict(int))
    misses = []
    for rec in records:
        res = judge(rec, preds.get(rec["id"], []))
        for bucket in (rec["events"][0]["root"], "all"):
            per[bucket]["n"] += 1
            for k in (*keys, "judged", "good"):
                per[bucket][k] += int(res[k])
        if not res["coded"] or not res["code"]:
            got = "; ".join(
                f"{c} {t!r} {sorted(s)}->{sorted(tg)}" for c, t, s, tg in preds.get(rec["id"], [])
            )
            misses.append(f"{rec['id']}: {rec['text']}\n    got: {got or '-'}")
    fig = {
        b: {
            **{k: round(v[k] / v["n"], 3) for k in keys},
            "prec": round(v["good"] / v["judged"], 3) if v["judged"] else 0.0,
            "n": v["n"],
        }
        for b, v in sorted(per.items())
    }
    if args.json:
        print(json.dumps(fig, indent=2))
        return 0
    if args.misses:
        print("\n".join(misses))
    print("root  n    code  root  dyad  coded prec")
    for b, v in fig.items():
        print(f"{b:<5} {v['n']:<4} " + " ".join(f"{v[k]:.3f}" for k in (*keys, "prec")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
