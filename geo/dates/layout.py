"""How a page's layout dates what it says: a chronology's year heading and the entries
under it, a source line before a quoted dispatch, a headline day told in full below it, and
a day just after the day of writing (:func:`geo.dates.scan.find_dates` asks these)."""

from __future__ import annotations

import re
from datetime import date

from geo.dates.expr import TimeExpr
from geo.dates.forms import _count
from geo.dates.pieces import _NUMBER_WORD
from geo.dates.words import DATE_WORDS, alternation, word_key
from geo.dates.writing import _HEADER, _date_line, _fold

_LATER_YEAR_WITHIN = 300  # characters: how far after a day without a year its year may come


_QUOTE_OPENS = re.compile(r"\s*[“\"«„']")


def _source_line(text: str, t: TimeExpr) -> bool:
    """True when ``t`` ends a short line that introduces a quoted dispatch: a source and its
    day ("“The Daily”, July 25, 1993;"), the line ending in ":" or ";" or the next line opening
    a quotation; not an infobox's date ("Date 4 March 1994")."""
    if not _date_line(text, t):
        return False
    end = text.find("\n", t.end)
    rest = text[t.end : end if end >= 0 else len(text)].strip()
    return rest in (":", ";") or (
        not rest and end >= 0 and _QUOTE_OPENS.match(text, end) is not None
    )


_LINE_MARKS = " \t•*·#=|-–—:"  # bullets and heading marks around a chronology's year or entry


def _alone_on_line(text: str, t: TimeExpr) -> bool:
    """True when ``t`` stands alone on its line (bullets and heading marks aside): a
    chronology's year heading ("1991", "• 1920", "== 1993 ==")."""
    start = text.rfind("\n", 0, t.start) + 1
    end = text.find("\n", t.end)
    end = len(text) if end < 0 else end
    return not text[start : t.start].strip(_LINE_MARKS) and not text[t.end : end].strip(_LINE_MARKS)


def _entry_year(
    t: TimeExpr, text: str, heading_year: int | None, before: list[TimeExpr]
) -> int | None:
    """The year of a day or month without one that a chronology's layout gives: the year
    heading above it when it starts its line (an entry), else, after a bare year told in
    passing, the year of the same month dated earlier on its line; None otherwise."""
    line_start = text.rfind("\n", 0, t.start) + 1
    if heading_year is not None and not text[line_start : t.start].strip(_LINE_MARKS):
        return heading_year
    if t.precision not in ("day", "month") or not before or before[-1].precision != "year":
        return None
    for u in reversed(before[:-1]):
        if u.end <= line_start:
            return None
        if u.precision in ("day", "month") and u.date_start.month == t.date_start.month:
            return u.date_start.year
    return None


_SOON = 7  # days: how far after the day of writing a day without a year is the coming one


def _soon(t: TimeExpr, writing: date) -> bool:
    """True when ``t`` is a day within :data:`_SOON` days after the day of writing: the one
    coming, not the one a year before ("YEREVAN, May 8 - May 9 is the day of …"); a month
    or a day further on is the last one up to that day."""
    return t.precision == "day" and (t.date_start - writing).days <= _SOON


def _same_day(t: TimeExpr, later: list[TimeExpr]) -> TimeExpr | None:
    """The first of ``later`` that is the day ``t`` names, with a year of its own."""
    if t.precision != "day":
        return None
    day = (t.date_start.month, t.date_start.day)
    for u in later:
        if u.precision == "day" and (u.date_start.month, u.date_start.day) == day:
            return u
    return None


def _told_in_full(t: TimeExpr, later: list[TimeExpr], before: list[TimeExpr]) -> TimeExpr | None:
    """The same day with its year, told within :data:`_LATER_YEAR_WITHIN` characters after
    ``t``, when ``t`` is a day without a year in the first lines of the text (a headline);
    not when the date just ``before`` it is that day with its year ("18 May 2020", then a
    dateline "BAKU, May 18": that day again, whatever the text tells of an earlier May 18)."""
    if t.start >= _HEADER or (before and _same_day(t, before[-1:])):
        return None
    u = _same_day(t, later)
    return u if u is not None and u.start - t.end <= _LATER_YEAR_WITHIN else None


# a count of years tied to an event: "the 24th anniversary", "32 years ago", "21-ci
# ildönümü", "26 il keçir", "23 года со дня" (a cue of ``anniversary`` in ``date_words.csv``
# in its sentence says it is one)
_ORDINAL = rf"(?:{alternation('ordinal')}|{alternation('day_word')})"
_YEARS_COUNT = re.compile(
    rf"(?<![\w.,])(?P<n>\d{{1,3}}|(?:{_NUMBER_WORD}[-\s]+)?{_ORDINAL}"
    rf"|{_NUMBER_WORD}(?:[-\s]+{_NUMBER_WORD})?)(?:-?[^\W\d_]{{1,3}})?"
    r"\s+(?:years?|il|ili|ildönümü\w*|лет|года?|годовщин\w*|anniversary)(?!\w)"
)
_ANNIVERSARY_CUE = re.compile(rf"(?<!\w)(?:{alternation('anniversary')})(?!\w)")
_EVENT_WITHIN = 1000  # characters after the count where the event's whole date may stand


def _untold_event(after: int, every: list[TimeExpr]) -> bool:
    """True when the first day after an anniversary's count ("третья годовщина освобождения
    …", then "20 октября … 27 сентября 2020 года") has no year of its own: that day is the
    event's, and a later whole date is another's."""
    for u in every:
        if u.deictic or u.relative:
            continue  # "в пятницу": told from the day of writing, no event's day
        night = u.precision == "range" and (u.date_end - u.date_start).days == 1
        if after <= u.start <= after + _EVENT_WITHIN and (u.precision == "day" or night):
            return u.year_inherited
    return False


def _years(n: str) -> int | None:
    """The count of years a cardinal or ordinal tells ("24", "twenty-four", "third",
    "тридцать вторая", "otuz ikinci"): ``number``, ``ordinal`` and ``day_word`` rows of
    ``date_words.csv``."""
    words = re.split(r"[-\s]+", word_key(n))
    last = DATE_WORDS["ordinal"].get(words[-1]) or DATE_WORDS["day_word"].get(word_key(n))
    if last is None:
        last = DATE_WORDS["day_word"].get(words[-1])
    if last is None:
        return _count({"unit": "years", "n": n}, "later")
    head = words[:-1] if word_key(n) not in DATE_WORDS["day_word"] else []
    try:
        return int(last) + sum(int(DATE_WORDS["number"][w]) for w in head)
    except KeyError:
        return None


def anniversary_day(
    text: str,
    own_year: list[TimeExpr],
    whole_day: bool = True,
    every: list[TimeExpr] | None = None,
) -> date | None:
    """The day of writing of a page that has no date line but tells an anniversary: the
    event's whole day told after its count of years, so many years on ("Today is the 21st
    anniversary …", then "on 2 April 1993": 2 April 2014; "32 years ago, on April 10,
    1992": 10 April 2024; "the 29th anniversary", then the night "25-26 February 1992": 26
    February 2021, the day the night ends). Not ``whole_day``: the event may be told by its
    year or month too ("the 7th anniversary of the clashes in 2016"), and only the year of
    the result counts (1 January 2023). None when the page tells none, or (with ``every``,
    all the dates) when the first day after the count has no year of its own."""
    folded = _fold(text)
    for m in _YEARS_COUNT.finditer(folded):
        start = max(folded.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        ends = [i for i in (folded.find(c, m.end()) for c in ".!?\n") if i >= 0]
        if not _ANNIVERSARY_CUE.search(folded, start, min(ends, default=len(folded))):
            continue
        n = _years(m.group("n"))  # "24", "twenty-four", "третья", "otuz ikinci"
        if not n:
            continue
        if whole_day and _untold_event(m.end(), every or []):
            return None  # the event's day has no year of its own: no day of writing from it
        for u in own_year:
            # a whole day, or a night ("fevralın 25-dən 26-na keçən gecə"): the day it ends
            night = u.precision == "range" and (u.date_end - u.date_start).days == 1
            within = m.end() <= u.start <= m.end() + _EVENT_WITHIN
            if within and not whole_day and u.date_start.year == u.date_end.year:
                return date(u.date_start.year + n, 1, 1)  # the year only
            if within and (u.precision == "day" or night):
                d = u.date_end
                try:
                    return d.replace(year=d.year + n)
                except ValueError:  # 29 February: the last day of February that year
                    return date(d.year + n, 2, 28)
        return None
    return None
