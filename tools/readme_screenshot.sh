#!/usr/bin/env bash
# Make docs/seed-graph.png for the README: ingest the seed articles, render, screenshot.
# Usage: tools/readme_screenshot.sh [ARTICLES_DIR]   (default tests/data/seeds/articles)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-tests/data/seeds/articles}
py=${PYTHON:-.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" -m newsgraph ingest "$articles" --db "$tmp/seed.db" --quiet --render "$tmp/seed.html"
"$py" tools/screenshot.py "$tmp/seed.html" docs/seed-graph.png --width 1400 --height 900
