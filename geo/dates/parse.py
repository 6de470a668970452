"""Reading one match of a date pattern (:mod:`geo.dates.grammar`) into a
:class:`~geo.dates.expr.TimeExpr`."""

from __future__ import annotations

import calendar
import re
from datetime import date

from geo.dates.expr import _NO_YEAR, INVALID, TimeExpr, _month_end, _month_part, _qualified
from geo.dates.forms import (
    _CAP_WORD_BEFORE,
    _deictic,
    _glued,
    _slashed,
    _told_from_writing,
)
from geo.dates.holidays import holiday
from geo.dates.numbers import _not_a_year
from geo.dates.pieces import (
    _NUMBERS,
    _SEASON_FIRST,
    _alt_month,
    _month,
)
from geo.dates.told import _later, _month_of_year
from geo.dates.words import (
    _OTHER_SEASONS,
    _SEASONS_AFTER_YEAR,
    DATE_WORDS,
    word_key,
)


def _yy(yy: str | None) -> int | None:
    """A year written with its last two digits: 19xx from 30, else 20xx ("'92", "09 May 06")."""
    if not yy:
        return None
    return 2000 + int(yy) if int(yy) <= 30 else 1900 + int(yy)


_ALL_SEASONS = {**_OTHER_SEASONS, **_SEASONS_AFTER_YEAR}
_PARTS = {**DATE_WORDS.get("part_before", {}), **DATE_WORDS.get("part_after", {})}


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
        if kind == "ru_day_word":  # "пятого апреля": the day in words
            mon, y = _alt_month(g["amon"]), year or _NO_YEAR
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
        if kind in ("alt_season", "az_season"):  # "весной 1992 года", "1993 yayı"
            lo = _ALL_SEASONS[word_key(g["aseason"])]
            if g.get("y2"):  # "зимой 1991–1992 гг.": December 1991 to February 1992
                y2 = int(g["y2"]) if len(g["y2"]) == 4 else year // 100 * 100 + int(g["y2"])
                if lo != 12 or g.get("aseason2") or y2 != year + 1:
                    return None
                first, last = _season(y2, 12)
                return TimeExpr(s, e, m.group(), first, last, "season")
            if g.get("aseason2"):  # "летом и осенью 1993 года"
                lo2 = _ALL_SEASONS[word_key(g["aseason2"])]
                return _season_span(s, e, m.group(), year, lo, lo2)
            first, last = _season(year, lo)
            return TimeExpr(s, e, m.group(), first, last, "season")
        if kind == "season":
            lo = _SEASON_FIRST[g["season"].lower()]
            if g.get("season2"):  # "summer to early autumn of 1992"
                lo2 = _SEASON_FIRST[g["season2"].lower()]
                return _season_span(s, e, m.group(), year, lo, lo2, g.get("qa"), g.get("qb"))
            if lo == 12 and g.get("y2"):  # "the winter of 1991-92": December 1991 to February 1992
                y2 = int(g["y2"]) if len(g["y2"]) == 4 else year // 100 * 100 + int(g["y2"])
                if y2 != year + 1:
                    return None
                year = y2
            first, last = _season(year, lo, g.get("qa"))
            precision = "approximate" if g.get("qa") else "season"
            return TimeExpr(s, e, m.group(), first, last, precision)
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
        if kind == "century":
            first_c = _century(g.get("c1"), g.get("r1"))
            last_c = _century(g.get("c2"), g.get("r2")) or first_c
            if not first_c or last_c < first_c:
                return None
            first, last = date((first_c - 1) * 100 + 1, 1, 1), date(last_c * 100, 12, 31)
            return TimeExpr(s, e, m.group(), first, last, "century")
        if kind == "decade":
            d0 = int(g["dec"])
            part = g.get("part") or g.get("part2")  # "1980-ci illərin sonunda", "в конце 1980-х"
            q = g.get("q") or (_PARTS[word_key(part)] if part else None)
            first, last = _qualified(q, date(d0, 1, 1), date(d0 + 9, 12, 31))
            return TimeExpr(s, e, m.group(), first, last, "approximate" if q else "decade")
        if kind == "year_range":
            y2s = g["y2"]
            if len(y2s) == 2:
                y2 = year // 100 * 100 + int(y2s)
                if y2 <= year:  # "2011-05" is an ISO month, not a range
                    mon = int(y2s)
                    if 1 <= mon <= 12:
                        return TimeExpr(
                            s, e, m.group(), date(year, mon, 1), _month_end(year, mon), "month"
                        )
                    return None
            else:
                y2 = int(y2s)
                if not year < y2 <= year + 200:
                    return None
            return TimeExpr(s, e, m.group(), date(year, 1, 1), date(y2, 12, 31), "range")
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
                "day" if days else "month",
                shift=(days, months),
            )
    except (ValueError, KeyError, OverflowError):
        return None
    return None


_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")


def _season(year: int, lo: int, q: str | None = None) -> tuple[date, date]:
    """The season whose first month is ``lo`` in ``year`` (winter: December of the year
    before to February), or its first, middle or last month (``q``: "early", "mid", "late")."""
    y0 = year - 1 if lo == 12 else year
    first = 12 * y0 + lo - 1  # months since year 0
    last = first + 2
    if q:
        first = last = first + {"early": 0, "mid": 1, "late": 2}[q.lower()]
    return date(first // 12, first % 12 + 1, 1), _month_end(last // 12, last % 12 + 1)


def _season_span(
    s: int, e: int, surface: str, year: int, lo0: int, lo: int, q0=None, q=None
) -> TimeExpr | None:
    """ "late summer and early autumn of 1992" (August to September 1992), "the summer and
    autumn of 1993", "летом и осенью 1993 года": from the first season (or its part) to the
    end of the second, in the year named; a winter after another season is the one that
    starts in December of that year ("autumn and winter of 1992")."""
    first, _ = _season(year, lo0, q0)
    _, last = _season(year + (lo == 12 and lo0 != 12), lo, q)
    if last <= first:
        return None
    return TimeExpr(s, e, surface, first, last, "range")


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
_ROMAN = {"I": 1, "V": 5, "X": 10}
_CYRILLIC_ROMAN = str.maketrans("ХІ", "XI")  # "ХХ века" typed with Cyrillic letters


def _century(arabic: str | None, roman: str | None) -> int:
    """The century a numeral names (18 for "18th" or "XVIII"), 0 for none or an impossible one."""
    if arabic:
        return int(arabic)
    if not roman:
        return 0
    roman = roman.translate(_CYRILLIC_ROMAN)
    total = 0
    for i, ch in enumerate(roman):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(roman) and _ROMAN[roman[i + 1]] > v else v
    return total if 1 <= total <= 21 else 0
