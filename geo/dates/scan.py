"""Scanning a text for dates: only the stretches near a digit, month name or time unit are
searched; the matches are chosen, days without a year given one, relative dates anchored,
and "a and b" / "a to b" joined into ranges. Also one table cell read as a date."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta

from geo.dates import eras, holidays
from geo.dates.expr import _NO_YEAR, INVALID, TimeExpr, _month_end, _month_part, _set_year
from geo.dates.grammar import _PATTERNS
from geo.dates.join import _join, _two_days
from geo.dates.layout import (
    _LATER_YEAR_WITHIN,
    _alone_on_line,
    _entry_year,
    _same_day,
    _soon,
    _source_line,
    _told_in_full,
    anniversary_day,
)
from geo.dates.parse import _parse
from geo.dates.pieces import FOLDED, OTHER_MONTH
from geo.dates.windows import _MONTH_TRIGGER, _windows
from geo.dates.words import birth_year
from geo.dates.writing import (
    _HEADER,
    _JOIN,
    _dated_source,
    _fold,
    _from_reference,
    _future,
    _in_dateline,
    _of_writing,
    dateline_day,
    header_day,
)

_NIGHTS = 3  # days: a range this short counts as a day for "two days later", "the same day"


def find_dates(
    text: str,
    default_year: int | None = None,
    keep_invalid: bool = False,
    reference: date | None = None,
    header_reference: bool = False,
) -> list[TimeExpr]:
    """Every date or period in ``text``, in order, anchored and joined (see module docs).

    A day the calendar lacks ("31 February 1992") is no date at all (not February
    1992); with ``keep_invalid`` it is returned with precision :data:`INVALID`.
    ``reference`` is the day the text was written: "yesterday", "on Monday", "last
    month" are told from it, and dropped without it; with ``header_reference``, a text
    without one takes the first whole date of its first lines (:func:`header_day`).
    A relative date that would fall outside years 1–9999 ("9000 years later") is dropped.
    Azerbaijani typed with the Cyrillic "ә" ("sentyabrın 27-dә", "1993-cü ildә") is read as
    with the Latin "ə"; the surfaces stay as written."""
    if "ә" not in text and "Ә" not in text:
        return _find_dates(text, default_year, keep_invalid, reference, header_reference)
    latin = text.translate(_LATIN_SCHWA)  # one character for one: the offsets hold
    found = _find_dates(latin, default_year, keep_invalid, reference, header_reference)
    return [
        replace(t, surface=text[t.start : t.end]) if t.surface == latin[t.start : t.end] else t
        for t in found
    ]


_LATIN_SCHWA = str.maketrans("әӘ", "əƏ")


def _find_dates(
    text: str,
    default_year: int | None,
    keep_invalid: bool,
    reference: date | None,
    header_reference: bool,
) -> list[TimeExpr]:
    found: list[TimeExpr] = []
    folded = _fold(text)
    windows = _windows(text, folded)
    # the windows that hold a month's name of another language: the only ones where the
    # patterns of such names can match (their long alternations are the slowest to try)
    month_windows = [(lo, hi) for lo, hi in windows if _MONTH_TRIGGER.search(folded, lo, hi)]
    # and the named days ("Victory Day") only near their names' first words
    only = {k: month_windows for k in OTHER_MONTH} | {
        "holiday": holidays.windows(text),
        "era": eras.windows(text),
    }
    for kind, pat in _PATTERNS:
        src = folded if kind in FOLDED else text
        for lo, hi in only.get(kind, windows):
            for m in pat.finditer(src, lo, hi):
                t = _parse(kind, m, text)
                if t is not None:
                    found.append(t)
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    chosen: list[TimeExpr] = []
    for t in found:
        if chosen and t.start < chosen[-1].end:
            if t.end - t.start > chosen[-1].end - chosen[-1].start and t.start == chosen[-1].start:
                chosen[-1] = t
            continue
        chosen.append(t)
    # the expressions with a year of their own, by start: where a day without one looks for it
    own_year = [
        u
        for u in chosen
        if not (u.year_inherited or u.relative or u.deictic)
        and u.precision not in ("century", "era")
    ]
    own_starts = [u.start for u in own_year]
    anniversary_cache: list[date | None] = []

    def anniversary(whole_day: bool = True) -> date | None:
        """With no day of writing and no date line, the day an anniversary tells (or, not
        ``whole_day``, its year: of an event told by its year, "the 7th anniversary of … in
        2016")."""
        if not anniversary_cache:
            lone = reference is None and header_reference and header_day(text) is None
            anniversary_cache.append(
                anniversary_day(text, own_year, True, chosen) if lone else None
            )
            anniversary_cache.append(anniversary_day(text, own_year, False) if lone else None)
        return anniversary_cache[0 if whole_day else 1]

    # anchor years and relative expressions, in document order
    anchored: list[TimeExpr] = []
    last_year = default_year
    # the year before comes from the day of writing (the document's year, a date line, a
    # date told from the day of writing), not from a date of the running text: a month or
    # day without a year after that day is in the year before (news tells the past)
    year_from_writing = "day" if default_year is not None else ""
    # the day of writing that rule trusts: given, or a dateline, or a labelled date line
    # ("Published: …"), not a date alone on a first line (a chronology's first entry)
    writing, writing_known = reference, reference is not None or not header_reference
    last_day: TimeExpr | None = None
    last_month: tuple[int, int] | None = None
    last_in_month = False  # the date before lies within one month (``last_month``)
    heading_year: int | None = None  # a year alone on its line: a chronology's heading
    line_day: date | None = None  # the last whole date of a source line ("“Daily”, 5 May 1993;")
    lines = header_reference  # the text's lines may tell its day of writing
    for t in chosen:
        inherited = t.year_inherited and t.precision == "day"
        if t.precision == INVALID:
            if keep_invalid:
                anchored.append(t)
            continue
        told = t.deictic is not None  # placed from the day of writing ("last weekend")
        if t.deictic:
            if reference is None and header_reference:
                reference, header_reference = header_day(text) or anniversary(), False
            # with no day of writing, a whole date on a short line of its own before it (a
            # quoted dispatch's source line, "“The Daily”, July 25, 1993;"), else none
            t = _from_reference(t, reference if reference is not None or not lines else line_day)
            if t is None:
                continue
        elif (
            t.precision == "day"
            and not t.year_inherited
            and (_in_dateline(text, t) or _dated_source(text, t))
        ):  # "BAKU, May 18 1992 -", "June 19, 1992 | Associated Press": a dispatch's day
            reference = t.date_start  # "BAKU, May 18 1992 -": the next dispatch's day
            writing, writing_known = reference, True
        elif t.month_inherited and t.relative:  # "later that month", "the following month"
            if last_month is None or not last_in_month:
                continue
            y, mth = divmod(last_month[0] * 12 + last_month[1] - 1 + t.shift[1], 12)
            if not 1 <= y <= 9999:
                continue
            first, end = date(y, mth + 1, 1), _month_end(y, mth + 1)
            if t.part:
                first, end = _month_part(t.part, y, mth + 1)
            t = replace(t, date_start=first, date_end=end, shift=None, month_inherited=False)
        elif t.month_inherited:
            if last_month is None:
                continue
            try:
                d = date(last_month[0], last_month[1], t.date_start.day)
            except ValueError:
                continue
            t = replace(t, date_start=d, date_end=d, year_inherited=False, month_inherited=False)
        elif t.relative:
            # a year on counts from the last date with a year ("in 1992 … the next year")
            if last_day is None and not (t.precision == "year" and anchored):
                continue
            days, months = t.shift
            try:
                if t.precision == "day":  # "two days later", "the same day"
                    d = last_day.date_end + timedelta(days=days)
                    t = replace(t, date_start=d, date_end=d)
                elif t.precision == "year":  # "спустя 28 лет": that year, as "19 years ago"
                    y = (last_day.date_end.year if last_day else last_year) + months // 12
                    t = replace(t, date_start=date(y, 1, 1), date_end=date(y, 12, 31))
                else:
                    y, mth = divmod(last_day.date_start.month - 1 + months, 12)
                    first = date(last_day.date_start.year + y, mth + 1, 1)
                    t = replace(t, date_start=first, date_end=_month_end(first.year, first.month))
            except (ValueError, OverflowError):
                continue  # past year 9999 or before year 1: not a date
        elif (
            t.year_inherited
            and t.precision == "day"
            and t.start < _HEADER
            and _is_day(t, anniversary())
        ):
            # the anniversary's day on a page that tells no date line ("8 мая исполнилось 23
            # года со дня оккупации"): the day of writing, not the event's year
            t = replace(_set_year(t, anniversary().year) or t, year_inherited=False)
        elif (
            t.year_inherited
            and t.precision == "day"
            and t.start < _HEADER
            and _in_dateline(text, t)
            and anniversary(False) is not None
        ):
            # a dateline without its year ("BAKU, Azerbaijan, April 6.") on a page that tells
            # "the 7th anniversary of the clashes in 2016": that anniversary's year
            t = _set_year(t, anniversary(False).year)
            if t is None:
                continue  # "February 29" in a year without one: no such day
            t = replace(t, year_inherited=False)
        elif t.year_inherited:
            j = bisect_right(own_starts, t.end)  # the first one starting after t
            nxt = own_year[j] if j < len(own_year) else None
            # the day of writing's own day (a dateline "Apr.2" on a page of 2 April 2021) keeps
            # its year, whatever earlier 2 April the text tells in full
            told = None if _is_day(t, reference) else _told_in_full(t, own_year[j:], own_year[:j])
            entry_year = _entry_year(t, text, heading_year, anchored)
            if nxt is not None and _JOIN.match(text[t.end : nxt.start]):
                pass  # joined below with the expression that gives the year
            elif entry_year is not None:
                # an entry under a year heading ("1991" / "September 21 …"), or a day of a
                # month the same line dated ("August 2005: … in 1992 … on 27 August"): that
                # year, not the one the entry names in passing
                t = _set_year(t, entry_year)
                if t is None:
                    continue
                t = replace(t, year_inherited=False)
            elif told is not None:
                # a headline day told in full in the lines after it ("April 2 marks …", then
                # "April 2, 2012"): that year, whatever year comes before it (a menu, a notice)
                t = _set_year(t, told.date_start.year)
                if t is None:
                    continue
                t = replace(t, year_inherited=False)
            elif last_year is None:
                # no year before it: the day of writing's own day (a dateline "Apr.2"), or a
                # headline that tells the future over a date line ("PARADE TO BE HELD ON MAY
                # 9", "27.03.12"): the coming such day; else the
                # same day told in full later ("BEGAN ON MAY 8" in a headline, "On May 8, 1992"
                # in the text), else the first year after it in the same paragraph ("On 8
                # May, … in 1992")
                ahead = lines and t.start < _HEADER and _future(text, folded, t)
                head = reference if _is_day(t, reference) else header_day(text) if ahead else None
                coming = _set_year(t, head.year) if head is not None else None
                if coming is not None and coming.date_end < head:
                    coming = _set_year(t, head.year + 1)
                later = (
                    coming
                    or _same_day(t, own_year[j:])
                    or (
                        None
                        if nxt is None
                        or "\n\n" in text[t.end : nxt.start]
                        or nxt.start - t.end > _LATER_YEAR_WITHIN
                        else nxt
                    )
                )
                t = _set_year(t, later.date_start.year) if later is not None else None
                if t is None:
                    continue
                t = replace(t, year_inherited=False)
            else:
                u = _set_year(t, last_year)
                if year_from_writing and not writing_known:
                    writing, writing_known = header_day(text, labelled=True), True
                if year_from_writing and writing is not None:
                    # the last such day or month up to the day of writing ("in December",
                    # written in February: the December before); after a date told from
                    # it ("two years ago"), up to that date's year
                    y = writing.year if year_from_writing == "day" else last_year
                    u = _set_year(t, y)
                    if (
                        u is not None
                        and u.date_start > writing
                        and not _soon(u, writing)
                        and not _future(text, folded, t)
                    ):
                        u = _set_year(t, y - 1)
                t = u
                if t is None:
                    continue
        if t.precision in ("century", "era"):
            # "the 18th century", "in Soviet times" give no year to the dates after them
            anchored.append(t)
            continue
        if (not t.year_inherited or t.date_start.year != _NO_YEAR) and not (
            t.precision == "year" and birth_year(text, t.start, t.end)
        ):
            year_from_writing = (year_from_writing if t.year_inherited else "") or (
                "told" if told else _of_writing(text, t)
            )
            last_year = t.date_end.year
            if t.precision == "year" and not t.year_inherited and _alone_on_line(text, t):
                heading_year = t.date_start.year
        if t.precision == "day" or (
            t.precision == "range" and (t.date_end - t.date_start).days < _NIGHTS
        ):
            last_day = t  # a day, or a night or two ("с 7 на 8 мая"): what "later" counts from
        if t.precision == "day" and not (told or t.year_inherited) and _source_line(text, t):
            line_day = t.date_start
        last_in_month = (
            t.date_start.year == t.date_end.year
            and t.date_start.month == t.date_end.month
            and t.date_start.year != _NO_YEAR
        )
        if last_in_month:
            last_month = (t.date_start.year, t.date_start.month)
        if inherited and t.date_start.year != _NO_YEAR and dateline_day(text, t):
            reference = writing = t.date_start  # "MOSCOW, July 5—" under "July 6, 1988"
            writing_known = True
        anchored.append(t)
    out: list[TimeExpr] = []
    for t in anchored:
        if out and _two_days(out[-1], t, text):  # "29 January and 6 April 1993": two dates
            a = out[-1]
            if a.year_inherited and a.date_start.year == _NO_YEAR:
                a = _set_year(a, t.date_start.year)
                out[-1] = replace(a, year_inherited=False) if a is not None else out[-1]
            out.append(t)
            continue
        if out and INVALID not in (t.precision, out[-1].precision):
            joined = _join(out[-1], t, text)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(t)
    return [
        t for t in out if not (t.year_inherited and t.date_start.year == _NO_YEAR)
    ]  # a day that found no year


def _is_day(t: TimeExpr, d: date | None) -> bool:
    """True when ``t`` is a day and names the month and day of ``d`` (a month is no day, though
    it starts on the first)."""
    return (
        d is not None
        and t.precision == "day"
        and (t.date_start.month, t.date_start.day) == (d.month, d.day)
    )
