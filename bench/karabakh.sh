#!/usr/bin/env bash
# Event precision/recall of geo extract on the development set of written documents
# (bench/karabakh/docs/, gold events read by hand in bench/karabakh/gold.csv).
# Run from the repository root: bash bench/karabakh.sh
set -euo pipefail
PY=${PYTHON:-.venv/bin/python}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$PY" -m geo.cli extract bench/karabakh/docs -o "$out/events.csv" >/dev/null
"$PY" bench/events_eval.py "$out/events.csv" bench/karabakh/gold.csv
