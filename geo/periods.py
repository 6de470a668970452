"""Periods: the slices of time a map is split into (one layer and one map each)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from geo.exceptions import InputError

UNDATED = "Undated"
RESERVED = frozenset(
    {"index", "timeline", "undated", "embed"}
)  # pages geo writes beside the period maps


@dataclass(frozen=True)
class Period:
    """A named, inclusive interval of days."""

    name: str
    start: date
    end: date

    @property
    def slug(self) -> str:
        """A file-name-safe form of the name: ``maps/<slug>.html`` (at most 80 characters)."""
        return re.sub(r"[^\w.-]+", "-", self.name, flags=re.A)[:80].strip("-.").lower() or "period"


def by_year(events: pd.DataFrame) -> list[Period]:
    """One period per calendar year that any dated event touches, in order."""
    dated = events.dropna(subset=["date_start", "date_end"])
    years: set[int] = set()
    for s, e in zip(dated["date_start"], dated["date_end"]):
        years.update(range(int(str(s)[:4]), int(str(e)[:4]) + 1))
    return [Period(str(y), date(y, 1, 1), date(y, 12, 31)) for y in sorted(years)]


def by_decade(events: pd.DataFrame) -> list[Period]:
    """One period per decade that any dated event touches ("1990s")."""
    decades = sorted({int(p.name) // 10 * 10 for p in by_year(events)})
    return [Period(f"{d}s", date(d, 1, 1), date(d + 9, 12, 31)) for d in decades]


def read_periods(path: str | Path) -> list[Period]:
    """Read a periods CSV with columns ``name``, ``start``, ``end`` (ISO dates or years).

    Each name becomes a page, ``maps/<slug>.html``: names whose pages would be one
    ("Phase 1" and "phase-1") or one of geo's own pages (:data:`RESERVED`) are errors."""
    p = Path(path)
    try:
        fh = open(p, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", p) from None
    with fh:
        reader = csv.DictReader(fh)
        missing = {"name", "start", "end"} - set(reader.fieldnames or [])
        if missing:
            raise InputError(f"missing column(s) {', '.join(sorted(missing))}", p, 1)
        out = []
        slugs: dict[str, tuple[str, int]] = {}
        for line, row in enumerate(reader, start=2):
            name = (row["name"] or "").strip()
            if not name:
                raise InputError("empty name", p, line, "name")
            slug = Period(name, date.min, date.min).slug
            if slug in RESERVED:
                raise InputError(
                    f"{name!r} would be written as maps/{slug}.html, which geo writes "
                    "itself; rename the period",
                    p,
                    line,
                    "name",
                )
            if slug in slugs:
                other, at = slugs[slug]
                raise InputError(
                    f"{name!r} and {other!r} (line {at}) would both be written as "
                    f"maps/{slug}.html; rename one",
                    p,
                    line,
                    "name",
                )
            slugs[slug] = (name, line)
            start = _parse_bound(row["start"], p, line, "start", first=True)
            end = _parse_bound(row["end"], p, line, "end", first=False)
            if end < start:
                raise InputError(f"end {end} is before start {start}", p, line, "end")
            out.append(Period(name, start, end))
    if not out:
        raise InputError("no periods", p, 1)
    return out


def _parse_bound(value: str, path: Path, line: int, column: str, first: bool) -> date:
    v = (value or "").strip()
    try:
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1) if first else date(int(v), 12, 31)
        return date.fromisoformat(v)
    except ValueError:
        raise InputError(f"{v!r} is not a date (YYYY or YYYY-MM-DD)", path, line, column) from None


def assign(events: pd.DataFrame, periods: list[Period]) -> dict[str, list[int]]:
    """Map each period name to the positions of the events whose interval overlaps it.

    Undated events go to :data:`UNDATED`. An event that overlaps several periods is
    in each of them (it *spans*).
    """
    start = pd.to_datetime(events["date_start"], errors="coerce").to_numpy()
    end = pd.to_datetime(events["date_end"], errors="coerce").to_numpy()
    undated = np.isnat(start) | np.isnat(end)
    out: dict[str, list[int]] = {}
    for p in periods:
        hit = ~undated & (start <= np.datetime64(p.end)) & (end >= np.datetime64(p.start))
        out[p.name] = np.flatnonzero(hit).tolist()
    out[UNDATED] = np.flatnonzero(undated).tolist()
    return out
