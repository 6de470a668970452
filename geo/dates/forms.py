"""The less common forms of a date: told from the day of writing ("yesterday",
"on Monday", "last week": :func:`_deictic`, placed by :mod:`geo.dates.scan`) and numbers
with slashes whichever way the calendar allows (:func:`_slashed`)."""

from __future__ import annotations

import re
from datetime import date

from geo.dates.expr import _NO_YEAR, INVALID, TimeExpr

_CAP_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w’']*[ \t]+$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_RU_WEEKDAYS = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")


def _deictic(s: int, e: int, surface: str, g: dict) -> TimeExpr:
    """A date told from the day of writing ("yesterday", "on Monday", "last month"),
    placed by :func:`~geo.dates.scan.find_dates` when the document's date is known."""
    if g.get("yd"):
        key = ("day", -1, False)
    elif g.get("rwd"):  # "в субботу", "в прошлую субботу"
        key = ("weekday", _RU_WEEKDAYS.index(g["rwd"].lower()), "прошл" in surface.lower())
    elif g.get("wd"):
        key = ("weekday", _WEEKDAYS.index(g["wd"].lower()), (g["on"] or "").lower() == "last")
    else:
        rel = g["rel"].lower()
        key = (g["per"], -1 if rel == "last" else 1 if rel == "next" else 0, False)
    d = date(_NO_YEAR, 1, 1)
    return TimeExpr(s, e, surface, d, d, "day", deictic=key)


def _slashed(s: int, e: int, surface: str, a: int, b: int, year: int) -> TimeExpr | None:
    """ "28/10/1993" (day first) or "10/28/1993" (month first): whichever reading the
    calendar allows; when both do ("03/04/1993"), the interval from the earlier to the
    later reading, precision ``approximate`` (the text does not say which it means)."""
    readings = []
    for day, mon in ((a, b), (b, a)):
        try:
            readings.append(date(year, mon, day))
        except ValueError:
            continue
    if not readings:
        return TimeExpr(s, e, surface, date.min, date.min, INVALID)
    lo, hi = min(readings), max(readings)
    return TimeExpr(s, e, surface, lo, hi, "day" if lo == hi else "approximate")
