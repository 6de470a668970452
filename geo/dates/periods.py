"""Reading the periods longer than a month that a date pattern matched (seasons, centuries,
decades, ranges of years) into a :class:`~geo.dates.expr.TimeExpr`; called by
:func:`geo.dates.parse._parse`."""

from __future__ import annotations

import re
from datetime import date

from geo.dates.expr import TimeExpr, _month_end, _qualified
from geo.dates.pieces import _SEASON_FIRST
from geo.dates.words import (
    _OTHER_SEASONS,
    _SEASONS_AFTER_YEAR,
    DATE_WORDS,
    word_key,
)

_ALL_SEASONS = {**_OTHER_SEASONS, **_SEASONS_AFTER_YEAR}
_DECADE_WORD = re.compile(r"год|ill", re.I)  # "90-е годы", "90-cı illər": a decade's word
_PARTS = {**DATE_WORDS.get("part_before", {}), **DATE_WORDS.get("part_after", {})}
PERIOD_KINDS = frozenset(("alt_season", "az_season", "season", "century", "decade", "year_range"))


def _period(kind: str, s: int, e: int, surface: str, g: dict, year: int | None) -> TimeExpr | None:
    """A season, century, decade or range of years (``kind`` one of :data:`PERIOD_KINDS`)
    from the groups ``g`` of its match; None when the calendar or the reading refuses it."""
    if kind in ("alt_season", "az_season"):  # "весной 1992 года", "1993 yayı"
        lo = _ALL_SEASONS[word_key(g["aseason"])]
        if g.get("y2"):  # "зимой 1991–1992 гг.": December 1991 to February 1992
            y2 = int(g["y2"]) if len(g["y2"]) == 4 else year // 100 * 100 + int(g["y2"])
            if lo != 12 or g.get("aseason2") or y2 != year + 1:
                return None
            first, last = _season(y2, 12)
            return TimeExpr(s, e, surface, first, last, "season")
        if g.get("aseason2"):  # "летом и осенью 1993 года"
            lo2 = _ALL_SEASONS[word_key(g["aseason2"])]
            return _season_span(s, e, surface, year, lo, lo2)
        first, last = _season(year, lo)
        return TimeExpr(s, e, surface, first, last, "season")
    if kind == "season":
        lo = _SEASON_FIRST[g["season"].lower()]
        if g.get("season2"):  # "summer to early autumn of 1992"
            lo2 = _SEASON_FIRST[g["season2"].lower()]
            return _season_span(s, e, surface, year, lo, lo2, g.get("qa"), g.get("qb"))
        if lo == 12 and g.get("y2"):  # "the winter of 1991-92": December 1991 to February 1992
            y2 = int(g["y2"]) if len(g["y2"]) == 4 else year // 100 * 100 + int(g["y2"])
            if y2 != year + 1:
                return None
            year = y2
        first, last = _season(year, lo, g.get("qa"))
        precision = "approximate" if g.get("qa") else "season"
        return TimeExpr(s, e, surface, first, last, precision)
    if kind == "century":
        first_c = _century(g.get("c1"), g.get("r1"))
        last_c = _century(g.get("c2"), g.get("r2")) or first_c
        if not first_c or last_c < first_c:
            return None
        first, last = date((first_c - 1) * 100 + 1, 1, 1), date(last_c * 100, 12, 31)
        part = g.get("part") or g.get("part2")  # "в начале XX века", "XX əsrin sonunda"
        q = g.get("q") or (_PARTS[word_key(part)] if part else None)
        if q and first_c == last_c:  # "the early 20th century": its first forty years
            first, last = _qualified(q, first, last)  # (still no year for the dates after it)
        return TimeExpr(s, e, surface, first, last, "century")
    if kind == "decade":
        if g.get("dec3") and surface[:1].isdigit() and not _DECADE_WORD.search(surface):
            return None  # "90-х сборов": a Russian ordinal, unless after "в" or before "годы"
        d0 = int(g["dec"]) if g.get("dec") else 1900 + int(g.get("dec2") or g["dec3"])
        part = g.get("part") or g.get("part2")  # "1980-ci illərin sonunda", "в конце 1980-х"
        q = g.get("q") or (_PARTS[word_key(part)] if part else None)
        first, last = _qualified(q, date(d0, 1, 1), date(d0 + 9, 12, 31))
        return TimeExpr(s, e, surface, first, last, "approximate" if q else "decade")
    if kind == "year_range":
        y2s = g["y2"]
        if len(y2s) == 2:
            y2 = year // 100 * 100 + int(y2s)
            if y2 <= year:  # "2011-05" is an ISO month, not a range
                mon = int(y2s)
                if 1 <= mon <= 12:
                    return TimeExpr(
                        s, e, surface, date(year, mon, 1), _month_end(year, mon), "month"
                    )
                return None
        else:
            y2 = int(y2s)
            if not year < y2 <= year + 200:
                return None
        return TimeExpr(s, e, surface, date(year, 1, 1), date(y2, 12, 31), "range")
    return None


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
