#!/usr/bin/env bash
# Make docs/dyad-prk-rus.png for the README: the seed articles (dated by hand from their content:
# Shoigu's visit for the armistice anniversary, 27 July 2023; the missile-base visit after the
# treaty ratification bill, early November 2024) and the dated examples, then a dyad chart.
# Usage: tools/readme_dyad.sh [SEEDS_DIR]   (default tests/data/seeds/articles)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-tests/data/seeds/articles}
py=${PYTHON:-.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" -m newsgraph ingest "$seeds/shoigu_visit.txt" --date 2023-07-27 --db "$tmp/d.db" --quiet
"$py" -m newsgraph ingest "$seeds/dprk_missile_bases.txt" --date 2024-11-01 --db "$tmp/d.db" --quiet
"$py" -m newsgraph ingest examples --db "$tmp/d.db" --quiet
"$py" -m newsgraph dyad "North Korea" Russia --states --by month --db "$tmp/d.db" --plot docs/dyad-prk-rus.png
