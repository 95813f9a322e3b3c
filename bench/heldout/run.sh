#!/usr/bin/env bash
# Held-out estimate: ingest the four blind-written articles, export GraphML, score against gold.json.
# Usage: bench/heldout/run.sh [--json]   (extra args are passed to score.py)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="${SET_DIR:-$HERE}"
REPO="$(cd "$HERE/../.." && pwd)"
VENV="$REPO/.venv"
SCORE="${SCORE:-$REPO/../shared/eval/score.py}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
"$VENV/bin/newsgraph" ingest "$SET/articles" --db "$TMP/h.db" -q --export "$TMP/h.graphml"
"$VENV/bin/python" "$SCORE" "$TMP/h.graphml" "$SET/gold.json" "$@"
