"""Armenian case forms of place names: in Armenian script ("Ստեփանակերտից", "Շուշին") and
Armenian genitives written in Latin letters in English texts ("the Askerani region",
"Martakerti", "Martunu": ``geo/data/lexicon/hy_genitive_latin.csv``), for the places of
Armenia and Azerbaijan only. Called by :func:`geo.geoparse.inflect.case_forms`."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from geo.geoparse.inflect import _HY_LETTERS, _last_word_stems
from geo.lexicon import common_words
from geo.resources import LEX_DIR
from geo.text import fold

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

# every capitalised Armenian word with up to two words after it (overlapping)
_HY_NAME = re.compile(r"(?<![\w-])(?=([Ա-Ֆ][ա-ֆ]+(?:[ \t]+[ա-ֆԱ-Ֆ]+){0,2}))")
# case endings and the article, shortest first: "Շուշին", "Ստեփանակերտից", "Հայաստանում"
_HY_SUFFIXES = ("ն", "ը", "ի", "ին", "ից", "ով", "ում", "ումով")


def hy_stems(word: str) -> list[str]:
    """``word`` without an Armenian case ending or article, each that fits."""
    return [word[: -len(s)] for s in _HY_SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3]


def armenian_forms(text: str, index, gaz: Gazetteer) -> list:
    """Case forms of names in a text in Armenian script ("Ստեփանակերտից", "Շուշիում"), as
    matches in folded offsets (a text with fewer than 20 Armenian letters has none)."""
    if len(_HY_LETTERS.findall(text, 0, 100_000)) < 20:
        return []
    return _last_word_stems(text, index, gaz, _HY_NAME, hy_stems)


@lru_cache(maxsize=1)
def _hy_genitives() -> tuple[tuple[str, str, frozenset[str]], ...]:
    with open(LEX_DIR / "hy_genitive_latin.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    return tuple(
        (r["ending"], r["nominative"] or "", frozenset(r["countries"].split("|"))) for r in rows
    )


# a capitalised Latin word ending in a vowel, and the word after it ("Askerani region")
_HY_LATIN = re.compile(r"(?<![\w'’-])([A-Z][a-z]{3,}[iu])(?![\w'’-])(?:[ \t]+([A-Za-z]+))?")
_HY_MIN_STEM = 4


def hy_latin_nominatives(word: str) -> list[tuple[str, frozenset[str]]]:
    """The nominatives a Latin-letter Armenian genitive may come from, each with the
    countries whose places it may name: "Askerani" → Askeran, "Martunu" → Martuni."""
    return [
        (word[: len(word) - len(ending)] + nom, countries)
        for ending, nom, countries in _hy_genitives()
        if word.endswith(ending) and len(word) - len(ending) + len(nom) >= _HY_MIN_STEM
    ]


def armenian_latin_forms(text: str, index, gaz: Gazetteer) -> list:
    """Armenian genitives of the names of places in Armenia and Azerbaijan in a Latin text
    ("the Askerani region", "Martakerti", "Martunu"), unless the word is a gazetteer name
    as written ("Shushi"), a frequent word or a demonym. With a place word after it the
    longer name is tried first ("Askeran region": the district, not the town), and the
    mention is the word alone."""
    from geo.lexicon import demonyms, place_affixes

    where = np.asarray(index)
    common = common_words()
    out = []
    for m in _HY_LATIN.finditer(text):
        word, after = m.group(1), m.group(2)
        key = fold(word)
        if gaz.rows(key) or key in common or key in demonyms():
            continue
        heads = [after] if after and fold(after) in place_affixes() else []
        for base, countries in hy_latin_nominatives(word):
            rows = next(
                (
                    r
                    for name in [*(f"{base} {h}" for h in heads), base]
                    for r in [_in_countries(gaz.rows(fold(name)), countries, gaz)]
                    if r
                ),
                (),
            )
            if rows:
                s = int(np.searchsorted(where, m.start(1)))
                e = int(np.searchsorted(where, m.end(1) - 1)) + 1
                out.append((s, e, rows))
                break
    return out


def _in_countries(rows, countries: frozenset[str], gaz: Gazetteer) -> tuple[int, ...]:
    """The rows of places inside ``countries``, not the countries themselves: "-i" after a
    country's romanised name is its adjective ("Azerbaydzhani forces"), not a genitive."""
    country, kind = gaz.col["country"], gaz.col["kind"]
    return tuple(r for r in rows if country[r] in countries and kind[r] != "country")
