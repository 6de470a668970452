"""Building the gazetteer from its sources: one table of places, one Aho-Corasick
automaton over their folded names (see :mod:`geo.gazetteer.cache`, which caches the result)."""

from __future__ import annotations

import csv
import itertools
import re

import ahocorasick
import numpy as np
import pandas as pd

from geo import lexicon
from geo.gazetteer.files import read_places_csv, read_user_source
from geo.gazetteer.model import COLUMNS, Gazetteer
from geo.gazetteer.registry import user_sources
from geo.gazetteer.sources import (
    area_rows,
    continent_rows,
    country_rows,
    geojson_rows,
    geonames_rows,
    us_state_rows,
    variant_keys,
)
from geo.resources import GAZ_DIR, LEX_DIR
from geo.text import fold, search_key
from geo.transliterate import name_keys, russian_spellings, translit_rules


def build(min_population: int = 500, progress: bool | None = None) -> Gazetteer:
    """Build the gazetteer from its sources (slow: seconds; use :func:`load`);
    ``progress``: a bar on stderr (default: when stderr is a terminal)."""
    from geo.progress import progress as bar

    rules = translit_rules()
    regional = read_places_csv(GAZ_DIR / "karabakh.csv")
    sources = [
        continent_rows(),
        country_rows(),
        us_state_rows(),
        read_places_csv(GAZ_DIR / "supplement.csv"),
        area_rows(GAZ_DIR / "admin1.csv", "admin1"),
        area_rows(GAZ_DIR / "admin1_geonames.csv", "admin1"),
        area_rows(GAZ_DIR / "us_counties.csv", "admin2"),
        area_rows(GAZ_DIR / "regions.csv", "region"),
        area_rows(GAZ_DIR / "world_regions.csv", "region"),
        regional,
        read_places_csv(GAZ_DIR / "villages_az_am.csv"),
        read_places_csv(GAZ_DIR / "physical.csv"),
        geonames_rows(min_population, rules),
    ]
    sources += [read_user_source(p) for p in user_sources()]
    records: list[dict] = []
    keys_of: dict[str, list[int]] = {}
    seen_ids: dict[str, int] = {}
    for row, keys in bar(
        itertools.chain.from_iterable(sources), desc="gazetteer", unit=" places", show=progress
    ):
        row.setdefault("area_km2", 0)
        if row["id"] in seen_ids:  # a later source adds names to an earlier place
            pos = seen_ids[row["id"]]
            known = records[pos]["names"].split("|") if records[pos]["names"] else []
            records[pos]["names"] = "|".join(
                dict.fromkeys(
                    known
                    + [
                        n
                        for n in [row["name"], *row["names"].split("|")]
                        if n and n != records[pos]["name"]
                    ]
                )
            )
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
            for k in name_keys(r["name"], [], False) | variant_keys(
                [r["name"]], rec["country"], rules
            ):
                keys_of.setdefault(k, []).append(pos)
    _remove_wrong_names(records, seen_ids, keys_of, rules)
    _regional_russian_names(records, keys_of, _regional_places(records, regional), rules)
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
    return Gazetteer(
        places=places,
        automaton=auto,
        demonyms=demonyms,
        lengths=lengths,
        bounds=bounds,
        members=members,
    )


def _remove_wrong_names(
    records: list[dict], seen_ids: dict[str, int], keys_of: dict[str, list[int]], rules: dict
) -> None:
    """Take out the names a source gives a place wrongly (``names_removed.csv``: GeoNames
    lists "Gəncə" among Yevlakh's names): the place is no longer found by them, unless one
    of its other names gives the same key."""
    with open(GAZ_DIR / "names_removed.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(line for line in fh if not line.startswith("#"))]
    for r in rows:
        pos = seen_ids.get(r["place_id"])
        if pos is None:
            continue
        rec = records[pos]
        names = [n for n in rec["names"].split("|") if n and n != r["name"]]
        rec["names"] = "|".join(names)
        gone = _keys([r["name"]], rec["country"], rules)
        for k in gone - _keys([rec["name"], *names], rec["country"], rules):
            if k in keys_of:
                keys_of[k] = [p for p in keys_of[k] if p != pos]


def _regional_places(records: list[dict], regional: list[tuple[dict, set[str]]]) -> set[int]:
    """The places of the regional gazetteer (``karabakh.csv``), and the towns and villages
    of its countries inside the box its settlements span (GeoNames' Laçın, Şuşa, Goris …)."""
    ids = {row["id"] for row, _ in regional}
    countries = {row["country"] for row, _ in regional}
    points = [(row["lat"], row["lon"]) for row, _ in regional if row["kind"] in _SETTLEMENTS]
    if not points:
        return set()
    lats, lons = zip(*points)
    box = (min(lats), max(lats), min(lons), max(lons))
    return {
        pos
        for pos, r in enumerate(records)
        if r["id"] in ids
        or (
            r["kind"] in _SETTLEMENTS
            and r["country"] in countries
            and box[0] <= r["lat"] <= box[1]
            and box[2] <= r["lon"] <= box[3]
        )
    }


_SETTLEMENTS = ("city", "village")
_MIN_RUSSIAN = 4  # a shorter made-up form is too likely another word ("Сос", "Мил")
_NOTABLE = ("continent", "country", "admin1")


def _regional_russian_names(
    records: list[dict], keys_of: dict[str, list[int]], regional: set[int], rules: dict
) -> None:
    """Index the regional places under Russian Cyrillic spellings of their Latin names
    ("Berdzor" → "Бердзор", :func:`geo.transliterate.russian_spellings`), which most of
    them lack: a Russian text finds them as written and, through
    :mod:`geo.geoparse.inflect`, in any case ("из Бердзора"). Names already written in
    Cyrillic stay as they are; a river's "X River" is spelt as X alone, the Russian river word
    standing before it ("реки Хачен" for the Khachen River). A spelling is left out when it
    is shorter than four letters or a frequent Russian word, when another place already goes
    by it, or
    when its Latin name is also the name of a bigger or higher-ranked place, in the region
    or not (Shaki in Syunik is not indexed as "Шаки": Şəki is far bigger). The spellings
    are index keys, not names shown: they are made, not attested."""
    common = lexicon.common_words()
    after, before = lexicon.place_heads()
    place_words = lexicon.place_affixes() | {fold(w) for w in after | before}

    for pos in sorted(regional):
        rec = records[pos]
        for latin in dict.fromkeys([rec["name"], *rec["names"].split("|")]):
            words = latin.replace("-", " ").split()
            if rec["kind"] == "river" and len(words) >= 2 and fold(words[-1]) in _RIVER_WORDS:
                # "Khachen River" → "Хачен": Russian puts its river word before the name, in
                # lower case and in any case ("долина реки Хачен"), so the name stands alone
                words = words[:-1]
                latin = " ".join(words)
            if any(not w[:1].isupper() or fold(w) in place_words for w in words):
                continue  # "Lachin corridor", "Kalbajar District": a name with an English word
            bare = {fold(latin), fold(re.sub(r"['’ʼ]", "", latin))}  # "Shak'i" is "Shaki" too
            if any(_bigger(records[p], rec) for k in bare for p in keys_of.get(k, ()) if p != pos):
                continue  # Shaki in Syunik: Şəki, far bigger, bears the name too
            for form in russian_spellings(latin, rules):
                k = fold(form)
                if len(k.replace(" ", "")) < _MIN_RUSSIAN or k in common:
                    continue
                if any(p != pos for p in keys_of.get(k, ())):
                    continue  # another place, of the region or not, already goes by it
                if pos not in keys_of.get(k, ()):
                    keys_of.setdefault(k, []).append(pos)


_RIVER_WORDS = frozenset({"river"})


def _bigger(other: dict, place: dict) -> bool:
    """True when ``other`` outranks ``place``: more people, or a country or division."""
    if other["kind"] in _NOTABLE and place["kind"] not in _NOTABLE:
        return True
    return int(other["population"] or 0) > int(place["population"] or 0)


def _keys(names: list[str], country: str, rules: dict) -> set[str]:
    return name_keys(names[0], names[1:], False) | variant_keys(names, country, rules)


def index_names(
    names: dict[str, list[int]],
) -> tuple[ahocorasick.Automaton, np.ndarray, np.ndarray, np.ndarray]:
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
    return (
        auto,
        np.array(lengths, np.int32),
        np.array(bounds, np.int64),
        np.array(members, np.int32),
    )


def _drop_country_aliases_of_towns(records: list[dict], keys_of: dict[str, list[int]]) -> None:
    """A country's other name that a town of 50,000 people or more bears as its own
    name ("Salvador" for El Salvador, next to Salvador, Bahia) is left to the town."""
    towns = {
        fold(r["name"])
        for r in records
        if r["kind"] in ("city", "village") and r["population"] >= 50_000
    }
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
    for f in geojson_rows(GAZ_DIR / "admin0.geojson"):
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
