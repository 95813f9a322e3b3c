"""Turn vocabulary.txt (frame, pattern with A = speaker, B = target) into meaning-set records.

Usage: python bench/meaning_dev20/vocab.py > /some/where/vocabulary.jsonl
"""

import json
import re
from pathlib import Path

SPEAKERS = [
    ("Italian opposition leader Marco Bellini", ["Marco Bellini", "Bellini"]),
    ("Labour MP Diane Fisher", ["Diane Fisher", "Fisher"]),
    ("Polish President Marek Nowicki", ["Marek Nowicki", "Nowicki", "Poland"]),
]
TARGETS = [
    ("the European Commission", "the European Commission's", ["European Commission"]),
    ("Prime Minister Anna Kowalska", "Prime Minister Anna Kowalska's", ["Anna Kowalska", "Kowalska"]),
    ("Turkey", "Turkey's", ["Turkey"]),
    ("the Conservative Party", "the Conservative Party's", ["Conservative Party", "Conservatives"]),
]


def main() -> None:
    lines = Path(__file__).with_name("vocabulary.txt").read_text(encoding="utf-8").splitlines()
    n = 0
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        frame, pattern = line.split("\t")
        speaker, agent = SPEAKERS[n % len(SPEAKERS)]
        target, owner, tnames = TARGETS[n % len(TARGETS)]
        n += 1
        text = re.sub(r"\bA's\b", speaker + "'s", pattern)
        text = re.sub(r"\bB's\b", owner, text)
        text = re.sub(r"\bA\b", speaker, text)
        text = re.sub(r"\bB\b", target, text)
        text = text[0].upper() + text[1:] + " on Monday."
        root = "112" if frame == "accuse" else "11"
        rec = {"id": f"v20-{n:03d}", "category": frame, "sub": pattern, "text": text, "expect": "event"}
        rec.update({"root": root, "agent": agent, "target": tnames, "forbid_roots": ["18", "19", "20"]})
        print(json.dumps(rec))


if __name__ == "__main__":
    main()
