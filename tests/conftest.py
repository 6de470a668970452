from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo import gazetteer
from geo.documents import load_document

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "geo" / "data" / "documents" / "000_b3fae42df5d436ab.txt"


def read_csv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="session")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


SMALL_COUNTRIES = ("AZ", "AM", "GE")


@pytest.fixture
def small_gazetteer(tmp_path, monkeypatch):
    """A small gazetteer for tests that build one (after adding user rows): the real build
    with GeoNames' towns of 15,000 people and more in only ``SMALL_COUNTRIES`` (countries,
    divisions and regions as usual), cached in its own folder; about 1 s instead of 10.
    Yields that cache folder (``$GEO_CACHE_DIR`` while the test runs)."""
    from geo.gazetteer import sources

    cities = sources._iter_cities

    def few_cities(min_population: int):
        return (c for c in cities(min_population) if c.get("countrycode") in SMALL_COUNTRIES)

    monkeypatch.setattr(sources, "_iter_cities", few_cities)
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "small-cache"))
    monkeypatch.setenv("GEO_MIN_POPULATION", "15000")
    yield tmp_path / "small-cache"
    gazetteer.cache._load_cached.cache_clear()


@pytest.fixture(scope="session")
def seed():
    return load_document(SEED)


@pytest.fixture(scope="session")
def seed_result(gaz, seed):
    from geo.events import document_events

    return document_events(seed, gaz)


@pytest.fixture(scope="module")
def ctx():
    """A Playwright browser context on Debian's Chromium, offline (geo.browser), one per test
    module."""
    import shutil

    from geo.browser import CHROMIUM, browser

    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail("Debian chromium is not installed: run scripts/setup.sh test")
    with browser() as c:
        yield c


MARKERS_DRAWN = "document.querySelectorAll('path.leaflet-interactive').length > 0"


def open_page(ctx, path: Path, ready: str = MARKERS_DRAWN, settle_ms: int = 0):
    """Open a map page in ``ctx``; the page records dialogs (``geo_dialogs``) and
    script errors (``geo_errors``). ``ready``: a JS condition to wait for."""
    page = ctx.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.resolve().as_uri())
    page.wait_for_function(ready, timeout=10000)
    if settle_ms:
        page.wait_for_timeout(settle_ms)
    page.geo_dialogs, page.geo_errors = dialogs, errors
    return page
