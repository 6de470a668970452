"""Named eras of history ("in Soviet times", "в советское время", "sovet dövründə") as the
span of days they name, from ``geo/data/lexicon/eras.csv`` (a cited start and end per row).
A name counts in any case of its first letter, whole words only; an era has its own years,
so it takes none from the text around it."""

from __future__ import annotations

import csv
import re
from datetime import date

from geo.dates.expr import TimeExpr
from geo.dates.windows import around
from geo.resources import LEX_DIR


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _eras() -> dict[str, tuple[date, date]]:
    """``eras.csv``: each of a row's names (``|``-separated, case-folded) → its first and
    last day."""
    out: dict[str, tuple[date, date]] = {}
    with open(LEX_DIR / "eras.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            span = (date.fromisoformat(r["start"]), date.fromisoformat(r["end"]))
            for name in r["names"].split("|"):
                out[_key(name)] = span
    return out


ERAS = _eras()
_NAMES = sorted(ERAS, key=len, reverse=True)
ERA = re.compile(
    r"(?<![\w-])(?P<era>"
    + "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in _NAMES)
    + r")(?![\w-])",
    re.I,
)
_TRIGGER = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted({re.escape(n.split()[0]) for n in _NAMES})) + ")", re.I
)


def windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` around the first word of an era's name: the only places
    :data:`ERA` can match."""
    return around(_TRIGGER, text, 10, 60)


def era(m: re.Match) -> TimeExpr:
    """The days of the era a matched name stands for, with the precision "era": like a
    century, it gives no year to the days written after it."""
    start, end = ERAS[_key(m["era"])]
    return TimeExpr(m.start("era"), m.end("era"), m["era"], start, end, "era")
