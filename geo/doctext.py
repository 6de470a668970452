"""The text and metadata of the documents that need extracting: a web page's main text
through trafilatura (geo's own HTML stripper when it finds none), and a PDF's text page
after page through pypdf, with where each page starts."""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from pathlib import Path

from geo.exceptions import DocumentError

log = logging.getLogger("geo")
# the metadata a Document has fields for (the rest is kept in Document.extra)
_KNOWN = ("title", "publisher", "author", "language", "url", "date", "note")


class _TextExtractor(HTMLParser):
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "hr",
    }
    _SKIP = {"script", "style", "noscript", "template", "head", "nav"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False
        self._title: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html" and a.get("lang"):
            self.meta["language"] = a["lang"]
        elif tag == "meta" and a.get("name") and a.get("content"):
            name = a["name"].lower()
            key = {"description": "note"}.get(name, name)
            if key in _KNOWN:
                self.meta[key] = a["content"]
        elif tag == "title":
            self._in_title = True
        if tag in self._SKIP:
            self._skip += 1
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self._title.append(data)
        elif not self._skip:
            self.parts.append(data)


def _plain_html_text(source: str) -> tuple[str, dict]:
    """geo's own HTML stripper: the text without scripts, styles and navigation,
    and the metadata of ``<title>``, ``<html lang>`` and ``<meta name=...>``."""
    parser = _TextExtractor()
    parser.feed(source)
    parser.close()
    text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
    text = re.sub(r"\s*\n\s*\n\s*", "\n\n", text).strip()
    meta = dict(parser.meta)
    title = " ".join("".join(parser._title).split())
    if title:
        meta.setdefault("title", title)
    return text, meta


def _html_text(source: str, path: Path) -> tuple[str, dict]:
    """A web page's main text (one paragraph per block, blank lines between) and
    metadata, through trafilatura; the page's own ``<meta>`` tags fill what it lacks."""
    try:
        import trafilatura
    except ImportError:
        raise DocumentError(
            "reading web pages needs the 'web' extra: pip install 'geo-maps[web]' (trafilatura)",
            path,
        ) from None
    plain, meta = _plain_html_text(source)
    try:
        found = trafilatura.bare_extraction(
            source,
            with_metadata=True,
            include_comments=False,
            favor_precision=True,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "min_date": "1000-01-01",
            },
        )
    except (ValueError, TypeError, AttributeError) as exc:
        log.warning(
            "%s: trafilatura could not read the page (%s); geo's plain HTML reader used", path, exc
        )
        found = None
    data = found.as_dict() if hasattr(found, "as_dict") else (found or {})
    text = (data.get("text") or "").strip()
    if not text:
        if plain:
            log.warning("%s: no main text found; the whole page's text is used", path)
        return plain, meta
    text = re.sub(r"[ \t]*\n\s*", "\n\n", text)
    for key, value in (
        ("title", data.get("title")),
        ("author", data.get("author")),
        ("date", data.get("date")),
        ("url", data.get("url")),
    ):
        if value:
            meta[key] = value
    if data.get("sitename") and "publisher" not in meta:
        meta["publisher"] = data["sitename"]
    if data.get("description") and "note" not in meta:
        meta["note"] = data["description"]
    return text, meta


def _pdf_text(raw: bytes, path: Path) -> tuple[str, dict, list[int]]:
    """A PDF's text, page after page (a blank line between pages), its metadata, and
    where each page starts. Words hyphenated across a line end are joined."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:
        raise DocumentError(
            "reading PDF needs the 'pdf' extra: pip install 'geo-maps[pdf]' (pypdf)", path
        ) from None
    import io

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("the PDF is encrypted with a password", path)
        texts = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except DocumentError:
        raise
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
    ) as exc:
        raise DocumentError(
            f"not a readable PDF: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}",
            path,
        ) from None
    parts: list[str] = []
    starts: list[int] = []
    at = 0
    for t in texts:
        t = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", t.replace("\r\n", "\n")).strip()
        if parts:
            parts.append("\n\n")
            at += 2
        starts.append(at)
        parts.append(t)
        at += len(t)
    text = "".join(parts)
    if not text.strip():
        raise DocumentError(
            f"no text in its {len(texts)} page(s) (a scanned PDF? geo reads text: run OCR first)",
            path,
        )
    meta = {}
    for key, name in (("title", "/Title"), ("author", "/Author")):
        value = info.get(name) if hasattr(info, "get") else None
        if value and str(value).strip():
            meta[key] = str(value).strip()
    created = info.get("/CreationDate") if hasattr(info, "get") else None
    m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", str(created or ""))
    if m:
        meta["date"] = "-".join(g for g in m.groups() if g)
    return text, meta, starts
