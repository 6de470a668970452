"""Reading text files in the encodings users have: UTF-8, UTF-16/32, and legacy code pages.

The order of the checks:

1. a byte-order mark: UTF-8, UTF-16 or UTF-32 (little or big endian);
2. UTF-16 without a mark, when every other byte of the start is zero (Latin text
   saved as "Unicode" by old Windows programs);
3. UTF-8, when the bytes are valid UTF-8 (most files);
4. else charset-normalizer, asked to choose among the legacy code pages of the
   languages geo reads (:data:`LEGACY`: Cyrillic cp1251, KOI8-R and cp866;
   Turkish/Azerbaijani Latin cp1254; Western cp1252 and Central European cp1250).
   Among its candidates whose "chaos" (mess) is within :data:`_MARGIN` of the
   best, the one listed first in :data:`LEGACY` wins: short texts leave several
   code pages equally clean, and cp1254 and cp1252 differ only in six letters
   (Ğ ğ İ ı Ş ş for Ð ð Ý ý Þ þ), which Turkish and Azerbaijani use and Western
   languages hardly do.

A file with NUL bytes that is not UTF-16/32, or that no code page reads cleanly,
is not text: :func:`decode` raises. Every file read otherwise than as UTF-8 is
logged on the ``geo`` logger (the command line prints it as ``geo: note: ...``).
"""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

from geo.exceptions import InputError

LEGACY = (
    "cp1251",
    "cp1254",
    "cp1252",
    "koi8_r",
    "cp866",
    "iso8859_5",
    "mac_cyrillic",
    "cp1250",
    "iso8859_9",
)
_MARGIN = 0.2
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
log = logging.getLogger("geo")


def _utf16_without_bom(raw: bytes) -> str | None:
    head = raw[:2000]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def detect(raw: bytes) -> str | None:
    """The encoding of ``raw`` (see the module docstring), or None when it is not text."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    name = _utf16_without_bom(raw)
    if name:
        return name
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        return None
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw, cp_isolation=list(LEGACY)))
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    pick = min(
        (m for m in matches if m.chaos <= best + _MARGIN),
        key=lambda m: LEGACY.index(m.encoding) if m.encoding in LEGACY else len(LEGACY),
    )
    return pick.encoding


def decode(raw: bytes, path: str | Path | None = None) -> tuple[str, str]:
    """``raw`` as text and the name of the encoding it was read in.

    Raises :class:`InputError` naming ``path`` and the line of the first bad byte
    when the bytes are not text in any encoding geo knows."""
    name = detect(raw)
    if name is None:
        line, where = _first_bad(raw)
        raise InputError(
            "not text in UTF-8, UTF-16 or a known legacy code page "
            f"({', '.join(LEGACY[:3])}, ...; byte {where})",
            path,
            line,
        )
    try:
        text = raw.decode(name)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid {name} text (byte {exc.start})", path, raw[: exc.start].count(b"\n") + 1
        ) from None
    if "\x00" in text:
        raise InputError(f"not text: it holds NUL characters when read as {name}", path)
    return text, name


def _first_bad(raw: bytes) -> tuple[int, int]:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return raw[: exc.start].count(b"\n") + 1, exc.start
    at = raw.find(b"\x00")
    return raw[: max(at, 0)].count(b"\n") + 1, max(at, 0)


def read_text(path: str | Path) -> tuple[str, str]:
    """The text of the file at ``path`` and its encoding; a line on the ``geo``
    logger when that is not UTF-8. Raises :class:`InputError` naming the file."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except IsADirectoryError:
        raise InputError("is a folder, not a file", p) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", p) from None
    text, name = decode(raw, p)
    if name.replace("-sig", "") != "utf-8":
        log.info("%s: read as %s (not UTF-8)", p, name)
    return text, name
