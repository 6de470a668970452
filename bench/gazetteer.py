"""Gazetteer cold build and warm load: seconds and peak memory (run by hand).

.venv/bin/python bench/gazetteer.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

CODE = """
import resource, sys, time
from geo import gazetteer
t = time.perf_counter()
g = gazetteer.load()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{time.perf_counter() - t:.2f} {peak:.0f} {len(g.places)} {len(g.automaton)}")
"""


def _run(env: dict) -> tuple[float, float, int, int]:
    out = subprocess.run(
        [sys.executable, "-c", CODE], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2]), int(out[3])


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "GEO_CACHE_DIR": cache}
        cold = _run(env)
        warm = _run(env)
    print(f"places {cold[2]:,}, names {cold[3]:,}")
    print(f"cold build: {cold[0]:.1f} s, peak RSS {cold[1]:.0f} MB")
    print(f"warm load:  {warm[0]:.2f} s, peak RSS {warm[1]:.0f} MB")


if __name__ == "__main__":
    main()
