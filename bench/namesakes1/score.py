"""Score bench/namesakes1: which person node each (document, surface form) of gold.json went to.

Usage (from the repository root):
    python bench/namesakes1/score.py [--db STORE]   (without --db the documents are ingested
    into a temporary store with ``python -m newsgraph``)

Each gold item is a (document, name) pair: the person mentions of that document whose text is the
name or a title and the name ("Mr Wendell" for "Wendell"). Every pair of items of one case is a decision:
same person or not. An item of ``unresolved`` must share its node with no other item. A pair is
right when the tool's answer (both items on one single node, or not) is gold's; an item with no
person mention, or whose mentions went to several nodes, is "apart" from everything.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def nodes_of(db: sqlite3.Connection, doc: str, name: str) -> set[str]:
    """The canonical person nodes of the mentions of ``name`` in ``doc``."""
    rows = db.execute(
        "SELECT coalesce(m2.canonical, m.entity), m.text FROM mentions m JOIN entities e ON e.key = m.entity "
        "LEFT JOIN entity_map m2 ON m2.key = m.entity WHERE m.doc_id = ? AND e.kind = 'person'",
        (doc,),
    ).fetchall()
    return {node for node, text in rows if text == name or _titled(text, name)}


#: Titles a mention may carry before the family name of a gold item ("Mr Wendell").
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "President", "Sir", "Lord")


def _titled(text: str, name: str) -> bool:
    words = text.split()
    return (
        len(words) == len(name.split()) + 1 and words[0].rstrip(".") in TITLES and text.endswith(" " + name)
    )


def score(db: sqlite3.Connection, gold: dict) -> tuple[int, int, list[str]]:
    right = total = 0
    notes = []
    for case in gold["cases"]:
        items: list[tuple[str, str]] = []
        cluster_of: dict[tuple[str, str], int] = {}
        for n, cluster in enumerate(case["clusters"]):
            for doc, name in cluster:
                items.append((doc, name))
                cluster_of[(doc, name)] = n
        for n, (doc, name) in enumerate(case.get("unresolved", ()), start=1000):
            items.append((doc, name))
            cluster_of[(doc, name)] = n
        found = {item: nodes_of(db, *item) for item in items}
        ok_case = True
        for a, b in itertools.combinations(items, 2):
            want = cluster_of[a] == cluster_of[b]
            got = len(found[a]) == 1 and found[a] == found[b]
            total += 1
            if want == got:
                right += 1
            else:
                ok_case = False
        status = "ok " if ok_case else "BAD"
        notes.append(
            f"{status} {case['id']}: " + "; ".join(f"{d}/{n} -> {sorted(found[(d, n)])}" for d, n in items)
        )
    return right, total, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="a store that already holds docs.jsonl")
    args = parser.parse_args()
    gold = json.loads((HERE / "gold.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db
        if path is None:
            path = str(Path(tmp) / "n.db")
            subprocess.run(
                [sys.executable, "-m", "newsgraph", "ingest", str(HERE / "docs.jsonl"), "--db", path, "-q"],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        db = sqlite3.connect(path)
        right, total, notes = score(db, gold)
    print("\n".join(notes))
    print(f"pairs right: {right}/{total} = {right / total:.3f}")
    bad = sum(1 for n in notes if n.startswith("BAD"))
    print(f"cases right: {len(notes) - bad}/{len(notes)}")


if __name__ == "__main__":
    main()
