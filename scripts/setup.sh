#!/usr/bin/env bash
# Create .venv (Python >= 3.11) and install geo into it; with "test", also the test
# needs and Debian's chromium for the browser tests. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "geo needs Python 3.11 or newer")'
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
. .venv/bin/activate
python -m pip install --quiet --upgrade pip "setuptools>=77"  # setuptools: the wheel test builds without isolation
if [ "${1:-}" = "test" ]; then
  python -m pip install --quiet -e '.[test,pdf,web]'
  if ! command -v "${GEO_CHROMIUM:-/usr/bin/chromium}" >/dev/null 2>&1; then
    echo "installing Debian's chromium for the browser tests" >&2
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  fi
else
  python -m pip install --quiet -e '.[pdf,web]'
fi
