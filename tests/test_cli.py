import json

import pandas as pd
import pytest
from click.testing import CliRunner

from geo.cli import main

EXTRACT_COLUMNS = [
    "doc",
    "mention",
    "place_id",
    "name",
    "lat",
    "lon",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "event_type",
    "quote",
    "start",
    "end",
    "confidence",
]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def docs(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.md").write_text(
        "---\ntitle: Report A\npublisher: Desk\n---\n"
        "On 7 August 2008 shelling hit Tskhinvali. In 2009 talks began in Geneva.\n",
        encoding="utf-8",
    )
    (d / "b.txt").write_text("Protests filled Yerevan in March 2008.\n", encoding="utf-8")
    return d


def test_build(runner, docs, tmp_path):
    out, places, events, unknown = (
        tmp_path / "maps",
        tmp_path / "places.geojson",
        tmp_path / "events.csv",
        tmp_path / "unresolved.csv",
    )
    (docs / "c.txt").write_text(
        "Aid reached families in Zzyxgrad in 2009. Crowds on Quorbel Street in Lyon cheered.\n",
        encoding="utf-8",
    )
    r = runner.invoke(
        main,
        [
            "build",
            str(docs),
            "--out",
            str(out),
            "--places",
            str(places),
            "--events-out",
            str(events),
            "--unresolved",
            str(unknown),
        ],
    )
    assert r.exit_code == 0, r.output
    assert (
        "3 document(s)" in r.output
        and "2 name(s) that look like places are not in the gazetteer" in r.output
    )
    listed = pd.read_csv(unknown)
    assert list(listed["name"]) == ["Zzyxgrad", "Quorbel Street"]
    assert set(listed["probably_in"]) == {"Lyon (geonames:2996944)"}  # suggested, not mapped
    assert "Quorbel Street" not in set(pd.read_csv(events)["mention"])
    assert {p.name for p in out.iterdir()} >= {"index.html", "2008.html", "2009.html", "embed.html"}
    fc = json.loads(places.read_text(encoding="utf-8"))
    names = {f["properties"]["name"] for f in fc["features"]}
    assert {"Yerevan", "Geneva"} <= names
    for f in fc["features"]:
        props = f["properties"]
        assert f["geometry"]["type"] == "Point"
        assert (
            props["names"]
            and props["source"]
            and 0 < props["confidence"] <= 1
            and props["mentions"]
        )


def test_extract_csv_contract(runner, docs, tmp_path):
    out = tmp_path / "ev.csv"
    r = runner.invoke(main, ["extract", str(docs), "-o", str(out)])
    assert r.exit_code == 0, r.output
    df = pd.read_csv(out)
    assert set(EXTRACT_COLUMNS) <= set(df.columns)
    row = df[df["mention"] == "Yerevan"].iloc[0]
    assert (row["date_start"], row["date_end"], row["date_precision"], row["event_type"]) == (
        "2008-03-01",
        "2008-03-31",
        "month",
        "protest_riot",
    )


@pytest.mark.parametrize("ext", [".geojson", ".parquet"])
def test_extract_other_formats(runner, docs, tmp_path, ext):
    import geopandas as gpd

    out = tmp_path / f"ev{ext}"
    r = runner.invoke(main, ["extract", str(docs), "-o", str(out)])
    assert r.exit_code == 0, r.output
    gdf = gpd.read_parquet(out) if ext == ".parquet" else gpd.read_file(out)
    assert "Yerevan" in set(gdf["mention"]) and gdf.crs.to_epsg() == 4326


def test_geocode_prints_geojson(runner):
    r = runner.invoke(
        main,
        [
            "geocode",
            "Georgia",
            "Qwxzyville",
            "--context",
            "U.S. state legislatures in Texas and Maine",
        ],
    )
    assert r.exit_code == 0, r.output
    fc = json.loads(r.output)
    ga, missing = fc["features"]
    assert (
        ga["properties"]["id"] == "admin1:US-GA"
        and ga["properties"]["rejected"][0]["id"] == "country:GE"
    )
    assert missing["geometry"] is None and missing["properties"]["found"] is False


def test_render_user_csv(runner, tmp_path):
    csv = tmp_path / "mine.csv"
    csv.write_text("place,date,quote\nBaku,2001,x\n,1999-04-02,y\n", encoding="utf-8")
    r = runner.invoke(main, ["render", str(csv), "-o", str(tmp_path / "m")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "m" / "2001.html").exists() and (tmp_path / "m" / "index.html").exists()


def test_bad_document_fails_cleanly(runner, tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "good.txt").write_text("Baku in 1990.", encoding="utf-8")
    (d / "bad.md").write_text("---\ntitle: [oops\n---\ntext", encoding="utf-8")
    out = tmp_path / "maps"
    r = runner.invoke(
        main,
        [
            "build",
            str(d),
            "--out",
            str(out),
            "--places",
            str(tmp_path / "p.geojson"),
            "--events-out",
            str(tmp_path / "e.csv"),
        ],
    )
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert (
        len(lines) == 1
        and lines[0].startswith("geo: error: ")
        and "bad.md:" in lines[0]
        and "front matter" in lines[0]
    )
    assert (
        not out.exists()
        and not (tmp_path / "p.geojson").exists()
        and not (tmp_path / "e.csv").exists()
    )


def test_bad_table_rows_are_warnings_then_one_error_when_none_is_left(runner, tmp_path):
    csv = tmp_path / "mine.csv"
    csv.write_text("place,date\nBaku,soon\nGanja,later\n", encoding="utf-8")
    out = tmp_path / "m"
    r = runner.invoke(main, ["render", str(csv), "-o", str(out)])
    assert r.exit_code == 1
    assert (
        r.output.count("geo: warning: ") == 3
        and "mine.csv:2: column 'date'" in r.output
        and "mine.csv:3" in r.output
    )
    assert "2 of 2 rows skipped" in r.output
    assert r.output.count("geo: error: ") == 1 and "no row can be mapped" in r.output
    assert not out.exists()


@pytest.mark.parametrize("cmd", ["build", "extract", "geocode", "render", "gazetteer"])
def test_help_has_example(runner, cmd):
    r = runner.invoke(main, [cmd, "--help"])
    assert r.exit_code == 0 and ("Example" in r.output or "Commands" in r.output)


def test_rebuild_replaces_pages_and_keeps_other_files(runner, tmp_path):
    out = tmp_path / "m"
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("place,date\nBaku,2001\n", encoding="utf-8")
    second.write_text("place,date\nBaku,2005\n", encoding="utf-8")
    assert runner.invoke(main, ["render", str(first), "-o", str(out)]).exit_code == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert runner.invoke(main, ["render", str(second), "-o", str(out)]).exit_code == 0
    assert (out / "2005.html").exists() and not (out / "2001.html").exists()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert not [p for p in out.iterdir() if p.name.startswith(".geo-")]


def test_build_with_own_events(runner, docs, tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text(
        "place,date,quote,doc\nGanja,4 June 1993,Shelling reported,field notes\n"
        "Qwxzyville,1993,?,field notes\n",
        encoding="utf-8",
    )
    out, events = tmp_path / "maps", tmp_path / "events.csv"
    r = runner.invoke(
        main,
        [
            "build",
            str(docs),
            "--events",
            str(mine),
            "--out",
            str(out),
            "--places",
            str(tmp_path / "p.geojson"),
            "--events-out",
            str(events),
        ],
    )
    assert r.exit_code == 0, r.output
    assert "warning" in r.output and "Qwxzyville" in r.output
    df = pd.read_csv(events)
    assert "field notes" in set(df["doc"]) and "Yerevan" in set(df["mention"])
    assert (out / "1993.html").exists()


def test_gazetteer_add_user_places(runner, tmp_path, small_gazetteer):
    """A village missing from GeoNames, added from a CSV made here, is then found and placed."""
    villages = tmp_path / "villages.csv"
    villages.write_text(
        "name,names,lat,lon,country,source\n"
        "Qəribli Zzyx,Garibli Zzyx,40.1,47.2,AZ,field survey 2026\n",
        encoding="utf-8",
    )
    r = runner.invoke(main, ["gazetteer", "add", str(villages)])
    assert r.exit_code == 0, r.output
    assert "added 1 places" in r.stdout
    assert list(small_gazetteer.glob("gazetteer-*.pkl"))  # built with the user rows, cached
    r = runner.invoke(main, ["geocode", "Garibli Zzyx"])
    assert r.exit_code == 0, r.output
    (feature,) = json.loads(r.stdout)["features"]
    assert feature["properties"]["source"] == "field survey 2026"
    assert feature["geometry"]["coordinates"] == [47.2, 40.1]


def test_extract_demonyms_flag(runner, tmp_path):
    doc = tmp_path / "d.md"
    doc.write_text("Shelling hit the Syrian border on 3 May 2018.\n", encoding="utf-8")
    plain, asked = tmp_path / "a.csv", tmp_path / "b.csv"
    assert runner.invoke(main, ["extract", str(doc), "-o", str(plain)]).exit_code == 0
    r = runner.invoke(main, ["extract", str(doc), "-o", str(asked), "--demonyms"])
    assert r.exit_code == 0, r.output
    assert "Syrian" not in set(pd.read_csv(plain)["mention"].dropna())
    row = pd.read_csv(asked).set_index("mention").loc["Syrian"]
    assert (row["place_id"], row["date_start"]) == ("country:SY", "2018-05-03")
