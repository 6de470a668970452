"""Names the gazetteer lacks that are a known place misspelt or spelt another way.

A name that reads as a place ("the Zengelan region", "Agdham districts", "Haxullu kəndi":
:func:`geo.geoparse.unknown_names`) but that the gazetteer does not know is often a place
it does know, written one letter apart: a vowel of another romanisation (Zengelan for
Zangelan), a letter swapped or dropped (Agdham, Aghdam), an initial h (Haxullu, Axullu).
Such a name is that place when exactly one place of the countries the document is about
(those of at least two of its other places) is one edit away from it (a letter changed,
added, dropped, or two letters swapped) and the name is five letters or more. Every
mention of the name in the document is then placed there, with a confidence of at most
0.5; the name stays in the report of names the gazetteer lacks, for the user to check.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, insort
from collections import Counter
from dataclasses import replace

import numpy as np

from geo.gazetteer import Gazetteer
from geo.geocode.document import Resolution, resolve
from geo.geoparse import Mention
from geo.model import PHYSICAL_KINDS
from geo.text import fold

_KINDS = frozenset({"city", "village", "admin1", "admin2", "region", *PHYSICAL_KINDS})
_MIN_LETTERS = 5
_MIN_PLACES = 2  # places of a country a document names before its other names count there
_SAME_KM = 25.0  # namesakes this close are one place (a district and its town)
_BUCKETS: dict[tuple[int, str], dict[str, list[str]]] = {}
_CHUNK = 200


def place_misspelt(
    text: str,
    unknown: list[tuple[int, int, str]],
    resolutions: list[Resolution],
    gaz: Gazetteer,
) -> list[Resolution]:
    """Resolutions for the ``unknown`` names that are a known place of the document's
    countries spelt one edit apart (see the module docstring), at every mention of each."""
    kind, country = gaz.col["kind"], gaz.col["country"]
    counts = Counter(
        str(country[r.row])
        for r in resolutions
        if kind[r.row] in _KINDS and not r.near and country[r.row]
    )
    focus = [c for c, n in counts.most_common(3) if n >= _MIN_PLACES]
    if not focus:
        return []
    taken = sorted((r.mention.start, r.mention.end) for r in resolutions)
    starts = [a for a, _ in taken]
    longest = max((b - a for a, b in taken), default=0)
    spelt: dict[str, tuple[int, ...]] = {}
    for _, _, name in unknown:
        key = fold(name)
        if key in spelt or len(key.replace(" ", "")) < _MIN_LETTERS:
            continue
        rows = _one_edit_rows(key, focus, gaz)
        if rows:
            spelt[key] = rows
    mentions = []
    # longer names first, then in order: the same mentions whatever the order of a set
    for name in sorted({n for _, _, n in unknown if fold(n) in spelt}, key=lambda n: (-len(n), n)):
        for m in re.finditer(rf"(?<![\w'’\-]){re.escape(name)}(?![\w'’\-])", text):
            s, e = m.span()
            lo, hi = bisect_left(starts, s - longest), bisect_left(starts, e)
            if any(s < b for _, b in taken[lo:hi]):
                continue  # over a mention (one starting before its end and ending after it)
            mentions.append(Mention(s, e, name, fold(name), spelt[fold(name)]))
            insort(taken, (s, e))
            starts.insert(bisect_left(starts, s), s)
            longest = max(longest, e - s)
    return [
        replace(r, confidence=round(min(r.confidence, 0.5), 3))
        for r in resolve(sorted(mentions, key=lambda m: m.start), text, gaz)
    ]


def _one_edit_rows(key: str, countries: list[str], gaz: Gazetteer) -> tuple[int, ...]:
    """The rows of the one place of ``countries`` a name one edit from ``key`` names, or ()
    when none or several far apart do."""
    from geo.geocode.scoring import distance_km

    kind, country = gaz.col["kind"], gaz.col["country"]
    rows: list[int] = []
    for cc in countries:
        buckets = _buckets(gaz, cc)
        near = {
            k
            for n in (len(key) - 1, len(key), len(key) + 1)
            for b in (f"<{key[:2]}{n}", f">{key[-2:]}{n}")
            for k in buckets.get(b, ())
        }
        for k in sorted(near):  # in order: the same answer on every run
            if _one_edit(key, k):
                rows += [r for r in gaz.rows(k) if country[r] == cc and kind[r] in _KINDS]
    rows = list(dict.fromkeys(rows))
    if not rows:
        return ()
    lat, lon = gaz.col["lat"], gaz.col["lon"]
    first = rows[0]
    if any(
        distance_km(float(lat[first]), float(lon[first]), float(lat[r]), float(lon[r])) > _SAME_KM
        for r in rows[1:]
    ):
        return ()  # two places one letter apart: no telling which is meant
    return tuple(rows)


def _buckets(gaz: Gazetteer, cc: str) -> dict[str, list[str]]:
    """The folded names of the places of country ``cc``, by their first two letters and
    length and by their last two letters and length: a name one edit from another keeps one
    end of it (five letters and more) and is as long, or one letter longer or shorter. Made
    once per gazetteer and country."""
    got = _BUCKETS.get((id(gaz), cc))
    if got is not None:
        return got
    kind, country = gaz.col["kind"], gaz.col["country"]
    name, names = gaz.col["name"], gaz.col["names"]
    rows = [r for r in np.flatnonzero(country == cc).tolist() if kind[r] in _KINDS]
    # the names of those places folded in vectorised passes of a few hundred places ("|"
    # kept), not one by one; a pass with a letter that folds to two (ß) goes letter by letter
    keys: set[str] = set()
    for i in range(0, len(rows), _CHUNK):
        part = "|".join(f"{name[r]}|{names[r]}" for r in rows[i : i + _CHUNK])
        keys.update(k.strip() for k in fold(part).split("|"))
    out: dict[str, list[str]] = {}
    for k in keys:
        if len(k.replace(" ", "")) < _MIN_LETTERS - 1:
            continue
        out.setdefault(f"<{k[:2]}{len(k)}", []).append(k)
        out.setdefault(f">{k[-2:]}{len(k)}", []).append(k)
    if not any(k[0] == id(gaz) for k in _BUCKETS):
        # forget this gazetteer's names with it: another may later be given its id
        weakref.finalize(gaz, _forget, id(gaz))
    _BUCKETS[(id(gaz), cc)] = out
    return out


def _forget(gaz_id: int) -> None:
    """Drop the buckets of the gazetteer that had ``gaz_id``."""
    for key in [k for k in _BUCKETS if k[0] == gaz_id]:
        del _BUCKETS[key]


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one letter changed, added or dropped, or by two
    letters side by side swapped."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) != 1:
        return False
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i:]
