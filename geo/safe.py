"""The one place where untrusted text meets a page, a script, a spreadsheet or YAML.

Document text, front matter, user tables, period names and ``--title`` are all
untrusted: a newsroom's corpus may hold text written by anyone. geo guarantees:

* **No template compiles data.** branca's ``Element(text)`` compiles ``text`` as a
  Jinja template, so ``{{ … }}`` in a document would run on the building machine.
  Every string geo builds into a page goes through :class:`Raw`, which is written
  out verbatim and never compiled; Jinja templates in geo are literals in the code.
  branca also compiles the *output* of every folium element's template a second
  time, so text that must go through a folium element (layer names in the layer
  control) is made of :func:`text`, which writes ``{`` and ``}`` as character
  references: no ``{{``, ``{%`` or ``{#`` can form.
* **Text in HTML is escaped** with :func:`text` (element content and attribute
  values alike, quotes and braces included).
* **Data in ``<script>``** is :func:`script_json`: JSON with ``<``, ``>``, ``&``, the
  line separators U+2028/U+2029 and template openers escaped, so ``</script>`` or
  ``<!--`` in a quote cannot end or comment out the script.
* **CSV cells are not formulas**: :func:`csv_cell` prefixes ``'`` to a text cell
  that a spreadsheet would run (OWASP "CSV injection"); :func:`csv_uncell` undoes it
  when geo reads its own table back.
* **YAML front matter** is read by :func:`load_yaml`: safe types only, no anchors or
  aliases (no "billion laughs"), bounded in size and depth.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import branca.element
import yaml

__all__ = [
    "Raw",
    "text",
    "script_json",
    "csv_cell",
    "csv_uncell",
    "neutralise_frame",
    "load_yaml",
    "YAML_MAX_BYTES",
    "YAML_MAX_DEPTH",
]

YAML_MAX_BYTES = 64 * 1024  # front matter is a few lines of metadata
YAML_MAX_DEPTH = 10

# Cells a spreadsheet reads as a formula start with one of these (OWASP). A cell
# that already starts with quotes before one is prefixed too, so csv_uncell is exact.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_UNCELL = re.compile(r"'(?='*[=+\-@\t\r])")
_SCRIPT_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)
# In compact JSON a "{" followed by "{", "%" or "#" can only stand inside a string,
# where \u007b means the same character and opens no Jinja block.
_TEMPLATE_OPENER = re.compile(r"\{(?=[{%#])")


class Raw(branca.element.Element):
    """A piece of HTML that geo made, written into the page as it is.

    Unlike ``branca.element.Element(html)`` it is never compiled as a Jinja
    template, so text inside it (escaped document text, JSON of quotes) cannot run
    as template code. Build its HTML with :func:`text` and :func:`script_json`.
    """

    def __init__(self, markup: str) -> None:
        super().__init__()
        self._name = "Raw"
        self.markup = markup

    def render(self, **kwargs: Any) -> str:
        """The markup, unchanged."""
        return self.markup


def text(value: object) -> str:
    """``value`` as HTML text, safe in element content and in quoted attribute values."""
    return (
        html.escape("" if value is None else str(value), quote=True)
        .replace("{", "&#123;")
        .replace("}", "&#125;")
    )


def script_json(data: Any) -> str:
    """JSON that can stand inside a ``<script>`` element: no ``<``, ``>``, ``&`` or line
    separators."""
    out = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in _SCRIPT_ESCAPES:
        out = out.replace(ch, esc)
    return _TEMPLATE_OPENER.sub(r"\\u007b", out)


def csv_cell(value: object) -> object:
    """A text cell a spreadsheet will not run: ``'`` before a leading ``= + - @``, tab or CR.

    Anything that is not a string (numbers, missing values) is returned as it is.

    >>> csv_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> csv_cell(-3)
    -3
    """
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def csv_uncell(value: object) -> object:
    """Undo :func:`csv_cell` on a cell geo wrote: drop the one ``'`` it added."""
    if isinstance(value, str) and value.startswith("'"):
        return _UNCELL.sub("", value, count=1) if _UNCELL.match(value) else value
    return value


def neutralise_frame(df):
    """A copy of a DataFrame whose text cells pass through :func:`csv_cell`; numbers stay
    numbers."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype) in ("string", "str"):
            out[col] = out[col].map(csv_cell)
    return out


class _NoAliasLoader(yaml.SafeLoader):
    """PyYAML's safe loader that refuses anchors and aliases and deep nesting."""

    def compose_node(self, parent, index):  # noqa: D401 - PyYAML hook
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed in front matter", event.start_mark
            )
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise yaml.constructor.ConstructorError(
                None, None, "anchors (&name) are not allowed in front matter", event.start_mark
            )
        self._geo_depth = getattr(self, "_geo_depth", 0) + 1
        try:
            if self._geo_depth > YAML_MAX_DEPTH:
                raise yaml.constructor.ConstructorError(
                    None, None, f"nested deeper than {YAML_MAX_DEPTH} levels", event.start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self._geo_depth -= 1


def load_yaml(source: str) -> Any:
    """Parse a small YAML block safely: plain data types only, no anchors or aliases,
    at most :data:`YAML_MAX_BYTES` and :data:`YAML_MAX_DEPTH` levels.

    Raises ``yaml.YAMLError`` (with ``problem`` and ``problem_mark`` where known).
    """
    if len(source.encode("utf-8")) > YAML_MAX_BYTES:
        err = yaml.YAMLError()
        err.problem = f"longer than {YAML_MAX_BYTES // 1024} KB"  # type: ignore[attr-defined]
        raise err
    loader = _NoAliasLoader(source)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
