import pytest

from geo.table import TableError, read_events


def test_user_csv_with_names_coordinates_and_date_forms(tmp_path, gaz):
    p = tmp_path / "mine.csv"
    p.write_text(
        "place,lat,lon,date,event_type,quote\n"
        "Ganja,,,26 February 1993,battle,Shelling\n"
        ",40.18,44.51,1994-05,political,Talks in Yerevan\n"
        "Qwxzyville,,,1995,other,Unknown village\n"
        "Tbilisi,,,1992 and 1993,other,\n",
        encoding="utf-8",
    )
    res = read_events(p, gaz)
    df = res.events
    assert list(df["date_start"]) == ["1993-02-26", "1994-05-01", "1995-01-01", "1992-01-01"]
    assert list(df["date_precision"]) == ["day", "month", "year", "range"]
    assert df.loc[0, "place_id"] == "geonames:586523"
    assert df.loc[1, "lat"] == pytest.approx(40.18)
    assert (
        len(res.unresolved) == 1
        and "mine.csv:4" in res.unresolved[0]
        and "Qwxzyville" in res.unresolved[0]
    )
    assert bool(df.loc[2, "unplaced"])


def test_bad_rows_give_one_line_each_and_the_good_rows_are_kept(tmp_path, gaz):
    p = tmp_path / "bad.csv"
    p.write_text(
        "place,lat,lon,date\nBaku,,,sometime\n,91,10,1990\n,x,10,1990\nBaku,,,1990\n"
        ",,,1991\n,x,,31 June 1991\n",
        encoding="utf-8",
    )
    res = read_events(p, gaz)
    assert res.skipped == [
        f"{p}:2: column 'date': cannot read 'sometime' as a date",
        f"{p}:3: column 'lat': 91 is out of range (-90 to 90)",
        f"{p}:4: column 'lat': 'x' is not a number",
        f"{p}:6: column 'place': empty, and no lat/lon: the row has no place",
        f"{p}:7: column 'date': '31 June 1991' is not a day of the calendar; column 'lat': "
        "'x' is not a number; column 'lon': empty",
    ]
    assert res.summary == "5 of 6 rows skipped: see above"
    assert list(res.events["name"]) == ["Baku"] and list(res.events["date_start"]) == ["1990-01-01"]


def test_strict_refuses_the_table_with_every_bad_row(tmp_path, gaz):
    p = tmp_path / "bad.csv"
    p.write_text("place,date\nBaku,sometime\nBaku,1990\nGanja,1992-13-01\n", encoding="utf-8")
    with pytest.raises(TableError) as err:
        read_events(p, gaz, strict=True)
    assert [line.split(":")[1] for line in str(err.value).splitlines()] == ["2", "4"]


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("utf-16", "place,date\nBakı,1992\n"),
        ("cp1251", "place,date,quote\nБаку,1992,Обстрел начался в феврале\n"),
        (
            "cp1254",
            "place,date,quote\nGanja,1992,Şehirde çatışmalar başladı ve ağır kayıplar oldu\n",
        ),
    ],
)
def test_tables_in_other_encodings(tmp_path, gaz, encoding, text):
    p = tmp_path / "mine.csv"
    p.write_bytes(text.encode(encoding))
    df = read_events(p, gaz).events
    assert df.loc[0, "lat"] == df.loc[0, "lat"]  # placed
    if encoding != "utf-16":
        assert df.loc[0, "quote"] == text.splitlines()[1].split(",")[2]


def test_missing_columns(tmp_path):
    p = tmp_path / "nodate.csv"
    p.write_text("place\nBaku\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"nodate\.csv:1: needs a 'date' column"):
        read_events(p)


@pytest.mark.parametrize("ext", [".geojson", ".parquet"])
def test_user_geojson_and_geoparquet(tmp_path, gaz, ext):
    import geopandas as gpd
    from shapely.geometry import Point

    gdf = gpd.GeoDataFrame(
        {"date": ["26 February 1993", "1994"], "quote": ["a", "b"], "place": ["", "Ganja"]},
        geometry=[Point(44.51, 40.18), None],
        crs="EPSG:4326",
    )
    p = tmp_path / f"mine{ext}"
    if ext == ".parquet":
        gdf.to_parquet(p)
    else:
        gdf.to_file(p, driver="GeoJSON")
    df = read_events(p, gaz).events
    assert list(df["date_start"]) == ["1993-02-26", "1994-01-01"]
    assert df.loc[0, "lat"] == pytest.approx(40.18) and df.loc[1, "place_id"] == "geonames:586523"
