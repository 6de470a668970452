"""Finding dates and periods in English text, normalised to intervals with a precision.

The finder is a small regular grammar (below); it turns each expression into an
inclusive interval ``[date_start, date_end]`` and a precision: ``day``, ``month``,
``season``, ``year``, ``decade``, ``range`` (two expressions joined: "1992 and 1993",
"2011-12", "between 1992 and 1994") or ``approximate`` ("late 1993", "mid-1990s").

Decisions, documented for users:

* "2011-12" is the range 2011–2012 when the two-digit part is larger than the
  year's last two digits, else the ISO month ("2011-05" is May 2011);
* dotted dates are day.month.year ("26.02.1992");
* "early"/"mid"/"late" Y are Jan–Apr / May–Aug / Sep–Dec; of a decade, its first,
  middle and last four years; of a month ("mid-April"), its first, middle and last
  ten days;
* "29 January and 6 April 1993" is two days (the first takes the second's year);
  "between 27 and 29 February", "27 to 29 February" and "29 January to 6 April" are
  ranges;
* "on the 9th" is the 9th of the month of the date before it;
* Russian months and seasons ("12 мая 1994 года", "в июле 1993 года", "весной 1992
  года") from ``geo/data/lexicon/month_names.csv``;
* "winter of Y" is 1 Dec Y-1 to the end of Feb Y (the winter whose January is in Y);
  "the winter of 1991–92" is 1 Dec 1991 to the end of Feb 1992;
  spring Mar–May, summer Jun–Aug, autumn/fall Sep–Nov (northern hemisphere);
* a day or month without a year ("on 12 May", "in February") takes the year of
  the nearest expression before it in the same document (``year_inherited``);
  with none, the first year after it in the same paragraph (within 300
  characters: "On 8 May, … 1992"), else the document's date or title year; else
  it is dropped;
* "two days later" is relative to the nearest day-precision date before it;
* numbers are not years when they are counts or figures ("613", "250,000", "2000
  soldiers": ``geo/data/lexicon/not_date_units.txt``), document or section numbers
  ("Nos. 822, 853", "page 1993"), or the adoption year of a numbered document
  ("resolution 822 (1993)": the year a document was adopted is not an event date).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np

from geo.gazetteer import LEX_DIR

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![\w])"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1\d{3}|20\d{2})"
_DASH = r"\s*[-–—]\s*"
_QUAL = r"(?P<q>early|mid|late|the beginning of|the start of|the end of|the middle of|the first half of|the second half of)"

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
    shift: tuple[int, int] | None = (
        None  # (days, months) from the date before, for "two days later"
    )
    month_inherited: bool = False  # "on the 9th": the month (and year) of the date before

    @property
    def relative(self) -> bool:
        return self.shift is not None

    @property
    def iso(self) -> tuple[str, str]:
        return self.date_start.isoformat(), self.date_end.isoformat()


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _qualified(q: str | None, first: date, last: date) -> tuple[date, date]:
    """Narrow ``[first, last]`` (a year or decade) to its early / mid / late part."""
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
    else:  # a decade
        y0 = first.year
        parts = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
        lo, hi = parts.get(q, (0, 9))
        return date(y0 + lo, 1, 1), date(y0 + hi, 12, 31)
    key = q.replace("the ", "").split()[0] if q.startswith("the ") else q
    lo, hi = parts.get(key, (1, 12))
    return date(y, lo, 1), _month_end(y, hi)


def _units() -> frozenset[str]:
    with open(LEX_DIR / "not_date_units.txt", encoding="utf-8") as fh:
        return frozenset(s.strip().lower() for s in fh if s.strip() and not s.startswith("#"))


_UNITS = _units()


def _month_names() -> tuple[dict[str, int], dict[str, int]]:
    """Month and season words of other languages (``geo/data/lexicon/month_names.csv``):
    ``(months, seasons)``, each word → the number of its (first) month."""
    import csv

    months: dict[str, int] = {}
    seasons: dict[str, int] = {}
    with open(LEX_DIR / "month_names.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            (seasons if r["language"].endswith("-season") else months)[r["name"].lower()] = int(
                r["month"]
            )
    return months, seasons


_OTHER_MONTHS, _OTHER_SEASONS = _month_names()
_ALT_MON = "(?P<amon>" + "|".join(sorted(_OTHER_MONTHS, key=len, reverse=True)) + ")"
_ALT_SEASON = "(?P<aseason>" + "|".join(sorted(_OTHER_SEASONS, key=len, reverse=True)) + ")"
_ALT_YEAR_WORD = r"(?:\s*(?:года|год|г\.))?"
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\bNos?\.|\bnumbers?|\bresolutions?|\bpages?|\bpp?\.|§|\bsections?|\bchapters?|\barticles?|\bparagraphs?|[$€£]|\d,|\d)\s*$",
    re.I,
)

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<year>1\d{3}|20\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")),
    ("dotted", re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>0?[1-9]|1[0-2])\.(?P<year>1\d{3}|20\d{2})\b")),
    (
        "dmy",
        re.compile(
            rf"\b(?:the\s+night\s+of\s+)?{_DAY}(?:(?:{_DASH}|\s+to\s+){_DAY2})?\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?\b"
        ),
    ),
    (
        "between_dmy",
        re.compile(rf"\b[Bb]etween\s+{_DAY}\s+and\s+{_DAY2}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?\b"),
    ),
    (
        "mdy",
        re.compile(rf"\b{_MON}\s+{_DAY}(?:{_DASH}{_DAY2})?(?:,?\s+{_YEAR})?\b(?!\s*[-–—]?\s*\d)"),
    ),
    (
        "alt_dmy",
        re.compile(rf"(?<!\w){_DAY}\s+{_ALT_MON}(?:\s+{_YEAR}{_ALT_YEAR_WORD})?(?!\w)", re.I),
    ),
    (
        "alt_month",
        re.compile(rf"(?<!\w)(?:[Вв]\s+)?{_ALT_MON}\s+{_YEAR}{_ALT_YEAR_WORD}(?!\w)", re.I),
    ),
    ("alt_season", re.compile(rf"(?<!\w){_ALT_SEASON}\s+{_YEAR}{_ALT_YEAR_WORD}(?!\w)", re.I)),
    (
        "season",
        re.compile(
            rf"\b(?:the\s+)?(?P<season>[Ww]inter|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all)\s+(?:of\s+)?{_YEAR}(?:\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}}))?\b"
        ),
    ),
    ("month", re.compile(rf"\b(?:{_QUAL}[-\s]+)?{_MON}(?:,?\s+(?:of\s+)?{_YEAR})\b")),
    (
        "month_bare",
        re.compile(
            rf"(?:\b(?P<q>[Ee]arly|[Ll]ate|[Mm]id)[-\s]+|\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Tt]hrough(?:out)?|[Bb]efore|[Aa]fter)\s+"
            rf"(?:(?P<q2>early|late|mid)[-\s]+)?){_MON}"
        ),
    ),
    (
        "ordinal",
        re.compile(
            r"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom)\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:century|anniversary|day|time|floor|round|session|meeting|[A-Z]))"
        ),
    ),
    (
        "decade",
        re.compile(r"\b(?:the\s+)?(?:(?P<q>early|mid|late)[-\s]+)?(?P<dec>1\d{2}0|20\d0)s\b", re.I),
    ),
    ("year_range", re.compile(rf"\b{_YEAR}{_DASH}(?P<y2>\d{{4}}|\d{{2}})\b(?![-–—.]\d)")),
    ("qual_year", re.compile(rf"\b{_QUAL}[-\s]+{_YEAR}\b", re.I)),
    ("year", re.compile(rf"(?<![\w.,/-]){_YEAR}(?![\w.,/-]\d|\w)")),
    (
        "relative",
        re.compile(
            r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|after(?:wards)?|earlier|before)\b|\bthe\s+(?P<dir2>next|following|previous)\s+(?P<unit2>day|week|month|year)\b",
            re.I,
        ),
    ),
]
_JOIN = re.compile(r"^\s*(?:and|to|until|till|through|thru|–|—|-)\s*$", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)


def _month(mon: str) -> int:
    return MONTHS[mon.rstrip(".").lower()]


def _parse(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else None
    s, e = m.start(), m.end()
    try:
        if kind in ("iso", "dotted", "dmy", "mdy"):
            bad = _impossible_day(kind, g, year)
            if bad:  # "31 February 1992": no such day, and not February 1992 either
                return TimeExpr(s, e, m.group(), date.min, date.min, INVALID)
        if kind in ("iso", "dotted"):
            d = date(year, int(g["m"]), int(g["d"]))
            return TimeExpr(s, e, m.group(), d, d, "day")
        if (
            kind == "ordinal"
        ):  # "on the 9th": a day of the month the text is in, filled in by find_dates
            d = date(_NO_YEAR, 1, int(g["day"]))
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
        if kind in ("dmy", "mdy", "between_dmy"):
            mon = _month(g["mon"])
            y = year or _NO_YEAR
            d1 = date(y, mon, int(g["day"]))
            d2 = date(y, mon, int(g["day2"])) if g.get("day2") else d1
            if d2 < d1:
                return None
            return TimeExpr(
                s, e, m.group(), d1, d2, "day" if d1 == d2 else "range", year_inherited=year is None
            )
        if kind == "alt_dmy":  # "12 мая 1994 года"
            mon = _OTHER_MONTHS[g["amon"].lower()]
            y = year or _NO_YEAR
            d = date(y, mon, int(g["day"]))
            return TimeExpr(s, e, m.group(), d, d, "day", year_inherited=year is None)
        if kind == "alt_month":  # "в июле 1993 года"
            mon = _OTHER_MONTHS[g["amon"].lower()]
            return TimeExpr(s, e, m.group(), date(year, mon, 1), _month_end(year, mon), "month")
        if kind == "alt_season":  # "весной 1992 года"
            lo = _OTHER_SEASONS[g["aseason"].lower()]
            if lo == 12:
                return TimeExpr(
                    s, e, m.group(), date(year - 1, 12, 1), _month_end(year, 2), "season"
                )
            return TimeExpr(s, e, m.group(), date(year, lo, 1), _month_end(year, lo + 2), "season")
        if kind == "season":
            season = g["season"].lower()
            if season == "winter":
                if g.get("y2"):  # "the winter of 1991-92": December 1991 to February 1992
                    y2 = int(g["y2"]) if len(g["y2"]) == 4 else year // 100 * 100 + int(g["y2"])
                    if y2 != year + 1:
                        return None
                    return TimeExpr(s, e, m.group(), date(year, 12, 1), _month_end(y2, 2), "season")
                return TimeExpr(
                    s, e, m.group(), date(year - 1, 12, 1), _month_end(year, 2), "season"
                )
            lo = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}[season]
            return TimeExpr(s, e, m.group(), date(year, lo, 1), _month_end(year, lo + 2), "season")
        if kind in ("month", "month_bare"):
            mon = _month(g["mon"])
            y = year or _NO_YEAR
            if g.get("q") or g.get("q2"):  # "late August", "by late August": its last ten days
                q = (g.get("q") or g["q2"]).lower()
                if kind == "month_bare":
                    s = m.start("q") if g.get("q") else m.start("q2")
                first, last = date(y, mon, 1), _month_end(y, mon)
                if "early" in q or "beginning" in q or "start" in q:
                    last = date(y, mon, 10)
                elif "late" in q or "end" in q:
                    first = date(y, mon, 21)
                else:
                    first, last = date(y, mon, 11), date(y, mon, 20)
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
        if kind == "decade":
            d0 = int(g["dec"])
            first, last = _qualified(g.get("q"), date(d0, 1, 1), date(d0 + 9, 12, 31))
            return TimeExpr(s, e, m.group(), first, last, "approximate" if g.get("q") else "decade")
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
            if _NOT_YEAR_BEFORE.search(text[max(0, s - 20) : s]):
                return None
            if re.match(r"\)", text[e : e + 1]) and re.search(
                r"\d\s*\($", text[max(0, s - 12) : s]
            ):
                return None  # "resolution 822 (1993)": adoption year of a numbered document
            nxt = re.match(r"\s+([A-Za-z%]+)", text[e : e + 20])
            if nxt and nxt.group(1).lower() in _UNITS:
                return None
            if text[e : e + 1] == "%":
                return None
            return TimeExpr(s, e, m.group(), date(year, 1, 1), date(year, 12, 31), "year")
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


INVALID = "invalid"  # precision of a day that is not in the calendar: it hides the coarser reading, then is dropped


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


_LATER_YEAR_WITHIN = 300  # characters: how far after a day without a year its year may come
_AND = re.compile(r"^\s*(?:and|&)\s*$", re.I)


def _two_days(a: TimeExpr, b: TimeExpr, text: str) -> bool:
    """ "29 January and 6 April 1993" names two days, not the range between them
    ("between 29 January and 6 April 1993" is a range)."""
    if (
        a.precision != "day"
        or b.precision != "day"
        or a.relative
        or b.relative
        or not _AND.match(text[a.end : b.start])
    ):
        return False
    return not _BETWEEN.search(text[max(0, a.start - 12) : a.start])


def _join(a: TimeExpr, b: TimeExpr, text: str) -> TimeExpr | None:
    """Merge "a and b", "a to b", "between a and b" into one range."""
    between = text[a.end : b.start]
    if not _JOIN.match(between):
        return None
    if a.year_inherited and not b.year_inherited and a.date_start.year == _NO_YEAR:
        # "25 February to 3 March 1992": a takes b's year
        a = _set_year(a, b.date_start.year)
        if a is None:
            return None
        a = replace(a, year_inherited=False)
    if a.relative or b.relative or a.year_inherited or b.year_inherited:
        return None
    if b.date_end <= a.date_start or b.date_start < a.date_start:
        return None
    start = a.start
    pre = _BETWEEN.search(text[max(0, a.start - 12) : a.start])
    if pre:
        start = a.start - (len(text[max(0, a.start - 12) : a.start]) - pre.start())
    return TimeExpr(start, b.end, text[start : b.end], a.date_start, b.date_end, "range")


# Every match of a pattern above holds one of these: a digit, a month's name, or a
# unit of "two days later" / "the next week". Text far from all of them is skipped.
_TRIGGERS = (
    re.compile(r"\d+"),
    re.compile(r"[JFMASOND](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)"),
    re.compile(r"[dDwWmMyY](?i:ay|eek|onth|ear)"),
)
_MARGIN = 40  # non-space characters kept on each side of a trigger; a match reaches at most ~16 beyond its triggers
_SPACE = np.array([c for c in range(0x3001) if chr(c).isspace()], dtype=np.uint32)


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` that can hold a date: each trigger with :data:`_MARGIN`
    non-space characters either side (whitespace does not count, so a long run of
    it cannot hide part of an expression), merged where they touch."""
    starts: list[int] = []
    ends: list[int] = []
    for pat in _TRIGGERS:
        for m in pat.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
    if not starts:
        return []
    code = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    solid = np.concatenate(
        ([0], np.cumsum(~np.isin(code, _SPACE)))
    )  # solid[i]: non-space characters in text[:i]
    order = np.argsort(starts, kind="stable")
    s, e = np.asarray(starts)[order], np.asarray(ends)[order]
    lo = np.maximum(np.searchsorted(solid, solid[s] - _MARGIN, side="right") - 1, 0)
    hi = np.minimum(np.searchsorted(solid, solid[e] + _MARGIN, side="left"), len(text))
    out: list[tuple[int, int]] = []
    for a, b in zip(lo.tolist(), np.maximum.accumulate(hi).tolist()):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def find_dates(
    text: str, default_year: int | None = None, keep_invalid: bool = False
) -> list[TimeExpr]:
    """Every date or period in ``text``, in order, anchored and joined (see module docs).

    A day the calendar lacks ("31 February 1992") is no date at all (not February
    1992); with ``keep_invalid`` it is returned with precision :data:`INVALID`.
    A relative date that would fall outside years 1–9999 ("9000 years later") is dropped."""
    found: list[TimeExpr] = []
    windows = _windows(text)
    for kind, pat in _PATTERNS:
        for lo, hi in windows:
            for m in pat.finditer(text, lo, hi):
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
    own_year = [u for u in chosen if not (u.year_inherited or u.relative)]
    own_starts = [u.start for u in own_year]
    # anchor years and relative expressions, in document order
    anchored: list[TimeExpr] = []
    last_year = default_year
    last_day: TimeExpr | None = None
    last_month: tuple[int, int] | None = None
    for t in chosen:
        if t.precision == INVALID:
            if keep_invalid:
                anchored.append(t)
            continue
        if t.month_inherited:
            if last_month is None:
                continue
            try:
                d = date(last_month[0], last_month[1], t.date_start.day)
            except ValueError:
                continue
            t = replace(t, date_start=d, date_end=d, year_inherited=False, month_inherited=False)
        elif t.relative:
            if last_day is None:
                continue
            days, months = t.shift
            try:
                if days:
                    d = last_day.date_start + timedelta(days=days)
                    t = replace(t, date_start=d, date_end=d)
                else:
                    y, mth = divmod(last_day.date_start.month - 1 + months, 12)
                    first = date(last_day.date_start.year + y, mth + 1, 1)
                    t = replace(t, date_start=first, date_end=_month_end(first.year, first.month))
            except (ValueError, OverflowError):
                continue  # past year 9999 or before year 1: not a date
        elif t.year_inherited:
            j = bisect_right(own_starts, t.end)  # the first one starting after t
            nxt = own_year[j] if j < len(own_year) else None
            if nxt is not None and _JOIN.match(text[t.end : nxt.start]):
                pass  # joined below with the expression that gives the year
            elif last_year is None:
                # no year before it: the first year after it in the same paragraph ("On 8 May, … in
                # 1992")
                later = (
                    None
                    if nxt is None
                    or "\n\n" in text[t.end : nxt.start]
                    or nxt.start - t.end > _LATER_YEAR_WITHIN
                    else nxt
                )
                t = _set_year(t, later.date_start.year) if later is not None else None
                if t is None:
                    continue
                t = replace(t, year_inherited=False)
            else:
                t = _set_year(t, last_year)
                if t is None:
                    continue
        if not t.year_inherited or t.date_start.year != _NO_YEAR:
            last_year = t.date_end.year if t.precision not in ("range",) else t.date_end.year
        if t.precision == "day":
            last_day = t
        if (
            t.date_start.year == t.date_end.year
            and t.date_start.month == t.date_end.month
            and t.date_start.year != _NO_YEAR
        ):
            last_month = (t.date_start.year, t.date_start.month)
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


def parse_date_cell(value: str) -> TimeExpr:
    """Read one table cell as a date ("26 February 1992", "1992-02-26", "1992-02",
    "1992", "1992 and 1993"); raise ``ValueError`` saying why it cannot be one: no date,
    several dates, a day the calendar lacks, or an end before the start."""
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
