#!/usr/bin/env bash
# Reproduce the README's geoparsing table: bash bench/eval.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/benchmarks/geoparsing}
.venv/bin/geo eval "$dir/GWN.xml" "$dir/GeoVirus.xml"
