"""Dates told from somewhere else: from the day of writing ("yesterday", "on Monday", "last
week", "two days ago", "в ноябре прошлого года") or from the date before them ("the same day",
"later that month", "two days later", "спустя пять дней", "iki gün sonra"): their patterns, after
the grammar's own (:mod:`geo.dates.grammar`), and the readings of the newer ones;
:func:`geo.dates.scan.find_dates` places them on the calendar."""

from __future__ import annotations

import re
from datetime import date

from geo.dates.expr import TimeExpr
from geo.dates.forms import _count
from geo.dates.pieces import (
    _ALT_MON,
    _ALT_MON2,
    _COUNT,
    _MON,
    _SAME_MONTH_FIRST,
    _UNIT_WORD,
    _alt_month,
    _month,
)
from geo.dates.words import DATE_WORDS, alternation, word_key

_TOLD_PATTERNS: list[tuple[str, re.Pattern]] = [
    (
        "deictic",
        re.compile(
            r"\b(?P<yd>[Yy]esterday|[Ll]ast night|[Вв]чера)\b"
            r"|\b(?:[Вв]о?|[Вв] прошл(?:ый|ую|ое)|(?P<night>[Вв]\s+ночь\s+на))\s+"
            r"(?P<rwd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
            r"|(?:\b(?P<on>[Oo]n|[Ll]ast|[Ll]ate|[Ee]arly)\s+)?(?<!\b[Aa] )\b"  # not "on a Monday"
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY"
            r"|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b"
            r"(?![ \t]+[A-Z]|[’']s)"
            # Azerbaijani weekdays, a one-word day with "günü" ("şənbə günü", not "Cümə məscidi")
            r"|(?<!\w)(?P<awd>[Bb]azar\s+ertəsi|[Çç]ərşənbə\s+axşamı|[Cc]ümə\s+axşamı"
            r"|(?:[Çç]ərşənbə|[Cc]ümə|[Şş]ənbə|[Bb]azar)\s+günü)(?!\w)"
            r"|(?<!the )\b(?P<rel>[Ll]ast|[Tt]his|[Ee]arlier this|[Nn]ext)"
            r"\s+(?P<per>week|month|year)\b"
        ),
    ),
    (
        # "today", "bu gün", "сегодня"; "throughout the week", "на прошлой неделе", "bu il"
        "deictic_word",
        re.compile(
            rf"(?<!\w)(?:(?P<td>{alternation('today')})|(?P<pd>{alternation('period')}))(?!\w)"
        ),
    ),
    (
        # "about a week ago", "19 лет назад", "19 il əvvəl"; "on this day 31 years ago": a day
        "ago",
        re.compile(
            rf"(?<!\w)(?:(?P<day1>{alternation('this_day')}),?\s+)?"
            rf"(?:(?P<hedge>{alternation('hedge')})\s+)?(?:{_COUNT}\s+)?{_UNIT_WORD}"
            rf"\s+(?P<ago>{alternation('ago')})(?:\s+(?P<day2>{alternation('this_day')}))?(?!\w)"
        ),
    ),
    (
        # "in the last week", "over the past two years", "son bir həftədə": up to the day of
        # writing (not "the last year of the war", "the last week before the truce")
        "past",
        re.compile(
            rf"(?<!\w)(?P<past>{alternation('past')})\s+(?:{_COUNT}\s+)?{_UNIT_WORD}(?!\w)"
            r"(?!\s+(?:of|before|after|prior|until|till|to)\b)"
        ),
    ),
    (
        # "the same day", "в тот же день", "həmin gün", "на следующий день": from the date before
        "same_day",
        re.compile(rf"(?<!\w)(?P<same>{alternation('same')})(?!\w)"),
    ),
    (
        # "later that month", "the following month", "в том же месяце", "həmin ayın sonunda":
        # from the month of the date before (before "relative": "the following month")
        "same_month",
        re.compile(rf"(?=[{_SAME_MONTH_FIRST}])(?<!\w)(?P<smon>{alternation('same_month')})(?!\w)"),
    ),
    (
        # a month of the year before or after the day of writing: "в ноябре прошлого года",
        # "keçən ilin noyabrında" (``year_rel`` of ``date_words.csv``); "ötən ilin bu günündə",
        # "в этот день в прошлом году": that day a year before
        "month_of_year",
        re.compile(
            rf"(?<!\w)(?:(?:в\s+)?{_ALT_MON}\s+(?P<rel>{alternation('year_rel')})\s+года"
            rf"|(?P<rel2>{alternation('year_rel')})\s+ilin\s+(?:{_ALT_MON2}"
            r"|(?P<thisday>bu\s+gün(?:ü|ündə)?)))(?!\w)"
            r"|(?<!\w)в\s+этот\s+(?:же\s+)?день\s+(?:в\s+)?(?P<thisday2>прошлом\s+году|прошлого\s+года)"
        ),
    ),
    (
        # "last November", "next March", "November last year"
        "month_of_year_en",
        re.compile(
            rf"\b(?P<rel>[Ll]ast|[Nn]ext)\s+{_MON}(?![ \t]*\d)"
            rf"|\b{_MON.replace('?P<mon>', '?P<mon2>')}\s+(?P<rel2>last|next)\s+year\b"
            r"|\b(?P<thisday>[Oo]n\s+this\s+day\s+last\s+year)\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
            r"\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|after(?:wards)?|earlier|before)\b"
            r"|\bthe\s+(?P<dir2>next|following|previous)\s+(?P<unit2>day|week|month|year)\b",
            re.I,
        ),
    ),
    (
        # Russian and Azerbaijani "five days later" (``later`` of ``date_words.csv``): "спустя
        # (всего) пять дней", "через два дня", and after the count, "пять дней спустя", "iki
        # gün sonra"; from the date before, as "two days later"
        "later",
        re.compile(
            rf"(?<!\w)(?:{alternation('later')})\s+(?:(?:всего|лишь|только|ещё|еще)\s+)?"
            rf"{_COUNT}\s+{_UNIT_WORD}(?!\w)"
        ),
    ),
    (
        "later",
        re.compile(rf"(?<!\w){_COUNT}\s+{_UNIT_WORD}\s+(?:{alternation('later')})(?!\w)"),
    ),
    (
        # "на следующий год", "год спустя", "növbəti il" (``next_year`` of ``date_words.csv``):
        # the year after the date before, as "the next year"
        "next_year",
        re.compile(rf"(?<!\w)(?P<nyear>{alternation('next_year')})(?!\w)"),
    ),
]


def _month_of_year(s: int, e: int, surface: str, g: dict) -> TimeExpr:
    """ "в ноябре прошлого года", "keçən ilin noyabrında", "last November": that month of
    the year before (or this, or the next) the day of writing; "ötən ilin bu günündə", "on
    this day last year": that day a year before (placed by find_dates)."""
    if g.get("thisday") or g.get("thisday2"):
        return TimeExpr(s, e, surface, date.min, date.min, "day", deictic=("same-year", -1, False))
    rel = word_key(g.get("rel") or g.get("rel2") or "")
    step = int(DATE_WORDS["year_rel"][rel])
    if g.get("mon") or g.get("mon2"):
        mon = _month(g.get("mon") or g["mon2"])
    else:
        mon = _alt_month(g.get("amon") or g["amon2"])
    return TimeExpr(
        s, e, surface, date.min, date.min, "month", deictic=(f"monthof-{mon}", step, False)
    )


def _later(s: int, e: int, surface: str, g: dict) -> TimeExpr | None:
    """ "спустя пять дней", "пять дней спустя", "iki gün sonra": a count of days, weeks,
    months or years on from the date before it (filled in by find_dates); hours and minutes
    are no date of their own."""
    count = _count(g, "later")
    unit = DATE_WORDS["unit"][word_key(g["unit"])].rstrip("s")
    if count is None or unit not in ("day", "week", "month", "year"):
        return None
    days = count * {"day": 1, "week": 7}.get(unit, 0)
    months = count * {"month": 1, "year": 12}.get(unit, 0)
    precision = "day" if days else "year" if unit == "year" else "month"
    return TimeExpr(s, e, surface, date.min, date.min, precision, shift=(days, months))


def _next_year(s: int, e: int, surface: str, g: dict) -> TimeExpr:
    """ "на следующий год", "через год", "növbəti il": the year so many years after the date
    before it (filled in by find_dates, as "the next year")."""
    years = int(DATE_WORDS["next_year"][word_key(g["nyear"])])
    return TimeExpr(s, e, surface, date.min, date.min, "year", shift=(0, 12 * years))
