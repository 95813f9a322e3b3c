"""Benchmark the graph floor on a large synthetic store.

    python bench/graph_bench.py --edges 1000000 --seed 1

Generates a store of synthetic news facts (persons, states, organisations, locations;
affiliations and part-of relations; events with agents, targets and locations) through
``Store.add`` in batches of ``DocumentFacts``, then loads it in this process and times the
queries the CLI runs. Generation runs in a child process, so the peak RSS reported is that
of loading and querying only. With ``--write`` the figures replace the start of the "## Graph"
section of docs/benchmarks.md, up to its first "###" heading (notes there and other sections
are kept).
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsgraph.graph import query as q
from newsgraph.graph.render import render_html
from newsgraph.graph.store import Store
from newsgraph.model import (
    Article,
    DocumentFacts,
    EntityFact,
    EventFact,
    Evidence,
    Kind,
    Mention,
    Relation,
    RelationFact,
    node_key,
)

DOCS_MD = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
SECTION = "## Graph"

# Shape of one synthetic article (tuned so that edges per article is about 18).
EVENTS_PER_DOC = 4
RELATIONS_PER_DOC = 6
EDGES_PER_DOC = 18
BATCH = 500

SYLLABLES = [
    "ka",
    "to",
    "ri",
    "mu",
    "sen",
    "la",
    "vo",
    "dim",
    "an",
    "el",
    "or",
    "pa",
    "ni",
    "ju",
    "be",
    "sha",
    "ko",
    "ren",
    "tal",
    "mi",
    "go",
    "ra",
    "zu",
    "ev",
    "in",
]
ROLES = ("president", "minister", "foreign minister", "ambassador", "spokesperson", "general", "envoy")
ORG_WORDS = ("Ministry", "Council", "Agency", "Party", "Bank", "Command", "Institute", "Union")
PLACE_WORDS = ("Port", "Valley", "Base", "Harbour", "Province", "Bridge")
EVENT_TYPES = (
    ("040", "meet", "met"),
    ("042", "visit", "visited"),
    ("036", "consult", "talked with"),
    ("051", "praise", "praised"),
    ("111", "criticize", "criticised"),
    ("163", "sanction", "sanctioned"),
    ("057", "sign agreement", "signed a pact with"),
    ("130", "threaten", "threatened"),
)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class World:
    """The synthetic entities and their popularity (Zipf-like: a few hubs, a long tail)."""

    def __init__(self, edges: int, rng: random.Random) -> None:
        self.rng = rng
        n_persons = max(50, edges // 12)
        n_orgs = max(10, edges // 60)
        n_places = max(10, edges // 60)
        self.states = [(f"X{chr(65 + i // 26)}{chr(65 + i % 26)}", f"{_word(rng, 2)}ia") for i in range(200)]
        self.persons = self._unique(n_persons, lambda: f"{_word(rng, 2)} {_word(rng, 3)}")
        self.orgs = self._unique(n_orgs, lambda: f"{_word(rng, 3)} {rng.choice(ORG_WORDS)}")
        self.places = self._unique(n_places, lambda: f"{_word(rng, 3)} {rng.choice(PLACE_WORDS)}")
        self.weights = {
            name: _zipf(len(items))
            for name, items in (
                ("states", self.states),
                ("persons", self.persons),
                ("orgs", self.orgs),
                ("places", self.places),
            )
        }

    def _unique(self, n: int, make: Callable[[], str]) -> list[str]:
        seen: dict[str, None] = {}
        while len(seen) < n:
            seen[make()] = None
        return list(seen)

    def pick(self, pool: str, k: int = 1) -> list[Any]:
        items = getattr(self, pool)
        return self.rng.choices(items, cum_weights=self.weights[pool], k=k)


def _zipf(n: int, s: float = 0.9) -> list[float]:
    total, out = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank**s
        out.append(total)
    return out


class Writer:
    """One article under construction: text, mentions by entity, relations and events."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.text = ""
        self.mentions: dict[str, list[Mention]] = {}
        self.kinds: dict[str, tuple[Kind, str, str | None]] = {}

    def sentence(self, parts: list[str | tuple[Kind, str, str, str | None]]) -> Evidence:
        """``parts`` are plain text or (kind, surface, label, iso3) names."""
        if self.text:
            self.text += " "
        start = len(self.text)
        pieces = []
        out = []
        at = start
        for part in parts:
            if isinstance(part, str):
                out.append(part)
                at += len(part)
            else:
                pieces.append((part, at))
                out.append(part[1])
                at += len(part[1])
        self.text += "".join(out)
        evidence = Evidence(self.doc_id, start, at)
        for (kind, surface, label, iso3), offset in pieces:
            key = node_key(kind, iso3 if kind is Kind.STATE else label)  # type: ignore[arg-type]
            self.kinds[key] = (kind, label, iso3)
            self.mentions.setdefault(key, []).append(
                Mention(self.doc_id, offset, offset + len(surface), surface, evidence)
            )
        return evidence


def _name(kind: Kind, label: str, iso3: str | None = None, surface: str | None = None) -> tuple[Any, ...]:
    return (kind, surface or label, label, iso3)


def generate_doc(world: World, i: int, rng: random.Random) -> DocumentFacts:
    doc_id = f"doc-{i:07d}"
    w = Writer(doc_id)
    year = rng.randint(2015, 2024)
    relations: list[RelationFact] = []
    events: list[EventFact] = []

    def key(name: tuple[Any, ...]) -> str:
        kind, _surface, label, iso3 = name
        return node_key(kind, iso3 if kind is Kind.STATE else label)

    def person() -> tuple[Any, ...]:
        label = world.pick("persons")[0]
        # About one mention in four uses the surname only, resolved to the full name.
        surface = label.split()[-1] if rng.random() < 0.25 else label
        return _name(Kind.PERSON, label, surface=surface)

    def state() -> tuple[Any, ...]:
        iso3, label = world.pick("states")[0]
        return _name(Kind.STATE, label, iso3)

    def actor() -> tuple[Any, ...]:
        r = rng.random()
        if r < 0.5:
            return person()
        if r < 0.85:
            return state()
        return _name(Kind.ORGANIZATION, world.pick("orgs")[0])

    for _ in range(RELATIONS_PER_DOC):
        if rng.random() < 0.7:
            p = person()
            t = state() if rng.random() < 0.6 else _name(Kind.ORGANIZATION, world.pick("orgs")[0])
            role = rng.choice(ROLES)
            ev = w.sentence([p, f", the {role} of ", t, ", spoke on Monday."])
            relations.append(RelationFact(key(p), key(t), Relation.AFFILIATED_WITH, ev, role))
        else:
            o = (
                _name(Kind.ORGANIZATION, world.pick("orgs")[0])
                if rng.random() < 0.5
                else _name(Kind.LOCATION, world.pick("places")[0])
            )
            s = state()
            ev = w.sentence(["Officials at ", o, " in ", s, " said nothing."])
            relations.append(RelationFact(key(o), key(s), Relation.PART_OF, ev))

    for n in range(EVENTS_PER_DOC):
        cameo, event_type, trigger = rng.choice(EVENT_TYPES)
        agents = [actor() for _ in range(1 if rng.random() < 0.6 else 2)]
        targets = [actor() for _ in range(1 if rng.random() < 0.6 else 2)]
        places = [_name(Kind.LOCATION, world.pick("places")[0])] if rng.random() < 0.5 else []
        parts: list[Any] = []
        for j, a in enumerate(agents):
            parts += [" and "] if j else []
            parts.append(a)
        parts.append(f" {trigger} ")
        for j, t in enumerate(targets):
            parts += [" and "] if j else []
            parts.append(t)
        if places:
            parts += [" in ", places[0]]
        parts.append(".")
        ev = w.sentence(parts)
        if rng.random() < 0.01:  # now and then a surname-only person of its own (merged on load)
            lone = world.pick("persons")[0].split()[-1]
            w.sentence([_name(Kind.PERSON, lone), " agreed."])
            agents.append(_name(Kind.PERSON, lone))
        r = rng.random()
        date = (
            f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if r < 0.7
            else (f"{year}-{rng.randint(1, 12):02d}" if r < 0.85 else None)
        )
        digest = hashlib.blake2b(f"{doc_id}/{n}".encode(), digest_size=8).hexdigest()
        events.append(
            EventFact(
                f"event:{digest}",
                cameo,
                event_type,
                trigger,
                ev,
                tuple(dict.fromkeys(key(a) for a in agents)),
                tuple(dict.fromkeys(key(t) for t in targets)),
                tuple(key(p) for p in places),
                date,
            )
        )
    article = Article(doc_id, w.text, f"Synthetic report {i}", f"{year}-06-01", source="bench")
    entities = tuple(
        EntityFact(k, kind, label, tuple(w.mentions[k]), iso3) for k, (kind, label, iso3) in w.kinds.items()
    )
    return DocumentFacts(article, entities, tuple(relations), tuple(events))


def generate(path: str, edges: int, seed: int) -> None:
    rng = random.Random(seed)
    world = World(edges, rng)
    docs = max(1, edges // EDGES_PER_DOC)
    with Store.open(path) as store:
        for start in range(0, docs, BATCH):
            store.add([generate_doc(world, i, rng) for i in range(start, min(docs, start + BATCH))])


# -- measuring -----------------------------------------------------------------------------------
def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def latencies(fn: Callable[[Any], Any], inputs: list[Any]) -> dict[str, float]:
    out = []
    for item in inputs:
        t0 = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - t0) * 1000)
    out.sort()
    return {
        "median": statistics.median(out),
        "p90": out[min(len(out) - 1, int(0.9 * len(out)))],
        "max": out[-1],
    }


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def loop_seconds() -> float:
    """A plain Python loop of 10 million additions: how fast this machine is right now (a
    shared machine's speed changes from hour to hour; compare figures only with this)."""
    t0 = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - t0


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    return {
        "nproc": str(os.cpu_count()),
        "RAM": ram,
        "CPU": cpu,
        "Python": platform.python_version(),
        "SQLite": __import__("sqlite3").sqlite_version,
        "networkx": __import__("networkx").__version__,
        "10M-addition loop": f"{loop_seconds():.2f} s",
    }


def run(args: argparse.Namespace) -> str:
    path = args.store or os.path.join(tempfile.mkdtemp(prefix="graph-bench-"), "bench.db")
    generated = None
    if not os.path.exists(path):
        # A child process, so this process's peak RSS is loading and querying only.
        child = multiprocessing.get_context("fork").Process(
            target=generate, args=(path, args.edges, args.seed)
        )
        t0 = time.perf_counter()
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit(f"generation failed with exit code {child.exitcode}")
        generated = time.perf_counter() - t0
    size = sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    rss_before = rss_mb()
    with Store.open(path) as store:
        counts = store.counts()
        mentions = store._db.execute("SELECT count(*) FROM mentions").fetchone()[0]
        assert store.cache is not None
        store.cache.path.unlink(missing_ok=True)
        cold, graph = timed(store.load_graph)  # builds from the tables and writes the cache
        cache_size = store.cache.path.stat().st_size
        graph = None  # freed before the second load
        load, graph = timed(store.load_graph)  # from the cache
    rss_loaded = rss_mb()

    rng = random.Random(args.seed)
    entity_nodes = sorted(n for n, k in graph.nodes(data="kind") if k != "event")
    sample = rng.sample(entity_nodes, min(args.queries, len(entity_nodes)))
    names = [graph.nodes[n]["label"] for n in sample]
    pairs = [(a, rng.choice(entity_nodes)) for a in sample]
    # events --between: half the pairs share an event, half are random.
    between = []
    for i, a in enumerate(sample):
        partners = [
            x
            for ev in list(graph.successors(a))[:20]
            if graph.nodes[ev].get("kind") == "event"
            for x in graph.successors(ev)
        ]
        between.append((a, partners[0]) if partners and i % 2 == 0 else pairs[i])
    hub = max(entity_nodes, key=lambda n: graph.degree(n))

    index_time, _ = timed(lambda: q.index_of(graph))  # restored with the cache
    # What a first load makes for the queries (name index, event nodes, hub orders); the
    # cache keeps it, so it is timed here again on the loaded graph, made afresh.
    for registry in (q._indexes, q._event_sets, q._hub_orders):
        registry.pop(graph, None)
    prepare_time, ready = timed(lambda: q.prepare(graph))
    hubs = len(ready["hubs"])
    del ready
    rows = {
        "find": latencies(lambda name: q.find(graph, name), names),
        "relations": latencies(lambda n: q.relations(graph, n), sample),
        "relations --limit 50": latencies(lambda n: q.relations_page(graph, n, 50), sample),
        "paths (max_hops 4)": latencies(lambda p: q.paths(graph, p[0], p[1], max_hops=4), pairs),
        "timeline": latencies(lambda n: q.timeline(graph, n), sample),
        "timeline --limit 200": latencies(lambda n: q.timeline_page(graph, n, limit=200), sample),
        "events --between": latencies(lambda p: q.events(graph, between=p), between),
    }
    hub_rows = {
        "relations --limit 50 (the CLI's default)": timed(lambda: q.relations_page(graph, hub, 50))[0],
        "timeline --limit 200 (the CLI's default)": timed(lambda: q.timeline_page(graph, hub, limit=200))[0],
        "relations, every row": timed(lambda: q.relations(graph, hub))[0],
        "timeline, every row": timed(lambda: q.timeline(graph, hub))[0],
    }
    hub_label = graph.nodes[hub]["label"]
    hub_degree = graph.degree(hub)
    relations_total = q.relations_page(graph, hub, 0).total
    timeline_total = q.timeline_page(graph, hub, limit=0).total
    with tempfile.TemporaryDirectory() as tmp:
        render, result = timed(lambda: render_html(graph, Path(tmp) / "graph.html"))
    rss_end = rss_mb()
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    # What a user waits for: one CLI query in a new process, the store's cache written.
    command = [sys.executable, "-m", "newsgraph", "relations", hub_label, "--db", path]
    cli, done = timed(lambda: subprocess.run(command, capture_output=True, text=True, check=False))
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr}")

    lines = [
        SECTION,
        "",
        f"Measured with `python bench/graph_bench.py --edges {args.edges} --seed {args.seed}` "
        f"on {time.strftime('%Y-%m-%d')}.",
        "",
        "Machine: "
        + ", ".join(f"{k} {v}" for k, v in machine().items())
        + f", platform {platform.platform()}.",
        "",
        "| store | |",
        "|---|---|",
        f"| documents | {counts['documents']:,} |",
        f"| entity rows | {counts['entities']:,} |",
        f"| mention rows | {mentions:,} |",
        f"| relation rows (supporting sentences) | {counts['relations']:,} |",
        f"| events | {counts['events']:,} |",
        f"| graph nodes | {nodes:,} |",
        f"| graph edges | {edges:,} |",
        f"| size on disk | {size / 1e6:,.0f} MB |",
        "",
        "| step | time |",
        "|---|---|",
    ]
    if generated is not None:
        lines.append(f"| generate the store (not part of loading) | {generated:.1f} s |")
    lines += [
        f"| `Store.load_graph()` with no cache: build from the tables, write the cache "
        f"({cache_size / 1e6:,.0f} MB) | {cold:.2f} s |",
        f"| `Store.load_graph()` from the cache | {load:.2f} s |",
        f"| name index at the first `find` (kept in the cache) | {index_time:.2f} s |",
        f"| made for the queries on a first load and kept in the cache: name index, event nodes, "
        f"orders of the {hubs} hubs (nodes with {q.HUB_NEIGHBOURS:,} neighbours or more); "
        f"part of the first line | {prepare_time:.2f} s |",
        f"| `render_html` (max_nodes=300, whole graph) | {render:.2f} s "
        f"({result.nodes_shown} nodes, {result.edges_shown} edges) |",
        f"| `newsgraph relations {hub_label!r}` in a new process, cache written (wall clock) | {cli:.2f} s |",
        "",
        f"Peak RSS: {rss_before:,.0f} MB before loading, {rss_loaded:,.0f} MB after both loads, "
        f"{rss_end:,.0f} MB after the queries and the render.",
        "",
        f"Query latency over {len(sample)} random entities (uniform over entity nodes; pairs for paths "
        "are random, for events --between half share an event):",
        "",
        "| query | median | p90 | max |",
        "|---|---|---|---|",
    ]
    for name, stats in rows.items():
        lines.append(f"| {name} | {stats['median']:.2f} ms | {stats['p90']:.2f} ms | {stats['max']:.2f} ms |")
    lines += [
        "",
        f"Most connected entity (`{hub}`, degree {hub_degree:,}, {relations_total:,} relation rows, "
        f"{timeline_total:,} events):",
        "",
        "| query | time |",
        "|---|---|",
        *(f"| {name} | {seconds * 1000:.0f} ms |" for name, seconds in hub_rows.items()),
        "",
    ]
    if args.keep is False and args.store is None:
        for p in (path, path + "-wal", path + "-shm"):
            if os.path.exists(p):
                os.remove(p)
    return "\n".join(lines)


def write_section(text: str, path: Path = DOCS_MD) -> None:
    """Replace the "## Graph" section of ``path`` (or add it), keeping every other section."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    lines = old.splitlines()
    try:
        start = lines.index(SECTION)
    except ValueError:
        new = old.rstrip("\n") + "\n\n" + text.rstrip("\n") + "\n"
    else:
        # The figures end at the next heading; "### " notes written by hand are kept.
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("##")), len(lines))
        kept_after = lines[end:]
        new = "\n".join(
            [*lines[:start], *text.rstrip("\n").splitlines(), *([""] if kept_after else []), *kept_after]
        )
        new = new.rstrip("\n") + "\n"
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--edges", type=int, default=1_000_000, help="about this many graph edges")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=50, help="random names per query")
    parser.add_argument("--store", help="store file to use; generated there when it does not exist")
    parser.add_argument("--keep", action="store_true", help="keep the generated temporary store")
    parser.add_argument("--write", action="store_true", help=f"write the figures into {DOCS_MD}")
    args = parser.parse_args(argv)
    text = run(args)
    print(text)
    if args.write:
        write_section(text)
        print(f"written to {DOCS_MD}", file=sys.stderr)


if __name__ == "__main__":
    main()
