"""Named days with a fixed date ("Victory Day", "День Победы", "Novruz bayramı", "Christmas")
and the eve of them ("the eve of Victory Day", "в канун Нового года", "Novruz bayramı
ərəfəsində": the day before), from ``geo/data/lexicon/holidays.csv``. A name counts only
as it is written there (capitals, or the language's usual form), never as a bare common
word; a day without a year of its own takes one as any such day does
(:func:`~geo.dates.scan.find_dates`)."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta

from geo.dates.expr import _NO_YEAR, TimeExpr
from geo.dates.windows import around
from geo.dates.words import _az_suffixes
from geo.resources import LEX_DIR

# name (spaces made one, "’" made "'") → (month, first day, last day, year or None)
_Holiday = tuple[int, int, int, "int | None"]


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


def _holidays() -> dict[str, _Holiday]:
    """``holidays.csv``: each of a row's names (``|``-separated) → its day or days."""
    out: dict[str, _Holiday] = {}
    with open(LEX_DIR / "holidays.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            day = int(r["day"])
            value = (int(r["month"]), day, int(r["day_end"] or day), int(r["year"] or 0) or None)
            for name in r["names"].split("|"):
                out[_key(name)] = value
    return out


HOLIDAYS = _holidays()


_NOT_CAPITAL_AFTER = r"(?![ \t]+[A-ZА-ЯЁƏÜÖĞÇŞİ])"


def _name_pattern(name: str) -> str:
    """One name as a pattern: its first letter as written, the first letters of the words
    after it in either case ("Qələbə günü", "Qələbə Günü"), "'" or "’"."""
    words = []
    for i, w in enumerate(name.split()):
        first = re.escape(w[0]) if i == 0 else f"[{re.escape(w[0].upper() + w[0].lower())}]"
        words.append(first + re.escape(w[1:]).replace("'", "['’]"))
    # one word before a capitalised one is part of another name ("Christmas Island",
    # "Novruz Mammadov")
    return r"\s+".join(words) + ("" if len(words) > 1 else _NOT_CAPITAL_AFTER)


def _as_written() -> list[str]:
    """The names as ``holidays.csv`` writes them (the keys are case-folded)."""
    with open(LEX_DIR / "holidays.csv", encoding="utf-8", newline="") as fh:
        names = {n for r in csv.DictReader(fh) for n in r["names"].split("|")}
    return sorted(names, key=len, reverse=True)


_WRITTEN = _as_written()
# "the eve of", "on the eve of the", "в канун", "накануне": the day before
_EVE_BEFORE = (
    r"(?P<eve>\b[Tt]he\s+[Ee]ve\s+of\s+(?:the\s+)?"
    r"|(?<!\w)(?:[Вв]\s+)?[Кк]анун\s+|(?<!\w)[Нн]акануне\s+)"
)
_SUFFIX = "|".join(re.escape(s) for s in sorted(_az_suffixes(), key=len, reverse=True))
# the first letters a match can start with: a quick test before the long alternation
_FIRST = re.escape("".join(sorted({n[0] for n in _WRITTEN} | set("TtВвКкНн"))))
HOLIDAY = re.compile(
    rf"(?=[{_FIRST}]){_EVE_BEFORE}?(?<!\w)(?P<hname>{'|'.join(_name_pattern(n) for n in _WRITTEN)})"
    rf"(?:{_SUFFIX})?(?:\s+(?P<eve2>ərəfəsi(?:ndə|nə|ndən)?))?(?!\w)"
)
# the first word of every name: where the scan looks for one (:func:`windows`)
_TRIGGER = re.compile(
    "(?<!\\w)(?:"
    + "|".join(sorted({re.escape(n.split()[0]) for n in _WRITTEN}, key=len, reverse=True))
    + ")"
)


def windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` around the first word of a name (with "the eve of" before
    it and "ərəfəsində" after it): the only places :data:`HOLIDAY` can match."""
    return around(_TRIGGER, text, 40, 100)


def holiday(m: re.Match) -> TimeExpr:
    """The day (or days: Novruz, 20–21 March) a matched name stands for, or the day before
    it after "the eve of"; in its own year when the name is an event's ("Black January"),
    else without one (``year_inherited``)."""
    month, first, last, year = HOLIDAYS[_key(m["hname"])]
    y = year or _NO_YEAR
    start, end = date(y, month, first), date(y, month, last)
    if m["eve"] or m["eve2"]:
        start, end = start - timedelta(days=1), end - timedelta(days=1)
        if start.year != y:  # the eve of New Year's Day: 31 December
            start, end = start.replace(year=y), end.replace(year=y)
    precision = "day" if start == end else "range"
    return TimeExpr(
        m.start(), m.end(), m.group(), start, end, precision, year_inherited=year is None
    )
