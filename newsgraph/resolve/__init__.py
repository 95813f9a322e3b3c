"""Corpus-level resolution: the decisions that need more than one sentence or document.

The extractors read one document at a time; this layer reads the stored facts of all of
them and decides which node each entity key belongs to (a surname-only "Putin" is the
"Vladimir Putin" of other documents), what a node is called and of which kind it is. Its
output is a frozen :class:`Resolution`; :mod:`newsgraph.resolve.tables` keeps it in the
store's ``entity_map``, ``nodes`` and ``derived_relations`` tables and revisits only what a
new batch of documents touches. ``graph/build.py`` only applies it.

Resolvers register by versioned name (``surnames.v2``, ``bodies.v1``) like the extractors.

This package imports ``model`` and the data loaders, never ``graph/``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import catalogue

from .names import NO_SIDES, Sides, choose_label, merge_aliases, merge_kinds, merge_surnames, ordered_forms

__all__ = [
    "RESOLVER_VERSION",
    "DerivedRelation",
    "EntityInput",
    "NodeRow",
    "Resolution",
    "registry",
    "resolve",
]

#: Bump whenever the same stored facts resolve differently: a store resolved by another
#: version is resolved again from scratch when next opened for writing.
RESOLVER_VERSION = 16

registry = catalogue.create("newsgraph", "resolvers", entry_points=False)

SurnameResolver = Callable[
    [
        Iterable[tuple[str, str]],
        Mapping[str, int],
        dict[str, str],
        Mapping[str, int],
        Collection[str],
        Mapping[str, tuple[str, str]],
        Collection[str],
        Mapping[str, frozenset[str]],
        Mapping[str, Sides],
    ],
    dict[str, str],
]
KindMerger = Callable[[Mapping[str, "EntityInput"], Mapping[str, str], dict[str, str]], dict[str, str]]
BodyResolver = Callable[[Mapping[str, "EntityInput"]], dict[str, tuple[str, str]]]
registry.register("surnames.v2", func=merge_surnames)
registry.register("kinds_across.v1", func=merge_kinds)
registry.register("aliases.v1", func=merge_aliases)


@dataclass(frozen=True, slots=True)
class EntityInput:
    """What resolution knows of one entity key: its stored kind, label and iso3, the surface
    forms of its mentions with their counts, and the number of documents mentioning it."""

    key: str
    kind: str
    label: str
    iso3: str | None
    forms: Mapping[str, int]
    documents: int
    ennobled: bool = False  # the text calls the person a peer somewhere ("Labour peer X")
    period: tuple[str, str] | None = None  # the earliest and latest dates of its dated documents
    titled: bool = False  # the text gives the person an office held now ("US President X")
    offices: frozenset[str] = frozenset()  # the roles the text gives it, lower-cased
    sides: Sides = NO_SIDES  # whom the texts say it serves (states, politics, a company)


@dataclass(frozen=True, slots=True)
class NodeRow:
    """One canonical node: a row of the ``nodes`` table."""

    key: str
    kind: str
    label: str
    iso3: str | None
    aliases: tuple[str, ...]
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class DerivedRelation:
    """A relation decided by resolution, with what it rests on (``basis``: knowledge | store | home)."""

    source: str
    target: str
    relation: str
    role: str | None
    doc_id: str
    sentence_start: int
    sentence_end: int
    basis: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """Entity key -> canonical node key (only keys that move), the canonical nodes, and the
    relations resolution derived."""

    canonical: Mapping[str, str] = field(default_factory=dict)
    nodes: Mapping[str, NodeRow] = field(default_factory=dict)
    derived: tuple[DerivedRelation, ...] = ()
    basis: Mapping[str, str] = field(default_factory=dict)  # key that moves -> why

    def of(self, key: str) -> str:
        """The canonical node of an entity key (itself when not merged)."""
        return self.canonical.get(key, key)


def decide(
    entities: Mapping[str, EntityInput], reasons: dict[str, str] | None = None
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The decisions for a closed set of entities: (key -> canonical for keys that move,
    key -> label, key -> kind); ``reasons``, when given, receives why each key moves."""
    labels = {key: choose_label(e.kind, e.label, e.forms) for key, e in entities.items()}
    kinds = {key: e.kind for key, e in entities.items()}
    why: dict[str, str] = {} if reasons is None else reasons
    surnames: SurnameResolver = registry.get("surnames.v2")
    persons = {key: e for key, e in entities.items() if e.kind == "person"}
    remap = surnames(
        [(key, labels[key]) for key in persons],
        {key: sum(e.forms.values()) for key, e in persons.items()},
        why,
        {key: e.documents for key, e in persons.items()},
        {key for key, e in persons.items() if e.ennobled},
        {key: e.period for key, e in persons.items() if e.period is not None},
        {key for key, e in persons.items() if e.titled},
        {key: e.offices for key, e in persons.items() if e.offices},
        {key: e.sides for key, e in persons.items() if e.sides != NO_SIDES},
    )
    aliases: KindMerger = registry.get("aliases.v1")
    for key, node in aliases(entities, remap, why).items():
        for other, target in remap.items():
            if target == key:
                remap[other] = node  # the alias's own merges follow it
        remap[key] = node
    across: KindMerger = registry.get("kinds_across.v1")
    for key, node in across(entities, remap, why).items():
        remap[key] = node
    for key, kind in registry.get("kinds.v1")(entities, labels, remap).items():
        kinds[key] = kind
    bodies: BodyResolver = registry.get("bodies.v1")
    for key, (node, label) in bodies(entities).items():
        if key != node:
            remap[key] = node
        labels[node] = label
        kinds[node] = "organization"
    for key, node in registry.get("companies.v1")(entities, remap, why).items():
        remap[key] = node
    for key, node in registry.get("acronym_persons.v1")(entities, remap, why).items():
        remap[key] = node
    return remap, labels, kinds


def acronym_persons(
    entities: Mapping[str, EntityInput], remap: Mapping[str, str], why: dict[str, str]
) -> dict[str, str]:
    """``acronym_persons.v1``: a one-word "person" no full name took in and no first name, whose
    letters are the initials of one organization of the store ("Acpo" and the "Association of
    Chief Police Officers"), is that organization's acronym written as a word: a form of its node."""
    from ..extractors.companies import initials
    from ..extractors.lexicon import first_names

    names = first_names()
    targets = set(remap.values())
    by_initials: dict[str, set[str]] = {}
    for key, e in entities.items():
        if e.kind == "organization":
            letters = initials(e.label.replace(",", " "))
            if letters is not None and len(letters) >= 3:
                by_initials.setdefault(letters.upper(), set()).add(remap.get(key, key))
    found = {}
    for key, e in entities.items():
        word = e.label
        if (
            e.kind != "person"
            or key in remap
            or key in targets
            or len(word) < 3
            or not word.isalpha()
            or word.casefold() in names
        ):
            continue
        nodes = by_initials.get(word.upper(), set())
        if len(nodes) == 1:
            found[key] = next(iter(nodes))
            why[key] = f"acronym: {word} is the initials of {entities[found[key]].label}"
    return found


registry.register("acronym_persons.v1", func=acronym_persons)


def merge_companies(
    entities: Mapping[str, EntityInput], remap: Mapping[str, str], why: dict[str, str]
) -> dict[str, str]:
    """``companies.v1``: organizations that are one company named with and without a corporate
    suffix or prefix ("Reliance Group", "Reliance"; "OAO Gazprom", "Gazprom") are one node, the
    one with most mentions; an acronym alone ("ONGC") is the one organization a document wrote
    it for (a form of that organization's node), when only one did."""
    from ..extractors.companies import company_token, is_acronym
    from ..extractors.parties import parties

    table = parties()
    orgs = {
        key: e
        for key, e in entities.items()
        if e.kind == "organization" and key not in remap and table.lookup(e.label) is None
    }
    groups: dict[str, list[str]] = {}
    for key, e in orgs.items():
        groups.setdefault(company_token(e.label), []).append(key)
    found: dict[str, str] = {}
    for keys in groups.values():
        if len(keys) < 2:
            continue
        node = max(keys, key=lambda k: (sum(orgs[k].forms.values()), len(orgs[k].label), k))
        for key in keys:
            if key != node:
                found[key] = node
                why[key] = f"company suffix: {orgs[key].label} / {orgs[node].label}"
    written: dict[str, set[str]] = {}
    for key, e in orgs.items():
        if not is_acronym(e.label):
            for form in e.forms:
                if is_acronym(form):
                    written.setdefault(form, set()).add(found.get(key, key))
    for key, e in orgs.items():
        if key in found or not is_acronym(e.label):
            continue
        nodes = written.get(e.label, set()) - {key}
        if len(nodes) == 1:
            found[key] = next(iter(nodes))
            why[key] = f"acronym: {e.label} written for {orgs[found[key]].label}"
    return found


registry.register("companies.v1", func=merge_companies)


def merge_bodies(entities: Mapping[str, EntityInput]) -> dict[str, tuple[str, str]]:
    """``bodies.v1``: organizations named by an international body's name or acronym ("UN",
    "United Nations") -> (that body's node key, its name); a party keeps its table name."""
    from ..extractors.parties import parties
    from ..model import Kind, node_key
    from .actors import igo_name

    found = {}
    table = parties()
    for key, e in entities.items():
        if e.kind != "organization":
            continue
        name = igo_name(e.label)
        if name is not None:
            found[key] = (node_key(Kind.ORGANIZATION, name), name)
            continue
        party = table.lookup(e.label)
        if party is not None and party.name == e.label:
            found[key] = (key, e.label)
    return found


def node_rows(
    entities: Mapping[str, EntityInput],
    remap: Mapping[str, str],
    labels: Mapping[str, str],
    kinds: Mapping[str, str],
    documents: Callable[[str, list[str]], int] | None = None,
) -> dict[str, NodeRow]:
    """One row per canonical node. ``documents(node, members)`` counts the distinct documents
    of a merged node (the store asks SQL); without it the members' counts are summed."""
    members: dict[str, list[str]] = {}
    for key in entities:
        members.setdefault(remap.get(key, key), []).append(key)
    rows = {}
    for node, keys in members.items():
        own = entities.get(node)
        if own is None:  # a node no key is named by ("United Nations" for "UN")
            if node not in labels:
                continue
            own = EntityInput(node, kinds[node], labels[node], None, {}, 0)
        forms: Counter[str] = Counter()
        for key in keys:
            forms.update(entities[key].forms)
        if len(keys) == 1:
            docs = own.documents
        elif documents is not None:
            docs = documents(node, keys)
        else:
            docs = sum(entities[k].documents for k in keys)
        label = labels[node]
        if len(keys) > 1 and kinds[node] == "person":
            label = choose_label("person", label, forms)  # "Barbara Follett", not "Barbara Follet"
        rows[node] = NodeRow(
            node,
            kinds[node],
            label,
            own.iso3,
            tuple(ordered_forms(forms)),
            sum(forms.values()),
            docs,
        )
    return rows


registry.register("bodies.v1", func=merge_bodies)


#: A place of the store makes a name opening with it a place's when named in this many documents
#: (the model takes a first name for a place now and then: "Azmat" once).
PLACE_DOCUMENTS = 2


def resolve_kinds(
    entities: Mapping[str, EntityInput], labels: Mapping[str, str], remap: Mapping[str, str]
) -> dict[str, str]:
    """``kinds.v1``: a one-word "person" no full name took in, named like a company the knowledge
    base lists ("Boeing"), is that company; a "person" whose name opens with a place of the
    store and with no first name ("Manchester Gorton", "Birmingham Yardley") is a place."""
    from ..extractors.lexicon import first_names
    from ..model import Kind, node_key
    from .actors import actors

    kb = actors()
    names = first_names()
    targets = set(remap.values())
    found = {}
    for key, e in entities.items():
        if e.kind != "person" or key in remap:
            continue
        words = labels.get(key, e.label).split()
        if len(words) == 1 and kb.organization(words[0]):
            found[key] = "organization"
        elif (
            len(words) > 1
            and key not in targets
            and words[0].casefold() not in names
            and (place := entities.get(node_key(Kind.LOCATION, words[0]))) is not None
            and place.documents >= PLACE_DOCUMENTS
        ):
            found[key] = "location"
    return found


registry.register("kinds.v1", func=resolve_kinds)


def resolve(
    entities: Iterable[EntityInput],
    claims: Iterable[Any] = (),
    relations: Iterable[tuple[str, str, str, str | None]] = (),
    sentences: Mapping[str, Iterable[tuple[str, int, int]]] | None = None,
    placed: Collection[tuple[str, str]] = (),
) -> Resolution:
    """Resolve a whole set of facts at once, in memory: the entities, and the holders of the
    offices ``claims`` (:class:`~newsgraph.resolve.offices.Claim`) given the explicit
    (source, target, relation, role) ``relations``; with the entities' ``sentences`` (doc,
    start, end), also the states of known persons named with no office and of listed
    companies the text gives none (``placed``: (entity key, form) of the organization
    mentions written capitalised mid-sentence, see :mod:`newsgraph.resolve.companies`)."""
    from .companies import PART_OF
    from .offices import AFFILIATED, derive, holder_node, known_state

    found = {e.key: e for e in entities}
    basis: dict[str, str] = {}
    remap, labels, kinds = decide(found, basis)
    nodes = node_rows(found, remap, labels, kinds)
    claims = list(claims)
    relations = list(relations)
    said_in = sentences or {}
    states_of_doc: dict[str, set[str]] = {}
    for k, said_at in said_in.items():
        if k.startswith("state:"):
            for doc_id, _s, _e in said_at:
                states_of_doc.setdefault(doc_id, set()).add(remap.get(k, k))
    for s, t, rel, _r in relations:
        if rel == PART_OF and t.startswith("state:"):
            # "Labour's majority": a party or body of the state names it too
            for doc_id, _s, _e in said_in.get(s, ()):
                states_of_doc.setdefault(doc_id, set()).add(remap.get(t, t))
    derived = derive(claims, remap, nodes, relations, lambda doc, state: state in states_of_doc.get(doc, ()))
    if sentences is not None:
        claimed = {remap.get(c.entity, c.entity) for c in claims}
        stated = {remap.get(s, s) for s, _t, rel, _r in relations if rel == AFFILIATED}
        members: dict[str, list[str]] = {}
        for k in found:
            members.setdefault(remap.get(k, k), []).append(k)
        for node_key_, node in nodes.items():
            if node_key_ in claimed or node_key_ in stated:
                continue
            said = [(s, k) for k in members.get(node_key_, ()) for s in sentences.get(k, ())]
            docs = {doc_id for (doc_id, _s, _e), _k in said}
            named_there = {s for d in docs for s in states_of_doc.get(d, ())}
            lasts = [period[1] for k in members.get(node_key_, ()) if (period := found[k].period) is not None]
            until = max(lasts) if lasts else None
            state = known_state(node, named_there.__contains__, until)
            if state is not None and said:
                (doc, start, end), source = min(said)
                derived.append(DerivedRelation(source, state, AFFILIATED, None, doc, start, end, "knowledge"))
        from . import companies

        with_state = {
            remap.get(s, s)
            for s, t, rel, _r in [*relations, *((d.source, d.target, d.relation, d.role) for d in derived)]
            if rel == companies.PART_OF and t.startswith("state:")
        }
        derived.extend(companies.derive(nodes, members, with_state, sentences, placed))
    for relation in derived:
        if relation.target not in nodes and relation.target not in found:
            extra = holder_node(relation.target)
            if extra is not None:
                nodes[relation.target] = extra
    return Resolution(remap, nodes, tuple(derived), basis)
