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
body after the front matter (for HTML and PDF: the extracted text) in the form geo
reads it: composed (NFC), without the stress marks of Russian reference works
(:func:`geo.text.reading_form`).
"""

from __future__ import annotations

import bisect
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from geo.doctext import _KNOWN, _html_text, _pdf_text
from geo.encoding import decode
from geo.exceptions import DocumentError, InputError
from geo.safe import load_yaml
from geo.text import reading_form

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

    def __post_init__(self) -> None:
        # one form of the text for every rule and offset (see geo.text.reading_form),
        # page by page so that each page still starts where :attr:`pages` says
        if self.text.isascii():
            return
        n = len(self.text)
        bounds = sorted({0, n, *(min(max(p, 0), n) for p in self.pages)})
        parts = [reading_form(self.text[a:b]) for a, b in zip(bounds, bounds[1:])]
        moved, at = {0: 0}, 0  # each page start, old offset → new; a blank page's too
        for b, part in zip(bounds[1:], parts):
            at += len(part)
            moved[b] = at
        self.pages = [moved[min(max(p, 0), n)] for p in self.pages]
        self.text = "".join(parts)

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
            f"unsupported document type {p.suffix or '(none)'!r}; "
            f"use {', '.join(sorted(SUFFIXES))}",
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
    """Load every document under ``paths`` (files, or folders searched recursively), sorted
    by path."""
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
