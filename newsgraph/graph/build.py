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

import gc
import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import networkx as nx

from newsgraph.model import DocumentFacts, Kind, Relation
from newsgraph.resolve import EntityInput, Resolution, resolve
from newsgraph.resolve.companies import placed
from newsgraph.resolve.names import (
    NO_SIDES,
    SIDE_MARK,
    affiliation_sides,
    ordered_forms,
    peer_role,
    peer_title,
    present_office,
    royal_title,
)
from newsgraph.resolve.offices import Claim

log = logging.getLogger(__name__)

MAX_EVIDENCE = 5
#: Bump whenever the graph built from the same rows changes (attributes, labels, merging).
GRAPH_FORMAT = 2
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
SOURCE = "source"  # event nodes: the file, site or feed of the document, as given ("CB2-031.txt")
RELATION = "relation"
ROLE = "role"
SECTOR = "sector"  # agent/target edges: the CAMEO agent code of the part that acted ("MIL")
MENTION = "mention"  # agent/target edges: the words that named the participant ("Israeli soldiers")
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
ArgumentRow = tuple[str, str, str, str | None, str | None]
"""(event, entity, role, sector, mention) with role one of agent | target | location; sector
the CAMEO agent code of the part of the actor that acted, mention the words naming it"""
ClaimRow = tuple[str, str | None, str, int, int, str | None]
"""(entity, role, doc_id, sentence_start, sentence_end, home)"""


@dataclass(slots=True)
class Rows:
    """One batch of facts as table rows, in foreign-key order."""

    documents: list[DocumentRow]
    entities: list[EntityRow]
    mentions: list[MentionRow]
    relations: list[RelationRow]
    events: list[EventRow]
    arguments: list[ArgumentRow]
    claims: list[ClaimRow] = field(default_factory=list)


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
        sided = sided_keys(facts)
        for entity in facts.entities:
            own = sided.get(entity.key, entity.key)
            for key in dict.fromkeys((entity.key, own)):  # the name's own key too: the node of its sides
                if key not in seen_entities:
                    seen_entities.add(key)
                    rows.entities.append((key, entity.kind.value, entity.label, entity.iso3))
            rows.mentions.extend(
                (doc, own, m.start, m.end, m.text, m.sentence.start, m.sentence.end) for m in entity.mentions
            )
        for rel in facts.relations:
            if rel.source not in known or rel.target not in known:
                log.warning(
                    "%s: relation %s -> %s names an undefined entity; dropped", doc, rel.source, rel.target
                )
                continue
            rows.relations.append(
                (
                    sided.get(rel.source, rel.source),
                    sided.get(rel.target, rel.target),
                    rel.relation.value,
                    rel.role,
                    doc,
                    rel.evidence.start,
                    rel.evidence.end,
                )
            )
        rows.claims.extend(
            (sided.get(c.entity, c.entity), c.role, doc, c.evidence.start, c.evidence.end, c.home)
            for c in facts.claims
            if c.entity in known
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
            named = {(a.entity, a.role): (a.sector, a.mention) for a in event.arguments}
            args = {
                (event.key, sided.get(key, key), role, *named.get((key, role), (None, None)))
                for role, keys in zip(
                    EVENT_ROLES, (event.agents, event.targets, event.locations), strict=True
                )
                for key in keys
            }
            for arg in sorted(args, key=lambda a: a[:3]):
                if arg[1] in known or arg[1] in sided.values():
                    rows.arguments.append(arg)
                else:
                    log.warning("%s: event %s names undefined entity %s; dropped", doc, event.key, arg[1])
    return rows


def sided_keys(facts: DocumentFacts) -> dict[str, str]:
    """Person keys of full names this document tells whom they serve (:class:`~newsgraph.resolve.
    names.Sides`: the states of their offices, a political office, a company's post) -> the
    name's key marked with those sides ("person:patrick-durrant@irl+p"), so that one full name
    borne by two people in two documents ("Irish Foreign Minister Patrick Durrant", "Australian
    Trade Minister Patrick Durrant") is two keys resolution may keep apart; it joins the marked
    keys whose sides agree, and the name's own key, into one node (``resolve.names``). People the
    knowledge base knows by that name keep their one key (their offices are known)."""
    from newsgraph.resolve.actors import actors

    persons = {
        e.key: e.label
        for e in facts.entities
        if e.kind is Kind.PERSON
        and len(e.label.split()) > 1
        and peer_title(e.label) is None  # "Lord Falconer", "Prince Charles": names of their own
        and not royal_title(e.label)
    }
    if not persons:
        return {}
    affiliations: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for rel in facts.relations:
        if rel.source in persons and rel.relation is Relation.AFFILIATED_WITH:
            affiliations[rel.source].append((rel.target, rel.role))
    claimed: dict[str, list[str | None]] = defaultdict(list)
    for c in facts.claims:
        # an office of two words or more named with no holder ("Defence Secretary X"); one word
        # says too little ("Tony Vole, the organisation's president" is no state's)
        if c.entity in persons and c.role and len(c.role.split()) > 1:
            claimed[c.entity].append(c.role)
    found = {}
    kb = actors()
    for key in sorted(set(affiliations) | set(claimed)):
        sides = affiliation_sides(affiliations.get(key, ()), claimed.get(key, ()))
        if sides == NO_SIDES or kb.person(persons[key]) is not None:
            continue
        mark = [s.partition(":")[2].lower() for s in sorted(sides.states)]
        mark += ["p"] * sides.political + ["c"] * sides.company
        found[key] = key + SIDE_MARK + "+".join(mark)
    return found


def edge_id(source: str, target: str, relation: str, role: str | None = None) -> str:
    """Deterministic edge key, unique across the graph and a valid XML name token.

    ``relation.`` and a 64-bit BLAKE2b digest of the four parts: about 1e-8 odds of any
    clash among a million edges.
    """
    raw = f"{source}\x1f{target}\x1f{relation}\x1f{role or ''}"
    return f"{relation}.{_blake2b(raw.encode('utf-8', 'surrogatepass'), digest_size=8).hexdigest()}"


_blake2b = hashlib.blake2b


Sentence = tuple[str, int, int]  # (doc_id, start, end)
RelationKey = tuple[str, str, str, str | None]  # (source, target, relation, role)


class GraphBuilder:
    """Consumes rows (documents first) and makes the graph. Memory is linear in the rows.

    Entity facts come either as raw mention rows (:meth:`add_mentions`) or already
    aggregated, as the store reads them with SQL (:meth:`add_forms`,
    :meth:`add_entity_documents`, :meth:`add_entity_evidence`); both give the same graph
    because a node keeps only its form counts, its documents and its first
    ``MAX_EVIDENCE`` sentences.
    """

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.doc_meta: dict[str, dict[str, str]] = {}
        self.entities: dict[str, tuple[str, str, str | None]] = {}
        self.forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.entity_documents: defaultdict[str, set[str]] = defaultdict(set)
        # Every sentence (raw rows) or the first MAX_EVIDENCE in order (aggregated rows).
        self.entity_sentences: defaultdict[str, set[Sentence]] = defaultdict(set)
        self.relations: list[RelationRow] = []
        self.events: dict[str, EventRow] = {}
        self.arguments: set[ArgumentRow] = set()
        self._evidence_cache: dict[Sentence, dict[str, Any]] = {}
        self.resolution: Resolution | None = None
        self.event_map: dict[str, str] = {}
        self.claims: list[ClaimRow] = []
        self.placed: set[tuple[str, str]] = set()

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
        """Raw mention rows (doc_id, entity, start, end, text, sentence_start, sentence_end)."""
        forms, documents, sentences = self.forms, self.entity_documents, self.entity_sentences
        for doc, key, start, _end, text, s_start, s_end in rows:
            forms[key][text] += 1
            documents[key].add(doc)
            sentences[key].add((doc, s_start, s_end))
            # Company names written capitalised mid-sentence (resolve.companies)
            if key.startswith("organization:") and placed(self.texts.get(doc, "")[s_start:start]):
                self.placed.add((key, text))

    def add_forms(self, rows: Iterable[Sequence[Any]]) -> None:
        """Aggregated mentions: (entity, surface text, number of mentions)."""
        forms = self.forms
        for key, text, n in rows:
            forms[key][text] += n

    def add_entity_documents(self, rows: Iterable[tuple[str, Iterable[str]]]) -> None:
        """(entity, the documents that mention it)."""
        documents = self.entity_documents
        for key, docs in rows:
            documents[key].update(docs)

    def add_entity_evidence(self, rows: Iterable[Sequence[Any]]) -> None:
        """(entity, doc_id, sentence_start, sentence_end): at least each entity's first
        ``MAX_EVIDENCE`` distinct sentences in (doc, start, end) order."""
        sentences = self.entity_sentences
        for key, doc, s_start, s_end in rows:
            sentences[key].add((doc, s_start, s_end))

    def add_relations(self, rows: Iterable[Sequence[Any]]) -> None:
        self.relations.extend(map(tuple, rows))

    def add_events(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.events.setdefault(row[0], tuple(row))

    def add_arguments(self, rows: Iterable[Sequence[Any]]) -> None:
        """(event, entity, role, sector, mention); rows of three (stores before sectors) are
        padded."""
        for event, entity, role, *rest in rows:
            sector, mention = (*rest, None, None)[:2]
            self.arguments.add((event, entity, role, sector, mention))

    def add_event_map(self, mapping: dict[str, str]) -> None:
        """Reports of one event in several documents (see :mod:`newsgraph.resolve.events`):
        event key -> its canonical event, for the events that are not their own."""
        self.event_map = dict(mapping)

    def add_claims(self, rows: Iterable[Sequence[Any]]) -> None:
        """Office claims (entity, role, doc_id, sentence_start, sentence_end, home), for the
        builder's own resolution when no stored one is given."""
        self.claims.extend(map(tuple, rows))

    def add_resolution(self, resolution: Resolution | None) -> None:
        """The store's resolution (see :mod:`newsgraph.resolve`); without one, the builder
        resolves the entities it was given itself, in memory."""
        self.resolution = resolution

    def add_rows(self, rows: Rows) -> None:
        self.add_documents(rows.documents)
        self.add_entities(rows.entities)
        self.add_mentions(rows.mentions)
        self.add_relations(rows.relations)
        self.add_events(rows.events)
        self.add_arguments(rows.arguments)
        self.add_claims(rows.claims)

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

    def _evidence_list(self, sentences: Collection[Sentence]) -> list[dict[str, Any]]:
        if len(sentences) == 1:  # the common case, kept cheap for million-edge stores
            return [self._evidence(next(iter(sentences)))]
        return [self._evidence(s) for s in sorted(sentences)[:MAX_EVIDENCE]]

    def _resolution(self) -> Resolution:
        if self.resolution is None:
            self.resolution = self._resolve()
        return self.resolution

    def _resolve(self) -> Resolution:
        ennobled = {r[0] for r in self.relations if peer_role(r[3])} | {
            c[0] for c in self.claims if peer_role(c[1])
        }
        titled = {r[0] for r in self.relations if present_office(r[3])} | {
            c[0] for c in self.claims if present_office(c[1])
        }
        offices: defaultdict[str, set[str]] = defaultdict(set)
        for source, role in [(r[0], r[3]) for r in self.relations] + [(c[0], c[1]) for c in self.claims]:
            if role:
                offices[source].add(str(role).casefold())
        affiliations: defaultdict[str, list[tuple[str, str | None]]] = defaultdict(list)
        for r in self.relations:
            if r[2] == "affiliated_with":
                affiliations[r[0]].append((r[1], r[3]))
        claimed: defaultdict[str, list[str]] = defaultdict(list)
        for c in self.claims:
            if c[1]:
                claimed[c[0]].append(str(c[1]))
        entities = (
            EntityInput(
                key,
                kind,
                label,
                iso3,
                self.forms.get(key, {}),
                len(self.entity_documents.get(key, ())),
                key in ennobled,
                self._period(key),
                key in titled,
                frozenset(offices.get(key, ())),
                affiliation_sides(affiliations.get(key, ()), claimed.get(key, ()))
                if kind == "person"
                else NO_SIDES,
            )
            for key, (kind, label, iso3) in self.entities.items()
        )
        claims = [Claim(*row, self.doc_meta.get(row[2], {}).get("date")) for row in self.claims]
        relations = [(r[0], r[1], r[2], r[3]) for r in self.relations]
        return resolve(entities, claims, relations, self.entity_sentences, self.placed)

    def _period(self, key: str) -> tuple[str, str] | None:
        """The earliest and latest dates of the dated documents naming an entity."""
        dates = [
            date[:10]
            for doc in self.entity_documents.get(key, ())
            if (date := self.doc_meta.get(doc, {}).get("date"))
        ]
        return (min(dates), max(dates)) if dates else None

    def _entity_nodes(self, resolution: Resolution) -> list[tuple[str, dict[str, Any]]]:
        """Entity nodes, one per canonical node, each with the forms, documents and evidence of
        every entity key resolution maps to it."""
        remap = resolution.canonical
        forms: dict[str, Counter[str]] = dict(self.forms)
        documents: dict[str, Collection[str]] = dict(self.entity_documents)
        sentences: dict[str, Collection[Sentence]] = dict(self.entity_sentences)
        for key, into in remap.items():
            forms[into] = forms.get(into, Counter()) + forms.pop(key, Counter())
            documents[into] = {*documents.get(into, ()), *documents.pop(key, ())}
            sentences[into] = {*sentences.get(into, ()), *sentences.pop(key, ())}
        nodes: list[tuple[str, dict[str, Any]]] = []
        empty: Counter[str] = Counter()
        canonical = dict.fromkeys(remap.get(key, key) for key in self.entities)
        for key in canonical:
            node = resolution.nodes.get(key)
            if node is not None:
                kind, label, iso3 = node.kind, node.label, node.iso3
            elif key in self.entities:
                kind, label, iso3 = self.entities[key]
            else:
                continue
            counts = forms.get(key, empty)
            attrs: dict[str, Any] = {
                KIND: kind,
                LABEL: label,  # a full-name node keeps its own label after a merge
                ALIASES: ordered_forms(counts),
                MENTIONS: sum(counts.values()),
                DOCUMENTS: sorted(documents.get(key, ())),
                EVIDENCE: self._evidence_list(sentences.get(key, ())),
            }
            if iso3:
                attrs[ISO3] = iso3
            nodes.append((key, attrs))
        return nodes

    def build(self) -> nx.MultiDiGraph:
        with paused_gc():
            return self._build()

    def _build(self) -> nx.MultiDiGraph:
        resolution = self._resolution()
        remap = resolution.canonical
        final = remap.get
        nodes = self._entity_nodes(resolution)
        labels = {key: attrs[LABEL] for key, attrs in nodes}
        for key, into in remap.items():
            labels[key] = labels.get(into, key)

        # Relations aggregated by (source, target, relation, role) after the merge, with those
        # resolution decided (what each rests on stays in the store's derived_relations).
        support: defaultdict[RelationKey, set[Sentence]] = defaultdict(set)
        for source, target, relation, role, doc, s_start, s_end in self.relations:
            support[(final(source, source), final(target, target), relation, role)].add((doc, s_start, s_end))
        present = {key for key, _attrs in nodes}
        for d in resolution.derived:
            rel_key = (final(d.source, d.source), final(d.target, d.target), d.relation, d.role)
            if rel_key[1] not in present:
                holder = resolution.nodes.get(rel_key[1])
                if holder is None:
                    continue
                nodes.append((holder.key, _holder_attrs(holder)))
                present.add(holder.key)
            support[rel_key].add((d.doc_id, d.sentence_start, d.sentence_end))
        edges: list[tuple[str, str, str, dict[str, Any]]] = [
            (source, target, edge_id(source, target, relation, role), self._edge(relation, role, found))
            for (source, target, relation, role), found in support.items()
        ]

        # Events and their participants.
        participants: dict[str, dict[str, list[str]]] = {}
        events = self.events
        arguments: Iterable[ArgumentRow] = self.arguments
        if remap:  # a merged surname and its full name in one event give one participant
            arguments = {(e, final(k, k), r, s, m) for e, k, r, s, m in arguments}
        named: dict[tuple[str, str, str], dict[str, str]] = {}
        # One event, many reports: a report's participants are its canonical event's.
        reports: dict[str, list[EventRow]] = {}
        if self.event_map:
            merged = {k: c for k, c in self.event_map.items() if k in events and c in events}
            for key, canonical in merged.items():
                reports.setdefault(canonical, [events[canonical]]).append(events[key])
            if merged:
                events = {k: v for k, v in events.items() if k not in merged}
                arguments = {(merged.get(e, e), k, r, s, m) for e, k, r, s, m in arguments}
        for event, entity, role, sector, mention in arguments:
            if event in events:
                roles = participants.get(event)
                if roles is None:
                    roles = participants[event] = {r: [] for r in EVENT_ROLES}
                if entity not in roles[role]:
                    roles[role].append(entity)
                if sector or mention:  # two keys merged into one participant: the smaller of each
                    extra = named.setdefault((event, entity, role), {})
                    for name, value in ((SECTOR, sector), (MENTION, mention)):
                        if value and (name not in extra or value < extra[name]):
                            extra[name] = value
        no_roles: dict[str, list[str]] = {r: [] for r in EVENT_ROLES}
        agent = Relation.AGENT.value
        for key, doc, cameo, event_type, trigger, negated, modality, date, s, e in events.values():
            roles = participants.get(key, no_roles)
            evidence = [self._evidence((doc, s, e))]
            documents = [doc]
            if key in reports:  # the evidence and documents of every report
                found = reports[key]
                evidence = [
                    self._evidence(sentence) for sentence in sorted({(r[1], r[8], r[9]) for r in found})
                ]
                documents = sorted({r[1] for r in found})
            attrs = {
                KIND: Kind.EVENT.value,
                LABEL: _event_label(event_type, roles[agent], roles[Relation.TARGET.value], labels),
                CAMEO: cameo,
                EVENT_TYPE: event_type,
                TRIGGER: trigger,
                NEGATED: bool(negated),
                MODALITY: modality,
                DOC: doc,
                EVIDENCE: evidence,
            }
            if date:
                attrs[DATE] = date
            origin = self.doc_meta.get(doc, {}).get("source")
            if origin:  # (the id is a slug: "cb2-031" for the file "CB2-031.txt")
                attrs[SOURCE] = origin
            nodes.append((key, attrs))
            # One event edge per participant; its evidence and documents lists are the
            # event's own, shared by all of them (attributes are read-only to callers).
            if len(documents) > 1:
                attrs[DOCUMENTS] = documents
            for role, members in roles.items():
                for entity in members:
                    source, target = (entity, key) if role == agent else (key, entity)
                    attrs = {RELATION: role, COUNT: 1, EVIDENCE: evidence, DOCUMENTS: documents}
                    if named and (key, entity, role) in named:
                        attrs.update(named[(key, entity, role)])
                    edges.append((source, target, edge_id(source, target, role), attrs))

        graph = nx.MultiDiGraph()
        graph.graph[DOCUMENTS] = {doc: self.doc_meta[doc] for doc in sorted(self.doc_meta)}
        nodes.sort(key=itemgetter(0))
        try:
            edges.sort()  # (source, target, key) is unique, so the attributes are never compared
        except TypeError:  # two edges with one key: only the order within them is left to decide
            edges.sort(key=itemgetter(0, 1, 2))
        _fill(graph, nodes, edges)
        return graph

    def _edge(self, relation: str, role: str | None, found: set[Sentence]) -> dict[str, Any]:
        attrs: dict[str, Any] = {RELATION: relation}
        if role:
            attrs[ROLE] = role
        attrs[COUNT] = len(found)
        attrs[EVIDENCE] = self._evidence_list(found)
        attrs[DOCUMENTS] = [next(iter(found))[0]] if len(found) == 1 else sorted({s[0] for s in found})
        return attrs


#: Structures made for a graph of this many nodes or more are frozen out of the cyclic collector.
FREEZE_NODES = 50_000


def freeze_if_large(nodes: int) -> None:
    """``gc.freeze()`` once a structure for a graph of ``nodes`` nodes has been made.

    A loaded million-edge graph is millions of dicts and lists with no reference cycles;
    left to the cyclic collector, they are walked again and again in the first queries
    (seconds each time). Frozen, they are never walked, and still freed by reference
    counting when dropped. The freeze also covers whatever else is alive at that moment.
    """
    if nodes >= FREEZE_NODES:
        gc.freeze()


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: for making millions of dicts, lists and sets that
    hold no reference cycles, which the collector would otherwise walk again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _fill(
    graph: nx.MultiDiGraph,
    nodes: list[tuple[str, dict[str, Any]]],
    edges: list[tuple[str, str, str, dict[str, Any]]],
) -> None:
    """``add_nodes_from`` then ``add_edges_from`` on an empty graph, writing its dicts directly.

    The result is the same graph, in the same insertion order; networkx's own methods
    check and copy per edge, which is most of the time of loading a million edges.
    """
    node_attrs, succ, pred = graph._node, graph._succ, graph._pred
    for node, attrs in nodes:
        node_attrs[node] = attrs
        succ[node] = {}
        pred[node] = {}
    for u, v, key, attrs in edges:
        out = succ.get(u)
        if out is None:
            node_attrs[u], out, pred[u] = {}, {}, {}
            succ[u] = out
        keydict = out.get(v)
        if keydict is None:
            if v not in succ:
                node_attrs[v], succ[v], pred[v] = {}, {}, {}
            keydict = out[v] = pred[v][u] = {}
        keydict[key] = attrs


def _holder_attrs(node: Any) -> dict[str, Any]:
    """A holder no document named: known from the knowledge base alone."""
    attrs: dict[str, Any] = {
        KIND: node.kind,
        LABEL: node.label,
        ALIASES: [],
        MENTIONS: 0,
        DOCUMENTS: [],
        EVIDENCE: [],
    }
    if node.iso3:
        attrs[ISO3] = node.iso3
    return attrs


def _names(keys: list[str], labels: dict[str, str]) -> str:
    if len(keys) == 1:
        return labels.get(keys[0], keys[0])
    return ", ".join(sorted(labels.get(k, k) for k in keys))


def _event_label(event_type: str, agents: list[str], targets: list[str], labels: dict[str, str]) -> str:
    text = f"{event_type}: {_names(agents, labels) or '?'}"
    if targets:
        text += f" -> {_names(targets, labels)}"
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
