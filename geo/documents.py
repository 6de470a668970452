"""Loading documents (plain text, Markdown, HTML) with their metadata.

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

and, for HTML, from ``<title>``, ``<html lang>`` and ``<meta name="author|publisher|description|date">``.
Character offsets reported by geo are offsets into :attr:`Document.text`, the
body after the front matter (for HTML: the extracted text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import yaml

from geo.exceptions import DocumentError
from geo.safe import load_yaml

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
_KNOWN = ("title", "publisher", "author", "language", "url", "date", "note")


@dataclass
class Document:
    """One source document: its text and where it came from."""

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


def load_document(path: str | Path) -> Document:
    """Read one document; raise :class:`DocumentError` naming the file on any problem."""
    p = Path(path)
    fmt = SUFFIXES.get(p.suffix.lower())
    if fmt is None:
        raise DocumentError(f"unsupported document type {p.suffix or '(none)'!r}; use {', '.join(sorted(SUFFIXES))}", p)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot read: {exc.strerror or exc}", p) from None
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentError(f"not UTF-8 text (byte {exc.start})", p, line) from None
    if fmt == "html":
        text, meta = _html_text(source)
    else:
        text, meta = _front_matter(source, p)
    meta = {k: ("" if v is None else str(v)) for k, v in meta.items()}
    known = {k: meta.pop(k) for k in _KNOWN if k in meta}
    return Document(id=p.stem, path=str(p), text=text, format=fmt, extra=meta, **known)


def load_documents(paths: list[str | Path]) -> list[Document]:
    """Load every document under ``paths`` (files, or folders searched recursively), sorted by path."""
    files: list[Path] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        elif p.exists():
            files.append(p)
        else:
            raise DocumentError("no such file or folder", p)
    if not files:
        raise DocumentError("no documents found (.txt, .md or .html)", ", ".join(str(p) for p in paths))
    docs = [load_document(f) for f in files]
    seen: dict[str, str] = {}
    for d in docs:
        if d.id in seen:
            raise DocumentError(f"two documents share the id {d.id!r} (also {seen[d.id]}); rename one", d.path)
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


def _html_text(source: str) -> tuple[str, dict]:
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
