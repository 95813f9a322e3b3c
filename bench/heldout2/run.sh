#!/usr/bin/env bash
# Second held-out estimate: ingest the four blind-written articles, export GraphML, score against gold.json.
# Usage: bench/heldout2/run.sh [--json] [--min KEY=VALUE ...]   (extra args are passed to score.py)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
VENV="$REPO/.venv"
SCORE="${SCORE:-/work/shared/eval/score.py}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
"$VENV/bin/newsgraph" ingest "$HERE/articles" --db "$TMP/h2.db" -q --export "$TMP/h2.graphml"
"$VENV/bin/python" "$SCORE" "$TMP/h2.graphml" "$HERE/gold.json" "$@"
