"""What a reader sees: the maps in headless Chromium, offline (tiles fail, as here)."""

import re
import shutil
from pathlib import Path

import pytest

from geo.pipeline import build

pytestmark = pytest.mark.browser

HOSTILE = '<img src=x onerror="window.__xss=1;alert(1)">, ${alert(1)} and </script><script>window.__xss=2</script>'


@pytest.fixture(scope="module")
def ctx():
    if not Path(__import__("geo.browser", fromlist=["CHROMIUM"]).CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail("Debian chromium is not installed: run scripts/setup.sh test")
    from geo.browser import browser

    with browser() as c:
        yield c


@pytest.fixture(scope="module")
def seed_maps(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    ex = build(None, out / "maps", out / "places.geojson", out / "events.csv")
    return out / "maps", ex.events


def _open(ctx, path: Path):
    page = ctx.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.resolve().as_uri())
    page.wait_for_function("document.querySelectorAll('path.leaflet-interactive').length > 0", timeout=10000)
    page.geo_dialogs, page.geo_errors = dialogs, errors
    return page


def _count(page, period=None):
    sel = "path.leaflet-interactive" + (f'[data-period="{period}"]' if period else "")
    return page.locator(sel).count()


def test_one_layer_per_year_and_toggling(ctx, seed_maps):
    maps, events = seed_maps
    page = _open(ctx, maps / "index.html")
    labels = [t.strip() for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    years = sorted({str(y) for s, e in zip(events["date_start"].dropna(), events["date_end"].dropna()) for y in range(int(s[:4]), int(e[:4]) + 1)})
    assert [re.sub(r" \(\d+\)$", "", lab) for lab in labels] == years + ["Undated"]
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
        if page_file.name in ("index.html", "embed.html"):
            continue
        page = _open(ctx, page_file)
        period = page.locator(".leaflet-control-layers-overlays label").first.inner_text().strip()
        n = int(re.search(r"\((\d+)\)$", period).group(1))
        assert _count(page) == n, page_file.name


def test_hostile_document_text_never_runs(ctx, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "evil.md").write_text(
        f"---\ntitle: '{HOSTILE}'\npublisher: '</script><b>x</b>'\nurl: 'javascript:window.__xss=3'\n---\nOn 3 May 1995 shelling hit Ganja {HOSTILE}.\n",
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
    for part in ('src="index.html"', 'loading="lazy"', "allowfullscreen", 'title="Events in the documents"', "padding-top:62.0%"):
        assert part in snippet
