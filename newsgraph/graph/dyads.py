"""How two actors relate over time: the dyadic view of event data (GDELT/ICEWS style).

Pure functions over plain event records; :mod:`newsgraph.knowledge` fetches the records
(through the query API for one pair, from the graph for all pairs) and the CLI prints them.

    dyad = summarize(records, a=("state:USA", "United States"), b=("state:PRK", "North Korea"))
    for period in dyad.periods:
        print(period.period, period.counts, period.goldstein)

Vocabulary
----------
* **Quad class** of a CAMEO code, from its two-digit root: verbal cooperation (01-05),
  material cooperation (06-08), verbal conflict (09-13), material conflict (14-20).
* **Goldstein score** of a code (-10 most conflictual ... +10 most cooperative), from the
  package's ``data/cameo_codes.tsv`` (the code's own score, else its root's).
* **Effective date** of an event: its own date when it has a year; a yearless date ("--07-20")
  takes its article's year; an undated event takes its article's date (the publication date,
  as GDELT dates events); otherwise it is undated.
* **Direction**: ``a->b`` when a member of side A is an agent and a member of side B a target,
  ``b->a`` the other way, ``joint`` when members of both sides are agents of one event and
  neither is a target ("X and Y signed a treaty"). An event can count both ways.
* Negated events ("did not attack") are listed with the evidence but counted apart
  (``negated``), never in the quad classes, the directions or the Goldstein mean.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from importlib import resources

__all__ = [
    "PERIODS",
    "Dyad",
    "DyadEvent",
    "Membership",
    "PairEvent",
    "PairRow",
    "PeriodRow",
    "Quad",
    "direction",
    "effective_date",
    "filled",
    "goldstein",
    "member_of",
    "period_of",
    "quad_class",
    "rank_pairs",
    "summarize",
]

#: Period lengths ``--by`` accepts.
PERIODS = ("day", "week", "month", "year")
#: Periods the trend of :func:`rank_pairs` looks back over.
TREND_PERIODS = 4
A_TO_B, B_TO_A, JOINT = "a->b", "b->a", "joint"


class Quad(IntEnum):
    """The four CAMEO quad classes, numbered as in GDELT's ``QuadClass``."""

    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4

    @property
    def title(self) -> str:
        return self.name.replace("_", " ").lower()

    @property
    def cooperative(self) -> bool:
        return self <= Quad.MATERIAL_COOPERATION


# -- CAMEO tables ----------------------------------------------------------------------


@functools.cache
def _goldstein_table() -> Mapping[str, float]:
    text = resources.files("newsgraph").joinpath("data", "cameo_codes.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    header = lines[0].split("\t")
    code_at, score_at = header.index("code"), header.index("goldstein")
    table: dict[str, float] = {}
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) > score_at and cells[score_at].strip():
            table[cells[code_at].strip()] = float(cells[score_at])
    return table


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein score of a CAMEO code, else of its root; None for a code outside CAMEO.

    >>> goldstein("190"), goldstein("042"), goldstein("0431")
    (-10.0, 1.9, 2.8)
    """
    if not cameo:
        return None
    table = _goldstein_table()
    for size in range(len(cameo), 1, -1):
        score = table.get(cameo[:size])
        if score is not None:
            return score
    return None


def quad_class(cameo: str | None) -> Quad | None:
    """The quad class of a CAMEO code from its root; None when the root is not 01-20.

    >>> [int(quad_class(code)) for code in ("042", "0874", "112", "190")]
    [1, 2, 3, 4]
    """
    if not cameo or len(cameo) < 2 or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if 1 <= root <= 5:
        return Quad.VERBAL_COOPERATION
    if 6 <= root <= 8:
        return Quad.MATERIAL_COOPERATION
    if 9 <= root <= 13:
        return Quad.VERBAL_CONFLICT
    if 14 <= root <= 20:
        return Quad.MATERIAL_CONFLICT
    return None


# -- dates -----------------------------------------------------------------------------

_DATED = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_YEARLESS = re.compile(r"--(\d{2})(?:-(\d{2}))?")


def effective_date(date: str | None, doc_date: str | None = None) -> str | None:
    """The date an event is counted at (see the module docstring); ISO, possibly partial.

    >>> effective_date("2023-07"), effective_date("--07-20", "2023-08-01"), effective_date(None, "2023-08-01")
    ('2023-07', '2023-07-20', '2023-08-01')
    """
    text = (date or "").strip()[:10]
    if _DATED.fullmatch(text):
        return text
    doc = (doc_date or "").strip()[:10]
    doc_match = _DATED.fullmatch(doc)
    yearless = _YEARLESS.fullmatch(text)
    if yearless and doc_match:
        month, day = yearless.groups()
        return f"{doc_match.group(1)}-{month}" + (f"-{day}" if day else "")
    if not text and doc_match:
        return doc
    return None


def period_of(date: str | None, by: str) -> str | None:
    """The period (``2023-07-20``, ``2023-W29``, ``2023-07``, ``2023``) a date falls in;
    None when the date is too coarse for ``by`` (a bare year has no month).

    >>> period_of("2023-07-20", "week"), period_of("2023-07", "month"), period_of("2023", "month")
    ('2023-W29', '2023-07', None)
    """
    if by not in PERIODS:
        raise ValueError(f"period {by!r} is not one of {', '.join(PERIODS)}")
    match = _DATED.fullmatch((date or "").strip()[:10])
    if not match:
        return None
    year, month, day = match.groups()
    if by == "year":
        return year
    if month is None:
        return None
    if by == "month":
        return f"{year}-{month}"
    if day is None:
        return None
    try:
        when = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    if by == "day":
        return when.isoformat()
    iso = when.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


# -- one dyad ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Membership:
    """``member`` counts for a side from ``since`` to ``until`` (ISO dates; None: open)."""

    member: str
    since: str | None = None
    until: str | None = None


def member_of(memberships: Iterable[Membership], date: str | None) -> set[str]:
    """The members whose span holds ``date``; an undated event or a span without dates
    cannot be placed, so it is kept ("at the time, where dates are known")."""
    kept = set()
    for m in memberships:
        if date and m.since and date[: len(m.since)] < m.since[: len(date)]:
            continue
        if date and m.until and date[: len(m.until)] > m.until[: len(date)]:
            continue
        kept.add(m.member)
    return kept


@dataclass(frozen=True, slots=True)
class DyadEvent:
    """One event between the two sides, with the sentence it was read from.

    ``a_roles`` and ``b_roles`` map each taking-part member of a side to its role
    (agent | target | location)."""

    id: str
    date: str | None  # the effective date
    cameo: str
    event_type: str
    trigger: str
    modality: str
    negated: bool
    doc: str | None
    a_roles: Mapping[str, str]
    b_roles: Mapping[str, str]
    sentence: str = ""
    doc_title: str = ""

    @property
    def quad(self) -> Quad | None:
        return quad_class(self.cameo)

    @property
    def goldstein(self) -> float | None:
        return goldstein(self.cameo)

    @property
    def directions(self) -> tuple[str, ...]:
        return direction(self.a_roles, self.b_roles)


def direction(a_roles: Mapping[str, str], b_roles: Mapping[str, str]) -> tuple[str, ...]:
    """The directions in which an event links the two sides (empty: it does not link them).

    A node on both sides (a person affiliated with both states) is never linked to itself.

    >>> direction({"x": "agent"}, {"y": "target"}), direction({"x": "agent"}, {"y": "agent"})
    (('a->b',), ('joint',))
    """

    def having(roles: Mapping[str, str], role: str) -> set[str]:
        return {m for m, r in roles.items() if r == role}

    a_agents, b_agents = having(a_roles, "agent"), having(b_roles, "agent")
    a_targets, b_targets = having(a_roles, "target"), having(b_roles, "target")
    out = []
    if any(x != y for x in a_agents for y in b_targets):
        out.append(A_TO_B)
    if any(x != y for x in b_agents for y in a_targets):
        out.append(B_TO_A)
    if not out and any(x != y for x in a_agents for y in b_agents):
        out.append(JOINT)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """The events of one period: counts by quad class, mean Goldstein, counts by direction."""

    period: str  # "" for undated events, or dated too coarsely for the period length
    counts: Mapping[Quad, int]
    goldstein: float | None
    a_to_b: int
    b_to_a: int
    joint: int
    negated: int
    events: tuple[DyadEvent, ...]

    @property
    def total(self) -> int:
        """Events counted in the quad classes (not negated, with a CAMEO root)."""
        return sum(self.counts.values())

    @property
    def net_cooperation(self) -> int:
        return sum(n if q.cooperative else -n for q, n in self.counts.items())


@dataclass(frozen=True, slots=True)
class Dyad:
    a: str
    a_label: str
    b: str
    b_label: str
    by: str
    periods: list[PeriodRow]
    states: bool = False
    asserted_only: bool = False

    @property
    def events(self) -> list[DyadEvent]:
        return [e for p in self.periods for e in p.events]

    @property
    def counts(self) -> dict[Quad, int]:
        return {q: sum(p.counts[q] for p in self.periods) for q in Quad}

    @property
    def goldstein(self) -> float | None:
        return _mean(s for e in self.events if not e.negated and (s := e.goldstein) is not None)

    def direction_counts(self) -> dict[str, int]:
        return {
            A_TO_B: sum(p.a_to_b for p in self.periods),
            B_TO_A: sum(p.b_to_a for p in self.periods),
            JOINT: sum(p.joint for p in self.periods),
        }


def _mean(values: Iterable[float]) -> float | None:
    items = list(values)
    return round(sum(items) / len(items), 2) if items else None


def summarize(
    events: Iterable[DyadEvent],
    *,
    a: tuple[str, str],
    b: tuple[str, str],
    by: str = "month",
    asserted_only: bool = False,
    states: bool = False,
) -> Dyad:
    """Group the events that link the two sides by period: dated periods in order, then
    the undated ones (period ``""``). Events that link nothing are dropped; with
    ``asserted_only`` so are events not asserted as fact (reported, planned, negated ...)."""
    if by not in PERIODS:
        raise ValueError(f"period {by!r} is not one of {', '.join(PERIODS)}")
    grouped: defaultdict[str, list[DyadEvent]] = defaultdict(list)
    seen: set[str] = set()
    for event in events:
        if event.id in seen or not event.directions:
            continue
        if asserted_only and (event.negated or event.modality != "asserted"):
            continue
        seen.add(event.id)
        grouped[period_of(event.date, by) or ""].append(event)
    periods = [_period(key, grouped[key]) for key in sorted(grouped, key=lambda k: (k == "", k))]
    return Dyad(a[0], a[1], b[0], b[1], by, periods, states=states, asserted_only=asserted_only)


def _period(key: str, events: Sequence[DyadEvent]) -> PeriodRow:
    ordered = tuple(sorted(events, key=lambda e: (e.date or "", e.id)))
    counted = [e for e in ordered if not e.negated]
    counts = dict.fromkeys(Quad, 0)
    scores = []
    for event in ordered:
        quad = event.quad
        if event.negated or quad is None:
            continue
        counts[quad] += 1
        score = event.goldstein
        if score is not None:
            scores.append(score)
    return PeriodRow(
        period=key,
        counts=counts,
        goldstein=_mean(scores),
        a_to_b=sum(A_TO_B in e.directions for e in counted),
        b_to_a=sum(B_TO_A in e.directions for e in counted),
        joint=sum(JOINT in e.directions for e in counted),
        negated=sum(e.negated for e in ordered),
        events=ordered,
    )


def _next_period(period: str, by: str) -> str:
    if by == "year":
        return str(int(period) + 1)
    if by == "month":
        year, month = map(int, period.split("-"))
        return f"{year + month // 12}-{month % 12 + 1:02d}"
    if by == "week":
        iso_year, iso_week = period.split("-W")
        monday = dt.date.fromisocalendar(int(iso_year), int(iso_week), 1) + dt.timedelta(days=7)
        iso = monday.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    return (dt.date.fromisoformat(period) + dt.timedelta(days=1)).isoformat()


def filled(periods: Sequence[PeriodRow], by: str, *, limit: int = 60) -> list[PeriodRow]:
    """``periods`` with the empty periods between the first and the last dated one put in,
    so that a chart's axis is time; unchanged when that would make more than ``limit``.

    >>> rows = [_period("2023-11", []), _period("2024-02", [])]
    >>> [p.period for p in filled(rows, "month")]
    ['2023-11', '2023-12', '2024-01', '2024-02']
    """
    dated = [p for p in periods if p.period]
    if len(dated) < 2:
        return list(periods)
    have = {p.period: p for p in dated}
    out: list[PeriodRow] = []
    key = dated[0].period
    while True:
        out.append(have.get(key) or _period(key, []))
        if key == dated[-1].period:
            break
        if len(out) >= limit:
            return list(periods)
        key = _next_period(key, by)
    return out + [p for p in periods if not p.period]


# -- every pair ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PairEvent:
    """One event with its agents and targets as actor ids (already mapped to the kind wanted)."""

    id: str
    date: str | None  # the effective date
    cameo: str
    modality: str
    negated: bool
    agents: tuple[str, ...]
    targets: tuple[str, ...]
    #: Pairs of agents acting together, when known: with actors mapped to states, one person
    #: acting for two states is no pair of those states.
    joint: tuple[tuple[str, str], ...] | None = None


@dataclass(frozen=True, slots=True)
class PairRow:
    """One pair of actors (``a`` < ``b``), its events, and how it went over the last periods.

    ``trend`` is the net cooperation (cooperative minus conflictual events) of each of the
    last :data:`TREND_PERIODS` periods that had events, oldest first."""

    a: str
    a_label: str
    b: str
    b_label: str
    events: int
    a_to_b: int
    b_to_a: int
    cooperation: int
    conflict: int
    goldstein: float | None
    trend: tuple[tuple[str, int], ...] = field(default=())

    @property
    def net_cooperation(self) -> int:
        return self.cooperation - self.conflict

    @property
    def trend_word(self) -> str:
        """``warming``/``cooling`` when the last period's net cooperation is above/below the
        mean of the ones before it, ``steady`` when equal, ``-`` with fewer than two periods."""
        if len(self.trend) < 2:
            return "-"
        last = self.trend[-1][1]
        before = sum(n for _, n in self.trend[:-1]) / (len(self.trend) - 1)
        return "warming" if last > before else "cooling" if last < before else "steady"


def rank_pairs(
    events: Iterable[PairEvent],
    labels: Mapping[str, str],
    *,
    limit: int | None = 20,
    by: str = "month",
    asserted_only: bool = False,
) -> list[PairRow]:
    """The most active pairs: most events first, then by labels. An event links each of its
    agents with each of its targets, and its agents with one another (the pairs in ``joint``
    when given), as :func:`direction` does for one pair."""
    per_pair: defaultdict[tuple[str, str], dict[str, PairEvent]] = defaultdict(dict)
    forward: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for event in events:
        if asserted_only and (event.negated or event.modality != "asserted"):
            continue
        directed = {(x, y) for x in event.agents for y in event.targets if x != y}
        joint = event.joint
        if joint is None:
            joint = tuple((x, y) for x in event.agents for y in event.agents if x < y)
        for x, y in directed | {(x, y) for x, y in joint if x != y}:
            pair = (x, y) if x < y else (y, x)
            per_pair[pair][event.id] = event
            if (x, y) in directed and not event.negated:  # counted as dyad() counts directions
                forward[pair].add(event.id if (x, y) == pair else "~" + event.id)
    ranked = sorted(per_pair.items(), key=lambda kv: (-len(kv[1]), labels.get(kv[0][0], kv[0][0]), kv[0]))
    rows = []
    for (x, y), found in ranked[:limit] if limit is not None else ranked:
        quads = [(e, quad_class(e.cameo)) for e in found.values() if not e.negated]
        net_by_period: defaultdict[str, int] = defaultdict(int)
        for event, quad in quads:
            key = period_of(event.date, by)
            if quad is not None and key is not None:
                net_by_period[key] += 1 if quad.cooperative else -1
        rows.append(
            PairRow(
                a=x,
                a_label=labels.get(x, x),
                b=y,
                b_label=labels.get(y, y),
                events=len(found),
                a_to_b=sum(not i.startswith("~") for i in forward[(x, y)]),
                b_to_a=sum(i.startswith("~") for i in forward[(x, y)]),
                cooperation=sum(q is not None and q.cooperative for _, q in quads),
                conflict=sum(q is not None and not q.cooperative for _, q in quads),
                goldstein=_mean(s for e, _ in quads if (s := goldstein(e.cameo)) is not None),
                trend=tuple(sorted(net_by_period.items())[-TREND_PERIODS:]),
            )
        )
    return rows
