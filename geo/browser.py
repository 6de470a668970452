"""Opening geo's pages in headless Chromium (Playwright), offline.

Requests for the CDN scripts and styles folium links are answered from the
local copies in ``geo/static/vendor`` (see its ``manifest.json``); every other
request to the network (map tiles, fonts) is answered with an empty 404 at once,
so a page behaves as it would with the tiles failing to load.
"""

from __future__ import annotations

import json
import mimetypes
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

VENDOR = Path(__file__).resolve().parent / "static" / "vendor"
CHROMIUM = os.environ.get("GEO_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def vendor_files() -> dict[str, Path]:
    """CDN URL → local file, for every vendored script and style."""
    manifest = json.loads((VENDOR / "manifest.json").read_text(encoding="utf-8"))
    return {url: VENDOR / rel for url, rel in manifest["files"].items()}


@contextmanager
def browser(width: int = 1100, height: int = 750) -> Iterator:
    """A Playwright browser context on Debian's Chromium with the offline routing."""
    from geo.extras import require

    sync_playwright = require("playwright.sync_api").sync_playwright

    files = vendor_files()
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            ctx = b.new_context(viewport={"width": width, "height": height})

            def handle(route):
                url = route.request.url
                if url.startswith("file:") or url.startswith("data:"):
                    return route.continue_()
                local = files.get(url.split("?", 1)[0])
                if local is not None:
                    ctype = mimetypes.guess_type(local.name)[0] or "application/octet-stream"
                    return route.fulfill(
                        status=200,
                        body=local.read_bytes(),
                        headers={"Content-Type": ctype, "Access-Control-Allow-Origin": "*"},
                    )
                return route.fulfill(status=404, body=b"", headers={"Content-Type": "text/plain"})

            ctx.route("**/*", handle)
            yield ctx
        finally:
            b.close()


def snapshot(
    page_path: str | Path,
    output: str | Path,
    width: int = 1200,
    height: int = 800,
    popup: str | None = None,
) -> int:
    """Render a map page to PNG, written atomically; return how many markers were drawn.

    ``popup``: open the popup of the first marker whose place name starts with it
    (one whose sources disagree, if there is such a marker).
    """
    from geo.exceptions import InputError
    from geo.output import atomic_write

    if not Path(CHROMIUM).exists():
        raise InputError(
            f"Chromium not found at {CHROMIUM} (install Debian's chromium or set GEO_CHROMIUM)"
        )
    with browser(width, height) as ctx:
        page = ctx.new_page()
        page.goto(Path(page_path).resolve().as_uri())
        page.wait_for_function(
            "typeof L !== 'undefined' && document.querySelector('.leaflet-container') !== null",
            timeout=15000,
        )
        page.wait_for_timeout(500)
        n = page.locator("path.leaflet-interactive").count()
        if popup:
            _open_popup(page, popup, page_path)
        png = page.screenshot(full_page=False)
    atomic_write(output, lambda tmp: tmp.write_bytes(png))
    return n


def _open_popup(page, name: str, page_path: str | Path) -> None:
    from geo.exceptions import InputError

    found = page.evaluate(
        """(name) => {
            const all = Array.from(
                document.querySelectorAll('path.leaflet-interactive[aria-label]'));
            const mine = all.filter(e => e.getAttribute('aria-label').startsWith(name + ','));
            const pick = mine.find(
                e => e.getAttribute('aria-label').endsWith('sources disagree')) || mine[0];
            if (!pick) { return false; }
            pick.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
            return true;
        }""",
        name,
    )
    if not found:
        raise InputError(f"no marker named {name!r} on this page", page_path)
    page.wait_for_timeout(900)  # the map pans to show the whole popup
