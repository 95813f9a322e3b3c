"""The ``newsgraph`` command line through typer's CliRunner: exit codes, key output, ``Error:`` lines.

Most tests share one store built once per module from the example articles with the real
spaCy model, so they are marked ``model``. Every call passes ``--db`` (one test uses
``$NEWSGRAPH_DB`` instead) so no test touches a store in the working directory.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import typer
from typer.testing import CliRunner

from newsgraph.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ARTICLES = sorted(EXAMPLES.glob("*.txt"))
COMMANDS = ["ingest", "entities", "relations", "path", "timeline", "events", "render", "export"]
SUMMARY = re.compile(
    r"Added (\d+) documents? \(([\d,]+) words?\)\. "
    r"Skipped (\d+) already stored, (\d+) repeated in the input; rejected (\d+)\."
)
STORE_LINE = re.compile(
    r"Store .*: (?P<documents>\d+) documents?\.\n"
    r"Graph: (?P<entities>\d+) entit(?:y|ies) \((?P<kinds>[^)]*)\) and (?P<events>\d+) events?; "
    r"(?P<relations>\d+) relations? between entities, (?P<arguments>\d+) event arguments?\."
)

runner = CliRunner()


def run(*args: str | Path, env: dict[str, str] | None = None) -> typer.testing.Result:
    return runner.invoke(app, [str(a) for a in args], env=env)


def assert_clean(result: typer.testing.Result) -> None:
    """No Python traceback leaked to the user, whatever the exit code."""
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def summary(result: typer.testing.Result) -> dict[str, int]:
    match = SUMMARY.search(result.stdout)
    assert match, result.stdout
    names = ["documents", "words", "skipped", "duplicates", "rejected"]
    return {n: int(v.replace(",", "")) for n, v in zip(names, match.groups(), strict=False)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example articles alone (examples/README.md is not an article)."""
    folder = tmp_path_factory.mktemp("articles")
    for article in ARTICLES:
        shutil.copy(article, folder / article.name)
    return folder


@pytest.fixture(scope="module")
def store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, typer.testing.Result]:
    """A store with the four example articles, and the result of the ingest that built it."""
    db = tmp_path_factory.mktemp("store") / "news.db"
    result = run("ingest", corpus, "--db", db, "--quiet")
    assert result.exit_code == 0, result.output
    return db, result


@pytest.fixture
def db(store: tuple[Path, typer.testing.Result]) -> Path:
    return store[0]


# -- help and entry points ---------------------------------------------------------------------------
def test_no_arguments_prints_help() -> None:
    result = run()
    assert result.exit_code in (0, 2)
    for command in COMMANDS:
        assert command in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    assert f"newsgraph {command}" in result.output or "Example:" in result.output
    assert "--db" in result.output or command not in {"ingest", "entities", "relations"}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str) -> None:
    readme = ROOT / "README.md"
    assert readme.exists(), "README.md is missing at the repository root"
    assert f"newsgraph {command}" in readme.read_text(encoding="utf-8")


def test_python_dash_m_newsgraph_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsgraph", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    for command in COMMANDS:
        assert command in done.stdout


# -- ingest --------------------------------------------------------------------------------------------
@pytest.mark.model
def test_ingest_summary_counts(store: tuple[Path, typer.testing.Result]) -> None:
    db, result = store
    counts = summary(result)
    assert counts["documents"] == len(ARTICLES) == 4
    assert counts["skipped"] == counts["duplicates"] == counts["rejected"] == 0
    assert counts["words"] > 600
    total = STORE_LINE.search(result.stdout)
    assert total, result.stdout
    assert int(total["documents"]) == 4
    assert str(db) in result.stdout
    assert result.stderr == ""


@pytest.mark.model
def test_ingest_counts_what_entities_and_export_show(
    store: tuple[Path, typer.testing.Result], tmp_path: Path
) -> None:
    """The graph line of ingest counts the nodes `entities` lists and the edges `export` writes."""
    db, result = store
    total = STORE_LINE.search(result.stdout)
    assert total, result.stdout
    listed = [
        json.loads(line)
        for line in run("entities", "--db", db, "--json", "--limit", "100000").stdout.splitlines()
    ]
    assert int(total["entities"]) == len(listed) > 10
    per_kind = {kind: int(n) for n, kind in re.findall(r"(\d+) (\w+)", total["kinds"])}
    plural = {"person": "people", "state": "states", "organization": "organizations", "location": "locations"}
    assert per_kind == {plural[k]: sum(1 for r in listed if r["kind"] == k) for k in plural}
    exported = run("export", tmp_path / "g.graphml", "--db", db)
    nodes, edges = map(int, re.search(r"(\d+) nodes, (\d+) edges", exported.stdout).groups())
    assert nodes == int(total["entities"]) + int(total["events"])
    assert edges == int(total["relations"]) + int(total["arguments"])
    graph = nx.read_graphml(tmp_path / "g.graphml")
    kinds = nx.get_node_attributes(graph, "kind")
    between_entities = [(u, v) for u, v in graph.edges() if "event" not in (kinds[u], kinds[v])]
    assert len(between_entities) == int(total["relations"]) > 5


@pytest.mark.model
def test_ingest_counts_repeats_in_the_input_apart_from_stored_documents(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    shutil.copy(ARTICLES[0], one)
    shutil.copy(ARTICLES[0], two)
    db = tmp_path / "dup.db"
    first = summary(run("ingest", one, two, "--db", db, "--quiet"))
    assert (first["documents"], first["skipped"], first["duplicates"]) == (1, 0, 1)
    again = summary(run("ingest", one, two, "--db", db, "--quiet"))
    assert (again["documents"], again["skipped"], again["duplicates"]) == (0, 1, 1)


@pytest.mark.model
def test_ingest_prints_no_progress_where_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    result = run("ingest", ARTICLES[0], "--db", tmp_path / "quiet.db")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


@pytest.mark.model
def test_ingest_progress_says_the_model_is_loading_while_it_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The progress display names what the wait is for: first the model, then the documents."""
    import newsgraph.cli as cli
    from newsgraph.knowledge import KnowledgeGraph

    seen: list[str] = []

    class Recorder:
        def __init__(self, *columns: object, **options: object) -> None:
            self.description = ""

        def __enter__(self) -> Recorder:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def add_task(self, description: str, **fields: object) -> int:
            self.description = description
            seen.append(f"task: {description}")
            return 0

        def update(self, task: int, *, description: str | None = None, advance: int = 0) -> None:
            if description is not None and description != self.description:
                self.description = description
                seen.append(f"now: {description}")
            if advance:
                seen.append(f"advance while {self.description}")

    real_load = KnowledgeGraph.load_model

    def load_model(self: KnowledgeGraph) -> None:
        seen.append("model loads")
        real_load(self)

    monkeypatch.setattr(cli, "Progress", Recorder)
    monkeypatch.setattr(KnowledgeGraph, "load_model", load_model)
    result = run("ingest", ARTICLES[0], "--db", tmp_path / "p.db")
    assert result.exit_code == 0, result.output
    assert seen == [
        "task: loading the spaCy model",
        "model loads",
        "now: reading",
        "advance while reading",
    ]


@pytest.mark.model
def test_ingest_twice_adds_nothing_and_leaves_the_graph_unchanged(
    corpus: Path, db: Path, tmp_path: Path
) -> None:
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    assert run("export", before, "--db", db).exit_code == 0
    result = run("ingest", corpus, "--db", db, "--quiet")
    assert result.exit_code == 0, result.output
    counts = summary(result)
    assert counts["documents"] == 0
    assert counts["skipped"] == 4
    assert run("export", after, "--db", db).exit_code == 0
    assert json.loads(before.read_text(encoding="utf-8")) == json.loads(after.read_text(encoding="utf-8"))


@pytest.mark.model
def test_ingest_rejects_a_binary_file_and_keeps_the_good_one(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(ARTICLES[0], good)
    bad = tmp_path / "photo.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    db = tmp_path / "mixed.db"
    result = run("ingest", good, bad, "--db", db, "--quiet")
    assert_clean(result)
    assert result.exit_code == 1
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected:")]
    assert len(rejected) == 1
    assert "photo.txt" in rejected[0]
    assert len(rejected[0]) > len(f"rejected: {bad}") + 5, "the rejection should give a reason"
    counts = summary(result)
    assert counts["documents"] == 1
    assert counts["rejected"] == 1
    stored = run("export", tmp_path / "g.json", "--db", db)
    assert stored.exit_code == 0
    graph = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert "person:haruto-sakamoto" in {n["id"] for n in graph["nodes"]}
    assert "photo" not in json.dumps(graph["graph"])


def test_ingest_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    result = run("ingest", ARTICLES[0], "--db", tmp_path / "x.db", "--date", "yesterday")
    assert result.exit_code == 2
    assert "--date" in result.output


def test_ingest_missing_path_exits_1_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("ingest", missing, "--db", tmp_path / "x.db", "--quiet")
    assert_clean(result)
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr


# -- entities ------------------------------------------------------------------------------------------
@pytest.mark.model
def test_entities_table(db: Path) -> None:
    result = run("entities", "--db", db)
    assert result.exit_code == 0, result.output
    for name in ("Haruto Sakamoto", "Japan", "Brazil", "Carla Menezes"):
        assert name in result.stdout


@pytest.mark.model
def test_entities_kind_and_limit(db: Path) -> None:
    result = run("entities", "--db", db, "--kind", "person", "--limit", "3", "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3
    assert {r["kind"] for r in rows} == {"person"}
    assert rows[0]["label"] == "Haruto Sakamoto"
    assert rows[0]["documents"] == 4
    assert [r["mentions"] for r in rows] == sorted((r["mentions"] for r in rows), reverse=True)


@pytest.mark.model
def test_entities_states_only(db: Path) -> None:
    rows = [
        json.loads(line)
        for line in run("entities", "--db", db, "--kind", "state", "--json").stdout.splitlines()
    ]
    labels = {r["label"] for r in rows}
    assert {"Japan", "Brazil", "China", "Indonesia", "North Korea", "United States"} <= labels
    japan = next(r for r in rows if r["label"] == "Japan")
    assert {"Japanese", "Tokyo"} <= set(japan["aliases"])


def test_entities_bad_kind_is_a_usage_error(tmp_path: Path) -> None:
    result = run("entities", "--db", tmp_path / "x.db", "--kind", "planet")
    assert result.exit_code == 2
    assert "planet" in result.output
    assert "person" in result.output


def test_entities_zero_limit_is_a_usage_error(tmp_path: Path) -> None:
    assert run("entities", "--db", tmp_path / "x.db", "--limit", "0").exit_code == 2


# -- relations -----------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "name", ["Haruto Sakamoto", "haruto sakamoto", "SAKAMOTO", "Sakamoto", "person:haruto-sakamoto"]
)
def test_relations_by_name_or_alias_any_case(db: Path, name: str) -> None:
    result = run("relations", name, "--db", db)
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("Haruto Sakamoto (person:haruto-sakamoto):")
    assert "affiliated_with (foreign minister) -> Japan [state]" in result.stdout


@pytest.mark.model
def test_relations_json_has_evidence(db: Path) -> None:
    result = run("relations", "Carla Menezes", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["entity"] == "person:carla-menezes"
    assert data["label"] == "Carla Menezes"
    affiliation = next(r for r in data["relations"] if r["relation"] == "affiliated_with")
    assert affiliation["other_label"] == "Brazil"
    assert affiliation["role"] == "defense minister"
    docs = {e["doc"] for e in affiliation["evidence"]}
    assert docs == {"brazil-japan-defense-pact", "brazil-indonesia-talks"}
    for evidence in affiliation["evidence"]:
        assert "Menezes" in evidence["text"]
        assert evidence["end"] > evidence["start"] >= 0


@pytest.mark.model
def test_relations_of_a_state_by_demonym_and_code(db: Path) -> None:
    for name in ("Japanese", "japan", "JPN", "state:JPN"):
        result = run("relations", name, "--db", db)
        assert result.exit_code == 0, (name, result.output)
        assert result.stdout.startswith("Japan (state:JPN)"), (name, result.stdout[:80])


@pytest.mark.model
def test_unknown_entity_exits_1_with_suggestion(db: Path) -> None:
    result = run("relations", "Haruto Sakamotto", "--db", db)
    assert_clean(result)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: unknown entity 'Haruto Sakamotto'")
    assert "did you mean: Haruto Sakamoto (person)" in result.stderr
    assert result.stdout == ""


@pytest.mark.model
def test_unknown_entity_without_close_name_points_to_entities(db: Path) -> None:
    result = run("relations", "Zzyzx Qwerty", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: unknown entity 'Zzyzx Qwerty'")
    assert "newsgraph entities" in result.stderr


@pytest.mark.model
@pytest.mark.parametrize(
    "args",
    [
        ["timeline", "Nobody Atall"],
        ["path", "Nobody Atall", "Japan"],
        ["events", "--between", "Japan", "Nobody Atall"],
        ["render", "--focus", "Nobody Atall"],
    ],
)
def test_unknown_entity_in_every_command(db: Path, args: list[str], tmp_path: Path) -> None:
    extra = ["-o", str(tmp_path / "g.html")] if args[0] == "render" else []
    result = run(*args, *extra, "--db", db)
    assert_clean(result)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: unknown entity 'Nobody Atall'")


# -- path ----------------------------------------------------------------------------------------------
@pytest.mark.model
def test_path_between_two_people_through_a_state(db: Path) -> None:
    result = run("path", "Carla Menezes", "Marcos Teixeira", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Path 1 (2 hops)")
    assert "Carla Menezes --affiliated_with (defense minister)--> Brazil" in result.stdout
    assert "Marcos Teixeira --affiliated_with (foreign minister)--> Brazil" in result.stdout
    assert "brazil-japan-defense-pact" in result.stdout


@pytest.mark.model
def test_path_across_documents(db: Path) -> None:
    """Sakamoto links the Tokyo article's people with the Washington article's."""
    result = run("path", "Wei Jianguo", "Daniel Whitfield", "--db", db, "--max-hops", "6")
    assert result.exit_code == 0, result.output
    assert "Haruto Sakamoto" in result.stdout


@pytest.mark.model
def test_path_without_connection_exits_1(db: Path) -> None:
    # Aiko Tanabe and Haruto Sakamoto share a state, two hops apart: none within one hop.
    result = run("path", "Aiko Tanabe", "Haruto Sakamoto", "--db", db, "--max-hops", "1")
    assert_clean(result)
    assert result.exit_code == 1
    assert "No path within 1 hop between 'Aiko Tanabe' and 'Haruto Sakamoto'." in result.stderr
    assert result.stdout == ""


def test_path_max_hops_out_of_range_is_a_usage_error(tmp_path: Path) -> None:
    assert run("path", "a", "b", "--db", tmp_path / "x.db", "--max-hops", "13").exit_code == 2


# -- timeline and events -------------------------------------------------------------------------------
def _event_lines(stdout: str) -> list[str]:
    """The event lines of the text output, without the evidence line under each."""
    return [line for line in stdout.splitlines() if not line.lstrip().startswith("\u201c")]


@pytest.mark.model
def test_timeline_dated_before_undated(db: Path) -> None:
    result = run("timeline", "Haruto Sakamoto", "--db", db)
    assert result.exit_code == 0, result.output
    lines = _event_lines(result.stdout)
    assert lines[-1].endswith(" events")
    body = lines[:-1]
    assert "-- undated --" in body
    cut = body.index("-- undated --")
    dated, undated = body[:cut], body[cut + 1 :]
    assert dated
    assert undated
    assert all(line[:10].strip() for line in dated)
    assert all(not line[:10].strip() for line in undated)


@pytest.mark.model
def test_timeline_json_sorted_by_date(db: Path) -> None:
    result = run("timeline", "Japan", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    full = [r["date"] for r in rows if r["date"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"])]
    assert full == sorted(full)
    seen_undated = False
    for row in rows:
        if row["date"] is None:
            seen_undated = True
        else:
            assert not seen_undated, "a dated event after an undated one"


@pytest.mark.model
def test_timeline_since_and_type(db: Path) -> None:
    rows = [
        json.loads(line)
        for line in run(
            "timeline", "Japan", "--db", db, "--json", "--since", "2024-03-10"
        ).stdout.splitlines()
    ]
    assert rows
    assert all(r["date"] and r["date"] >= "2024-03-10" for r in rows)
    rows = [
        json.loads(line)
        for line in run("timeline", "Japan", "--db", db, "--json", "--type", "05").stdout.splitlines()
    ]
    assert rows
    assert all(r["cameo"].startswith("05") for r in rows)


@pytest.mark.model
def test_events_by_type(db: Path) -> None:
    result = run("events", "--db", db, "--type", "057", "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    assert {r["cameo"] for r in rows} == {"057"}
    # "The two ministers also signed a memorandum": the two named before, Menezes and Lestari
    assert {r["doc"] for r in rows} == {"brazil-japan-defense-pact", "brazil-indonesia-talks"}
    text = run("events", "--db", db, "--type", "057").stdout
    assert text.splitlines()[-1] == f"{len(rows)} events"


@pytest.mark.model
def test_events_type_prefix(db: Path) -> None:
    rows = [
        json.loads(line) for line in run("events", "--db", db, "--type", "13", "--json").stdout.splitlines()
    ]
    assert rows
    assert all(r["cameo"].startswith("13") for r in rows)
    assert any("North Korea" in r["targets"] for r in rows)


@pytest.mark.model
def test_events_between(db: Path) -> None:
    result = run("events", "--db", db, "--between", "Daniel Whitfield", "Haruto Sakamoto", "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    for row in rows:
        people = set(row["agents"]) | set(row["targets"])
        assert {"Daniel Whitfield", "Haruto Sakamoto"} <= people
    assert any(r["cameo"].startswith("04") for r in rows)


@pytest.mark.model
def test_events_between_states_by_alias(db: Path) -> None:
    result = run("events", "--db", db, "--between", "U.S.", "North Korean")
    assert result.exit_code == 0, result.output
    assert "United States -> North Korea" in result.stdout


@pytest.mark.model
def test_events_reads_the_store_from_the_environment(db: Path) -> None:
    result = run("events", "--type", "057", env={"NEWSGRAPH_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert "Sign formal agreement" in result.stdout


# -- render and export ---------------------------------------------------------------------------------
@pytest.mark.model
def test_render_writes_an_offline_page(db: Path, tmp_path: Path) -> None:
    page = tmp_path / "graph.html"
    result = run("render", "-o", page, "--db", db)
    assert result.exit_code == 0, result.output
    assert re.match(rf"Wrote {re.escape(str(page))}: \d+ nodes, \d+ edges", result.stdout)
    html = page.read_text(encoding="utf-8")
    assert "Haruto Sakamoto" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.IGNORECASE)


@pytest.mark.model
def test_render_focus_and_kind(db: Path, tmp_path: Path) -> None:
    page = tmp_path / "focus.html"
    result = run(
        "render", "-o", page, "--db", db, "--focus", "Carla Menezes", "--kind", "person", "--kind", "state"
    )
    assert result.exit_code == 0, result.output
    assert page.exists()
    assert "Carla Menezes" in page.read_text(encoding="utf-8")


def test_render_bad_kind_is_a_usage_error(tmp_path: Path) -> None:
    result = run("render", "-o", tmp_path / "g.html", "--db", tmp_path / "x.db", "--kind", "planet")
    assert result.exit_code == 2
    assert not (tmp_path / "g.html").exists()


@pytest.mark.model
def test_render_unwritable_destination_exits_1(db: Path, tmp_path: Path) -> None:
    result = run("render", "-o", tmp_path / "missing-dir" / "g.html", "--db", db)
    assert_clean(result)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot write")


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_formats(db: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"graph.{fmt}"
    result = run("export", target, "--db", db)
    assert result.exit_code == 0, result.output
    match = re.match(rf"Wrote {re.escape(str(target))} \({fmt}\): (\d+) nodes, (\d+) edges\.", result.stdout)
    assert match, result.stdout
    nodes, edges = int(match.group(1)), int(match.group(2))
    if fmt == "graphml":
        graph = nx.read_graphml(target)
    elif fmt == "gexf":
        graph = nx.read_gexf(target)
    else:
        graph = nx.node_link_graph(json.loads(target.read_text(encoding="utf-8")), edges="edges")
    assert graph.number_of_nodes() == nodes
    assert graph.number_of_edges() == edges
    assert "person:haruto-sakamoto" in graph


@pytest.mark.model
def test_export_format_option_overrides_extension(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "graph.data"
    result = run("export", target, "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["nodes"]


@pytest.mark.model
@pytest.mark.parametrize("args", [["graph.csv"], ["graph.json", "--format", "dot"]])
def test_export_bad_format_exits_1(db: Path, tmp_path: Path, args: list[str]) -> None:
    result = run("export", tmp_path / args[0], *args[1:], "--db", db)
    assert_clean(result)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: unknown export")
    assert "graphml" in result.stderr
    assert not (tmp_path / args[0]).exists()


@pytest.mark.model
def test_export_without_extension_writes_graphml_to_the_path_given(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "graph"
    result = run("export", target, "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Wrote {target} (graphml): ")
    assert "person:haruto-sakamoto" in nx.read_graphml(target)


# -- an empty store ------------------------------------------------------------------------------------
def test_queries_need_an_existing_store(tmp_path: Path) -> None:
    db = tmp_path / "typo.db"
    for command in (["entities"], ["events"], ["relations", "Japan"], ["render", "-o", tmp_path / "x.html"]):
        result = run(*command, "--db", db)
        assert result.exit_code == 1, (command, result.output)
        assert result.stderr.startswith(f"Error: no store at '{db}'")
    assert not db.exists()  # a mistyped --db creates nothing


def test_bad_dates_types_and_kinds_are_usage_errors(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert run("timeline", "Japan", "--since", "garbage", "--db", db).exit_code == 2
    assert run("timeline", "Japan", "--until", "2024-13", "--db", db).exit_code == 2
    assert run("events", "--type", "abc", "--db", db).exit_code == 2
    assert run("render", "--kind", "event", "--db", db).exit_code == 2


@pytest.mark.model
def test_json_and_text_keep_markup_and_emoji_codes_literal(tmp_path: Path) -> None:
    """Article text with rich markup and emoji codes prints as it is, in text and JSON."""
    from newsgraph.knowledge import KnowledgeGraph
    from newsgraph.model import Article

    db = tmp_path / "m.db"
    text = "Kenya warned Uganda over the [bold]East:fire:Sea[/] dispute on Monday."
    with KnowledgeGraph.open(db) as graph:
        graph.ingest([Article(id="m[/]", text=text, date="2024-04-16")])
    result = run("relations", "Kenya", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["relations"][0]["event"]["evidence"][0]["text"] == text
    text_out = run("timeline", "Kenya", "--db", db)
    assert text_out.exit_code == 0
    assert "[bold]East:fire:Sea[/]" in text_out.stdout
    missing = run("path", "Kenya[/]", "Nowhere[bold]", "--db", db)
    assert missing.exit_code == 1
    assert "Traceback" not in missing.output


# -- limits on relations, timeline and events ------------------------------------------------------------
@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    """A store of the hand-built test facts: no model needed."""
    from factories import corpus as facts

    from newsgraph.graph.store import Store

    path = tmp_path / "small.db"
    with Store.open(path) as store:
        store.add(facts())
    return path


def test_relations_limit_counts_the_rest(small_db: Path) -> None:
    everything = run("relations", "Vladimir Putin", "--db", small_db)
    assert everything.exit_code == 0, everything.output
    total = int(re.search(r": (\d+) relations", everything.stdout).group(1))
    assert total > 2
    assert "not shown" not in everything.stdout
    result = run("relations", "Vladimir Putin", "--db", small_db, "--limit", "2")
    assert result.exit_code == 0, result.output
    assert f": {total} relations" in result.stdout.splitlines()[0]
    assert result.stdout.splitlines()[-1] == f"{total - 2} more not shown; raise --limit"
    data = json.loads(run("relations", "Vladimir Putin", "--db", small_db, "--limit", "2", "--json").stdout)
    assert (data["total"], len(data["relations"])) == (total, 2)
    assert run("relations", "Vladimir Putin", "--db", small_db, "--limit", "0").exit_code == 2


def test_timeline_and_events_limits(small_db: Path) -> None:
    result = run("timeline", "Kim Jong Un", "--db", small_db, "--limit", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "1 of 3 events shown; raise --limit"
    assert run("timeline", "Kim Jong Un", "--db", small_db).stdout.splitlines()[-1] == "3 events"
    result = run("events", "--db", small_db, "--limit", "3", "--json")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 3
    assert "1 more events not shown; raise --limit" in result.stderr
    assert run("events", "--db", small_db).stdout.splitlines()[-1] == "4 events"


# -- quick exit after a big graph ------------------------------------------------------------------
QUICK = """
import os, sys
import newsgraph.cli as cli
if sys.argv[1] == "quick":  # every graph counts as big
    cli.QUICK_EXIT_NODES = 1
    real_exit = os._exit
    def _exit(code):
        sys.stderr.write(f"[quick exit {code}]")
        sys.stderr.flush()
        real_exit(code)
    os._exit = _exit
sys.argv[1:2] = []
cli.main()
"""


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["export", "{tmp}/graph.gexf"], 0),
        (["export", "{tmp}/graph.json"], 0),
        (["render", "-o", "{tmp}/graph.html"], 0),
        (["render", "-o", "{tmp}/small.html", "--max-nodes", "2"], 0),
    ],
)
def test_a_command_on_a_big_graph_exits_at_once_with_its_output_and_code(
    tmp_path: Path, args: list[str], code: int
) -> None:
    from factories import corpus

    from newsgraph.graph.store import Store

    db = tmp_path / "news.db"
    with Store.open(db) as store:
        store.add(corpus())

    def main(mode: str) -> subprocess.CompletedProcess[str]:
        given = [arg.format(tmp=tmp_path) for arg in args]
        command = [sys.executable, "-c", QUICK, mode, *given, "--db", str(db)]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    normal, quick = main("normal"), main("quick")
    assert normal.returncode == quick.returncode == code
    assert "[quick exit" not in normal.stderr
    assert quick.stderr == normal.stderr + f"[quick exit {code}]"
    assert quick.stdout == normal.stdout
    assert normal.stdout.strip() if code == 0 else normal.stderr.startswith("Error: ")


# -- small snags a newcomer meets -------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["State", "STATE", " state"])
def test_entities_kind_in_any_case(small_db: Path, kind: str) -> None:
    result = run("entities", "--db", small_db, "--kind", kind, "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["kind"] for r in rows} == {"state"}
    assert {r["label"] for r in rows} >= {"Russia", "China"}


def test_entities_offers_only_kinds_an_entity_can_have(small_db: Path) -> None:
    from newsgraph.model import Kind

    result = run("entities", "--db", small_db, "--kind", "event")
    assert result.exit_code == 2
    assert "'event' is not one of person, state, organization, location" in result.output
    help_text = " ".join(run("entities", "--help").stdout.split())
    assert "person, state, organization, location (any case)" in help_text
    assert {k.value for k in Kind} - {"event"} <= set(re.findall(r"\w+", help_text))


def test_render_kind_in_any_case(small_db: Path, tmp_path: Path) -> None:
    result = run("render", "-o", tmp_path / "g.html", "--db", small_db, "--kind", "Person", "--kind", "STATE")
    assert result.exit_code == 0, result.output


def test_render_hops_without_focus_is_refused(small_db: Path, tmp_path: Path) -> None:
    page = tmp_path / "g.html"
    result = run("render", "-o", page, "--db", small_db, "--hops", "2")
    assert result.exit_code == 2
    assert "--hops" in result.stderr
    assert "--focus NAME" in result.stderr
    assert not page.exists()
    focused = run("render", "-o", page, "--db", small_db, "--hops", "2", "--focus", "Putin")
    assert focused.exit_code == 0, focused.output


@pytest.mark.parametrize(("a", "b"), [("Putin", "Putin"), ("Vladimir Putin", "putin")])
def test_path_between_an_entity_and_itself_says_they_are_the_same(small_db: Path, a: str, b: str) -> None:
    result = run("path", a, b, "--db", small_db)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"{a!r} and {b!r} are the same entity: Vladimir Putin (person:vladimir-putin).\n"
    )


def test_path_counts_one_hop_in_the_singular(small_db: Path) -> None:
    result = run("path", "Vladimir Putin", "Russia", "--db", small_db, "--limit", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Path 1 (1 hop)"


@pytest.mark.parametrize(
    "args",
    [
        ["entities"],
        ["entities", "--json"],
        ["relations", "Putin"],
        ["relations", "Putin", "--json"],
        ["timeline", "Kim Jong Un"],
        ["events", "--json"],
        ["path", "Putin", "Xi Jinping"],
        ["export", "{tmp}/g.graphml"],
        ["dyads"],
        ["dyad", "Putin", "Xi Jinping", "--json"],
    ],
)
def test_a_reader_that_goes_away_ends_the_command_quietly(
    small_db: Path, tmp_path: Path, args: list[str]
) -> None:
    """`newsgraph entities | head -1`: once the reader has closed the pipe, exit 0 with nothing on stderr."""
    command = [
        sys.executable,
        "-m",
        "newsgraph",
        *(a.format(tmp=tmp_path) for a in args),
        "--db",
        str(small_db),
    ]
    read = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert (read.returncode, read.stderr) == (0, "")
    assert read.stdout.strip(), "the command should write something for the closed pipe to refuse"
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write to stdout now fails with EPIPE
    try:
        done = subprocess.run(
            command, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120, check=False
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (0, "")


# -- the README tells the truth ---------------------------------------------------------------------------
def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def _cli_commands() -> dict[str, list[list[str]]]:
    """Each command of the CLI with the spellings of each of its options (``--prepare/--no-prepare``)."""
    group = typer.main.get_command(app)
    commands = getattr(group, "commands", {})
    assert commands, "the CLI should have commands"
    return {
        name: [
            [*param.opts, *getattr(param, "secondary_opts", [])]
            for param in command.params
            if getattr(param, "param_type_name", "") == "option" and not getattr(param, "hidden", False)
        ]
        for name, command in commands.items()
    }


def _command_rows() -> dict[str, tuple[str, str]]:
    """The rows of the README's commands table by command: its usage, and the whole row."""
    rows = re.finditer(r"^\| `newsgraph (\w[\w-]*)([^`]*)`.*$", _readme(), flags=re.MULTILINE)
    return {row[1]: (row[2], row[0]) for row in rows}


def test_every_command_and_option_is_in_the_readme_commands_table() -> None:
    rows = _command_rows()
    missing = []
    for name, options in _cli_commands().items():
        if name not in rows:
            missing.append(f"newsgraph {name}")
            continue
        # --db is documented once for all commands, above the table.
        for spellings in options:
            row = rows[name][1]
            if "--db" not in spellings and not any(re.search(rf"{re.escape(s)}\b", row) for s in spellings):
                missing.append(f"newsgraph {name} {'/'.join(spellings)}")
    assert missing == [], f"not in the README's commands table: {missing}"
    assert "Every command takes `--db PATH`" in _readme()


def test_the_readme_table_names_no_command_or_option_the_cli_lacks() -> None:
    commands = _cli_commands()
    for name, (usage, _row) in _command_rows().items():
        assert name in commands, f"the README documents 'newsgraph {name}', which the CLI lacks"
        known = {s for spellings in commands[name] for s in spellings}
        for option in re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", usage):
            assert option in known, f"the README gives 'newsgraph {name} {option}', which the CLI lacks"


def test_the_quick_start_leaves_only_ignored_files() -> None:
    """What the Quick start writes in the checkout is what the README says, and git ignores it."""
    readme = _readme()
    quick = readme[readme.index("## Quick start") : readme.index("## A session")]
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    for name in ("newsgraph.db", "graph.html", "graph.graphml"):
        assert f"`{name}`" in quick, name
        assert any(fnmatch.fnmatch(f"/{name}", pattern) for pattern in ignored), name


def _repository_files() -> list[Path]:
    """The files git tracks (what a clone holds), else every file under the checkout."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return list(ROOT.rglob("*"))
    return [ROOT / name for name in listed.decode("utf-8", "surrogateescape").split("\0") if name]


def test_no_file_names_a_path_outside_the_repository() -> None:
    """Scripts take such paths as arguments, and tests read $NEWSGRAPH_SHARED (see tests/paths.py)."""
    skip = {".git", ".venv", "build", "dist", "node_modules"}
    suffixes = {".py", ".sh", ".md", ".json", ".toml", ".txt", ".cfg", ".ini", ".yml", ".yaml", ""}
    outside = re.compile("|".join([r"\.\./" + "shared", "/" + "work/"]))  # not spelled out here
    found = []
    for path in _repository_files():
        parts = path.relative_to(ROOT).parts
        hidden = [p for p in parts if p.startswith(".") and p not in {".ci", ".gitignore"}]
        if hidden or any(p in skip for p in parts) or not path.is_file():
            continue
        if path.suffix not in suffixes or path.stat().st_size > 2_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in outside.finditer(text)]
    assert found == []


def test_tests_import_their_helpers_as_ci_collects_them() -> None:
    """CI runs a bare `pytest` from the root: tests/ is on sys.path, the root is not, so `tests.x` fails."""
    package_imports = re.compile(r"^\s*(from|import) tests[.\s]", re.MULTILINE)
    found = [p.name for p in sorted((ROOT / "tests").glob("*.py")) if package_imports.search(p.read_text())]
    assert found == []


def test_the_transcript_tool_runs_the_readme_commands_in_one_shell() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import readme_transcript
    finally:
        sys.path.pop(0)
    blocks = readme_transcript.commands(_readme())
    assert blocks[0][0].startswith("newsgraph ingest examples/")
    assert any(line.startswith("newsgraph eval ") for block in blocks for line in block)
    assert all(line.startswith(("newsgraph ", "echo ")) for block in blocks for line in block), blocks
    text = readme_transcript.run(
        ["newsgraph --help", "ls x.bin examples/NOTICE tests/data/seeds/gold.json", "false", "echo $?"]
    )
    assert text.startswith("$ newsgraph --help\nUsage: ")
    listed = "examples/NOTICE\ntests/data/seeds/gold.json\nx.bin\n"
    assert (
        f"\n\n$ ls x.bin examples/NOTICE tests/data/seeds/gold.json\n{listed}\n$ false\n$ echo $?\n1\n"
        in text
    )
