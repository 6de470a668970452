"""The wheel works outside the checkout: build it, install it in a new virtual
environment, run ``geo build`` from an empty folder (slow: about two minutes)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    assert r.returncode == 0, f"{' '.join(map(str, cmd))}\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"
    return r


def test_wheel_installs_and_builds_maps_from_an_empty_folder(tmp_path):
    dist = tmp_path / "dist"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(ROOT),
        ]
    )
    [wheel] = dist.glob("geo_maps-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("geo/maps/page.py", "geo/formats/acled.py",
                   "geo/data/lexicon/not_date_units.txt", "geo/data/gazetteer/admin0.geojson",
                   "geo/static/geo-events.js", "geo/static/geo-maps.css",
                   "geo/data/documents/000_b3fae42df5d436ab.txt"):  # fmt: skip
        assert needed in names, needed
    # the new environment must not see this checkout (a PYTHONPATH to it, with the
    # egg-info the wheel build leaves there, would make pip skip the install)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], env=env)
    py = venv / "bin" / "python"
    # no network in tests: the new environment borrows the test environment's
    # dependencies through a .pth line, and gets geo itself only from the wheel
    site = Path(
        _run(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], env=env
        ).stdout.strip()
    )
    deps = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    (site / "geo_test_deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    _run(
        [str(py), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)], env=env
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    r = _run([str(venv / "bin" / "geo"), "build"], cwd=empty, env=env)
    assert "wrote" in r.stdout
    assert (empty / "maps" / "index.html").exists() and (empty / "data" / "events.csv").exists()
    r = _run([str(py), "-c", "import geo; print(geo.__file__)"], cwd=empty, env=env)
    assert str(venv) in r.stdout
