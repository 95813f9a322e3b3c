"""Score person -> state affiliations of an affiliation-audit set (bench/affiliation_audit/README.md).

Usage: python bench/affiliation_audit/score.py bench/affiliation_audit/setA [--graphml PATH] [--verbose]

A person is affiliated with a state when an ``affiliated_with`` edge joins them, or joins them to a
node that is ``part_of`` the state (the rule of ``newsgraph eval``). A gold person matches a person
node whose label has the same surname and either a single word, a title (Lord, Sir, Mr...) or a
word of the gold name first. Recall: required gold pairs found. Precision: of all predicted pairs
of the set's person nodes, the share gold lists (required or optional).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import networkx as nx

_TITLES = {"lord", "sir", "mr", "mrs", "ms", "dr", "lady", "baroness", "president", "prime"}


def _tokens(name: str) -> list[str]:
    return [w.strip(".,'\"").lower() for w in name.replace("-", " ").split() if w.strip(".,'\"")]


def _same_person(gold: str, label: str) -> bool:
    g, n = _tokens(gold), _tokens(label)
    if not g or not n or g[-1] != n[-1]:
        return False
    return len(n) == 1 or n[0] in _TITLES or n[0] in g


def _graph(set_dir: Path, graphml: Path | None) -> nx.MultiDiGraph:
    if graphml is None:
        tmp = Path(tempfile.mkdtemp())
        db, graphml = tmp / "a.db", tmp / "a.graphml"
        ng = [sys.executable, "-m", "newsgraph"]
        subprocess.run(
            [*ng, "ingest", str(set_dir / "articles"), "--db", str(db), "-q"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run([*ng, "export", str(graphml), "--db", str(db)], check=True, stdout=subprocess.DEVNULL)
    return nx.read_graphml(graphml)


def _pairs(g: nx.MultiDiGraph) -> set[tuple[str, str]]:
    kind = {n: d.get("kind") for n, d in g.nodes(data=True)}
    label = {n: str(d.get("label", n)) for n, d in g.nodes(data=True)}
    out: set[tuple[str, str]] = set()
    for u, v, d in g.edges(data=True):
        if d.get("relation") != "affiliated_with" or kind[u] != "person":
            continue
        if kind[v] == "state":
            out.add((label[u], label[v]))
            continue
        for _, w, d2 in g.out_edges(v, data=True):
            if d2.get("relation") == "part_of" and kind[w] == "state":
                out.add((label[u], label[w]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", type=Path)
    ap.add_argument("--graphml", type=Path)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    gold = [json.loads(x) for x in (args.set_dir / "gold.jsonl").read_text().splitlines() if x.strip()]
    predicted = _pairs(_graph(args.set_dir, args.graphml))
    required = sorted({(x["person"], x["state"]) for x in gold if not x.get("optional")})
    listed = {(x["person"], x["state"]) for x in gold}
    found = [p for p in required if any(_same_person(p[0], n) and s == p[1] for n, s in predicted)]
    right = [q for q in predicted if any(_same_person(p, q[0]) and s == q[1] for p, s in listed)]
    print(f"recall {len(found)}/{len(required)}  precision {len(right)}/{len(predicted)}")
    for p in required:
        if p not in found:
            print("  MISS", " -> ".join(p))
    for q in sorted(predicted):
        if q not in right:
            print("  WRONG", " -> ".join(q))
    if args.verbose:
        for q in sorted(right):
            print("  ok", " -> ".join(q))


if __name__ == "__main__":
    main()
