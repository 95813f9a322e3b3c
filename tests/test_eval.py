"""The dev-set score: the seed articles in shared/eval, scored by its own score.py.

These guard the issue targets against regressions; the rules are not tuned to these
articles' strings (see tests/test_entities.py and tests/test_events.py for the rules).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from paths import SHARED
from typer.testing import CliRunner

from newsgraph.cli import app

EVAL = SHARED / "eval"
pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="shared/eval is not beside the checkout"),
]


@pytest.fixture(scope="module")
def scored(tmp_path_factory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("eval")
    db, graphml = tmp / "g.db", tmp / "g.graphml"
    runner = CliRunner()
    articles = sorted(str(p) for p in (EVAL / "articles").glob("*.txt"))
    result = runner.invoke(app, ["ingest", *articles, "--db", str(db), "-q", "--export", str(graphml)])
    assert result.exit_code == 0, result.output
    out = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(graphml), str(EVAL / "seeds_gold.json"), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return db, json.loads(out[: out.rindex("person_f1=")])


def test_people_states_and_offices(scored):  # type: ignore[no-untyped-def]
    _, result = scored
    assert result["persons"]["f1"] >= 0.95, result["persons"]
    assert result["states"]["f1"] >= 0.95, result["states"]
    assert result["affiliation_recall"] == 1.0, result["affiliations_missing"]
    assert result["persons"]["forbidden_present"] == []
    assert result["states"]["forbidden_present"] == []


def test_events(scored):  # type: ignore[no-untyped-def]
    _, result = scored
    assert result["event_recall"] >= 0.8, result["events_missing"]
    assert result["event_precision"] >= 0.8, result["events_wrong"]
    assert result["event_type_accuracy"] >= 0.6


def test_shoigu_and_kim_hong_kyun_are_connected(scored):  # type: ignore[no-untyped-def]
    db, _ = scored
    result = CliRunner().invoke(app, ["path", "Sergei Shoigu", "Kim Hong Kyun", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Path 1" in result.output
