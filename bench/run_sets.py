#!/usr/bin/env python3
"""Run several bench sets against this checkout and print one line of figures per set.

    python bench/run_sets.py seeds heldout heldout_bbc9 meaning9 cameo_blind6 cameo_dev
    python bench/run_sets.py --out /tmp/figs meaning10 heldout_bbc10   # also keep each set's JSON

Set names are folders of bench/ (``heldout*`` articles with gold.json, ``meaning*`` sentences scored by
bench/meaning/score.py in one process, ``cameo_*`` CAMEO-coded sentences scored by the shared
score_cameo.py), plus ``seeds`` (the shared eval articles) and ``cameo_dev`` (the shared CAMEO dev set).
The shared data is $NEWSGRAPH_SHARED, else shared/ beside the checkout. Sets run two at a time (--jobs).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))
ENV = dict(
    os.environ, PYTHONPATH=os.pathsep.join(p for p in [str(REPO), os.environ.get("PYTHONPATH", "")] if p)
)
ENV.pop("NEWSGRAPH_DB", None)
NEWSGRAPH = [sys.executable, "-m", "newsgraph"]


def _run(cmd: list[str]) -> str:
    proc = subprocess.run(cmd, env=ENV, capture_output=True, text=True, cwd=REPO)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd[:4])} ... failed ({proc.returncode}): {proc.stderr[-500:]}")
    return proc.stdout


def _first_json(text: str) -> dict:
    return json.JSONDecoder().raw_decode(text.lstrip())[0]


def gold_set(articles: Path, gold: Path) -> tuple[dict, str]:
    with tempfile.TemporaryDirectory() as tmp:
        _run([*NEWSGRAPH, "ingest", str(articles), "--db", f"{tmp}/h.db", "-q"])
        d = _first_json(_run([*NEWSGRAPH, "eval", str(gold), "--db", f"{tmp}/h.db", "--json"]))
    s, a, e = d["summary"], d["affiliations"], d["events"]
    line = (
        f"person F1 {s['person_f1']} (P {d['persons'].get('precision')}) state F1 {s['state_f1']}"
        f" affiliations {a.get('found')}/{a.get('gold')} events {e.get('found')}/{e.get('gold')}"
        f" P {e.get('precision')} root {s['event_root_accuracy']}"
    )
    return d, line


def cameo_set(records: Path) -> tuple[dict, str]:
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp, "c")
        docs.mkdir()
        for raw in records.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                rec = json.loads(raw)
                (docs / f"{rec['id']}.txt").write_text(rec["text"] + "\n", encoding="utf-8")
        _run([*NEWSGRAPH, "ingest", str(docs), "--db", f"{tmp}/c.db", "-q", "--export", f"{tmp}/c.graphml"])
        out = _run(
            [
                sys.executable,
                str(SHARED / "eval" / "score_cameo.py"),
                f"{tmp}/c.graphml",
                str(records),
                "--json",
            ]
        )
    d = _first_json(out)
    line = (
        f"root {d['root_recall']} dyad {d['dyad_recall']} coded {d['coded_recall']}"
        f" precision {d['coded_precision']} (judged {d['events_judged']})"
    )
    return d, line


def meaning_set(sentences: Path) -> tuple[dict, str]:
    score = REPO / "bench" / "meaning" / "score.py"
    d = _first_json(
        _run([sys.executable, str(score), "--in-process", "--sentences", str(sentences), "--json"])
    )
    o = d["overall"]
    cats = " ".join(f"{k} {v['right']}/{v['total']}" for k, v in d["categories"].items())
    return d, f"{o['right']}/{o['total']} ({o['accuracy']}) | {cats}"


def one(name: str) -> tuple[dict, str]:
    folder = REPO / "bench" / name
    if name == "seeds":
        return gold_set(SHARED / "eval" / "articles", SHARED / "eval" / "seeds_gold.json")
    if name == "cameo_dev":
        return cameo_set(SHARED / "eval" / "cameo_dev.jsonl")
    if name.startswith("heldout"):
        return gold_set(folder / "articles", folder / "gold.json")
    if name.startswith("cameo_"):
        return cameo_set(folder / "sentences.jsonl")
    if name.startswith("meaning"):
        return meaning_set(folder / "sentences.jsonl")
    raise SystemExit(f"unknown set: {name}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="bench folder names, seeds, cameo_dev")
    ap.add_argument("--out", type=Path, help="write each set's full JSON here")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)

    def run(name: str) -> tuple[str, str]:
        data, line = one(name)
        if args.out:
            (args.out / f"{name}.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
        return name, line

    with ThreadPoolExecutor(args.jobs) as pool:
        for name, line in pool.map(run, args.sets):
            print(f"{name:18} {line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
