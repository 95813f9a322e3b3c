"""Actors by sector (issue 11.2): the state is the actor, the edge says which part of it acted.

The data files come from the PETRARCH-2 / Phoenix dictionaries (``tools/build_agents.py``);
the table below is sentences written for these tests.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import networkx as nx
import pytest
from paths import SHARED

from newsgraph.extractors.agents import organizations, sectors
from newsgraph.graph.build import GraphBuilder, rows_of
from newsgraph.graph.store import Store

ROOT = Path(__file__).resolve().parent.parent
PETRARCH = SHARED / "petrarch"


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("soldier", "MIL"),
        ("troop", "MIL"),
        ("army", "MIL"),
        ("police", "COP"),
        ("riot police", "COP"),
        ("court", "JUD"),
        ("judge", "JUD"),
        ("student", "EDU"),
        ("refugee", "REF"),
        ("civilian", "CVL"),
        ("rebel", "REB"),
        ("government", "GOV"),
        ("ministry of defence", "GOV"),  # GOVMIL: the primary sector is the government
    ],
)
def test_sector_phrases(phrase, sector):
    assert sectors().sector(phrase.split()) == sector


def test_longest_phrase_wins():
    table = sectors()
    assert table.sector(["student", "protester"]) == "OPP"
    assert table.sector(["protester"]) == "OPP"
    assert table.sector(["some", "unknown", "thing"]) is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("UN", "IGOUNO"),
        ("the United Nations", "IGOUNO"),
        ("NATO", "IGOWSTNAT"),
        ("IAEA", "IGOUNOIAE"),
        ("the European Union", "IGOEUREEC"),
        ("EU", "IGOEUREEC"),
        ("Interpol", "IGOCOPITP"),
    ],
)
def test_international_organizations(name, code):
    org = organizations().get(name)
    assert org is not None
    assert org.code == code
    assert org.sector == "IGO"


def test_acronyms_match_as_written():
    assert organizations().get("un") is None  # the word, not the United Nations
    assert organizations().get("nato") is None


@pytest.mark.skipif(not PETRARCH.is_dir(), reason="the PETRARCH dictionaries are not here")
def test_data_files_are_what_the_converter_writes(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_agents
    finally:
        sys.path.pop(0)
    build_agents.write(PETRARCH, tmp_path)
    for name in ("sectors.tsv", "igos.tsv"):
        assert (tmp_path / name).read_bytes() == (ROOT / "newsgraph" / "data" / name).read_bytes(), name


def test_data_files_keep_the_licence():
    for name in ("sectors.tsv", "igos.tsv"):
        head = (ROOT / "newsgraph" / "data" / name).read_text(encoding="utf-8")[:800]
        assert "MIT License" in head
        assert "Open Event Data Alliance" in head


# -- extraction ---------------------------------------------------------------------------------
SECTORS = [
    pytest.param(
        "Israeli soldiers arrested two Palestinian students on Tuesday.",
        [
            ("state:ISR", "agent", "MIL", "Israeli soldiers"),
            ("state:PSE", "target", "EDU", "two Palestinian students"),
        ],
        id="soldiers-students",
    ),
    pytest.param(
        "A Tunisian court has jailed a Nigerian student.",
        [("state:TUN", "agent", "JUD", "Tunisian court"), ("state:NGA", "target", "EDU", "Nigerian student")],
        id="court-student",
    ),
    pytest.param(
        "Egyptian police arrested Palestinian refugees.",
        [
            ("state:EGY", "agent", "COP", "Egyptian police"),
            ("state:PSE", "target", "REF", "Palestinian refugees"),
        ],
        id="police-refugees",
    ),
    pytest.param(
        "NATO warned Russia against any attack.",
        [("organization:nato", "agent", "IGO", "NATO")],
        id="igo-agent",
    ),
    pytest.param(
        "Russian Ambassador Georgy Zinoviev met Kim Jong Un.",
        [("state:RUS", "agent", "GOV", "Russian Ambassador Georgy Zinoviev")],
        id="title-of-a-person",
    ),
    pytest.param(
        "Police in Kenya arrested Somali refugees.",
        [("state:KEN", "agent", "COP", "Police in Kenya"), ("state:SOM", "target", "REF", "Somali refugees")],
        id="sector-in-state",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECTORS)
def test_sector_and_mention(facts, text, expected):
    events = facts(text).events
    got = {(a.entity, a.role, a.sector, a.mention) for e in events for a in e.arguments}
    assert set(expected) <= got, got


def test_store_graph_and_graphml_carry_sector_and_mention(facts, tmp_path):
    doc = facts("Israeli soldiers arrested two Palestinian students.")
    with Store.open(tmp_path / "s.db") as store:
        store.add([doc])
        graph = store.load_graph()
    edges = {(u, v): d for u, v, d in graph.edges(data=True) if d.get("relation") in ("agent", "target")}
    agent = next(d for (u, _v), d in edges.items() if u == "state:ISR")
    assert (agent["sector"], agent["mention"]) == ("MIL", "Israeli soldiers")
    path = tmp_path / "g.graphml"
    from newsgraph.graph.export import write_graphml

    write_graphml(graph, path)
    back = nx.read_graphml(path)
    assert any(d.get("sector") == "EDU" for _u, _v, d in back.edges(data=True))


def test_a_store_from_before_sectors_gains_the_columns(facts, tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    with Store.open(path) as store:
        store.add([facts("Iran warned Israel.")])
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE a AS SELECT event, entity, role FROM event_arguments;"
        "DROP TABLE event_arguments; ALTER TABLE a RENAME TO event_arguments;"
    )
    db.close()
    later = facts("Egyptian police arrested Palestinian refugees.")
    with Store.open(path) as store:
        store.add([dataclasses.replace(later, article=dataclasses.replace(later.article, id="t2"))])
        graph = store.load_graph()
    assert any(d.get("sector") == "COP" for _u, _v, d in graph.edges(data=True))


def test_rows_of_an_event_without_details_have_no_sector(facts):
    builder = GraphBuilder()
    builder.add_rows(rows_of([facts("Iran warned Israel.")]))
    graph = builder.build()
    assert not any("sector" in d for _u, _v, d in graph.edges(data=True))
