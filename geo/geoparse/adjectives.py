"""Russian adjectives made from the names of towns and regions of Azerbaijan and Armenia
("Аскеранский инцидент", "на Аскеранском направлении", "Карабахская война", in lower case
"бакинское метро"): mentions of the place, as "the Askeran incident" is in English; never
from a country's name ("азербайджанские войска" is the people's adjective). Called by
:func:`geo.geoparse.inflect.case_forms`; :func:`lower_case_place_adjective` is asked by the
rules of :mod:`geo.geoparse.rules`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from geo.geoparse.inflect import _CYR
from geo.lexicon import common_words
from geo.text import fold

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

# "Аскеранский инцидент", "на Аскеранском направлении", "Карабахская война", "бакинское
# руководство", "НАГОРНО-КАРАБАХСКИЙ КОНФЛИКТ": an adjective made from a place's name with -ск-,
# in any case; a compound's first part ("Нагорно-") before it, and a hyphen left inside it where
# a line was broken ("Физу-линский", "Джабраиль-ский")
_RU_PLACE_ADJECTIVE = re.compile(
    r"(?<![\w-])((?:[А-ЯЁ][а-яё]+о-(?=[А-ЯЁ]))?)([А-ЯЁа-яё](?:[а-яё]|-(?=[а-яё])){2,}?)-?"
    r"ск(?:ий|ая|ое|ие|ого|ой|ому|им|ом|ую|их|ими)(?![\w-])",
    re.IGNORECASE,
)
_ADJECTIVE_KINDS = ("city", "village", "region", "admin1", "admin2")
_ADJECTIVE_COUNTRIES = frozenset({"AZ", "AM"})  # where the rule was measured
# the vowel a name ends in, which -инский replaces ("Шуша" → "Шушинский", "Кубатлы" →
# "Кубатлинский", "Баку" → "Бакинский"), or keeps before -нский ("Мартуни" → "Мартунинский")
_RU_ADJECTIVE_VOWELS = ("а", "я", "ы", "у", "и")


def _adjective_stems(stem: str) -> list[str]:
    """The names an adjective's stem (before -ск-) may come from: the stem itself ("Аскеран",
    "Джабраиль"), a town whose name ends in -ск ("Шаумяновский" of Шаумяновск), or, before
    -ин-, the name without it ("Мартуни", "Шуша", "Кубатлы", "Баку")."""
    out = [stem, stem + "ск"]
    if stem.lower().endswith("ин") and len(stem) >= 5:
        out.append(stem[:-1])
        out += [stem[:-2] + v for v in _RU_ADJECTIVE_VOWELS]
    return out


def russian_adjectives(text: str, index, gaz: Gazetteer) -> list:
    """Russian adjectives made from the name of a town or region of Azerbaijan or Armenia
    ("Аскеранский инцидент", "по Карабахской войне", "Мартунинский район"), as mentions of
    it, like "the Askeran incident" in English; never from a country's name
    ("азербайджанские войска" is the people's adjective, a demonym) nor a frequent word. In
    lower case ("бакинское руководство", "на шушинском направлении") only of a town or a
    region, not a village."""
    if not re.search(f"[{_CYR}]", text):
        return []
    where = np.asarray(index)
    country, kind = gaz.col["country"], gaz.col["kind"]
    out = []
    for m in _RU_PLACE_ADJECTIVE.finditer(text):
        word = m.group(0)
        if fold(word) in common_words():
            continue
        lower = word[:1].islower()
        stem = m.group(2).replace("-", "")
        if lower and fold(stem) in _demonym_stems():
            continue  # "казахский язык": the Kazakhs', whatever town "Казах" names
        if stem[1:].isupper():
            stem = stem.capitalize()  # "НАГОРНО-КАРАБАХСКИЙ": a heading in capitals
        names = _adjective_stems(stem)
        if any(kind[r] == "country" for name in names for r in gaz.rows(fold(name))):
            continue  # "кубинский": Cuban (Куба), whatever town "Куби" may name
        for name in names:
            rows = gaz.rows(fold(name))
            rows = tuple(
                r
                for r in rows
                if kind[r] in _ADJECTIVE_KINDS
                and country[r] in _ADJECTIVE_COUNTRIES
                and not (lower and kind[r] == "village")
            )
            if rows:
                s = int(np.searchsorted(where, m.start()))
                e = int(np.searchsorted(where, m.end() - 1)) + 1
                out.append((s, e, rows))
                break
    return out


@lru_cache(maxsize=1)
def _demonym_stems() -> frozenset[str]:
    """The peoples' names of :func:`geo.lexicon.demonyms` in Russian letters ("kazakh" →
    "казах", "lezgin" → "лезгин"): the stem of a people's adjective in lower case, not a
    town's ("казахский язык")."""
    from geo.lexicon import demonyms
    from geo.transliterate import russian_spellings, translit_rules

    rules = translit_rules()
    return frozenset(
        fold(s) for d in demonyms() if " " not in d for s in russian_spellings(d, rules)
    )


def lower_case_place_adjective(surface: str, rows, gaz: Gazetteer) -> bool:
    """True when ``surface`` is a Russian adjective in lower case made from the name of the
    town or region of one of ``rows`` ("бакинское", "шушинском"; see
    :func:`_russian_adjectives`), which may stand in lower case."""
    m = _RU_PLACE_ADJECTIVE.fullmatch(surface)
    if m is None or not surface[:1].islower() or m.group(1):
        return False
    if fold(m.group(2).replace("-", "")) in _demonym_stems():
        return False
    kind = gaz.col["kind"]
    stems = _adjective_stems(m.group(2).replace("-", ""))
    found = {r for name in stems for r in gaz.rows(fold(name))}
    return any(r in found and kind[r] != "village" for r in rows)
