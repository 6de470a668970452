#!/usr/bin/env bash
# Place and date figures on the Karabakh development set: bash bench/karabakh.sh [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" "$PY" bench/karabakh.py "$@"
