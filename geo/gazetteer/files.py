"""Gazetteer files in the formats a user can add (``geo gazetteer add``), read into rows
of places and their name keys: a places CSV (also the format of the curated
``supplement.csv``, ``karabakh.csv`` and ``physical.csv``) and a GeoNames dump. See
:mod:`geo.gazetteer`."""

from __future__ import annotations

import csv
import io
import math
import re
from pathlib import Path

from geo.gazetteer.model import KINDS
from geo.gazetteer.sources import variant_keys
from geo.text import fold
from geo.transliterate import display_names, name_keys, translit_rules


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
                        "geonameid": _geonameid(place_id),
                        "source": (r.get("source") or default_source or str(path)).strip(),
                        "names": "|".join(alts),
                        "capital": False,
                    },
                    name_keys(name, alts, False) | variant_keys([name, *alts], country, rules),
                )
            )
    return out


_USER_ID = re.compile(r"[A-Za-z][\w.-]*:[^\s|]+")
_GEONAMES_ID = re.compile(r"geonames:(\d+)")


def _geonameid(place_id: str) -> int | None:
    """The GeoNames id of a row whose id is ``geonames:<id>`` (a GeoNames record carried
    by another source, e.g. ``villages_az_am.csv``), else None."""
    m = _GEONAMES_ID.fullmatch(place_id)
    return int(m.group(1)) if m else None


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
