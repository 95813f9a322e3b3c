#!/usr/bin/env python3
"""Draw a blind-audit sample from an exported GraphML: office edges, person nodes, events.

Reviewers who have not read newsgraph's code judge each item against its evidence sentence
(and the article, for context). The sample reads only the exported graph (the public
contract: node ``kind``/``label``/``aliases``/``cameo``, edge ``relation``/``role``/``evidence``),
so the same sampler serves every version of the extractors.

    python tools/audit_sample.py GRAPH.graphml --seed 2026 --out audit/ \
        [--edges 50] [--persons 60] [--events 50]

writes ``audit/sheet.md`` (what the reviewers read; also split by item type into ``sheet-offices.md``,
``sheet-persons.md`` and ``sheet-events.md``) and ``audit/items.jsonl`` (one line per
item, with its id). Reviewers answer one JSON line per item into ``verdicts*.jsonl``:
``{"id": "E07", "verdict": "right" | "wrong", "why": "..."}``;
``tools/audit_tally.py`` counts them. Draw a fresh seed for every audit after a change: an
audit of a sample the rules were tuned on is not blind.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx


def _evidence(data: dict[str, Any]) -> list[dict[str, Any]]:
    raw = data.get("evidence")
    if not raw:
        return []
    try:
        items = json.loads(raw)
    except (TypeError, ValueError):
        return []
    return [e for e in items if isinstance(e, dict)]


def _aliases(data: dict[str, Any]) -> list[str]:
    raw = data.get("aliases")
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return [a for a in str(raw).split("|") if a]
    return [str(a) for a in value] if isinstance(value, list) else []


def _sentence(text: str) -> str:
    return " ".join(str(text).split())


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    data = graph.nodes[node]
    return f"{data.get('label', node)} ({data.get('kind', '?')})"


def _doc_title(docs: dict[str, Any], doc: str) -> str:
    meta = docs.get(doc) or {}
    return str(meta.get("title") or doc)


def office_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, dict[str, Any]]]:
    """Person -> state/organization ``affiliated_with`` edges, in a stable order."""
    out = []
    for u, v, data in graph.edges(data=True):
        if data.get("relation") != "affiliated_with":
            continue
        if graph.nodes[u].get("kind") != "person":
            continue
        out.append((u, v, data))
    out.sort(key=lambda e: (e[0], e[1], str(e[2].get("role")), str(e[2].get("edge_id"))))
    return out


def event_nodes(graph: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "event")


def person_nodes(graph: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "person")


def _participants(graph: nx.MultiDiGraph, event: str) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = defaultdict(list)
    for u, _v, data in graph.in_edges(event, data=True):
        if data.get("relation") == "agent":
            roles["agent"].append(_with_sector(graph, u, data))
    for _u, v, data in graph.out_edges(event, data=True):
        rel = data.get("relation")
        if rel in ("target", "location"):
            roles[str(rel)].append(_with_sector(graph, v, data))
    return {k: sorted(v) for k, v in roles.items()}


def _with_sector(graph: nx.MultiDiGraph, node: str, data: dict[str, Any]) -> str:
    text = _label(graph, node)
    extra = [str(data[k]) for k in ("sector", "mention") if data.get(k)]
    return f"{text} [{' / '.join(extra)}]" if extra else text


def _offices(graph: nx.MultiDiGraph, person: str) -> list[str]:
    out = []
    for _u, v, data in graph.out_edges(person, data=True):
        if data.get("relation") == "affiliated_with":
            role = data.get("role")
            out.append(f"{role + ' of ' if role else ''}{graph.nodes[v].get('label', v)}")
    return sorted(set(out))


def _same_token_persons(graph: nx.MultiDiGraph, person: str, persons: list[str]) -> list[str]:
    tokens = {t.casefold() for t in str(graph.nodes[person].get("label", "")).split() if len(t) > 2}
    out = []
    for other in persons:
        if other == person:
            continue
        other_tokens = {t.casefold() for t in str(graph.nodes[other].get("label", "")).split()}
        if tokens & other_tokens:
            out.append(str(graph.nodes[other].get("label", other)))
    return sorted(out)[:12]


def draw(
    graph: nx.MultiDiGraph, seed: int, n_edges: int, n_persons: int, n_events: int
) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    raw_docs = graph.graph.get("documents") or "{}"
    docs = json.loads(raw_docs) if isinstance(raw_docs, str) else dict(raw_docs)
    items: list[dict[str, Any]] = []

    edges = office_edges(graph)
    for i, (u, v, data) in enumerate(rng.sample(edges, min(n_edges, len(edges))), 1):
        ev = _evidence(data)
        items.append(
            {
                "id": f"A{i:02d}",
                "type": "office",
                "person": graph.nodes[u].get("label", u),
                "holder": _label(graph, v),
                "role": data.get("role") or "",
                "basis": data.get("basis") or "",
                "evidence": [_sentence(e.get("text", "")) for e in ev[:3]],
                "documents": sorted({str(e.get("doc")) for e in ev}),
                "titles": sorted({_doc_title(docs, str(e.get("doc"))) for e in ev}),
            }
        )

    persons = person_nodes(graph)
    for i, node in enumerate(rng.sample(persons, min(n_persons, len(persons))), 1):
        data = graph.nodes[node]
        ev = _evidence(data)
        items.append(
            {
                "id": f"P{i:02d}",
                "type": "person",
                "label": data.get("label", node),
                "aliases": _aliases(data),
                "offices": _offices(graph, node),
                "similar_persons": _same_token_persons(graph, node, persons),
                "evidence": [_sentence(e.get("text", "")) for e in ev[:3]],
                "documents": sorted({str(e.get("doc")) for e in ev}),
            }
        )

    events = event_nodes(graph)
    for i, node in enumerate(rng.sample(events, min(n_events, len(events))), 1):
        data = graph.nodes[node]
        ev = _evidence(data)
        roles = _participants(graph, node)
        items.append(
            {
                "id": f"E{i:02d}",
                "type": "event",
                "cameo": f"{data.get('cameo', '')} {data.get('event_type', '')}".strip(),
                "trigger": data.get("trigger", ""),
                "agents": roles.get("agent", []),
                "targets": roles.get("target", []),
                "date": data.get("date") or "",
                "modality": data.get("modality") or "",
                "negated": bool(data.get("negated")),
                "evidence": [_sentence(e.get("text", "")) for e in ev[:3]],
                "documents": sorted({str(e.get("doc")) for e in ev}),
            }
        )
    return items


def sheet(items: list[dict[str, Any]]) -> str:
    lines = ["# Audit sheet", ""]
    for item in items:
        lines.append(f"## {item['id']} ({item['type']})")
        for key, value in item.items():
            if key in ("id", "type") or value in ("", [], None):
                continue
            if isinstance(value, list):
                value = " | ".join(str(v) for v in value)
            lines.append(f"- {key}: {value}")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graphml")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--edges", type=int, default=50)
    parser.add_argument("--persons", type=int, default=60)
    parser.add_argument("--events", type=int, default=50)
    args = parser.parse_args()
    graph = nx.read_graphml(args.graphml, force_multigraph=True)
    items = draw(graph, args.seed, args.edges, args.persons, args.events)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "items.jsonl").write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8"
    )
    (out / "sheet.md").write_text(sheet(items), "utf-8")
    for kind in ("office", "person", "event"):  # one sheet per reviewer
        (out / f"sheet-{kind}s.md").write_text(sheet([i for i in items if i["type"] == kind]), "utf-8")
    counts = defaultdict(int)
    for item in items:
        counts[item["type"]] += 1
    print(f"wrote {out / 'sheet.md'}: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
