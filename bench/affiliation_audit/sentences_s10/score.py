"""Score a sentence set of person -> holder ties (session 10, helper ac).

Usage, from the repository root: python bench/affiliation_audit/sentences_s10/score.py FILE.tsv

Each line: text (a literal backslash-n for a paragraph break), person, holder (a state's or an
organization's label; "-" before it: the tie must NOT be made). A tie is the scorer's rule of
bench/affiliation_audit/score.py: an ``affiliated_with`` edge, directly or through an organization
``part_of`` the holder, in the graph of that one sentence.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tests"))

from test_org_descriptions import tied

from newsgraph.extractors import extract_articles, load_pipeline
from newsgraph.model import Article


def main() -> None:
    nlp = load_pipeline()
    rows = [
        line.rstrip("\n").split("\t") for line in Path(sys.argv[1]).read_text().splitlines() if line.strip()
    ]
    right = 0
    for i, (text, person, holder) in enumerate(rows):
        negative = holder.startswith("-")
        holder = holder.lstrip("-")
        facts = next(extract_articles(nlp, [Article(id=f"s{i}", text=text.replace("\\n", "\n"), date=None)]))
        ok = tied(facts, person, holder) != negative
        right += ok
        print("ok " if ok else "BAD", person, "->", ("not " if negative else "") + holder)
    print(f"{right}/{len(rows)}")


if __name__ == "__main__":
    main()
