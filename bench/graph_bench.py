"""Benchmark the graph floor on a large synthetic store.

    python bench/graph_bench.py --edges 1000000 --seed 1

    python bench/graph_bench.py --sizes 10000 100000 1000000 --dir /tmp/gb --write

Generates a store of synthetic news facts (persons, states, organisations, locations;
affiliations and part-of relations; events with agents, targets and locations) through
``Store.add`` in batches of ``DocumentFacts`` when none is at ``--store`` (kept there, so
others can measure the same store), then runs each CLI command the issue names in a fresh
process and reports its wall time and peak RSS. With ``--write`` the table replaces the start
of the "## Graph" section of docs/benchmarks.md, up to its first "###" heading (notes there
and other sections are kept).
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


COMMANDS = [
    ("entities --limit 20", ["entities", "--limit", "20"]),
    ("relations", ["relations", "{node}"]),
    ("timeline", ["timeline", "{node}"]),
    ("events --between", ["events", "--between", "{node}", "{partner}"]),
    ("path --max-hops 4", ["path", "{node}", "{other}", "--max-hops", "4"]),
    ("render --focus --hops 1", ["render", "--focus", "{node}", "--hops", "1", "-o", "{tmp}/focus.html"]),
    ("relations (the biggest hub)", ["relations", "{hub}"]),
    ("timeline (the biggest hub)", ["timeline", "{hub}"]),
    ("dyad", ["dyad", "{node}", "{actor}"]),
    ("dyad --states", ["dyad", "{node}", "{actor}", "--states"]),
    ("dyad --states (the biggest hub)", ["dyad", "{hub}", "{actor}", "--states"]),
    ("export (GraphML)", ["export", "{tmp}/graph.graphml"]),
    ("dyads --limit 20 (whole graph)", ["dyads", "--limit", "20"]),
]


def fresh_process(argv: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MB) and exit status of ``python -m newsgraph ARGV`` in a new process."""
    t0 = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "newsgraph", *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert child.stderr is not None
    error = child.stderr.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0,):
        print(
            f"{' '.join(argv)}: exit {child.returncode}: {error.decode(errors='replace')[-300:]}",
            file=sys.stderr,
        )
    return seconds, usage.ru_maxrss / 1024, child.returncode


def pick(path: str) -> dict[str, str]:
    """The nodes the commands ask about: a typical person (median mentions), one of its event
    partners, another typical entity for ``path``, and the most mentioned node (the hub)."""
    import sqlite3

    db = sqlite3.connect(path)
    people = db.execute("SELECT key FROM nodes WHERE kind = 'person' ORDER BY mentions, key").fetchall()
    node = people[len(people) // 2][0]
    other = people[len(people) // 3][0]
    partner = db.execute(
        "SELECT b.entity FROM event_arguments a JOIN event_arguments b ON b.event = a.event "
        "WHERE a.entity = ? AND b.entity != ? ORDER BY b.entity LIMIT 1",
        (node, node),
    ).fetchone()
    hub = db.execute("SELECT key FROM nodes ORDER BY mentions DESC, key LIMIT 1").fetchone()[0]
    actor = db.execute(  # for dyad: a person, state or organization the node has events with
        "SELECT b.entity FROM event_arguments a JOIN event_arguments b ON b.event = a.event "
        "JOIN nodes n ON n.key = b.entity WHERE a.entity = ? AND b.entity NOT IN (?, ?) "
        "AND n.kind IN ('person', 'state', 'organization') ORDER BY b.entity LIMIT 1",
        (node, node, hub),
    ).fetchone()
    db.close()
    return {
        "node": node,
        "other": other,
        "partner": partner[0] if partner else other,
        "hub": hub,
        "actor": actor[0] if actor else other,
    }


def run(edges: int, seed: int, store: str | None, repeat: int, skip: set[str]) -> dict[str, Any]:
    """Generate the store if needed, bring its node table up to date, then time every command."""
    path = store or os.path.join(tempfile.mkdtemp(prefix="graph-bench-"), "bench.db")
    out: dict[str, Any] = {"edges": edges, "path": path}
    if not os.path.exists(path):
        child = multiprocessing.get_context("fork").Process(target=generate, args=(path, edges, seed))
        t0 = time.perf_counter()
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit(f"generation failed with exit code {child.exitcode}")
        out["generated"] = time.perf_counter() - t0
    # A store from before the node table gets it on its first writable open (timed once).
    out["open"] = fresh_process(["entities", "--limit", "1", "--db", path])
    with Store.open(path) as opened:
        out["counts"] = opened.counts()
        out["size"] = sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    names = pick(path)
    out["names"] = names
    results: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, argv in COMMANDS:
            if label in skip:
                continue
            given = [a.format(tmp=tmp, **names) for a in argv] + ["--db", path]
            runs = [fresh_process(given) for _ in range(1 if label.startswith("export") else repeat)]
            results[label] = (statistics.median(r[0] for r in runs), max(r[1] for r in runs))
    out["results"] = results
    imports = [fresh_process(["--help"]) for _ in range(repeat)]
    out["imports"] = (statistics.median(r[0] for r in imports), max(r[1] for r in imports))
    return out


def table(found: list[dict[str, Any]]) -> str:
    """The markdown section: one column per store, and the largest against the smallest."""
    small, large = found[0], found[-1]
    head = " | ".join(f"{f['edges']:,} edges: s / MB" for f in found)
    lines = [
        SECTION,
        "",
        f"Measured with `python bench/graph_bench.py --sizes {' '.join(str(f['edges']) for f in found)}` "
        f"on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: each command in a fresh process "
        "(`python -m newsgraph ...`), wall time (median of the runs; `export` runs once) and peak "
        "RSS (`ru_maxrss` of that process).",
        "",
        "Machine: "
        + ", ".join(f"{k} {v}" for k, v in machine().items())
        + f", platform {platform.platform()}.",
        "",
        f"| command | {head} | {large['edges']:,} / {small['edges']:,} time |",
        "|---|" + "---|" * (len(found) + 1),
    ]
    labels = [label for label, _argv in COMMANDS if all(label in f["results"] for f in found)]
    for label in labels:
        cells = " | ".join(f"{f['results'][label][0]:.2f} / {f['results'][label][1]:,.0f}" for f in found)
        ratio = large["results"][label][0] / small["results"][label][0]
        lines.append(f"| `{label}` | {cells} | {ratio:.2f}x |")
    cells = " | ".join(f"{f['imports'][0]:.2f} / {f['imports'][1]:,.0f}" for f in found)
    lines.append(f"| `newsgraph --help` (the imports alone) | {cells} | |")
    lines += [
        "",
        "| store | " + " | ".join(f"{f['edges']:,}" for f in found) + " |",
        "|---|" + "---|" * len(found),
    ]
    for name in ("documents", "entities", "relations", "events"):
        lines.append(f"| {name} rows | " + " | ".join(f"{f['counts'][name]:,}" for f in found) + " |")
    lines.append("| size on disk | " + " | ".join(f"{f['size'] / 1e6:,.0f} MB" for f in found) + " |")
    lines.append(
        "| first command on a store from before the node table (fills it) | "
        + " | ".join(f"{f['open'][0]:.1f} s / {f['open'][1]:,.0f} MB" for f in found)
        + " |"
    )
    lines += [
        "",
        "Nodes asked about: "
        + "; ".join(
            f"{f['edges']:,}: " + ", ".join(f"{k} `{v}`" for k, v in f["names"].items()) for f in found
        ),
        "",
    ]
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
    parser.add_argument("--sizes", type=int, nargs="+", help="several stores (edges each), one table")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--store", help="store file to use; generated there when it does not exist")
    parser.add_argument("--dir", help="with --sizes: keep the stores here as bench<edges>.db")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per query (export: one)")
    parser.add_argument("--skip", action="append", default=[], help="a command label to leave out")
    parser.add_argument("--write", action="store_true", help=f"write the figures into {DOCS_MD}")
    args = parser.parse_args(argv)
    if args.sizes:
        found = [
            run(
                n,
                args.seed,
                os.path.join(args.dir, f"bench{n}.db") if args.dir else None,
                args.repeat,
                set(args.skip),
            )
            for n in args.sizes
        ]
    else:
        found = [run(args.edges, args.seed, args.store, args.repeat, set(args.skip))]
    text = table(found)
    print(text)
    if args.write:
        write_section(text)
        print(f"written to {DOCS_MD}", file=sys.stderr)


if __name__ == "__main__":
    main()
