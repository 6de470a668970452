"""Loading documents (plain text, Markdown, HTML web pages, PDF) with their metadata.

Metadata comes from a YAML front-matter block at the top of a text or Markdown
file::

    ---
    title: Aggression by Armenia Against Azerbaijan
    publisher: Consulate General of the Republic of Azerbaijan in Los Angeles
    language: en
    url: https://example.org/page
    note: One party's account of the conflict.
    ---
    Body text ...

for a saved web page (``.html``), from trafilatura: the page's main text only
(navigation, sidebars, footers and comments left out), its title, author, date,
canonical URL and site name (as the publisher), with ``<html lang>`` and
``<meta name="publisher|description">`` as well; for a PDF, from its document
information (title, author, creation date), with the text of each page kept in
order and :attr:`Document.pages` saying where each page starts, so that an offset
gives its page (:meth:`Document.page_at`).

Files are read in the encoding :mod:`geo.encoding` detects (UTF-8, UTF-16, legacy
code pages such as cp1251 and cp1254; a web page's declared charset first); the
encoding is :attr:`Document.encoding`. PDF needs the ``pdf`` extra (pypdf), web
pages the ``web`` extra (trafilatura); without them such a document is a one-line
error naming the extra.

Character offsets reported by geo are offsets into :attr:`Document.text`, the
body after the front matter (for HTML and PDF: the extracted text).
"""

from __future__ import annotations

import bisect
import logging
import os
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import yaml

from geo.encoding import decode
from geo.exceptions import DocumentError, InputError
from geo.safe import load_yaml

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
_KNOWN = ("title", "publisher", "author", "language", "url", "date", "note")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
log = logging.getLogger("geo")


@dataclass
class Document:
    """One source document: its text and where it came from.

    ``pages`` holds the offset in :attr:`text` where each page starts (PDF only;
    empty for documents without pages); ``encoding`` the encoding the file was read in."""

    id: str
    path: str
    text: str
    format: str = "text"
    title: str = ""
    publisher: str = ""
    author: str = ""
    language: str = "en"
    url: str = ""
    date: str = ""
    note: str = ""
    extra: dict = field(default_factory=dict)
    encoding: str = "utf-8"
    pages: list[int] = field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        """The page number (from 1) the character at ``offset`` is on; None without pages."""
        if not self.pages:
            return None
        return max(1, bisect.bisect_right(self.pages, offset))


def load_document(path: str | Path) -> Document:
    """Read one document; raise :class:`DocumentError` naming the file on any problem."""
    p = Path(path)
    fmt = SUFFIXES.get(p.suffix.lower())
    if fmt is None:
        raise DocumentError(
            f"unsupported document type {p.suffix or '(none)'!r}; use "
            f"{', '.join(sorted(SUFFIXES))}",
            p,
        )
    try:
        raw = p.read_bytes()
    except IsADirectoryError:
        raise DocumentError("is a folder, not a document", p) from None
    except OSError as exc:
        raise DocumentError(f"cannot read: {exc.strerror or exc}", p) from None
    pages: list[int] = []
    if fmt == "pdf":
        text, meta, pages = _pdf_text(raw, p)
        encoding = "pdf"
    else:
        source, encoding = _decode(
            raw, p, declared=_declared_charset(raw) if fmt == "html" else None
        )
        if fmt == "html":
            text, meta = _html_text(source, p)
        else:
            text, meta = _front_matter(source, p)
    meta = {k: ("" if v is None else str(v)) for k, v in meta.items()}
    known = {k: meta.pop(k) for k in _KNOWN if k in meta}
    return Document(
        id=_printable(p.stem, p),
        path=_printable(str(p)),
        text=text,
        format=fmt,
        extra=meta,
        encoding=encoding,
        pages=pages,
        **known,
    )


def _printable(name: str, path: Path | None = None) -> str:
    """A file name as text that can be written anywhere: bytes that are not UTF-8
    (kept by the system as surrogates) become ``\\xe9`` escapes."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        fixed = os.fsencode(name).decode("utf-8", "backslashreplace")
        if path is not None:
            log.info(
                "%s: the file name is not UTF-8; the document's id is %s",
                _printable(str(path)),
                fixed,
            )
        return fixed


def _declared_charset(raw: bytes) -> str | None:
    m = _CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _decode(raw: bytes, path: Path, declared: str | None = None) -> tuple[str, str]:
    """The text and its encoding: a web page's declared charset when the bytes fit
    it, else what :func:`geo.encoding.decode` detects; logged when not UTF-8."""
    if declared and declared.replace("_", "-") not in ("utf-8", "utf8"):
        try:
            text = raw.decode(declared)
            log.info("%s: read as %s (declared by the page)", path, declared)
            return text, declared
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text, encoding = decode(raw, path)
    except InputError as exc:  # the same message, as a document error
        raise DocumentError(exc.problem, path, exc.line) from None
    if encoding.replace("-sig", "") != "utf-8":
        log.info("%s: read as %s (not UTF-8)", path, encoding)
    return text, encoding


def load_documents(paths: list[str | Path]) -> list[Document]:
    """Load every document under ``paths`` (files, or folders searched recursively), sorted by
    path."""
    files: list[Path] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files.extend(
                sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            )
        elif p.exists():
            files.append(p)
        else:
            raise DocumentError("no such file or folder", p)
    if not files:
        raise DocumentError(
            "no documents found (.txt, .md, .html or .pdf)", ", ".join(str(p) for p in paths)
        )
    docs = [load_document(f) for f in files]
    seen: dict[str, str] = {}
    for d in docs:
        if d.id in seen:
            raise DocumentError(
                f"two documents share the id {d.id!r} (also {seen[d.id]}); rename one", d.path
            )
        seen[d.id] = d.path
    return docs


def _front_matter(source: str, path: Path) -> tuple[str, dict]:
    m = _FRONT.match(source)
    if not m:
        return source, {}
    try:
        meta = load_yaml(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise DocumentError(f"bad front matter: {problem}", path, line) from None
    if not isinstance(meta, dict):
        raise DocumentError("bad front matter: expected 'key: value' lines", path, 2)
    return source[m.end() :], meta


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


def with_pages(events, documents: list[Document]):
    """``events`` (an events table) with a ``page`` column: the page of the PDF its
    mention (``start``) is on; empty for documents without pages."""
    import pandas as pd

    by_id = {d.id: d for d in documents if d.pages}
    pages = [
        by_id[doc].page_at(int(start))
        if doc in by_id and start is not None and not pd.isna(start)
        else None
        for doc, start in zip(events["doc"], events["start"])
    ]
    out = events.copy()
    out["page"] = pd.array(pages, dtype="Int64")
    return out
