"""The grammar of dates: the regular patterns of a date or period, each with its kind
(:mod:`geo.dates.pieces` holds the month names and sub-patterns they are built of;
:mod:`geo.dates.told` the patterns of dates told from the day of writing or the date before,
which come last; :mod:`geo.dates.parse` reads one match into a
:class:`~geo.dates.expr.TimeExpr`)."""

from __future__ import annotations

import re

from geo.dates.eras import ERA
from geo.dates.grammar_alt import _ALT_PATTERNS
from geo.dates.holidays import HOLIDAY
from geo.dates.pieces import (
    _ALT_MON,
    _ALT_SEASON,
    _ALT_SEASON2,
    _ALT_YEAR_WORD,
    _AZ_CASE,
    _AZ_SEASON,
    _DASH,
    _DAY,
    _DAY2,
    _FEW_DAYS,
    _GLUED,
    _GLUED_MON,
    _MON,
    _MON_AFTER_DAY,
    _PART_AFTER,
    _PART_BEFORE2,
    _QUAL,
    _RU_ORD,
    _RU_PREP,
    _SEASON,
    _SEASON_Q,
    _YEAR,
    _YEAR_OF,
)
from geo.dates.told import _TOLD_PATTERNS
from geo.dates.words import alternation

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<year>1\d{3}|20\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")),
    (
        "dotted",
        re.compile(
            rf"{_GLUED}(?P<d>[0-3]?\d)\.(?P<m>0?[1-9]|1[0-2])\.(?P<year>1\d{{3}}|20\d{{2}})\b"
        ),
    ),
    (
        # a date line's two-digit year after day and month ("15:29 – 10.04.10", "04.04.90"):
        # 19xx from 30, else 20xx
        "dotted_yy",
        re.compile(
            r"(?<![\w.,-])(?<!\d/)(?P<d>[0-3]\d)\.(?P<m>0[1-9]|1[0-2])\.(?P<yy>\d{2})(?![\w.]|,\d)"
        ),
    ),
    (
        # a page's date line written day-month-year with dashes ("23-07-2014 [10:59]")
        "dashed",
        re.compile(
            r"(?<![\w.,/-])(?P<d>[0-3]?\d)-(?P<m>0?[1-9]|1[0-2])-(?P<year>1\d{3}|20\d{2})(?![\w-])"
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
            rf"(?:\bthe\s+night\s+of\s+|{_GLUED}){_DAY}"
            # "16-17 May", "16 to 17 May", "8, 9 and 10 May": the days from the first to the last
            rf"(?:(?:{_DASH}|\s+to\s+|(?:,\s*[0-3]?\d(?:st|nd|rd|th)?)*,?\s+and\s+){_DAY2})?"
            rf"\s+(?:of\s+)?{_MON_AFTER_DAY}(?:[ \t]*,?\s+(?:in\s+)?{_YEAR})?\b"
        ),
    ),
    # a page's date with dashes and the month's name ("Post on 03-Feb-2022", "8-May-1994")
    ("dmy", re.compile(rf"(?<![\w-]){_DAY}-{_MON}-{_YEAR}(?![\w-])")),
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
        # a page's date widget whose day and year run together ("Dec 061994": 6 December
        # 1994): a month's short name, a two-digit day and a year, nothing between them
        "mdy_glued",
        re.compile(
            r"(?<![\w.])(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?[ \t]*"
            r"(?P<day>[0-3]\d)(?P<year>1\d{3}|20\d{2})(?!\d)"
        ),
    ),
    (
        # "between December 19 and 24": a range of days of one month
        "between_mdy",
        re.compile(rf"\b[Bb]etween\s+{_MON}\s+{_DAY}\s+and\s+{_DAY2}(?:,?\s+{_YEAR})?\b"),
    ),
    (
        # days of one month listed ("February 27, 28 and 29, 1988"): the range when they
        # follow each other
        "mdy_days",
        re.compile(
            rf"{_GLUED_MON}{_MON}\s+{_DAY}(?P<more>(?:,[ \t]*[0-3]?\d(?!\d))*),?[ \t]+and[ \t]+"
            rf"{_DAY2}\b(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    (
        "mdy",
        re.compile(
            # an abbreviation's dot may run into the day ("Apr.2", a wire's date line)
            rf"{_GLUED_MON}{_MON}(?:\s+|\.(?=\d)){_DAY}(?:(?:{_DASH}|\s+(?:to|through)\s+){_DAY2})?"
            # with its year, whatever follows ("April 10, 2011 - 16:50"; "May 8 in 1992", as
            # translated news writes it; "April 2 , 1993", a widget's comma set apart); without,
            # no number after it ("Sept. 5 – 7")
            r"(?:[ \t]*,?\s+(?:in\s+)?(?P<year>1\d{3}|20\d{2})\b|\b(?![ \t]*[-–—]?[ \t]*\d))"
        ),
    ),
    (
        # a day in words: "the twelfth of May 1992", "on the first of March" (``day_word`` of
        # ``date_words.csv``)
        "en_day_word",
        re.compile(
            rf"\b(?<=[Tt]he\s)(?P<dword>{alternation('day_word')})\s+of\s+{_MON}"
            rf"(?:,?\s+{_YEAR})?\b",
            re.I,
        ),
    ),
    *_ALT_PATTERNS,
    (
        # "in October of that year", "October of this year", "by May of the same year"
        "month_that_year",
        re.compile(
            rf"\b(?:(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Dd]uring)\s+)?{_MON}"
            r"\s+of\s+(?:that|this|the\s+same)\s+year\b"
        ),
    ),
    (
        # a year's last two digits in speech: "'92", "in '93", "в 93-м году", "год 92-ой",
        # "в 92-м," (19xx from 30, else 20xx, as ``dmy_yy``)
        "yy_speech",
        re.compile(
            r"(?<![\w'’])['’](?P<yy>\d{2})(?![\w'’%]|[.,]\d)"
            r"|(?<!\w)(?:(?:[Вв]о?|[Сс]|[Кк]|[Дд]о)\s+(?P<yy2>\d{2})-(?:м|ом)"
            r"(?=\s+год(?:у|а)?(?!\w)|\s*(?:[,.;:!?)]|$))(?:\s+год(?:у|а)?(?!\w))?"
            r"|(?:[Гг]од|[Гг]оду)\s+(?P<yy3>\d{2})-(?:ой|й|ый)(?!\w)"
            r"|(?P<yy4>\d{2})-(?:ой|й|ый)\s+год(?!\w))",
            re.M,
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
            # a winter across two years: "зимой 1991–1992 гг.", "зимой 1991/92 года"
            rf"\s+{_YEAR}(?:(?:{_DASH}|/)(?P<y2>\d{{4}}|\d{{2}})(?:\s*гг\.)?)?"
            rf"{_ALT_YEAR_WORD}(?!\w)",
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
            rf"(?:(?P<qb>{_SEASON_Q})[-\s]+)?(?P<season2>{_SEASON}))?\s+(?:of\s+)?(?:{_YEAR}|['’](?P<sy>\d{{2}}))"
            r"(?:\s*[-–/]\s*(?P<y2>\d{4}|\d{2}))?\b"
        ),
    ),
    (
        "month",
        re.compile(
            rf"(?:\b(?:{_QUAL}|(?P<q4>{_FEW_DAYS}))[-\s]+|{_GLUED_MON}){_MON}"
            rf"(?:,?\s+(?:of\s+)?|\.(?=\d)){_YEAR}\b"  # "Nov.2020": the dot run into the year
        ),
    ),
    # the year before its month, a noun after them ("the 2016 April clashes"); not a day after
    ("month", re.compile(rf"(?<![\w.,/-]){_YEAR}[ \t]+{_MON}(?![ \t]*[-–—]?[ \t]*\d)")),
    # "March-April 1992", "in March–April" (the year from the text around it), "between March
    # and July 1995", "from March to July"
    (
        "month_range",
        re.compile(
            rf"\b(?:(?P<btw>[Bb]etween)\s+|[Ff]rom\s+)?{_MON}"
            rf"(?:{_DASH}|\s+(?(btw)and|(?:to|until|till|through))\s+)"
            rf"{_MON.replace('?P<mon>', '?P<mon2>')}(?:,?\s+{_YEAR})?\b"
        ),
    ),
    (
        # a chronology's entry that starts with its month ("March - The army …", "• July –",
        # "August: …"): the month, its year from the text around it
        "month_entry",
        re.compile(rf"(?m)^[ \t]*(?:[•*·-][ \t]*)?{_MON}(?=[ \t]*[-–—:][ \t])"),
    ),
    (
        # a month before the noun it dates ("a July cease-fire", "the April offensive")
        "month_attr",
        re.compile(
            rf"\b(?:[Aa]n?|[Tt]he)\s+{_MON}"
            r"(?=[ \t]+(?!(?:of|on|to|in|at|for|and|or|is|was|were|are)\b)[a-z])"
        ),
    ),
    (
        # "at the end of the year", "in the first half of the year": a part of the year of
        # the text around it
        "qual_that_year",
        re.compile(rf"\b{_QUAL}\s+the\s+year\b"),
    ),
    (
        "month_bare",
        re.compile(
            r"(?:\b(?P<q3>[Tt]he\s+(?:beginning|start|end|middle|first\s+half|second\s+half)"
            rf"\s+of|{_FEW_DAYS})\s+"
            rf"|\b(?P<q>[Ee]arly|[Ll]ate|[Mm]id)[-\s]+|\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill"
            rf"|[Ff]rom|[Dd]uring|[Tt]hrough(?:out)?|[Bb]efore|[Aa]fter|[Ff]or)\s+"
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
        # "the 18th century", "the 19th and 20th centuries", "XVIII веке", "XIX и XX веков",
        # "XVIII в.", "XIX-XX əsrlər"
        "century",
        re.compile(
            # Roman numerals also typed with the Cyrillic "Х" and "І" ("ХХ века"); its part
            # after it ("XX əsrin sonunda"), or before it, read by the parse ("the early 20th
            # century", "the mid-19th century", "в начале XX века")
            r"(?<!\w)(?:(?<=[Ee]arly-)|(?<=[Mm]id-)|(?<=[Ll]ate-)|(?<!-))"
            r"(?:(?P<c1>[1-9]|1\d|2[01])(?:st|nd|rd|th)|(?P<r1>[IVXХІ]{1,5}))"
            r"(?:\s*(?:[-–—]|and|и|və)\s*(?:(?P<c2>[1-9]|1\d|2[01])(?:st|nd|rd|th)"
            r"|(?P<r2>[IVXХІ]{1,5})))?"
            r"[\s-]+(?:[Cc]entur(?:y|ies)|век(?:а|е|ов|ами|ах|ам)?|вв?\.|əsr\w*)(?!\w)"
            rf"(?:\s+{_PART_AFTER}(?!\w))?"
        ),
    ),
    (
        "decade",
        re.compile(
            rf"(?:\b(?:the\s+)?(?:(?P<q>early|mid|late)[-\s]+)?|(?<!\w){_RU_PREP}{_PART_BEFORE2}\s+)"
            r"(?P<dec>1\d{2}0|20\d0)"
            # "the 1990s", "в конце 1980-х годов", "1980-е годы", "1990-cı illərdə" (the plural: not
            # "1990-cı ildə") and its part after it ("1980-ci illərin sonlarında": the late 1980s)
            rf"(?:s\b|-(?:х|е|ые|ых)(?:\s+год\w*)?(?!\w)"
            rf"|-?c[iıuü]\s+ill[əe]r\w*(?:\s+{_PART_AFTER}(?!\w))?)",
            re.I,
        ),
    ),
    (
        # a decade by its last two digits: "the early '90s", "в конце 80-х", "90-е годы",
        # "90-cı illərin əvvəlində"; 30 to 90 only (the 1930s to the 1990s: "20-х" may be
        # the 1920s or the 2020s)
        "decade",
        re.compile(
            # (its part before it, "the early '90s", "в конце 80-х", read by the parse)
            rf"(?<!\w)['’](?P<dec2>[3-9]0)s\b|(?<![\w'’.,-])(?P<dec3>[3-9]0)"
            rf"(?:-(?:х|е|ые|ых)(?:\s+год\w*)?(?!\w)"
            rf"|-?c[iıuü]\s+ill[əe]r\w*(?:\s+{_PART_AFTER}(?!\w))?)",
            re.I,
        ),
    ),
    # two years with a space for their dash, as titles made from web addresses write them
    # ("конфликт 1990 1994", "war 1988 1994"): the range; not in a run of numbers
    (
        "year_pair",
        re.compile(
            rf"(?<![\w.,/-])(?<!\d[ \t]){_YEAR}[ \t]+(?P<y2>1\d{{3}}|20\d{{2}})"
            r"(?![\w.,/-]\d|\w|[ \t]+\d)"
        ),
    ),
    # "1991-94"; not "2011 - 16:50" (a year, then a time)
    ("year_range", re.compile(rf"\b{_YEAR}{_DASH}(?P<y2>\d{{4}}|\d{{2}})\b(?![-–—.:]\d)")),
    ("qual_year", re.compile(rf"\b{_QUAL}[-\s]+{_YEAR}\b", re.I)),
    # a year of three digits only with its word: "900-cü il", "в 988 году", "в 488 г."
    (
        "year",
        re.compile(
            r"(?<![\w.,/-])(?P<year>[1-9]\d{2})"
            # (not "года", "год": "за 122 года" counts years; "г." only after "в": "500 г.
            # тротила" weighs 500 grams)
            r"(?=-?c[iıuü]\s+il(?:in|də|dən)?(?!\w)|\s*году(?!\w)"
            r"|(?<=(?<!\w)[вВ]\s\d{3})\s*г\.(?!\w))"
        ),
    ),
    # a year, also glued to the Russian "г."/"гг." ("в 1813г.")
    ("year", re.compile(rf"(?<![\w.,/-]){_YEAR}(?![\w.,/-]\d|(?!гг?\.)\w)")),
    # "Victory Day", "в канун Нового года", "Novruz bayramı ərəfəsində" (``holidays.csv``)
    ("holiday", HOLIDAY),
    # "in Soviet times", "в советское время", "sovet dövründə" (``eras.csv``)
    ("era", ERA),
    *_TOLD_PATTERNS,
]
