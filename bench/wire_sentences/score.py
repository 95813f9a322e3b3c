#!/usr/bin/env python3
"""Wire-style sentences (written for this bench, in the style of 1980s–90s agency copy): persons,
person -> organization employment/office, and killings (killer, victim).

    python bench/wire_sentences/score.py [--newsgraph "python -m newsgraph"] [--show]

Each record of ``sentences.jsonl`` is ingested as its own document (``ID.txt``) into one store; the
exported GraphML is scored per document through the evidence of nodes and edges:

- persons: person nodes cited by the document against the record's ``persons`` (a node matches a gold
  name when one contains the other's last token and the labels share it); precision and recall.
- work_for: ``affiliated_with`` edges from a person to an organization whose label matches the gold
  organization (case- and punctuation-folded containment either way).
- kills: events with a CAMEO root 18–20 whose agent matches the killer and target the victim, for gold
  pairs where both are persons.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import networkx as nx

HERE = Path(__file__).resolve().parent
STOP = {"the", "corp", "co", "inc", "of", "local"}


def fold(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", str(text).casefold())
    return [w for w in words if w not in STOP]


def name_match(pred: str, gold: str) -> bool:
    p, g = fold(pred), fold(gold)
    if not p or not g:
        return False
    return p[-1] == g[-1] and (set(p) <= set(g) or set(g) <= set(p))


def org_match(pred: str, gold: str) -> bool:
    p, g = " ".join(fold(pred)), " ".join(fold(gold))
    return bool(p) and bool(g) and (p in g or g in p)


def docs_of(data: dict) -> set[str]:
    try:
        return {str(e.get("doc")) for e in json.loads(data.get("evidence") or "[]")}
    except ValueError:
        return set()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--newsgraph", default=f"{sys.executable} -m newsgraph")
    parser.add_argument("--show", action="store_true", help="list misses and false positives")
    args = parser.parse_args()
    records = [json.loads(line) for line in (HERE / "sentences.jsonl").open(encoding="utf-8")]
    ng = shlex.split(args.newsgraph)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for r in records:
            (folder / f"{r['id']}.txt").write_text(r["text"] + "\n", encoding="utf-8")
        db, out = Path(tmp) / "w.db", Path(tmp) / "w.graphml"
        subprocess.run([*ng, "ingest", str(folder), "--db", str(db), "-q"], check=True)
        subprocess.run([*ng, "export", str(out), "--db", str(db)], check=True, capture_output=True)
        graph = nx.read_graphml(out, force_multigraph=True)

    by_doc_persons: defaultdict[str, set[str]] = defaultdict(set)
    for node, data in graph.nodes(data=True):
        if data.get("kind") == "person":
            for doc in docs_of(data):
                by_doc_persons[doc].add(str(data.get("label", node)))
    affil: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    for u, v, data in graph.edges(data=True):
        if (
            data.get("relation") == "affiliated_with"
            and graph.nodes[u].get("kind") == "person"
            and graph.nodes[v].get("kind") == "organization"
        ):
            for doc in docs_of(data):
                affil[doc].add((str(graph.nodes[u].get("label")), str(graph.nodes[v].get("label"))))
    kills: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "event" or str(data.get("cameo", ""))[:2] not in ("18", "19", "20"):
            continue
        agents = [
            str(graph.nodes[u].get("label"))
            for u, _, d in graph.in_edges(node, data=True)
            if d.get("relation") == "agent"
        ]
        targets = [
            str(graph.nodes[v].get("label"))
            for _, v, d in graph.out_edges(node, data=True)
            if d.get("relation") == "target"
        ]
        for doc in docs_of(data):
            kills[doc].update((a, t) for a in agents for t in targets)

    tally = defaultdict(int)
    notes = []
    for r in records:
        doc, gold_p = r["id"], r["persons"]
        pred_p = by_doc_persons.get(doc, set())
        for p in pred_p:
            ok = any(name_match(p, g) for g in gold_p)
            tally["person_tp_pred" if ok else "person_fp"] += 1
            if not ok:
                notes.append(f"{doc} person FP: {p}")
        for g in gold_p:
            ok = any(name_match(p, g) for p in pred_p)
            tally["person_tp" if ok else "person_fn"] += 1
            if not ok:
                notes.append(f"{doc} person miss: {g}")
        for pp, org in affil.get(doc, set()):
            ok = any(name_match(pp, gp) and org_match(org, go) for gp, go in r["work_for"])
            tally["wf_tp_pred" if ok else "wf_fp"] += 1
            if not ok:
                notes.append(f"{doc} work_for FP: {pp} -> {org}")
        for gp, go in r["work_for"]:
            ok = any(name_match(pp, gp) and org_match(org, go) for pp, org in affil.get(doc, set()))
            tally["wf_tp" if ok else "wf_fn"] += 1
            if not ok:
                notes.append(f"{doc} work_for miss: {gp} -> {go}")
        for killer, victim in r["kills"]:
            if killer not in gold_p or victim not in gold_p:
                continue
            ok = any(name_match(a, killer) and name_match(t, victim) for a, t in kills.get(doc, set()))
            tally["kill_tp" if ok else "kill_fn"] += 1
            if not ok:
                notes.append(f"{doc} kill miss: {killer} -> {victim}")

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.2f}" if b else "n/a"

    if args.show:
        print("\n".join(notes))
    print(
        f"person_precision={ratio(tally['person_tp_pred'], tally['person_tp_pred'] + tally['person_fp'])} "
        f"person_recall={ratio(tally['person_tp'], tally['person_tp'] + tally['person_fn'])} "
        f"work_for_precision={ratio(tally['wf_tp_pred'], tally['wf_tp_pred'] + tally['wf_fp'])} "
        f"work_for_recall={ratio(tally['wf_tp'], tally['wf_tp'] + tally['wf_fn'])} "
        f"kill_recall={ratio(tally['kill_tp'], tally['kill_tp'] + tally['kill_fn'])}"
    )


if __name__ == "__main__":
    main()
