"""A candidate's scores before the document is looked at: its prior (size, kind,
source, capital, how the name is spelled), the penalty of a division named after its
seat, cue words around the mention, and "Place, Division" qualifiers. See
:mod:`geo.geocode` for how they add up."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

import numpy as np

from geo import lexicon
from geo.gazetteer import KIND_BONUS, PHYSICAL_KINDS, Gazetteer
from geo.geoparse import Mention
from geo.text import fold

_FEATURE_PREFIX = "naturalearth:"  # the ids of physical.csv
_BARE_SIZE_CAP = 4.0  # log10 of 10,000: the most a feature named by a bare word counts for
_SOURCE_BONUS = {"supplement": 2.0, "karabakh": 2.0, "user": 2.5}
_CAPITAL_BONUS = 2.0
_SEAT_PENALTY = 4.0
_SEAT_MIN_POPULATION = 1000
_MAIN_NAME_BONUS = 1.0
_EXACT_SPELLING_BONUS = 1.5


def _base_priors(gaz: Gazetteer) -> np.ndarray:
    """Every place's prior before the mention is looked at (:func:`geo.gazetteer.prior`
    plus the source and capital bonuses), computed once per gazetteer."""
    cached = getattr(gaz, "_base_priors", None)
    if cached is None:
        c = gaz.col
        pop = c["population"].astype(np.float64)
        size = np.where(pop > 0, pop, c["area_km2"].astype(np.float64))
        out = np.log10(np.maximum(size, 0) + 10)
        out += np.array([KIND_BONUS.get(k, 0.0) for k in c["kind"]])
        for prefix, bonus in _SOURCE_BONUS.items():
            out += bonus * np.array([i.startswith(prefix + ":") for i in c["id"]])
        out += _CAPITAL_BONUS * c["capital"].astype(bool)
        cached = out
        object.__setattr__(gaz, "_base_priors", cached)
    return cached


def _bare_sizes(gaz: Gazetteer) -> np.ndarray:
    """Per place, the part of its prior that its size gives above a town of 10,000 people
    when it is one of the Natural Earth physical features (``physical.csv``), else 0
    (computed once per gazetteer)."""
    cached = getattr(gaz, "_bare_sizes", None)
    if cached is None:
        c = gaz.col
        feature = np.array([i.startswith(_FEATURE_PREFIX) for i in c["id"]])
        area = c["area_km2"].astype(np.float64)
        size = np.log10(np.maximum(area, 0) + 10)
        cached = np.where(feature, np.maximum(size - _BARE_SIZE_CAP, 0.0), 0.0)
        object.__setattr__(gaz, "_bare_sizes", cached)
    return cached


def _priors(gaz: Gazetteer, rows: tuple[int, ...], key: str, surface: str) -> np.ndarray:
    """Prior scores; a name spelled exactly as one of the place's names (diacritics
    included: "Şuşa") beats one that only matches once folded (Susa).

    A physical feature of Natural Earth named by one bare word ("Sahara", "Andes") counts at
    most as a town of 10,000 people, however large: written with its head word ("Lake
    Victoria", "the Zagros Mountains", "Gulf of Aden") the name is the feature's own; on
    its own it may as well be a town's, and a cue word next to it ("the Victoria river")
    says which."""
    idx = np.fromiter(rows, dtype=np.int64, count=len(rows))
    out = _base_priors(gaz)[idx].copy()
    if " " not in key:
        out -= _bare_sizes(gaz)[idx]
    names = gaz.col["name"][idx]
    out += _MAIN_NAME_BONUS * np.fromiter(
        (fold(n) == key for n in names), dtype=bool, count=len(rows)
    )
    if not surface.isascii():
        written = surface.casefold()
        out += _EXACT_SPELLING_BONUS * np.fromiter(
            (any(n.casefold() == written for n in gaz.names_of(r)) for r in rows),
            dtype=bool,
            count=len(rows),
        )
    return out - _seat_penalties(gaz, rows)


def _seat_penalties(gaz: Gazetteer, rows: tuple[int, ...]) -> np.ndarray:
    """A division named after a town inside it yields the name to the town.

    "Xocalı" is both a district and its seat; "New York" both a state and the city
    in it: unless a cue word says otherwise, prose means the town.
    """
    c = gaz.col
    out = np.zeros(len(rows))
    towns = [
        r
        for r in rows
        if c["kind"][r] in ("city", "village") and c["population"][r] >= _SEAT_MIN_POPULATION
    ]
    if not towns:
        return out
    for i, r in enumerate(rows):
        if c["kind"][r] not in ("admin1", "admin2") or c["population"][r] > 0:
            continue
        reach = 1.5 * math.sqrt(max(int(c["area_km2"][r]), 1) / math.pi)
        for t in towns:
            if (
                c["country"][t] == c["country"][r]
                and distance_km(c["lat"][r], c["lon"][r], c["lat"][t], c["lon"][t]) <= reach
            ):
                out[i] = _SEAT_PENALTY
                break
    return out


_QUALIFIED = 8.0  # "Athens, Georgia": a place in the division or country named after its comma
_QUALIFIER = 2.0  # ... and that division is the one that holds such a place
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_LIST_GOES_ON = re.compile(r",?[ \t]+(?:and|or|&)[ \t]+[A-Z]")


def _qualifiers(
    mentions: list[Mention], text: str, gaz: Gazetteer, scores: list[np.ndarray]
) -> set[int]:
    """ "Paris, Texas", "Athens, Georgia", "Perth, Australia": where a mention is
    followed by a comma and a country or first-level division, the candidates of the
    first that lie in a candidate of the second, and those containers, score higher.
    Returns the positions of the qualifiers: each keeps its own sense ("Seattle,
    Washington" is the state even where "Washington" alone is the city)."""
    c = gaz.col
    paired: set[int] = set()
    times = Counter(m.key for m in mentions)
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for i, j in zip(order, order[1:]):
        head, qual = mentions[i], mentions[j]
        if not _COMMA.fullmatch(text, head.end, qual.start) or _LIST_GOES_ON.match(text, qual.end):
            continue  # "stops in Washington, New York and Boston" is a list
        areas: dict[tuple, list[int]] = defaultdict(list)
        for k, q in enumerate(qual.rows):
            if c["kind"][q] == "country":
                areas[(c["country"][q], None)].append(k)
            elif c["kind"][q] == "admin1" and c["admin1"][q]:
                areas[(c["country"][q], c["admin1"][q])].append(k)
        if not areas:
            continue
        for k, r in enumerate(head.rows):
            if c["kind"][r] in ("country", "continent"):
                continue
            hits = areas.get((c["country"][r], None), []) + (
                areas.get((c["country"][r], c["admin1"][r]), []) if c["kind"][r] != "admin1" else []
            )
            if hits:
                # "Athens, Georgia" settles which Athens every later "Athens" is
                scores[i][k] += _QUALIFIED * times[head.key]
                paired.add(j)
                for h in hits:
                    scores[j][h] += _QUALIFIER
    return paired


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = (
        math.sin(dlat / 2) ** 2
        + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _cue_scores(
    gaz: Gazetteer, rows: tuple[int, ...], sentence_text: str, close_text: str | None = None
) -> np.ndarray:
    """Cue words in ``sentence_text`` (the words around the mention); cues of physical
    features count only in ``close_text``, right next to the name ("the Tartar river",
    "river Aras", "the Omar pass"), so a river named nearby does not turn a town into one."""
    kinds = gaz.col["kind"][np.fromiter(rows, dtype=np.int64, count=len(rows))]
    present = set(kinds)
    out = np.zeros(len(rows))
    for cue in lexicon.cues():
        near = cue.kind in PHYSICAL_KINDS or cue.next_to_name
        where = close_text if close_text is not None and near else sentence_text
        if cue.kind in present and cue.pattern.search(where):
            out[kinds == cue.kind] += cue.weight
    return out
