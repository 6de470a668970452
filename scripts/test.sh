#!/usr/bin/env bash
# Set up the test needs (first run only: .venv, test packages, Debian chromium),
# check the code style with ruff, and run the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/ruff check geo tests scripts bench
.venv/bin/python -m pytest -ra "$@"
