"""Extract the named physical features of Natural Earth into ``physical.csv`` (run once, by hand).

Source: Natural Earth 1:10m physical layers (public domain), as GeoJSON in
github.com/martynafford/natural-earth-geojson, commit 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e
(the larger layers are 7-Zip archives there)::

    G="git --git-dir=/path/to/natural-earth-geojson.git"
    mkdir -p /tmp/ne && cd /tmp/ne
    for f in lakes geography_regions_polys rivers_lake_centerlines; do
        $G show HEAD:10m/physical/ne_10m_$f.7z > ne_10m_$f.7z && 7z x -y ne_10m_$f.7z; done
    for f in geography_marine_polys geography_regions_points geography_regions_elevation_points; do
        $G show HEAD:10m/physical/ne_10m_$f.json > ne_10m_$f.json; done
    python scripts/extract_physical.py /tmp/ne

One row per named feature (``geo/data/gazetteer/physical.csv``): lakes and reservoirs, seas,
gulfs, bays, straits and sounds, mountain ranges, plateaus, deserts, plains, islands,
peninsulas, capes, peaks and passes, and rivers. The point of an area is a point inside
it (``representative_point``, of its largest part), of a river the middle of its longest
stretch by length; the area is measured in an equal-area projection; the country is the
Natural Earth country (``admin0.geojson``) the point lies in, if any. Parts of one
feature (a river's segments, a sea in two polygons) are merged when they carry one name
and touch or lie close.

Names: the layer's name (capitals and abbreviations such as "Mts.", "L.", "Pen." written
out, the layer's own form kept as another name), its alternative names (``name_alt``,
``namealt``, ``name_abb``, ``name_en``), and the forms texts use: "Sevan Lake" beside
"Lake Sevan", "River Danube" and "Danube River" beside "Danube", "Zagros" beside "Zagros
Mountains" (one word, not an adjective such as "Carpathian" or "Ethiopian"). A river's or
range's name on its own is kept only when it is not an ordinary English word or a given
name ("Red", "James", "Don" are kept as "Red River" …), and for a river only when Natural
Earth ranks it among the major ones (``scalerank`` 0-4: the Nile, the Danube; the Ebola
and the Cauvery are kept as "Ebola River", "River Ebola").

A feature already in a curated file (``supplement.csv``, ``karabakh.csv``, the countries,
first-level divisions and regions) under one of its names and near it (or holding its
point) is left to that row: the row is dropped (its main name collides) or loses that
name; every drop is printed.
"""

from __future__ import annotations

import csv
import math
import re
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
from shapely.ops import linemerge

from geo import lexicon
from geo.geocode import distance_km
from geo.text import fold

OUT = Path(__file__).resolve().parent.parent / "geo" / "data" / "gazetteer"
COMMIT = "0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e"
REPO = "github.com/martynafford/natural-earth-geojson"
EQUAL_AREA = "EPSG:6933"  # WGS 84 / NSIDC EASE-Grid 2.0 Global: cylindrical equal-area
MAJOR_RIVER_RANK = 4  # Natural Earth's scalerank (0 the most important … 10): the bare name of
# a river ranked 0-4 (the Nile, the Danube, the Tigris) is the river's; of a smaller one
# ("Ebola", "Clarence", "Cauvery") a virus', a person's or a town's as often
MERGE_DEG = 1.0  # parts of one name closer than this (degrees) are one feature

# featurecla → gazetteer kind (None: not a physical feature, or already in the gazetteer)
KINDS = {
    "ne_10m_lakes": {"Lake": "lake", "Alkaline Lake": "lake", "Reservoir": "reservoir"},
    "ne_10m_geography_marine_polys": {
        c: "water"
        for c in (
            "ocean",
            "sea",
            "gulf",
            "bay",
            "strait",
            "sound",
            "channel",
            "fjord",
            "lagoon",
            "inlet",
            "reef",
        )
    },
    "ne_10m_geography_regions_polys": {
        "Range/mtn": "mountain",
        "Plateau": "mountain",
        "Foothills": "mountain",
        "Plain": "steppe",
        "Lowland": "steppe",
        "Tundra": "steppe",
        "Lake": "lake",
        "Geoarea": "region",
        **{
            c: "terrain"
            for c in (
                "Desert",
                "Basin",
                "Depression",
                "Island",
                "Island group",
                "Peninsula",
                "Pen/cape",
                "Isthmus",
                "Delta",
                "Valley",
                "Gorge",
                "Wetlands",
                "Coast",
            )
        },
    },
    "ne_10m_geography_regions_points": {
        "island": "terrain",
        "island group": "terrain",
        "cape": "terrain",
        "waterfall": "water",
        "plain": "steppe",
    },
    "ne_10m_geography_regions_elevation_points": {
        "mountain": "mountain",
        "spot elevation": "mountain",
        "plateau": "mountain",
        "pass": "pass",
        "depression": "terrain",
        "cape": "terrain",
    },
    "ne_10m_rivers_lake_centerlines": {"River": "river", "Lake Centerline": "river"},
}
LAYER_NOTE = {
    "ne_10m_lakes": "lakes",
    "ne_10m_geography_marine_polys": "marine areas",
    "ne_10m_geography_regions_polys": "physical regions",
    "ne_10m_geography_regions_points": "physical points",
    "ne_10m_geography_regions_elevation_points": "elevation points",
    "ne_10m_rivers_lake_centerlines": "rivers",
}
ARCHIVED = {"ne_10m_lakes", "ne_10m_geography_regions_polys", "ne_10m_rivers_lake_centerlines"}

# abbreviations of the layers' labels, written out (by position: first word, last word, any)
_FIRST = {"mt.": "Mount", "l.": "Lake", "i.": "Isla", "o.": "Ozero", "c.": "Cape"}
_ANY = {
    "mts.": "Mountains",
    "mtn.": "Mountain",
    "mt.": "Mount",
    "pk.": "Peak",
    "pen.": "Peninsula",
    "pén.": "Péninsule",
    "plat.": "Plateau",
    "ra.": "Range",
    "cord.": "Cordillera",
    "arch.": "Archipelago",
    "is.": "Islands",
    "str.": "Strait",
    "sd.": "Sound",
    "res.": "Reservoir",
}
_LAST = {"i.": "Island", "is.": "Islands"}
_POINTS = {"n.": "North", "s.": "South", "e.": "East", "w.": "West"}
_SMALL = {"of", "the", "de", "del", "la", "le", "du", "des", "and", "da", "do", "dos", "di", "al"}
# words that make a name a river's, a lake's or a range's already
_RIVER_HEADS = {
    "river",
    "rio",
    "río",
    "rivière",
    "fleuve",
    "nahr",
    "wadi",
    "creek",
    "canal",
    "ozero",
}
_LAND_KINDS = ("terrain", "region", "steppe")
_DIVISION_IDS = ("country:", "admin1:", "region:")
_RANGE_TAILS = ("Mountains", "Range")
_ADJECTIVE = re.compile(r".*(?:ian|ean|ic|ese|ish)$")  # "Carpathian", "Pontic": not a name alone


def _expand(raw: str) -> str:
    """The layer's label written out: "ZAGROS MTS." → "Zagros Mountains"."""
    raw = re.sub(r"\s*\([^)]*\)", "", raw.replace("\r", "")).replace(" .", ".")  # "(Rus.)"
    words = raw.lstrip("‘’'").split()  # "‘Erg Chech"
    if raw.isupper():
        words = [
            w.lower()
            if i and w.lower() in _SMALL
            else "-".join(p.capitalize() for p in w.split("-"))
            for i, w in enumerate(words)
        ]
    out = []
    for i, w in enumerate(words):
        k = w.lower()
        if i == 0 and k in _FIRST and len(words) > 1:
            w = _FIRST[k]
        elif i == len(words) - 1 and k in _LAST and len(words) > 1:
            w = _LAST[k]
        elif k in _ANY:
            w = _ANY[k]
        elif k in _POINTS and i + 1 < len(words) and words[i + 1] in ("Fork", "Branch"):
            w = _POINTS[k]  # "S. Fork Kuskokwim"
        out.append(w)
    return " ".join(out).replace("’S ", "’s ").replace("'S ", "'s ")


def _bare_ok(word: str) -> bool:
    """A name that may stand on its own: not an ordinary word, a given name or too short."""
    k = fold(word)
    return (
        len(k) >= 4
        and k not in lexicon.common_words()
        and k not in lexicon.given_names()
        and k not in lexicon.stopwords()
    )


def _names(layer: str, kind: str, props: dict) -> tuple[str, list[str]]:
    """The display name and the other names of one feature."""
    raw = str(props["name"]).replace("\r", "").strip()
    name, *others = [_expand(n) for n in raw.split("/")]  # "Uluru/Ayers Rock"
    alts = [raw, *others] if raw != name and "(" not in raw else others
    for col in ("name_alt", "namealt", "name_abb", "name_en"):
        for a in re.split(r"[,;]", str(props.get(col) or "")):
            a = a.strip()
            if a and a.lower() not in ("nan", "none"):
                alts.append(_expand(a))
    if layer == "ne_10m_lakes":
        for n in [name, *alts]:
            m = re.fullmatch(r"(?:Lake|Lago|Lac) (.+)", n)
            if m:
                alts.append(f"{m.group(1)} Lake")
    if kind == "river":
        words = {w.lower() for w in name.split()}
        major = float(props.get("scalerank") or 10) <= MAJOR_RIVER_RANK
        if not words & _RIVER_HEADS:
            forms = [f"{name} River", f"River {name}"]
            if (major and _bare_ok(name)) or " " in name:
                alts += forms
            else:
                name, alts = forms[0], [forms[1], *alts]
        alts = [a for a in alts if " " in a or (major and _bare_ok(a))]
    if kind == "mountain":
        for n in [name, *alts]:
            for tail in _RANGE_TAILS:
                if n.endswith(" " + tail):
                    head = n[: -len(tail) - 1]
                    if (
                        " " not in head
                        and _bare_ok(head)
                        and not _ADJECTIVE.fullmatch(head)
                        and fold(head) not in lexicon.demonyms()
                    ):
                        alts.append(head)
    alts = [a for a in dict.fromkeys(alts) if fold(a) and fold(a) != fold(name)]
    return name, alts


def _read(folder: Path, layer: str) -> gpd.GeoDataFrame:
    gdf = gpd.read_file(folder / f"{layer}.json")
    gdf = gdf[gdf["name"].notna() & gdf["featurecla"].isin(KINDS[layer])]
    gdf = gdf[gdf["name"].astype(str).str.strip().str.len() > 0]
    return gdf[~gdf.geometry.is_empty & gdf.geometry.notna()]


def _merged(gdf: gpd.GeoDataFrame, layer: str) -> list[tuple[dict, object]]:
    """Features of one name (and, for rivers, one river number) merged where they lie close."""
    out = []
    by = ["name", "rivernum"] if "rivernum" in gdf else ["name"]
    for _key, grp in gdf.groupby(by, sort=True, dropna=False):
        parts: list[tuple[dict, object]] = []
        for _, r in grp.iterrows():
            g = r.geometry
            for i, (p, h) in enumerate(parts):
                if h.distance(g) <= MERGE_DEG:
                    parts[i] = (p, shapely.union(h, g))
                    break
            else:
                parts.append((r.drop(labels="geometry").to_dict(), g))
        out += parts
    if "rivernum" in gdf:  # one river under two numbers (a stretch through a lake)
        joined: list[tuple[dict, object]] = []
        for p, g in out:
            for i, (q, h) in enumerate(joined):
                if q["name"] == p["name"] and h.distance(g) <= 0.05:
                    joined[i] = (q, shapely.union(h, g))
                    break
            else:
                joined.append((p, g))
        out = joined
    return out


def _point(geom) -> tuple[float, float]:
    """A point on the feature: inside an area, the middle of a line's longest stretch."""
    if geom.geom_type in ("LineString", "MultiLineString"):
        line = linemerge(geom) if geom.geom_type == "MultiLineString" else geom
        if line.geom_type == "MultiLineString":
            line = max(line.geoms, key=lambda g: g.length)
        p = line.interpolate(0.5, normalized=True)
    elif geom.geom_type == "Point":
        p = geom
    elif geom.geom_type == "MultiPolygon":  # a point in the largest part, not in a far islet
        p = max(geom.geoms, key=lambda g: g.area).representative_point()
    else:
        p = geom.representative_point()
    return round(p.y, 5), round(p.x, 5)


def _curated() -> list[tuple[set[str], float, float, float, str]]:
    """The curated rows a Natural Earth feature must not duplicate: (names, lat, lon, reach
    in km, id). The ids of countries, divisions and regions start ``country:``,
    ``admin1:`` and ``region:``: only areas of land (an island, a region) duplicate them."""
    out = []

    def reach(area: float) -> float:
        return max(150.0, 2.0 * math.sqrt(max(area, 0.0) / math.pi))

    for fname in ("supplement.csv", "karabakh.csv", "world_regions.csv", "regions.csv"):
        with open(OUT / fname, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                names = {fold(n) for n in [r["name"], *r["names"].split("|")] if n}
                area = float(r.get("area_km2") or 0) or float(r.get("radius_km") or 0) ** 2 * 3.2
                out.append((names, float(r["lat"]), float(r["lon"]), reach(area), r["id"]))
    with open(OUT / "admin1.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            names = {fold(n) for n in [r["name"], *r["names"].split("|")] if n}
            out.append(
                (names, float(r["lat"]), float(r["lon"]), reach(float(r["area_km2"] or 0)), r["id"])
            )
    states = gpd.read_file(OUT / "us_states.geojson")
    for _, r in states.iterrows():
        names = {fold(r["name"])}
        out.append((names, r["lat"], r["lon"], reach(r["area_km2"]), f"admin1:US-{r['code']}"))
    countries = gpd.read_file(OUT / "admin0.geojson")
    areas = countries.to_crs(EQUAL_AREA).area / 1e6
    for (_, r), area in zip(countries.iterrows(), areas):
        names = {fold(n) for n in [r["name"], *str(r["names"] or "").split("|")] if n}
        out.append((names, float(r["lat"]), float(r["lon"]), reach(area), f"country:{r['iso2']}"))
    return out


def extract(folder: Path) -> tuple[pd.DataFrame, list[str]]:
    """The rows of ``physical.csv`` and the report of what was left out."""
    countries = gpd.read_file(OUT / "admin0.geojson")[["iso2", "geometry"]].explode()
    b = countries.geometry.bounds
    # a part that wraps round the 180th meridian (Russia's in admin0.geojson spans -180 to 180)
    # would hold half the Arctic
    countries = countries[(b["maxx"] - b["minx"]) < 180]
    curated = _curated()
    taken = set().union(*(names for names, *_ in curated))
    rows, report, ids = [], [], set()
    for layer, classes in KINDS.items():
        gdf = _read(folder, layer)
        area_of = {}
        for props, geom in _merged(gdf, layer):
            kind = classes[props["featurecla"]]
            name, alts = _names(layer, kind, props)
            lat, lon = _point(geom)
            area = 0
            if geom.geom_type in ("Polygon", "MultiPolygon"):
                area = round(
                    gpd.GeoSeries([geom], crs="EPSG:4326").to_crs(EQUAL_AREA).area[0] / 1e6
                )
            area_of[name] = area
            mine = 2.0 * math.sqrt(area / math.pi)
            clash = {}
            for n in [name, *alts]:
                for names, clat, clon, creach, cid in curated:
                    if kind not in _LAND_KINDS and cid.startswith(_DIVISION_IDS):
                        continue  # the Volta river is not the Volta region
                    if fold(n) in names and (
                        distance_km(lat, lon, clat, clon) <= max(creach, mine)
                        or (area and geom.contains(shapely.Point(clon, clat)))
                    ):
                        clash[n] = cid
                        break
            if name in clash:
                report.append(f"dropped {name!r} ({layer}): the curated row {clash[name]}")
                continue
            for n, cid in clash.items():
                report.append(f"name {n!r} of {name!r} left to the curated row {cid}")
            alts = [a for a in alts if a not in clash]
            # a head cut from a range's name ("Alaska" of the Alaska Range) that names a
            # country or division anywhere is left to it
            alts = [a for a in alts if " " in a or fold(a) not in taken or fold(a) == fold(name)]
            base = "naturalearth:" + re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
            pid, k = base, 2
            while pid in ids:
                pid, k = f"{base}-{k}", k + 1
            ids.add(pid)
            rows.append(
                {
                    "id": pid,
                    "name": name,
                    "names": "|".join(alts),
                    "lat": lat,
                    "lon": lon,
                    "kind": kind,
                    "geometry": shapely.Point(lon, lat),
                    "population": 0,
                    "area_km2": area or "",
                    "source": (
                        f"Natural Earth 1:10m {LAYER_NOTE[layer]} ({props['featurecla']}; public "
                        f"domain) via {REPO} commit {COMMIT[:7]}, 10m/physical/{layer}"
                        f"{'.7z' if layer in ARCHIVED else '.json'}"
                    ),
                }
            )
    pts = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    joined = gpd.sjoin(pts, countries, how="left", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    pts["country"] = joined["iso2"].fillna("")
    cols = ["id", "name", "names", "lat", "lon", "kind", "country", "population", "area_km2"]
    return pd.DataFrame(pts[[*cols, "source"]]), report


def main(argv: list[str]) -> None:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        sys.exit("usage: python scripts/extract_physical.py FOLDER_WITH_NE_10M_JSON")
    df, report = extract(Path(argv[0]))
    df.to_csv(OUT / "physical.csv", index=False, lineterminator="\n")
    for line in report:
        print(line, file=sys.stderr)
    counts = ", ".join(f"{k} {v}" for k, v in df["kind"].value_counts().items())
    print(f"wrote {len(df)} rows to {OUT / 'physical.csv'} ({counts})")


if __name__ == "__main__":
    main(sys.argv[1:])
