"""Write ``geo/data/gazetteer/world_regions.csv``: the world's regions as places (run by hand).

Also the country groups of ``geo/data/gazetteer/country_groups.csv`` ("Middle East",
"Balkans", "Horn of Africa"): each a cited list of member countries, placed the same way.

The UN M49 geographic regions, sub-regions and intermediate regions ("Northern
Africa", "Western Africa", "South-eastern Asia", "Central America", "Americas"),
with the countries in each as ``countryinfo`` (PyPI, MIT) gives them, and each
region's area and point from the union of its countries' areas in
``geo/data/gazetteer/admin0.geojson`` (Natural Earth, public domain): the centre of its
main landmass, as for countries, counting only the part inside the box where most
of its countries' points lie (the 10th to 90th percentile of their latitudes and
longitudes, widened by 5°), so that Siberia does not pull "Eastern Europe" east.

A former state of ``country_groups.csv`` (``state_years`` given: the Soviet Union,
Yugoslavia) was one country: its point is the mean of its successors' points weighted by
their areas (the Soviet Union's lies in Siberia, near Russia's, not in the Urals as the
box would put it).

Names: the M49 name, the short forms prose uses ("North Africa", "West Africa",
"Southeast Asia": "Northern/Southern/Eastern/Western X" → "North/South/East/West
X", "Middle Africa" → "Central Africa"), never a name that already names a country
or continent ("Southern Africa" is not "South Africa", "Northern America" not
"North America"); and ``EXTRA_NAMES``.

    python scripts/make_world_regions.py
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import shape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_boundaries import _area_km2, _countryinfo_by_iso, _label_point, write_csv  # noqa: E402

GAZ = Path(__file__).resolve().parent.parent / "geo" / "data" / "gazetteer"
SOURCE = (
    "UN M49 regions as listed by countryinfo (MIT); area and point from the union of their "
    "countries' Natural Earth areas (public domain)"
)
SKIP = {
    "",
    "Africa",
    "Asia",
    "Europe",
    "Oceania",
    "South America",
    "Micronesia",
    "Channel Islands",
}  # continents already; a country; too small
EXTRA_NAMES = {
    "Latin America and the Caribbean": ["Latin America"],
    "South-eastern Asia": [
        "Southeast Asia",
        "South East Asia",
        "South-East Asia",
        "Southeastern Asia",
    ],
    "Sub-Saharan Africa": ["Subsaharan Africa", "sub-Saharan Africa"],
}
_SHORT = {
    "Northern": "North",
    "Southern": "South",
    "Eastern": "East",
    "Western": "West",
    "Middle": "Central",
}


def _short_names(name: str) -> list[str]:
    m = re.match(r"(Northern|Southern|Eastern|Western|Middle) (\w+)$", name)
    return [f"{_SHORT[m.group(1)]} {m.group(2)}"] if m else []


def _weighted_centre(points: list[tuple[float, float]], weights: list[int]) -> tuple[float, float]:
    """The mean of ``points`` (lat, lon) on the sphere, weighted by ``weights``."""
    lat, lon = np.radians(np.array(points, dtype=float)).T
    w = np.array(weights, dtype=float)
    x, y, z = (
        (w * np.cos(lat) * np.cos(lon)).sum(),
        (w * np.cos(lat) * np.sin(lon)).sum(),
        (w * np.sin(lat)).sum(),
    )
    return round(float(np.degrees(np.arctan2(z, np.hypot(x, y)))), 5), round(
        float(np.degrees(np.arctan2(y, x))), 5
    )


def main() -> int:
    features = json.loads((GAZ / "admin0.geojson").read_text(encoding="utf-8"))["features"]
    geom_of = {f["properties"]["iso2"]: shapely.make_valid(shape(f["geometry"])) for f in features}
    taken_names = {f["properties"]["name"].casefold() for f in features} | {
        "north america",
        "south america",
    }
    point_of = {
        f["properties"]["iso2"]: (f["properties"]["lat"], f["properties"]["lon"]) for f in features
    }
    area_of = {iso: _area_km2(geom) for iso, geom in geom_of.items()}
    members: dict[str, list[str]] = {}
    spelling: dict[str, str] = {}
    for iso, info in _countryinfo_by_iso().items():
        for level in ("region", "subregion", "intermediateregion"):
            name = (info.get(level) or "").strip()
            if name not in SKIP and iso in geom_of:
                key = name.casefold()
                spelling.setdefault(key, name)
                members.setdefault(key, []).append(iso)
    sources = {
        key: f"{SOURCE}; countries: {' '.join(sorted(isos))}" for key, isos in members.items()
    }
    extra_names: dict[str, list[str]] = {}
    states: set[str] = set()
    with open(GAZ / "country_groups.csv", encoding="utf-8", newline="") as fh:
        for g in csv.DictReader(fh):
            key = g["name"].casefold()
            spelling[key] = g["name"]
            members[key] = g["members"].split()
            extra_names[g["name"]] = [n for n in g["names"].split("|") if n]
            if g["state_years"]:
                states.add(key)
            sources[key] = (
                f"{g['source']} (countries: {g['members']}); area and point from their "
                "Natural Earth areas (public domain)"
            )
    rows = []
    for key, isos in sorted(members.items()):
        name = spelling[key]
        missing = [i for i in isos if i not in geom_of]
        if missing:
            print(f"{name}: no area for {' '.join(missing)} (left out of the point)")
        isos = [i for i in isos if i in geom_of]
        union = shapely.union_all([geom_of[i] for i in isos])
        lats = np.array([point_of[i][0] for i in isos])
        lons = np.array([point_of[i][1] for i in isos])
        box = shapely.box(
            np.percentile(lons, 10) - 5,
            np.percentile(lats, 10) - 5,
            np.percentile(lons, 90) + 5,
            np.percentile(lats, 90) + 5,
        )
        core = union.intersection(box)
        lat, lon = _label_point(core if not core.is_empty else union)
        if key in states:
            lat, lon = _weighted_centre([point_of[i] for i in isos], [area_of[i] for i in isos])
        short = [] if name in extra_names else _short_names(name)
        names = [
            n
            for n in short + EXTRA_NAMES.get(name, []) + extra_names.get(name, [])
            if n.casefold() not in taken_names
        ]
        rows.append(
            {
                "id": f"region:{re.sub(r'[^a-z]+', '-', name.lower()).strip('-')}",
                "name": name,
                "names": "|".join(names),
                "country": "",
                "lat": lat,
                "lon": lon,
                "area_km2": _area_km2(union),
                "source": sources[key],
            }
        )
    write_csv(GAZ / "world_regions.csv", rows, "regions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
