"""ACLED and UCDP GED tables: read into geo's events, written from them, and round-tripped.

The test files are made here, a dozen rows each in the two layouts (invented events
at real towns)."""

import csv

import pandas as pd
import pytest
from click.testing import CliRunner

from geo.cli import main
from geo.events import events_frame
from geo.formats import acled, detect, from_geo, ucdp
from geo.table import read_events

ACLED_ROWS = [
    # event_id_cnty, event_date, time_precision, event_type, sub_event_type, actor1, actor2,
    # country, location, lat, lon, geo_precision, fatalities
    ("TST1", "2020-03-12", "1", "Battles", "Armed clash", "Military Forces of Mali (2021-)",
     "JNIM: Group for Support of Islam and Muslims", "Mali", "Gao", "16.2666", "-0.0400", "1", "4"),
    ("TST2", "12 March 2020", "2", "Battles", "Government regains territory",
     "Military Forces of Mali (2021-)", "", "Mali", "Menaka", "15.9182", "2.4022", "2", "0"),
    ("TST3", "2020-04-01", "1", "Battles", "Non-state actor overtakes territory", "Rebel group",
     "Military Forces of Mali (2021-)", "Mali", "Kidal", "18.4411", "1.4078", "1", "7"),
    ("TST4", "2020-04-02", "1", "Explosions/Remote violence", "Air/drone strike",
     "Military Forces of France", "", "Mali", "Tessalit", "20.2000", "1.0100", "2", "3"),
    ("TST5", "2020-04-03", "3", "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "Unidentified Armed Group (Mali)", "", "Mali", "Mopti", "14.4843", "-4.1827", "3", "2"),
    ("TST6", "2020-05-04", "1", "Violence against civilians", "Attack",
     "Unidentified Armed Group (Mali)", "Civilians (Mali)", "Mali", "Djenne", "13.9061", "-4.5533",
     "1", "12"),
    ("TST7", "2020-05-05", "1", "Violence against civilians", "Abduction/forced disappearance",
     "Rebel group", "Civilians (Mali)", "Mali", "Segou", "13.4317", "-6.2157", "1", "0"),
    ("TST8", "2020-06-06", "1", "Protests", "Peaceful protest", "Protesters (Mali)", "", "Mali",
     "Bamako", "12.6500", "-8.0000", "1", "0"),
    ("TST9", "2020-06-07", "1", "Protests", "Excessive force against protesters",
     "Police Forces of Mali (2021-)", "Protesters (Mali)", "Mali", "Bamako", "12.6500", "-8.0000",
     "1", "1"),
    ("TST10", "2020-07-08", "1", "Riots", "Violent demonstration", "Rioters (Mali)", "", "Mali",
     "Kayes", "14.4469", "-11.4445", "1", "0"),
    ("TST11", "2020-07-09", "2", "Riots", "Mob violence", "Rioters (Mali)", "Civilians (Mali)",
     "Mali", "Sikasso", "11.3176", "-5.6665", "1", "1"),
    ("TST12", "2020-08-10", "1", "Strategic developments", "Agreement",
     "Government of Mali (2021-)", "Rebel group", "Mali", "Bamako", "12.6500", "-8.0000", "1", "0"),
]  # fmt: skip

UCDP_ROWS = [
    # id, type_of_violence, side_a, side_b, date_start, date_end, date_prec, where_prec,
    # where_coordinates, adm_1, country, lat, lon, best, low, high, source_article
    ("101", "1", "Government of Azerbaijan", "Republic of Artsakh", "1992-05-08", "1992-05-08", "1",
     "1", "Shusha town", "Shusha", "Azerbaijan", "39.7579", "46.7499", "30", "20", "45",
     "Agency report 1"),
    ("102", "1", "Government of Azerbaijan", "Republic of Artsakh", "1992-05-01", "1992-05-31", "4",
     "3", "Lachin district", "Lachin", "Azerbaijan", "39.6408", "46.5469", "50", "50", "80",
     "Agency report 2"),
    ("103", "3", "Republic of Artsakh", "Civilians", "1992-02-26", "1992-02-26", "1", "1",
     "Khojaly town", "Khojaly", "Azerbaijan", "39.9108", "46.7892", "161", "161", "613",
     "Agency report 3"),
    ("104", "2", "Militia A", "Militia B", "1993-01-01", "1993-12-31", "5", "4", "Ganja region",
     "Ganja", "Azerbaijan", "40.6828", "46.3606", "5", "5", "5", "Agency report 4"),
    ("105", "1", "Government of Armenia", "Government of Azerbaijan", "1993-04-02", "1993-04-06",
     "2", "2", "near Kalbajar", "Kalbajar", "Azerbaijan", "40.1098", "46.0389", "12", "10", "20",
     "Agency report 5"),
    ("106", "1", "Government of Azerbaijan", "Republic of Artsakh", "1993-06-07", "1993-06-13", "3",
     "1", "Aghdam town", "Aghdam", "Azerbaijan", "39.9911", "46.9297", "8", "8", "8",
     "Agency report 6"),
    ("107", "3", "Government of Azerbaijan", "Civilians", "1992-04-10", "1992-04-10", "1", "1",
     "Maragha village", "Martakert", "Azerbaijan", "40.0170", "46.8650", "40", "40", "50",
     "Agency report 7"),
    ("108", "1", "Government of Azerbaijan", "Republic of Artsakh", "1993-08-23", "1993-08-23", "1",
     "1", "Fuzuli town", "Fuzuli", "Azerbaijan", "39.6003", "47.1431", "3", "3", "3",
     "Agency report 8"),
    ("109", "1", "Government of Azerbaijan", "Republic of Artsakh", "1993-08-20", "1993-08-20", "1",
     "5", "Armenia-Azerbaijan border", "Qazax", "Azerbaijan", "41.0933", "45.3661", "2", "2", "2",
     "Agency report 9"),
    ("110", "1", "Government of Azerbaijan", "Republic of Artsakh", "1993-01-01", "1993-12-31", "5",
     "6", "Azerbaijan", "", "Azerbaijan", "40.5000", "47.5000", "100", "80", "150",
     "Agency report 10"),
    ("111", "2", "Militia A", "Militia C", "1994-01-15", "1994-01-15", "1", "1", "Goris town",
     "Syunik", "Armenia", "39.5074", "46.3384", "1", "1", "1", "Agency report 11"),
    ("112", "3", "Militia C", "Civilians", "1994-02-01", "1994-02-28", "4", "1", "Kapan town",
     "Syunik", "Armenia", "39.2076", "46.4057", "4", "4", "6", "Agency report 12"),
]  # fmt: skip

ACLED_HEADER = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "location", "latitude", "longitude", "geo_precision",
    "fatalities"]  # fmt: skip
UCDP_HEADER = ["id", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "date_prec",
    "where_prec", "where_coordinates", "adm_1", "country", "latitude", "longitude", "best", "low",
    "high", "source_article"]  # fmt: skip


def _write(path, header, rows, extra=None):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header + list(extra or {}))
        for r in rows:
            w.writerow(list(r) + list((extra or {}).values()))
    return path


@pytest.fixture
def acled_file(tmp_path):
    # an ACLED export carries more columns than geo uses: they are ignored
    return _write(
        tmp_path / "acled.csv",
        ACLED_HEADER,
        ACLED_ROWS,
        {"source_scale": "National", "notes": "Test note."},
    )


@pytest.fixture
def ucdp_file(tmp_path):
    return _write(
        tmp_path / "ged.csv", UCDP_HEADER, UCDP_ROWS, {"where_description": "Test place."}
    )


def test_detect_by_columns():
    assert detect(ACLED_HEADER) == "acled"
    assert detect([c.upper() for c in UCDP_HEADER]) == "ucdp"
    assert detect(["place", "date", "event_type"]) is None


def test_read_acled_keeps_its_types_and_maps_them(acled_file, gaz):
    df = read_events(acled_file, gaz).events
    assert len(df) == 12 and not df["unplaced"].any()
    assert list(df["source_event_type"]) == [r[3] for r in ACLED_ROWS]
    assert list(df["sub_event_type"]) == [r[4] for r in ACLED_ROWS]
    assert list(df["event_type"]) == (
        ["battle"] * 3
        + ["explosion_remote_violence"] * 2
        + ["violence_against_civilians"] * 2
        + ["protest_riot"] * 4
        + ["strategic_development"]
    )
    assert df.loc[1, "date_start"] == "2020-03-12" and df.loc[1, "date_precision"] == "approximate"
    assert list(df["coarse_location"]) == ["True" if r[11] == "3" else "False" for r in ACLED_ROWS]
    assert (
        df.loc[0, "actor2"] == "JNIM: Group for Support of Islam and Muslims"
        and df.loc[0, "country"] == "ML"
    )
    assert df.loc[5, "quote"] == "Test note." and df.loc[5, "fatalities"] == 12


def test_acled_round_trip(acled_file, gaz):
    table, notes = from_geo(read_events(acled_file, gaz).events, "acled")
    assert notes == [] and list(table.columns) == acled.COLUMNS
    src = pd.read_csv(acled_file, dtype=str)
    for col in (
        "event_id_cnty",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "geo_precision",
        "fatalities",
        "location",
        "country",
    ):
        assert list(table[col].fillna("")) == list(src[col].fillna("")), col
    assert list(table["event_date"])[:2] == ["2020-03-12", "2020-03-12"]
    assert [float(x) for x in table["latitude"]] == [float(x) for x in src["latitude"]]
    assert (
        table.loc[0, "disorder_type"] == "Political violence"
        and table.loc[7, "disorder_type"] == "Demonstrations"
    )


def test_read_ucdp_and_round_trip(ucdp_file, gaz):
    df = read_events(ucdp_file, gaz).events
    assert len(df) == 12
    assert list(df["event_type"][:4]) == [
        "battle",
        "battle",
        "violence_against_civilians",
        "battle",
    ]
    assert df.loc[2, "source_event_type"] == "one-sided violence" and df.loc[2, "fatalities"] == 161
    assert (df.loc[2, "fatalities_low"], df.loc[2, "fatalities_high"]) == ("161", "613")
    assert list(df["coarse_location"]) == [
        "True" if r[7] in ("4", "6", "7") else "False" for r in UCDP_ROWS
    ]
    assert (df.loc[9, "date_start"], df.loc[9, "date_end"], df.loc[9, "date_precision"]) == (
        "1993-01-01",
        "1993-12-31",
        "year",
    )
    table, notes = from_geo(df, "ucdp")
    assert notes == [] and list(table.columns) == ucdp.COLUMNS
    src = pd.read_csv(ucdp_file, dtype=str)
    for col in (
        "id",
        "type_of_violence",
        "side_a",
        "side_b",
        "date_prec",
        "where_prec",
        "best",
        "low",
        "high",
        "where_coordinates",
    ):
        assert list(table[col].fillna("")) == list(src[col].fillna("")), col


def test_write_geo_events_as_acled_and_ucdp(seed_result):
    events = events_frame([seed_result])
    table, notes = from_geo(events, "acled")
    placed = int((~events["unplaced"].astype(bool)).sum())
    assert (
        len(table) == placed
        and len(notes) == len(events) - placed
        and all("no place" in n for n in notes)
    )
    khojaly = table[table["location"] == "Khojaly"].iloc[0]
    assert (
        khojaly["event_type"],
        khojaly["sub_event_type"],
        khojaly["event_date"],
        khojaly["time_precision"],
    ) == ("Violence against civilians", "Attack", "1992-02-26", "1")
    assert (
        khojaly["inter1"],
        khojaly["inter2"],
        khojaly["interaction"],
        khojaly["civilian_targeting"],
    ) == ("1", "7", "17", "Civilian targeting")
    assert khojaly["fatalities"] == "613" and khojaly["country"] == "Azerbaijan"
    table, notes = from_geo(events, "ucdp")
    ged = table.set_index("where_coordinates")
    assert (
        ged.loc["Khojaly", "type_of_violence"],
        ged.loc["Khojaly", "side_a"],
        ged.loc["Khojaly", "side_b"],
    ) == ("3", "Government of Armenia", "Civilians (Azerbaijan)")
    assert (
        ged.loc["Khojaly", "best"] == "613"
        and ged.loc["Khojaly", "where_prec"] == "1"
        and ged.loc["Khojaly", "date_prec"] == "1"
    )
    assert any("not organised violence" in n for n in notes)


def test_cli_extract_format_and_render(tmp_path, acled_file):
    runner = CliRunner()
    doc = tmp_path / "d.md"
    doc.write_text(
        "On 5 June 2015 Syrian army units shelled Aleppo, killing at least 12 people.\n",
        encoding="utf-8",
    )
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    for out in (a, b):
        r = runner.invoke(main, ["extract", str(doc), "-o", str(out), "--format", "acled"])
        assert r.exit_code == 0, r.output
    first, second = pd.read_csv(a, dtype=str), pd.read_csv(b, dtype=str)
    assert list(first.columns) == acled.COLUMNS and list(first["event_id_cnty"]) == list(
        second["event_id_cnty"]
    )
    assert (first.loc[0, "sub_event_type"], first.loc[0, "actor1"], first.loc[0, "fatalities"]) == (
        "Shelling/artillery/missile attack", "Military Forces of Syria", "12")  # fmt: skip
    r = runner.invoke(
        main, ["extract", str(doc), "-o", str(tmp_path / "x.geojson"), "--format", "ucdp"]
    )
    assert r.exit_code != 0 and ".csv" in r.output
    r = runner.invoke(main, ["render", str(acled_file), "-o", str(tmp_path / "maps")])
    assert r.exit_code == 0, r.output
    assert "12 of 12 events mapped" in r.output and (tmp_path / "maps" / "2020.html").exists()
