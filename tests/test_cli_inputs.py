"""Bad inputs as users have them, through every command: each is one line on stderr
(``geo: error: ...``), exit status 1, no traceback and no usage text; bad rows of a
table are reported and skipped, and nothing is silently wrong.

The corpus is made here, in ``tmp_path``; ``CORPUS`` lists the cases that must fail
with an error, ``WARNED`` the ones that must succeed with a line on stderr.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from geo.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _w(path: Path, text: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding=encoding)
    return path


def _doc(
    tmp: Path, text: str = "Shelling hit Tskhinvali on 7 August 2008.\n", name: str = "a.txt"
) -> str:
    return str(_w(tmp / "docs" / name, text))


def _table(tmp: Path, text: str, name: str = "t.csv") -> str:
    return str(_w(tmp / name, text))


def _map(tmp: Path) -> str:
    return str(_w(tmp / "m.html", "<html><title>A map</title></html>"))


def _a_file(tmp: Path) -> Path:
    return _w(tmp / "plain", "I am a file.\n")


# name -> (argv from tmp_path, text that must be in the error line)
CORPUS = {
    # usage errors: one line, no usage text
    "extract-no-docs": (lambda t: ["extract", "-o", str(t / "e.csv")], "Missing argument"),
    "extract-no-output": (lambda t: ["extract", _doc(t)], "Missing option"),
    "extract-o-without-value": (lambda t: ["extract", _doc(t), "-o"], "requires an argument"),
    "extract-o-xlsx": (
        lambda t: ["extract", _doc(t), "-o", str(t / "x.xlsx")],
        "unknown output type '.xlsx'",
    ),
    "extract-o-dir": (lambda t: ["extract", _doc(t), "-o", str(t)], "is a folder"),
    "extract-o-dir-slash": (
        lambda t: ["extract", _doc(t), "-o", str(t / "new") + "/"],
        "is a folder",
    ),
    "build-by-century": (
        lambda t: ["build", _doc(t), "--by", "century"],
        "'century' is not one of",
    ),
    "render-by-century": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\n"),
            "-o",
            str(t / "m"),
            "--by",
            "century",
        ],
        "'century' is not one of",
    ),
    "unknown-command": (lambda t: ["buidl"], "No such command"),
    "unknown-option": (
        lambda t: ["extract", _doc(t), "-o", str(t / "e.csv"), "--frobnicate"],
        "No such option",
    ),
    "bad-int-option": (
        lambda t: ["snapshot", _map(t), "-o", str(t / "x.png"), "--width", "wide"],
        "'wide' is not a valid integer",
    ),
    "embed-missing": (lambda t: ["embed", str(t / "nope.html")], "nope.html: no such map file"),
    "embed-folder": (lambda t: ["embed", str(t)], "is a folder"),
    "snapshot-missing": (
        lambda t: ["snapshot", str(t / "nope.html"), "-o", str(t / "x.png")],
        "nope.html: no such map file",
    ),
    "snapshot-o-jpg": (
        lambda t: ["snapshot", _map(t), "-o", str(t / "x.jpg")],
        "unknown output type '.jpg'",
    ),
    "snapshot-o-under-file": (
        lambda t: ["snapshot", _map(t), "-o", str(_a_file(t) / "x.png")],
        "plain",
    ),
    "eval-missing": (lambda t: ["eval", str(t / "GWN.xml")], "GWN.xml: no such corpus file"),
    "gazetteer-add-missing": (
        lambda t: ["gazetteer", "add", str(t / "AZ.txt")],
        "AZ.txt: no such gazetteer file",
    ),
    "gazetteer-add-folder": (lambda t: ["gazetteer", "add", str(t)], "is a folder"),
    "gazetteer-add-xlsx": (lambda t: ["gazetteer", "add", str(_w(t / "p.xlsx", "x"))], "p.xlsx"),
    "gazetteer-remove-unknown": (
        lambda t: ["gazetteer", "remove", str(t / "never.csv")],
        "not registered",
    ),
    # documents
    "doc-missing": (
        lambda t: ["extract", str(t / "gone.txt"), "-o", str(t / "e.csv")],
        "gone.txt: no such file",
    ),
    "doc-bad-type": (
        lambda t: ["extract", str(_w(t / "a.docx", "x")), "-o", str(t / "e.csv")],
        "unsupported document type '.docx'",
    ),
    "doc-empty-folder": (
        lambda t: ["extract", str((t / "empty").mkdir() or t / "empty"), "-o", str(t / "e.csv")],
        "no documents found",
    ),
    "doc-binary": (
        lambda t: ["extract", str(_w(t / "a.txt", bytes(range(256)) * 4)), "-o", str(t / "e.csv")],
        "a.txt",
    ),
    "doc-bad-front-matter": (
        lambda t: [
            "extract",
            _doc(t, "---\ntitle: [unclosed\n---\nBaku.\n"),
            "-o",
            str(t / "e.csv"),
        ],
        "bad front matter",
    ),
    "doc-front-matter-list": (
        lambda t: ["extract", _doc(t, "---\n- a\n- b\n---\nBaku.\n"), "-o", str(t / "e.csv")],
        "bad front matter",
    ),
    "doc-same-id": (
        lambda t: [
            "extract",
            _doc(t, "Baku.", "a.txt"),
            _doc(t, "Baku.", "a.md"),
            "-o",
            str(t / "e.csv"),
        ],
        "share the id",
    ),
    "doc-pdf-not-pdf": (
        lambda t: ["extract", str(_w(t / "a.pdf", "this is not a PDF")), "-o", str(t / "e.csv")],
        "a.pdf",
    ),
    # outputs that cannot be written
    "extract-o-under-file": (
        lambda t: ["extract", _doc(t), "-o", str(_a_file(t) / "e.csv")],
        "plain",
    ),
    "extract-o-readonly": (
        lambda t: ["extract", _doc(t), "-o", "/proc/geo-test/e.csv"],
        "/proc/geo-test",
    ),
    "build-out-under-file": (
        lambda t: [
            "build",
            _doc(t),
            "--out",
            str(_a_file(t) / "maps"),
            "--places",
            str(t / "p.geojson"),
            "--events-out",
            str(t / "e.csv"),
            "--unresolved",
            str(t / "u.csv"),
        ],
        "plain",
    ),
    "build-places-under-file": (
        lambda t: [
            "build",
            _doc(t),
            "--out",
            str(t / "maps"),
            "--places",
            str(_a_file(t) / "p.geojson"),
            "--events-out",
            str(t / "e.csv"),
            "--unresolved",
            str(t / "u.csv"),
        ],
        "plain",
    ),
    "build-events-xlsx": (
        lambda t: [
            "build",
            _doc(t),
            "--out",
            str(t / "maps"),
            "--places",
            str(t / "p.geojson"),
            "--events-out",
            str(t / "e.xlsx"),
            "--unresolved",
            str(t / "u.csv"),
        ],
        "unknown output type",
    ),
    "render-out-under-file": (
        lambda t: ["render", _table(t, "place,date\nBaku,1992\n"), "-o", str(_a_file(t) / "maps")],
        "plain",
    ),
    "render-out-readonly": (
        lambda t: ["render", _table(t, "place,date\nBaku,1992\n"), "-o", "/proc/geo-test/maps"],
        "/proc/geo-test",
    ),
    # tables
    "table-missing": (
        lambda t: ["render", str(t / "nope.csv"), "-o", str(t / "m")],
        "nope.csv: no such file",
    ),
    "table-xlsx": (
        lambda t: ["render", str(_w(t / "t.xlsx", "x")), "-o", str(t / "m")],
        "unknown table type",
    ),
    "table-no-place-column": (
        lambda t: ["render", _table(t, "where,date\nBaku,1992\n"), "-o", str(t / "m")],
        "needs a 'place' column",
    ),
    "table-no-date-column": (
        lambda t: ["render", _table(t, "place,when\nBaku,1992\n"), "-o", str(t / "m")],
        "needs a 'date' column",
    ),
    "table-empty-file": (lambda t: ["render", _table(t, ""), "-o", str(t / "m")], "t.csv"),
    "table-all-rows-bad": (
        lambda t: ["render", _table(t, "place,date\nBaku,yesterday\n,1992\n"), "-o", str(t / "m")],
        "no row can be mapped",
    ),
    "table-strict": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\nGanja,yesterday\n"),
            "-o",
            str(t / "m"),
            "--strict",
        ],
        "1 of 2 rows are bad",
    ),
    "table-31-february-strict": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\nBaku,31 February 1992\n"),
            "-o",
            str(t / "m"),
            "--strict",
        ],
        "--strict refuses",
    ),
    "geojson-not-json": (
        lambda t: ["render", str(_w(t / "t.geojson", "{not json")), "-o", str(t / "m")],
        "t.geojson",
    ),
    "geojson-no-features": (
        lambda t: [
            "render",
            str(_w(t / "t.geojson", '{"type": "FeatureCollection"}')),
            "-o",
            str(t / "m"),
        ],
        "t.geojson",
    ),
    "geojson-empty-features": (
        lambda t: [
            "render",
            str(_w(t / "t.geojson", '{"type": "FeatureCollection", "features": []}')),
            "-o",
            str(t / "m"),
        ],
        "t.geojson",
    ),
    "geojson-polygons": (
        lambda t: [
            "render",
            str(
                _w(
                    t / "t.geojson",
                    json.dumps(
                        {
                            "type": "FeatureCollection",
                            "features": [
                                {
                                    "type": "Feature",
                                    "properties": {"date": "1992"},
                                    "geometry": {
                                        "type": "Polygon",
                                        "coordinates": [[[40, 40], [41, 40], [41, 41], [40, 40]]],
                                    },
                                }
                            ],
                        }
                    ),
                )
            ),
            "-o",
            str(t / "m"),
        ],
        "no row can be mapped",
    ),
    "parquet-not-parquet": (
        lambda t: ["render", str(_w(t / "t.parquet", "PAR1 nope")), "-o", str(t / "m")],
        "t.parquet",
    ),
    "events-table-for-build": (
        lambda t: [
            "build",
            _doc(t),
            "--events",
            str(t / "nope.csv"),
            "--out",
            str(t / "m"),
            "--places",
            str(t / "p.geojson"),
            "--events-out",
            str(t / "e.csv"),
        ],
        "nope.csv",
    ),
    "table-ragged-csv": (
        lambda t: [
            "render",
            _table(t, 'place,date\nBaku,1992,extra,"x\nGanja\n'),
            "-o",
            str(t / "m"),
        ],
        "t.csv",
    ),
    "table-bad-iso-columns": (
        lambda t: [
            "render",
            _table(t, "place,date_start,date_end\nBaku,1992-13-01,1993-01-01\n"),
            "-o",
            str(t / "m"),
        ],
        "no row can be mapped",
    ),
    "geojson-feature-not-object": (
        lambda t: [
            "render",
            str(_w(t / "t.geojson", '{"type": "FeatureCollection", "features": [1]}')),
            "-o",
            str(t / "m"),
        ],
        "t.geojson:1",
    ),
    "geojson-top-level-list": (
        lambda t: ["render", str(_w(t / "t.geojson", "[1, 2]")), "-o", str(t / "m")],
        "not a GeoJSON FeatureCollection",
    ),
    "geojson-bad-geometry": (
        lambda t: [
            "render",
            str(
                _w(
                    t / "t.geojson",
                    '{"type": "FeatureCollection", "features": [{"type": "Feature", '
                    '"properties": {"date": "1992"}, "geometry": {"type": "Point"}}]}',
                )
            ),
            "-o",
            str(t / "m"),
        ],
        "t.geojson",
    ),
    "geocode-no-names": (lambda t: ["geocode"], "Missing argument"),
    "snapshot-negative-width": (
        lambda t: ["snapshot", _map(t), "-o", str(t / "x.png"), "--width", "-5"],
        "--width",
    ),
    "embed-zero-aspect": (lambda t: ["embed", _map(t), "--aspect", "0"], "--aspect"),
    "doc-utf16-odd-bytes": (
        lambda t: ["extract", str(_w(t / "a.txt", b"\xff\xfeB\x00a\x00k")), "-o", str(t / "e.csv")],
        "a.txt",
    ),
    # periods
    "periods-empty-name": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\n"),
            "-o",
            str(t / "m"),
            "--periods",
            _table(t, "name,start,end\n,1990,1995\n", "p.csv"),
        ],
        "empty name",
    ),
    "periods-none": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\n"),
            "-o",
            str(t / "m"),
            "--periods",
            _table(t, "name,start,end\n", "p.csv"),
        ],
        "no periods",
    ),
    "periods-no-columns": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\n"),
            "-o",
            str(t / "m"),
            "--periods",
            _table(t, "title,from\nA,1990\n", "p.csv"),
        ],
        "missing column",
    ),
    "periods-missing": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\n"),
            "-o",
            str(t / "m"),
            "--periods",
            str(t / "p.csv"),
        ],
        "p.csv",
    ),
    "periods-index": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\n"),
            "-o",
            str(t / "m"),
            "--periods",
            _table(t, "name,start,end\nindex,1990,1995\n", "p.csv"),
        ],
        "index",
    ),
    "periods-timeline": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\n"),
            "-o",
            str(t / "m"),
            "--periods",
            _table(t, "name,start,end\nTimeline,1990,1995\n", "p.csv"),
        ],
        "timeline",
    ),
    "periods-undated": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\n"),
            "-o",
            str(t / "m"),
            "--periods",
            _table(t, "name,start,end\nundated,1990,1995\n", "p.csv"),
        ],
        "undated",
    ),
    "periods-clash": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\n"),
            "-o",
            str(t / "m"),
            "--periods",
            _table(t, "name,start,end\nPhase 1,1990,1991\nphase-1,1992,1995\n", "p.csv"),
        ],
        "p.csv:3",
    ),
    "periods-end-before-start": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\n"),
            "-o",
            str(t / "m"),
            "--periods",
            _table(t, "name,start,end\nA,1995,1990\n", "p.csv"),
        ],
        "before start",
    ),
    "periods-bad-date": (
        lambda t: [
            "render",
            _table(t, "place,date\nBaku,1992\n"),
            "-o",
            str(t / "m"),
            "--periods",
            _table(t, "name,start,end\nA,1992-02-31,1993\n", "p.csv"),
        ],
        "p.csv:2",
    ),
    # gazetteer add
    "gazetteer-csv-no-columns": (
        lambda t: ["gazetteer", "add", _table(t, "title,x,y\nA,1,2\n", "g.csv")],
        "missing column",
    ),
    "gazetteer-csv-lat-999": (
        lambda t: ["gazetteer", "add", _table(t, "name,lat,lon\nZorvan,999,40\n", "g.csv")],
        "g.csv:2",
    ),
    "gazetteer-csv-lat-nan": (
        lambda t: ["gazetteer", "add", _table(t, "name,lat,lon\nZorvan,nan,40\n", "g.csv")],
        "g.csv:2",
    ),
    "gazetteer-csv-lon-inf": (
        lambda t: ["gazetteer", "add", _table(t, "name,lat,lon\nZorvan,40,inf\n", "g.csv")],
        "g.csv:2",
    ),
    "gazetteer-csv-bad-population": (
        lambda t: [
            "gazetteer",
            "add",
            _table(t, "name,lat,lon,population\nZorvan,40,40,many\n", "g.csv"),
        ],
        "population",
    ),
    "gazetteer-csv-negative-population": (
        lambda t: [
            "gazetteer",
            "add",
            _table(t, "name,lat,lon,population\nZorvan,40,40,-5\n", "g.csv"),
        ],
        "population",
    ),
    "gazetteer-csv-bad-area": (
        lambda t: [
            "gazetteer",
            "add",
            _table(t, "name,lat,lon,area_km2\nZorvan,40,40,big\n", "g.csv"),
        ],
        "area_km2",
    ),
    "gazetteer-csv-bad-kind": (
        lambda t: [
            "gazetteer",
            "add",
            _table(t, "name,lat,lon,kind\nZorvan,40,40,castle\n", "g.csv"),
        ],
        "unknown kind",
    ),
    "gazetteer-csv-empty-name": (
        lambda t: ["gazetteer", "add", _table(t, "name,lat,lon\n,40,40\n", "g.csv")],
        "empty name",
    ),
    "gazetteer-csv-bad-id": (
        lambda t: [
            "gazetteer",
            "add",
            _table(t, "id,name,lat,lon\nmy place,Zorvan,40,40\n", "g.csv"),
        ],
        "column 'id'",
    ),
    "gazetteer-csv-duplicate-id": (
        lambda t: [
            "gazetteer",
            "add",
            _table(t, "id,name,lat,lon\nuser:z,Zorvan,40,40\nuser:z,Zorvanabad,41,41\n", "g.csv"),
        ],
        "g.csv:3",
    ),
    "gazetteer-dump-empty": (lambda t: ["gazetteer", "add", _table(t, "", "AZ.txt")], "no places"),
    "gazetteer-csv-header-only": (
        lambda t: ["gazetteer", "add", _table(t, "name,lat,lon\n", "g.csv")],
        "no places",
    ),
    "gazetteer-csv-binary": (
        lambda t: ["gazetteer", "add", str(_w(t / "g.csv", b"\x00\x01\x02\xff\xfe" * 50))],
        "g.csv",
    ),
    "gazetteer-dump-short": (
        lambda t: ["gazetteer", "add", _table(t, "1\tZorvan\tZorvan\n", "AZ.txt")],
        "AZ.txt:1",
    ),
    "gazetteer-dump-bad-id": (
        lambda t: ["gazetteer", "add", _table(t, _dump_line(id_="x12"), "AZ.txt")],
        "AZ.txt:1",
    ),
    "gazetteer-dump-lat-999": (
        lambda t: ["gazetteer", "add", _table(t, _dump_line(lat="999"), "AZ.txt")],
        "AZ.txt:1",
    ),
    "gazetteer-dump-lat-nan": (
        lambda t: ["gazetteer", "add", _table(t, _dump_line(lat="nan"), "AZ.txt")],
        "AZ.txt:1",
    ),
    "gazetteer-dump-bad-population": (
        lambda t: ["gazetteer", "add", _table(t, _dump_line(pop="lots"), "AZ.txt")],
        "AZ.txt:1",
    ),
    "gazetteer-dump-cp1251": (
        lambda t: [
            "gazetteer",
            "add",
            str(_w(t / "AZ.txt", _dump_line(name="Зорван").encode("cp1251"))),
        ],
        "AZ.txt",
    ),
}


def _dump_line(
    id_: str = "9999901", name: str = "Zorvan", lat: str = "40.1", pop: str = "700"
) -> str:
    cols = [
        id_,
        name,
        name,
        "",
        lat,
        "46.5",
        "P",
        "PPL",
        "AZ",
        "",
        "01",
        "",
        "",
        "",
        pop,
        "",
        "900",
        "Asia/Baku",
        "2020-01-01",
    ]
    return "\t".join(cols) + "\n"


@pytest.fixture
def run(tmp_path, monkeypatch, gaz):
    """Run the CLI in-process in ``tmp_path`` with a registry of user sources of its own
    (the gazetteer itself comes from the shared cache: nothing here rebuilds it)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("geo.gazetteer.load", lambda *a, **k: gaz)
    monkeypatch.setattr("geo.gazetteer.registry._registry", lambda: tmp_path / "user_sources.json")

    def go(argv):
        return CliRunner().invoke(main, argv)

    return go


def _one_line_error(r) -> str:
    err = r.stderr
    assert "Traceback" not in r.output and "Traceback" not in err
    assert "Usage:" not in err and "Usage:" not in r.output
    assert r.exit_code == 1, (r.exit_code, r.output, r.exception)
    lines = [x for x in err.splitlines() if x.startswith("geo: error:")]
    assert len(lines) == 1, err
    assert "internal error" not in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_bad_input_is_one_line(case, tmp_path, run):
    argv_of, expected = CORPUS[case]
    r = run(argv_of(tmp_path))
    line = _one_line_error(r)
    assert expected.lower() in line.lower(), line


def test_file_name_not_utf8_is_one_line(tmp_path):
    """A file name that is not UTF-8 (bytes 0xff): printed with an escape, no traceback."""
    name = os.fsdecode(b"bad-\xff")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "geo.cli",
            "extract",
            str(tmp_path / (name + ".docx")),
            "-o",
            str(tmp_path / "e.csv"),
        ],
        capture_output=True,
        env=env,
        cwd=tmp_path,
    )
    err = r.stderr.decode("utf-8")
    assert r.returncode == 1 and "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("geo: error: ") and "bad-\\xff" in err


def test_no_command_shows_help(run):
    for argv in ([], ["gazetteer"]):
        r = run(argv)
        assert r.exit_code == 0 and "Usage:" in r.stdout and "geo: error" not in r.output


def test_usage_error_through_the_real_entry_point(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run(
        [sys.executable, "-m", "geo.cli", "extract", "x.txt", "-o", "x.xlsx"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Usage" not in r.stderr, r.stderr
    r = subprocess.run(
        [sys.executable, "-m", "geo.cli", "build", "--by", "century"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert (
        r.returncode == 1
        and r.stderr.startswith("geo: error: geo build: ")
        and r.stderr.count("\n") == 1
    ), r.stderr
    r = subprocess.run(
        [sys.executable, "-m", "geo.cli", "--help"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert r.returncode == 0 and "Usage:" in r.stdout  # help is still help


# --- inputs that are not errors, but must not be silently wrong ---


def _extract(run, tmp_path, text):
    out = tmp_path / "e.csv"
    r = run(["extract", _doc(tmp_path, text), "-o", str(out)])
    assert r.exit_code == 0 and "Traceback" not in r.output, (r.output, r.exception)
    return pd.read_csv(out, dtype=str, keep_default_na=False)


def test_relative_date_past_year_9999_is_dropped(run, tmp_path):
    ev = _extract(
        run,
        tmp_path,
        "On 7 August 2008 shelling hit Tskhinvali. 9000 years later Baku was quiet. 8000 "
        "years later, 9000 years later.\n",
    )
    assert all(d == "" or d[:4] <= "9999" for d in ev["date_start"])
    assert "9000 years later" not in set(ev["date_text"])


def test_figure_above_int64(run, tmp_path):
    ev = _extract(run, tmp_path, "In 1992 99999999999999999999 people were killed in Baku.\n")
    assert (ev["mention"] == "Baku").any()
    assert set(ev["fatalities"]) == {""}  # more people than live on Earth is not a figure


def test_impossible_date_in_text_is_not_a_coarser_date(run, tmp_path):
    ev = _extract(run, tmp_path, "On 31 February 1992 shelling hit Baku.\n")
    assert "February 1992" not in set(ev["date_text"]) and set(ev["date_start"]) == {""}


def test_bad_rows_are_reported_and_the_good_ones_drawn(run, tmp_path):
    table = _table(
        tmp_path,
        "place,date,lat,lon\n"
        "Baku,1992,,\n"  # good
        ",1992,,\n"  # empty place
        "Ganja,31 February 1992,,\n"  # impossible date
        "Baku,1993 to 1992,,\n"  # end before start: not joined, so unreadable
        ",1992-05-01,999,40\n"  # latitude out of range
        "Shusha,,,\n"  # no date: drawn as undated
        "Baku,not a date,abc,\n",  # two problems in one row
    )
    r = run(["render", table, "-o", str(tmp_path / "m")])
    assert r.exit_code == 0, (r.output, r.exception)
    err = r.stderr.splitlines()
    bad = [x for x in err if x.startswith("geo: warning: ") and "t.csv:" in x]
    assert [x.split("t.csv:")[1].split(":")[0] for x in bad] == ["3", "4", "5", "6", "8"], err
    assert (
        "column 'date'" in bad[-1] and "column 'lat'" in bad[-1]
    )  # every problem of the row, in one line
    assert "31 February 1992" in bad[1]
    assert err[-1] == "geo: warning: 5 of 7 rows skipped: see above"
    assert "2 of 2 events mapped" in r.stdout or "1 of 2 events mapped" in r.stdout
    assert (tmp_path / "m" / "index.html").exists()


def test_inverted_interval_is_a_bad_row(run, tmp_path):
    table = _table(
        tmp_path,
        "place,date_start,date_end\nBaku,1992-05-01,1992-04-01\nGanja,1992-01-01,1992-02-01\n",
    )
    r = run(["render", table, "-o", str(tmp_path / "m")])
    assert r.exit_code == 0
    assert "t.csv:2: column 'date_end': end 1992-04-01 is before start 1992-05-01" in r.stderr
    assert "1 of 2 rows skipped" in r.stderr


def test_gazetteer_list_and_remove(run, tmp_path):
    places = _table(
        tmp_path, "name,lat,lon,source\nZorvanabad,40.1,46.5,made up for a test\n", "g.csv"
    )
    r = run(["gazetteer", "add", places])
    assert r.exit_code == 0, r.output
    r = run(["gazetteer", "list"])
    assert r.exit_code == 0 and str(Path(places).resolve()) in r.stdout
    Path(places).rename(tmp_path / "moved.csv")
    r = run(["gazetteer", "list"])
    assert "missing" in r.stdout
    r = run(["gazetteer", "remove", places])
    assert r.exit_code == 0 and "removed" in r.stdout
    r = run(["gazetteer", "list"])
    assert str(Path(places).resolve()) not in r.stdout


def test_registered_source_moved_is_one_line(tmp_path, monkeypatch):
    from geo import gazetteer
    from geo.exceptions import GazetteerError

    monkeypatch.setattr("geo.gazetteer.registry._registry", lambda: tmp_path / "user_sources.json")
    (tmp_path / "user_sources.json").write_text(
        json.dumps([str(tmp_path / "gone.csv")]), encoding="utf-8"
    )
    with pytest.raises(
        GazetteerError,
        match="gone.csv: registered with 'geo gazetteer add' but missing.*geo gazetteer remove",
    ):
        gazetteer.user_sources()


def test_corpus_size():
    """The figure the issue's closing note quotes: how many bad inputs are tried."""
    assert len(CORPUS) >= 89


def test_file_name_not_utf8_in_a_folder_is_a_note(run, tmp_path):
    name = os.fsdecode(b"r\xe9port.txt")
    _w(tmp_path / "docs" / name, "Shelling hit Baku on 7 August 1992.\n")
    r = run(["extract", str(tmp_path / "docs"), "-o", str(tmp_path / "e.csv")])
    assert r.exit_code == 0, r.output
    assert "the file name is not UTF-8; the document's id is r\\xe9port" in r.stderr
    assert set(pd.read_csv(tmp_path / "e.csv")["doc"]) == {"r\\xe9port"}


def test_legacy_encoding_is_a_note_on_stderr(run, tmp_path):
    doc = _w(
        tmp_path / "docs" / "ru.txt",
        "Обстрел Баку начался 26 февраля 1992 года, сообщили жители города.".encode("cp1251"),
    )
    r = run(["extract", str(doc), "-o", str(tmp_path / "e.csv")])
    assert r.exit_code == 0, r.output
    assert f"geo: note: {doc}: read as cp1251 (not UTF-8)" in r.stderr.splitlines()
    r = run(["extract", _doc(tmp_path), "-o", str(tmp_path / "e.csv")])
    assert "geo: note" not in r.stderr  # UTF-8: nothing to say


def test_pdf_page_column_in_extract(run, tmp_path):
    from tests.test_documents import make_pdf

    pdf = _w(
        tmp_path / "docs" / "r.pdf",
        make_pdf([["Contents"], ["On 26 February 1993 shelling hit Ganja."]]),
    )
    r = run(["extract", str(pdf), "-o", str(tmp_path / "e.csv")])
    assert r.exit_code == 0, r.output
    ev = pd.read_csv(tmp_path / "e.csv")
    assert list(ev.loc[ev["name"] == "Ganja", "page"]) == [2]
