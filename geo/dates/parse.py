"""Reading one match of a date pattern (:mod:`geo.dates.grammar`) into a
:class:`~geo.dates.expr.TimeExpr`."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from geo.dates.eras import era
from geo.dates.expr import _NO_YEAR, INVALID, TimeExpr, _month_end, _month_part, _qualified
from geo.dates.forms import (
    _CAP_WORD_BEFORE,
    _deictic,
    _glued,
    _slashed,
    _told_from_writing,
)
from geo.dates.holidays import holiday
from geo.dates.numbers import _before_our_era, _not_a_year, _quantity
from geo.dates.periods import PERIOD_KINDS, _period
from geo.dates.pieces import (
    _NUMBERS,
    _PART_BEFORE2,
    _RU_PREP,
    _alt_month,
    _month,
)
from geo.dates.told import _later, _month_of_year, _next_year
from geo.dates.words import (
    DATE_WORDS,
    word_key,
)


def _yy(yy: str | None) -> int | None:
    """A year written with its last two digits: 19xx from 30, else 20xx ("'92", "09 May 06")."""
    if not yy:
        return None
    return 2000 + int(yy) if int(yy) <= 30 else 1900 + int(yy)


_PARTS = {**DATE_WORDS.get("part_before", {}), **DATE_WORDS.get("part_after", {})}


_DAY_KINDS = frozenset(("dmy", "mdy", "alt_dmy"))
# a part of a century or decade before it ("the early 20th century", "the mid-'90s", "в конце
# XIX века", "в начале 90-х"), read back from the match of the century or decade
_PART_OF_BEFORE = re.compile(
    rf"(?:\b(?:the\s+)?(?P<q>early|mid|late)[-\s]+|(?<!\w){_RU_PREP}{_PART_BEFORE2}\s+"
    r"|\bthe\s+|(?<!\w)(?:в|во|с|со|к|ко|до|от)\s+)$",  # "the ’70s", "в 90-х": in its surface
    re.I,
)
# a year told right after a count of years ("Five years later, in 1970", "a year on (1994)")
_YEAR_AFTER = re.compile(r"[ \t,(]*(?:in[ \t]+)?(?:1\d{3}|20\d{2})(?!\d)")
_ERA_KINDS = frozenset(("century", "decade", "year", "year_range", "year_pair", "qual_year"))


def _count_after_comma(text: str, m: re.Match) -> bool:
    """True when the year of a day's match comes after a comma and is a count ("2 April,
    1200 soldiers", "12 мая, 1500 человек"): it counts what follows it, with no capitalised
    word between ("On 26 February, 1992 Armenian forces …" keeps its year)."""
    ys = m.start("year")
    return "," in text[m.start() : ys] and _quantity(text, ys, m.end("year"), caps=False)


def _night_before(s: int, e: int, surface: str, g: dict, year: int | None) -> TimeExpr:
    """ "в ночь на 26 февраля", "fevralın 26-na keçən gecə": the night that ends on that day,
    so the day before and the day itself (without a year, the 1st of a month is that day
    alone: the month before it has no known length)."""
    mon, y = _alt_month(g.get("amon") or g["may"]), year or _NO_YEAR
    last = date(y, mon, int(g["day"]))
    first = last - timedelta(days=1) if year or last.day > 1 else last
    return TimeExpr(
        s, e, surface, first, last, "range" if first < last else "day", year_inherited=year is None
    )


def _part(s: int, e: int, surface: str, g: dict, year: int | None) -> TimeExpr:
    """A part of a month or year in words ("в конце марта", "mart ayının sonunda",
    "в начале 1994 года", "1993-cü ilin sonunda"): the thirds of "early/mid/late"."""
    q = _PARTS[word_key(g["part"])]
    if g.get("ryear") or not (g.get("amon") or g.get("may")):  # a part of a year
        y = int(g.get("ryear") or year)
        first, last = _qualified(q, date(y, 1, 1), date(y, 12, 31))
        return TimeExpr(s, e, surface, first, last, "approximate")
    mon = _alt_month(g.get("amon") or g["may"])
    first, last = _month_part(q, year or _NO_YEAR, mon)
    return TimeExpr(s, e, surface, first, last, "approximate", year_inherited=year is None)


def _parse(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    g = m.groupdict()
    if kind in _ERA_KINDS and _before_our_era(text, m.start(), m.end()):
        return None  # "300 BC", "II в. до н. э.": before year 1 of geo's calendar
    if kind == "year_pair":  # "конфликт 1990 1994": a range, the later year no count
        if _quantity(text, m.start("y2"), m.end("y2")) or int(g["y2"]) > int(g["year"]) + 50:
            return None
        kind = "year_range"
    if kind in _DAY_KINDS and g.get("year") and _count_after_comma(text, m):
        # "On 2 April, 1200 soldiers …": the day alone, the number after its comma a count
        cut = text.rindex(",", m.start(), m.start("year"))
        day = m.re.match(text, m.start(), len(text[:cut].rstrip()))
        return _parse(kind, day, text) if day and not day.group("year") else None
    year = int(g["year"]) if g.get("year") else _yy(g.get("sy"))  # "the summer of '92"
    s, e = m.start(), m.end()
    try:
        if kind == "dotted_yy":  # "10.04.10": 10 April 2010
            d = date(_yy(g["yy"]), int(g["m"]), int(g["d"]))
            return TimeExpr(s, e, m.group(), d, d, "day")
        if kind == "dmy_yy":
            d = date(_yy(g["yy"]), _month(g["mon"]), int(g["day"]))
            return TimeExpr(s, e, m.group(), d, d, "day")
        if kind == "holiday":
            return holiday(m)
        if kind == "era":
            return era(m)
        if kind == "yy_speech":  # "in '93", "в 93-м году"
            y = _yy(next(g[k] for k in ("yy", "yy2", "yy3", "yy4") if g.get(k)))
            return TimeExpr(s, e, m.group(), date(y, 1, 1), date(y, 12, 31), "year")
        if kind == "month_that_year":  # "in October of that year": the year before it
            mon, s = _month(g["mon"]), m.start("mon")
            first, last = date(_NO_YEAR, mon, 1), _month_end(_NO_YEAR, mon)
            return TimeExpr(s, e, text[s:e], first, last, "month", year_inherited=True)
        if kind in ("mdy", "month") and not _glued(text, s, label_only=True):
            return None  # "MarchMay 5": a month glued to a word that is no date label
        if kind in ("dotted", "dmy", "alt_dmy") and not _glued(text, s):
            return None  # "Su25 May", "bu25 may": a digit run glued to a word that is no label
        if kind == "same_month":
            return _same_month(s, e, text)
        if kind in ("deictic_word", "ago", "past", "same_day"):
            if _DOMAIN_AFTER.match(text, e):
                return None  # "Today.az": a site's name, not the day of writing
            return _told_from_writing(kind, s, e, text[s:e], g, text)
        if kind in ("iso", "dotted", "dmy", "mdy"):
            bad = _impossible_day(kind, g, year)
            if bad:  # "31 February 1992": no such day, and not February 1992 either
                return TimeExpr(s, e, m.group(), date.min, date.min, INVALID)
        if kind == "mdy_days":  # "February 27, 28 and 29": one run of days
            days = [int(g["day"]), *map(int, re.findall(r"\d+", g["more"] or "")), int(g["day2"])]
            mon, y = _month(g["mon"]), year or _NO_YEAR
            if any(b != a + 1 for a, b in zip(days, days[1:])):
                # "March 3, 10 and 17, 1993": days apart, no range; the month they are all in
                # (no other pattern reads them, and the year after them is no year alone)
                first = date(y, mon, 1)
                return TimeExpr(
                    s, e, m.group(), first, _month_end(y, mon), "month", year_inherited=year is None
                )
            first, last = date(y, mon, days[0]), date(y, mon, days[-1])
            return TimeExpr(s, e, m.group(), first, last, "range", year_inherited=year is None)
        if kind in ("iso", "dotted", "dashed"):
            d = date(year, int(g["m"]), int(g["d"]))
            return TimeExpr(s, e, m.group(), d, d, "day")
        if kind == "deictic":
            if g.get("wd") and not g.get("on") and _CAP_WORD_BEFORE.search(text, max(0, s - 30), s):
                return None  # "Bloody Sunday", "Good Friday": a name, not a day
            return _deictic(s, e, m.group(), g)
        if kind == "dotted_range":  # "27.03.-03.04.1993", "25-26.02.1992"
            m2 = int(g["m2"])
            first = date(year, int(g["m"]) if g.get("m") else m2, int(g["d"]))
            last = date(year, m2, int(g["d2"]))
            if last < first:
                return None
            return TimeExpr(s, e, m.group(), first, last, "range")
        if kind == "slashed":
            return _slashed(s, e, m.group(), int(g["a"]), int(g["b"]), year)
        if kind in ("ordinal", "day_that_month"):
            # "on the 9th", "8-го того же месяца": a day of the month the text is in, filled
            # in by find_dates
            d = date(_NO_YEAR, 1, int(g["day"] or g["day2"]))
            if kind == "day_that_month":
                return TimeExpr(s, e, m.group(), d, d, "day", True, month_inherited=True)
            return TimeExpr(
                m.start("day"),
                e,
                text[m.start("day") : e],
                d,
                d,
                "day",
                year_inherited=True,
                month_inherited=True,
            )
        if kind in ("dmy", "mdy", "mdy_glued", "between_dmy", "between_mdy"):
            mon = _month(g["mon"])
            y = year or _NO_YEAR
            d1 = date(y, mon, int(g["day"]))
            d2 = date(y, mon, int(g["day2"])) if g.get("day2") else d1
            if d2 < d1:
                return None
            return TimeExpr(
                s, e, m.group(), d1, d2, "day" if d1 == d2 else "range", year_inherited=year is None
            )
        if kind in ("az_part_month", "az_part_year", "ru_part"):
            return _part(s, e, m.group(), g, year)
        if kind == "ru_part_range":  # "в конце 1991 – начале 1992 года": late 1991 to early 1992
            y1, q1, q2 = int(g["ryear"]), _PARTS[word_key(g["part"])], _PARTS[word_key(g["part2"])]
            first = _qualified(q1, date(y1, 1, 1), date(y1, 12, 31))[0]
            last = _qualified(q2, date(year, 1, 1), date(year, 12, 31))[1]
            return TimeExpr(s, e, m.group(), first, last, "range") if year > y1 else None
        if kind in ("alt_month_range", "ru_month_range", "az_month_range"):
            mon, mon2 = _alt_month(g["amon"]), _alt_month(g["amon2"])
            if mon2 <= mon:
                return None
            year = year or (int(g["year0"]) if g.get("year0") else None)
            y = year or _NO_YEAR
            first, last = date(y, mon, 1), _month_end(y, mon2)
            return TimeExpr(s, e, m.group(), first, last, "range", year_inherited=year is None)
        if kind == "ru_day_range" and g.get("night") and int(g["day2"]) != int(g["day"]) + 1:
            return None  # "с 5 на 12 мая" (moved from one day to another): no night's range
        if kind == "night_before":  # "в ночь на 26 февраля": the 25th and the 26th
            return _night_before(s, e, m.group(), g, year)
        if kind in ("ru_day_word", "en_day_word"):  # "пятого апреля": the day in words
            mon = _alt_month(g["amon"]) if g.get("amon") else _month(g["mon"])
            y = year or _NO_YEAR
            d = date(y, mon, int(DATE_WORDS["day_word"][word_key(g["dword"])]))
            return TimeExpr(s, e, m.group(), d, d, "day", year_inherited=year is None)
        if kind in ("az_ymd", "az_ydm", "az_md", "ru_day_range"):
            kind = "alt_dmy"  # the same reading: a day of a month, with or without its year
        if kind == "alt_dmy":  # "12 мая 1994 года"
            mon = _alt_month(g.get("amon") or g["may"])
            y = year or _NO_YEAR
            d = date(y, mon, int(g["day"]))
            d2 = date(y, mon, int(g["day2"])) if g.get("day2") else d
            if d2 < d:
                return None
            precision = "day" if d2 == d else "range"
            return TimeExpr(s, e, m.group(), d, d2, precision, year_inherited=year is None)
        if kind == "az_ym":
            kind = "alt_month"
        if kind == "alt_month_that_year":  # "həmin ilin dekabrında": the year before it
            mon = _alt_month(g.get("amon") or g["amon_ru"])
            first, last = date(_NO_YEAR, mon, 1), _month_end(_NO_YEAR, mon)
            return TimeExpr(s, e, m.group(), first, last, "month", year_inherited=True)
        if kind == "alt_month":  # "в июле 1993 года"
            mon = _alt_month(g["amon"])
            return TimeExpr(s, e, m.group(), date(year, mon, 1), _month_end(year, mon), "month")
        if kind in PERIOD_KINDS:  # seasons, centuries, decades, ranges of years
            if kind in ("century", "decade") and not (
                g.get("q") or g.get("part") or g.get("part2")
            ):
                before = _PART_OF_BEFORE.search(text, max(0, s - 40), s)  # "the early '90s"
                if before:
                    g, s = (
                        {**g, "q": before.group("q"), "part2": before.group("part2")},
                        before.start(),
                    )
            return _period(kind, s, e, text[s:e], g, year)
        if kind in ("month_entry", "month_attr"):  # "March - The army …", "a July truce"
            kind = "month_bare"
        if kind == "qual_that_year":  # "the end of the year": its year from the text
            first, last = _qualified(g["q"], date(_NO_YEAR, 1, 1), date(_NO_YEAR, 12, 31))
            return TimeExpr(s, e, m.group(), first, last, "approximate", year_inherited=True)
        if kind in ("month", "month_bare"):
            mon = _month(g["mon"])
            y = year or _NO_YEAR
            qg = next((k for k in ("q", "q2", "q3", "q4") if g.get(k)), None)
            if qg:  # "late August", "by late August", "at the end of March": its last ten days
                if kind == "month_bare":
                    s = m.start(qg)
                first, last = _month_part(g[qg], y, mon)
                return TimeExpr(
                    s, e, text[s:e], first, last, "approximate", year_inherited=year is None
                )
            if kind == "month_bare":  # keep only the month, not the preposition
                s = m.start("mon")
            return TimeExpr(
                s,
                e,
                text[s:e],
                date(y, mon, 1),
                _month_end(y, mon),
                "month",
                year_inherited=year is None,
            )
        if kind == "month_range":
            y = year or _NO_YEAR
            mon, mon2 = _month(g["mon"]), _month(g["mon2"])
            if mon2 <= mon:
                return None
            first, last = date(y, mon, 1), _month_end(y, mon2)
            return TimeExpr(s, e, m.group(), first, last, "range", year_inherited=year is None)
        if kind == "qual_year":
            first, last = _qualified(g["q"], date(year, 1, 1), date(year, 12, 31))
            return TimeExpr(s, e, m.group(), first, last, "approximate")
        if kind == "year":
            if _not_a_year(text, s, e):
                return None  # a count, a figure, a document number or a document's year
            return TimeExpr(s, e, m.group(), date(year, 1, 1), date(year, 12, 31), "year")
        if kind in ("month_of_year", "month_of_year_en"):
            return _month_of_year(s, e, text[s:e], g)
        if kind == "later":  # "спустя пять дней", "iki gün sonra": from the date before
            return _later(s, e, text[s:e], g)
        if kind == "relative":
            n = g.get("n")
            count = 1 if not n else (_NUMBERS.get(n.lower()) or int(n))
            unit = (g.get("unit") or g.get("unit2")).lower()
            direction = (g.get("dir") or g.get("dir2")).lower()
            if direction in ("after", "before") and _WORD_AFTER.match(text, e):
                return None  # "20 years after the ban": counted from the ban, not a date
            if unit == "year" and _YEAR_AFTER.match(text, e):
                return None  # "Five years later, in 1970": the year the text gives
            sign = -1 if direction in ("earlier", "before", "previous") else 1
            days = sign * count * {"day": 1, "week": 7}.get(unit, 0)
            months = sign * count * {"month": 1, "year": 12}.get(unit, 0)
            # the dates are filled in from the anchor by find_dates
            return TimeExpr(
                s,
                e,
                m.group(),
                date.min,
                date.min,
                "day" if days else "year" if unit == "year" else "month",
                shift=(days, months),
            )
        if kind == "next_year":  # "на следующий год", "növbəti il": the year after the date before
            return _next_year(s, e, text[s:e], g)
    except (ValueError, KeyError, OverflowError):
        return None
    return None


_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")


def _same_month(s: int, e: int, text: str) -> TimeExpr | None:
    """ "later that month", "the following month", "в конце того же месяца", "həmin ayın
    sonunda" (``same_month`` of ``date_words.csv``): a month (or part of one) counted from
    the month of the date before it, placed by :func:`~geo.dates.scan.find_dates`. "the
    month before" and "the month after" only alone, not before what they are before ("the
    month before the election")."""
    surface = text[s:e]
    value = DATE_WORDS["same_month"][word_key(surface)].split()
    if word_key(surface).split()[-1] in ("before", "after") and _WORD_AFTER.match(text, e):
        return None
    d = date(_NO_YEAR, 1, 1)
    return TimeExpr(
        s,
        e,
        surface,
        d,
        d,
        "approximate" if len(value) > 1 else "month",
        shift=(0, int(value[0])),
        month_inherited=True,
        part=value[1] if len(value) > 1 else None,
    )


def _impossible_day(kind: str, g: dict, year: int | None) -> bool:
    """True when a day-month(-year) expression names a day the calendar lacks
    ("31 February 1992", "1992-02-30"; "29 February" without a year is possible)."""
    try:
        mon = int(g["m"]) if kind in ("iso", "dotted") else _month(g["mon"])
        days = (
            [int(g["d"])]
            if kind in ("iso", "dotted")
            else [int(g["day"])] + ([int(g["day2"])] if g.get("day2") else [])
        )
    except (KeyError, TypeError, ValueError):
        return False
    last = calendar.monthrange(year or _NO_YEAR, mon)[1]
    return any(not 1 <= d <= last for d in days)


# a web address's ending glued to a word ("TODAY.AZ", "today.ru", also ending a sentence), in
# one case: not the next sentence run into it where a page lost a space ("today.He said")
_DOMAIN_AFTER = re.compile(r"\.(?:[a-z]{2,6}|[A-Z]{2,6})(?!\w|\.\w)")
