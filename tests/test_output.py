"""Writing outputs: one file atomically, and a whole set together (geo.output.Staging)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.output import Staging, atomic_write
from geo.pipeline import build
from tests.conftest import SEED


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_staged_writes_wait_for_the_block_and_vanish_on_error(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("old a")
    with Staging():
        atomic_write(a, lambda t: t.write_text("new a"))
        atomic_write(b, lambda t: t.write_text("new b"))
        assert a.read_text() == "old a" and not b.exists()
    assert a.read_text() == "new a" and b.read_text() == "new b"
    with pytest.raises(RuntimeError), Staging():
        atomic_write(a, lambda t: t.write_text("newer a"))
        raise RuntimeError("a later stage failed")
    assert a.read_text() == "new a"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "a.txt",
        "b.txt",
    ]  # no temporary file left


def test_a_build_whose_last_stage_fails_replaces_nothing(tmp_path):
    out = tmp_path / "site"
    args = dict(
        places_path=out / "p.geojson", events_path=out / "e.csv", unknown_path=out / "u.csv"
    )
    build([SEED], out / "maps", **args)
    before = _snapshot(out)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    with pytest.raises(OSError):
        build(
            [SEED], out / "maps", title="Second run", **{**args, "unknown_path": blocker / "u.csv"}
        )
    assert _snapshot(out) == before
    assert not [p for p in out.rglob(".*")]  # no temporary files or folders


def _killed_build(tmp_path: Path, when: str) -> None:
    """A process that stages a new set and is killed (SIGKILL) while staging or mid-commit."""
    import subprocess
    import sys

    code = f"""
import os, signal
from pathlib import Path
import geo.output as out
a, b = Path({str(tmp_path / "a.txt")!r}), Path({str(tmp_path / "b.txt")!r})
st = out.Staging().__enter__()
out.atomic_write(a, lambda t: t.write_text('new a'))
out.atomic_write(b, lambda t: t.write_text('new b'))
if {when!r} == 'staging':
    os.kill(os.getpid(), signal.SIGKILL)
real = os.replace
def replace_then_die(src, dst):
    real(src, dst)
    if str(dst).endswith(".txt"):  # after the first file of the set (not the journal)
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace_then_die
st.commit()
"""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == -9, r.stderr


@pytest.mark.parametrize(
    "when,expected", [("staging", ("old a", "old b")), ("committing", ("new a", "new b"))]
)
def test_a_killed_build_leaves_the_old_set_or_the_new_one(tmp_path, monkeypatch, when, expected):
    from geo.output import recover

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "a.txt").write_text("old a")
    (tmp_path / "b.txt").write_text("old b")
    _killed_build(tmp_path, when)
    if (
        when == "committing"
    ):  # killed between the two renames: mixed until the next build finishes it
        assert {(tmp_path / "a.txt").read_text(), (tmp_path / "b.txt").read_text()} == {
            "new a",
            "old b",
        }
    lines = recover()  # what the next `geo build` does first
    assert len(lines) == 1
    assert ((tmp_path / "a.txt").read_text(), (tmp_path / "b.txt").read_text()) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "a.txt",
        "b.txt",
        "cache",
    ]  # no temporary file left
    assert recover() == []
