"""Hand-built DocumentFacts for graph, store, query and export tests (no spaCy).

``Doc`` writes an article sentence by sentence and records mentions, relations and
events with offsets that really point into the text, so ``article.text[m.start:m.end]
== m.text`` holds as it does for the extractors.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from newsgraph.model import (
    Article,
    ClaimFact,
    DocumentFacts,
    EntityFact,
    EventFact,
    Evidence,
    Kind,
    Mention,
    Modality,
    Relation,
    RelationFact,
    node_key,
)


def code_case(
    text: str,
    code: str | None,
    mode: Modality | None = Modality.ASSERTED,
    *,
    negated: bool = False,
    absent: tuple[str, ...] = (),
    id: str,
    xfail: str | None = None,
) -> Any:
    """One row of an event-code table: the sentence, the code it must give (None: none needed) with its
    modality and negation, and the code prefixes it must not give un-negated."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, code, mode, negated, absent, id=id, marks=marks)


def check_code_case(events: Any, code: str | None, mode: Any, negated: bool, absent: tuple[str, ...]) -> None:
    """Check the events of one `code_case` row: an event with the code (when one is named) whose first
    match has the row's modality and negation, and no un-negated event with an absent code prefix."""
    got = [(e.cameo, e.trigger, e.modality, e.negated) for e in events]
    if code is not None:
        matching = [e for e in events if e.cameo.startswith(code)]
        assert matching, f"no {code} event in {got}"
        assert (matching[0].modality, matching[0].negated) == (mode, negated), got
    for e in events:
        if not e.negated:
            assert not e.cameo.startswith(absent), got


def check_event_arguments(events: Any, code: str, agents: set[str], targets: set[str]) -> None:
    """One event with a code of prefix ``code`` has every agent of ``agents`` and exactly ``targets``."""
    shown = [(e.cameo, e.agents, e.targets) for e in events]
    coded = [e for e in events if e.cameo.startswith(code)]
    assert any(agents <= set(e.agents) and set(e.targets) == targets for e in coded), shown


#: The date the sentence tables of the event tests are ingested under, and the roots of force.
TABLE_DATE = "2024-03-14"
FORCE_ROOTS = ("18", "19", "20")


def argument_row(
    text: str,
    code: str | None,
    agent: str | None = None,
    target: str | None = None,
    *,
    absent: tuple[str, ...] = (),
    id: str,
) -> Any:
    """One row of an event table that checks arguments too: the sentence, the code prefix it must give
    (None: none needed) with the agent and target keys it must hold when given, and the code prefixes it
    must not give un-negated."""
    return pytest.param(text, code, agent, target, absent, id=id)


def show_events(events: tuple[EventFact, ...]) -> str:
    """The events of a sentence on one line, for an assertion's message."""
    return "; ".join(
        f"{e.cameo} {e.trigger!r} {e.agents}->{e.targets} {e.modality} neg={e.negated}" for e in events
    )


def check_argument_row(
    events: tuple[EventFact, ...],
    code: str | None,
    agent: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    """Assert what an ``argument_row`` asks of the events its sentence gave."""
    assert not any(e.cameo.startswith(absent) and not e.negated for e in events), show_events(events)
    if code is not None:
        assert any(
            e.cameo.startswith(code)
            and (agent is None or agent in e.agents)
            and (target is None or target in e.targets)
            for e in events
        ), show_events(events)


def key(kind: Kind, name: str) -> str:
    return node_key(kind, name)


def P(name: str) -> str:
    return node_key(Kind.PERSON, name)


def ORG(name: str) -> str:
    return node_key(Kind.ORGANIZATION, name)


def S(iso3: str) -> str:
    return node_key(Kind.STATE, iso3)


PUTIN = key(Kind.PERSON, "Vladimir Putin")
RUSSIA = key(Kind.STATE, "RUS")
CHINA = key(Kind.STATE, "CHN")
XI = key(Kind.PERSON, "Xi Jinping")
KIM = key(Kind.PERSON, "Kim Jong Un")
PRK = key(Kind.STATE, "PRK")
MOSCOW = key(Kind.LOCATION, "Moscow")

STATE_LABELS = {
    "RUS": "Russia",
    "CHN": "China",
    "PRK": "North Korea",
    "UKR": "Ukraine",
    "USA": "United States",
    "GEO": "Georgia",
}


class Doc:
    """Build one article's facts. Each ``sentence`` call appends text and returns its Evidence."""

    def __init__(
        self, doc_id: str, *, title: str | None = None, date: str | None = None, url: str | None = None
    ):
        self.doc_id = doc_id
        self.title = title
        self.date = date
        self.url = url
        self.text = ""
        self.mentions: dict[str, list[Mention]] = defaultdict(list)
        self.kinds: dict[str, tuple[Kind, str, str | None]] = {}
        self.relations: list[RelationFact] = []
        self.events: list[EventFact] = []
        self.claims: list[ClaimFact] = []

    def sentence(self, text: str, **names: str) -> Evidence:
        """Append ``text``; every ``{slot}`` in it is filled from ``names`` and recorded as a mention.

        ``names`` values are "kind|surface|canonical": e.g. ``a="person|Putin|Vladimir Putin"`` or
        ``b="state|Russian|RUS"``; the canonical part defaults to the surface form.
        """
        if self.text:
            self.text += " "
        start = len(self.text)
        pieces: list[tuple[str, str, int]] = []
        out = ""
        rest = text
        while "{" in rest:
            before, _, after = rest.partition("{")
            slot, _, rest = after.partition("}")
            out += before
            kind_name, surface, *canonical = names[slot].split("|")
            pieces.append((kind_name + "|" + (canonical[0] if canonical else surface), surface, len(out)))
            out += surface
        out += rest
        self.text += out
        evidence = Evidence(self.doc_id, start, start + len(out))
        for spec, surface, offset in pieces:
            kind_name, canonical = spec.split("|")
            kind = Kind(kind_name)
            node = key(kind, canonical)
            label = STATE_LABELS.get(canonical, canonical) if kind is Kind.STATE else canonical
            self.kinds[node] = (kind, label, canonical if kind is Kind.STATE else None)
            s = start + offset
            self.mentions[node].append(Mention(self.doc_id, s, s + len(surface), surface, evidence))
        return evidence

    def relate(
        self, source: str, target: str, relation: Relation, evidence: Evidence, role: str | None = None
    ):
        self.relations.append(RelationFact(source, target, relation, evidence, role))
        return self

    def claim(self, entity: str, role: str | None, evidence: Evidence, home: str | None = None) -> Doc:
        """An office (or, with no role, a government body) named with no holder in its phrase."""
        self.claims.append(ClaimFact(entity, role, evidence, home))
        return self

    def event(
        self,
        name: str,
        cameo: str,
        evidence: Evidence,
        *,
        agents: tuple[str, ...] = (),
        targets: tuple[str, ...] = (),
        locations: tuple[str, ...] = (),
        date: str | None = None,
        event_type: str = "meet",
        trigger: str = "met",
        negated: bool = False,
        modality: Modality = Modality.ASSERTED,
    ) -> str:
        event_key = f"event:{self.doc_id}-{name}"
        self.events.append(
            EventFact(
                event_key,
                cameo,
                event_type,
                trigger,
                evidence,
                agents,
                targets,
                locations,
                date,
                negated,
                modality,
            )
        )
        return event_key

    def facts(self) -> DocumentFacts:
        article = Article(self.doc_id, self.text, self.title, self.date, self.url, source="tests")
        for mentions in self.mentions.values():
            for m in mentions:
                assert article.text[m.start : m.end] == m.text
        entities = tuple(
            EntityFact(node, kind, label, tuple(self.mentions[node]), iso3)
            for node, (kind, label, iso3) in sorted(self.kinds.items())
        )
        return DocumentFacts(article, entities, tuple(self.relations), tuple(self.events), tuple(self.claims))


def summit_doc() -> DocumentFacts:
    """Putin meets Xi in Moscow; Putin is affiliated with Russia twice (two sentences)."""
    d = Doc("summit", title="Summit in Moscow", date="2023-03-21", url="https://example.org/summit")
    s1 = d.sentence(
        "{p} of {r} met {x} of {c} in {m}.",
        p="person|Vladimir Putin",
        r="state|Russia|RUS",
        x="person|Xi Jinping",
        c="state|China|CHN",
        m="location|Moscow",
    )
    s2 = d.sentence(
        "The {r} president {p} spoke at length.", r="state|Russian|RUS", p="person|Putin|Vladimir Putin"
    )
    d.relate(PUTIN, RUSSIA, Relation.AFFILIATED_WITH, s1, role="president")
    d.relate(PUTIN, RUSSIA, Relation.AFFILIATED_WITH, s2, role="president")
    d.relate(XI, CHINA, Relation.AFFILIATED_WITH, s1, role="president")
    d.event("meet", "040", s1, agents=(PUTIN,), targets=(XI,), locations=(MOSCOW,), date="2023-03-21")
    return d.facts()


def kim_doc() -> DocumentFacts:
    """Kim visits Russia; mentions "Kim" and "Putin" by surname only in a second sentence."""
    d = Doc("kim-visit", title="Kim in Russia", date="2023-09-13")
    s1 = d.sentence(
        "{k} of {n} visited {r} and met {p}.",
        k="person|Kim Jong Un",
        n="state|North Korea|PRK",
        r="state|Russia|RUS",
        p="person|Vladimir Putin",
    )
    s2 = d.sentence("{k} thanked {p} on --09-14.", k="person|Kim", p="person|Putin")
    kim_short = key(Kind.PERSON, "Kim")
    putin_short = key(Kind.PERSON, "Putin")
    d.relate(KIM, PRK, Relation.AFFILIATED_WITH, s1, role="leader")
    d.event(
        "visit",
        "042",
        s1,
        agents=(KIM,),
        targets=(RUSSIA,),
        date="2023-09",
        event_type="visit",
        trigger="visited",
    )
    d.event(
        "thank", "051", s2, agents=(kim_short,), targets=(putin_short,), date="--09-14", event_type="praise"
    )
    d.event("talk", "036", s2, agents=(putin_short,), targets=(kim_short,), event_type="consult")
    return d.facts()


def corpus() -> list[DocumentFacts]:
    return [summit_doc(), kim_doc()]
