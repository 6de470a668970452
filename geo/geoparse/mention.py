"""The base of geoparsing: a place-name mention with its offsets, and what counts as a
capitalised word."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’]*)")


@dataclass
class Mention:
    """A place name as written in a text: ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    key: str
    rows: tuple[int, ...] = field(repr=False, default=())
    role: str = "literal"
    """How the text uses the name: ``literal`` (a place), ``demonym`` ("the Syrian
    border") or ``embedded`` (inside another name: "the Washington Post", "University
    of Cambridge", "Turkish Airlines"; GeoWebNews' embedded toponyms)."""


def _is_cap(word: str) -> bool:
    ch = word[:1]
    if not ch.isalpha():
        ch = next((c for c in word if c.isalpha()), "")
    return bool(ch) and (ch.isupper() or not ch.islower())
