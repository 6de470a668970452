"""The less common forms of a date: told from the day of writing ("yesterday",
"on Monday", "last week": :func:`_deictic`; "today", "two days ago", "in the last week":
:func:`_told_from_writing`, placed by :mod:`geo.dates.scan`), from the date before ("the
same day"), numbers with slashes whichever way the calendar allows (:func:`_slashed`), and
a date glued to the label before it (:func:`_glued`)."""

from __future__ import annotations

import re
from datetime import date

from geo.dates.expr import _NO_YEAR, INVALID, TimeExpr
from geo.dates.words import DATE_WORDS, word_key

_CAP_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w’']*[ \t]+$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_RU_WEEKDAYS = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")


_AZ_WEEKDAYS = {
    "bazar ertəsi": 0,
    "çərşənbə axşamı": 1,
    "çərşənbə": 2,
    "cümə axşamı": 3,
    "cümə": 4,
    "şənbə": 5,
    "bazar": 6,
}


def _az_weekday(words: str) -> int:
    """Monday 0 … Sunday 6 for an Azerbaijani weekday ("Şənbə günü", "bazar ertəsi")."""
    return _AZ_WEEKDAYS[" ".join(words.lower().split()).removesuffix(" günü")]


def _deictic(s: int, e: int, surface: str, g: dict) -> TimeExpr:
    """A date told from the day of writing ("yesterday", "on Monday", "last month"),
    placed by :func:`~geo.dates.scan.find_dates` when the document's date is known."""
    if g.get("yd"):
        key = ("day", -1, False)
    elif g.get("rwd"):  # "в субботу", "в прошлую субботу"; "в ночь на субботу": from Friday
        unit = "weeknight" if g.get("night") else "weekday"
        key = (unit, _RU_WEEKDAYS.index(g["rwd"].lower()), "прошл" in surface.lower())
    elif g.get("awd"):  # "şənbə günü", "bazar ertəsi"
        key = ("weekday", _az_weekday(g["awd"]), False)
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


_LABELS = frozenset(DATE_WORDS.get("label", {}))
_ABLATIVE_BEFORE = re.compile(r"(?<!\w)(?!bundan\b)\w+d[aə]n\s+$", re.I)


def _glued(text: str, start: int, label_only: bool = False) -> bool:
    """True unless the date at ``start`` is glued to a word before it ("Su25 May") that is
    neither a date label of ``date_words.csv`` ("Date12 June 1993", "Tarix12 iyun",
    "DateApril 2, 1993", from an infobox whose label and value ran together) nor, unless
    ``label_only`` (a month's name glued to a word), a capitalised word ("Signed12 May")."""
    i = start
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    word = text[i:start]
    if not word:
        return True
    if i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        return False
    return word_key(word) in _LABELS or (
        not label_only and len(word) >= 3 and word[0].isupper() and word[1:].islower()
    )


def _count(g: dict, kind: str) -> int | None:
    """The count of "two days ago", "19 лет назад", "in the last two weeks"; without one, 1
    for a unit that says it alone ("неделю назад", "in the last week"), else None ("bir neçə
    il əvvəl": a few years ago; "over the past weeks")."""
    unit = word_key(g["unit"])
    n = g.get("n")
    if not n:
        if kind == "ago":
            return 1 if unit in DATE_WORDS.get("alone", {}) else None
        return None if DATE_WORDS["unit"][unit].endswith("s") else 1
    if n.isdigit():
        return int(n)
    total = 0
    for part in re.split(r"[-\s]+", word_key(n)):  # "twenty-five", "a hundred", "otuz bir"
        v = int(DATE_WORDS["number"][part])
        total = max(total, 1) * v if v == 100 else total + v
    return total


def _told_from_writing(
    kind: str, s: int, e: int, surface: str, g: dict, text: str
) -> TimeExpr | None:
    """ "today", "throughout the week", "two days ago", "in the last week" (told from the
    day of writing) and "the same day", "на следующий день" (from the last day before it),
    the words from ``geo/data/lexicon/date_words.csv``."""
    d = date(_NO_YEAR, 1, 1)
    if kind == "same_day":
        days = int(DATE_WORDS["same"][word_key(g["same"])])
        return TimeExpr(s, e, surface, date.min, date.min, "day", shift=(days, 0))
    if kind == "deictic_word":
        if g.get("td"):
            key = ("day", int(DATE_WORDS["today"][word_key(g["td"])]), False)
        else:
            unit, step = DATE_WORDS["period"][word_key(g["pd"])].split()
            key = (unit, int(step), False)
        return TimeExpr(s, e, surface, d, d, "day", deictic=key)
    count = _count(g, kind)
    if count is None or count == 0:
        return None
    unit = DATE_WORDS["unit"][word_key(g["unit"])].rstrip("s")
    if unit in ("hour", "minute"):  # "three hours ago": the day of writing; "48 hours": two
        per_day = 24 if unit == "hour" else 24 * 60
        unit, count = "day", count // per_day + (kind == "past")
        if kind == "ago" and count == 0:
            return TimeExpr(s, e, surface, d, d, "day", deictic=("day", 0, False))
    if kind == "past":  # the days up to the day of writing
        return TimeExpr(s, e, surface, d, d, "day", deictic=("past-" + unit, count, False))
    if _ABLATIVE_BEFORE.search(text, max(0, s - 30), s) and word_key(g["ago"]) in ("əvvəl", "öncə"):
        return None  # "müharibədən 2 il əvvəl": two years before the war, not before writing
    precision = "approximate" if g.get("hedge") else "day"
    if g.get("day1") or g.get("day2"):  # "on this day 31 years ago": that day of the calendar
        unit = "same-" + unit
    return TimeExpr(s, e, surface, d, d, precision, deictic=(unit, -count, False))
