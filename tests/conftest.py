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


@pytest.fixture(scope="session")
def seed():
    return load_document(SEED)


@pytest.fixture(scope="session")
def seed_result(gaz, seed):
    from geo.events import document_events

    return document_events(seed, gaz)


@pytest.fixture(scope="module")
def ctx():
    """A Playwright browser context on Debian's Chromium, offline (geo.browser), one per test module."""
    import shutil

    from geo.browser import CHROMIUM, browser

    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail("Debian chromium is not installed: run scripts/setup.sh test")
    with browser() as c:
        yield c
