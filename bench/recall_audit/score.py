"""Score event recall of the recall-audit gold lists (bench/recall_audit/README.md).

Usage: python bench/recall_audit/score.py bench/recall_audit/set1 [--db PATH] [--verbose]

An event in gold is FOUND when a stored event's evidence contains the gold cue, its root is one of the
gold roots and its agent shares a word with the gold agent (surname, "MPs", "Tories"/"Conservative").
Partial credit lines say what was wrong (root, agent, target) for the debugging record.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

_ALIASES = {
    "tories": "conservative",
    "tory": "conservative",
    "conservatives": "conservative",
    "lib": "liberal",
    "nao": "national audit office",
    "government": "united kingdom",
}


def _words(name: str) -> set[str]:
    out: set[str] = set()
    for w in name.lower().replace("-", " ").split():
        w = w.strip(".,'\"")
        out.add(w)
        out.update(_ALIASES.get(w, "").split())
    return out - {"the", "of", "mr", "ms", "party", ""}


def _match(gold: str, names: list[str]) -> bool:
    if not gold:
        return True
    g = _words(gold)
    return any(g & _words(n) for n in names)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", type=Path)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "ra.db"
    if args.db is None:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "newsgraph",
                "ingest",
                str(args.set_dir / "articles"),
                "--db",
                str(db),
                "-q",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    out = subprocess.run(
        [sys.executable, "-m", "newsgraph", "events", "--db", str(db), "--json", "--limit", "10000"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    events = [json.loads(line) for line in out.splitlines() if line.strip()]
    gold = [
        json.loads(line) for line in (args.set_dir / "gold.jsonl").read_text().splitlines() if line.strip()
    ]
    found = agent_ok = 0
    for g in gold:
        cands = [
            e
            for e in events
            if e["doc"] == g["article"] and any(g["cue"] in ev["text"] for ev in e["evidence"])
        ]
        verdict = "MISSED"
        for e in cands:
            root_ok = e["cameo"][:2] in g["roots"]
            ag = _match(g["agent"], e["agents"])
            tg = _match(g["target"], e["targets"])
            if root_ok and ag:
                verdict = "found" + ("" if tg else " (target missing/wrong)")
                break
            verdict = f"wrong: {e['cameo']} {e['agents']} -> {e['targets']}"
        if verdict.startswith("found"):
            found += 1
            if "target" not in verdict:
                agent_ok += 1
        if args.verbose or not verdict.startswith("found"):
            print(f"{verdict:50.50} | {g['agent']} {g['roots']} {g['target']} | {g['cue']}")
    n = len(gold)
    print(f"recall {found}/{n} = {found / n:.3f}; with target right {agent_ok}/{n} = {agent_ok / n:.3f}")
    print(f"events stored: {len(events)}")


if __name__ == "__main__":
    main()
