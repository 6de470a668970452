"""The day of writing and the dates told from it: the date a text says it was written on
(:func:`header_day`: its date line, dateline or labelled "Published:" line), whether a date
is in a sentence about the future, and "yesterday", "last week", "two years ago" placed
on the calendar from that day; :func:`parse_date_cell` for tables."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from geo.dates.expr import INVALID, TimeExpr, _month_end
from geo.dates.words import alternation

_JOIN = re.compile(r"^\s*(?:and|to|until|till|through|thru|по|до|–|—|-)\s*$", re.I)


def _fold(text: str) -> str:
    """``text`` with the letters of :func:`word_key` (lower case, one i), the same length."""
    return text.replace("İ", "i").lower().replace("ı", "i")


_FUTURE = re.compile(rf"(?<!\w)(?:{alternation('future')})(?!\w)")
_SENTENCE = 300  # characters each side of a date where its sentence is looked for


def _future(text: str, folded: str, t: TimeExpr) -> bool:
    """True when the sentence of ``t`` (:func:`geo.text.sentences`) tells the future ("the
    tax will take effect on Sept. 1", "выборы состоятся 8 декабря": ``future`` of
    ``date_words.csv``), where a month after the day of writing is that month, not the one
    a year before."""
    from geo.text import sentences

    lo = max(0, t.start - _SENTENCE)
    for s, e in sentences(text[lo : t.end + _SENTENCE]):
        if s + lo <= t.start < e + lo:
            return _FUTURE.search(folded, s + lo, e + lo) is not None
    return False


def _of_writing(text: str, t: TimeExpr) -> str:
    """``"day"`` when ``t`` is the day of writing, not a date of the running text: a news
    dateline ("BAKU, May 18 1992 -", "DATE: MONDAY, April 5, 1993") or a labelled date line
    ("Published: …"), not a date alone on a line, which may be a chronology's first entry
    as well as a page's date; ``"told"`` for a date told from it ("two years ago"); else
    ``""``."""
    if t.deictic is not None or t.year_inherited or t.relative or t.precision != "day":
        return "told" if t.deictic is not None else ""
    if _in_dateline(text, t):
        return "day"
    line_start = text.rfind("\n", 0, t.start) + 1
    published = t.start < _PUBLISHED_WITHIN and _PUBLISHED.match(_fold(text[line_start : t.start]))
    return "day" if published or _bylined(text, t) else ""


def _bylined(text: str, t: TimeExpr) -> bool:
    """True for a date beside a byline on its line: after it ("February 02, 1992|By …"), or
    before it, set off by a bar ("Ruslan Rehimov, Abdulrahman Yusupov | 28.05.2021")."""
    if t.start >= _PUBLISHED_WITHIN:
        return False  # a page's top only: asked first, for a long line is not read per date
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    rest = text[t.end : line_end if line_end >= 0 else len(text)]
    beside = _BYLINE.match(rest) is not None or _BAR_BEFORE.search(text[line_start : t.start])
    return bool(beside) and _date_line(text, t)


_BAR_BEFORE = re.compile(r"[^\W\d_]{2,}\s*\|\s*$")  # "… Yusupov  | " before a date


# a byline after a date on its line: "February 02, 1992|By Los Angeles Times", "5 May 1994, by"
_BYLINE = re.compile(r"\s*(?:[|,;—–-]?\s*(?:[Bb]y|BY|[Pp]osted by)\s+\S|\|\s*\S)")  # "| AP"
_SOURCE_AFTER = re.compile(r"[ \t]*\|[ \t]*[A-Z][^\n]{0,60}$")


def _dated_source(text: str, t: TimeExpr) -> bool:
    """True for a digest's dispatch line: a whole date that starts its line, then a bar and
    the source ("June 19, 1992 | Associated Press"); the dispatch under it is of that day."""
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    rest = text[t.end : line_end if line_end >= 0 else len(text)]
    return not text[line_start : t.start].strip() and _SOURCE_AFTER.match(rest) is not None


_HEADER = 300  # characters at the top of a text where a wire story's date line stands


def header_day(text: str, labelled: bool = False) -> date | None:
    """The day a text says it was written on in its first lines ("DATE: MONDAY, April 5,
    1993", "MOSCOW, April 5, 1993 (AP) -"): the first whole date there with its own year;
    with ``labelled``, only on a dateline or a labelled date line, not alone on a line."""
    from geo.dates.scan import find_dates  # the scan uses this module

    days = [
        t
        for t in find_dates(text[:_HEADER])
        if t.precision == "day" and not t.year_inherited and not t.relative and _tells_year(t)
    ]
    # a dateline or a date beside a byline first ("Ruslan R. | 28.05.2021" under a subtitle
    # "Freed on 8 November 2020"), then, unless ``labelled``, a date alone on a short line
    for t in days:
        if _in_dateline(text, t) or _bylined(text, t):
            return t.date_start
    for t in days if not labelled else []:
        if _date_line(text, t):
            return t.date_start
    # further down a page's top (after a menu or a long headline): a labelled date line
    # ("Published: September 05, 1993", "Опубликовано 5 сентября 1993")
    for m in _PUBLISHED.finditer(_fold(text[:_PUBLISHED_WITHIN])):
        line_end = text.find("\n", m.end())
        line = text[m.end() : line_end if line_end >= 0 else _PUBLISHED_WITHIN]
        for t in find_dates(line):
            if t.precision == "day" and not t.year_inherited and not t.relative:
                return t.date_start
    return None


def _tells_year(t: TimeExpr) -> bool:
    """True when ``t`` writes its year ("April 5, 1993", "10.04.10"), not one it was given
    from the text after it (a headline's "JUNE 3" told in full below)."""
    y = t.date_start.year
    return str(y) in t.surface or t.surface.endswith(f"{y % 100:02d}")


_DATE_LINE = 80  # characters: a line this short is a date line or byline, not prose


def _date_line(text: str, t: TimeExpr) -> bool:
    """True when ``t`` stands on a date line ("DATE: MONDAY, April 5, 1993", "09 May 06",
    "By the desk, 5 May 1994") or a news dateline ("MOSCOW, April 5, 1993 (AP) -"), not in
    a sentence of prose ("Today marks the anniversary of April 10, 1992")."""
    start = text.rfind("\n", 0, t.start) + 1
    end = text.find("\n", t.end)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line) <= _DATE_LINE or _in_dateline(text, t)


_PUBLISHED_WITHIN = 2000  # characters at the top of a text where a labelled date line counts
_PUBLISHED = re.compile(
    rf"(?m)^[ \t*_#|]*(?:{alternation('published')})(?!\w)(?:[ \t]+on)?[ \t]*:?[ \t]*"
)


_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽƏА-ЯЁԱ-Ֆ"  # capitals, Latin/Cyrillic/Armenian
_DATELINE_HEAD = re.compile(
    rf"\s*[{_UPPER}][{_UPPER}'’.\-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’.\-]*)*"
    r"(?:/[^/\n]{1,25}/)?[ \t]*[,:(—–-]"  # an agency between slashes: "БАКУ/Trend/ –"
)


def _in_dateline(text: str, t: TimeExpr) -> bool:
    """True for the date of a news dateline: near the start of its line, after a place or
    label in capitals and no full stop ("BAKU, May 18 1992 -", "DATE: MONDAY, April 5"), or
    between slashes after a place and before an agency ("Baku/23.07.19/Agency: …")."""
    line_start = text.rfind("\n", 0, t.start) + 1
    head = text[line_start : t.start]
    if _SLASHED_HEAD.fullmatch(head) and _SLASHED_TAIL.match(text, t.end):
        return True
    return len(head) <= 60 and not re.search(r"[.!?]\s", head) and bool(_DATELINE_HEAD.match(head))


def dateline_day(text: str, t: TimeExpr) -> bool:
    """True for the first date of a dateline, with no other date before it on its line
    ("MOSCOW, July 5—", not the "November 14" of "GANJA, March 3, 1994 - … on November 14")."""
    line_start = text.rfind("\n", 0, t.start) + 1
    return not any(ch.isdigit() for ch in text[line_start : t.start]) and _in_dateline(text, t)


# a dateline between slashes: a place ("Baku/", "Bakı/ ") before the date, an agency after it
_SLASHED_HEAD = re.compile(rf"[ \t]*[{_UPPER}][^\W\d_]+(?:[ \t-][^\W\d_]+)?[ \t]*/[ \t]*")
_SLASHED_TAIL = re.compile(r"[ \t]*/[ \t]*[^\W\d_]")


def _from_reference(t: TimeExpr, reference: date | None) -> TimeExpr | None:
    """Place a date told from the day of writing (``t.deictic``) on the calendar."""
    if reference is None:
        return None
    unit, step, strict = t.deictic
    if t.precision == "approximate":  # "about a week ago": the period, roughly
        placed = _from_reference(replace(t, precision="day"), reference)
        return replace(placed, precision="approximate") if placed is not None else None
    if unit.startswith("monthof-"):  # "в ноябре прошлого года": that month of that year
        y, m = reference.year + step, int(unit[8:])
        return replace(
            t, date_start=date(y, m, 1), date_end=_month_end(y, m), precision="month", deictic=None
        )
    if unit.startswith("same-"):  # "on this day 31 years ago": the same day of that year
        return _day_back(t, unit[5:], step, reference)
    if unit.startswith("past-"):  # "in the last two weeks": the days up to the day of writing
        return _past(t, unit[5:], step, reference)
    if unit == "day":
        d = reference + timedelta(days=step)
        return replace(t, date_start=d, date_end=d, precision="day", deictic=None)
    if unit in ("weekday", "weeknight"):  # the last such day up to the day of writing
        # ("last": before it); the night before it ("в ночь на субботу") from the day before
        back = (reference.weekday() - step) % 7 or (7 if strict else 0)
        d = reference - timedelta(days=back)
        if unit == "weeknight":
            return replace(
                t, date_start=d - timedelta(days=1), date_end=d, precision="range", deictic=None
            )
        return replace(t, date_start=d, date_end=d, precision="day", deictic=None)
    if unit == "weekend":  # the last Saturday and Sunday before the day of writing, or
        # ("this weekend") those of the week of writing
        sunday = reference + timedelta(days=6 - reference.weekday())
        if step < 0:  # -2 ("last weekend"): never the weekend written on
            sunday -= timedelta(weeks=1 if reference.weekday() < 6 or step < -1 else 0)
        return replace(
            t,
            date_start=sunday - timedelta(days=1),
            date_end=sunday,
            precision="range",
            deictic=None,
        )
    if unit == "week":  # Monday to Sunday
        first = reference - timedelta(days=reference.weekday()) + timedelta(weeks=step)
        return replace(
            t, date_start=first, date_end=first + timedelta(days=6), precision="week", deictic=None
        )
    if unit == "month":
        y, m = divmod(reference.month - 1 + step, 12)
        first = date(reference.year + y, m + 1, 1)
        end = _month_end(first.year, first.month)
        return replace(t, date_start=first, date_end=end, precision="month", deictic=None)
    y = reference.year + step
    return replace(
        t, date_start=date(y, 1, 1), date_end=date(y, 12, 31), precision="year", deictic=None
    )


def _shifted(reference: date, unit: str, step: int) -> date:
    """The day ``step`` days, weeks, months or years from ``reference`` (the last day of a
    shorter month: 29 February one year back is 28 February); ValueError past the calendar."""
    if unit in ("day", "week"):
        return reference + timedelta(days=step * (7 if unit == "week" else 1))
    y, m = divmod(reference.month - 1 + step * (12 if unit == "year" else 1), 12)
    y += reference.year
    return date(y, m + 1, min(reference.day, _month_end(y, m + 1).day))


def _day_back(t: TimeExpr, unit: str, step: int, reference: date) -> TimeExpr | None:
    """ "on this day 31 years ago": the day ``step`` units from the day of writing."""
    try:
        d = _shifted(reference, unit, step)
    except (ValueError, OverflowError):
        return None
    return replace(t, date_start=d, date_end=d, precision="day", deictic=None)


def _past(t: TimeExpr, unit: str, count: int, reference: date) -> TimeExpr | None:
    """The ``count`` days, weeks, months or years that end on the day of writing (precision
    the unit for one, ``range`` for several: "in the last two weeks")."""
    try:
        first = _shifted(reference, unit, -count) + timedelta(days=1)
    except (ValueError, OverflowError):
        return None
    precision = unit if count == 1 else "range"
    return replace(t, date_start=first, date_end=reference, precision=precision, deictic=None)


def parse_date_cell(value: str) -> TimeExpr:
    """Read one table cell as a date ("26 February 1992", "1992-02-26", "1992-02",
    "1992", "1992 and 1993"); raise ``ValueError`` saying why it cannot be one: no date,
    several dates, a day the calendar lacks, or an end before the start."""
    from geo.dates.scan import find_dates  # the scan uses this module

    v = value.strip()
    if not v:
        raise ValueError("empty date")
    found = find_dates(v if not v.isdigit() else f"in {v}", keep_invalid=True)
    if v.isdigit():
        found = [replace(t, start=t.start - 3, end=t.end - 3) for t in found]
    bad = [t for t in found if t.precision == INVALID]
    if bad:
        raise ValueError(f"{bad[0].surface!r} is not a day of the calendar")
    if (
        len(found) == 2
        and _JOIN.match(v[found[0].end : found[1].start])
        and found[1].date_end < found[0].date_start
    ):
        raise ValueError(f"end {found[1].surface!r} is before start {found[0].surface!r}")
    if len(found) != 1:
        raise ValueError(
            f"cannot read {v!r} as a date" + (f" (it holds {len(found)} dates)" if found else "")
        )
    return found[0]


# an annual report named with the year it came out ("Amnesty International Report 1995",
# "World Report 1994", "SIPRI Yearbook 1994"): it tells the year before
_REPORT_OF_YEAR = re.compile(
    r"\b(?:Report|REPORT|Yearbook|YEARBOOK)[ \t]+(?P<year>1\d{3}|20\d{2})\b"
)


def report_year(title: str) -> int | None:
    """The year an annual report's title covers: the year before the one it names ("Amnesty
    International Report 1995 - Azerbaijan": 1994, the events of its text; "Human Rights Watch
    World Report 1994": 1993); None for any other title ("Report on the 1994 census")."""
    m = _REPORT_OF_YEAR.search(title or "")
    return int(m.group("year")) - 1 if m else None


# a day in a web address: "/2022/12/13/", "/1993-10-09/", "-27-09-2023", "/20070823102633936"
_URL_YMD = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d{2})(?P<sep>[/_-])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d])"
)
_URL_DMY = re.compile(
    r"(?<![\d])(?P<d>1[3-9]|2\d|3[01])(?P<sep>[/_-])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<y>(?:19|20)\d{2})(?![\d])"
)  # only a day above 12 tells the day from the month
_URL_STAMP = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[0-2]\d[0-5]\d[0-5]\d\d{0,3})?(?![\d])"
)  # eight digits, or a whole time stamp after them


def url_day(url: str) -> date | None:
    """The day a web address gives its page ("…/2022/12/13/…", "…/1993-10-09/…",
    "…/27/09/2023", "…/news/20070823102633936"), for a page that states no date of its own;
    None when it gives none, or two different ones, or one that is no day (a month's 31st
    that does not exist) or lies in the future."""
    path = re.sub(r"^[a-z]+://[^/]+", "", (url or "").strip())
    found = set()
    for pat in (_URL_YMD, _URL_DMY, _URL_STAMP):
        for m in pat.finditer(path):
            try:
                day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            if day <= date.today():
                found.add(day)
    return found.pop() if len(found) == 1 else None
