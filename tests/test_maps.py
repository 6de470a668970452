"""geo.maps without a browser: styles, popup tables, page tables and their packing."""

from __future__ import annotations

import base64
import gzip
import json
import re

import numpy as np
import pandas as pd
import pytest

from geo import lexicon
from geo.maps import style, tables
from geo.maps.page import pages
from geo.periods import by_year


def _events(n: int = 6) -> pd.DataFrame:
    rows = []
    for i in range(n):
        rows.append(
            {
                "event_id": f"d:{i}", "doc": f"d{i % 2}", "doc_title": f"Doc {i % 2}",
                "doc_publisher": None, "doc_url": None, "mention": "Ganja",
                "place_id": "g:1" if i % 3 else "g:2", "name": "Ganja" if i % 3 else "Baku",
                "names": "Ganja|Gəncə" if i % 3 else "Baku|Bakı", "lat": 40.68 if i % 3 else 40.4,
                "lon": 46.36 if i % 3 else 49.87, "date_start": f"199{i % 3}-05-0{i + 1}",
                "date_end": f"199{i % 3}-05-0{i + 1}", "date_precision": "day",
                "date_text": f"{i + 1} May", "date_inherited": False,
                "event_type": ["battle", "political", "nonsense"][i % 3],
                "fatalities": 12 if i == 1 else None, "displaced": None,
                "quote": "Same quote." if i < 4 else f"Quote {i}.", "start": 3, "end": 8,
                "sentence_start": 0, "sentence_end": 20,
            }
        )  # fmt: skip
    rows.append({**rows[0], "event_id": "d:x", "lat": None, "lon": None, "quote": "Unplaced."})
    return pd.DataFrame(rows)


def test_every_event_type_has_a_style():
    types = {r.event_type for r in lexicon.event_rules()}
    assert types <= set(style.EVENT_STYLES), types - set(style.EVENT_STYLES)
    assert "other" in style.EVENT_STYLES
    for t in style.EVENT_STYLES:
        assert style.swatch(t).startswith("<svg")


def test_js_reads_every_row_field_by_name():
    js = style.EVENTS_JS_FILE.read_text(encoding="utf-8")
    for name in tables.ROW_FIELDS:
        assert f"F.{name}" in js, name
    assert not re.search(r"\br\[\d\]", js), "a row read by position, not by its field name"


def test_describe_shares_tables_and_marks_unplaced():
    ev = _events()
    d = tables.describe(ev)
    R = {n: i for i, n in enumerate(tables.ROW_FIELDS)}
    assert d.codes.shape == (len(ev), len(tables.ROW_FIELDS))
    assert d.codes[-1, R["place"]] == -1 and (d.codes[:-1, R["place"]] >= 0).all()
    assert len(d.places) == 2 and sorted(p[0] for p in d.places) == ["Baku", "Ganja"]
    assert d.quotes.count("Same quote.") == 1
    assert len(d.docs) == 2 and d.docs[0][0] == "Doc 0"
    assert d.codes[2, R["type"]] == list(style.EVENT_STYLES).index(
        "other"
    )  # an unknown type is drawn as other
    assert d.extras[d.codes[1, R["figures"]]] == "12 killed (as stated)"
    assert d.codes[0, R["figures"]] == 0 and d.extras[0] == ""
    assert (d.codes[:-1, R["mark_start"]] == 3).all() and (d.codes[:-1, R["mark_end"]] == 8).all()
    assert d.dates[d.codes[0, R["date"]]] == "1 May (day: 1990-05-01)"


def test_page_tables_keep_only_what_the_page_uses():
    ev = _events()
    d = tables.describe(ev)
    page = tables.PageTables(d, {"one": np.asarray([1, 4])})
    rows = page.layers["one"]
    assert len(rows) == 2
    assert [p[0] for p in page.places] == ["Ganja"]
    assert len(page.quotes) == 2 and len(page.docs) == 2
    for r in rows:
        assert (
            r[0] < len(page.places)
            and r[1] < len(page.quotes)
            and r[2] < len(page.docs)
            and r[4] < len(page.dates)
        )
    assert page.extras[rows[0][7]] == "12 killed (as stated)"
    # the unplaced event is not drawn
    assert len(tables.PageTables(d, {"x": np.asarray([0, len(ev) - 1])}).layers["x"]) == 1


def test_large_tables_are_packed(monkeypatch):
    d = tables.describe(_events())
    page = tables.PageTables(d, {"a": np.arange(6)})
    plain = page.script(["a"])
    assert plain.startswith("<script>var geoTables = {") and "geoReady()" in plain
    monkeypatch.setattr(tables, "COMPRESS_ABOVE", 10)
    packed = page.script(["a"])
    blob = re.search(r'geoInflate\("([A-Za-z0-9+/=]+)"\)', packed).group(1)
    data = json.loads(gzip.decompress(base64.b64decode(blob)))
    assert (
        data["quotes"] == page.quotes
        and data["fields"] == list(tables.ROW_FIELDS)
        and len(data["layers"][0]) == 6
    )
    assert "<" not in packed[len("<script>") : -len("</script>")]
    assert page.script(["a"], compress=False).startswith("<script>var geoTables = {")


def test_pages_plan(tmp_path):
    ev = _events()
    out = pages(ev, by_year(ev), "T")
    names = [p.filename for p in out]
    assert names[:2] == ["index.html", "timeline.html"] and {
        "1990.html",
        "1991.html",
        "1992.html",
    } <= set(names)
    assert out[0].n_placed == len(ev) - 1


@pytest.mark.parametrize("n", [0, 1])
def test_tiny_tables(n):
    ev = _events().iloc[:n]
    d = tables.describe(ev)
    assert d.codes.shape == (n, len(tables.ROW_FIELDS))


def test_pdf_page_reaches_the_row():
    ev = _events().assign(page=[3, None, 1, 0, 2, None, None])
    d = tables.describe(ev)
    R = {n: i for i, n in enumerate(tables.ROW_FIELDS)}
    assert d.codes[:, R["page"]].tolist() == [3, 0, 1, 0, 2, 0, 0]
