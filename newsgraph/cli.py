"""The ``newsgraph`` command line: each command is one call into :class:`KnowledgeGraph`."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Column, Table

from .errors import NewsGraphError
from .graph.store import describe_error
from .inputs import collect_files
from .knowledge import DB_ENV, DEFAULT_DB, IngestReport, KnowledgeGraph
from .model import Kind

app = typer.Typer(
    name="newsgraph",
    help="Read news articles and build a knowledge graph of people, states and events; "
    "query it, draw it, export it.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _stdout_closed() -> None:
    """The reader of our output went away (``newsgraph entities | head -1``): stop quietly
    with exit status 0, as Unix tools do. Later writes, the interpreter's last flush
    included, go to /dev/null."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    raise SystemExit(0)


class _Console(Console):
    def on_broken_pipe(self) -> None:  # rich's own exits with status 1
        _stdout_closed()


# Article text is printed: no markup guessing, no ":emoji:" codes turned into pictures.
out = _Console(highlight=False, soft_wrap=True, emoji=False)
err = _Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)

DbOption = Annotated[
    Path,
    typer.Option("--db", envvar=DB_ENV, help=f"The SQLite store (also ${DB_ENV}).", show_default=True),
]
KINDS = [k.value for k in Kind]
#: The kinds ``entities`` lists: events have their own commands.
ENTITY_KINDS = [k for k in KINDS if k != Kind.EVENT.value]


#: The stores this command opened, kept to its end when it runs as the console script (see
#: :func:`main`); None otherwise (in tests through typer's runner, nothing is kept).
_opened: list[KnowledgeGraph] | None = None


def _open(db: Path, model: str | None = None, *, create: bool = False) -> KnowledgeGraph:
    """The store at ``db``; only ``ingest`` creates one, a mistyped --db elsewhere is an error."""
    kg = KnowledgeGraph.open(db, model=model, create=create)
    if _opened is not None:
        _opened.append(kg)
    return kg


def _emit_json(data: Any) -> None:
    """JSON to stdout as is: machine-readable output never goes through rich."""
    try:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    except BrokenPipeError:
        _stdout_closed()


def _date_option(value: str | None) -> str | None:
    """--since/--until: a full or partial ISO date (2024, 2024-04, 2024-04-16)."""
    if value is not None and not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value):
        raise typer.BadParameter(f"{value!r} is not a date like 2024, 2024-04 or 2024-04-16")
    return value


def _cameo_option(value: str | None) -> str | None:
    """--type: a CAMEO code or its prefix, digits only (04, 042)."""
    if value is not None and not re.fullmatch(r"\d{1,4}", value):
        raise typer.BadParameter(f"{value!r} is not a CAMEO code such as 04 or 042")
    return value


def _sector_option(value: str | None) -> str | None:
    """--sector: a CAMEO sector code, three letters (MIL, GOV, COP, JUD, REB, CVL, IGO ...)."""
    if value is not None and not re.fullmatch(r"[A-Za-z]{3}", value):
        raise typer.BadParameter(f"{value!r} is not a sector code such as MIL, GOV, COP or JUD")
    return value.upper() if value is not None else None


SectorOption = Annotated[
    str | None,
    typer.Option(
        help='Only events an actor took part in through this CAMEO sector, e.g. MIL ("Israeli '
        'soldiers"), GOV, COP, JUD, REB, CVL, IGO.',
        callback=_sector_option,
    ),
]
AssertedOption = Annotated[
    bool,
    typer.Option(
        "--asserted-only",
        help="Only events the text says happened: not reported, planned, hypothetical or denied.",
    ),
]


#: What a command reports as one ``Error:`` line: our own errors, and SQLite's on a damaged,
#: full or unwritable store (see :func:`~newsgraph.graph.store.describe_error`).
ERRORS = (NewsGraphError, sqlite3.Error)


def _fail(exc: Exception, db: Path | None = None) -> typer.Exit:
    message = describe_error(str(db), exc) if isinstance(exc, sqlite3.Error) else str(exc)
    err.print(f"Error: {escape(message)}")
    return typer.Exit(1)


def _kind_of(value: str, choices: list[str]) -> str:
    """A node kind in any case (``State`` is ``state``)."""
    kind = value.strip().lower()
    if kind not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}")
    return kind


def _entity_kind(value: str | None) -> str | None:
    return None if value is None else _kind_of(value, ENTITY_KINDS)


def _kinds(values: list[str] | None) -> list[str] | None:
    return None if values is None else [_kind_of(v, KINDS) for v in values]


def _count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 hop``, ``2 hops``, ``1,024 documents``."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def _estimate(paths: list[str]) -> int | None:
    """How many documents the inputs hold (JSONL lines counted), for the progress bar."""
    if "-" in paths:
        return None
    total = 0
    for f in collect_files(paths):
        if isinstance(f, Path) and f.is_file():  # no pipes or devices: reading them would eat them
            if f.suffix.lower() == ".jsonl":
                try:
                    with f.open("rb") as fh:
                        total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
                except OSError:
                    continue
            else:
                total += 1
    return total


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files or directories (.txt .md .html .htm .jsonl), or - for stdin.")
    ],
    db: DbOption = Path(DEFAULT_DB),
    date: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for documents whose input gives none.")
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline to load (default: en_core_web_sm, else its PyPI copy).")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per nlp.pipe batch.")] = 64,
    workers: Annotated[
        int, typer.Option(min=1, help="Extract in this many processes (each loads the model once).")
    ] = 1,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Extract on the Dask cluster of this scheduler, e.g. tcp://10.0.0.5:8786."),
    ] = None,
    dask_local: Annotated[
        int | None, typer.Option(min=1, help="Extract on a local Dask cluster of this many processes.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    render_to: Annotated[
        Path | None, typer.Option("--render", help="Then write the interactive HTML page here.")
    ] = None,
    export_to: Annotated[
        Path | None, typer.Option("--export", help="Then export the graph here (.graphml, .gexf, .json).")
    ] = None,
) -> None:
    """Read articles, extract people, states and events, and add them to the store.

    Documents already in the store (same text) are skipped, so running it twice is safe.
    Unreadable inputs are named with the reason and skipped; the exit status is 1 if any were.

    Example: newsgraph ingest examples/ --render graph.html --export graph.graphml

    Example: newsgraph ingest news.jsonl --workers 2
    """
    if date is not None:
        from .inputs import normalize_date

        full = normalize_date(date)  # "2024-04-16", "16 April 2024", "April 16, 2024"
        if full is None or len(full) != len("2024-04-16"):
            raise typer.BadParameter(f"{date!r} is not a full date like 2024-04-16", param_hint="--date")
        date = full
    if any(not p.strip() for p in paths):
        raise typer.BadParameter(
            "an empty path names nothing; give a file, a folder or -", param_hint="PATHS"
        )
    report = IngestReport()
    started = False
    documents: int | None = None
    graph: dict[str, int] | None = None
    written: list[str] = []
    failure: Exception | None = None
    try:
        with _open(db, model, create=True) as kg:
            # Outputs are checked before the long work: a typo must not cost the extraction.
            if render_to is not None:
                kg.check_output(render_to)
            if export_to is not None:
                kg.check_output(export_to, export=True)
            total = None if quiet or not err.is_terminal else _estimate(paths)
            progress = Progress(
                SpinnerColumn(),
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err,
                disable=quiet or not err.is_terminal,  # elsewhere it would only print a blank line
                transient=True,
            )
            started = True
            with progress:
                parallel = workers > 1 or scheduler is not None or dask_local is not None
                if parallel:
                    loading = "starting the workers (each loads the spaCy model)"
                else:
                    loading = "loading the spaCy model"
                task = progress.add_task(loading, total=total)
                if not parallel:
                    kg.load_model()
                    progress.update(task, description="reading")

                def advance(_article: object) -> None:
                    progress.update(task, advance=1, description="reading")

                report = kg.ingest(
                    paths,
                    date=date,
                    batch_size=batch_size,
                    progress=advance,
                    workers=workers,
                    scheduler=scheduler,
                    dask_local=dask_local,
                    report=report,
                )
            documents = kg.counts()["documents"]
            if render_to is not None:
                result = kg.render(render_to)
                written.append(f"{render_to} ({result.nodes_shown} nodes)")
            if export_to is not None:
                written.append(f"{export_to} ({kg.export(export_to)})")
            graph = kg.graph_counts()  # counted in the store unless the graph is in memory
    except (*ERRORS, OSError) as exc:
        failure = exc
    finally:
        # What was stored and rejected is said even when a later step failed.
        if started and (failure is None or report.documents or report.skipped or report.rejected):
            _print_report(report, documents, graph, db, written)
    if failure is not None:
        if isinstance(failure, OSError):
            err.print(f"Error: {escape(failure.strerror or str(failure))}: {escape(str(failure.filename))}")
            raise typer.Exit(1)
        raise _fail(failure, db)
    if report.rejected:
        raise typer.Exit(1)


def _print_report(
    report: IngestReport, documents: int | None, graph: dict[str, int] | None, db: Path, written: list[str]
) -> None:
    for notice in report.notices:
        err.print(f"note: {escape(str(notice))}")
    for rejected in report.rejected:
        err.print(f"rejected: {escape(str(rejected))}")
    out.print(
        f"Added {_count(report.documents, 'document')} ({_count(report.words, 'word')}). "
        f"Skipped {report.skipped} already stored, {report.duplicates} repeated in the input; "
        f"rejected {len(report.rejected)}."
    )
    if documents is not None:
        out.print(f"Store {escape(str(db))}: {_count(documents, 'document')}.")
    if graph is not None:
        out.print(f"Graph: {_graph_summary(graph)}.")
    if written:
        out.print("Wrote " + escape(", ".join(written)) + ".")


def _graph_summary(counts: dict[str, int]) -> str:
    """The graph's node and edge counts, as ``entities`` lists them and ``export`` writes them."""
    names = {"person": ("person", "people"), "entities": ("entity", "entities")}
    kinds = ", ".join(_count(counts.get(k, 0), *names.get(k, (k,))) for k in ENTITY_KINDS)
    return (
        f"{_count(counts['entities'], *names['entities'])} ({kinds}) and "
        f"{_count(counts[Kind.EVENT.value], 'event')}; "
        f"{_count(counts['relations'], 'relation')} between entities, "
        f"{_count(counts['arguments'], 'event argument')}"
    )


@app.command()
def entities(
    db: DbOption = Path(DEFAULT_DB),
    kind: Annotated[
        str | None,
        typer.Option(help=f"Only this kind: {', '.join(ENTITY_KINDS)} (any case).", callback=_entity_kind),
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many rows.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines instead of a table.")] = False,
) -> None:
    """List entities by mention count, with their aliases.

    Example: newsgraph entities --kind person --limit 20
    """
    try:
        with _open(db) as kg:
            rows = kg.entities(kind, limit)
    except ERRORS as exc:
        raise _fail(exc, db) from None
    if as_json:
        for row in rows:
            _emit_json(asdict(row))
        return
    table = Table("entity", "kind", "mentions", "docs", "aliases")
    for row in rows:
        table.add_row(
            escape(row.label),
            row.kind,
            str(row.mentions),
            str(row.documents),
            escape(", ".join(a for a in row.aliases if a != row.label)[:80]),
        )
    out.print(table)


@app.command()
def relations(
    name: Annotated[str, typer.Argument(help="An entity's name or any alias, any case.")],
    db: DbOption = Path(DEFAULT_DB),
    limit: Annotated[
        int, typer.Option(min=1, help="At most this many rows: the strongest relations, then events by date.")
    ] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Every relationship and event of an entity, each with its evidence sentence.

    Example: newsgraph relations "Kim Jong Un" --limit 20
    """
    try:
        with _open(db) as kg:
            node = kg.find(name)
            label = kg.label(node)
            page = kg.relations_page(name, limit=limit)
    except ERRORS as exc:
        raise _fail(exc, db) from None
    rows = page.rows
    if as_json:
        _emit_json(
            {"entity": node, "label": label, "total": page.total, "relations": [asdict(r) for r in rows]}
        )
        return
    out.print(f"[bold]{escape(label)}[/] ({node}): {page.total} relations")
    for row in rows:
        if row.event is not None:
            ev = row.event
            flags = " (negated)" if ev.negated else ""
            flags += f" ({ev.modality})" if ev.modality != "asserted" else ""
            out.print(
                f"  {row.relation} of {ev.cameo} {escape(ev.event_type)}{flags} "
                f"{escape('[' + (ev.date or 'undated') + ']')} "
                f"with {escape(', '.join(row.counterparts) or '-')}"
            )
        else:
            arrow = "->" if row.direction == "out" else "<-"
            role = f" ({escape(row.role)})" if row.role else ""
            kind = escape("[" + row.other_kind + "]")
            out.print(f"  {row.relation}{role} {arrow} {escape(row.other_label)} {kind}")
        for ev_row in row.evidence[:2]:
            out.print(f"      “{escape(ev_row.text.strip())}” — {escape(ev_row.doc)}")
    if page.more:
        out.print(f"{page.more} more not shown; raise --limit")


@app.command()
def path(
    a: Annotated[str, typer.Argument(help="One entity.")],
    b: Annotated[str, typer.Argument(help="The other entity.")],
    db: DbOption = Path(DEFAULT_DB),
    max_hops: Annotated[int, typer.Option(min=1, max=12, help="Longest path to look for.")] = 4,
    limit: Annotated[int, typer.Option(min=1, help="At most this many paths.")] = 5,
) -> None:
    """The shortest paths connecting two entities, each hop with its relation and evidence.

    Example: newsgraph path "Sergei Shoigu" "Kim Hong Kyun"
    """
    try:
        with _open(db) as kg:
            node = kg.find(a)
            if node == kg.find(b):
                label = kg.label(node)
                out.print(
                    f"{escape(repr(a))} and {escape(repr(b))} are the same entity: {escape(label)} ({node})."
                )
                return
            found = kg.path(a, b, max_hops=max_hops, limit=limit)
    except ERRORS as exc:
        raise _fail(exc, db) from None
    if not found:
        err.print(
            f"No path within {_count(max_hops, 'hop')} between {escape(repr(a))} and {escape(repr(b))}."
        )
        raise typer.Exit(1)
    for n, hops in enumerate(found, 1):
        out.print(f"[bold]Path {n}[/] ({_count(len(hops), 'hop')})")
        for hop in hops:
            role = f" ({escape(hop.role)})" if hop.role else ""
            out.print(f"  {escape(hop.source_label)} --{hop.relation}{role}--> {escape(hop.target_label)}")
            if hop.sentence:
                out.print(f"      “{escape(hop.sentence.strip())}” — {escape(hop.doc or '')}")


def _print_events(page: Any, as_json: bool) -> None:
    """Event rows as text (then their count) or JSON lines; rows the limit left out are counted
    on stdout, or on stderr for JSON."""
    rows = page.rows
    if as_json:
        for row in rows:
            _emit_json(asdict(row))
        if page.more:
            err.print(f"{page.more} more events not shown; raise --limit")
        return
    undated = False
    for row in rows:
        if not row.date and not undated:
            undated = True
            out.print("[dim]-- undated --[/]")
        flags = " (negated)" if row.negated else ""
        flags += f" ({row.modality})" if row.modality != "asserted" else ""
        out.print(
            f"{row.date or '':<10} {row.cameo:<4} {escape(row.event_type)}{flags}: "
            f"{escape(', '.join(row.agents) or '?')} -> {escape(', '.join(row.targets) or '-')}"
        )
        for ev in row.evidence[:1]:
            out.print(f"      “{escape(ev.text.strip())}” — {escape(ev.doc)}")
    if page.more:
        out.print(f"{len(rows)} of {page.total} events shown; raise --limit")
    else:
        out.print(f"{len(rows)} events")


@app.command()
def timeline(
    name: Annotated[str, typer.Argument(help="An entity's name or alias.")],
    db: DbOption = Path(DEFAULT_DB),
    since: Annotated[
        str | None,
        typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).", callback=_date_option),
    ] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.", callback=_date_option)] = None,
    type_: Annotated[
        str | None,
        typer.Option("--type", help="CAMEO code or prefix, e.g. 04 or 042.", callback=_cameo_option),
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many events, the earliest.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
    sector: SectorOption = None,
    asserted_only: AssertedOption = False,
) -> None:
    """The events an entity took part in, in date order (undated ones last).

    Example: newsgraph timeline "North Korea" --since 2023-07
    """
    try:
        with _open(db) as kg:
            page = kg.timeline_page(
                name,
                since=since,
                until=until,
                cameo=type_,
                limit=limit,
                sector=sector,
                asserted_only=asserted_only,
            )
    except ERRORS as exc:
        raise _fail(exc, db) from None
    _print_events(page, as_json)


@app.command()
def events(
    db: DbOption = Path(DEFAULT_DB),
    type_: Annotated[
        str | None,
        typer.Option("--type", help="CAMEO code or prefix, e.g. 13 (threaten).", callback=_cameo_option),
    ] = None,
    between: Annotated[
        tuple[str, str] | None, typer.Option(help="Only events in which both entities take part.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many events, the earliest.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
    sector: SectorOption = None,
    asserted_only: AssertedOption = False,
) -> None:
    """List events, optionally by CAMEO type and between two entities.

    Example: newsgraph events --between Russia "North Korea"
    """
    try:
        with _open(db) as kg:
            page = kg.events_page(
                cameo=type_, between=between, limit=limit, sector=sector, asserted_only=asserted_only
            )
    except ERRORS as exc:
        raise _fail(exc, db) from None
    _print_events(page, as_json)


@app.command()
def render(
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")] = Path(
        "graph.html"
    ),
    db: DbOption = Path(DEFAULT_DB),
    focus: Annotated[str | None, typer.Option(help="Draw only the neighbourhood of this entity.")] = None,
    hops: Annotated[
        int | None, typer.Option(min=1, max=6, help="Neighbourhood radius with --focus (default 1).")
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            help=f"Only these node kinds (repeatable, any case): {', '.join(KINDS)}.", callback=_kinds
        ),
    ] = None,
    max_nodes: Annotated[int, typer.Option(min=1, help="Keep at most this many, the most connected.")] = 300,
) -> None:
    """Write an interactive HTML page of the graph that works offline.

    Example: newsgraph render -o graph.html --focus "Kim Jong Un" --hops 2
    """
    if hops is not None and focus is None:
        raise typer.BadParameter("it is the radius around an entity: add --focus NAME", param_hint="--hops")
    if kind and set(kind) == {"event"}:
        raise typer.BadParameter(
            "events are drawn with their participants; add a participant kind: --kind event --kind state",
            param_hint="--kind",
        )
    try:
        with _open(db) as kg:
            result = kg.render(
                output, focus=focus, hops=hops or 1, kinds=set(kind) if kind else None, max_nodes=max_nodes
            )
    except ERRORS as exc:
        raise _fail(exc, db) from None
    except OSError as exc:
        err.print(f"Error: cannot write {escape(str(output))}: {escape(exc.strerror or str(exc))}")
        raise typer.Exit(1) from None
    extra = f" ({result.nodes_omitted} more left out; raise --max-nodes)" if result.nodes_omitted else ""
    out.print(
        f"Wrote {escape(str(result.path))}: {result.nodes_shown} nodes, {result.edges_shown} edges{extra}; "
        f"it opens on the actor view: {result.actors_shown} actors, {result.links_shown} links."
    )


@app.command()
def export(
    output: Annotated[
        Path,
        typer.Argument(
            help="The file to write (.graphml, .gexf or .json; GraphML when it has no extension)."
        ),
    ],
    db: DbOption = Path(DEFAULT_DB),
    fmt: Annotated[
        str | None, typer.Option("--format", help="graphml, gexf or json (default: from the extension).")
    ] = None,
) -> None:
    """Export the graph for Gephi, Cytoscape or your own code: the format follows the file's
    extension, GraphML when it has none.

    Example: newsgraph export graph.graphml
    """
    try:
        with _open(db) as kg:
            used = kg.export(output, fmt)
            counts = kg.graph_counts()  # from the store when the export streamed it
    except ERRORS as exc:
        raise _fail(exc, db) from None
    except OSError as exc:
        err.print(f"Error: cannot write {escape(str(output))}: {escape(exc.strerror or str(exc))}")
        raise typer.Exit(1) from None
    nodes = counts["entities"] + counts[Kind.EVENT.value]
    out.print(f"Wrote {escape(str(output))} ({used}): {nodes} nodes, {counts['edges']} edges.")


@app.command()
def resolve(
    db: DbOption = Path(DEFAULT_DB),
    full: Annotated[
        bool, typer.Option("--full", help="Resolve the whole store again from its facts and keep the result.")
    ] = False,
) -> None:
    """Check the store's resolution (who is who, office holders, one event's reports) against a
    full resolution of all its facts, or make it again with --full.

    Ingest revisits only what each batch of documents touches; the two must agree. Without
    --full nothing is changed: exit 1 when a table differs.

    Example: newsgraph resolve --full
    """
    try:
        with _open(db) as kg:
            if full:
                kg.resolve()
                out.print(f"Resolved {escape(str(db))} again from its facts.")
                return
            found = kg.resolution_differences()
    except ERRORS as exc:
        raise _fail(exc, db) from None
    if not found:
        out.print("The stored resolution is the full resolution of the store's facts.")
        return
    for table, (stored, fresh) in sorted(found.items()):
        out.print(f"{table}: {stored} rows only stored, {fresh} rows only in a full resolution")
    err.print("The stored resolution differs from a full one; run 'newsgraph resolve --full'.")
    raise typer.Exit(1)


# -- eval: a graph against hand-made gold ------------------------------------------------------------
def _min_option(values: list[str] | None) -> list[tuple[str, float]]:
    """--min KEY=VALUE: a headline figure of ``newsgraph eval`` and its lower bound."""
    from .evaluate import SUMMARY_KEYS

    bounds = []
    for item in values or []:
        key, _, value = item.partition("=")
        try:
            bound = float(value)
        except ValueError:
            bound = float("nan")
        if key not in SUMMARY_KEYS or bound != bound:  # NaN: not a number
            raise typer.BadParameter(f"{item!r} is not KEY=NUMBER with KEY one of {', '.join(SUMMARY_KEYS)}")
        bounds.append((key, bound))
    return bounds


@app.command("eval")
def eval_(
    ctx: typer.Context,
    gold: Annotated[Path, typer.Argument(help="The gold file (JSON, in the format the README describes).")],
    graph_file: Annotated[
        Path | None,
        typer.Option("--graph", help="Score this GraphML file (from 'newsgraph export') instead of a store."),
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole result as JSON.")] = False,
    minimum: Annotated[
        list[str] | None,
        typer.Option(
            "--min",
            metavar="KEY=VALUE",
            help="Exit 1 unless this figure is at least this, e.g. --min event_f1=0.7 (repeatable).",
        ),
    ] = None,
) -> None:
    """Score the graph against hand-made gold: precision, recall and F1 for people, states,
    affiliations (and their offices) and events (agents, targets and CAMEO type), with every
    miss and false positive named.

    Example: newsgraph eval gold.json --db news.db

    Example: newsgraph eval gold.json --graph graph.graphml --json
    """
    from .evaluate import evaluate, load_gold, read_graphml

    bounds = _min_option(minimum)
    db_source = ctx.get_parameter_source("db")
    if graph_file is not None and db_source is not None and db_source.name == "COMMANDLINE":
        raise typer.BadParameter("score a GraphML file or a store, not both", param_hint="--graph")
    try:
        gold_data = load_gold(gold)
        if graph_file is not None:
            result = evaluate(read_graphml(graph_file), gold_data)
        else:
            with _open(db) as kg:
                result = evaluate(kg.graph, gold_data)
    except NewsGraphError as exc:
        raise _fail(exc) from None
    summary = result.summary()
    if as_json:
        _emit_json(result.as_dict())
    else:
        _print_evaluation(result)
        out.print(" ".join(f"{k}={'-' if v is None else v}" for k, v in summary.items()))
    failed = [f"{k}={summary[k]} < {bound}" for k, bound in bounds if (summary[k] or 0.0) < bound]
    if failed:
        err.print("below the bound: " + ", ".join(failed))
        raise typer.Exit(1)


def _print_evaluation(result: Any) -> None:
    """The scores as a table, then what was missed and what was wrong, by part."""
    table = Table("", "precision", "recall", "F1", "found", "right")
    parts = [
        ("people", result.persons),
        ("states", result.states),
        ("affiliations", result.affiliations),
        ("events", result.events),
    ]
    for name, score in parts:
        table.add_row(
            name,
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
            f"{score.found} of {score.gold}",
            f"{score.correct} of {score.predicted}",
        )
    out.print(table)
    for name, accuracy in (
        ("offices", result.roles),
        ("event CAMEO roots", result.event_roots),
        ("event CAMEO codes", result.event_codes),
    ):
        if accuracy.total:
            out.print(f"{name}: {accuracy.right} of {accuracy.total} right ({accuracy.value:.3f})")
    for name, score in parts:
        for heading, items in (("missing", score.missing), ("false positive", score.false_positives)):
            if items:
                out.print(f"{heading} {name}:")
                for item in items:
                    out.print(f"  {escape(item)}")
    for name, accuracy in (
        ("offices", result.roles),
        ("event roots", result.event_roots),
        ("event codes", result.event_codes),
    ):
        if accuracy.wrong:
            out.print(f"wrong {name}:")
            for item in accuracy.wrong:
                out.print(f"  {escape(item)}")
    if result.forbidden:
        out.print("forbidden labels present: " + escape(", ".join(result.forbidden)))


# -- dyads: how two actors relate over time (issue 12) ------------------------------------
QUAD_HEADS = ("v.coop", "m.coop", "v.confl", "m.confl")


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="One actor: a person, state or organization.")],
    b: Annotated[str, typer.Argument(help="The other actor.")],
    db: DbOption = Path(DEFAULT_DB),
    by: Annotated[str, typer.Option(help="Period length: day, week, month or year.")] = "month",
    states: Annotated[
        bool, typer.Option("--states", help="Count persons and organizations for the state they act for.")
    ] = False,
    asserted_only: Annotated[
        bool,
        typer.Option(
            "--asserted-only", help="Only events asserted as fact (not reported, planned, negated)."
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    plot: Annotated[Path | None, typer.Option(help="Also draw the chart to this .png or .svg file.")] = None,
) -> None:
    """How two actors relate over time: their events in either direction by period and quad
    class (verbal/material cooperation, verbal/material conflict), the mean Goldstein score,
    the direction counts and the evidence behind each count.

    Example: newsgraph dyad "North Korea" Russia --states --by month --plot dyad.png
    """
    from .graph.dyad_plot import FORMATS, plot_dyad

    if by not in ("day", "week", "month", "year"):
        raise typer.BadParameter(f"{by!r} is not one of day, week, month, year", param_hint="--by")
    if plot is not None and plot.suffix.lower() not in FORMATS:
        raise typer.BadParameter(f"{str(plot)!r} is not a .png or .svg file", param_hint="--plot")
    try:
        with _open(db) as kg:
            if plot is not None:
                kg.check_output(plot)
            found = kg.dyad(a, b, by=by, states=states, asserted_only=asserted_only)
        if plot is not None:
            plot_dyad(found, plot)
    except ERRORS as exc:
        raise _fail(exc, db) from None
    except OSError as exc:
        err.print(f"Error: cannot write {escape(str(plot))}: {escape(exc.strerror or str(exc))}")
        raise typer.Exit(1) from None
    if as_json:
        _emit_json(_dyad_json(found))
    else:
        _print_dyad(found)
    if plot is not None:
        (err if as_json else out).print(f"Wrote {escape(str(plot))}.")


def _dyad_json(found: Any) -> dict[str, Any]:
    def event(e: Any) -> dict[str, Any]:
        return {
            "id": e.id,
            "date": e.date,
            "cameo": e.cameo,
            "event_type": e.event_type,
            "quad_class": int(e.quad) if e.quad is not None else None,
            "goldstein": e.goldstein,
            "trigger": e.trigger,
            "modality": e.modality,
            "negated": e.negated,
            "directions": list(e.directions),
            "a_roles": dict(e.a_roles),
            "b_roles": dict(e.b_roles),
            "doc": e.doc,
            "doc_title": e.doc_title,
            "sentence": e.sentence,
        }

    return {
        "a": {"id": found.a, "label": found.a_label},
        "b": {"id": found.b, "label": found.b_label},
        "by": found.by,
        "states": found.states,
        "asserted_only": found.asserted_only,
        "events": len(found.events),
        "goldstein": found.goldstein,
        "directions": found.direction_counts(),
        "periods": [
            {
                "period": p.period or None,
                "counts": {q.title: n for q, n in p.counts.items()},
                "goldstein": p.goldstein,
                "a_to_b": p.a_to_b,
                "b_to_a": p.b_to_a,
                "joint": p.joint,
                "negated": p.negated,
                "events": [event(e) for e in p.events],
            }
            for p in found.periods
        ],
    }


def _print_dyad(found: Any) -> None:
    a, b = escape(found.a_label), escape(found.b_label)
    moves = found.direction_counts()
    scope = " (states: persons and organizations count for their state)" if found.states else ""
    out.print(f"[bold]{a} \u2194 {b}[/] by {found.by}{scope}; A = {a}, B = {b}")
    if not found.periods:
        out.print("No events between them.")
        return
    table = Table(*QUAD_HEADS, "Goldstein", "A\u2192B", "B\u2192A", "joint", "negated")
    table.columns.insert(0, Column("period", no_wrap=True))
    for p in found.periods:
        table.add_row(
            p.period or "undated",
            *(str(n) for n in p.counts.values()),
            f"{p.goldstein:+.1f}" if p.goldstein is not None else "-",
            str(p.a_to_b),
            str(p.b_to_a),
            str(p.joint),
            str(p.negated),
        )
    out.print(table)
    mean = f"mean Goldstein {found.goldstein:+.2f}; " if found.goldstein is not None else ""
    out.print(
        f"{len(found.events)} events; {mean}"
        f"{a} \u2192 {b} {moves['a->b']}, {b} \u2192 {a} {moves['b->a']}, joint {moves['joint']}"
    )
    heads = dict(zip(range(1, 5), QUAD_HEADS, strict=True))
    for p in found.periods:
        out.print(f"[bold]{p.period or 'undated'}[/]")
        for e in p.events:
            tag = "negated" if e.negated else heads.get(int(e.quad), "?") if e.quad is not None else "?"
            arrow = ", ".join(e.directions)
            flags = f" ({e.modality})" if e.modality != "asserted" else ""
            out.print(
                f"  {e.date or '':<10} {e.cameo:<4} {tag:<7} {escape(e.event_type)}{flags} [{arrow}]"
                f" trigger \u201c{escape(e.trigger)}\u201d"
            )
            if e.sentence:
                out.print(f"      \u201c{escape(e.sentence.strip())}\u201d \u2014 {escape(e.doc or '')}")


@app.command()
def dyads(
    db: DbOption = Path(DEFAULT_DB),
    kind: Annotated[
        str, typer.Option(help="Pairs of: any (actors as they are), state, person or organization.")
    ] = "any",
    limit: Annotated[int, typer.Option(min=1, help="At most this many pairs, the most active.")] = 20,
    by: Annotated[str, typer.Option(help="Period length of the trend: day, week, month or year.")] = "month",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """The most active pairs of actors, with event counts, net cooperation (cooperative minus
    conflictual events), the mean Goldstein score and the trend over the last periods.
    Reads the whole graph, like export (slow on a very large store); dyad A B does not.

    Example: newsgraph dyads --kind state --limit 10
    """
    if kind not in ("any", "state", "person", "organization"):
        raise typer.BadParameter(
            f"{kind!r} is not one of any, state, person, organization", param_hint="--kind"
        )
    if by not in ("day", "week", "month", "year"):
        raise typer.BadParameter(f"{by!r} is not one of day, week, month, year", param_hint="--by")
    try:
        with _open(db) as kg:
            rows = kg.dyads(kind=kind, limit=limit, by=by)
    except NewsGraphError as exc:
        raise _fail(exc) from None
    if as_json:
        for r in rows:
            _emit_json(
                {
                    "a": {"id": r.a, "label": r.a_label},
                    "b": {"id": r.b, "label": r.b_label},
                    "events": r.events,
                    "a_to_b": r.a_to_b,
                    "b_to_a": r.b_to_a,
                    "cooperation": r.cooperation,
                    "conflict": r.conflict,
                    "net_cooperation": r.net_cooperation,
                    "goldstein": r.goldstein,
                    "trend": [{"period": k, "net_cooperation": n} for k, n in r.trend],
                    "trend_word": r.trend_word,
                }
            )
        return
    if not rows:
        out.print("No events between actors.")
        return
    table = Table("events", "A\u2192B", "B\u2192A", "coop", "confl", "net", "Goldstein", "trend")
    table.columns.insert(0, Column("A \u2013 B", no_wrap=True))
    for r in rows:
        table.add_row(
            f"{escape(r.a_label)} \u2013 {escape(r.b_label)}",
            str(r.events),
            str(r.a_to_b),
            str(r.b_to_a),
            str(r.cooperation),
            str(r.conflict),
            f"{r.net_cooperation:+d}",
            f"{r.goldstein:+.1f}" if r.goldstein is not None else "-",
            f"{r.trend_word} ({' '.join(f'{n:+d}' for _, n in r.trend)})" if r.trend else "-",
        )
    out.print(table)
    out.print(
        f"net: cooperative minus conflictual events; trend: net cooperation of the last {by}s with events"
    )


#: A graph of this many nodes or more in memory at the end of a command is not freed (see :func:`main`).
QUICK_EXIT_NODES = 50_000


def main() -> None:
    """The console script: :data:`app`, then, when a big graph is still in memory, an exit
    that skips freeing it. Freeing a million-edge graph object by object takes seconds and
    gives nothing back to a process that is ending. The stores are closed by then (each
    command closes its own) and the output is flushed first."""
    global _opened
    _opened = []
    try:
        try:
            app()
        finally:  # JSON lines still in sys.stdout's buffer
            try:
                sys.stdout.flush()
            except BrokenPipeError:
                _stdout_closed()
    except SystemExit as exc:
        code = exc.code
        big = any(kg.loaded_nodes >= QUICK_EXIT_NODES for kg in _opened)
        if not big or not (code is None or isinstance(code, int)):
            raise
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code or 0)
    finally:
        _opened = None
