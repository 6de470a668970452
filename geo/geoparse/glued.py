"""Place names whose spaces a page's text lost: a name glued to the English words before it
("region ofAzerbaijan") and names glued to each other ("QubadlıZəngilan", a list of
neighbouring districts saved from an infobox without its separators)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from geo.text import fold

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

# "region ofAzerbaijan", "thevillageofMarzili": a page's text whose spaces around a link were
# lost; the name after English function and place words glued before it ("into" is "in" +
# "to": each run of them must read one way only, or a long one backtracks exponentially)
_GLUED = re.compile(
    r"(?<![^\W\d_])(?:the|of|in|at|from|near|to|village|town|city|region|district"
    r"|province)+([A-Z][^\W\d_]{3,}(?:[ \t]+[A-Z][^\W\d_]+)?)(?![^\W\d_])"
)


def glued_to_words(text: str, index, gaz: Gazetteer) -> list:
    """Names glued to the lower-case words before them ("ofAzerbaijan", "thevillageofMarzili"),
    as matches in folded offsets like the automaton's: the longest run of words the gazetteer
    knows."""
    out = []
    where = np.asarray(index)
    for m in _GLUED.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        for n in range(len(words), 0, -1):
            rows = gaz.rows(fold(" ".join(w.group() for w in words[:n])))
            if rows:
                s = int(np.searchsorted(where, m.start(1)))
                # the last word's end as written: the space between may be wider than one
                e = int(np.searchsorted(where, m.start(1) + words[n - 1].end() - 1)) + 1
                out.append((s, e, tuple(rows)))
                break
    return out


# "QubadlıZəngilan", "AğdərəAğdam": two or three capitalised words of four letters or more
# written without a space, each lower-case run ending where the next capital starts
_UPPER = r"[^\W\d_a-zß-ÿа-яёəğıöüşç]"
_LOWER = r"[^\W\d_A-ZÀ-ÞА-ЯЁƏĞİÖÜŞÇ]"
_GLUED_NAMES = re.compile(rf"(?<![^\W\d_])(?:{_UPPER}{_LOWER}{{3,}}){{2,3}}(?![^\W\d_])")
_PART = re.compile(rf"{_UPPER}{_LOWER}+")
_NEIGHBOURS_KM = 300.0  # glued names come from one list of a region's places


def glued_names(text: str, index, gaz: Gazetteer) -> list:
    """Names glued to each other ("QubadlıZəngilan"), as matches in folded offsets like the
    automaton's: a word of capitalised parts the gazetteer does not know whole, either one
    name of those words ("NagornoKarabakh") or each part a name it knows, each within
    ``_NEIGHBOURS_KM`` of the part before (so "JavaScript" or a company's name is no pair of
    places)."""
    out = []
    where = np.asarray(index)
    for m in _GLUED_NAMES.finditer(text):
        if gaz.rows(fold(m.group())):
            continue  # a name as written ("McAllen" is no pair)
        spaced = gaz.rows(fold(" ".join(_PART.findall(m.group()))))
        if spaced:  # "NagornoKarabakh": one name of two words
            fs = int(np.searchsorted(where, m.start()))
            out.append((fs, int(np.searchsorted(where, m.end() - 1)) + 1, tuple(spaced)))
            continue
        parts = [(p.start(), p.end(), gaz.rows(fold(p.group()))) for p in _PART.finditer(m.group())]
        if not all(rows for _, _, rows in parts):
            continue
        if not all(_near(gaz, a[2], b[2]) for a, b in zip(parts, parts[1:])):
            continue
        for s, e, rows in parts:
            fs = int(np.searchsorted(where, m.start() + s))
            fe = int(np.searchsorted(where, m.start() + e - 1)) + 1
            out.append((fs, fe, tuple(rows)))
    return out


def _near(gaz: Gazetteer, rows_a, rows_b) -> bool:
    """Whether a place of ``rows_a`` lies within ``_NEIGHBOURS_KM`` of one of ``rows_b``."""
    from geo.geocode.scoring import distance_km  # geocode imports geoparse

    lat, lon = gaz.col["lat"], gaz.col["lon"]
    return any(
        distance_km(float(lat[a]), float(lon[a]), float(lat[b]), float(lon[b])) <= _NEIGHBOURS_KM
        for a in rows_a[:20]
        for b in rows_b[:20]
    )
