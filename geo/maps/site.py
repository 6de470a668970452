"""Writing a site of maps: every page into a staging folder, then moved into place;
self-contained pages with their scripts inlined; the embed snippet."""

from __future__ import annotations

import base64
import json
import mimetypes
import os
import re
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from geo.maps.elements import OUTLINE_FILE, outline_script
from geo.maps.page import build_map, pages
from geo.output import staging
from geo.periods import Period
from geo.safe import text


def write_maps(
    events: pd.DataFrame,
    periods: list[Period],
    out_dir: str | Path,
    title: str = "Events",
    self_contained: bool = False,
) -> list[Path]:
    """Write ``index.html`` and one map per period into ``out_dir``.

    Every page is rendered into a temporary folder inside ``out_dir`` first and
    moved into place only when all of them are ready, so a failure leaves the old
    maps as they were. Pages of an earlier run that this run does not write
    (listed in its ``manifest.json``) are removed; other files are left alone.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    all_pages = pages(events, periods, title)
    nav = [(pg.title.split(": ", 1)[-1], pg.filename, pg.n_placed) for pg in all_pages[1:]]
    files = {pg.filename: None for pg in all_pages}
    tmp = Path(tempfile.mkdtemp(prefix=".geo-", dir=out))
    st = staging()
    if st is not None:
        st.folders.append(tmp)
        st.note()
    try:
        for pg in all_pages:
            page_html = build_map(pg, nav).get_root().render()
            if self_contained:
                page_html = inline_assets(page_html)
            (tmp / pg.filename).write_text(page_html, encoding="utf-8")
        (tmp / OUTLINE_FILE).write_text(outline_script(), encoding="utf-8")
        (tmp / "embed.html").write_text(embed_snippet("index.html", title), encoding="utf-8")
        manifest = {
            "pages": [
                {"file": p.filename, "title": p.title, "subtitle": p.subtitle} for p in all_pages
            ]
        }
        (tmp / "manifest.json").write_text(
            json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8"
        )
        stale = _previous_pages(out) - set(files)
        for name in [*files, "embed.html", "manifest.json", OUTLINE_FILE]:
            os.chmod(tmp / name, 0o644)
        if st is not None:  # moved with the rest of the set when the Staging block ends
            st.moves += [
                (tmp / name, out / name)
                for name in [*files, "embed.html", "manifest.json", OUTLINE_FILE]
            ]
            st.removals += [out / name for name in stale]
            st.note()
            return [out / name for name in files]
        for name in [*files, "embed.html", "manifest.json", OUTLINE_FILE]:
            os.replace(tmp / name, out / name)
        for name in stale:
            (out / name).unlink(missing_ok=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(tmp, ignore_errors=True)
    return [out / name for name in files]


def _previous_pages(out: Path) -> set[str]:
    try:
        old = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        return {
            p["file"]
            for p in old.get("pages", [])
            if "/" not in p["file"] and p["file"].endswith(".html")
        }
    except (OSError, ValueError, AttributeError, TypeError, KeyError):
        return set()


_SCRIPT_SRC = re.compile(r'<script src="([^"]+)"></script>')
_CSS_LINK = re.compile(r'<link rel="stylesheet" href="([^"]+)"/?>')


def inline_assets(page_html: str) -> str:
    """Inline every script and stylesheet the page links, from the vendored copies.

    Links with no vendored copy (Bootstrap, Font Awesome, icon fonts: nothing geo's
    maps use) are dropped, so the page makes no request but for map tiles.
    """
    from geo.browser import vendor_files

    files = vendor_files()

    def script(m: re.Match) -> str:
        src = m.group(1)
        if src == OUTLINE_FILE:
            return "<script>" + outline_script().replace("</", "<\\/") + "</script>"
        path = files.get(src)
        if path is None:
            return ""
        return (
            "<script>"
            + path.read_text(encoding="utf-8").replace("</script", "<\\/script")
            + "</script>"
        )

    def css(m: re.Match) -> str:
        href = m.group(1)
        path = files.get(href)
        if path is None:
            return ""
        sheet = path.read_text(encoding="utf-8")
        base = href.rsplit("/", 1)[0] + "/"

        def data_uri(u: re.Match) -> str:
            ref = u.group(1).strip("'\"")
            if ref.startswith("data:"):
                return u.group(0)
            target = files.get(_join_url(base, ref))
            if target is None:
                return "url()"
            mime = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            return f"url(data:{mime};base64,{base64.b64encode(target.read_bytes()).decode()})"

        return "<style>" + re.sub(r"url\(([^)]+)\)", data_uri, sheet) + "</style>"

    page_html = _SCRIPT_SRC.sub(script, page_html)
    return _CSS_LINK.sub(css, page_html)


def _join_url(base: str, ref: str) -> str:
    parts = (base + ref).split("/")
    out: list[str] = []
    for part in parts:
        if part == "..":
            out.pop()
        elif part != ".":
            out.append(part)
    return "/".join(out)


def embed_snippet(src: str, title: str, aspect: float = 0.62) -> str:
    """An HTML snippet embedding a map responsively in an article.

    ``src`` is a relative path or an ``http(s)`` URL; any other scheme
    (``javascript:``, ``data:``) is refused, since the frame would run it.
    """
    scheme = re.match(r"\s*([A-Za-z][A-Za-z0-9+.-]*):", src)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        from geo.exceptions import InputError

        raise InputError(f"--src must be a relative path or an http(s) URL, not {scheme.group(1)}:")
    pct = round(aspect * 100, 2)
    return (
        f'<div style="position:relative;width:100%;padding-top:{pct}%;">'
        f'<iframe src="{text(src)}" title="{text(title)}" loading="lazy" allowfullscreen '
        f'style="position:absolute;inset:0;width:100%;height:100%;border:0;"></iframe></div>\n'
    )
