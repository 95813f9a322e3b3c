"""The library API: a store of articles and facts, and the graph built from it.

    kg = KnowledgeGraph.open("newsgraph.db")
    kg.ingest(["articles/"])
    kg.relations("Kim Jong Un")
    kg.path("Sergei Shoigu", "Kim Hong Kyun")
    kg.export("graph.graphml")

The CLI is a thin layer over this class.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, TextIO

import networkx as nx

from .errors import NewsGraphError, RecordError, UnknownEntityError
from .extractors import extract_articles, load_pipeline
from .extractors.dates import dateline_date, parse_iso
from .graph import actors, dyads, query
from .graph.export import export as export_graph
from .graph.export import export_format
from .graph.output import check_output
from .graph.render import RenderResult, render_html
from .graph.store import Store
from .inputs import Notice, Rejected, normalize_text, read_inputs
from .model import Article, DocumentFacts, Kind

DB_ENV = "NEWSGRAPH_DB"
DEFAULT_DB = "newsgraph.db"
#: Documents written per store transaction.
COMMIT_EVERY = 64


def default_db() -> str:
    """``$NEWSGRAPH_DB`` or ``newsgraph.db`` in the working directory."""
    return os.environ.get(DB_ENV) or DEFAULT_DB


@dataclass(slots=True)
class IngestReport:
    """What one ingest did. ``skipped`` counts documents already in the store, ``duplicates``
    those whose text repeats an earlier one of the same input; ``entities``, ``relations`` and
    ``events`` count the rows written (new entity keys, supporting sentences, event mentions),
    not the graph's nodes and edges, which merge them (see :meth:`KnowledgeGraph.graph_counts`).
    ``rejected`` lists inputs that were skipped with their reasons."""

    documents: int = 0
    skipped: int = 0
    duplicates: int = 0
    words: int = 0
    entities: int = 0
    relations: int = 0
    events: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected


Progress = Callable[[Article], None]


class KnowledgeGraph:
    """A newsgraph store with the graph built from it (loaded lazily, rebuilt after ingest)."""

    def __init__(self, store: Store, *, model: str | None = None) -> None:
        self.store = store
        self.model = model
        self._graph: nx.MultiDiGraph | None = None

    @classmethod
    def open(
        cls, path: str | Path | None = None, *, model: str | None = None, create: bool = True
    ) -> KnowledgeGraph:
        """Open (or create) the store at ``path`` (default :func:`default_db`); ":memory:" works.
        ``create=False`` only opens an existing store, read-only when it cannot be written."""
        return cls(Store.open(path if path is not None else default_db(), create=create), model=model)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- ingest ---------------------------------------------------------------------------
    def ingest(
        self,
        sources: Sequence[str | os.PathLike[str]] | Iterable[Article],
        *,
        date: str | None = None,
        batch_size: int = 64,
        progress: Progress | None = None,
        stdin: TextIO | BinaryIO | None = None,
        workers: int = 1,
        scheduler: str | None = None,
        dask_local: int | None = None,
        report: IngestReport | None = None,
    ) -> IngestReport:
        """Read, extract and store every new document of ``sources`` (paths or Articles).

        Documents already in the store (same text) are skipped; each batch of
        :data:`COMMIT_EVERY` documents is one transaction. A document's date comes from
        its metadata, else a wire dateline in its first lines, else ``date`` (ISO):
        relative dates ("Monday") in it are resolved against that.

        Extraction runs in this process by default, in ``workers`` processes when more
        than one, or on a Dask cluster: ``scheduler`` (an address such as
        ``tcp://10.0.0.5:8786``) or ``dask_local`` (a local cluster of that many worker
        processes). Writing stays here, in input order, so every way gives the same store.

        Pass ``report`` to keep what was done so far when a later batch fails (a full disk):
        it is filled in as the ingest goes.
        """
        if scheduler is not None and dask_local is not None:
            raise NewsGraphError("give a Dask scheduler address or a local Dask cluster size, not both")
        if (scheduler is not None or dask_local is not None) and workers != 1:
            raise NewsGraphError("workers are for local processes; with Dask, the cluster's workers are used")
        if workers < 1:
            raise NewsGraphError(f"workers must be at least 1, got {workers}")
        if date is not None:
            anchor = parse_iso(date)
            if anchor is None:
                raise NewsGraphError(f"publication date {date!r} is not a full date like 2024-04-16")
            date = anchor.isoformat()
        report = report if report is not None else IngestReport()
        articles = self._new_articles(sources, report, date=date, stdin=stdin)
        found: Iterator[DocumentFacts]
        if scheduler is not None or dask_local is not None:
            from .parallel import extract_on_dask

            found = extract_on_dask(
                articles,
                scheduler=scheduler,
                local_workers=dask_local,
                model=self.model,
                batch_size=batch_size,
            )
        elif workers > 1:
            from .parallel import extract_in_processes

            found = extract_in_processes(articles, workers=workers, model=self.model, batch_size=batch_size)
        else:
            found = extract_articles(load_pipeline(self.model), articles, batch_size=batch_size)
        batch: list[DocumentFacts] = []
        # closing() ends a worker pool or cluster at once if writing fails half-way.
        with contextlib.closing(found) if isinstance(found, Generator) else contextlib.nullcontext():
            for facts in found:
                batch.append(facts)
                report.words += count_words(facts.article.text)
                if progress is not None:
                    progress(facts.article)
                if len(batch) >= COMMIT_EVERY:
                    self._commit(batch, report)
            self._commit(batch, report)
        return report

    def resolve(self) -> None:
        """Resolve the whole store again from its stored facts (see :meth:`Store.resolve_again`):
        the same tables ingest keeps up to date batch by batch."""
        self.store.resolve_again()
        self._graph = None

    def resolution_differences(self) -> dict[str, tuple[int, int]]:
        """The resolution tables that differ from a full resolution (see
        :meth:`Store.resolution_differences`); empty when the store agrees with one."""
        return self.store.resolution_differences()

    def add_facts(self, facts: Sequence[DocumentFacts]) -> IngestReport:
        """Store facts extracted elsewhere (another process, a cluster), idempotently."""
        report = IngestReport()
        self._commit(list(facts), report)
        return report

    def _commit(self, batch: list[DocumentFacts], report: IngestReport) -> None:
        if not batch:
            return
        try:
            result = self.store.add(batch)
        except RecordError:
            if len(batch) == 1:
                raise
            # One bad document must not cost the batch: store them one by one, name the bad one.
            for facts in list(batch):
                try:
                    self._commit([facts], report)
                except RecordError as exc:
                    where = facts.article.source or facts.article.id
                    report.rejected.append(Rejected(where, f"could not be stored ({exc}), skipped"))
            batch.clear()
            return
        report.documents += result.documents
        report.skipped += result.skipped
        report.entities += result.entities
        report.relations += result.relations
        report.events += result.events
        batch.clear()
        self._graph = None

    def _new_articles(
        self,
        sources: Sequence[str | os.PathLike[str]] | Iterable[Article],
        report: IngestReport,
        *,
        date: str | None,
        stdin: TextIO | BinaryIO | None,
    ) -> Iterator[Article]:
        """Articles not yet stored, with unique ids; rejections and notices go to the report."""
        items = _items(sources, stdin)
        seen_hashes: set[str] = set()
        seen_ids: dict[str, str] = {}
        pending: list[tuple[Article, str]] = []  # with its hash, computed once

        def flush() -> Iterator[Article]:
            known = self.store.known_hashes(digest for _, digest in pending)
            taken = self.store.ids_taken(article.id for article, _ in pending)
            for article, digest in pending:
                if digest in known:
                    report.skipped += 1
                    continue
                other = seen_ids.get(article.id) or taken.get(article.id)
                if other is not None and other != digest:
                    article = dataclasses.replace(article, id=f"{article.id}~{digest[:8]}")
                seen_ids[article.id] = digest
                yield article
            pending.clear()

        for item in items:
            if isinstance(item, Rejected):
                report.rejected.append(item)
                continue
            if isinstance(item, Notice):
                report.notices.append(item)
                continue
            article: Article = item
            digest = article.hash
            if digest in seen_hashes:
                report.duplicates += 1
                continue
            seen_hashes.add(digest)
            if not article.date:
                found = dateline_date(article.text) or date
                if found:
                    article = dataclasses.replace(article, date=found)
            pending.append((article, digest))
            if len(pending) >= 256:
                yield from flush()
        yield from flush()

    # -- the graph and queries ------------------------------------------------------------
    @property
    def graph(self) -> nx.MultiDiGraph:
        """The whole graph (node ids like ``person:kim-jong-un``), built from the store on first
        use and kept by this object until its next ingest. Queries do not need it."""
        if self._graph is None:
            self._graph = self.store.load_graph()
        return self._graph

    @property
    def loaded_nodes(self) -> int:
        """Nodes of the graph loaded in memory (0 when it is not loaded)."""
        return 0 if self._graph is None else self._graph.number_of_nodes()

    def load_model(self) -> None:
        """Load the spaCy pipeline that :meth:`ingest` extracts with in this process (it is
        cached), so a caller can say that the model is loading while it loads."""
        load_pipeline(self.model)

    def graph_counts(self) -> dict[str, int]:
        """What the graph holds: nodes per kind, ``entities`` (nodes that are not events, as
        :meth:`entities` lists them), ``relations`` (edges between entities), ``arguments``
        (edges between an event and its participants) and ``edges`` (all, as exported).
        Counted in the store when the graph is not in memory."""
        if self._graph is None and self.store.indexed:
            from .graph.query.sql import SqlQueries

            return SqlQueries(self.store.connection).counts()
        graph = self.graph
        counts: dict[str, int] = dict.fromkeys((k.value for k in Kind), 0)
        for _node, kind in graph.nodes(data="kind"):
            counts[str(kind)] = counts.get(str(kind), 0) + 1
        event = Kind.EVENT.value
        counts["entities"] = graph.number_of_nodes() - counts[event]
        counts["edges"] = graph.number_of_edges()
        kinds = graph.nodes(data="kind")
        counts["arguments"] = sum(1 for u, v in graph.edges() if event in (kinds[u], kinds[v]))
        counts["relations"] = counts["edges"] - counts["arguments"]
        return counts

    @property
    def queries(self) -> query.Queries:
        """What answers the questions: the store itself, through its indexes; the graph in
        memory when it is loaded already, or when the store's node table is not up to date
        and cannot be brought up to date (a read-only store written by an older version)."""
        if self._graph is not None or not self.store.indexed:
            return query.MemoryQueries(self.graph)
        from .graph.query.sql import SqlQueries

        return SqlQueries(self.store.connection)

    def find(self, name: str, kinds: Iterable[str] | None = None) -> str:
        """The node id for a name or alias (case-insensitive); raises UnknownEntityError, or
        AmbiguousEntityError listing the candidates when several entities hold the name."""
        return self.queries.find(name, kinds)

    def label(self, node: str) -> str:
        """The label of a node id."""
        return self.queries.label(node)

    def entities(self, kind: str | None = None, limit: int | None = None) -> list[query.EntityRow]:
        return self.queries.entities(kind, limit)

    def relations(self, name: str, *, limit: int | None = None) -> list[query.RelationRow]:
        """Edges of the entity (strongest first), then its events (by date); the first ``limit``."""
        return self.relations_page(name, limit=limit).rows

    def relations_page(self, name: str, *, limit: int | None = None) -> query.Page[query.RelationRow]:
        """:meth:`relations` and how many rows there are in all."""
        queries = self.queries
        return queries.relations_page(queries.find(name), limit)

    def path(self, a: str, b: str, *, max_hops: int = 4, limit: int = 5) -> list[list[query.Hop]]:
        queries = self.queries
        return queries.paths(queries.find(a), queries.find(b), max_hops=max_hops, limit=limit)

    def timeline(
        self,
        name: str,
        *,
        since: str | None = None,
        until: str | None = None,
        cameo: str | None = None,
        limit: int | None = None,
        sector: str | None = None,
        asserted_only: bool = False,
    ) -> list[query.EventRow]:
        return self.timeline_page(
            name,
            since=since,
            until=until,
            cameo=cameo,
            limit=limit,
            sector=sector,
            asserted_only=asserted_only,
        ).rows

    def timeline_page(
        self,
        name: str,
        *,
        since: str | None = None,
        until: str | None = None,
        cameo: str | None = None,
        limit: int | None = None,
        sector: str | None = None,
        asserted_only: bool = False,
    ) -> query.Page[query.EventRow]:
        """The entity's events by date (the first ``limit``) and how many match in all;
        ``sector`` ("MIL"): those it took part in through that sector ("Israeli soldiers");
        ``asserted_only``: those the text says happened (not reported, planned, denied ...)."""
        queries = self.queries
        return queries.timeline_page(
            queries.find(name), since, until, cameo, limit, sector=sector, asserted_only=asserted_only
        )

    def events(
        self,
        *,
        cameo: str | None = None,
        between: tuple[str, str] | None = None,
        limit: int | None = None,
        sector: str | None = None,
        asserted_only: bool = False,
    ) -> list[query.EventRow]:
        return self.events_page(
            cameo=cameo, between=between, limit=limit, sector=sector, asserted_only=asserted_only
        ).rows

    def events_page(
        self,
        *,
        cameo: str | None = None,
        between: tuple[str, str] | None = None,
        limit: int | None = None,
        sector: str | None = None,
        asserted_only: bool = False,
    ) -> query.Page[query.EventRow]:
        """Events by date (the first ``limit``) and how many match in all; ``sector`` and
        ``asserted_only`` as in :meth:`timeline_page`."""
        queries = self.queries
        pair = (queries.find(between[0]), queries.find(between[1])) if between else None
        return queries.events_page(cameo, pair, limit, sector=sector, asserted_only=asserted_only)

    def check_output(self, path: str | Path, *, export_as: str | None = None, export: bool = False) -> None:
        """Raise :class:`~newsgraph.errors.ExportError` now when ``path`` cannot be written as
        output: the store or one of its files, a folder, a missing folder, or (``export``) a
        format that is not known. Ingest checks its outputs with this before extracting."""
        check_output(path, protected=self.store.protected_paths())
        if export or export_as is not None:
            export_format(path, export_as)

    def export(self, path: str | Path, fmt: str | None = None) -> str:
        """Write the graph as GraphML, GEXF or node-link JSON; returns the format used.

        GraphML is streamed from the store a few thousand nodes at a time when the graph is
        not in memory (the same file, a fraction of the memory); the other formats are
        written from the whole graph, built here."""
        self.check_output(path, export_as=fmt, export=True)
        if self._graph is None and self.store.indexed and export_format(path, fmt) == "graphml":
            from .graph.query.sql import SqlQueries, StoreGraph

            return export_graph(StoreGraph(SqlQueries(self.store.connection)), path, fmt)
        return export_graph(self.graph, path, fmt)

    def render(
        self,
        path: str | Path,
        *,
        focus: str | None = None,
        hops: int = 1,
        kinds: set[str] | None = None,
        max_nodes: int = 300,
    ) -> RenderResult:
        """Write the interactive HTML page; ``focus`` is a name resolved like :meth:`find`, and
        then only its neighbourhood is read from the store."""
        self.check_output(path)
        if focus is None:
            return render_html(self.graph, path, hops=hops, kinds=kinds, max_nodes=max_nodes)
        queries = self.queries
        node = queries.find(focus)
        graph = queries.ego_graph(node, hops)
        return render_html(graph, path, focus=node, hops=hops, kinds=kinds, max_nodes=max_nodes)

    def counts(self) -> dict[str, int]:
        return self.store.counts()

    # -- dyads: how two actors relate over time (issue 12) ---------------------------------
    def dyad(
        self, a: str, b: str, *, by: str = "month", states: bool = False, asserted_only: bool = False
    ) -> dyads.Dyad:
        """The events between ``a`` and ``b`` in either direction, grouped by period (``by``:
        day, week, month or year) and quad class. With ``states``, persons and organizations
        count for the state they act for (see :func:`newsgraph.graph.actors.side_members`)."""
        if by not in dyads.PERIODS:
            raise NewsGraphError(f"period {by!r} is not one of {', '.join(dyads.PERIODS)}")
        source = self._actors()
        ends = [self._actor(a, source), self._actor(b, source)]
        if ends[0] == ends[1]:
            raise NewsGraphError(f"{a!r} and {b!r} are the same entity; name two different ones")
        sides = [source.side_members(node, states=states) for node in ends]
        # Each member's events and its role in each; only the events of both sides are read.
        roles: list[dict[str, dict[str, str]]] = [{}, {}]
        for side, members in enumerate(sides):
            for member, events in source.member_roles(sorted({m.member for m in members})).items():
                for event, role in events.items():
                    roles[side].setdefault(event, {})[member] = role
        spans: list[dict[str, list[dyads.Membership]]] = [{}, {}]  # member -> its spans, per side
        for side, members in enumerate(sides):
            for m in members:
                spans[side].setdefault(m.member, []).append(m)
        shared = sorted(roles[0].keys() & roles[1].keys())
        rows = source.event_rows(shared)
        documents = source.documents(sorted({r.doc for r in rows.values() if r.doc is not None}))
        found = []
        for event in shared:
            row = rows[event]
            doc = documents.get(row.doc) or {} if row.doc is not None else {}
            date = dyads.effective_date(row.date, doc.get("date"))
            kept = [
                {m for m in roles[side][event] if dyads.member_of(spans[side][m], date)} for side in (0, 1)
            ]
            found.append(
                dyads.DyadEvent(
                    id=row.id,
                    date=date,
                    cameo=row.cameo,
                    event_type=row.event_type,
                    trigger=row.trigger,
                    modality=row.modality,
                    negated=row.negated,
                    doc=row.doc,
                    a_roles={m: r for m, r in roles[0][event].items() if m in kept[0]},
                    b_roles={m: r for m, r in roles[1][event].items() if m in kept[1]},
                    sentence=row.evidence[0].text if row.evidence else "",
                    doc_title=str(doc.get("title") or ""),
                )
            )
        if states:  # a person stands for its one state
            kinds = source.kinds({*ends, *(m.member for members in sides for m in members)})
            for i, members in enumerate(sides):
                heads = {m.member for m in members if m.member != ends[i] and kinds.get(m.member) == "state"}
                if kinds.get(ends[i]) != "state" and len(heads) == 1:
                    ends[i] = heads.pop()
        labels = source.labels(ends)
        return dyads.summarize(
            found,
            a=(ends[0], labels[ends[0]]),
            b=(ends[1], labels[ends[1]]),
            by=by,
            asserted_only=asserted_only,
            states=states,
        )

    def _actors(self) -> Any:
        """What a dyad reads: the store (as :attr:`queries` chooses it), else the graph in memory."""
        if self._graph is not None or not self.store.indexed:
            return actors.GraphActors(self.graph)
        from .graph.query.sql import SqlQueries

        return SqlQueries(self.store.connection)

    def _actor(self, name: str, source: Any = None) -> str:
        """The person, state or organization called ``name``; a place or an event is refused by kind."""
        try:
            return self.find(name, actors.ACTOR_KINDS)
        except UnknownEntityError:
            node = self.find(name)  # unknown under any kind: its own error, with suggestions
            kind = (source or self._actors()).kinds([node]).get(node) or "node"
            article = "an" if kind[:1] in ("a", "e", "i", "o", "u") else "a"
            raise NewsGraphError(
                f"{name!r} is {article} {kind}, not an actor; name a person, state or organization"
            ) from None

    def dyads(
        self, *, kind: str = "any", limit: int | None = 20, by: str = "month", asserted_only: bool = False
    ) -> list[dyads.PairRow]:
        """The most active pairs of actors (``kind``: any, state, person or organization), with
        event counts, net cooperation and the trend over the last periods.

        Whole-graph work, like :meth:`export`: it builds the graph in memory (about 33 s and
        2.5 GB for a million edges, see docs/benchmarks.md), where :meth:`dyad` reads one
        pair's rows from the store."""
        if kind not in ("any", *actors.ACTOR_KINDS):
            raise NewsGraphError(f"kind {kind!r} is not one of any, {', '.join(actors.ACTOR_KINDS)}")
        graph = self.graph
        labels = {n: str(d.get("label", n)) for n, d in graph.nodes(data=True) if d.get("kind") != "event"}
        return dyads.rank_pairs(
            actors.pair_events(graph, kind), labels, limit=limit, by=by, asserted_only=asserted_only
        )


def count_words(text: str, step: int = 1 << 20) -> int:
    """``len(text.split())`` without the list: a 50 MB text would make nine million strings
    just to be counted. Counted a megabyte at a time; a word cut by a step is counted once."""
    if len(text) <= step:
        return len(text.split())
    total = 0
    for start in range(0, len(text), step):
        total += len(text[start : start + step].split())
        if start and not text[start - 1].isspace() and not text[start].isspace():
            total -= 1
    return total


def _items(sources: Any, stdin: TextIO | BinaryIO | None) -> Iterator[Any]:
    """Articles, rejections and notices from paths, Articles, or a mix; one path alone works too."""
    if isinstance(sources, str | os.PathLike | Article):
        sources = [sources]
    paths: list[str | os.PathLike[str]] = []
    for item in sources:
        if isinstance(item, str | os.PathLike):
            paths.append(item)
            continue
        if paths:
            yield from read_inputs(paths, stdin=stdin)
            paths = []
        if not isinstance(item, Article):
            raise TypeError(f"ingest takes paths or Article objects, not {type(item).__name__}")
        yield _normalized(item)
    if paths:
        yield from read_inputs(paths, stdin=stdin)


def _normalized(item: Any) -> Any:
    """An Article given directly gets the same text clean-up as one read from a file
    (control characters, lone surrogates, odd spaces); one left empty is rejected."""
    if not isinstance(item, Article):
        return item
    text = normalize_text(item.text)
    if not text:
        return Rejected(item.source or item.id, "empty (no text), skipped")
    return item if text == item.text else dataclasses.replace(item, text=text)


__all__ = ["DEFAULT_DB", "IngestReport", "KnowledgeGraph", "NewsGraphError", "default_db"]
