"""The patterns of dates written with the month names of other languages (Russian,
Azerbaijani: ``geo/data/lexicon/month_names.csv``): a day of a month, runs and ranges of
days and months, a part of a month or year in words, a month of the year named before.
:mod:`geo.dates.grammar` splices them into its list in this order."""

from __future__ import annotations

import re

from geo.dates.pieces import (
    _ALT_MON,
    _ALT_MON2,
    _ALT_MON_WORDS,
    _ALT_YEAR_WORD,
    _AZ_CASE,
    _AZ_FROM_TO,
    _AZ_MON,
    _AZ_MON2,
    _AZ_MONTH_OF,
    _DASH,
    _DAY,
    _DAY2,
    _GLUED,
    _PART_AFTER,
    _PART_BEFORE,
    _PART_BEFORE2,
    _RU_ORD,
    _RU_PREP,
    _YEAR,
    _YEAR_OF,
)
from geo.dates.words import alternation

_ALT_PATTERNS: list[tuple[str, re.Pattern]] = [
    (
        # "12 мая 1994 года", "25–29 октября", "25-29 oktyabrda" (a case ending on the month)
        "alt_dmy",
        re.compile(
            rf"{_GLUED}{_DAY}{_RU_ORD}(?:{_DASH}{_DAY2}{_RU_ORD})?\s+{_ALT_MON}(?:[dt][aə]n?)?"
            # an abbreviation's dot before its year ("5 янв. 1992"); a page's date line may
            # set its comma apart ("2 Aprel , 2016")
            rf"(?:\.?[ \t]*,?\s+{_YEAR}{_ALT_YEAR_WORD})?(?!\w)",
            re.I,
        ),
    ),
    (
        # "с 25 по 29 октября": from the 25th to the 29th; "в ночь с 25 на 26 февраля": the
        # night from the 25th to the 26th (two days that follow each other)
        "ru_day_range",
        re.compile(
            rf"(?<!\w)со?\s+{_DAY}{_RU_ORD}\s+(?:по|до|(?P<night>на))\s+{_DAY2}{_RU_ORD}\s+{_ALT_MON}"
            rf"(?:,?\s+{_YEAR}{_ALT_YEAR_WORD})?(?!\w)",
            re.I,
        ),
    ),
    (
        # the month before its days and a year after a comma, as English writes it ("май 7-9,
        # 1992", a title): the days of that month
        "alt_dmy",
        re.compile(
            rf"(?<!\w){_ALT_MON}\s+{_DAY}(?:{_DASH}{_DAY2})?,\s*{_YEAR}(?!\w)",
            re.I,
        ),
    ),
    (
        # the night before a day: "в ночь на 26 февраля 1992 года", "fevralın 26-na keçən
        # gecə" (the night that passes into the 26th): the day before and that day
        "night_before",
        re.compile(
            rf"(?<!\w)в\s+ночь\s+на\s+{_DAY}{_RU_ORD}\s+{_ALT_MON}"
            rf"(?:,?\s+{_YEAR}{_ALT_YEAR_WORD})?(?!\w)",
            re.I,
        ),
    ),
    (
        "night_before",
        re.compile(
            rf"(?<!\w)(?:{_YEAR}{_YEAR_OF}\s+)?{_AZ_MONTH_OF}\s+{_DAY}-?(?:n[aə]|y[aə])"
            r"\s+keçən\s+gecə(?!\w)",
            re.I,
        ),
    ),
    (
        # a day in words before its month: "пятого апреля", "двадцать первое мая 1993 года"
        "ru_day_word",
        re.compile(
            rf"(?<!\w)(?P<dword>{alternation('day_word')})\s+{_ALT_MON}"
            rf"(?:,?\s+{_YEAR}{_ALT_YEAR_WORD})?(?!\w)",
            re.I,
        ),
    ),
    (
        # Azerbaijani: "1992-ci il mayın 8-də", "1993-cü ilin iyulun 23-də"
        "az_ymd",
        re.compile(
            rf"(?<!\w){_YEAR}{_YEAR_OF}\s+{_AZ_MONTH_OF}\s+{_DAY}"
            rf"(?:(?:{_AZ_FROM_TO}|[-–—]){_DAY2}{_AZ_CASE})?{_AZ_CASE}",
            re.I,
        ),
    ),
    (
        # the day before its month: "1993-cü il 2 aprel tarixində", "1992-ci il 8-9 may"
        "az_ydm",
        re.compile(
            rf"(?<!\w){_YEAR}{_YEAR_OF}\s+{_DAY}(?:{_DASH}{_DAY2})?\s+{_AZ_MON}"
            r"(?:[dt][aə]n?)?(?!\w)",
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
            rf"(?<!\w){_AZ_MONTH_OF}\s+{_DAY}(?:(?:{_AZ_FROM_TO}|[-–—]){_DAY2}{_AZ_CASE})?"
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
        # "в конце 1991 – начале 1992 года", "с конца 1991 по начало 1992 года": from a part of
        # one year to a part of a later one, the first year without its "года"
        "ru_part_range",
        re.compile(
            rf"(?<!\w){_RU_PREP}{_PART_BEFORE}\s+(?P<ryear>1\d{{3}}|20\d{{2}})"
            rf"(?:\s*(?:года|г\.)|-го)?(?:{_DASH}|\s+(?:по|до)\s+){_PART_BEFORE2}\s+{_YEAR}"
            r"(?:\s*(?:года|г\.)|-го)(?!\w)",
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
        # "həmin ilin dekabrında", "bu ilin oktyabrında", "в декабре того же года", "к октябрю
        # этого года": a month of the year named before
        "alt_month_that_year",
        re.compile(
            rf"(?<!\w)(?:(?:elə\s+)?(?:həmin|o|bu)\s+il[iı]n\s+{_ALT_MON}"
            rf"|(?:(?:в|во|к|ко|до|с|со)\s+)?(?P<amon_ru>{_ALT_MON_WORDS})"
            rf"\s+(?:того\s+же|этого)\s+года)(?!\w)",
            re.I,
        ),
    ),
]
