"""Several accounts on one map, as a reader sees them in Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.pipeline import build
from tests.conftest import open_page

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def maps(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("accounts")
    docs = tmp / "docs"
    docs.mkdir()
    (docs / "one.md").write_text(
        "---\ntitle: First account\n---\nOn 8 May 1992 forces captured Şuşa.\n\n"
        "On 3 June 1992 Ganja was shelled.\n",
        encoding="utf-8",
    )
    (docs / "two.md").write_text(
        "---\ntitle: Second account\nurl: https://example.org/two\n---\n"
        "Forces captured Shushi on 9 May 1992.\n",
        encoding="utf-8",
    )
    build([docs], tmp / "maps", tmp / "p.geojson", tmp / "e.csv")
    return tmp / "maps"


def _open(ctx, path: Path):
    return open_page(ctx, path)


def test_side_by_side_popup_and_source_switch(ctx, maps):
    page = _open(ctx, maps / "1992.html")
    markers = page.locator("path.leaflet-interactive")
    assert markers.count() == 3
    disputed = page.locator('path.leaflet-interactive[aria-label$="sources disagree"]')
    assert disputed.count() == 2
    disputed.first.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content").last
    popup.wait_for()
    claim = popup.locator(".geo-claim")
    assert "2 documents tell this happening" in claim.inner_text()
    assert "differ on: date" in claim.inner_text()
    accounts = claim.locator(".geo-account")
    assert accounts.count() == 2
    texts = accounts.all_inner_texts()
    assert any("First account" in t and "Şuşa" in t and "1992-05-08" in t for t in texts)
    assert any("Second account" in t and "Shushi" in t and "1992-05-09" in t for t in texts)
    assert [m.inner_text() for m in accounts.locator("mark").all()] in (
        ["Şuşa", "Shushi"],
        ["Shushi", "Şuşa"],
    )
    assert "Sources disagree" in page.locator(".geo-legend").inner_text()
    # switch a source off and on again: its events leave and come back on every layer
    page.keyboard.press("Escape")
    boxes = page.locator(".geo-sources input[type=checkbox]")
    labels = page.locator(".geo-sources label").all_inner_texts()
    assert [lab.strip() for lab in labels] == ["First account (2)", "Second account (1)"]
    boxes.nth(0).uncheck()
    assert markers.count() == 1
    assert page.locator('path.leaflet-interactive[aria-label^="Shusha"]').count() == 1
    boxes.nth(1).uncheck()
    assert markers.count() == 0
    boxes.nth(0).check()
    boxes.nth(1).check()
    assert markers.count() == 3
    assert not page.geo_errors


def test_one_document_has_no_source_box(ctx, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "one.md").write_text("On 8 May 1992 forces captured Şuşa.\n", encoding="utf-8")
    build([docs], tmp_path / "maps", tmp_path / "p.geojson", tmp_path / "e.csv")
    page = _open(ctx, tmp_path / "maps" / "index.html")
    assert page.locator(".geo-sources").count() == 0
    assert page.locator(".geo-claim").count() == 0


def test_snapshot_opens_a_disputed_popup(maps, tmp_path):
    import subprocess
    import sys

    def snap(*args):  # a process of its own: Playwright's sync API is already running in this one
        return subprocess.run(
            [sys.executable, "-m", "geo.cli", "snapshot", str(maps / "1992.html"), *args],
            capture_output=True,
            text=True,
        )

    out = tmp_path / "shusha.png"
    r = snap("-o", str(out), "--popup", "Shusha", "--width", "700", "--height", "500")
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 10_000
    r = snap("-o", str(tmp_path / "x.png"), "--popup", "Atlantis")
    assert r.returncode == 1 and "no marker named 'Atlantis'" in r.stderr
    assert not (tmp_path / "x.png").exists()
