#!/usr/bin/env bash
# Ingest each record of the nineteenth CAMEO dev set (general wire sentences: security forces, office holders, IGOs, armed groups, symmetric acts, intents and demands; GOLD=heldout.jsonl for the held-out part) as its own document (ID.txt) and score the graph.
#   bash bench/cameo_dev19/run.sh [--json] [--min KEY=VALUE ...]
# Environment:
#   NEWSGRAPH    tool command (default: "python -m newsgraph")
#   SCORE_CAMEO  scorer (default: $NEWSGRAPH_SHARED/eval/score_cameo.py, else shared/ beside the checkout)
#   PYTHON       interpreter for the record split and the scorer (default: python; needs networkx)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
NEWSGRAPH="${NEWSGRAPH:-python -m newsgraph}"
shared="${NEWSGRAPH_SHARED:-$(dirname "$repo")/shared}"
SCORE_CAMEO="${SCORE_CAMEO:-$shared/eval/score_cameo.py}"
PYTHON="${PYTHON:-python}"
gold="$here/${GOLD:-sentences.jsonl}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/c"
"$PYTHON" - "$gold" "$work/c" <<'PY'
import json, pathlib, sys
out = pathlib.Path(sys.argv[2])
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    (out / f"{r['id']}.txt").write_text(r["text"] + "\n", encoding="utf-8")
PY
cd "$work"
$NEWSGRAPH ingest c --db c.db -q --export c.graphml
"$PYTHON" "$SCORE_CAMEO" c.graphml "$gold" "$@"
