"""Score bench/namesakes2 with bench/namesakes1's scorer (same gold format, same rules).

Usage (from the repository root):
    python bench/namesakes2/score.py [--db STORE]
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    spec = importlib.util.spec_from_file_location("namesakes1_score", HERE.parent / "namesakes1" / "score.py")
    assert spec is not None
    assert spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    scorer.HERE = HERE  # read this folder's docs.jsonl and gold.json
    scorer.main()


if __name__ == "__main__":
    main()
