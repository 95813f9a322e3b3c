#!/usr/bin/env bash
# Held-out estimate on real BBC business and politics articles: the same runner as bench/heldout, on this folder's articles and gold.
# Usage: bench/heldout_bbc17/run.sh [--json] [--min KEY=VALUE ...]   (extra args go to `newsgraph eval`)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET_DIR="$HERE" exec "$HERE/../heldout/run.sh" "$@"
