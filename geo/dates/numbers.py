"""When a four-digit number is no year: a count or figure ("2000 soldiers", "1264 Armenian
civilians", "1094 kvadratkilometrlik", "45%", "1100-dən çox"), one more item of a list of
counts ("106 women were killed, 1275 taken"), a document or section number ("Nos. 822,
853", "page 1993"), the adoption year of a numbered document ("resolution 822 (1993)") or
the year in a document's name ("the 1951 Convention")."""

from __future__ import annotations

import re

from geo.dates.pieces import _NOT_YEAR_BEFORE
from geo.dates.words import alternation, is_unit


def _not_a_year(text: str, s: int, e: int) -> bool:
    """True when the number ``text[s:e]`` is no year (see the module's notes)."""
    if _NOT_YEAR_BEFORE.search(text[max(0, s - 20) : s]):
        return True
    if re.match(r"\)", text[e : e + 1]) and re.search(r"\d\s*\($", text[max(0, s - 12) : s]):
        return True  # "resolution 822 (1993)": adoption year of a numbered document
    if _DOCUMENT_AFTER.match(text, e):
        return True  # "the 1949 Geneva Convention", "its 1967 Protocol": a document's name
    if _quantity(text, s, e):
        return True
    return _after_a_count(text, s)  # "613 killed, 106 of them women, 1275 taken"


def _quantity(text: str, s: int, e: int, caps: bool = True) -> bool:
    """True when the number ``text[s:e]`` counts what follows it ("2000 soldiers", "1936
    квадратных", "1500—3800 метров", "45%", "1100-dən çox"); with ``caps`` False, only
    when no capitalised word stands between ("1264 Armenian civilians" then is no count)."""
    nxt = _WORD_AFTER_NUMBER.match(text[e : e + 60])
    if nxt and is_unit(nxt.group("word")) and (caps or not nxt.group("caps")):
        # past capitalised words only without "in", "since" … before it: "In 1992 Armenian
        # soldiers entered …" is a year, "1264 Armenian civilians" a count
        if not (nxt.group("caps") and _YEAR_PREPOSITION.search(text, max(0, s - 8), s)):
            return True
    return text[e : e + 1] == "%" or _AZ_ABOUT.match(text, e) is not None


# the word after a number, past a range's end and up to two capitalised words ("1500
# Azerbaijani soldiers", "1264 Armenian civilians"; "1992 Armenian elections" stays a year)
_WORD_AFTER_NUMBER = re.compile(
    r"(?:\s*[-–—]\s*\d+)?(?P<caps>(?:[ \t]+[A-ZÀ-ÖØ-ÞА-ЯЁƏ][^\W\d_]+){0,2})\s+(?P<word>[^\W\d_]+)"
)
# a preposition of time just before a number: it is a year ("in 1992", "since 1994")
_YEAR_PREPOSITION = re.compile(r"(?<!\w)(?:in|since|until|till|during)\s+$", re.I)


# Azerbaijani "more than", "over", "fewer than", "near" after a number ("1100-dən çox şəhid",
# "2000-ə yaxın"): a count
_AZ_ABOUT = re.compile(r"-?(?:d[əa]n\s+(?:çox|artıq|az|yuxarı)|[əa]\s+yaxın)(?!\w)", re.I)


# a list item that starts with a count: "106 women were killed, " before a number ("… 1275")
_COUNT_ITEM = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3}(?:[ ,.]\d{3})+|\d+)[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,6}"
    r"[ \t]*,[ \t]*$"
)
_COUNT_ITEM_WITHIN = 80  # characters before the number where that item is looked for


def _after_a_count(text: str, s: int) -> bool:
    """True when the number at ``s`` is the next item of a list of counts: the item before
    it starts with a number that is no year ("613 residents, 63 children, 106 women were
    killed, 1275 taken"), so it is one more count, not a year; "in 1992, 1993" and "built in
    1230, rebuilt in 1575" keep their years."""
    m = _COUNT_ITEM.search(text, max(0, s - _COUNT_ITEM_WITHIN), s) or _NUMBER_ITEM.search(
        text, max(0, s - _COUNT_ITEM_WITHIN), s
    )
    if m is not None and _ISSUE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False  # "vol. 36, no. 6, 1999": a citation's issue, then its year
    return m is not None and not _YEARLIKE.fullmatch(m.group("n"))


# the number of one issue or volume of a journal before a list item ("no. 6, 1999", "№ 3,
# 1994"), not of several documents ("Nos. 822, 853")
_ISSUE_BEFORE = re.compile(r"(?:\b(?:[Nn]o|[Vv]ol|[Ii]ss|вып|т)\.|№|\b[Ii]ssue)\s*$")


# a list item that is a number alone ("Nos. 822, 853", "613, 1275"), not a year ("1992, 1993")
_NUMBER_ITEM = re.compile(r"(?<![\d.,])(?P<n>\d+)[ \t]*,[ \t]*$")
_YEARLIKE = re.compile(r"1\d{3}|20\d{2}")


# a document named with its year before ("the 1951 Convention", "the 1949 Geneva Conventions")
_DOCUMENT_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}(?:Convention|Protocol|Agreement|Treaty|Accords?|Act"
    r"|Constitution|Charter|Declaration|Statute|Census)s?\b"
)


# an era before ours after a year or century ("300 BC", "II в. до н. э.", "1200 г. до н. э.")
# or before it ("eramızdan əvvəl XIV-VIII əsrlər"): ``before_era`` of ``date_words.csv``
_ERA_AFTER = re.compile(
    rf"(?:[ \t]*(?:гг?\.|год\w*|il\w*))?[ \t]*(?:{alternation('before_era')})(?!\w)", re.I
)
_ERA_BEFORE = re.compile(rf"(?<!\w)(?:{alternation('before_era')})\s*$", re.I)


def _before_our_era(text: str, s: int, e: int) -> bool:
    """True when the year or century ``text[s:e]`` is one before our era: no date geo writes
    (its calendar starts at year 1), so it is none rather than the same year after Christ."""
    return bool(_ERA_AFTER.match(text, e) or _ERA_BEFORE.search(text[max(0, s - 25) : s]))
