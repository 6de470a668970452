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
# written without a space, each lower-case run ending where the next capital starts; a run
# of eight letters or more is cut at its capitals by each letter's case (:func:`_parts`): a
# pattern of two letter classes that both hold the letters without case (Chinese, Thai) tried
# every way to cut a long run of them, its length cubed
_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_]{8,}(?![^\W\d_])")
_NEIGHBOURS_KM = 300.0  # glued names come from one list of a region's places


def glued_names(text: str, index, gaz: Gazetteer) -> list:
    """Names glued to each other ("QubadlıZəngilan"), as matches in folded offsets like the
    automaton's: a word of capitalised parts the gazetteer does not know whole, either one
    name of those words ("NagornoKarabakh") or each part a name it knows, each within
    ``_NEIGHBOURS_KM`` of the part before (so "JavaScript" or a company's name is no pair of
    places)."""
    out = []
    where = np.asarray(index)
    for m in _RUN.finditer(text):
        cuts = _parts(m.group())
        if not cuts or gaz.rows(fold(m.group())):
            continue  # no capitalised parts, or a name as written ("McAllen" is no pair)
        words = [m.group()[a:b] for a, b in cuts]
        spaced = gaz.rows(fold(" ".join(words)))
        if spaced:  # "NagornoKarabakh": one name of two words
            fs = int(np.searchsorted(where, m.start()))
            out.append((fs, int(np.searchsorted(where, m.end() - 1)) + 1, tuple(spaced)))
            continue
        parts = [(a, b, gaz.rows(fold(w))) for (a, b), w in zip(cuts, words)]
        if not all(rows for _, _, rows in parts):
            continue
        if not all(_near(gaz, a[2], b[2]) for a, b in zip(parts, parts[1:])):
            continue
        for s, e, rows in parts:
            fs = int(np.searchsorted(where, m.start() + s))
            fe = int(np.searchsorted(where, m.start() + e - 1)) + 1
            out.append((fs, fe, tuple(rows)))
    return out


def _parts(run: str) -> list[tuple[int, int]]:
    """The spans of the two or three capitalised parts ``run`` (a run of letters) is made of,
    each a capital and three lower-case letters or more ("Qubadlı", "Zəngilan"), or [] when
    it is not made so; read letter by letter, in the time of its length."""
    if not run[0].isupper() or run[1:].islower():
        return []  # most runs: a word in lower case or with one capital
    starts = [i for i, ch in enumerate(run) if ch.isupper()]
    bounds = [*starts, len(run)]
    cuts = list(zip(bounds, bounds[1:]))
    if not 2 <= len(cuts) <= 3 or any(
        b - a < 4 or not all(ch.islower() for ch in run[a + 1 : b]) for a, b in cuts
    ):
        return []
    return cuts


def _near(gaz: Gazetteer, rows_a, rows_b) -> bool:
    """Whether a place of ``rows_a`` lies within ``_NEIGHBOURS_KM`` of one of ``rows_b``."""
    from geo.geocode.scoring import distance_km  # geocode imports geoparse

    lat, lon = gaz.col["lat"], gaz.col["lon"]
    return any(
        distance_km(float(lat[a]), float(lon[a]), float(lat[b]), float(lon[b])) <= _NEIGHBOURS_KM
        for a in rows_a[:20]
        for b in rows_b[:20]
    )
