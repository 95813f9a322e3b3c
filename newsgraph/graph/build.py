"""Facts and store rows -> ``nx.MultiDiGraph``. The only module that knows the attribute names.

Both ways into a graph go through the same rows: :func:`rows_of` flattens
:class:`~newsgraph.model.DocumentFacts` into plain tuples (the store writes exactly
these tuples with ``executemany``), and :class:`GraphBuilder` consumes them, whether
they come from memory (:func:`build_graph`) or from SQLite (``Store.load_graph``).

Node attributes (entities): ``kind``, ``label``, ``aliases``, ``mentions``,
``documents``, ``evidence`` and ``iso3`` (states). Event nodes: ``kind="event"``,
``label``, ``cameo``, ``event_type``, ``trigger``, ``negated``, ``modality``,
``date`` (when known), ``doc`` and ``evidence``. Edge attributes: ``relation``,
``role`` (when known), ``count``, ``evidence``, ``documents``; the edge key is a
deterministic id unique across the graph. ``graph.graph["documents"]`` maps a doc
id to its title, date, url and source.

The builder sorts everything it adds, so the same rows in any order give the same graph.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from newsgraph.model import DocumentFacts, Kind, Relation

log = logging.getLogger(__name__)

MAX_EVIDENCE = 5
EVENT_LABEL_LENGTH = 80

# Attribute names, in one place.
KIND = "kind"
LABEL = "label"
ALIASES = "aliases"
MENTIONS = "mentions"
DOCUMENTS = "documents"
EVIDENCE = "evidence"
ISO3 = "iso3"
CAMEO = "cameo"
EVENT_TYPE = "event_type"
TRIGGER = "trigger"
NEGATED = "negated"
MODALITY = "modality"
DATE = "date"
DOC = "doc"
RELATION = "relation"
ROLE = "role"
COUNT = "count"

EVENT_ROLES = (Relation.AGENT.value, Relation.TARGET.value, Relation.LOCATION.value)

# Row shapes shared with the store (column order of its tables):
DocumentRow = tuple[str, str, str | None, str | None, str | None, str | None, str]
"""(id, hash, title, date, url, source, text)"""
EntityRow = tuple[str, str, str, str | None]
"""(key, kind, label, iso3)"""
MentionRow = tuple[str, str, int, int, str, int, int]
"""(doc_id, entity, start, end, text, sentence_start, sentence_end)"""
RelationRow = tuple[str, str, str, str | None, str, int, int]
"""(source, target, relation, role, doc_id, sentence_start, sentence_end)"""
EventRow = tuple[str, str, str, str, str, int, str, str | None, int, int]
"""(key, doc_id, cameo, event_type, trigger, negated, modality, date, sentence_start, sentence_end)"""
ArgumentRow = tuple[str, str, str]
"""(event, entity, role) with role one of agent | target | location"""


@dataclass(slots=True)
class Rows:
    """One batch of facts as table rows, in foreign-key order."""

    documents: list[DocumentRow]
    entities: list[EntityRow]
    mentions: list[MentionRow]
    relations: list[RelationRow]
    events: list[EventRow]
    arguments: list[ArgumentRow]


def rows_of(batch: Iterable[DocumentFacts]) -> Rows:
    """Flatten facts into rows. Facts naming an entity or event the document does not define are dropped
    (logged), so a store's foreign keys always hold; a document repeated in the batch (same hash) is
    kept once.
    """
    rows = Rows([], [], [], [], [], [])
    seen_hashes: set[str] = set()
    seen_entities: set[str] = set()
    for facts in batch:
        article = facts.article
        digest = article.hash
        if digest in seen_hashes:
            continue
        seen_hashes.add(digest)
        doc = article.id
        rows.documents.append(
            (doc, digest, article.title, article.date, article.url, article.source, article.text)
        )
        known = {entity.key for entity in facts.entities}
        for entity in facts.entities:
            if entity.key not in seen_entities:
                seen_entities.add(entity.key)
                rows.entities.append((entity.key, entity.kind.value, entity.label, entity.iso3))
            rows.mentions.extend(
                (doc, entity.key, m.start, m.end, m.text, m.sentence.start, m.sentence.end)
                for m in entity.mentions
            )
        for rel in facts.relations:
            if rel.source not in known or rel.target not in known:
                log.warning(
                    "%s: relation %s -> %s names an undefined entity; dropped", doc, rel.source, rel.target
                )
                continue
            rows.relations.append(
                (
                    rel.source,
                    rel.target,
                    rel.relation.value,
                    rel.role,
                    doc,
                    rel.evidence.start,
                    rel.evidence.end,
                )
            )
        for event in facts.events:
            rows.events.append(
                (
                    event.key,
                    doc,
                    event.cameo,
                    event.event_type,
                    event.trigger,
                    int(event.negated),
                    event.modality.value,
                    event.date,
                    event.evidence.start,
                    event.evidence.end,
                )
            )
            args = {
                (event.key, key, role)
                for role, keys in zip(
                    EVENT_ROLES, (event.agents, event.targets, event.locations), strict=True
                )
                for key in keys
            }
            for arg in sorted(args):
                if arg[1] in known:
                    rows.arguments.append(arg)
                else:
                    log.warning("%s: event %s names undefined entity %s; dropped", doc, event.key, arg[1])
    return rows


def edge_id(source: str, target: str, relation: str, role: str | None = None) -> str:
    """Deterministic edge key, unique across the graph and a valid XML name token."""
    raw = f"{source}\x1f{target}\x1f{relation}\x1f{role or ''}"
    return f"{relation}.{hashlib.sha1(raw.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def _form_order(item: tuple[str, int]) -> tuple[int, int, str]:
    """Most frequent surface form first; ties -> the longest, then alphabetical."""
    text, n = item
    return (-n, -len(text), text)


Sentence = tuple[str, int, int]  # (doc_id, start, end)


class GraphBuilder:
    """Consumes rows (documents first) and makes the graph. Memory is linear in the rows."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.doc_meta: dict[str, dict[str, str]] = {}
        self.entities: dict[str, tuple[str, str, str | None]] = {}
        self.forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.entity_sentences: defaultdict[str, set[Sentence]] = defaultdict(set)
        self.relations: list[RelationRow] = []
        self.events: dict[str, EventRow] = {}
        self.arguments: set[ArgumentRow] = set()
        self._evidence_cache: dict[Sentence, dict[str, Any]] = {}

    # -- feeding -------------------------------------------------------------------------------
    def add_documents(self, rows: Iterable[Sequence[Any]]) -> None:
        """Rows of (id, hash, title, date, url, source, text)."""
        for doc, _hash, title, date, url, source, text in rows:
            self.texts[doc] = text
            meta = {"title": title, "date": date, "url": url, "source": source}
            self.doc_meta[doc] = {k: v for k, v in meta.items() if v is not None}

    def add_entities(self, rows: Iterable[Sequence[Any]]) -> None:
        for key, kind, label, iso3 in rows:
            self.entities.setdefault(key, (kind, label, iso3))

    def add_mentions(self, rows: Iterable[Sequence[Any]]) -> None:
        forms, sentences = self.forms, self.entity_sentences
        for doc, key, _start, _end, text, s_start, s_end in rows:
            forms[key][text] += 1
            sentences[key].add((doc, s_start, s_end))

    def add_relations(self, rows: Iterable[Sequence[Any]]) -> None:
        self.relations.extend(map(tuple, rows))  # type: ignore[arg-type]

    def add_events(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.events.setdefault(row[0], tuple(row))  # type: ignore[arg-type]

    def add_arguments(self, rows: Iterable[Sequence[Any]]) -> None:
        self.arguments.update(map(tuple, rows))  # type: ignore[arg-type]

    def add_rows(self, rows: Rows) -> None:
        self.add_documents(rows.documents)
        self.add_entities(rows.entities)
        self.add_mentions(rows.mentions)
        self.add_relations(rows.relations)
        self.add_events(rows.events)
        self.add_arguments(rows.arguments)

    # -- building ------------------------------------------------------------------------------
    def _evidence(self, sentence: Sentence) -> dict[str, Any]:
        """One evidence dict per distinct sentence, shared by every node and edge citing it."""
        found = self._evidence_cache.get(sentence)
        if found is None:
            doc, start, end = sentence
            text = self.texts.get(doc, "")[start:end]
            found = {"doc": doc, "start": start, "end": end, "text": text}
            self._evidence_cache[sentence] = found
        return found

    def _evidence_list(self, sentences: set[Sentence]) -> list[dict[str, Any]]:
        if len(sentences) == 1:  # the common case, kept cheap for million-edge stores
            return [self._evidence(next(iter(sentences)))]
        return [self._evidence(s) for s in sorted(sentences)[:MAX_EVIDENCE]]

    def _labels(self) -> dict[str, str]:
        labels = {}
        for key, (kind, label, _iso3) in self.entities.items():
            forms = self.forms.get(key)
            if kind != Kind.STATE.value and forms:
                items = list(forms.items())
                if kind == Kind.PERSON.value:
                    # A person is named by a full name when one was seen ("Kim Jong Un", not "Kim").
                    items = [f for f in items if len(f[0].split()) > 1] or items
                label = min(items, key=_form_order)[0]
            labels[key] = label
        return labels

    def _merge_surnames(self, labels: dict[str, str]) -> dict[str, str]:
        """Map each single-token person to the one multi-token person sharing its first or last token."""
        by_token: defaultdict[str, set[str]] = defaultdict(set)
        singles = []
        for key, (kind, _label, _iso3) in self.entities.items():
            if kind != Kind.PERSON.value:
                continue
            tokens = labels[key].split()
            if len(tokens) > 1:
                by_token[tokens[0].casefold()].add(key)
                by_token[tokens[-1].casefold()].add(key)
            elif tokens:
                singles.append(key)
        remap = {}
        for key in singles:
            candidates = by_token.get(labels[key].casefold(), set())
            if len(candidates) == 1:
                remap[key] = next(iter(candidates))
        return remap

    def build(self) -> nx.MultiDiGraph:
        labels = self._labels()
        remap = self._merge_surnames(labels)

        def final(key: str) -> str:
            return remap.get(key, key)

        # Entities, with the merged ones folded into their full-name node.
        forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
        sentences: defaultdict[str, set[Sentence]] = defaultdict(set)
        for key in self.entities:
            forms[final(key)].update(self.forms.get(key, {}))
            sentences[final(key)].update(self.entity_sentences.get(key, ()))
        nodes: list[tuple[str, dict[str, Any]]] = []
        for key, (kind, _label, iso3) in self.entities.items():
            if key in remap:
                continue
            counts = forms[key]
            attrs: dict[str, Any] = {
                KIND: kind,
                LABEL: labels[key],  # a full-name node keeps its own label after a merge
                ALIASES: [text for text, _n in sorted(counts.items(), key=_form_order)],
                MENTIONS: sum(counts.values()),
                DOCUMENTS: sorted({s[0] for s in sentences[key]}),
                EVIDENCE: self._evidence_list(sentences[key]),
            }
            if iso3:
                attrs[ISO3] = iso3
            nodes.append((key, attrs))

        # Relations aggregated by (source, target, relation, role) after the merge.
        support: defaultdict[tuple[str, str, str, str | None], set[Sentence]] = defaultdict(set)
        for source, target, relation, role, doc, s_start, s_end in self.relations:
            support[(final(source), final(target), relation, role)].add((doc, s_start, s_end))

        edges: list[tuple[str, str, str, dict[str, Any]]] = []
        for (source, target, relation, role), found in support.items():
            edges.append(
                (source, target, edge_id(source, target, relation, role), self._edge(relation, role, found))
            )

        # Events and their participants.
        participants: defaultdict[str, dict[str, list[str]]] = defaultdict(
            lambda: {r: [] for r in EVENT_ROLES}
        )
        for event, entity, role in {(e, final(k), r) for e, k, r in self.arguments}:
            if event in self.events:
                participants[event][role].append(entity)
        node_labels = labels
        for key, cameo, event_type, trigger, negated, modality, date, s, e, doc in (
            (r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[1]) for r in self.events.values()
        ):
            sentence = (doc, s, e)
            roles = participants.get(key, {r: [] for r in EVENT_ROLES})
            attrs = {
                KIND: Kind.EVENT.value,
                LABEL: _event_label(event_type, roles, node_labels),
                CAMEO: cameo,
                EVENT_TYPE: event_type,
                TRIGGER: trigger,
                NEGATED: bool(negated),
                MODALITY: modality,
                DOC: doc,
                EVIDENCE: [self._evidence(sentence)],
            }
            if date:
                attrs[DATE] = date
            nodes.append((key, attrs))
            for role, members in roles.items():
                for entity in members:
                    source, target = (entity, key) if role == Relation.AGENT.value else (key, entity)
                    edges.append(
                        (source, target, edge_id(source, target, role), self._edge(role, None, {sentence}))
                    )

        graph = nx.MultiDiGraph()
        graph.graph[DOCUMENTS] = {doc: self.doc_meta[doc] for doc in sorted(self.doc_meta)}
        nodes.sort(key=lambda item: item[0])
        graph.add_nodes_from(nodes)
        edges.sort(key=lambda item: (item[0], item[1], item[2]))
        graph.add_edges_from(edges)
        return graph

    def _edge(self, relation: str, role: str | None, found: set[Sentence]) -> dict[str, Any]:
        attrs: dict[str, Any] = {RELATION: relation}
        if role:
            attrs[ROLE] = role
        attrs[COUNT] = len(found)
        attrs[EVIDENCE] = self._evidence_list(found)
        attrs[DOCUMENTS] = [next(iter(found))[0]] if len(found) == 1 else sorted({s[0] for s in found})
        return attrs


def _event_label(event_type: str, roles: dict[str, list[str]], labels: dict[str, str]) -> str:
    agents = ", ".join(sorted(labels.get(k, k) for k in roles[Relation.AGENT.value]))
    targets = ", ".join(sorted(labels.get(k, k) for k in roles[Relation.TARGET.value]))
    text = f"{event_type}: {agents or '?'}"
    if targets:
        text += f" -> {targets}"
    if len(text) > EVENT_LABEL_LENGTH:
        text = text[: EVENT_LABEL_LENGTH - 1].rstrip() + "\u2026"
    return text


def build_graph(facts: Iterable[DocumentFacts]) -> nx.MultiDiGraph:
    """Build the graph straight from facts, exactly as a store holding them would load it."""
    builder = GraphBuilder()
    builder.add_rows(rows_of(facts))
    return builder.build()


def iter_sorted_edges(graph: nx.MultiDiGraph) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """Edges in a stable order, for dumps and comparisons."""
    return iter(sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))))
