"""Measure a graph against hand-made gold: precision, recall and F1 for people, states,
affiliations and events, with every miss and false positive named.

    gold = load_gold("gold.json")
    result = evaluate(graph, gold)          # any graph with newsgraph's node and edge attributes
    print(result.persons.f1, result.events.missing)

The gold format (one JSON object; every key but ``persons`` and ``states`` may be left out):

``persons``, ``states``
    The entities the articles name, each ``{"name": ..., "names": [...]}``: ``name`` is how the
    rest of the file refers to it, ``names`` every label a node for it may carry (``name`` is
    added to them). A state may give ``iso3``, which matches a node's ``iso3`` whatever its
    label. Fragments such as a bare surname are left out on purpose: a node labelled with one is
    an unresolved mention and counts as a false positive.
``optional_persons``, ``optional_states``
    Entities a graph may hold or not: neither required nor counted against precision.
``not_persons``, ``not_states``
    Labels that must not appear as that kind (listed as ``forbidden`` when they do).
``affiliations``
    Person -> state pairs, ``["Kim Jong Un", "North Korea"]``, optionally with the office,
    ``["Carla Menezes", "Brazil", "defense minister"]`` (or several spellings of it as a list),
    or as objects ``{"person": ..., "state": ..., "role": ...}``.
``events``, ``optional_events``
    ``{"id": ..., "agents": [...], "targets": [...], "cameo_roots": ["04"], "cameo": ["042"],
    "text": ...}``: agents and targets are names of persons or states of the file (several
    names mean any of them; another name, such as a company's, is for the reader and matches
    no node); ``cameo_roots`` are the acceptable two-digit CAMEO roots and
    ``cameo`` the acceptable codes (a shorter code accepts its sub-codes: "043" accepts
    "0431"); either may be null or left out. A required event needs an agent; an optional one
    may have none (the text names no actor), and then it excuses no prediction. ``text`` (the
    sentence) and ``doc`` are for the reader.

How a graph is judged:

- Entities: a node of kind ``person`` (``state``) matches the gold entry one of whose names
  equals its label, compared without case, a leading "the", a trailing "'s" and repeated
  spaces; a state node also matches by ``iso3``. Recall: required entries matched. Precision:
  of the nodes of that kind, except those of optional entries, the share that are the first
  node of a required entry; other nodes (a second node for the same entry, unknown labels)
  are false positives.
- Affiliations: a person is affiliated with a state when an ``affiliated_with`` edge joins
  them, or joins the person to a node that is ``part_of`` the state (an organization).
  Recall: gold pairs found. Precision: of the affiliations of nodes of required persons, the
  share the gold lists. Roles: of the gold pairs that give an office and were found, the share
  whose ``role`` on the person's edge is one of the office's spellings.
- Events: a gold event is found by an event node with an ``agent`` edge to a node of one of
  its agents and, when it has targets, a ``target`` edge to a node of one of them. Each event
  node finds at most one gold event (a maximum matching, preferring nodes of the right CAMEO
  root and code), so one node cannot stand for several facts. Recall: required events found.
  Precision: of the event nodes with a person or state agent, the share whose person and state
  agents all belong to some gold event (required or optional) and whose person and state
  targets all belong to that event's targets. CAMEO root (code) accuracy: of the found events
  that give roots (codes), the share whose node's code fits.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import networkx as nx

from .errors import GoldError, NewsGraphError
from .graph.build import CAMEO, ISO3, KIND, LABEL, RELATION, ROLE

PERSON, STATE, EVENT = "person", "state", "event"
AGENT, TARGET = "agent", "target"
AFFILIATED_WITH, PART_OF = "affiliated_with", "part_of"


# -- the gold file ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class GoldEntity:
    """A person or state of the gold file; ``names`` are the labels a node for it may carry."""

    name: str
    names: tuple[str, ...]
    iso3: str | None = None
    required: bool = True


@dataclass(frozen=True, slots=True)
class GoldAffiliation:
    """A person -> state affiliation; ``roles`` are the spellings of the office (may be empty)."""

    person: str
    state: str
    roles: tuple[str, ...] = ()

    def __str__(self) -> str:
        office = f" ({self.roles[0]})" if self.roles else ""
        return f"{self.person} -> {self.state}{office}"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """Who did what to whom; ``roots`` and ``codes`` are None when the type is not judged."""

    id: str
    agents: tuple[str, ...]
    targets: tuple[str, ...] = ()
    roots: tuple[str, ...] | None = None
    codes: tuple[str, ...] | None = None
    text: str = ""
    required: bool = True


@dataclass(frozen=True, slots=True)
class Gold:
    """A gold file, checked: every name it refers to is one of its persons or states."""

    persons: tuple[GoldEntity, ...]
    states: tuple[GoldEntity, ...]
    not_persons: tuple[str, ...] = ()
    not_states: tuple[str, ...] = ()
    affiliations: tuple[GoldAffiliation, ...] = ()
    events: tuple[GoldEvent, ...] = ()


def load_gold(path: str | Path) -> Gold:
    """Read and check a gold file; a :class:`GoldError` names what is wrong and where."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(
            f"cannot read gold file {str(path)!r}: {getattr(exc, 'strerror', None) or exc}"
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldError(f"gold file {str(path)!r} is not valid JSON: {exc}") from None
    try:
        return parse_gold(data)
    except GoldError as exc:
        raise GoldError(f"gold file {str(path)!r}: {exc}") from None


def parse_gold(data: Any) -> Gold:
    """A :class:`Gold` from the parsed JSON of a gold file (see the module docstring)."""
    if not isinstance(data, dict):
        raise GoldError(f"expected a JSON object, got {_type(data)}")
    if "persons" not in data and "states" not in data:
        raise GoldError("expected 'persons' and 'states' lists (see the gold format in the README)")
    persons = _entities(data, "persons", True) + _entities(data, "optional_persons", False)
    states = _entities(data, "states", True) + _entities(data, "optional_states", False)
    known: dict[str, str] = {}
    for kind, entries in ((PERSON, persons), (STATE, states)):
        for entry in entries:
            if entry.name in known:
                raise GoldError(f"{entry.name!r} is listed twice (as a {known[entry.name]} and a {kind})")
            known[entry.name] = kind
    affiliations = tuple(_affiliation(item, n, known) for n, item in enumerate(_list(data, "affiliations")))
    events = tuple(_event(item, n, known, True) for n, item in enumerate(_list(data, "events")))
    events += tuple(_event(item, n, known, False) for n, item in enumerate(_list(data, "optional_events")))
    ids = [e.id for e in events]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise GoldError(f"event id {twice[0]!r} is used twice")
    return Gold(
        persons=persons,
        states=states,
        not_persons=_strings(data.get("not_persons", []), "not_persons"),
        not_states=_strings(data.get("not_states", []), "not_states"),
        affiliations=affiliations,
        events=events,
    )


def _type(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", type(None): "null"}.get(
        type(value), "a number"
    )


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise GoldError(f"'{key}' must be a list, got {_type(value)}")
    return value


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GoldError(f"{where} must be a list of strings")
    return tuple(value)


def _entities(data: Mapping[str, Any], key: str, required: bool) -> tuple[GoldEntity, ...]:
    out = []
    for n, item in enumerate(_list(data, key)):
        where = f"{key}[{n}]"
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise GoldError(f"{where} must be an object with a 'name' (and 'names')")
        names = _strings(item.get("names", []), f"{where} 'names'")
        iso3 = item.get("iso3")
        if iso3 is not None and not isinstance(iso3, str):
            raise GoldError(f"{where} 'iso3' must be a string")
        out.append(GoldEntity(item["name"], (item["name"], *names), iso3 or None, required))
    return tuple(out)


def _affiliation(item: Any, n: int, known: Mapping[str, str]) -> GoldAffiliation:
    where = f"affiliations[{n}]"
    if isinstance(item, dict):
        parts = [item.get("person"), item.get("state"), item.get("role")]
    elif isinstance(item, list) and len(item) in (2, 3):
        parts = [*item, None][:3]
    else:
        raise GoldError(f"{where} must be [person, state] or [person, state, role]")
    person, state, role = parts
    if not isinstance(person, str) or known.get(person) != PERSON:
        raise GoldError(f"{where}: {person!r} is not a person of the gold file")
    if not isinstance(state, str) or known.get(state) != STATE:
        raise GoldError(f"{where}: {state!r} is not a state of the gold file")
    if role is None:
        roles: tuple[str, ...] = ()
    elif isinstance(role, str):
        roles = (role,)
    else:
        roles = _strings(role, f"{where} role")
    return GoldAffiliation(person, state, roles)


def _event(item: Any, n: int, known: Mapping[str, str], required: bool) -> GoldEvent:
    where = f"{'events' if required else 'optional_events'}[{n}]"
    if not isinstance(item, dict):
        raise GoldError(f"{where} must be an object")
    ident = item.get("id", f"{where}")
    if not isinstance(ident, str):
        raise GoldError(f"{where} 'id' must be a string")
    where = f"event {ident!r}"
    agents = _strings(item.get("agents"), f"{where} 'agents'")
    targets = _strings(item.get("targets", []), f"{where} 'targets'")
    if not agents and required:
        # An optional event without agents excuses no prediction (as in the shared scorer); a required one
        # could never be found.
        raise GoldError(f"{where} has no agents")
    roots = _codes(item.get("cameo_roots"), f"{where} 'cameo_roots'", 2)
    codes = _codes(item.get("cameo"), f"{where} 'cameo'", None)
    text = item.get("text", "")
    return GoldEvent(ident, agents, targets, roots, codes, text if isinstance(text, str) else "", required)


def _codes(value: Any, where: str, length: int | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    codes = _strings(value, where)
    for code in codes:
        if not re.fullmatch(r"\d{2}" if length == 2 else r"\d{2,4}", code):
            raise GoldError(f"{where}: {code!r} is not a CAMEO {'root' if length == 2 else 'code'}")
    return codes


def read_graphml(path: str | Path) -> nx.Graph:
    """A graph exported as GraphML (by ``newsgraph export`` or another tool following the same
    attribute names), for :func:`evaluate`."""
    try:
        graph: nx.Graph = nx.read_graphml(path)
    except OSError as exc:
        raise NewsGraphError(f"cannot read graph file {str(path)!r}: {exc.strerror or exc}") from None
    except (ElementTree.ParseError, nx.NetworkXError, ValueError, KeyError) as exc:
        raise NewsGraphError(f"{str(path)!r} is not a GraphML file: {exc}") from None
    return graph


# -- scores -----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Score:
    """Recall is ``found / gold``, precision ``correct / predicted``; ``missing`` names the gold
    items not found, ``false_positives`` the predictions judged wrong."""

    found: int
    gold: int
    correct: int
    predicted: int
    missing: tuple[str, ...] = ()
    false_positives: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "found": self.found,
            "gold": self.gold,
            "correct": self.correct,
            "predicted": self.predicted,
            "missing": list(self.missing),
            "false_positives": list(self.false_positives),
        }


@dataclass(frozen=True, slots=True)
class Accuracy:
    """Of ``total`` judged items, ``right`` were right; ``wrong`` names the others."""

    right: int = 0
    total: int = 0
    wrong: tuple[str, ...] = ()

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def as_dict(self) -> dict[str, Any]:
        value = self.value
        return {
            "accuracy": None if value is None else round(value, 3),
            "right": self.right,
            "total": self.total,
            "wrong": list(self.wrong),
        }


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The scores of one graph against one gold file (see the module docstring for the rules)."""

    persons: Score
    states: Score
    affiliations: Score
    events: Score
    roles: Accuracy = field(default_factory=Accuracy)
    event_roots: Accuracy = field(default_factory=Accuracy)
    event_codes: Accuracy = field(default_factory=Accuracy)
    forbidden: tuple[str, ...] = ()

    def summary(self) -> dict[str, float | None]:
        """The headline figures, rounded to three places."""

        def r(value: float | None) -> float | None:
            return None if value is None else round(value, 3)

        return {
            "person_f1": r(self.persons.f1),
            "state_f1": r(self.states.f1),
            "affiliation_f1": r(self.affiliations.f1),
            "role_accuracy": r(self.roles.value),
            "event_precision": r(self.events.precision),
            "event_recall": r(self.events.recall),
            "event_f1": r(self.events.f1),
            "event_root_accuracy": r(self.event_roots.value),
            "event_code_accuracy": r(self.event_codes.value),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "persons": self.persons.as_dict(),
            "states": self.states.as_dict(),
            "affiliations": self.affiliations.as_dict(),
            "roles": self.roles.as_dict(),
            "events": self.events.as_dict(),
            "event_roots": self.event_roots.as_dict(),
            "event_codes": self.event_codes.as_dict(),
            "forbidden": list(self.forbidden),
        }


#: The headline figures of :meth:`Evaluation.summary`, in order.
SUMMARY_KEYS = (
    "person_f1",
    "state_f1",
    "affiliation_f1",
    "role_accuracy",
    "event_precision",
    "event_recall",
    "event_f1",
    "event_root_accuracy",
    "event_code_accuracy",
)


def normalize_name(text: str) -> str:
    """A label as the gold compares it: no case, no leading "the", no trailing "'s", one space."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = " ".join(text.split())
    text = re.sub(r"^the ", "", text, flags=re.IGNORECASE)
    return re.sub(r"'s$", "", text).casefold()


def evaluate(graph: nx.Graph, gold: Gold) -> Evaluation:
    """Score ``graph`` (any networkx graph with newsgraph's attributes, e.g. read back from its
    GraphML) against ``gold``."""
    view = _View(graph)
    persons, person_nodes, bad_persons = _score_entities(view, PERSON, gold.persons, gold.not_persons)
    states, state_nodes, bad_states = _score_entities(view, STATE, gold.states, gold.not_states)
    nodes_of = {**person_nodes, **state_nodes}
    affiliations, roles = _score_affiliations(view, gold, nodes_of)
    events, event_roots, event_codes = _score_events(view, gold, nodes_of)
    return Evaluation(
        persons=persons,
        states=states,
        affiliations=affiliations,
        events=events,
        roles=roles,
        event_roots=event_roots,
        event_codes=event_codes,
        forbidden=tuple(sorted(bad_persons + bad_states)),
    )


class _View:
    """The graph's nodes by kind, labels, and each node's neighbours by edge relation (edges
    are read in either direction)."""

    def __init__(self, graph: nx.Graph) -> None:
        self.graph = graph
        self.kind = {n: str(d.get(KIND, "")).casefold() for n, d in graph.nodes(data=True)}
        self.label = {n: str(d.get(LABEL, n)) for n, d in graph.nodes(data=True)}
        self.linked: dict[tuple[Any, str], set[Any]] = {}
        self.roles: dict[tuple[Any, Any], set[str]] = {}
        edges: Iterable[tuple[Any, Any, Mapping[str, Any]]] = graph.edges(data=True)
        for u, v, data in edges:
            relation = str(data.get(RELATION, "")).casefold()
            for a, b in ((u, v), (v, u)):
                self.linked.setdefault((a, relation), set()).add(b)
            role = data.get(ROLE)
            if relation == AFFILIATED_WITH and isinstance(role, str) and role.strip():
                self.roles.setdefault((u, v), set()).add(role)
                self.roles.setdefault((v, u), set()).add(role)

    def of_kind(self, kind: str) -> list[Any]:
        return sorted((n for n, k in self.kind.items() if k == kind), key=str)

    def neighbours(self, node: Any, relation: str) -> set[Any]:
        return self.linked.get((node, relation), set())

    def describe(self, node: Any) -> str:
        return self.label[node]


def _score_entities(
    view: _View, kind: str, entries: tuple[GoldEntity, ...], forbidden: tuple[str, ...]
) -> tuple[Score, dict[str, list[Any]], list[str]]:
    by_name: dict[str, GoldEntity] = {}
    by_iso3: dict[str, GoldEntity] = {}
    for entry in entries:
        for name in entry.names:
            by_name.setdefault(normalize_name(name), entry)
        if entry.iso3:
            by_iso3.setdefault(entry.iso3.casefold(), entry)
    matched: dict[str, list[Any]] = {entry.name: [] for entry in entries}
    unknown: list[Any] = []
    for node in view.of_kind(kind):
        found: GoldEntity | None = by_name.get(normalize_name(view.label[node]))
        iso3 = view.graph.nodes[node].get(ISO3)
        if found is None and isinstance(iso3, str) and iso3:
            found = by_iso3.get(iso3.casefold())
        if found is None:
            unknown.append(node)
        else:
            matched[found.name].append(node)
    required = [e for e in entries if e.required]
    extra = [n for e in required for n in matched[e.name][1:]]
    wrong = sorted(view.label[n] for n in unknown) + sorted(f"{view.label[n]} (a second node)" for n in extra)
    hits = sum(1 for e in required if matched[e.name])
    bad = {normalize_name(name) for name in forbidden}
    forbidden_hits = [
        f"{view.label[n]} ({kind})" for n in view.of_kind(kind) if normalize_name(view.label[n]) in bad
    ]
    score = Score(
        found=hits,
        gold=len(required),
        correct=hits,
        predicted=hits + len(unknown) + len(extra),
        missing=tuple(e.name for e in required if not matched[e.name]),
        false_positives=tuple(wrong),
    )
    return score, matched, forbidden_hits


def _states_of(view: _View, person: Any) -> dict[Any, set[str]]:
    """The state nodes a person node is affiliated with, each with the roles on the way."""
    found: dict[Any, set[str]] = {}
    for other in view.neighbours(person, AFFILIATED_WITH):
        roles = view.roles.get((person, other), set())
        if view.kind[other] == STATE:
            found.setdefault(other, set()).update(roles)
            continue
        for state in view.neighbours(other, PART_OF):
            if view.kind[state] == STATE:
                found.setdefault(state, set()).update(roles)
    return found


def _score_affiliations(view: _View, gold: Gold, nodes_of: Mapping[str, list[Any]]) -> tuple[Score, Accuracy]:
    entry_of_state = {node: name for entry in gold.states for name in [entry.name] for node in nodes_of[name]}
    wanted = {(a.person, a.state): a for a in gold.affiliations}
    predicted: dict[tuple[str, str], set[str]] = {}
    for entry in gold.persons:
        if not entry.required:
            continue
        for node in nodes_of[entry.name]:
            for state, roles in _states_of(view, node).items():
                key = (entry.name, entry_of_state.get(state, view.label[state]))
                predicted.setdefault(key, set()).update(roles)
    correct = [key for key in predicted if key in wanted]
    wrong = sorted(f"{p} -> {s}" for p, s in predicted if (p, s) not in wanted)
    missing = [str(a) for key, a in wanted.items() if key not in predicted]
    score = Score(
        found=len(wanted) - len(missing),
        gold=len(wanted),
        correct=len(correct),
        predicted=len(predicted),
        missing=tuple(missing),
        false_positives=tuple(wrong),
    )
    right, judged, wrong_roles = 0, 0, []
    for key, affiliation in wanted.items():
        if not affiliation.roles or key not in predicted:
            continue
        judged += 1
        offices = {normalize_name(r) for r in affiliation.roles}
        given = predicted[key]
        if offices & {normalize_name(r) for r in given}:
            right += 1
        else:
            shown = ", ".join(sorted(given)) or "no role"
            wrong_roles.append(f"{affiliation}: found {shown}")
    return score, Accuracy(right, judged, tuple(wrong_roles))


def _code_fits(code: str, accepted: tuple[str, ...]) -> bool:
    return any(code.startswith(a) for a in accepted)


def _score_events(
    view: _View, gold: Gold, nodes_of: Mapping[str, list[Any]]
) -> tuple[Score, Accuracy, Accuracy]:
    def nodes(names: Iterable[str]) -> set[Any]:
        return {node for name in names for node in nodes_of.get(name, ())}

    people_and_states = {PERSON, STATE}
    event_nodes = view.of_kind(EVENT)
    agents = {e: view.neighbours(e, AGENT) for e in event_nodes}
    targets = {e: view.neighbours(e, TARGET) for e in event_nodes}
    code = {e: str(view.graph.nodes[e].get(CAMEO, "") or "") for e in event_nodes}

    # Recall: a maximum matching of gold events to the event nodes that fit them.
    required = [ev for ev in gold.events if ev.required]
    fits = nx.Graph()
    for ev in required:
        want_targets = nodes(ev.targets)
        acted = {e for a in nodes(ev.agents) for e in view.neighbours(a, AGENT) if view.kind[e] == EVENT}
        for e in sorted(acted, key=str):
            if ev.targets and not targets[e] & want_targets:
                continue
            right_root = ev.roots is None or code[e][:2] in ev.roots
            right_code = ev.codes is None or _code_fits(code[e], ev.codes)
            fits.add_edge(("gold", ev.id), ("node", e), weight=1 + right_root + right_code)
    pairs = nx.max_weight_matching(fits, maxcardinality=True)
    match: dict[str, Any] = {}
    for a, b in pairs:
        gold_side, node_side = (a, b) if a[0] == "gold" else (b, a)
        match[gold_side[1]] = node_side[1]

    def shown(e: Any) -> str:
        """The node's code and label, and its participants unless the label names them."""
        label = view.label[e]
        text = f"{code[e] or '?'} {label}"
        if all(view.label[a] in label for a in agents[e] | targets[e]):
            return text
        who = ", ".join(sorted(view.label[a] for a in agents[e])) or "?"
        whom = ", ".join(sorted(view.label[t] for t in targets[e])) or "-"
        return f"{text} ({who} -> {whom})"

    roots_right, roots_total, roots_wrong = 0, 0, []
    codes_right, codes_total, codes_wrong = 0, 0, []
    for ev in required:
        if ev.id not in match:
            continue
        e = match[ev.id]
        if ev.roots is not None:
            roots_total += 1
            if code[e][:2] in ev.roots:
                roots_right += 1
            else:
                roots_wrong.append(f"{ev.id}: {shown(e)} (wanted root {' or '.join(ev.roots)})")
        if ev.codes is not None:
            codes_total += 1
            if _code_fits(code[e], ev.codes):
                codes_right += 1
            else:
                codes_wrong.append(f"{ev.id}: {shown(e)} (wanted {' or '.join(ev.codes)})")

    # Precision: event nodes whose person and state participants fit some listed event.
    listed = [(nodes(ev.agents), nodes(ev.targets)) for ev in gold.events]
    judged, wrong = 0, []
    for e in event_nodes:
        who = {a for a in agents[e] if view.kind[a] in people_and_states}
        if not who:
            continue
        judged += 1
        whom = {t for t in targets[e] if view.kind[t] in people_and_states}
        if not any(who <= ok_agents and whom <= ok_targets for ok_agents, ok_targets in listed):
            wrong.append(shown(e))
    score = Score(
        found=len(match),
        gold=len(required),
        correct=judged - len(wrong),
        predicted=judged,
        missing=tuple(f"{ev.id}: {ev.text}" if ev.text else ev.id for ev in required if ev.id not in match),
        false_positives=tuple(sorted(wrong)),
    )
    return (
        score,
        Accuracy(roots_right, roots_total, tuple(roots_wrong)),
        Accuracy(codes_right, codes_total, tuple(codes_wrong)),
    )


__all__ = [
    "SUMMARY_KEYS",
    "Accuracy",
    "Evaluation",
    "Gold",
    "GoldAffiliation",
    "GoldEntity",
    "GoldError",
    "GoldEvent",
    "Score",
    "evaluate",
    "load_gold",
    "normalize_name",
    "parse_gold",
    "read_graphml",
]
