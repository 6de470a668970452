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
    assert len(res.unresolved) == 1 and "mine.csv:4" in res.unresolved[0] and "Qwxzyville" in res.unresolved[0]
    assert bool(df.loc[2, "unplaced"])


def test_bad_rows_give_one_line_each(tmp_path, gaz):
    p = tmp_path / "bad.csv"
    p.write_text("place,lat,lon,date\nBaku,,,sometime\n,91,10,1990\n,x,10,1990\nBaku,,,1990\n", encoding="utf-8")
    with pytest.raises(TableError) as err:
        read_events(p, gaz)
    lines = str(err.value).splitlines()
    assert lines == [
        f"{p}:2: column 'date': cannot read 'sometime' as a date",
        f"{p}:3: column 'lat': lat/lon (91.0, 10.0) out of range",
        f"{p}:4: column 'lat': lat/lon 'x'/'10' are not numbers",
    ]


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
