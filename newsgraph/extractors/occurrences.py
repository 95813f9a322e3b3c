"""Occurrence merging: the events of one document that restate one another are one fact.

Events of one document with the same code, agents and targets, and compatible dates, are
one occurrence (a headline restating the body): :func:`occurrences` groups them and
:func:`merge` makes one :class:`~newsgraph.model.EventFact` per occurrence, its key a hash
of the document, code, participants and sentence. Reports of one event in *several*
documents are grouped later, at the corpus level (``newsgraph/resolve/events.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..model import Argument, Article, EventFact, Evidence, Modality
from .tokens import sentence_of

if TYPE_CHECKING:
    from .events import _Event


def compatible(a: str | None, b: str | None) -> bool:
    return (
        a is None or b is None or a.startswith(b) or b.startswith(a) or a.endswith(b[1:]) or b.endswith(a[1:])
    )


def same_occurrence(
    kept: tuple[_Event, tuple[str, ...], tuple[str, ...]],
    event: _Event,
    agents: tuple[str, ...],
    targets: tuple[str, ...],
) -> bool:
    """A restatement: same code, compatible dates, one's agents and targets within the other's."""
    first, a, t = kept
    if first.cameo != event.cameo or not compatible(first.date, event.date):
        return False
    if first.negated != event.negated or (
        first.modality is not event.modality and Modality.HYPOTHETICAL in (first.modality, event.modality)
    ):
        return False
    if not t and not targets and _told_apart(first, event):
        return False
    sa, st, oa, ot = set(a), set(t), set(agents), set(targets)
    return (
        (sa <= oa or oa <= sa) and ((st <= ot and (sa <= oa)) or (ot <= st and (oa <= sa))) and bool(sa & oa)
    )


def _told_apart(first: _Event, event: _Event) -> bool:
    """ "They called for a guarantee ..." and later "MPs urged the government to redraft
    clauses": two acts of one actor upon no one named, told in two sentences by two verbs, are
    two acts (a restatement repeats its verb: "Tories back ID cards" ... "are to back")."""
    one, other = first.trigger, event.trigger
    if not hasattr(one, "lemma_") or not hasattr(other, "lemma_"):
        return False  # (stand-in triggers of the merge's own tests)
    return bool(one.lemma_.lower() != other.lemma_.lower() and one.sent.start != other.sent.start)


_Kept = tuple["_Event", tuple[str, ...], tuple[str, ...]]


def occurrences(events: list[_Event]) -> list[_Kept]:
    """The events that stay, in order, each with its agents and targets sorted: an event
    that restates an earlier kept one (:func:`same_occurrence`) merges into the first
    such, which takes its date if it had none and its agents, targets and locations.

    Two events that merge have the same code and negation and share an agent, so the kept
    events are indexed by (code, negated, agent) and an event is compared only with those
    under one of its agents, in the order they were kept: the pairwise rule's result
    without comparing every pair. A kept event is indexed again under agents it gains."""
    kept: list[_Kept] = []
    index: dict[tuple[str, bool, str], list[int]] = {}
    for event in events:
        agents, targets = tuple(sorted(event.agents)), tuple(sorted(event.targets))
        candidates = {i for a in agents for i in index.get((event.cameo, event.negated, a), ())}
        at = next((i for i in sorted(candidates) if same_occurrence(kept[i], event, agents, targets)), None)
        if at is None:
            at, new_agents = len(kept), agents
            kept.append((event, agents, targets))
        else:
            first = kept[at][0]
            had = set(first.agents)
            first.date = first.date or event.date
            first.agents = list(dict.fromkeys(first.agents + event.agents))
            first.targets = list(dict.fromkeys(first.targets + event.targets))
            first.locations = list(dict.fromkeys(first.locations + event.locations))
            first.details = {**event.details, **first.details}
            kept[at] = (first, tuple(sorted(first.agents)), tuple(sorted(first.targets)))
            new_agents = tuple(a for a in first.agents if a not in had)
        for a in dict.fromkeys(new_agents):
            index.setdefault((event.cameo, event.negated, a), []).append(at)
    return kept


def merge(events: list[_Event], article: Article, name: Callable[[str], str]) -> list[EventFact]:
    """One fact per occurrence: same code, agents and targets with compatible dates merge."""
    out: list[EventFact] = []
    for event, agents, targets in occurrences(events):
        sent = sentence_of(event.trigger)
        digest = hashlib.sha1(
            "|".join(
                [
                    article.id,
                    event.cameo,
                    ",".join(agents),
                    ",".join(targets),
                    str(sent.start_char),
                ]
            ).encode("utf-8", "surrogatepass")
        ).hexdigest()[:16]
        out.append(
            EventFact(
                key=f"event:{digest}",
                cameo=event.cameo,
                event_type=name(event.cameo),
                trigger=event.trigger.text,
                evidence=Evidence(article.id, sent.start_char, sent.end_char),
                agents=tuple(event.agents),
                targets=tuple(event.targets),
                locations=tuple(event.locations),
                date=event.date,
                negated=event.negated,
                modality=event.modality,
                arguments=tuple(
                    Argument(key, role, *described)
                    for role, keys in (("agent", event.agents), ("target", event.targets))
                    for key in keys
                    if any(
                        described := (
                            event.target_details.get(key) or event.details.get(key, (None, None))
                            if role == "target"
                            else event.details.get(key, (None, None))
                        )
                    )
                ),
            )
        )
    return out
