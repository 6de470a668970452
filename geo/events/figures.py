"""Figures a text states: deaths as UCDP's (best, low, high) estimates and people displaced."""

from __future__ import annotations

import re

_NUM = r"(\d{1,3}(?:,\d{3})+|\d+)"
_QUAL = (
    r"(?:(at least|more than|over|no fewer than|up to|as many as|between|around|about|some"
    r"|nearly|almost|approximately|an estimated)\s+)?"
)
_FATAL = re.compile(
    _QUAL
    + _NUM
    + r"(?:\s*(?:-|–|to|and)\s*"
    + _NUM
    + r")?\b(?:(?!\d)[^.;]){0,60}?\b(?:killed|murdered|dead|died|massacred|executed|slain)\b",
    re.I,
)
_FATAL_AFTER = re.compile(
    r"\b(?:killing|killed|leaving|left)\s+"
    + _QUAL
    + _NUM
    + r"(?:\s*(?:-|–|to|and)\s*"
    + _NUM
    + r")?\s+(?:[a-z]+\s+){0,2}?"
    r"(?:people|persons|civilians|soldiers|fighters|troops|villagers|residents|others|dead)\b",
    re.I,
)
_DISPLACED = re.compile(
    _NUM + r"\b(?:(?!\d)[^.;]){0,80}?\b(?:expelled|displaced|deported|fled|evicted|forced out)\b",
    re.I,
)


def fatality_figures(text: str) -> tuple[int | None, int | None, int | None]:
    """Deaths the text states, as UCDP's (best, low, high): "at least 12 killed" →
    (12, 12, None); "between 10 and 15 killed" → (10, 10, 15); "up to 30 dead" →
    (None, None, 30); "613 … were murdered" → (613, None, None); "…, killing 4 soldiers" →
    (4, None, None)."""
    m = _FATAL.search(text) or _FATAL_AFTER.search(
        text
    )  # "12 … were killed", "…, killing at least 12 people"
    if not m:
        return None, None, None
    qual = (m.group(1) or "").lower()
    n = _count(m.group(2))
    hi = _count(m.group(3)) if m.group(3) else None
    if n is None:
        return None, None, None
    if hi is not None and hi > n:
        return (
            n,
            n,
            hi,
        )  # a range: its low end is the (conservative) best estimate, as UCDP codes it
    if qual in ("at least", "more than", "over", "no fewer than"):
        return n, n, None
    if qual in ("up to", "as many as"):
        return None, None, n
    return n, None, None


MAX_FIGURE = 10_000_000_000  # more people than live on Earth: not a figure of a happening


def _count(digits: str) -> int | None:
    """A stated number of people ("250,000"); None when it cannot be one."""
    n = int(digits.replace(",", ""))
    return n if n <= MAX_FIGURE else None


def _figure(pattern: re.Pattern, sentence: str) -> int | None:
    m = pattern.search(sentence)
    return _count(m.group(1)) if m else None


def _add_figures(ev: dict, sentence: str) -> None:
    best, low, high = fatality_figures(sentence)
    if best is not None and ev["fatalities"] is None:
        ev.update(fatalities=best, fatalities_low=low, fatalities_high=high)
    shown = _figure(_DISPLACED, sentence)
    if shown is not None and ev["displaced"] is None:
        ev["displaced"] = shown
