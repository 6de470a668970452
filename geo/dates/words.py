"""The word lists of the date grammar, read from ``geo/data/lexicon``: the words after a
number that make it a quantity, not a year (``not_date_units.txt``), the month and
season names of other languages with their case forms (``month_names.csv``), and the
words of dates told from the day of writing or from the date before ("today", "two days
ago", "the same day", "Date" glued to a date) and of parts of a month or year ("в конце",
"sonunda": ``date_words.csv``)."""

from __future__ import annotations

import re
from functools import lru_cache

from geo.resources import LEX_DIR


def _units() -> frozenset[str]:
    with open(LEX_DIR / "not_date_units.txt", encoding="utf-8") as fh:
        return frozenset(s.strip().lower() for s in fh if s.strip() and not s.startswith("#"))


_UNITS = _units()


@lru_cache(maxsize=1)
def _az_suffixes() -> tuple[str, ...]:
    """Azerbaijani case suffixes (``az_case_suffixes.csv``, shared with the geoparser)."""
    import csv

    with open(LEX_DIR / "az_case_suffixes.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    return tuple(r["suffix"] for r in rows)


# Azerbaijani adjectives made of a noun ("1094 kvadratkilometrlik ərazi": of 1094 km²)
_AZ_ADJECTIVE = ("lik", "lık", "luk", "lük", "liq", "lıq", "luq", "lüq")


def is_unit(word: str) -> bool:
    """True when ``word`` after a number makes it a quantity (``not_date_units.txt``), also
    with an Azerbaijani case suffix ("1500 nəfərdən", "1700 hektarda") or made an adjective
    ("1094 kvadratkilometrlik")."""
    low = word.lower()
    stem = next((low[: -len(a)] for a in _AZ_ADJECTIVE if low.endswith(a)), "")
    return (
        low in _UNITS
        or stem in _UNITS
        or any(
            low.endswith(s) and low[: -len(s)] in _UNITS
            for s in _az_suffixes()
            if len(low) >= len(s) + 2  # not "m" + "ən": "1992 mən …" ("I") is a year
        )
    )


def word_key(words: str) -> str:
    """``words`` in lower case, the dotted and dotless i of Azerbaijani and Turkish made
    one letter ("İki", "iki", "ALTI", "altı"), spaces made one: how date words are looked up."""
    return " ".join(words.replace("İ", "i").lower().replace("ı", "i").split())


# languages that put the year before a season's name ("1993 yayı", "1993-cü ilin qışında")
_YEAR_FIRST = frozenset({"az"})


def _month_names() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Month and season words of other languages (``geo/data/lexicon/month_names.csv``):
    ``(months, seasons, seasons_after_year)``, each word (as :func:`word_key` writes it)
    → the number of its (first) month; the seasons of :data:`_YEAR_FIRST` languages
    follow the year ("1993 yayı"), the others come before it ("летом 1993 года")."""
    import csv

    months: dict[str, int] = {}
    seasons: dict[str, int] = {}
    after: dict[str, int] = {}
    with open(LEX_DIR / "month_names.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            lang, _, kind = r["language"].partition("-")
            table = months if not kind else after if lang in _YEAR_FIRST else seasons
            table[word_key(r["name"])] = int(r["month"])
    return months, seasons, after


_OTHER_MONTHS, _OTHER_SEASONS, _SEASONS_AFTER_YEAR = _month_names()


@lru_cache(maxsize=1)
def month_words() -> frozenset[str]:
    """Folded month names of other languages, with their case forms ("oktyabrın", "мая")."""
    from geo.text import fold

    return frozenset(fold(w) for w in _OTHER_MONTHS)


def _date_words() -> dict[str, dict[str, str]]:
    """``geo/data/lexicon/date_words.csv`` by kind: kind → {lower-case words: value}."""
    import csv

    out: dict[str, dict[str, str]] = {}
    with open(LEX_DIR / "date_words.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["kind"], {})[word_key(r["words"])] = r["value"]
    return out


DATE_WORDS = _date_words()


def alternation(kind: str) -> str:
    """A regular-expression alternation of the words of one kind of ``date_words.csv``,
    longest first, spaces matching any run of spaces; it is matched, case-sensitive,
    against text folded as :func:`word_key` folds (lower case, one i; ``scan._fold``), or
    against the text as written where its words are in lower case (an "i" matches "ı")."""
    words = sorted(DATE_WORDS.get(kind, {}), key=len, reverse=True)
    # "i" also as the dotless "ı" it folds, for patterns matched against the text as written
    # ("XIX əsrin sonlarında")
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("i", "[iı]") for w in words)


# a year of birth: "born in 1932", "(b. 1951)", "1932 года рождения", "1923-cü il təvəllüdlü"
_BIRTH_BEFORE = re.compile(r"(?:\bborn(?:\s+in)?|\bb\.|родил(?:ся|ась)\s+в)\s*$", re.I)
_BIRTH_AFTER = re.compile(
    r"(?:-?c[iıuü])?\s+(?:il\s+)?təvəllüdlü|\s*(?:года|г\.)\s*рождения|\s*г\.\s*р\.", re.I
)


def birth_year(text: str, start: int, end: int) -> bool:
    """True when the year at ``text[start:end]`` is someone's year of birth: a date, but no
    year for the months and days after it ("born in 1932 … the protests that began in
    February", written in 1988)."""
    return bool(
        _BIRTH_BEFORE.search(text, max(0, start - 20), start) or _BIRTH_AFTER.match(text, end)
    )
