"""``geo gazetteer download``: GeoNames country dumps, fetched once and kept.

GeoNames publishes every place it knows in a country as ``<CC>.zip`` (a
tab-separated ``<CC>.txt`` inside; CC BY 4.0). This is the opt-in, online way to get
every village of a country: the file is fetched with an honest User-Agent, resumed
if a previous download stopped part-way (HTTP ``Range``), checked (its size against
``Content-Length``, the zip's CRCs, the ``<CC>.txt`` member, the columns of its
first row), kept in the cache (``<cache>/geonames/``) and then registered like
``geo gazetteer add``. Nothing here runs unless asked; tests use a local server.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path

from geo.exceptions import InputError, OnlineError

GEONAMES_DUMPS = "https://download.geonames.org/export/dump/"
USER_AGENT = (
    "geo-maps/0.1 (offline geoparser; downloads GeoNames dumps when asked: geo gazetteer download)"
)
_CHUNK = 1 << 16
_COLUMNS = 19  # GeoNames "geoname" table


class DownloadError(InputError, OnlineError):
    """A download that failed or gave a file geo cannot use."""


def _check_code(code: str) -> str:
    cc = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", cc):
        raise DownloadError(f"{code!r} is not a two-letter ISO 3166 country code (AZ, AM, GE...)")
    return cc


def dumps_dir() -> Path:
    """Where downloaded dumps are kept: ``<gazetteer cache>/geonames``."""
    from geo.gazetteer import cache_dir

    return cache_dir() / "geonames"


def _progress(total: int | None, name: str, quiet: bool) -> Callable[[int], None]:
    if quiet or not sys.stderr.isatty():
        return lambda n: None
    try:
        from tqdm import tqdm
    except ImportError:
        return lambda n: None
    bar = tqdm(total=total, unit="B", unit_scale=True, desc=name, file=sys.stderr)
    return bar.update


def fetch(url: str, target: Path, quiet: bool = False, timeout: float = 60) -> Path:
    """Download ``url`` to ``target``, resuming from ``target.part`` if it exists."""
    part = target.with_name(target.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    req = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, **({"Range": f"bytes={have}-"} if have else {})}
    )
    try:
        # http(s) only: the caller checked the scheme
        resp = urllib.request.urlopen(req, timeout=timeout)  # noqa: S310
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # nothing left to fetch: the part is whole
            part.replace(target)
            return target
        raise DownloadError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise DownloadError(f"{url}: {getattr(exc, 'reason', exc)}") from None
    with resp:
        if have and resp.status != 206:  # the server ignored the range: start again
            have = 0
        length = resp.headers.get("Content-Length")
        expected = have + int(length) if length and length.isdigit() else None
        update = _progress(expected, target.name, quiet)
        update(have)
        with open(part, "ab" if have else "wb") as fh:
            while chunk := resp.read(_CHUNK):
                fh.write(chunk)
                update(len(chunk))
    size = part.stat().st_size
    if expected is not None and size != expected:
        raise DownloadError(
            f"{url}: got {size:,} of {expected:,} bytes; run the command again to resume"
        )
    part.replace(target)
    return target


def _unpack(zpath: Path, cc: str) -> Path:
    """Check the zip and write its ``<CC>.txt`` beside it."""
    out = zpath.with_suffix(".txt")
    try:
        with zipfile.ZipFile(zpath) as zf:
            bad = zf.testzip()
            if bad is not None:
                raise DownloadError(
                    f"{zpath}: damaged member {bad}; delete the file and download again"
                )
            if f"{cc}.txt" not in zf.namelist():
                raise DownloadError(
                    f"{zpath}: no {cc}.txt inside (members: {', '.join(zf.namelist()[:5])})"
                )
            tmp = out.with_name(out.name + ".tmp")
            with zf.open(f"{cc}.txt") as src, open(tmp, "wb") as dst:
                shutil.copyfileobj(src, dst)
    except zipfile.BadZipFile:
        zpath.unlink(missing_ok=True)
        raise DownloadError(f"{zpath}: not a zip file (removed; download again)") from None
    with open(tmp, encoding="utf-8") as fh:
        first = fh.readline().rstrip("\n").split("\t")
    if first != [""] and len(first) != _COLUMNS:
        tmp.unlink(missing_ok=True)
        raise DownloadError(f"{zpath}: {cc}.txt has {len(first)} columns, not GeoNames' {_COLUMNS}")
    os.replace(tmp, out)
    return out


def download(
    codes: list[str],
    base_url: str = GEONAMES_DUMPS,
    force: bool = False,
    register: bool = True,
    quiet: bool = False,
) -> list[tuple[str, Path, int]]:
    """Fetch, check and (``register``) add the GeoNames dumps of ``codes``.

    Returns ``(code, path of <CC>.txt, places added)`` per country; a dump already in
    the cache is not fetched again unless ``force``.
    """
    if not base_url.lower().startswith(("http://", "https://")):
        raise DownloadError(f"{base_url!r}: only http(s) URLs")
    ccs = [_check_code(c) for c in codes]
    folder = dumps_dir()
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for cc in ccs:
        zpath = folder / f"{cc}.zip"
        if force or not zpath.exists():
            fetch(base_url.rstrip("/") + f"/{cc}.zip", zpath, quiet=quiet)
        txt = _unpack(zpath, cc)
        added = 0
        if register:
            from geo.gazetteer import add_user_source

            added = add_user_source(txt)
        out.append((cc, txt, added))
    return out
