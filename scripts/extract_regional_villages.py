"""Extract the villages of the conflict districts from Who's On First into
``villages_az_am.csv`` (run by hand, by a maintainer; the CSV it writes is committed).

Source: Who's On First, the per-country repositories ``whosonfirst-data/whosonfirst-data-admin-az``
and ``whosonfirst-data/whosonfirst-data-admin-am`` on GitHub (one GeoJSON file per place).
Their localities are GeoNames' populated places (``gn:*`` properties: the point, the
GeoNames id) with names in many languages (``name:aze_x_preferred``, ``name:hye_x_variant``
…). Licence: Who's On First's own work is CC0; what it carries from GeoNames is CC BY 4.0
(attribution: GeoNames, geonames.org); see the repositories' LICENSE.md. Give the git
directories (a clone, or a bare copy) on the command line::

    python scripts/extract_regional_villages.py /path/to/whosonfirst-data-admin-az.git \\
        /path/to/whosonfirst-data-admin-am.git

It keeps the localities that lie in the districts of the conflict (Kəlbəcər, Laçın,
Qubadlı, Zəngilan, Cəbrayıl, Füzuli, Ağdam, Xocavənd, Xocalı, Şuşa, Xankəndi, Tərtər,
Goranboy), the Azerbaijani districts on the border and the front (Qazax, Ağstafa, Tovuz,
Gədəbəy, Ağcabədi, Bərdə, Beyləqan) and the Armenian provinces on the border (Syunik,
Tavush, Gegharkunik, Vayots Dzor): ``--district`` replaces that list (ids of
``admin1_areas.geojson``). A row's district is the Natural Earth
area (``admin1_areas.geojson``) that holds its point, or the nearest within 2 km. Left out,
each with a count on stderr (and ``-v``: one line each):

* a point more than 2 km outside the district that Who's On First files the place under
  (its ``wof:hierarchy`` region): the point or the filing is wrong;
* a place the gazetteer already has: the same GeoNames id, or a place of the same name within
  10 km (``karabakh.csv``'s cited villages come first);
* a second record of one village (a shared name within 2 km): its names join the first;
* a name that would take over a bigger or better-known namesake: more than 100 km away a
  town, a division, a feature or a place of more people; nearer (but more than 10 km away) a
  town of 1,000 people or more, a district or a feature (a village of Kəlbəcər that GeoNames
  also calls "Lachin" does not take the name of the town and district of Laçın). The row
  loses that name, and the row goes when no name is left; so do names that are frequent
  words (in geo's lists, or once in a million words of English, Russian or Turkish by
  ``wordfreq``: "Tsar", "Azad"), or that hold no three letters, a digit or a stray note
  ("Qizilciq  az Azerbaijan"). Needs ``pip install 'geo-maps[extract]'`` (wordfreq).

The id is ``geonames:<id>`` (``wof:<id>`` without one), so a GeoNames dump added later with
``geo gazetteer download AZ`` adds its names to the same place. The source column names the
repository, commit, file, licence and both record ids.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import Point, shape

from geo import lexicon
from geo.gazetteer import GAZ_DIR
from geo.gazetteer.sources import variant_keys
from geo.geocode import distance_km
from geo.output import atomic_write
from geo.text import fold, search_key
from geo.transliterate import name_keys, translit_rules

OUT = GAZ_DIR / "villages_az_am.csv"
COLUMNS = [
    "id",
    "name",
    "names",
    "lat",
    "lon",
    "kind",
    "country",
    "admin1",
    "district",
    "population",
    "area_km2",
    "source",
]
ORG = "whosonfirst-data"
LICENCE = "CC0 (Who's On First) / CC BY 4.0 (GeoNames, geonames.org)"
SOURCE_PREFIX = "Who's On First"  # the rows of this file in the gazetteer, told by their source
DISTRICTS = (
    "admin1:AZ-1794",  # Kəlbəcər
    "admin1:AZ-1797",  # Laçın (Natural Earth's name for it: Lankaran)
    "admin1:AZ-1798",  # Qubadlı
    "admin1:AZ-1799",  # Zəngilan
    "admin1:AZ-2235",  # Cəbrayıl
    "admin1:AZ-2236",  # Füzuli
    "admin1:AZ-3411",  # Ağdam
    "admin1:AZ-3414",  # Xocavənd
    "admin1:AZ-3409",  # Xocalı
    "admin1:AZ-3408",  # Şuşa district
    "admin1:AZ-3410",  # Şuşa town
    "admin1:AZ-4523",  # Xankəndi
    "admin1:AZ-3412",  # Tərtər
    "admin1:AZ-3413",  # Goranboy
    # the Azerbaijani districts on the border with Armenia and the front, which the
    # literature of the conflict names (the 2020 Tovuz clashes, the shelling of Tərtər, Bərdə)
    "admin1:AZ-152",  # Qazax
    "admin1:AZ-1790",  # Ağstafa
    "admin1:AZ-1791",  # Tovuz
    "admin1:AZ-1792",  # Gədəbəy
    "admin1:AZ-3621",  # Ağcabədi
    "admin1:AZ-3614",  # Bərdə
    "admin1:AZ-271",  # Beyləqan
    # the Armenian provinces on the border
    "admin1:AM-1796",  # Syunik
    "admin1:AM-854",  # Tavush
    "admin1:AM-1801",  # Gegharkunik
    "admin1:AM-1795",  # Vayots Dzor
)
METRIC = "EPSG:32638"  # UTM zone 38N: the South Caucasus, in metres
NEAR_M = 2000  # a point this close to its district counts as in it
SAME_PLACE_KM = 10  # a place of the same name this close is the same village
DUPLICATE_KM = 2  # two records of one name this close are one village
NAMESAKE_KM = 100  # a bigger namesake farther than this keeps its name
FREQUENT = 3.0  # Zipf: once in a million words
TOWN = 1000  # people: a namesake this big, or a division or feature, keeps its name nearer too
# the languages whose names texts of the region use (ISO 639-3 in Who's On First's keys)
LANGUAGES = ("aze", "hye", "hyw", "rus", "eng", "und")
_STRAY = re.compile(r"\d|\s{2}|[()\[\],;/]|\b(?:az|am)\b")


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True)
    if done.returncode:
        problem = (done.stderr.strip().splitlines() or ["git failed"])[0]
        raise SystemExit(f"{repo}: not a Who's On First git directory: {problem}")
    return done.stdout


def read_records(repo: Path) -> tuple[str, list[tuple[str, dict]]]:
    """The commit at HEAD of a Who's On First git directory and its records: ``(path,
    feature)`` for every ``data/**.geojson`` of that commit, read in one ``cat-file`` pass."""
    commit = _git(repo, "rev-parse", "HEAD").strip()
    paths = [
        p
        for p in _git(repo, "ls-tree", "-r", "--name-only", commit, "data").splitlines()
        if p.endswith(".geojson")
    ]
    proc = subprocess.Popen(
        ["git", "-C", str(repo), "cat-file", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    out, _ = proc.communicate("".join(f"{commit}:{p}\n" for p in paths).encode())
    records, pos = [], 0
    for p in paths:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        if len(header) != 3:
            raise SystemExit(f"{repo}: {p}: not in commit {commit}")
        size = int(header[2])
        try:
            records.append((p, json.loads(out[end + 1 : end + 1 + size])))
        except ValueError as e:
            raise SystemExit(f"{repo}: {p} (commit {commit}): not JSON: {e}") from None
        pos = end + 1 + size + 1
    return commit, records


def _names(props: dict) -> list[str]:
    """The place's names, its main name first: the Azerbaijani one in Azerbaijan, else the
    Latin one Who's On First files it under; then the other languages' names."""
    main = props.get("name:aze_x_preferred", []) if props.get("wof:country") == "AZ" else []
    out = [*main, props.get("wof:name"), props.get("gn:name")]
    for kind in ("preferred", "variant"):
        for lang in LANGUAGES:
            out += props.get(f"name:{lang}_x_{kind}", [])
    out.append(props.get("gn:asciiname"))
    return list(dict.fromkeys(n.strip() for n in out if n and n.strip()))


def _good_name(name: str, common: frozenset[str]) -> bool:
    """A name to index: three letters or more, no digit or stray note, and no word that is
    frequent in English, Russian or Turkish (for Azerbaijani) texts: once in a million
    words or more by wordfreq ("Tsar", "Azad", "Papi"), or in geo's own lists."""
    letters = sum(ch.isalpha() for ch in name)
    if letters < 3 or _STRAY.search(name) or fold(name) in common:
        return False
    return all(_zipf_frequency(name, lang) < FREQUENT for lang in ("en", "ru", "tr"))


def _zipf_frequency(word: str, lang: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        raise SystemExit(
            "extract_regional_villages.py needs wordfreq: pip install 'geo-maps[extract]'"
        ) from None
    return zipf_frequency(word, lang)


def _district_polygons() -> gpd.GeoDataFrame:
    return gpd.read_file(GAZ_DIR / "admin1_areas.geojson").set_index("id").to_crs(METRIC)


def _filed_under(records: list[tuple[str, dict]], areas: gpd.GeoDataFrame) -> dict[int, set[str]]:
    """Who's On First region id → the Natural Earth areas it covers (the areas whose inner
    point lies in the region's polygon): Şuşa's region covers the district and the town."""
    regions = {
        f["properties"]["wof:id"]: shape(f["geometry"])
        for _, f in records
        if f["properties"].get("wof:placetype") == "region"
        and f["geometry"]["type"] in ("Polygon", "MultiPolygon")
    }
    frame = gpd.GeoSeries(list(regions.values()), index=list(regions), crs="EPSG:4326").to_crs(
        METRIC
    )
    inner = areas.geometry.representative_point()
    return {
        rid: {aid for aid, pt in inner.items() if geom.buffer(NEAR_M).contains(pt)}
        for rid, geom in frame.items()
    }


def candidates(repos: list[Path], districts: tuple[str, ...], report: list[str]) -> list[dict]:
    """The localities of Who's On First that lie in ``districts``, as rows of the CSV
    (names not yet checked against the gazetteer)."""
    areas = _district_polygons()
    admin1 = pd.read_csv(GAZ_DIR / "admin1.csv", dtype=str).set_index("id")["admin1"].fillna("")
    common = lexicon.common_words() | lexicon.common_words_az()
    rows = []
    for repo in repos:
        commit, records = read_records(repo)
        filed = _filed_under(records, areas)
        localities = [
            (path, f["properties"])
            for path, f in records
            if f["properties"].get("wof:placetype") == "locality"
            and not f["properties"].get("wof:superseded_by")
        ]
        points = gpd.GeoSeries(
            [Point(float(p["geom:longitude"]), float(p["geom:latitude"])) for _, p in localities],
            crs="EPSG:4326",
        ).to_crs(METRIC)
        for (path, p), pt in zip(localities, points):
            lat, lon = float(p["geom:latitude"]), float(p["geom:longitude"])
            gaps = areas.geometry.distance(pt)
            district = gaps.idxmin()
            if gaps[district] > NEAR_M or district not in districts:
                continue
            region = next((h.get("region_id") for h in p.get("wof:hierarchy", [])), None)
            if region in filed and filed[region]:
                gap = min(areas.geometry[a].distance(pt) for a in filed[region])
                if gap > NEAR_M:
                    report.append(
                        f"outside its district: {p['wof:name']} (wof {p['wof:id']}) is "
                        f"{gap / 1000:.1f} km from the region it is filed under"
                    )
                    continue
            names = [n for n in _names(p) if _good_name(n, common)]
            dropped = [n for n in _names(p) if n not in names]
            if dropped:
                report.append(f"not a name: {p['wof:name']}: {', '.join(dropped)}")
            if not names:
                report.append(f"no usable name: {p['wof:name']} (wof {p['wof:id']})")
                continue
            gn = p.get("gn:geonameid") or p.get("wof:concordances", {}).get("gn:id")
            population = int(p.get("gn:population") or p.get("wof:population") or 0)
            ids = f"wof:id {p['wof:id']}" + (f", GeoNames {gn}" if gn else "")
            rows.append(
                {
                    "id": f"geonames:{gn}" if gn else f"wof:{p['wof:id']}",
                    "name": names[0],
                    "names": names[1:],
                    "lat": round(lat, 5),
                    "lon": round(lon, 5),
                    "kind": "city" if population >= 1000 else "village",
                    "country": p.get("wof:country") or p.get("iso:country") or "",
                    "admin1": admin1.get(district, ""),
                    "district": district,
                    "population": population,
                    "area_km2": "",
                    "source": f"{SOURCE_PREFIX}, github.com/{ORG}/{p.get('wof:repo')} "
                    f"commit {commit} {path} ({ids}); {LICENCE}",
                    "geonameid": int(gn) if gn else None,
                }
            )
    return rows


def _merge_duplicates(rows: list[dict], report: list[str]) -> list[dict]:
    """Two records sharing a name within 2 km are one village: the first keeps the other's
    names (GeoNames has Çullu twice, as Cullu and Chullu, 350 m apart)."""
    kept: list[dict] = []
    by_key: dict[str, list[dict]] = {}
    for r in sorted(rows, key=lambda r: (-len(r["names"]), r["id"])):
        keys = {fold(n) for n in [r["name"], *r["names"]]}
        twin = next(
            (
                k
                for key in keys
                for k in by_key.get(key, [])
                if distance_km(r["lat"], r["lon"], k["lat"], k["lon"]) <= DUPLICATE_KM
            ),
            None,
        )
        if twin is not None:
            twin["names"] = list(dict.fromkeys(twin["names"] + [r["name"], *r["names"]]))
            report.append(f"one village: {r['id']} {r['name']} joins {twin['id']} {twin['name']}")
            continue
        kept.append(r)
        for key in keys:
            by_key.setdefault(key, []).append(r)
    return kept


def _name_index(places: pd.DataFrame) -> dict[str, list[int]]:
    """Folded name → rows of the gazetteer's other places that bear it as a name (not as a
    made spelling: the Russian forms the build makes for the region's places depend on
    which other places exist, this file's among them, and would make the result depend on
    the file it replaces)."""
    index: dict[str, list[int]] = {}
    ours = places["source"].astype(str).str.startswith(SOURCE_PREFIX).to_numpy()
    for pos, (name, names) in enumerate(zip(places["name"], places["names"].fillna(""))):
        if ours[pos]:
            continue
        for n in {search_key(fold(x)) for x in [name, *str(names).split("|")] if x}:
            index.setdefault(n, []).append(pos)
    return index


def _namesakes(
    gaz, index: dict[str, list[int]], name: str, country: str, rules: dict, ours: set[int]
) -> set[int]:
    """The gazetteer's other places found by any key the build gives ``name``: the name
    and its transliterations (a Russian "Софулу" or an Armenian "Սոֆուլու" is found as
    "Sofulu"). A Cyrillic key counts only when the other place has it of its own: as a name
    (see :func:`_name_index`) or a transliteration of one, not as a Russian spelling the
    build makes for the region's places (which it makes only when no other place, this
    file's among them, goes by it)."""
    out: set[int] = set()
    for k in name_keys(name, [], False) | variant_keys([name], country, rules):
        rows = set(gaz.rows(k)) - ours
        if _CYRILLIC.search(k):
            real = set(index.get(search_key(k), ()))
            rows = {o for o in rows if o in real or k in _own_variants(gaz, o, rules)}
        out |= rows
    return out


def _own_variants(gaz, pos: int, rules: dict) -> set[str]:
    """The transliterated keys the build gives a place's own names."""
    row = gaz.places.iloc[pos]
    names = [row["name"], *str(row["names"] or "").split("|")]
    return variant_keys([n for n in names if n], row["country"], rules)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _check_names(rows: list[dict], report: list[str]) -> tuple[list[dict], dict[str, int]]:
    """Drop the places the gazetteer has, and the names that would take over a bigger or
    better-known namesake far away (see the module's docstring)."""
    from geo import gazetteer

    gaz = gazetteer.load()
    places = gaz.places
    index = _name_index(places)
    rules = translit_rules()
    ours = set(np.flatnonzero(places["source"].astype(str).str.startswith(SOURCE_PREFIX)))
    known_ids = set(places["id"][~places["source"].astype(str).str.startswith(SOURCE_PREFIX)])
    lat, lon, kind, pop = (places[c].to_numpy() for c in ("lat", "lon", "kind", "population"))
    counts = {"known": 0, "namesake names": 0, "no name left": 0}
    out = []
    for r in rows:
        if r["id"] in known_ids:
            counts["known"] += 1
            report.append(f"known: {r['id']} {r['name']} (same id)")
            continue
        names, same = [], None
        for n in [r["name"], *r["names"]]:
            far_bigger = False
            for o in _namesakes(gaz, index, n, r["country"], rules, ours):
                d = distance_km(r["lat"], r["lon"], lat[o], lon[o])
                if d <= SAME_PLACE_KM and kind[o] in ("village", "city"):
                    same = o
                elif d > NAMESAKE_KM and (kind[o] != "village" or pop[o] > r["population"]):
                    far_bigger = True  # a town or village of more people, or a feature
                elif d > SAME_PLACE_KM and (kind[o] not in ("village", "city") or pop[o] >= TOWN):
                    far_bigger = True  # in the region: a town, a district, a river
            if same is not None:
                break
            if far_bigger:
                counts["namesake names"] += 1
                report.append(f"namesake far away: {r['id']} loses the name {n!r}")
            else:
                names.append(n)
        if same is not None:
            counts["known"] += 1
            other = places.iloc[same]
            report.append(f"known: {r['id']} {r['name']} is {other['id']} {other['name']}")
            continue
        if not names:
            counts["no name left"] += 1
            report.append(f"no name left: {r['id']} {r['name']}")
            continue
        out.append({**r, "name": names[0], "names": names[1:]})
    return out, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("repos", nargs="+", type=Path, help="Who's On First git directories")
    ap.add_argument("--district", action="append", help="an admin1_areas.geojson id (repeat)")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per row left out")
    args = ap.parse_args(argv)
    districts = tuple(args.district or DISTRICTS)
    report: list[str] = []
    rows = candidates(args.repos, districts, report)
    found = len(rows)
    outside = sum(line.startswith("outside") for line in report)
    unnamed = sum(line.startswith("no usable name") for line in report)
    rows = _merge_duplicates(rows, report)
    twins = found - len(rows)
    rows, counts = _check_names(rows, report)
    rows.sort(key=lambda r: (r["district"], fold(r["name"]), r["id"]))

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({**r, "names": "|".join(r["names"])})

    atomic_write(args.out, write)
    if args.verbose:
        for line in report:
            print(line, file=sys.stderr)
    print(
        f"{args.out}: {len(rows)} places written; of {found + outside + unnamed} localities "
        f"in the districts: {outside} more than 2 km outside the district they are filed "
        f"under, {unnamed} with no usable name (a frequent word, a stray note), "
        f"{twins} second records of a village, {counts['known']} already in the gazetteer, "
        f"{counts['no name left']} with no name left; {counts['namesake names']} names left "
        "to a bigger or better-known namesake",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
