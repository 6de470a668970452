#!/usr/bin/env bash
# Set up (first run only) and run `geo build` on the bundled documents:
# writes maps/, data/places.geojson and data/events.csv. Extra arguments go to geo build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/geo build "$@"
