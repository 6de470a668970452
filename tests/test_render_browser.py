"""What a reader sees: the maps in headless Chromium, offline (tiles fail, as here)."""

import re
from pathlib import Path

import pytest

from geo.pipeline import build
from tests.conftest import SEED, open_page

pytestmark = pytest.mark.browser

HOSTILE = (
    '<img src=x onerror="window.__xss=1;alert(1)">, ${alert(1)} and '
    "</script><script>window.__xss=2</script>"
)


@pytest.fixture(scope="module")
def seed_maps(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    ex = build([SEED], out / "maps", out / "places.geojson", out / "events.csv")
    return out / "maps", ex.events


def _open(ctx, path: Path):
    return open_page(ctx, path)


def _count(page, period=None):
    sel = "path.leaflet-interactive" + (f'[data-period="{period}"]' if period else "")
    return page.locator(sel).count()


def test_one_layer_per_year_and_toggling(ctx, seed_maps):
    maps, events = seed_maps
    page = _open(ctx, maps / "index.html")
    labels = [
        t.strip() for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    ]
    placed = events.dropna(subset=["lat"])
    years = sorted(
        {
            str(y)
            for s, e in zip(placed["date_start"].dropna(), placed["date_end"].dropna())
            for y in range(int(s[:4]), int(e[:4]) + 1)
        }
    )
    undated = ["Undated"] if placed["date_start"].isna().any() else []
    assert len(years) >= 3
    assert [re.sub(r" \(\d+\)$", "", lab) for lab in labels] == years + undated
    total = _count(page)
    assert total == sum(int(re.search(r"\((\d+)\)$", lab).group(1)) for lab in labels)
    for i, year in enumerate(years):
        mine = _count(page, year)
        assert mine > 0
        box = page.locator(".leaflet-control-layers-overlays input").nth(i)
        box.uncheck()
        assert _count(page, year) == 0
        assert _count(page) == total - mine
        box.check()
        assert _count(page) == total
    assert not page.geo_errors


def test_popup_shows_names_quote_and_source(ctx, seed_maps):
    maps, _ = seed_maps
    page = _open(ctx, maps / "1992.html")
    marker = page.locator('path.leaflet-interactive[aria-label^="Khojaly"]').first
    marker.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "Khojaly" in text and "Xocalı" in text and "Khodzhaly" in text
    assert "according to Aggression by Armenia Against Azerbaijan" in text
    assert "February 26, 1992" in text
    assert popup.locator("mark").inner_text() == "Xocalı"


def test_every_period_page_draws_its_events(ctx, seed_maps):
    maps, _ = seed_maps
    for page_file in sorted(maps.glob("*.html")):
        if page_file.name in ("index.html", "embed.html", "timeline.html"):
            continue
        page = _open(ctx, page_file)
        period = page.locator(".leaflet-control-layers-overlays label").first.inner_text().strip()
        n = int(re.search(r"\((\d+)\)$", period).group(1))
        assert _count(page) == n, page_file.name


def test_hostile_document_text_never_runs(ctx, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "evil.md").write_text(
        f"---\ntitle: '{HOSTILE}'\npublisher: '</script><b>x</b>'\n"
        "url: 'javascript:window.__xss=3'\n---\n"
        f"On 3 May 1995 shelling hit Ganja {HOSTILE}.\n",
        encoding="utf-8",
    )
    out = tmp_path / "maps"
    build([docs], out, tmp_path / "p.geojson", tmp_path / "e.csv", title=HOSTILE)
    page = _open(ctx, out / "index.html")
    page.locator("path.leaflet-interactive").first.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert page.geo_dialogs == []
    assert page.locator("img[src='x']").count() == 0
    assert page.locator(".geo-popup a").count() == 0  # the javascript: URL is not made a link
    assert "${alert(1)}" in popup.inner_text() and "</script>" in popup.inner_text()
    assert "${alert(1)}" in page.locator(".geo-title").inner_text()


def test_embed_snippet(seed_maps):
    maps, _ = seed_maps
    snippet = (maps / "embed.html").read_text(encoding="utf-8")
    for part in (
        'src="index.html"',
        'loading="lazy"',
        "allowfullscreen",
        'title="Events in the documents"',
        "padding-top:62.0%",
    ):
        assert part in snippet


def test_periods_file_gives_one_layer_per_period_and_spanning_events(ctx, tmp_path):
    periods = tmp_path / "periods.csv"
    periods.write_text(
        "name,start,end\n1988–1991 Prelude,1988,1991\n1992,1992,1992\n1993,1993,1993\n"
        "1994 Ceasefire,1994,1994\n2011–2012 Recognition,2011,2012\n",
        encoding="utf-8",
    )
    out = tmp_path / "maps"
    build([SEED], out, tmp_path / "p.geojson", tmp_path / "e.csv", periods_file=periods)
    page = _open(ctx, out / "index.html")
    labels = [
        re.sub(r" \(\d+\)$", "", t.strip())
        for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    ]
    # a period gets a layer and a page when the documents place some of its events
    assert labels == ["1988–1991 Prelude", "1992", "1993"]
    assert (out / "1988-1991-prelude.html").exists() and not (
        out / "2011-2012-recognition.html"
    ).exists()
    # the seven districts (1992 and 1993) are drawn in both the 1992 and the 1993 layer, marked as
    # spanning
    laçın = page.locator('path.leaflet-interactive[aria-label^="Laçın"]')
    assert laçın.count() == 2
    laçın.first.focus()
    page.keyboard.press("Enter")
    assert "Spans 2 periods" in page.locator(".leaflet-popup-content").inner_text()


def test_user_table_with_good_and_bad_rows(ctx, tmp_path):
    from geo.table import read_events

    good = tmp_path / "mine.csv"
    good.write_text(
        "place,date,quote\nGanja,4 June 1993,Fighting\nQwxzyville,1993,Unknown\n"
        ",1994,No place\nBaku,early 1994,Talks\n",
        encoding="utf-8",
    )
    res = read_events(good)
    assert len(res.unresolved) == 1
    from geo.maps import write_maps
    from geo.pipeline import choose_periods

    out = tmp_path / "maps"
    write_maps(res.events, choose_periods(res.events), out, title="Mine")
    page = _open(ctx, out / "index.html")
    assert _count(page) == 2
    assert _count(page, "1993") == 1 and _count(page, "1994") == 1


def test_self_contained_page_requests_nothing_but_tiles(ctx, tmp_path):
    from geo.pipeline import build as run

    out = tmp_path / "maps"
    run([SEED], out, tmp_path / "p.geojson", tmp_path / "e.csv", self_contained=True)
    html = (out / "index.html").read_text(encoding="utf-8")
    assert (
        "cdn.jsdelivr" not in html
        and "code.jquery" not in html
        and 'src="geo-outline.js"' not in html
    )
    page = ctx.new_page()
    seen = []
    page.on("request", lambda r: seen.append(r.url))
    page.goto((out / "index.html").resolve().as_uri())
    page.wait_for_function(
        "document.querySelectorAll('path.leaflet-interactive').length > 0", timeout=10000
    )
    page.wait_for_timeout(300)
    others = [
        u
        for u in seen
        if not u.startswith(("file:", "data:")) and "tile.openstreetmap.org" not in u
    ]
    assert others == []
    assert (
        page.locator(".leaflet-geoOutline-pane path").count() > 100
    )  # country outlines drawn from the inlined shapes


def test_embed_snippet_renders_in_an_article(ctx, seed_maps, tmp_path):
    from click.testing import CliRunner

    from geo.cli import main

    maps, _ = seed_maps
    r = CliRunner().invoke(main, ["embed", str(maps / "1992.html")])
    assert r.exit_code == 0 and 'title="Events in the documents: 1992"' in r.output
    article = maps / "article.html"
    article.write_text(
        "<!doctype html><html><body "
        f"style='width:700px'><h1>Story</h1><p>Text.</p>{r.output}<p>More.</p></body></html>",
        encoding="utf-8",
    )
    page = ctx.new_page()
    page.goto(article.resolve().as_uri())
    frame_el = page.locator("iframe")
    frame_el.scroll_into_view_if_needed()
    box = frame_el.bounding_box()
    assert abs(box["height"] / box["width"] - 0.62) < 0.02
    frame = page.frame_locator("iframe")
    frame.locator("path.leaflet-interactive").first.wait_for(state="attached", timeout=10000)
    page_1992 = _open(ctx, maps / "1992.html")
    assert frame.locator("path.leaflet-interactive").count() == _count(page_1992) > 10


def test_snapshot_png_is_not_blank(seed_maps, tmp_path):
    import subprocess
    import sys

    from PIL import Image

    maps, _ = seed_maps
    out = tmp_path / "map.png"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "geo.cli",
            "snapshot",
            str(maps / "index.html"),
            "-o",
            str(out),
            "--width",
            "640",
            "--height",
            "400",
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    assert "markers drawn" in r.stdout and not r.stdout.startswith("wrote 0")
    img = Image.open(out).convert("RGB")
    assert img.size == (640, 400)
    assert len(img.getcolors(maxcolors=1 << 20)) > 20


def test_time_slider_moves_through_periods(ctx, seed_maps):
    from datetime import UTC, datetime

    maps, events = seed_maps
    placed = events.dropna(subset=["lat", "date_start"])
    page = _open(ctx, maps / "timeline.html")
    for day in ("1991-06-01", "1992-02-26", "1992-05-08", "1993-07-01"):
        ms = int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp() * 1000)
        page.evaluate(
            "(ms) => { const s = document.querySelector('input.time-slider'); s.value = ms;"
            " s.dispatchEvent(new Event('input', {bubbles: true})); s.dispatchEvent(new "
            "Event('change', {bubbles: true})); }",
            ms,
        )
        expected = int(((placed["date_start"] <= day) & (placed["date_end"] >= day)).sum())
        assert expected > 0
        page.wait_for_function(
            f"document.querySelectorAll('path.leaflet-interactive').length === {expected}",
            timeout=5000,
        )
        assert _count(page) == expected, day


def test_many_periods_grouped_by_decade(ctx, tmp_path):
    from geo.maps import write_maps
    from geo.pipeline import choose_periods
    from geo.table import read_events

    mine = tmp_path / "many.csv"
    mine.write_text(
        "place,date,quote\n"
        + "".join(f"Baku,{y},q{y}\nGanja,{y},r{y}\n" for y in range(1960, 1996)),
        encoding="utf-8",
    )
    res = read_events(mine)
    out = tmp_path / "maps"
    write_maps(res.events, choose_periods(res.events), out, title="Many")
    page = _open(ctx, out / "index.html")
    headers = page.locator(".leaflet-layerstree-header-name").all_inner_texts()
    assert headers[:2] == ["All periods", "1960s"] and {"1970s", "1980s", "1990s"} <= set(headers)
    assert _count(page) == 72
    # "none" on the 1970s group hides exactly the 20 markers of 1970-1979
    group = page.locator(".leaflet-layerstree-header", has_text="1970s").first
    group.locator("input[type=checkbox]").first.uncheck()
    assert _count(page) == 52
    assert all(_count(page, str(y)) == 0 for y in range(1970, 1980))


def test_phone_folds_controls_and_legend(ctx, seed_maps):
    maps, _ = seed_maps
    page = ctx.new_page()
    page.set_viewport_size({"width": 390, "height": 740})
    page.goto((maps / "index.html").resolve().as_uri())
    page.wait_for_function(
        "document.querySelectorAll('path.leaflet-interactive').length > 0", timeout=10000
    )
    assert page.locator(".leaflet-control-layers-expanded").count() == 0
    assert page.evaluate("document.querySelector('details.geo-legend').open") is False
    page.locator("details.geo-legend summary").click()
    assert page.locator(".geo-legend").inner_text().count("\n") > 3
    desk = _open(ctx, maps / "index.html")
    assert desk.locator(".leaflet-control-layers-expanded").count() == 1
    assert desk.evaluate("document.querySelector('details.geo-legend').open") is True


def test_time_slider_page_names_its_layer(ctx, seed_maps):
    maps, _ = seed_maps
    page = _open(ctx, maps / "timeline.html")
    text = " ".join(page.locator(".leaflet-control-layers").all_inner_texts())
    assert "macro_element" not in text


def test_packed_tables_are_inflated_in_the_browser(ctx, seed_maps, tmp_path, monkeypatch):
    from geo.maps import tables, write_maps
    from geo.pipeline import choose_periods

    maps, events = seed_maps
    assert "var geoTables = null" not in (maps / "index.html").read_text(encoding="utf-8")
    plain = _count(_open(ctx, maps / "index.html"))
    monkeypatch.setattr(tables, "COMPRESS_ABOVE", 100)
    out = tmp_path / "packed"
    write_maps(events, choose_periods(events), out, title="Packed")
    html = (out / "index.html").read_text(encoding="utf-8")
    assert 'geoInflate("' in html and "var geoTables = null" in html
    page = _open(ctx, out / "index.html")
    assert _count(page) == plain
    marker = page.locator('path.leaflet-interactive[aria-label^="Khojaly"]').first
    marker.focus()
    page.keyboard.press("Enter")
    assert (
        "according to Aggression by Armenia Against Azerbaijan"
        in page.locator(".leaflet-popup-content").last.inner_text()
    )
    assert not page.geo_errors
