"""The public API: ``import geo`` and its functions, as the README shows them."""

from __future__ import annotations

import datetime
import subprocess
import sys

import geopandas as gpd
import pandas as pd
import pytest

import geo


@pytest.mark.parametrize("module", ["geo", "geo.dates", "geo.lexicon", "geo.geoparse", "geo.text"])
def test_import_geo_is_light(module):
    # the date finder and the rules read data files; only the gazetteer needs pandas
    code = (
        f"import {module}, sys; print(sorted(m for m in ('pandas', 'folium', 'geopandas', "
        "'ahocorasick') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"


def test_all_names_exist_and_are_documented():
    for name in geo.__all__:
        obj = getattr(geo, name)
        assert obj is not None
        if callable(obj):
            assert obj.__doc__, name


def test_extract_from_strings_and_files(tmp_path, gaz):
    doc = tmp_path / "a.md"
    doc.write_text("---\ntitle: A file\n---\nOn 3 June 1993 Ganja was shelled.\n", encoding="utf-8")
    events = geo.extract(
        [
            geo.document(
                "On 8 May 1992 Armenian forces captured Shusha.", id="s", title="A string"
            ),
            doc,
        ],
        gazetteer=gaz,
    )
    assert isinstance(events, gpd.GeoDataFrame) and events.crs.to_epsg() == 4326
    assert set(events["doc"]) == {"s", "a"} and set(events["doc_title"]) == {"A string", "A file"}
    row = events[events["doc"] == "s"].iloc[0]
    assert (row["name"], row["date_start"]) == ("Shusha", "1992-05-08")
    assert row.geometry.y == row["lat"]


def test_compare_render_and_read_table(tmp_path, gaz):
    ex = geo.extraction(
        [
            geo.document("On 8 May 1992 forces captured Şuşa.", id="one"),
            geo.document("Forces captured Shushi on 9 May 1992.", id="two"),
        ],
        gazetteer=gaz,
    )
    c = geo.compare(ex.events)
    assert c.summary.disagreements == 1 and set(c.claims["disagreement"]) == {"date"}
    pages = geo.render(c.events, tmp_path / "maps", title="T")
    assert {p.name for p in pages} >= {"index.html", "1992.html"}
    ex.events.to_csv(tmp_path / "e.csv", index=False)
    back = geo.read_table(tmp_path / "e.csv")
    assert isinstance(back, pd.DataFrame) and len(back) == len(ex.events)
    m = geo.folium_map(ex.events)
    assert "Shusha" in m.get_root().render()


def test_build_maps_documents_and_a_table_of_ones_own(tmp_path, gaz):
    own = tmp_path / "mine.csv"
    own.write_text("place,date,event_type\nGanja,1993-04-05,displacement\n", encoding="utf-8")
    doc = geo.document("On 8 May 1992 Armenian forces captured Shusha.", title="Wire")
    ex = geo.build(
        [doc],
        tmp_path / "maps",
        places=tmp_path / "places.geojson",
        events=tmp_path / "events.csv",
        unresolved=None,
        own_events=geo.read_table(own),
        jobs=1,
    )
    assert (tmp_path / "maps" / "index.html").exists()
    written = pd.read_csv(tmp_path / "events.csv")
    assert {"Shusha", "Ganja"} <= set(written["name"].dropna())
    assert len(ex.documents) == 1


@pytest.mark.parametrize("when", ["1994-03-10", datetime.date(1994, 3, 10)])
def test_a_document_takes_its_date(gaz, when):
    doc = geo.document("Forces shelled Ganja today.", id="d", date=when)
    assert doc.date == "1994-03-10"
    row = geo.extract([doc], gazetteer=gaz).iloc[0]
    assert (row["name"], row["date_start"], row["date_end"]) == (
        "Ganja",
        "1994-03-10",
        "1994-03-10",
    )
    # without it, "today" is no date
    undated = geo.extract([geo.document("Forces shelled Ganja today.")], gazetteer=gaz)
    assert undated["date_start"].isna().all()


def test_a_document_date_of_a_year_gives_days_their_year(gaz):
    doc = geo.document("On 3 June forces shelled Ganja.", date="1994")
    assert geo.extract([doc], gazetteer=gaz).iloc[0]["date_start"] == "1994-06-03"


@pytest.mark.parametrize("bad", ["10 March 1994", "1994-02-30", "1994-13", "yesterday"])
def test_a_document_date_that_is_no_iso_date_is_refused(bad):
    with pytest.raises(ValueError, match="is not an ISO date"):
        geo.document("text", date=bad)
