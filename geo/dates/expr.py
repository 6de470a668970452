"""The value a date finder returns, :class:`TimeExpr` (an inclusive interval with a
precision), and the calendar arithmetic on it: a month's last day, the early / mid / late
part of a year or decade, a day given its year."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date

_NO_YEAR = 4  # a leap year standing in until the real year is known ("29 February")


@dataclass(frozen=True)
class TimeExpr:
    """A date or period found in a text: ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    date_start: date
    date_end: date
    precision: str
    year_inherited: bool = False
    shift: tuple[int, int] | None = None  # (days, months) from the date before: "two days later"
    month_inherited: bool = False  # "on the 9th": the month (and year) of the date before
    # "yesterday", "on Monday", "last month": (unit, step, strict) from the document's own date
    deictic: tuple[str, int, bool] | None = None
    # "late that month", "в конце того же месяца": the part of the month counted from the
    # month of the date before ("early", "mid", "late"; :func:`_month_part`)
    part: str | None = None

    @property
    def relative(self) -> bool:
        return self.shift is not None

    @property
    def iso(self) -> tuple[str, str]:
        return self.date_start.isoformat(), self.date_end.isoformat()


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _qualified(q: str | None, first: date, last: date) -> tuple[date, date]:
    """Narrow ``[first, last]`` (a year, decade or century) to its early / mid / late part."""
    if not q:
        return first, last
    q = q.lower()
    if first.year == last.year:  # a year
        y = first.year
        parts = {
            "early": (1, 4),
            "beginning": (1, 4),
            "start": (1, 4),
            "mid": (5, 8),
            "middle": (5, 8),
            "late": (9, 12),
            "end": (9, 12),
            "first": (1, 6),
            "second": (7, 12),
        }
    else:  # a decade, its first, middle and last four years; a century, its forty
        y0, step = first.year, (last.year - first.year + 1) // 10
        parts = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
        lo, hi = parts.get(q, (0, 9))
        return date(y0 + lo * step, 1, 1), date(y0 + (hi + 1) * step - 1, 12, 31)
    key = q.removeprefix("the ").split()[0]  # "the first half of", "first half": "first"
    lo, hi = parts.get(key, (1, 12))
    return date(y, lo, 1), _month_end(y, hi)


def _month_part(q: str, y: int, mon: int) -> tuple[date, date]:
    """The part ``q`` of month ``mon`` of year ``y``: its first ten days ("early", "the
    beginning of", "the first days of", "в начале", "əvvəlində"), middle ten ("mid", "the
    middle of"), last days from the 21st ("late", "the end of", "the last days of", "в конце",
    "sonunda"), or half ("the first half of")."""
    q = q.lower()
    end = _month_end(y, mon)
    if "first half" in q:
        return date(y, mon, 1), date(y, mon, 15)
    if "second half" in q:
        return date(y, mon, 16), end
    if "early" in q or "beginning" in q or "start" in q or "first" in q:
        return date(y, mon, 1), date(y, mon, 10)
    if "late" in q or "end" in q or "last" in q:
        return date(y, mon, 21), end
    return date(y, mon, 11), date(y, mon, 20)


# precision of a day that is not in the calendar: it hides the coarser reading, then is dropped
INVALID = "invalid"


def _set_year(t: TimeExpr, year: int) -> TimeExpr | None:
    """``t`` (parsed without a year) in ``year``; None when the day does not exist then."""
    end = t.date_end
    try:
        start = t.date_start.replace(year=year)
        if end == _month_end(end.year, end.month) and end.day != t.date_start.day:
            end = _month_end(year, end.month)
        else:
            end = end.replace(year=year)
    except ValueError:
        return None
    return replace(t, date_start=start, date_end=end)
