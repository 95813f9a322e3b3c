"""Score persons and person -> organization offices of an affiliation-audit set that has
``persons.jsonl`` and ``offices.jsonl`` (setH on; bench/affiliation_audit/README.md).

Usage: python bench/affiliation_audit/score_people.py bench/affiliation_audit/setH [--graphml P] [--verbose]

Persons are scored as ``newsgraph eval`` scores them: every person node of the set's graph is matched
by its whole label (case, a leading "the" and a trailing "'s" ignored) against the gold names of all
documents (and a document's ``aliases``, other spellings of a gold name); a node matching no gold
name (required or optional) is a false positive, and so is a second node of one person (a surname
left unresolved beside the full name). Recall: required persons with a node.

Offices: an ``affiliated_with`` edge from a person node to an organization node. A gold office matches
when the person node is the gold person (the same label rule as ``score.py``: same surname, and a single
word, a title or a word of the gold name first) and the organization's label, normalized, equals one of
the gold's names for it or starts or ends with one of them as whole words. Recall: required offices
found. Precision: of all person -> organization edges of persons the set names, the share the gold
lists (required or optional).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import _graph, _same_person


def _norm(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").split()).casefold()
    if text.startswith("the "):
        text = text[4:]
    return text[:-2] if text.endswith("'s") else text


def _org_match(label: str, names: list[str]) -> bool:
    got = _norm(label)
    for name in names:
        want = _norm(name)
        if got == want or got.startswith(want + " ") or got.endswith(" " + want):
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", type=Path)
    ap.add_argument("--graphml", type=Path)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    persons = [json.loads(x) for x in (args.set_dir / "persons.jsonl").read_text().splitlines() if x.strip()]
    offices = [json.loads(x) for x in (args.set_dir / "offices.jsonl").read_text().splitlines() if x.strip()]
    g: nx.MultiDiGraph = _graph(args.set_dir, args.graphml)
    kind = {n: d.get("kind") for n, d in g.nodes(data=True)}
    label = {n: str(d.get("label", n)) for n, d in g.nodes(data=True)}

    required = [p for doc in persons for p in doc["persons"]]
    accepted = {_norm(p): p for doc in persons for p in [*doc["persons"], *doc["optional"]]}
    accepted |= {_norm(a): p for doc in persons for a, p in doc.get("aliases", {}).items()}
    nodes_of: dict[str, list[str]] = {}
    wrong: list[str] = []
    for n in sorted((n for n in g if kind[n] == "person"), key=lambda n: label[n]):
        gold = accepted.get(_norm(label[n]))
        if gold is None:
            wrong.append(label[n])
        else:
            nodes_of.setdefault(gold, []).append(label[n])
    found = [p for p in required if p in nodes_of]
    extra = [f"{x} (a second node)" for p, xs in nodes_of.items() for x in xs[1:]]
    predicted = sum(len(xs) for xs in nodes_of.values()) + len(wrong)
    right = len(nodes_of)
    print(
        f"persons recall {len(found)}/{len(required)}  precision {right}/{predicted}"
        f"  (required found {len(found)}, optional matched {right - len(found)})"
    )
    for p in required:
        if p not in nodes_of:
            print("  MISS", p)
    for w in [*wrong, *extra]:
        print("  WRONG", w)

    edges = {
        (label[u], label[v], str(d.get("role", "")))
        for u, v, d in g.edges(data=True)
        if d.get("relation") == "affiliated_with" and kind[u] == "person" and kind[v] == "organization"
    }
    named = [o["person"] for o in offices] + required

    def listed(edge: tuple[str, str, str]) -> bool:
        return any(_same_person(o["person"], edge[0]) and _org_match(edge[1], o["org"]) for o in offices)

    mine = sorted(e for e in edges if any(_same_person(p, e[0]) for p in named))
    req = [o for o in offices if not o.get("optional")]
    hit = [
        o for o in req if any(_same_person(o["person"], e[0]) and _org_match(e[1], o["org"]) for e in mine)
    ]
    ok = [e for e in mine if listed(e)]
    print(f"offices recall {len(hit)}/{len(req)}  precision {len(ok)}/{len(mine)}")
    for o in req:
        if o not in hit:
            print("  MISS", o["person"], "->", o["org"][0], f"({o['role']})")
    for e in mine:
        if not listed(e):
            print("  WRONG", e[0], "->", e[1], f"({e[2]})")
    if args.verbose:
        for e in ok:
            print("  ok", e[0], "->", e[1], f"({e[2]})")


if __name__ == "__main__":
    main()
