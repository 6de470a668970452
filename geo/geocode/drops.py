"""The document-level rules that drop a resolved name rather than place it on a far
namesake: a frequent word that resolves to a small town abroad ("See also", "Capital:"),
a name listed among villages that resolves to a town abroad (Kizil is not Kyzyl), and a
lone small town far from the rest of the document ("Arabo", "Aramo": names of
detachments). Called by :func:`geo.geocode.document.resolve` once the places are chosen."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from geo.gazetteer import Gazetteer
from geo.geocode.scoring import distance_km
from geo.geoparse.inflect import written_in_azerbaijani
from geo.geoparse.villages import list_opening
from geo.text import fold

if TYPE_CHECKING:
    from geo.geocode.document import Resolution


def drop_strays(out: list[Resolution], gaz: Gazetteer, text: str) -> list[Resolution]:
    """``out`` (one document's resolutions) without the names the three rules drop."""
    out = _drop_listed_villages_abroad(_drop_stray_common_words(out, gaz, text), gaz, text)
    return _drop_lone_hamlets_abroad(out, gaz)


_VILLAGE_LIST = re.compile(
    r"\b(?:villages?|hamlets?|settlements?)[ \t]+(?:of[ \t]+)?"
    r"(?:[A-Z][\w'’\-]*[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+))*\Z"
)
_LIST_REACH = 3000  # characters a list of villages runs at most
_STRAY_POPULATION = (
    100_000  # a common word naming a town smaller than this, abroad, is read as the word
)


def _drop_stray_common_words(
    out: list[Resolution], gaz: Gazetteer, text: str = ""
) -> list[Resolution]:
    """A one-word mention that is also an ordinary English word ("See also", "Capital:")
    is dropped when it resolves to a small town (or a town it is only another name of)
    in a country no
    other place of the document is in, while the document's other places agree on
    where it is (two or more in its countries): far from the document's region, the
    word is more likely than the namesake."""
    from geo import lexicon

    country, kind, population = gaz.col["country"], gaz.col["kind"], gaz.col["population"]
    common = lexicon.common_words()
    if written_in_azerbaijani(text):
        common = lexicon.common_words_az()

    def is_word(r: Resolution) -> bool:
        return " " not in r.mention.key and r.mention.key in common

    firm = Counter(country[r.row] for r in out if not is_word(r) and country[r.row])
    if sum(firm.values()) < 2:
        return out
    keep = []
    for r in out:
        c = country[r.row]
        small = int(population[r.row] or 0) < _STRAY_POPULATION
        alias_only = (
            fold(str(gaz.col["name"][r.row])) != r.mention.key
        )  # "Capital", an other name of Manama
        k = kind[r.row]
        stray = (
            is_word(r)
            and c
            and c not in firm
            and (
                (k in ("city", "village") and small)
                or (k not in ("country", "continent", "region") and alias_only)
            )
        )
        if not stray:
            keep.append(r)
    return keep


def _countries_of_names(out: list[Resolution], gaz: Gazetteer) -> tuple[dict, Counter]:
    """Per name (mention key), the countries of its mentions' places, and the same counted
    over the whole document: what the rest of a document agrees on is the difference."""
    country = gaz.col["country"]
    by_key: dict[str, Counter] = defaultdict(Counter)
    for r in out:
        by_key[r.mention.key][country[r.row]] += 1
    total: Counter = Counter()
    for counts in by_key.values():
        total.update(counts)
    return by_key, total


def _others(key: str, by_key: dict, total: Counter) -> Counter:
    """The countries of the document's mentions of other names than ``key`` (placed in one)."""
    rest = total - by_key[key]
    rest.pop("", None)
    return rest


def _drop_listed_villages_abroad(
    out: list[Resolution], gaz: Gazetteer, text: str
) -> list[Resolution]:
    """A name the text lists as a village ("the villages of Shelli, Kizil and Kengerli") is
    dropped, at every mention, when its place is a town in a country none of the document's
    other names is in while two or more of them agree on theirs: the namesake abroad is not
    it. Lists in Azerbaijani and Russian count too ("Kəndləri bunlardır – Eyvazlı, …",
    "Села: …"), however long; listed names abroad do not vouch for each other.
    (:func:`geo.geoparse.unknown_names` then reports it.)"""
    kind = gaz.col["kind"]
    listed = {
        r.mention.key
        for r in out
        if kind[r.row] in ("city", "village") and _listed(text, r.mention.start, r.mention.end)
    }
    if not listed:
        return out
    by_key, total = _countries_of_names(out, gaz)
    # the names outside the list: listed names abroad do not vouch for each other
    # ("Sarıcalı", "Abdal" and "Güllücə" of a district's list are not three towns of Turkey)
    firm = Counter(c for key, cs in by_key.items() if key not in listed for c in cs)
    firm.pop("", None)
    drop = set()
    for key in listed:
        others = _others(key, by_key, total)
        if sum(others.values()) >= 2 and not set(by_key[key]) & set(others):
            drop.add(key)
        elif sum(firm.values()) >= 2 and not set(by_key[key]) & set(firm):
            drop.add(key)
    return [r for r in out if r.mention.key not in drop]


def _listed(text: str, start: int, end: int) -> bool:
    """True when the name at ``text[start:end]`` is an item of a list of villages."""
    return bool(
        _VILLAGE_LIST.search(text, max(0, start - _LIST_REACH), start)
        or list_opening(text, start, end) is not None
    )


_HAMLET = 20_000  # people: a town smaller than this, alone in its country, far from the rest
_HAMLET_OTHER_NAME = 200_000  # the same for a town matched by another of its names
_AGREE = 3  # of the document's other mentions, in other countries
_FAR = 1000  # km from every other place of the document (not a town across the border)


def _drop_lone_hamlets_abroad(out: list[Resolution], gaz: Gazetteer) -> list[Resolution]:
    """A name whose place is a small town (under 20,000 people; under 200,000 when the
    text writes it by another of its names than its own, "Monte" for El Monte) in a country
    that nothing else in the document names or lies in, more than 1,000 km from all of its
    other places, while three or more of them agree on other countries, is dropped at every
    mention: "Arabo", "Aramo" and "Zeytun", the names of Armenian detachments in a page about
    Azerbaijan, are not villages in Spain, California and Turkey; Goris, across the border,
    stays. Two such names do not vouch for each other ("Saro" and "Hovik", men's names, are
    not two hamlets of Sweden): the other places are those of the names that are no such
    small town. (:func:`geo.geoparse.unknown_names` may still report it.)"""
    country, kind, population = gaz.col["country"], gaz.col["kind"], gaz.col["population"]
    rows_of: dict[str, set[int]] = defaultdict(set)
    for r in out:
        rows_of[r.mention.key].add(r.row)
    small = {}
    for key, rows in rows_of.items():
        if len(rows) != 1:
            continue
        (row,) = rows
        cap = _HAMLET if fold(str(gaz.col["name"][row])) == key else _HAMLET_OTHER_NAME
        if kind[row] in ("city", "village") and int(population[row] or 0) < cap:
            small[key] = row
    if not small:
        return out
    # a small town within reach of the document's other places vouches for its country;
    # one far from all of them ("Saro" in Sweden, in a page about Karabakh) does not
    core = {r.row for r in out if r.mention.key not in small and country[r.row]}
    lone = {key for key, row in small.items() if all(_km(gaz, r, row) > _FAR for r in core)}
    kept = [r for r in out if r.mention.key not in lone]
    _, total = _countries_of_names(kept, gaz)
    total.pop("", None)
    elsewhere = {r.row for r in kept if country[r.row]}
    drop = set()
    for key in lone:
        row = small[key]
        if sum(total.values()) < _AGREE or country[row] in total:
            continue
        if all(_km(gaz, r, row) > _FAR for r in elsewhere):
            drop.add(key)
    return [r for r in out if r.mention.key not in drop]


def _km(gaz: Gazetteer, a: int, b: int) -> float:
    lat, lon = gaz.col["lat"], gaz.col["lon"]
    return distance_km(float(lat[a]), float(lon[a]), float(lat[b]), float(lon[b]))
