"""Small SQL helpers the resolution tables share: schemas, stored versions, chunked IN lists."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any


def run_schema(cur: sqlite3.Cursor, schema: str) -> None:
    """Create what ``schema`` names that is missing (its statements use IF NOT EXISTS)."""
    for statement in schema.split(";"):
        if statement.strip():
            cur.execute(statement)


def stored_version(db: sqlite3.Connection | sqlite3.Cursor, name: str) -> Any:
    """The version a resolver wrote under ``name`` in ``newsgraph_state``, or None."""
    try:
        row = db.execute("SELECT value FROM newsgraph_state WHERE name = ?", (name,)).fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else row[0]


def chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))
