#!/usr/bin/env bash
# Held-out estimate: ingest this folder's articles into a temporary store and score it against
# gold.json with `newsgraph eval`.
# Usage: bench/heldout/run.sh [--json] [--min KEY=VALUE ...]   (extra args go to `newsgraph eval`)
# It runs the repository's .venv/bin/newsgraph when there is one, else `newsgraph` from PATH;
# $NEWSGRAPH overrides both, e.g. NEWSGRAPH="python -m newsgraph".
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="${SET_DIR:-$HERE}"
REPO="$(cd "$HERE/../.." && pwd)"
if [[ -n "${NEWSGRAPH:-}" ]]; then
    read -r -a NG <<< "$NEWSGRAPH"
elif [[ -x "$REPO/.venv/bin/newsgraph" ]]; then
    NG=("$REPO/.venv/bin/newsgraph")
else
    NG=(newsgraph)
fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
"${NG[@]}" ingest "$SET/articles" --db "$TMP/h.db" -q > /dev/null
"${NG[@]}" eval "$SET/gold.json" --db "$TMP/h.db" "$@"
