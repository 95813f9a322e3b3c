#!/usr/bin/env python3
"""Count blind-audit verdicts: ``python tools/audit_tally.py AUDIT_DIR`` reads ``AUDIT_DIR/verdicts*.jsonl``
(written by reviewers for the items of ``AUDIT_DIR/items.jsonl``, see tools/audit_sample.py) and prints the
figures per item type, with the share right and the per-field counts."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

FIELDS = {
    "office": ("person_ok", "holder_ok", "role_ok"),
    "person": ("is_person", "duplicate"),
    "event": ("type_ok", "agent_ok", "target_ok", "date_ok"),
}


def main() -> None:
    folder = Path(sys.argv[1])
    items = {
        json.loads(line)["id"]: json.loads(line) for line in (folder / "items.jsonl").open(encoding="utf-8")
    }
    verdicts: dict[str, dict] = {}
    for path in sorted(folder.glob("verdicts*.jsonl")):
        for line in path.open(encoding="utf-8"):
            line = line.strip()
            if line:
                row = json.loads(line)
                verdicts[row["id"]] = row
    by_type: defaultdict[str, list[dict]] = defaultdict(list)
    for key, item in items.items():
        if key in verdicts:
            by_type[item["type"]].append(verdicts[key])
    missing = sorted(set(items) - set(verdicts))
    for kind, rows in sorted(by_type.items()):
        right = sum(1 for r in rows if r.get("verdict") == "right")
        fields = Counter()
        for r in rows:
            for f in FIELDS.get(kind, ()):
                fields[f] += bool(r.get(f))
        parts = ", ".join(f"{f} {n}" for f, n in fields.items())
        print(f"{kind}: {right}/{len(rows)} right ({right / len(rows):.0%}); {parts}")
    if missing:
        print(f"no verdict for {len(missing)} items: {' '.join(missing)}")


if __name__ == "__main__":
    main()
