#!/usr/bin/env bash
# The Karabakh development sets (written by us; gold read by hand):
#  1. places and dates per document: bench/karabakh/*.txt|md against bench/karabakh/gold.csv (bench/karabakh.py)
#  2. events (place within 25 km, overlapping date, type): bench/karabakh/events/docs against
#     bench/karabakh/events/gold.csv (bench/events_eval.py)
# Run: bash bench/karabakh.sh [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
echo "== places and dates (bench/karabakh/gold.csv)"
"$PY" bench/karabakh.py "$@"
echo "== events (bench/karabakh/events/gold.csv)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$PY" -m geo.cli extract bench/karabakh/events/docs -o "$out/events.csv" --jobs 1 >/dev/null
"$PY" bench/events_eval.py "$out/events.csv" bench/karabakh/events/gold.csv
