"""The grammar of dates: month and season names (English, and other languages from
``geo/data/lexicon/month_names.csv``), the regular patterns of a date or period, and the
reading of one match into a :class:`~geo.dates.expr.TimeExpr`."""

from __future__ import annotations

import calendar
import re
from datetime import date

from geo.dates.expr import _NO_YEAR, INVALID, TimeExpr, _month_end, _month_part, _qualified
from geo.dates.forms import _CAP_WORD_BEFORE, _deictic, _glued, _slashed, _told_from_writing
from geo.dates.words import (
    _OTHER_MONTHS,
    _OTHER_SEASONS,
    _SEASONS_AFTER_YEAR,
    DATE_WORDS,
    alternation,
    is_unit,
    word_key,
)

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
_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?"
    r"|Dec\.?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER)(?![\w])"  # and in a headline in capitals ("BEGAN ON MAY 8")
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1\d{3}|20\d{2})"
_DASH = r"\s*[-–—]\s*"
_QUAL = (
    r"(?P<q>(?i:early|mid|late|the beginning of|the start of|the end of|the middle of"
    r"|the first half of|the second half of))"
)


# "the first days of April", "the last few days of May": a month's first or last ten days
_FEW_DAYS = r"[Tt]he\s+(?:first|last)\s+(?:few\s+)?days\s+of"
_ALT_MON_WORDS = "|".join(sorted(_OTHER_MONTHS, key=len, reverse=True))
_ALT_MON = f"(?P<amon>{_ALT_MON_WORDS})"
_ALT_MON2 = _ALT_MON.replace("?P<amon>", "?P<amon2>")
# Azerbaijani writes May as English does: a month only where Azerbaijani grammar follows
# ("may ayının", "maydan", "mayadək")
_AZ_MON = _ALT_MON.replace("(?P<amon>", "(?P<amon>may|")
_AZ_MON2 = _AZ_MON.replace("?P<amon>", "?P<amon2>")
_ALT_SEASON = "(?P<aseason>" + "|".join(sorted(_OTHER_SEASONS, key=len, reverse=True)) + ")"
_ALT_SEASON2 = _ALT_SEASON.replace("?P<aseason>", "?P<aseason2>")  # "летом и осенью"
# Azerbaijani seasons follow their year ("1993 yayı", "1993-cü ilin qışında")
_AZ_SEASON = (
    "(?P<aseason>"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")  # "yay aylarında": the summer months
        for w in sorted(_SEASONS_AFTER_YEAR, key=len, reverse=True)
    )
    + ")"
)
# "ayının" (of the month): "mart ayının sonunda", "yanvar ayının 28-də"
_AYININ = r"\s+ay[ıi]n[ıi]n"
# a month of an Azerbaijani date: "mart", "martın", "mart ayının", "may ayının"
_AZ_MONTH_OF = rf"(?:{_ALT_MON}(?:{_AYININ})?|(?P<may>may){_AYININ})"
# a part of a month or year in words: Russian before it ("в конце марта"), Azerbaijani
# after it ("mart ayının sonunda", "1993-cü ilin sonunda"); ``date_words.csv``
_PART_BEFORE = rf"(?P<part>{alternation('part_before')})"
_PART_AFTER = rf"(?P<part>{alternation('part_after')})"
_RU_PREP = r"(?:(?:в|во|с|со|к|ко|до|от)\s+)?"
# after a year: Russian "года", Azerbaijani "-ci il" ("1992-ci il", "1993-cü ildə")
_ALT_YEAR_WORD = r"(?:\s*(?:года|год|г\.)|-го(?!\w)|-?c[iıuü](?:\s+il(?:in|də|dən)?)?)?"
# a Russian day's ordinal ending: "22-го февраля", "с 8-го по 9-е мая"
_RU_ORD = r"(?:-(?:ого|го|ое|е)(?!\w))?"
# "of the year" before a month: Azerbaijani "1992-ci il(in)", Armenian "1992 թվականի", "1992 թ."
_YEAR_OF = r"(?:-?c[iıuü]\s+il(?:in)?|\s*(?:թվականի|թ\.))"
# "fevralın 25-dən 26-na": from the 25th to the 26th
_AZ_FROM_TO = r"-?(?:dən|dan)\s+"
# a day's case: Azerbaijani "8-də", "8-dən", "26-na", "26-sı", "8-ci", "6-dək"; Armenian "9-ին"
_AZ_CASE = (
    r"(?:-?(?:[dt][əa]k|[dt][aə]n?|c[iıuü]|[iıuü]nc[iıuü]|n[aə]|y[aə]|s?[iıuü]|ին|ից|ը)(?!\w))?"
)
# a digit run right after letters may start a date when they are a label ("Date12 June 1993":
# text extracted from an infobox); :func:`~geo.dates.forms._glued` checks the word
_GLUED = r"(?=\d)(?<![\d_])"
# and a month's name right after a label ("DateApril 2, 1993"): checked by ``_glued`` too
_GLUED_MON = r"(?=[JFMASOND])(?<![\d_])"
# "two days ago", "in the last week": a count (digits, a number word or two) and a unit
_NUMBER_WORD = rf"(?:{alternation('number')})"
_COUNT = rf"(?P<n>{_NUMBER_WORD}(?:[-\s]+{_NUMBER_WORD})?|\d{{1,4}})"  # "twenty-five", "otuz bir"
_UNIT_WORD = rf"(?P<unit>{alternation('unit')})"
_SEASON = r"[Ww]inter|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all"
_SEASON_Q = r"[Ee]arly|[Ll]ate|[Mm]id"  # a season's first, middle or last month
_SEASON_FIRST = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9, "fall": 9}
# the first letters of the ``same_month`` words: a quick test before their long alternation
_SAME_MONTH_FIRST = re.escape("".join(sorted({w[0] for w in DATE_WORDS["same_month"]})))
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\bNos?\.|\bnumbers?|\bresolutions?|\bpages?|\bpp?\.|§|\bsections?|\bchapters?"
    r"|\barticles?|\bparagraphs?|[$€£]|\d,|\d)\s*$",
    re.I,
)

# the patterns matched against the text folded to lower case (``scan._fold``): their words
# come from ``date_words.csv`` in that form, and a case-sensitive match is the faster
FOLDED = frozenset({"deictic_word", "ago", "past", "same_day", "same_month"})
# the patterns whose every match holds a month's name of another language (``_ALT_MON``,
# ``_AZ_MON``): searched only near one (``scan._MONTH_TRIGGER``)
OTHER_MONTH = frozenset(
    {
        "alt_dmy",
        "ru_day_range",
        "az_ymd",
        "az_ym",
        "az_md",
        "az_part_month",
        "alt_month_range",
        "ru_month_range",
        "az_month_range",
        "alt_month",
        "alt_month_that_year",
    }
)

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<year>1\d{3}|20\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")),
    (
        "dotted",
        re.compile(
            rf"{_GLUED}(?P<d>[0-3]?\d)\.(?P<m>0?[1-9]|1[0-2])\.(?P<year>1\d{{3}}|20\d{{2}})\b"
        ),
    ),
    (
        "dotted_range",
        re.compile(
            r"(?<![\d.])(?P<d>[0-3]?\d)(?:\.(?:(?P<m>0?[1-9]|1[0-2])\.?)?)?\s*[-–—]\s*"
            r"(?P<d2>[0-3]?\d)\.(?P<m2>0?[1-9]|1[0-2])\.(?P<year>1\d{3}|20\d{2})\b"
        ),
    ),
    (
        "slashed",
        re.compile(r"(?<![\w/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>1\d{3}|20\d{2})\b(?!/)"),
    ),
    (
        "dmy",
        re.compile(
            rf"(?:\bthe\s+night\s+of\s+|{_GLUED}){_DAY}(?:(?:{_DASH}|\s+to\s+){_DAY2})?"
            rf"\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?\b"
        ),
    ),
    (
        # a date line's two-digit year ("09 May 06"): 19xx above 30, else 20xx
        "dmy_yy",
        re.compile(rf"\b{_DAY}\s+{_MON}\s+(?P<yy>\d{{2}})\b(?![ \t]*[a-z%\d])"),
    ),
    (
        "between_dmy",
        re.compile(rf"\b[Bb]etween\s+{_DAY}\s+and\s+{_DAY2}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?\b"),
    ),
    (
        "mdy",
        re.compile(
            rf"{_GLUED_MON}{_MON}\s+{_DAY}(?:{_DASH}{_DAY2})?(?:,?\s+{_YEAR})?\b"
            r"(?!\s*[-–—]?\s*\d)"
        ),
    ),
    (
        # "12 мая 1994 года", "25–29 октября", "25-29 oktyabrda" (a case ending on the month)
        "alt_dmy",
        re.compile(
            rf"{_GLUED}{_DAY}{_RU_ORD}(?:{_DASH}{_DAY2}{_RU_ORD})?\s+{_ALT_MON}(?:[dt][aə]n?)?"
            rf"(?:,?\s+{_YEAR}{_ALT_YEAR_WORD})?(?!\w)",
            re.I,
        ),
    ),
    (
        # "с 25 по 29 октября": from the 25th to the 29th
        "ru_day_range",
        re.compile(
            rf"(?<!\w)со?\s+{_DAY}{_RU_ORD}\s+(?:по|до)\s+{_DAY2}{_RU_ORD}\s+{_ALT_MON}"
            rf"(?:,?\s+{_YEAR}{_ALT_YEAR_WORD})?(?!\w)",
            re.I,
        ),
    ),
    (
        # Azerbaijani: "1992-ci il mayın 8-də", "1993-cü ilin iyulun 23-də"
        "az_ymd",
        re.compile(
            rf"(?<!\w){_YEAR}{_YEAR_OF}\s+{_AZ_MONTH_OF}\s+{_DAY}"
            rf"(?:{_AZ_FROM_TO}{_DAY2}{_AZ_CASE})?{_AZ_CASE}",
            re.I,
        ),
    ),
    (
        # "1993-cü ilin aprelində": in April 1993; "1993-cü ilin noyabrınadək": until then
        "az_ym",
        re.compile(
            rf"(?<!\w){_YEAR}{_YEAR_OF}\s+{_ALT_MON}(?:[aə](?:d[əa]k)?)?(?!\s*\d)(?!\w)", re.I
        ),
    ),
    (
        # "mayın 8-də" (the year from the text around it)
        "az_md",
        re.compile(
            rf"(?<!\w){_AZ_MONTH_OF}\s+{_DAY}(?:{_AZ_FROM_TO}{_DAY2}{_AZ_CASE})?"
            rf"{_AZ_CASE}(?!\s*\d)",
            re.I,
        ),
    ),
    (
        # "mart ayının sonunda", "sentyabrın ortalarında", "1993-cü ilin mayın əvvəlində"
        "az_part_month",
        re.compile(
            rf"(?<!\w)(?:{_YEAR}{_YEAR_OF}\s+)?{_AZ_MONTH_OF}"
            rf"\s+{_PART_AFTER}(?!\w)",
            re.I,
        ),
    ),
    (
        # "1993-cü ilin sonunda": the end of 1993
        "az_part_year",
        re.compile(rf"(?<!\w){_YEAR}(?:-?c[iıuü])?\s+il[iı]n\s+{_PART_AFTER}(?!\w)", re.I),
    ),
    (
        # "в конце марта (1993 года)", "с конца августа", "в начале 1994 года"
        "ru_part",
        re.compile(
            rf"(?<!\w){_RU_PREP}{_PART_BEFORE}\s+(?:{_ALT_MON}(?:\s+{_YEAR}{_ALT_YEAR_WORD})?"
            # a year's part takes the year in the genitive ("в конце 1993 года"), not the verb
            # "начала" before a year ("армия начала 1994 год наступлением")
            rf"|(?P<ryear>1\d{{3}}|20\d{{2}})(?:\s*(?:года|г\.)|-го))(?!\w)",
            re.I,
        ),
    ),
    (
        # "июнь–октябрь 1993", "iyun-oktyabr 1993-cü il", "1993-cü ilin iyun-iyul aylarında"
        # (the year may come from the text)
        "alt_month_range",
        re.compile(
            rf"(?<!\w)(?:(?P<year0>1\d{{3}}|20\d{{2}}){_YEAR_OF}\s+)?{_ALT_MON}{_DASH}{_ALT_MON2}"
            rf"(?:\s+ayl[aə]r[ıi](?:nda)?)?(?:,?\s+{_YEAR}{_ALT_YEAR_WORD})?(?!\w)",
            re.I,
        ),
    ),
    (
        # "с июня по октябрь 1993 года"
        "ru_month_range",
        re.compile(
            rf"(?<!\w)со?\s+{_ALT_MON}\s+(?:по|до)\s+{_ALT_MON2}"
            rf"(?:\s+{_YEAR}{_ALT_YEAR_WORD})?(?!\w)",
            re.I,
        ),
    ),
    (
        # "1993-cü ilin iyun ayından oktyabr ayına qədər", "martından mayadək": from … to …
        "az_month_range",
        re.compile(
            rf"(?<!\w)(?:{_YEAR}{_YEAR_OF}\s+)?{_AZ_MON}(?:\s+ay[ıi]ndan|d[aə]n)?\s+"
            rf"{_AZ_MON2}(?:\s+ay[ıi]na|[aə])?(?:\s+q[əe]d[əe]r|d[əe]k)(?!\w)",
            re.I,
        ),
    ),
    (
        # "həmin ilin dekabrında", "в декабре того же года": a month of the year named before
        "alt_month_that_year",
        re.compile(
            rf"(?<!\w)(?:(?:elə\s+)?(?:həmin|o)\s+il[iı]n\s+{_ALT_MON}"
            rf"|(?:в\s+)?(?P<amon_ru>{_ALT_MON_WORDS})\s+того\s+же\s+года)(?!\w)",
            re.I,
        ),
    ),
    (
        "alt_month",
        re.compile(rf"(?<!\w)(?:[Вв]\s+)?{_ALT_MON}\s+{_YEAR}{_ALT_YEAR_WORD}(?!\w)", re.I),
    ),
    (
        # "летом 1992 года", "к лету 1992 года", "летом и осенью 1993 года"
        "alt_season",
        re.compile(
            rf"(?=[влозВЛОЗ])(?<!\w){_ALT_SEASON}(?:\s+(?:и|[-–—])\s+{_ALT_SEASON2})?"
            rf"\s+{_YEAR}{_ALT_YEAR_WORD}(?!\w)",
            re.I,
        ),
    ),
    # "1993 yayı", "1993-cü ilin qışında", "1993 Yay əməliyyatları": only right after a year
    ("az_season", re.compile(rf"(?<!\w){_YEAR}(?:{_YEAR_OF})?\s+{_AZ_SEASON}(?!\w)", re.I)),
    (
        # "summer of 1992", "late summer 1992", "summer to early autumn of 1992", "the
        # summer and autumn of 1993"
        "season",
        re.compile(
            rf"(?=[tTeElLmMwWsSaAfF])\b(?:the\s+)?(?:(?P<qa>{_SEASON_Q})[-\s]+)?(?P<season>{_SEASON})"
            rf"(?:\s+(?:and|to|through|into|until|till|–|—|-)\s+(?:the\s+)?"
            rf"(?:(?P<qb>{_SEASON_Q})[-\s]+)?(?P<season2>{_SEASON}))?\s+(?:of\s+)?{_YEAR}(?:\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}}))?\b"
        ),
    ),
    (
        "month",
        re.compile(
            rf"(?:\b(?:{_QUAL}|(?P<q4>{_FEW_DAYS}))[-\s]+|{_GLUED_MON}){_MON}"
            rf"(?:,?\s+(?:of\s+)?{_YEAR})\b"
        ),
    ),
    # "March-April 1992", "in March–April" (the year from the text around it)
    (
        "month_range",
        re.compile(rf"\b{_MON}{_DASH}{_MON.replace('?P<mon>', '?P<mon2>')}(?:,?\s+{_YEAR})?\b"),
    ),
    (
        "month_bare",
        re.compile(
            r"(?:\b(?P<q3>[Tt]he\s+(?:beginning|start|end|middle|first\s+half|second\s+half)"
            rf"\s+of|{_FEW_DAYS})\s+"
            rf"|\b(?P<q>[Ee]arly|[Ll]ate|[Mm]id)[-\s]+|\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill"
            rf"|[Ff]rom|[Dd]uring|[Tt]hrough(?:out)?|[Bb]efore|[Aa]fter)\s+"
            rf"(?:(?P<q2>early|late|mid)[-\s]+)?){_MON}"
        ),
    ),
    (
        # "8-го того же месяца", "8 числа того же месяца", "həmin ayın 10-da": a day of the
        # month of the date before, as "on the 9th"
        "day_that_month",
        re.compile(
            rf"(?=[\dhHeE])(?<!\w)(?:{_DAY}{_RU_ORD}\s+(?:числа\s+)?(?:того\s+же|этого)\s+месяца(?!\w)"
            rf"|(?:elə\s+)?həmin\s+ay[ıi]n\s+{_DAY2}{_AZ_CASE}(?!\s*\d))",
            re.I,
        ),
    ),
    (
        "ordinal",
        re.compile(
            r"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom)\s+the\s+(?P<day>[1-9]|[12]\d|3[01])"
            r"(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:century|anniversary|day|time|floor|round"
            r"|session|meeting|[A-Z]))"
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
        "deictic",
        re.compile(
            r"\b(?P<yd>[Yy]esterday|[Ll]ast night|[Вв]чера)\b"
            r"|\b(?:[Вв]о?|[Вв] прошл(?:ый|ую|ое))\s+"
            r"(?P<rwd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
            r"|(?:\b(?P<on>[Oo]n|[Ll]ast|[Ll]ate|[Ee]arly)\s+)?\b"
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
            r"(?![ \t]+[A-Z]|[’']s)"
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
        "relative",
        re.compile(
            r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
            r"\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|after(?:wards)?|earlier|before)\b"
            r"|\bthe\s+(?P<dir2>next|following|previous)\s+(?P<unit2>day|week|month|year)\b",
            re.I,
        ),
    ),
]


def _month(mon: str) -> int:
    return MONTHS[mon.rstrip(".").lower()]


def _alt_month(word: str) -> int:
    """The month of a name in another language ("марта", "İyulun", "oktyabrında"), or of
    "may" as Azerbaijani writes it ("may ayının")."""
    key = word_key(word)
    return _OTHER_MONTHS[key] if key in _OTHER_MONTHS else MONTHS[key]


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
    year = int(g["year"]) if g.get("year") else None
    s, e = m.start(), m.end()
    try:
        if kind == "dmy_yy":
            yy = int(g["yy"])
            d = date(2000 + yy if yy <= 30 else 1900 + yy, _month(g["mon"]), int(g["day"]))
            return TimeExpr(s, e, m.group(), d, d, "day")
        if kind in ("mdy", "month") and not _glued(text, s, label_only=True):
            return None  # "MarchMay 5": a month glued to a word that is no date label
        if kind in ("dotted", "dmy", "alt_dmy") and not _glued(text, s):
            return None  # "Su25 May", "bu25 may": a digit run glued to a word that is no label
        if kind == "same_month":
            return _same_month(s, e, text)
        if kind in ("deictic_word", "ago", "past", "same_day"):
            return _told_from_writing(kind, s, e, text[s:e], g, text)
        if kind in ("iso", "dotted", "dmy", "mdy"):
            bad = _impossible_day(kind, g, year)
            if bad:  # "31 February 1992": no such day, and not February 1992 either
                return TimeExpr(s, e, m.group(), date.min, date.min, INVALID)
        if kind in ("iso", "dotted"):
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
        if kind in ("az_part_month", "az_part_year", "ru_part"):
            return _part(s, e, m.group(), g, year)
        if kind in ("alt_month_range", "ru_month_range", "az_month_range"):
            mon, mon2 = _alt_month(g["amon"]), _alt_month(g["amon2"])
            if mon2 <= mon:
                return None
            year = year or (int(g["year0"]) if g.get("year0") else None)
            y = year or _NO_YEAR
            first, last = date(y, mon, 1), _month_end(y, mon2)
            return TimeExpr(s, e, m.group(), first, last, "range", year_inherited=year is None)
        if kind in ("az_ymd", "az_md", "ru_day_range"):
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
            # "2000 soldiers", "1936 квадратных", "1500—3800 метров": a quantity
            nxt = re.match(r"(?:\s*[-–—]\s*\d+)?\s+([^\W\d_]+)", text[e : e + 30])
            if nxt and is_unit(nxt.group(1)):
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
