"""Score a table of held-out sentences (bench/recall_audit/set5/classes.tsv and the like).

Usage: python bench/recall_audit/score_sentences.py bench/recall_audit/set5/classes.tsv [--verbose]

Columns: text, code prefix expected ("03|07": either; "!PREFIX": no un-negated event of that prefix by
the agent), agent,
target ("-" any). A row is RIGHT when an event has the prefix, the agent among its agents and the target
among its targets (names: a state by its name, anyone else by the words of its node key).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgraph.extractors import extract_articles, load_pipeline
from newsgraph.extractors.states import lookup
from newsgraph.model import Article


def _key_matches(name: str, keys: tuple[str, ...]) -> bool:
    if name == "-":
        return True
    state = lookup(name)
    if state is not None and f"state:{state.iso3}" in keys:
        return True
    words = set(name.lower().replace("'", "").replace("-", " ").split())  # ("Marshall-Andrews")
    return any(words <= set(k.split(":", 1)[-1].split("-")) for k in keys)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("table", type=Path)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    rows = [
        line.split("\t")
        for line in args.table.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    nlp = load_pipeline()
    articles = [Article(id=f"s{i}", text=r[0], date="2005-01-01") for i, r in enumerate(rows)]
    right = 0
    for row, facts in zip(rows, extract_articles(nlp, articles), strict=True):
        text, code, agent, target = row
        events = [e for e in facts.events if not e.negated]
        codes = tuple(code.lstrip("!").split("|"))  # "03|07": either prefix
        if code.startswith("!"):
            ok = not any(e.cameo.startswith(codes) and _key_matches(agent, e.agents) for e in events)
        else:
            ok = any(
                e.cameo.startswith(codes)
                and _key_matches(agent, e.agents)
                and _key_matches(target, e.targets)
                for e in events
            )
        right += ok
        if args.verbose or not ok:
            got = "; ".join(f"{e.cameo} {e.agents}->{e.targets}" for e in events)
            print(f"{'ok ' if ok else 'BAD'} {code:5} {agent} -> {target} | {text[:70]} | {got}")
    print(f"right {right}/{len(rows)}")


if __name__ == "__main__":
    main()
