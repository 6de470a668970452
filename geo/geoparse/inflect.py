"""Case forms of place names in Russian and Azerbaijani texts.

* Russian: "Кельбаджара", "Арменией", "в Кельбаджарском районе", "Нагорно-Карабахской
  автономной области". A capitalised Cyrillic word the gazetteer does not know as written
  is looked up again in the nominative, with up to two lower-case words after it
  ("района" → "район"), by the endings of ``geo/data/lexicon/ru_case_endings.csv``.
* Armenian genitives in Latin letters, in English texts: "the Askerani region",
  "Martakerti", "Martunu" (``geo/data/lexicon/hy_genitive_latin.csv``), for the places of
  Armenia and Azerbaijan only.
* Azerbaijani: "Laçından", "Xocalıda", "Bakıya", "Kəlbəcər rayonunda", "Dağlıq Qarabağda".
  In a text written in Azerbaijani (its letters ə, ı, ş, ç, ğ occur), a capitalised phrase
  of up to four words is looked up again without the case suffix of its last word
  (``az_case_suffixes.csv``), or before an apostrophe ("Bakı'da").

The matches join the gazetteer's own before the longest are chosen, so a name found as
written is never replaced."""

from __future__ import annotations

import csv
import itertools
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from geo.lexicon import common_words, common_words_az
from geo.resources import LEX_DIR
from geo.text import fold, opens_sentence

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

_CYR = "А-ЯЁа-яё"
# a capitalised word and up to two words after it ("Кельбаджарского района", "Малого Кавказа")
# (overlapping: each capitalised word starts one)
_NAME = re.compile(
    rf"(?<![\w-])(?=([А-ЯЁ][{_CYR}]+(?:-[{_CYR}]+)*"
    rf"(?:[ \t]+[{_CYR}]+(?:-[{_CYR}]+)*){{0,2}}(?![\w-])))"
)
_MIN = 4  # a shorter word is left as written
_MAX_FORMS = 12  # forms tried per word


@lru_cache(maxsize=1)
def _endings() -> tuple[tuple[str, str], ...]:
    with open(LEX_DIR / "ru_case_endings.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    pairs = [(r["ending"], r["nominative"] or "") for r in rows]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


_RU_VOWELS = frozenset("аеёиоуыэюя")


def nominatives(word: str) -> list[str]:
    """The word as written, then the nominative forms it may be a case form of."""
    out = [word]
    if len(word) >= _MIN:
        low = word.lower()
        for ending, nom in _endings():
            if low.endswith(ending) and len(word) - len(ending) >= 3:
                stem = word[: len(word) - len(ending)]
                if nom[:1] in "ьъ" and stem[-1:].lower() in _RU_VOWELS:
                    continue  # no soft sign after a vowel: "Читаем" is no case of "Чита(ь)"
                out.append(stem + nom)
    return list(dict.fromkeys(out))[:_MAX_FORMS]


def case_forms(text: str, index, gaz: Gazetteer) -> list[tuple[int, int, tuple[int, ...]]]:
    """Matches of inflected Russian and Azerbaijani place names in ``text``, in folded
    offsets (``index`` maps folded characters to ``text``), longest form first."""
    from geo.geoparse.adjectives import russian_adjectives
    from geo.geoparse.armenian import armenian_forms, armenian_latin_forms

    return (
        _russian(text, index, gaz)
        + russian_adjectives(text, index, gaz)
        + _azerbaijani(text, index, gaz)
        + armenian_forms(text, index, gaz)
        + armenian_latin_forms(text, index, gaz)
        + _azerbaijani_cyrillic(text, index, gaz)
    )


# a word in the Azerbaijani Cyrillic alphabet: a letter Russian lacks (ә ғ ҝ ј һ ө ү ҹ)
_AZ_CYRILLIC_LETTERS = re.compile("[ӘәҒғҜҝЈјҺһӨөҮүҸҹ]")
_AZ_CYRILLIC_NAME = re.compile(
    r"(?<![\w-])([А-ЯЁӘҒҜЈҺӨҮҸ][а-яёәғҝјһөүҹ]+)(?:[ \t]+([а-яёәғҝјһөүҹ]+))?(?![\w-])"
)


def _az_latin(word: str) -> str | None:
    """``word`` in the Azerbaijani Latin alphabet, from its Cyrillic (``az-cyr`` of
    ``translit.csv``: "Һадрут" → "Hadrut"); None for a letter the table lacks."""
    from geo.transliterate import translit_rules

    table = translit_rules().get("az-cyr", {})
    out = []
    for ch in word:
        latin = table.get(ch.lower())
        if latin is None:
            return None
        out.append(latin[0].upper() if ch.isupper() else latin[0])
    return "".join(out)


def _azerbaijani_cyrillic(text: str, index, gaz: Gazetteer) -> list:
    """Names written in the Azerbaijani Cyrillic alphabet of 1958-1991 ("азерб. Һадрут
    рајону"), read in its Latin one ("Hadrut rayonu", the Hadrut District) when the name
    or the lower-case word after it has a letter Russian lacks. The mention is the
    capitalised word; the word after it counts only when the two make a known name."""
    if not _AZ_CYRILLIC_LETTERS.search(text):
        return []
    where = np.asarray(index)
    out = []
    for m in _AZ_CYRILLIC_NAME.finditer(text):
        if not _AZ_CYRILLIC_LETTERS.search(m.group(0)):
            continue
        name = _az_latin(m.group(1))
        if name is None:
            continue
        after = _az_latin(m.group(2)) if m.group(2) else None
        rows = gaz.rows(fold(f"{name} {after}")) if after else ()
        if not rows and _AZ_CYRILLIC_LETTERS.search(m.group(1)):
            rows = gaz.rows(fold(name))
        if rows:
            s = int(np.searchsorted(where, m.start(1)))
            e = int(np.searchsorted(where, m.end(1) - 1)) + 1
            out.append((s, e, tuple(rows)))
    return out


_AZ_LETTERS = re.compile("[əƏıİşŞçÇğĞ]")
_AZ_SHARE = 0.03  # of its letters: Azerbaijani prose has ə alone at about 8%
_EN_WORDS = re.compile(r"(?<!\w)(?:the|and|of|from|was|were)(?!\w)", re.I)
_AZ_WORDS = re.compile(r"(?<!\w)(?:və|ilə|üçün|isə|olan|edildi|olundu)(?!\w)")
_AZ_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)?"
# every capitalised word with up to three words after it (overlapping: each word starts one)
_AZ_NAME = re.compile(rf"(?<![\w-])(?=([A-ZÇƏĞIİÖŞÜ]{_AZ_WORD}(?:[ \t]+{_AZ_WORD}){{0,3}}))")


@lru_cache(maxsize=1)
def _suffixes() -> tuple[str, ...]:
    with open(LEX_DIR / "az_case_suffixes.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    return tuple(sorted((r["suffix"] for r in rows), key=len, reverse=True))


def az_case_suffixes() -> frozenset[str]:
    """The Azerbaijani case suffixes of ``az_case_suffixes.csv``."""
    return frozenset(_suffixes())


def stems(word: str) -> list[str]:
    """``word`` without an Azerbaijani case suffix (each that fits, the shortest suffix
    first: "Laçından" is Laçın-dan before Laçı-ndan), or before an apostrophe ("Bakı'da")."""
    for apostrophe in "'’":
        if apostrophe in word:
            return [word.split(apostrophe)[0]]
    low = word.lower()
    out = [
        word[: len(word) - len(s)]
        for s in reversed(_suffixes())
        if low.endswith(s) and len(word) - len(s) >= 3
    ]
    out += [p for w in (word, *out) for p in _unpossessed(w)]
    return list(dict.fromkeys([*out, *(p for w in (word, *out) for p in _plural_possessed(w))]))


_AZ_VOWELS = frozenset("aeəıiouöüAEƏIİOUÖÜ")


@lru_cache(maxsize=1)
def _possessives() -> tuple[tuple[str, bool], ...]:
    """The suffixes of ``az_possessive_suffixes.csv``, each with True when it follows a
    vowel."""
    with open(LEX_DIR / "az_possessive_suffixes.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    return tuple((r["suffix"], r["after"] == "vowel") for r in rows)


def _unpossessed(word: str) -> list[str]:
    """``word`` without a possessive suffix ("Rusiyası" → "Rusiya", "Azərbaycanımız" →
    "Azərbaycan"), where the sound before it fits the suffix."""
    low = word.lower()
    out = []
    for suffix, after_vowel in _possessives():
        rest = word[: len(word) - len(suffix)]
        if low.endswith(suffix) and len(rest) >= 3 and (rest[-1] in _AZ_VOWELS) == after_vowel:
            out.append(rest)
    return out


_PLURAL_POSSESSED = re.compile(r"(?i)(?:ları|ləri)$")
_HARMONY = {
    "a": "ı",
    "ı": "ı",
    "e": "i",
    "ə": "i",
    "i": "i",
    "o": "u",
    "u": "u",
    "ö": "ü",
    "ü": "ü",
}


def _plural_possessed(word: str) -> list[str]:
    """``word``'s head word in the singular when it is plural and possessed, as a head word
    after two names is ("Qarqar və Xaçın çayları", the rivers Qarqar and Xaçın: "çayları" →
    "çayı", so that "Xaçın çayları" is read as "Xaçın çayı"; "dağları" → "dağı")."""
    if not _PLURAL_POSSESSED.search(word) or len(word) < 7:
        return []
    rest = word[:-4]
    vowels = [ch for ch in rest.lower() if ch in _HARMONY]
    return [rest + _HARMONY[vowels[-1]]] if vowels else []


_AZ_ROLES = (  # an Azerbaijani case suffix as the English preposition it stands for
    (("ndan", "ndən", "dan", "dən", "tan", "tən"), "from"),
    (("nda", "ndə", "da", "də", "ta", "tə"), "in"),
    (("ya", "yə", "na", "nə", "a", "ə"), "to"),
)


def case_role(surface: str, gaz: Gazetteer) -> str:
    """The preposition an Azerbaijani case suffix stands for on an inflected mention
    ("Laçından" → "from", "Xocalıda" → "in", "Bərdəyə" → "to"); "" for a name as written."""
    if not surface or gaz.rows(fold(surface)) or re.search(f"[{_CYR}]", surface):
        return ""
    if _HY_LETTERS.search(surface):  # "Ստեփանակերտից" from, "Քարվաճառում" in
        last = surface.split()[-1]
        return "from" if last.endswith("ից") else "in" if last.endswith("ում") else ""
    last = surface.split()[-1].lower()
    for suffixes, role in _AZ_ROLES:
        if last.endswith(suffixes) and any(
            gaz.rows(fold(" ".join([*surface.split()[:-1], stem]))) for stem in stems(last)
        ):
            return role
    return ""


def base_forms(word: str) -> list[str]:
    """The word, then its Russian nominatives (a Cyrillic word) or its Azerbaijani stems (a
    Latin word with a letter beyond ASCII, "Ermənistanın"; an English word keeps its form)."""
    if re.search(f"[{_CYR}]", word):
        return nominatives(word)
    return list(dict.fromkeys([word, *stems(word)])) if not word.isascii() else [word]


@lru_cache(maxsize=2)  # asked several times of the same document in a row
def written_in_azerbaijani(text: str) -> bool:
    """True for a text written in Azerbaijani, not an English one with Azerbaijani names
    ("Şuşa", "Kəlbəcər"): two of its commonest words ("və", "ilə", "üçün" …), or, with
    fewer than two English ones ("the", "and" …), the letters ə, ı, ş, ç, ğ as 3% of its
    letters or more."""
    if len(_AZ_WORDS.findall(text, 0, 100_000)) >= 2:
        return True
    sample = text[:100_000]
    if len(_EN_WORDS.findall(sample)) >= 2:
        return False  # English with Azerbaijani names ("Refugees from Kəlbəcər …")
    letters = sum(ch.isalpha() for ch in sample)
    return letters > 0 and len(_AZ_LETTERS.findall(sample)) / letters >= _AZ_SHARE


def _azerbaijani(text: str, index, gaz: Gazetteer) -> list:
    if not written_in_azerbaijani(text):
        return []
    return _last_word_stems(text, index, gaz, _AZ_NAME, stems, common_words_az())


def _last_word_stems(
    text: str, index, gaz: Gazetteer, names: re.Pattern, stem_of, common=frozenset()
) -> list:
    """Matches of the phrases ``names`` finds (group 1: a capitalised word and up to
    two or three after it) that the gazetteer knows once their last word loses a case ending
    (``stem_of``); the longest phrase first, none found as written, no frequent word alone,
    nor one that opens a sentence once its ending is gone ("Qarşıda", ahead)."""
    where = np.asarray(index)
    out = []
    for m in names.finditer(text):
        phrase = m.group(1)
        words = phrase.split()
        starts = [m.start() + off.start() for off in re.finditer(r"\S+", phrase)]
        for n in range(len(words), 0, -1):
            if n == 1 and fold(words[0]) in common and not _names_a_country(words[0], gaz):
                break  # a frequent word; but "İrana" (to Iran) is a frequent word too
            if gaz.rows(fold(" ".join(words[:n]))):
                break  # found as written
            rows = next(
                (
                    r
                    for stem in stem_of(words[n - 1])
                    if n > 1
                    or fold(stem) not in common
                    or not opens_sentence(text, m.start())
                    or _names_a_country(words[0], gaz)  # the word in its case: "Rusyadan"
                    for r in [gaz.rows(fold(" ".join([*words[: n - 1], stem])))]
                    if r
                ),
                (),
            )
            if rows:
                end = starts[n - 1] + len(words[n - 1])
                s = int(np.searchsorted(where, m.start()))
                e = int(np.searchsorted(where, end - 1)) + 1
                out.append((s, e, tuple(rows)))
                break
    return out


def _names_a_country(word: str, gaz: Gazetteer) -> bool:
    """True when a case form of ``word`` is the name of a country ("İrana", "Rusiyaya")."""
    kind = gaz.col["kind"]
    return any(kind[r] == "country" for stem in stems(word) for r in gaz.rows(fold(stem)))


# "Агдеринского (Мардакертского) района": two names of one district, the second in brackets
_DOUBLE_ADJECTIVE = re.compile(
    rf"(?<![\w-])([А-ЯЁ][{_CYR}-]+)[ \t]*\([ \t]*([А-ЯЁ][{_CYR}-]+)[ \t]*\)[ \t]+([а-яё]+)"
)


_HY_LETTERS = re.compile("[\u0531-\u0587]")


def _russian(text: str, index, gaz: Gazetteer) -> list:
    if not re.search(f"[{_CYR}]", text):
        return []
    where = np.asarray(index)
    out = []
    for m in _DOUBLE_ADJECTIVE.finditer(text):
        for group in (1, 2):
            rows = _lookup([m.group(group), m.group(3)], gaz)
            if rows:
                s = int(np.searchsorted(where, m.start(group)))
                e = int(np.searchsorted(where, m.end(group) - 1)) + 1
                out.append((s, e, rows))
    for m in _NAME.finditer(text):
        words = m.group(1).split()
        starts = [m.start() + off.start() for off in re.finditer(r"\S+", m.group(1))]
        for n in range(len(words), 0, -1):  # the longest run of words first
            found = _lookup(words[:n], gaz)
            if found:
                end = starts[n - 1] + len(words[n - 1])
                s = int(np.searchsorted(where, m.start()))
                e = int(np.searchsorted(where, end - 1)) + 1
                out.append((s, e, found))
                break
    return out


def _lookup(words: list[str], gaz: Gazetteer) -> tuple[int, ...]:
    if len(words) == 1 and gaz.rows(fold(words[0])):
        return ()  # found as written: the automaton has it
    # "Совета безопасности": a frequent word is no town's name in a case; but "Кавказа",
    # "России" are frequent words for the regions and countries they name
    frequent = len(words) == 1 and fold(words[0]) in common_words()
    for combo in itertools.product(*(nominatives(w) for w in words)):
        if len(words) == 1 and combo[0] == words[0]:
            continue
        rows = gaz.rows(fold(" ".join(combo)))
        if rows and frequent:
            rows = tuple(r for r in rows if gaz.col["kind"][r] in _MAJOR_KINDS)
        if rows:
            return tuple(rows)
    return ()


_MAJOR_KINDS = ("continent", "country", "admin1", "region")
