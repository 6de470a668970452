"""Other spellings of a place's name, and the names the gazetteer shows and indexes.

Transliteration rules are data (``geo/data/lexicon/translit.csv``): Azerbaijani Latin
to English/Russian-style romanisations (x→kh, c→j/dzh/dj …), Russian Cyrillic to its
romanisations and case forms, the Armenian-side romanisations (ts/tz, gh/g, u/ou),
each with the countries it applies to.
"""

from __future__ import annotations

import csv
import itertools
import re
from functools import lru_cache

from geo.resources import LEX_DIR
from geo.text import fold

# Scripts whose names are indexed: Latin, Greek, Cyrillic, Armenian, Georgian.
INDEXED_SCRIPT = re.compile(
    r"^[\u0000-\u024F\u0250-\u02FF\u0300-\u036F\u0370-\u03FF\u0400-\u052F"
    r"\u0530-\u058F\u10A0-\u10FF\u1E00-\u1EFF\u2019\u2018]+$"
)
CODE_NAME = re.compile(r"^[A-Z0-9]{2,4}$")
DISPLAY_SCRIPT = re.compile(r"^[\u0000-\u02FF\u0400-\u052F\u0530-\u058F\u1E00-\u1EFF\u2019]+$")


@lru_cache(maxsize=1)
def translit_rules() -> dict[str, dict[str, list[str]]]:
    """``translit.csv`` as ``{script: {letters: [spellings]}}``; ``scope`` rows give the
    countries a script's rules apply to (``{"scope": {"ru": ["AZ", …]}}``)."""
    rules: dict[str, dict[str, list[str]]] = {}
    with open(LEX_DIR / "translit.csv", encoding="utf-8") as fh:
        for row in csv.reader(line for line in fh if not line.startswith("#")):
            if len(row) >= 3:
                rules.setdefault(row[0], {})[row[1]] = row[2].split("|")
    return rules


_AZ_MARKERS = set("əışçğ")
ARMENIAN = re.compile(r"[\u0530-\u058F]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _az_lower(name: str) -> str:
    return name.replace("I", "ı").replace("İ", "i").lower()


def _spellings(
    low: str, table: dict[str, list[str]], limit: int, keep_unknown: bool = True
) -> list[str]:
    """Spellings of ``low`` with each letter group of ``table`` (longest first) replaced
    by one of its variants; the fewest departures from the first variant come first,
    so a long name still gets its commonest mixed forms ("Kelbadjar") within ``limit``."""
    longest = max((len(k) for k in table), default=1)
    options: list[list[str]] = []
    i = 0
    while i < len(low):
        for n in range(min(longest, len(low) - i), 0, -1):
            if low[i : i + n] in table:
                options.append(table[low[i : i + n]])
                i += n
                break
        else:
            if not keep_unknown:
                return []
            options.append([low[i]])
            i += 1
    return _combine(options, limit)


def _combine(options: list[list[str]], limit: int) -> list[str]:
    """The spellings made of one variant per letter group of ``options``, the fewest
    departures from the first variants first, at most ``limit``."""
    varying = [j for j, o in enumerate(options) if len(o) > 1]
    out: list[str] = []
    for depth in range(len(varying) + 1):
        for where in itertools.combinations(varying, depth):
            for picks in itertools.product(*(options[j][1:] for j in where)):
                chosen = [o[0] for o in options]
                for j, v in zip(where, picks):
                    chosen[j] = v
                out.append("".join(chosen))
                if len(out) >= limit:
                    return out
    return out


def _case_forms(low: str, endings: dict[str, list[str]]) -> list[str]:
    """Russian case forms of a one-word Cyrillic name ("Шуша" → "Шушу", "Шуши", "Шуше"):
    its last letter, or ``*`` for a final consonant, replaced by the endings of ``ru-case`` rows."""
    if " " in low or len(low) < 4 or not endings:
        return []
    last = low[-1]
    if last in endings:
        return [low[:-1] + e for e in endings[last]]
    if last not in "аеёиоуыэюяйь" and "*" in endings:
        return [low + e for e in endings["*"]]
    return []


def transliterations(
    name: str,
    country: str,
    rules: dict[str, dict[str, list[str]]],
    limit: int = 32,
    armenian: bool = False,
) -> list[str]:
    """English and Russian-style spellings of a place's ``name`` (rules in ``translit.csv``).

    * an Azerbaijani Latin name (one with ə ı ş ç ğ, or any Latin name of a place in
      Azerbaijan): ``Xocalı`` → ``khojaly``, ``khojali``, ``khodzhaly`` …;
    * a Russian (Cyrillic) name of a place in a country where texts romanise from
      Russian (``scope`` rows): ``Джебраил`` → ``dzhebrail``, ``djebrail``, ``jebrail``;
    * with ``armenian`` (the place has an Armenian-script name) and in a country of the
      ``scope,hy`` row, the Latin name's other romanisations of Armenian:
      ``Tsaghkashat`` → ``tzaghkashat``, ``Hadrut`` → ``hadrout``.
    """
    low = _az_lower(name)
    out: list[str] = []
    scope = rules.get("scope", {})
    if CYRILLIC.search(low):
        if country in scope.get("ru", []) and len(low.split()) <= 3:
            out += _spellings(low, rules.get("ru", {}), 8, keep_unknown=False)
            if country in scope.get("ru-case", []):
                out += _case_forms(low, rules.get("ru-case", {}))
        return out
    if not all(ch.isalpha() or ch in " -'’" for ch in low):
        return out
    if set(low) & _AZ_MARKERS or country == "AZ":
        out += _spellings(low, rules.get("az", {}), limit)
    if armenian and low.isascii() and country in scope.get("hy", []):
        out += _spellings(low, rules.get("hy", {}), limit // 2)
    return out


_VOWELS = frozenset("aeiouəıöü")
_AZ_LATIN = re.compile(r"[əışçğöüqxwc]")  # Azerbaijani Latin ("Qubadlı", "Xocik", "Cartar")


def russian_spellings(
    name: str, rules: dict[str, dict[str, list[str]]], limit: int = 4
) -> list[str]:
    """Russian Cyrillic spellings (lower case) of a Latin name of a place, by the
    ``lat-ru`` letter groups of ``translit.csv``, and for an Azerbaijani Latin name (one with
    ə ı ş ç ğ ö ü, q, x, or c outside ch/tch) the ``az-ru`` groups over them: ``Berdzor`` →
    ``бердзор``, ``Hadrut`` → ``хадрут``, ``гадрут``, ``Qubadlı`` → ``губадлы``. A group
    written ``^x`` applies at the start of a word only, ``~x`` after a vowel only
    (``Aygepar`` → ``айгепар``, ``Dashalty`` → ``дашалты``). Names of letters, spaces and
    hyphens only; [] for a letter neither table knows."""
    table = rules.get("lat-ru", {})
    low = _az_lower(name)
    if not table or not all(ch.isalpha() or ch in " -" for ch in low):
        return []
    if _AZ_LATIN.search(low.replace("tch", "").replace("ch", "")):
        table = {**table, **rules.get("az-ru", {})}
    elif not low.isascii():
        return []
    longest = max(len(k.lstrip("^~")) for k in table)
    options: list[list[str]] = []
    i = 0
    while i < len(low):
        start = i == 0 or low[i - 1] in " -"
        after_vowel = i > 0 and low[i - 1] in _VOWELS
        for n in range(min(longest, len(low) - i), 0, -1):
            group = low[i : i + n]
            for key in (("^" + group) * start, ("~" + group) * after_vowel, group):
                if key and key in table:
                    options.append(table[key])
                    break
            else:
                continue
            i += n
            break
        else:
            return []  # a letter the table does not know
    return _combine(options, limit)


def display_names(name: str, alternates: list[str], limit: int = 200) -> str:
    seen = {name.casefold()}
    keep = []
    for alt in alternates:
        if not alt or not DISPLAY_SCRIPT.match(alt) or CODE_NAME.match(alt) or alt == alt.lower():
            continue  # all-lower-case alternates are GeoNames' romanisations of other scripts
        k = alt.casefold()
        if k in seen or len(fold(alt)) < 3:
            continue
        seen.add(k)
        keep.append(alt)
    keep.sort(key=lambda a: (not a.isascii(), len(a)))
    return "|".join(keep[:limit])


def name_keys(name: str, alternates: list[str], is_city: bool) -> set[str]:
    """The folded keys a place is found by: its names and alternates in an indexed script,
    no codes for towns, no digits; "Mount X" is found as "Mt. X" and "Mt X" too."""
    keys = set()
    for n in [name, *alternates]:
        if not n or not INDEXED_SCRIPT.match(n):
            continue
        if is_city and CODE_NAME.match(n):
            continue  # airport and other codes (GYD, ZZE) are not how prose names a town
        if any(ch.isdigit() for ch in n):
            continue
        k = fold(n)
        if len(k.replace(" ", "")) >= 3:
            keys.add(k)
            if k.startswith("mount "):  # "Mt. Ararat", "Mt Aragats"
                keys |= {"mt. " + k[6:], "mt " + k[6:]}
    return keys
