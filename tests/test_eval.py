"""The dev-set score: the two seed articles in tests/data/seeds, scored by ``newsgraph eval``.

These guard the issue targets against regressions; the rules are not tuned to these
articles' strings (see tests/test_entities.py and tests/test_events.py for the rules).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from paths import SEEDS
from typer.testing import CliRunner

from newsgraph.cli import app

pytestmark = pytest.mark.model
runner = CliRunner()


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    db = tmp_path_factory.mktemp("eval") / "seeds.db"
    articles = sorted(str(p) for p in (SEEDS / "articles").glob("*.txt"))
    assert len(articles) == 2
    result = runner.invoke(app, ["ingest", *articles, "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["eval", str(SEEDS / "gold.json"), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return db, json.loads(result.stdout)


def test_people_states_and_offices(scored: tuple[Path, dict[str, Any]]) -> None:
    _, result = scored
    assert result["persons"]["f1"] >= 0.95, result["persons"]
    assert result["states"]["f1"] >= 0.95, result["states"]
    assert result["affiliations"]["recall"] == 1.0, result["affiliations"]["missing"]
    assert result["affiliations"]["precision"] >= 0.9, result["affiliations"]["false_positives"]
    assert result["forbidden"] == []


def test_events(scored: tuple[Path, dict[str, Any]]) -> None:
    _, result = scored
    events = result["events"]
    assert events["recall"] >= 0.8, events["missing"]
    assert events["precision"] >= 0.8, events["false_positives"]
    assert result["event_roots"]["accuracy"] >= 0.6, result["event_roots"]["wrong"]


def test_shoigu_and_kim_hong_kyun_are_connected(scored: tuple[Path, dict[str, Any]]) -> None:
    db, _ = scored
    result = runner.invoke(app, ["path", "Sergei Shoigu", "Kim Hong Kyun", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Path 1" in result.stdout


def test_a_held_out_set_runs_from_the_repository_alone(tmp_path: Path) -> None:
    """bench/heldout*/run.sh: ingest and score with nothing outside the repository."""
    root = SEEDS.parent.parent.parent
    env = {**os.environ, "NEWSGRAPH": f"{sys.executable} -m newsgraph", "PYTHONPATH": str(root)}
    done = subprocess.run(
        [str(root / "bench" / "heldout2" / "run.sh"), "--min", "person_f1=0.5"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("person_f1=")
    assert list(tmp_path.iterdir()) == []  # it works in a folder of its own
