"""Names that read as places but that the gazetteer lacks (candidates for ``geo gazetteer
add``, never mapped), and the candidates of a span someone marked as a place."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from geo import lexicon
from geo.geoparse.mention import _WORD_AFTER, Mention, _is_cap
from geo.geoparse.villages import spaced_village_names, village_names
from geo.text import fold, fold_with_offsets, search_text

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer


def span_candidates(surface: str, gaz: Gazetteer) -> tuple[str, tuple[int, ...]]:
    """The gazetteer key and candidate rows for a span someone marked as a place.

    The whole span if the gazetteer knows it ("Canadian" as a demonym too), else
    the longest capitalised place name inside it that is not an ordinary or
    generic word: "Oaxaca State" → Oaxaca, "Manchester City" → Manchester; but
    nothing for "Royal Street" (not the town of Street) nor for a name a head word
    makes another feature ("Thames Valley", "Eglinton Avenue"). ``("", ())`` if none.
    """
    key = fold(surface)
    rows = gaz.candidates(key)
    if rows:
        return key, rows
    if place_like_names(surface):
        return "", ()  # "Thames Valley", "Eglinton Avenue": another feature than the town inside
    folded, index = fold_with_offsets(surface)
    generic = lexicon.common_words() | lexicon.stopwords() | lexicon.place_affixes()
    heads = {fold(h) for h in lexicon.organisation_heads()}
    best: tuple[int, int] | None = None
    for start, end, _rows in gaz.matches(search_text(folded)):
        length = end - start
        inner = folded[start:end]
        if " " not in inner and (inner in generic or inner in heads):
            continue
        if not _is_cap(surface[index[start] :]):
            continue
        if best is None or length > best[1] - best[0]:
            best = (start, end)
    if best is None:
        return "", ()
    inner = folded[best[0] : best[1]]
    return inner, gaz.candidates(inner)


_AFTER_PLACE_WORD = re.compile(
    r"\b(?:(?:in|at|near|from|outside|towards?|into|across|around|via)(?:\s+the)?|block\s+of"
    r"|(?:village|town|city|district|province|county|region|municipality|suburb"
    r"|neighbou?rhood)\s+of)"
    r"\s+((?:[A-Z][\w'’\-]*[a-z][\w'’\-]*)"
    r"(?:\s+(?:[A-Z][\w'’\-]*[a-z][\w'’\-]*|of|de|al|el)\b){0,3})"
)


# "the villages of Tsakhkadzor, Green Tala, Metshen and Hinshen": every name of the list
# a capitalised word with a small letter, read one way only (the lookahead finds the small
# letter; "[\w]*[a-z][\w]*" could split a word many ways, and a list of such words that
# ends in no head word backtracked exponentially)
_LIST_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſƏİ](?=[\w'’\-]*[a-zə])[\w'’\-]*"
_LIST_NAME = rf"{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,2}}"
_LIST_AFTER_PLACE_WORDS = re.compile(
    r"\b(?:villages|towns|settlements|cities|communities|hamlets)\s+(?:of\s+)?"
    rf"((?:{_LIST_NAME})(?:\s*,\s*(?:and\s+)?(?:{_LIST_NAME})|\s+and\s+(?:{_LIST_NAME}))+)"
)
_LIST_ITEM = re.compile(_LIST_NAME)
# "the Zengelan region", "the Terter and Agdham districts": names before a division word
_LIST_BEFORE_PLACE_WORD = re.compile(
    rf"((?:{_LIST_NAME})(?:\s*,\s*(?:{_LIST_NAME})|\s+and\s+(?:{_LIST_NAME}))*)"
    r"\s+(?:districts?|regions?|provinces?|villages?|rayons?|raions?)\b"
)


_CAP_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſƏİ0-9][\w'’\-]*\.?"


@lru_cache(maxsize=1)
def _head_patterns() -> tuple[re.Pattern, re.Pattern]:
    after, before = lexicon.place_heads()
    alt_after = "|".join(sorted((re.escape(w) for w in after), key=len, reverse=True))
    alt_before = "|".join(sorted((re.escape(w) for w in before), key=len, reverse=True))
    run = rf"{_CAP_WORD}(?:[ \t]+(?:{_CAP_WORD}|of|de|du|la|le|del|al|el)){{0,3}}"
    return (
        re.compile(rf"(?<![\w.])({run}[ \t]+(?:{alt_after}))(?![\w])"),
        re.compile(rf"(?<![\w.])((?:{alt_before})[ \t]+{run})"),
    )


def place_like_names(text: str) -> list[tuple[int, int, str]]:
    """Capitalised names that a head word makes places whether or not the gazetteer
    knows them: "Royal Street", "Korean Peninsula", "Lake Manassas" (``place_heads.txt``)."""
    skip = lexicon.stopwords() | lexicon.person_titles()
    heads = lexicon.organisation_heads()
    out = []
    after, before = _head_patterns()
    for pattern in (after, before):
        for m in pattern.finditer(text):
            s, e = m.span(1)
            words = text[s:e].split()
            while len(words) > 2 and fold(words[0]) in skip:
                s += text[s:e].index(words[1])
                words = words[1:]
            if e - s > 1 and text[e - 1] == "." and words[-1] not in lexicon.place_heads()[0]:
                e -= 1  # the sentence's full stop, not an abbreviation's ("St.")
            first = words[1] if pattern is before else words[0]
            if fold(first) in skip or any(w in heads for w in words):
                continue
            nxt = _WORD_AFTER.match(text, e)
            if nxt and _is_cap(nxt.group(1)):
                continue  # "Grand Street Journal": part of a longer name
            out.append((s, e, text[s:e]))
    return out


_BEFORE_COMMA = re.compile(
    r"(?<![\w'’.\-])([A-Z][\w'’\-]*[a-z][\w'’\-]*"
    r"(?:[ \t][A-Z][\w'’\-]*[a-z][\w'’\-]*){0,2}),[ \t]*$"
)


def _qualified_unknowns(
    text: str, mentions: list[Mention], gaz: Gazetteer
) -> list[tuple[int, int, str]]:
    """Capitalised names just before a comma and a country or first-level division
    ("Kampungu, Namibia"; not "Putin, Russia's president")."""
    out = []
    kind = gaz.col["kind"]
    for m in mentions:
        if not any(kind[r] in ("country", "admin1") for r in m.rows) or text.startswith(
            ("'s", "’s"), m.end
        ):
            continue
        hit = _BEFORE_COMMA.search(text, max(0, m.start - 60), m.start)
        if hit:
            out.append((hit.start(1), hit.end(1), hit.group(1)))
    return out


def unknown_names(
    text: str, mentions: list[Mention], gaz: Gazetteer | None = None
) -> list[tuple[int, int, str]]:
    """Names the gazetteer does not know but that read as places: capitalised names
    after a place preposition ("in Ghouta", "near Kapan"), the names of a list after
    "the villages of" ("…of Metshen, Hinshen and Yeghtsahogh") or an Azerbaijani or Russian
    list of villages ("Kəndləri bunlardır – …", "Сёла района: …"), names before a division
    word in lower case ("the Zengelan region"), a village named with its
    head word ("Başlıbel kəndində", "село Зорвашен"), names with a place head
    word (:func:`place_like_names`) and, given the gazetteer, names followed by a
    comma and a country or division ("Kampungu, Namibia"). Candidates for
    ``geo gazetteer add``, never mapped."""
    taken = [(m.start, m.end) for m in mentions]
    skip = (
        lexicon.stopwords()
        | lexicon.demonyms()
        | lexicon.person_titles()
        | lexicon.organisation_heads()
    )
    out = []
    headlines: dict[int, bool] = {}  # line start → a headline's: each line is read once
    found = [(m.start(1), m.end(1), m.group(1)) for m in _AFTER_PLACE_WORD.finditer(text)]
    for m in (*_LIST_AFTER_PLACE_WORDS.finditer(text), *_LIST_BEFORE_PLACE_WORD.finditer(text)):
        found += [
            (m.start(1) + i.start(), m.start(1) + i.end(), i.group())
            for i in _LIST_ITEM.finditer(m.group(1))
        ]
    found += village_names(text, taken)
    if gaz is not None:
        found += _qualified_unknowns(text, mentions, gaz)
    found.sort()
    for s, e, name in found:
        name = name.rstrip("'’-")
        e = s + len(name)
        words = name.split()
        while words and (fold(words[-1]) in skip or words[-1] in ("of", "de", "al", "el")):
            words.pop()
        if not words or fold(words[0]) in skip or words[0] in lexicon.organisation_heads():
            continue
        name = " ".join(words)
        e = s + len(name)
        if re.search(r"['’]s$", name):
            # "in Modi's government": a possessive unknown name is a person or firm more often
            # than a place
            continue
        if any(a < e and s < b for a, b in taken) or any(a < e and s < b for a, b, _ in out):
            continue
        if any(w in lexicon.organisation_heads() for w in words) or (
            len(words) == 1 and words[0] in lexicon.given_names()
        ):
            continue
        if len(words) == 1 and (
            fold(name) in lexicon.common_words()
            or fold(name).rstrip("s") in lexicon.demonyms()
            or "-" in name
        ):
            continue  # "at the Gate", "the Saudis", "October-December": ordinary words
        if len(words) == 1 and _title_case_line(text, s, headlines):
            continue  # "Troops Retreat from Foothold in …": a headline capitalises every word
        out.append((s, e, name))
    for s, e, name in place_like_names(text) + spaced_village_names(text):
        if not any(a < e and s < b for a, b in taken) and not any(
            a < e and s < b for a, b, _ in out
        ):
            out.append((s, e, name))
    return sorted(out)


_LONG_WORD = re.compile(r"[^\W\d_]{5,}")  # "from", "with", "into" stay in lower case


def _title_case_line(text: str, pos: int, seen: dict[int, bool]) -> bool:
    """True when the line at ``pos`` capitalises all of its three or more words of five
    letters or more, as a headline does: there a capital says nothing about a word. ``seen``
    keeps the answer per line start, so a long line is read once, not once per name in it."""
    start = text.rfind("\n", 0, pos) + 1
    if start not in seen:
        end = text.find("\n", pos)
        words = _LONG_WORD.findall(text, start, end if end >= 0 else len(text))
        seen[start] = len(words) >= 3 and all(_is_cap(w) for w in words)
    return seen[start]
