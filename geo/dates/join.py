"""Joining two dates the text writes side by side: "29 January and 6 April 1993" (two
days), "between 27 and 29 February", "from 25 February 1992 to 3 March", "с 25 октября по
2 ноября", "1993-cü ilin dekabrından yanvarın 6-dək" (ranges)."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.dates.expr import _NO_YEAR, TimeExpr, _set_year
from geo.dates.writing import _JOIN

# "a and b", "a to b"; Russian "с a по b", "от a до b"
_BETWEEN = re.compile(r"(?<!\w)(?:between|from|со?|от)\s+$", re.I)


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


# Azerbaijani "a-dan b-dək", "a-dan b-yə qədər": from a (ablative) to b
# ("1993-cü ilin dekabrından başlayaraq yanvarın 6-dək", "6 yanvar tarixinə kimi")
_AZ_FROM = re.compile(r"d[aə]n$", re.I)
_AZ_BETWEEN = re.compile(r"^\s*(?:başlayaraq|başlamış|başlanan|başlanmış)?\s*$", re.I)
# a year's own "from": "1988-ci ildən" (the year is read without its words)
_AZ_YEAR_FROM = re.compile(r"^-?c[iıuü]\s+ild[əa]n\s+$", re.I)
_AZ_TO = re.compile(r"(?:d[əa]k$)|(?:^\s+(?:tarixin[əe]\s+)?(?:q[əe]d[əe]r|kimi)(?!\w))", re.I)


def _join(a: TimeExpr, b: TimeExpr, text: str) -> TimeExpr | None:
    """Merge "a and b", "a to b", "between a and b", "с a по b", "a-dan b-dək" into one
    range; a year-less end before its start is in the next year ("from December 1993 to
    6 January", "1993-cü ilin dekabrından yanvarın 6-dək")."""
    between = text[a.end : b.start]
    az = (
        (
            (_AZ_BETWEEN.match(between) is not None and _AZ_FROM.search(a.surface) is not None)
            or _AZ_YEAR_FROM.match(between) is not None  # "1988-ci ildən 1993-cü ilin …-dək"
        )
        and (_AZ_TO.search(b.surface) or _AZ_TO.match(text[b.end : b.end + 24])) is not None
    )
    if not (_JOIN.match(between) or az):
        return None
    if (
        b.year_inherited
        and not a.year_inherited
        and a.precision in ("day", "month", "approximate")
        and b.date_start.year == a.date_end.year
        and b.date_end < a.date_start
    ):
        b = _set_year(b, b.date_start.year + 1)  # "from December 1993 to 6 January"
        if b is None:
            return None
        b = replace(b, year_inherited=False)
    if a.year_inherited and not b.year_inherited and a.date_start.year == _NO_YEAR:
        # "25 February to 3 March 1992": a takes b's year
        a = _set_year(a, b.date_start.year)
        if a is None:
            return None
        a = replace(a, year_inherited=False)
    if (
        b.year_inherited
        and not a.year_inherited
        and a.precision in ("day", "month", "approximate")
        and b.date_start.year == a.date_end.year
    ):
        b = replace(b, year_inherited=False)  # "from 25 February 1992 to 3 March": a's year
    # two without a year of their own, both given one from the text ("from December 8 to
    # January 6"): a range, the end in the next year when it would fall before the start
    both = (
        a.year_inherited
        and b.year_inherited
        and _NO_YEAR not in (a.date_start.year, b.date_start.year)
    )
    if both and b.date_end < a.date_start and b.date_start.year == a.date_end.year:
        b = _set_year(b, b.date_start.year + 1)
        if b is None:
            return None
    if a.relative or b.relative or (a.year_inherited or b.year_inherited) and not both:
        return None
    if b.date_end <= a.date_start or b.date_start < a.date_start:
        return None
    start = a.start
    pre = _BETWEEN.search(text[max(0, a.start - 12) : a.start])
    if pre:
        start = a.start - (len(text[max(0, a.start - 12) : a.start]) - pre.start())
    return TimeExpr(start, b.end, text[start : b.end], a.date_start, b.date_end, "range")
