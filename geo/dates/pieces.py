"""The pieces the date patterns are made of: English month names and number words, and the
regular sub-patterns of days, months, years, seasons and parts in several languages
(the other languages' words from ``geo/data/lexicon/month_names.csv`` and
``date_words.csv``)."""

from __future__ import annotations

import re

from geo.dates.words import (
    _OTHER_MONTHS,
    _OTHER_SEASONS,
    _SEASONS_AFTER_YEAR,
    DATE_WORDS,
    alternation,
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
    r"|DECEMBER|JAN\.|FEB\.|MAR\.|APR\.|JUN\.|JUL\.|AUG\.|SEPT?\.|OCT\.|NOV\.|DEC\.)"
    r"(?![\w])"  # and in a headline in capitals ("BEGAN ON MAY 8", "FEB. 28, 1988")
)
# after a day's number, a month written in lower case too ("2 september"; "may" only before
# a year: "12 may 1994", as Azerbaijani writes it, not "3 may be")
_MON_AFTER_DAY = _MON.replace(
    "(?P<mon>",
    "(?P<mon>january|february|march|april|june|july|august|september|october|november|december"
    r"|may(?=,?\s+(?:1\d{3}|20\d{2})(?!\w))|",
    1,
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
_PART_BEFORE2 = _PART_BEFORE.replace("?P<part>", "?P<part2>")  # "в конце 1991 – начале 1992"
_RU_PREP = r"(?:(?:в|во|с|со|к|ко|до|от)\s+)?"
# after a year: Russian "года", Azerbaijani "-ci il" ("1992-ci il", "1993-cü ildə")
_ALT_YEAR_WORD = r"(?:\s*(?:года|год|г\.)|-го(?!\w)|-?c[iıuü](?:\s+il(?:in|də|dən)?)?)?"
# a Russian day's ordinal ending: "22-го февраля", "с 8-го по 9-е мая"
_RU_ORD = r"(?:-(?:ого|го|ое|е)(?!\w))?"
# "of the year" before a month: Azerbaijani "1992-ci il(in)", Armenian "1992 թվականի", "1992 թ."
# (the suffix also written apart: "2016 cı il Aprel döyüşləri")
_YEAR_OF = r"(?:[-\s]?c[iıuü]\s+il(?:in)?|\s*(?:թվականի|թ\.))"
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
    r"|\barticles?|\bparagraphs?|\bReport|\bYearbook|[$€£])\s*$"
    r"|\d[ \t]*$",  # a number before it on its line ("page 12 1993"), not on the line above
    re.I,
)

# the patterns matched against the text folded to lower case (``scan._fold``): their words
# come from ``date_words.csv`` in that form, and a case-sensitive match is the faster
FOLDED = frozenset(
    {"deictic_word", "ago", "past", "same_day", "same_month", "later", "month_of_year", "next_year"}
)
# the patterns whose every match holds a month's name of another language (``_ALT_MON``,
# ``_AZ_MON``): searched only near one (``scan._MONTH_TRIGGER``)
OTHER_MONTH = frozenset(
    {
        "alt_dmy",
        "ru_day_range",
        "ru_day_word",
        "night_before",
        "az_ymd",
        "az_ydm",
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


def _month(mon: str) -> int:
    return MONTHS[mon.rstrip(".").lower()]


def _alt_month(word: str) -> int:
    """The month of a name in another language ("марта", "İyulun", "oktyabrında"), or of
    "may" as Azerbaijani writes it ("may ayının")."""
    key = word_key(word)
    return _OTHER_MONTHS[key] if key in _OTHER_MONTHS else MONTHS[key]
