"""The word lists of the date grammar, read from ``geo/data/lexicon``: the words after a
number that make it a quantity, not a year (``not_date_units.txt``), and the month and
season names of other languages with their case forms (``month_names.csv``)."""

from __future__ import annotations

from functools import lru_cache

from geo.resources import LEX_DIR


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


@lru_cache(maxsize=1)
def month_words() -> frozenset[str]:
    """Folded month names of other languages, with their case forms ("oktyabrın", "мая")."""
    from geo.text import fold

    return frozenset(fold(w) for w in _OTHER_MONTHS)
