"""Dyads: quad classes, Goldstein means, periods and directions, on hand-counted events."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from factories import CHINA, KIM, PRK, PUTIN, RUSSIA, XI, Doc, key
from paths import SEEDS
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.errors import NewsGraphError
from newsgraph.graph import dyads as d
from newsgraph.knowledge import KnowledgeGraph
from newsgraph.model import Kind, Modality, Relation

USA = key(Kind.STATE, "USA")
BIDEN = key(Kind.PERSON, "Joe Biden")
runner = CliRunner()


def test_doctests() -> None:
    assert doctest.testmod(d).failed == 0


@pytest.mark.parametrize(
    ("cameo", "quad"),
    [
        ("010", d.Quad.VERBAL_COOPERATION),
        ("0431", d.Quad.VERBAL_COOPERATION),
        ("057", d.Quad.VERBAL_COOPERATION),
        ("061", d.Quad.MATERIAL_COOPERATION),
        ("0874", d.Quad.MATERIAL_COOPERATION),
        ("090", d.Quad.VERBAL_CONFLICT),
        ("138", d.Quad.VERBAL_CONFLICT),
        ("141", d.Quad.MATERIAL_CONFLICT),
        ("20", d.Quad.MATERIAL_CONFLICT),
        ("21", None),
        ("", None),
        ("x1", None),
    ],
)
def test_quad_class(cameo: str, quad: d.Quad | None) -> None:
    assert d.quad_class(cameo) is quad


def test_goldstein_from_the_code_else_its_root() -> None:
    assert d.goldstein("190") == -10.0
    assert d.goldstein("1951") == -10.0  # no own entry for a made-up subcode: falls back to 195, then 19
    assert d.goldstein("057") == 8.0
    assert d.goldstein("99") is None
    assert d.goldstein(None) is None


@pytest.mark.parametrize(
    ("date", "by", "period"),
    [
        ("2024-01-01", "week", "2024-W01"),
        ("2021-01-03", "week", "2020-W53"),  # ISO weeks belong to the year of their Thursday
        ("2024-02-29", "day", "2024-02-29"),
        ("2024-02-30", "day", None),
        ("2024-02", "day", None),
        ("2024-02", "month", "2024-02"),
        ("2024", "year", "2024"),
        ("2024", "month", None),
        (None, "year", None),
        ("--07-20", "year", None),
    ],
)
def test_period_of(date: str | None, by: str, period: str | None) -> None:
    assert d.period_of(date, by) == period


def test_period_of_rejects_unknown_length() -> None:
    with pytest.raises(ValueError, match="fortnight"):
        d.period_of("2024-01-01", "fortnight")


@pytest.mark.parametrize(
    ("date", "doc_date", "expected"),
    [
        ("2023-07-20", "2024-01-01", "2023-07-20"),
        ("--07-20", "2023-08-01", "2023-07-20"),
        ("--07", "2023-08-01", "2023-07"),
        ("--07-20", None, None),
        (None, "2023-08-01", "2023-08-01"),
        ("", None, None),
        ("July", "2023-08-01", None),  # not a date we can read: not guessed
    ],
)
def test_effective_date(date: str | None, doc_date: str | None, expected: str | None) -> None:
    assert d.effective_date(date, doc_date) == expected


def test_membership_spans() -> None:
    spans = [d.Membership("a", "2020", "2021-06"), d.Membership("b"), d.Membership("c", since="2022-01-15")]
    assert d.member_of(spans, "2021-06-30") == {"a", "b"}
    assert d.member_of(spans, "2021-07") == {"b"}
    assert d.member_of(spans, "2022-01") == {"b", "c"}  # a month overlapping the start is not excluded
    assert d.member_of(spans, None) == {"a", "b", "c"}


def test_direction() -> None:
    assert d.direction({"x": "agent"}, {"y": "target"}) == ("a->b",)
    assert d.direction({"x": "target"}, {"y": "agent"}) == ("b->a",)
    assert d.direction({"x": "agent", "z": "target"}, {"y": "agent", "w": "target"}) == ("a->b", "b->a")
    assert d.direction({"x": "agent"}, {"y": "agent"}) == ("joint",)
    assert d.direction({"x": "agent"}, {"y": "location"}) == ()
    assert d.direction({"x": "agent"}, {"x": "target"}) == ()  # the same node on both sides


def event(
    i: int, cameo: str, date: str | None, a: str = "agent", b: str = "target", **kw: object
) -> d.DyadEvent:
    return d.DyadEvent(
        id=f"e{i}",
        date=date,
        cameo=cameo,
        event_type="t",
        trigger="w",
        modality=str(kw.get("modality", "asserted")),
        negated=bool(kw.get("negated", False)),
        doc="doc",
        a_roles={"A": a},
        b_roles={"B": b},
        sentence=f"sentence {i}",
    )


def test_summarize_counts_by_period_quad_and_direction() -> None:
    events = [
        event(1, "042", "2024-03-02"),  # verbal coop +1.9, A->B
        event(2, "190", "2024-03-20", a="target", b="agent"),  # material conflict -10, B->A
        event(3, "0874", "2024-03"),  # material coop +10 (retreat), A->B
        event(4, "111", "2024-04-01", negated=True),  # negated: listed, not counted
        event(5, "111", "2024-04-02", modality="reported"),  # verbal conflict -2
        event(6, "036", None, a="agent", b="agent"),  # joint, undated
        event(7, "042", "2024-04-02", a="location"),  # links nothing: dropped
        event(1, "042", "2024-03-02"),  # the same event twice: counted once
    ]
    dyad = d.summarize(events, a=("A", "Alpha"), b=("B", "Beta"), by="month")
    assert [p.period for p in dyad.periods] == ["2024-03", "2024-04", ""]
    march, april, undated = dyad.periods
    assert march.counts == {d.Quad(1): 1, d.Quad(2): 1, d.Quad(3): 0, d.Quad(4): 1}
    assert march.goldstein == round((1.9 - 10 + 10) / 3, 2)
    assert (march.a_to_b, march.b_to_a, march.joint) == (2, 1, 0)
    assert [e.id for e in march.events] == ["e3", "e1", "e2"]  # by date: "2024-03" before "2024-03-02"
    assert april.total == 1
    assert april.negated == 1
    assert april.goldstein == -2.0
    assert len(april.events) == 2  # the negated event stays as evidence
    assert undated.joint == 1
    assert undated.counts[d.Quad.VERBAL_COOPERATION] == 1
    assert len(dyad.events) == 6
    assert dyad.direction_counts() == {"a->b": 3, "b->a": 1, "joint": 1}
    assert dyad.counts[d.Quad.VERBAL_CONFLICT] == 1

    asserted = d.summarize(events, a=("A", "Alpha"), b=("B", "Beta"), by="year", asserted_only=True)
    assert [p.period for p in asserted.periods] == ["2024", ""]
    assert sorted(e.id for e in asserted.events) == ["e1", "e2", "e3", "e6"]


def test_rank_pairs_orders_by_events_and_reads_the_trend() -> None:
    def pe(i: int, cameo: str, date: str, agents: tuple[str, ...], targets: tuple[str, ...]) -> d.PairEvent:
        return d.PairEvent(f"e{i}", date, cameo, "asserted", False, agents, targets)

    events = [
        pe(1, "190", "2024-01-05", ("x",), ("y",)),
        pe(2, "042", "2024-02-05", ("y",), ("x",)),
        pe(3, "042", "2024-03-05", ("x",), ("y",)),
        pe(4, "057", "2024-03-06", ("y",), ("x",)),
        pe(5, "111", "2024-03-06", ("z",), ("x", "y")),
        pe(6, "036", "2024-03-07", ("z", "y"), ()),  # no target: the agents are paired
        d.PairEvent("e7", "2024-03-08", "190", "asserted", True, ("x",), ("y",)),  # negated
    ]
    rows = d.rank_pairs(events, {"x": "Ex", "y": "Why", "z": "Zed"}, limit=2)
    assert [(r.a, r.b, r.events) for r in rows] == [("x", "y", 5), ("y", "z", 2)]
    top = rows[0]
    assert (top.a_to_b, top.b_to_a) == (2, 2)  # the negated e7 is not counted, as in dyad()
    assert (top.cooperation, top.conflict, top.net_cooperation) == (3, 1, 2)
    assert top.trend == (("2024-01", -1), ("2024-02", 1), ("2024-03", 2))
    assert top.trend_word == "warming"
    assert rows[1].trend_word == "-"  # one period only
    assert d.rank_pairs(events, {}, limit=None, asserted_only=True)[0].events == 4


# -- through the library and the CLI, on a hand-built store --------------------------------


def corpus() -> list:
    """Russia and North Korea warm up in 2023, China and the US quarrel; every event counted by hand."""
    one = Doc("summit", title="Summit", date="2023-07-20")
    s1 = one.sentence(
        "{p} of {r} met {k} of {n}.",
        p="person|Vladimir Putin",
        r="state|Russia|RUS",
        k="person|Kim Jong Un",
        n="state|North Korea|PRK",
    )
    s2 = one.sentence("{n} praised {r} on --07-21.", n="state|Pyongyang|PRK", r="state|Moscow|RUS")
    s3 = one.sentence("{k} did not attack {r}.", k="person|Kim Jong Un", r="state|Russia|RUS")
    one.relate(PUTIN, RUSSIA, Relation.AFFILIATED_WITH, s1, role="president")
    one.relate(KIM, PRK, Relation.AFFILIATED_WITH, s1, role="leader")
    one.event("meet", "040", s1, agents=(PUTIN,), targets=(KIM,))  # undated: the article's date
    one.event("praise", "051", s2, agents=(PRK,), targets=(RUSSIA,), date="--07-21")
    one.event("attack", "190", s3, agents=(KIM,), targets=(RUSSIA,), negated=True)
    two = Doc("quarrel", title="Quarrel", date="2023-09-02")
    t1 = two.sentence(
        "{x} of {c} criticized {u}.", x="person|Xi Jinping", c="state|China|CHN", u="state|United States|USA"
    )
    t2 = two.sentence(
        "{r} reportedly sent arms to {n} in August 2023.", r="state|Russia|RUS", n="state|DPRK|PRK"
    )
    two.relate(XI, CHINA, Relation.AFFILIATED_WITH, t1, role="president")
    two.event("criticize", "111", t1, agents=(XI,), targets=(USA,))
    two.event("arms", "070", t2, agents=(RUSSIA,), targets=(PRK,), date="2023-08", modality=Modality.REPORTED)
    return [one.facts(), two.facts()]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "dyads.db"
    with KnowledgeGraph.open(path) as kg:
        kg.add_facts(corpus())
    return path


def test_dyad_of_actors_and_of_states(store: Path) -> None:
    with KnowledgeGraph.open(store) as kg:
        plain = kg.dyad("North Korea", "Russia")
        states = kg.dyad("North Korea", "Russia", states=True)
        people = kg.dyad("Kim Jong Un", "Vladimir Putin", by="day")
        assert kg.dyad("Kim Jong Un", "Russia", states=True).a == "state:PRK"  # Kim counts for his state
    # Without --states only the two state nodes: the praise (Jul 21) and the arms (Aug).
    assert [(p.period, p.total) for p in plain.periods] == [("2023-07", 1), ("2023-08", 1)]
    assert plain.direction_counts() == {"a->b": 1, "b->a": 1, "joint": 0}
    # With it, Putin's meeting with Kim and Kim's (negated) attack count too.
    assert [(p.period, p.total, p.negated) for p in states.periods] == [("2023-07", 2, 1), ("2023-08", 1, 0)]
    assert states.periods[0].goldstein == round((1.0 + 3.4) / 2, 2)  # 040 consult, 051 praise
    assert {e.id for e in states.periods[0].events} == {
        "event:summit-meet",
        "event:summit-praise",
        "event:summit-attack",
    }
    assert [(p.period, p.b_to_a) for p in people.periods] == [("2023-07-20", 1)]
    assert people.periods[0].events[0].sentence.startswith("Vladimir Putin of Russia met")


def test_dyad_asserted_only_drops_reported_and_negated(store: Path) -> None:
    with KnowledgeGraph.open(store) as kg:
        found = kg.dyad("DPRK", "Russia", states=True, asserted_only=True, by="year")
    assert [(p.period, p.total) for p in found.periods] == [("2023", 2)]


def test_dyad_errors(store: Path) -> None:
    with KnowledgeGraph.open(store) as kg:
        with pytest.raises(NewsGraphError, match="same entity"):
            kg.dyad("DPRK", "North Korea")
        with pytest.raises(NewsGraphError, match="fortnight"):
            kg.dyad("DPRK", "Russia", by="fortnight")
        with pytest.raises(NewsGraphError, match="Atlantis"):
            kg.dyad("Atlantis", "Russia")
        with pytest.raises(NewsGraphError, match="'event:summit-meet' is an event, not an actor"):
            kg.dyad("event:summit-meet", "Russia")


def test_dyads_ranks_state_pairs(store: Path) -> None:
    with KnowledgeGraph.open(store) as kg:
        states = kg.dyads(kind="state")
        people = kg.dyads(kind="person")
        anything = kg.dyads()
    assert [(r.a_label, r.b_label, r.events) for r in states] == [
        ("North Korea", "Russia", 4),
        ("China", "United States", 1),
    ]
    assert states[0].trend == (("2023-07", 2), ("2023-08", 1))
    assert states[0].trend_word == "cooling"
    assert [(r.a_label, r.b_label, r.events) for r in people] == [("Kim Jong Un", "Vladimir Putin", 1)]
    assert {(r.a_label, r.b_label) for r in anything} == {
        ("Kim Jong Un", "Vladimir Putin"),
        ("Kim Jong Un", "Russia"),
        ("North Korea", "Russia"),
        ("Xi Jinping", "United States"),  # a pair is ordered by node id
    }


def test_cli_dyad_text_json_and_plot(store: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["dyad", "North Korea", "Russia", "--states", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "2023-07" in result.output
    assert "2023-08" in result.output
    assert "“Kim Jong Un did not attack Russia.” — summit" in result.output
    result = runner.invoke(app, ["dyad", "North Korea", "Russia", "--states", "--json", "--db", str(store)])
    data = json.loads(result.output)
    assert data["events"] == 4
    assert data["directions"] == {"a->b": 1, "b->a": 2, "joint": 0}
    assert [p["period"] for p in data["periods"]] == ["2023-07", "2023-08"]
    png, svg = tmp_path / "dyad.png", tmp_path / "dyad.svg"
    for path in (png, svg):
        result = runner.invoke(
            app, ["dyad", "DPRK", "Russia", "--states", "--plot", str(path), "--db", str(store)]
        )
        assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = svg.read_text(encoding="utf-8")
    assert "North Korea" in text
    assert "mean Goldstein score" in text


def test_cli_dyad_bad_input(store: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["dyad", "DPRK", "Russia", "--plot", str(tmp_path / "x.pdf"), "--db", str(store)]
    )
    assert result.exit_code == 2
    assert "is not a .png or .svg file" in result.output
    result = runner.invoke(app, ["dyad", "DPRK", "Russia", "--by", "hour", "--db", str(store)])
    assert result.exit_code == 2
    assert "'hour' is not one of day, week, month, year" in result.output
    result = runner.invoke(app, ["dyad", "DPRK", "Atlantis", "--db", str(store)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: unknown entity 'Atlantis'")


def test_cli_dyads(store: Path) -> None:
    result = runner.invoke(app, ["dyads", "--kind", "state", "--json", "--db", str(store)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["a"]["id"], r["b"]["id"], r["events"], r["net_cooperation"]) for r in rows] == [
        ("state:PRK", "state:RUS", 4, 3),
        ("state:CHN", "state:USA", 1, -1),
    ]
    result = runner.invoke(app, ["dyads", "--limit", "1", "--db", str(store)])
    assert result.exit_code == 0
    assert "North Korea" in result.output
    assert "Putin" not in result.output
    assert runner.invoke(app, ["dyads", "--kind", "event", "--db", str(store)]).exit_code == 2


def test_plot_escapes_mathtext(store: Path, tmp_path: Path) -> None:
    from newsgraph.graph.dyad_plot import plot_dyad

    dyad = d.summarize([event(1, "042", "2024-01-02")], a=("A", "$x^{"), b=("B", "\\frac$"), by="day")
    out = plot_dyad(dyad, tmp_path / "hostile.svg")
    assert "$x^{" in out.read_text(encoding="utf-8")


# -- on a real article, with the real model ------------------------------------------------


@pytest.mark.model
def test_dyad_on_the_tokyo_example(tmp_path: Path) -> None:
    """examples/tokyo-summons-envoy.txt, counted by hand: Japan (and its foreign minister)
    summons China's ambassador and protests (Japan -> China); Beijing rejects the protest,
    its spokesman warns Tokyo, its ambassador tells Japanese officials (China -> Japan).
    That is at most 7 reports of events between the two (the headline repeats the
    summons), all on 2024-03-04, the article's date, and all but the ambassador's statement
    conflictual."""
    article = Path(__file__).resolve().parents[1] / "examples" / "tokyo-summons-envoy.txt"
    text = article.read_text(encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "tokyo.db") as kg:
        kg.ingest([article])
        found = kg.dyad("Japan", "China", states=True, by="day")
    assert [p.period for p in found.periods] == ["2024-03-04"]
    events = found.events
    assert 2 <= len(events) <= 7
    moves = found.direction_counts()
    assert moves["a->b"] >= 1
    assert moves["b->a"] >= 1
    assert found.goldstein is not None
    assert found.goldstein < 0
    assert found.counts[d.Quad.MATERIAL_COOPERATION] == 0
    assert all(e.sentence and e.sentence in text for e in events)


@pytest.mark.parametrize(
    ("by", "first", "last", "expected"),
    [
        ("year", "2019", "2021", ["2019", "2020", "2021"]),
        ("month", "2023-11", "2024-01", ["2023-11", "2023-12", "2024-01"]),
        ("week", "2020-W52", "2021-W01", ["2020-W52", "2020-W53", "2021-W01"]),
        ("day", "2024-02-28", "2024-03-01", ["2024-02-28", "2024-02-29", "2024-03-01"]),
    ],
)
def test_filled_puts_in_the_empty_periods(by: str, first: str, last: str, expected: list[str]) -> None:
    rows = [d._period(first, []), d._period(last, []), d._period("", [])]
    assert [p.period for p in d.filled(rows, by)] == [*expected, ""]
    assert all(p.total == 0 for p in d.filled(rows, by))


def test_filled_leaves_a_long_gap_alone() -> None:
    rows = [d._period("2000", []), d._period("2100", [])]
    assert [p.period for p in d.filled(rows, "year", limit=60)] == ["2000", "2100"]


@pytest.mark.model
def test_dyad_on_the_shoigu_seed(tmp_path: Path) -> None:
    """shoigu_visit.txt, counted by hand, North Korea (with Kim Jong Un and Kang Sun Nam)
    and Russia (with Shoigu and Putin): Kim hosts Shoigu (NK -> RU); Russia sends a
    delegation (RU -> NK); Russia accepts the nuclear program (RU -> NK, per analysts); Putin
    sends Kim a letter (RU -> NK); the letter's support and solidarity (NK -> RU); Kang
    supports the Kremlin (NK -> RU). At most seven, every one cooperative, both ways."""
    seed = SEEDS / "articles" / "shoigu_visit.txt"
    text = seed.read_text(encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "seed.db") as kg:
        kg.ingest([seed], date="2023-07-27")
        found = kg.dyad("North Korea", "Russia", states=True, by="year")
    assert [p.period for p in found.periods] == ["2023"]
    assert 3 <= len(found.events) <= 7
    assert found.counts[d.Quad.VERBAL_CONFLICT] == found.counts[d.Quad.MATERIAL_CONFLICT] == 0
    moves = found.direction_counts()
    assert moves["a->b"] >= 1
    assert moves["b->a"] >= 1
    assert all(e.sentence in text for e in found.events)


def test_one_person_acting_for_two_states_pairs_neither(tmp_path: Path) -> None:
    """A person the text ties to two states, alone in a targetless event, makes no state pair;
    two persons of two states acting together do."""
    doc = Doc("joint", date="2024-01-02")
    s1 = doc.sentence(
        "{p} of {r} and {c} spoke. {x} of {c} and {k} of {n} met.",
        p="person|Vladimir Putin",
        r="state|Russia|RUS",
        c="state|China|CHN",
        x="person|Xi Jinping",
        k="person|Kim Jong Un",
        n="state|North Korea|PRK",
    )
    doc.relate(PUTIN, RUSSIA, Relation.AFFILIATED_WITH, s1)
    doc.relate(PUTIN, CHINA, Relation.AFFILIATED_WITH, s1)
    doc.relate(XI, CHINA, Relation.AFFILIATED_WITH, s1)
    doc.relate(KIM, PRK, Relation.AFFILIATED_WITH, s1)
    doc.event("speak", "010", s1, agents=(PUTIN,))
    doc.event("meet", "040", s1, agents=(XI, KIM))
    with KnowledgeGraph.open(tmp_path / "j.db") as kg:
        kg.add_facts([doc.facts()])
        rows = kg.dyads(kind="state")
        both = kg.dyad("Russia", "China", states=True)
    assert [(r.a, r.b, r.events) for r in rows] == [("state:CHN", "state:PRK", 1)]
    assert both.events == []


def test_co_agents_are_a_pair_even_with_a_target() -> None:
    event = d.PairEvent("e1", "2024-01-02", "060", "asserted", False, ("x", "y"), ("z",))
    rows = d.rank_pairs([event], {}, limit=None)
    assert {(r.a, r.b) for r in rows} == {("x", "y"), ("x", "z"), ("y", "z")}
    xy = next(r for r in rows if (r.a, r.b) == ("x", "y"))
    assert (xy.a_to_b, xy.b_to_a) == (0, 0)  # acting together: no direction
