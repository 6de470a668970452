"""The gazetteer's data model: the columns of a place, the kinds of place, the
:class:`Gazetteer` (places and the automaton over their names) and a place's prior."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

import ahocorasick
import numpy as np
import pandas as pd

from geo.model import PHYSICAL_KINDS  # noqa: F401  (kinds of physical feature)
from geo.text import fold, search_key

COLUMNS = [
    "id",
    "name",
    "kind",
    "country",
    "admin1",
    "population",
    "area_km2",
    "lat",
    "lon",
    "geonameid",
    "source",
    "names",
    "capital",
]
KINDS = (
    "continent",
    "country",
    "admin1",
    "admin2",
    "region",
    "city",
    "village",
    "water",
    "terrain",
    "site",
    "road",
    "river",
    "lake",
    "reservoir",
    "mountain",
    "pass",
    "steppe",
)


@dataclass
class Gazetteer:
    """Places (a DataFrame, one row each) and an automaton over their folded names.

    The automaton maps a folded name, in its search form (:func:`geo.text.search_key`:
    padded with spaces, punctuation as spaces, so a match is always a whole word), to
    an entry number ``k`` (a plain integer stored in the automaton, no Python object
    per name): the name is ``lengths[k]`` characters long and names the places at
    rows ``members[bounds[k]:bounds[k + 1]]`` (:func:`index_names` makes all three).
    """

    places: pd.DataFrame
    automaton: ahocorasick.Automaton
    demonyms: dict[str, tuple[int, ...]] = field(default_factory=dict)
    lengths: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    bounds: np.ndarray = field(default_factory=lambda: np.zeros(1, np.int64))
    members: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))

    def _rows_of(self, k: int) -> tuple[int, ...]:
        return tuple(self.members[self.bounds[k] : self.bounds[k + 1]].tolist())

    @cached_property
    def col(self) -> dict[str, np.ndarray]:
        """The places' columns as NumPy arrays, for fast row access."""
        return {c: self.places[c].to_numpy() for c in COLUMNS}

    def lookup(self, name: str) -> pd.DataFrame:
        """Every place called ``name`` (any spelling that folds the same)."""
        hit = self.automaton.get(search_key(fold(name)), None)
        if hit is None:
            return self.places.iloc[0:0]
        return self.places.iloc[list(self._rows_of(hit))]

    def rows(self, key: str) -> tuple[int, ...]:
        """Row positions of the places whose folded name is ``key``."""
        hit = self.automaton.get(search_key(key), None)
        return () if hit is None else self._rows_of(hit)

    def matches(self, searched: str):
        """Every name in ``searched`` (:func:`geo.text.search_text` of a folded text)
        as ``(start, end, rows)`` in the folded text's offsets: whole words only,
        found by the automaton in one pass."""
        lengths, bounds, members = self.lengths, self.bounds, self.members
        for end, k in self.automaton.iter(searched):
            yield (
                end - int(lengths[k]) + 1,
                end - 1,
                tuple(members[bounds[k] : bounds[k + 1]].tolist()),
            )

    def candidates(self, key: str) -> tuple[int, ...]:
        """Rows for ``key`` as a name and as a demonym ("Russian" → Russia;
        "Canadian" → Canada and the towns called Canadian).

        geoparse never takes a demonym for a place mention; this is for spans that
        someone else marked as standing for a place (``geo eval``, user tables).
        """
        rows = self.rows(key)
        dem = self.demonyms.get(key, ())
        return tuple(dict.fromkeys(rows + dem)) if dem else rows

    def names_of(self, row: int) -> list[str]:
        """The display names of the place at ``row``: its name first."""
        name = self.col["name"][row]
        return [name] + [n for n in self.col["names"][row].split("|") if n and n != name]


KIND_BONUS = {
    "continent": 2.0,
    "country": 3.0,
    "admin1": 2.5,
    "admin2": 1.5,
    "region": 2.0,
    "water": 2.0,
    "river": 0.5,
    "lake": 1.0,
    "reservoir": 1.0,
    "mountain": 0.5,
    "pass": 0.5,
    "steppe": 0.5,
}


def prior(population: int, kind: str, area_km2: int = 0) -> float:
    """A place's score before context: bigger and higher-level places are named more often.

    Size is ``log10`` of the population, or of the area in km² for divisions that
    have no population figure (a U.S. state of 150,000 km² counts like a city of
    150,000 people, a district of 300 km² like a village).
    """
    size = population if population > 0 else area_km2
    return math.log10(max(size, 0) + 10) + KIND_BONUS.get(kind, 0.0)
