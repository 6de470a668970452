"""Finding place-name mentions: every gazetteer name searched at once (Aho-Corasick over
folded text), the longest non-overlapping matches on word boundaries kept, then the
rules of :mod:`geo.geoparse.rules`; demonyms that modify a noun when asked."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from geo.geoparse.glued import glued_names, glued_to_words
from geo.geoparse.inflect import case_forms
from geo.geoparse.mention import Mention
from geo.geoparse.rules import (
    _after_title,
    _all_caps_line,
    _given_name_position,
    _in_longer_name,
    _keep,
    _LowerWords,
    _major,
    _speaker,
    _surname_position,
)
from geo.text import char_classes, fold, fold_with_offsets, search_text

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

_MASK_MIN = 5  # lower-case words this long never start or join a place name ("of", "upon" do)


def _mask_lower_words(text: str, folded: str, index) -> tuple[str, np.ndarray]:
    """The search form of ``folded`` (:func:`geo.text.search_text`) with lower-case
    words of ``_MASK_MIN`` letters or more blanked out, so the name automaton skips
    ordinary prose; and, per folded character, whether it starts a word written in
    lower case."""
    n = len(folded)
    if not n:
        return search_text(folded), np.zeros(1, dtype=bool)
    f = np.frombuffer(folded.encode("utf-32-le"), dtype="<u4")
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    orig = codes[np.asarray(index)]
    alnum, lower = char_classes()
    isal = np.where(f < 0x10000, alnum[np.minimum(f, 0xFFFF)], False)
    low = np.where(orig < 0x10000, lower[np.minimum(orig, 0xFFFF)], False)
    start = isal.copy()
    start[1:] &= ~isal[:-1]
    wid = np.cumsum(start)
    wid[~isal] = 0
    lens = np.bincount(wid)
    lower_start = np.zeros(n + 1, dtype=bool)
    lower_start[:n] = start & low
    masked_word = np.zeros(len(lens), dtype=bool)
    ids = wid[lower_start[:n]]
    masked_word[ids] = lens[ids] >= _MASK_MIN
    masked_word[0] = False
    return search_text(folded, masked_word[wid]), lower_start


def find_mentions(
    text: str, gaz: Gazetteer, demonyms: bool = False, embedded: bool = False
) -> list[Mention]:
    """Every place-name mention in ``text``, in order of position.

    With ``demonyms``, demonyms used as modifiers ("the Syrian border", "Turkish
    forces") are mentions of their country too (role ``demonym``); by default they
    are not places. With ``embedded``, names inside the name of an organisation,
    a newspaper or a building ("the Washington Post", "University of Cambridge",
    "Turkish Airlines") are returned too, with role ``embedded``: every toponym as
    GeoWebNews annotates them, for measuring; never events on a map."""
    folded, index = fold_with_offsets(text)
    n = len(folded)
    searched, lower_start = _mask_lower_words(text, folded, index)
    raw = [
        m for m in gaz.matches(searched) if not lower_start[m[0]]
    ]  # a place name starts with a capital
    headed = _lower_head_joined(text, index, gaz)
    spaced = _letter_spaced(text, index, gaz)
    more = (
        _hyphen_joined(text, index, gaz)
        + glued_to_words(text, index, gaz)
        + glued_names(text, index, gaz)
        + case_forms(text, index, gaz)
        + spaced
    )
    raw += more
    if headed:
        # the name alone replaces any match of it, and of it with its lower-case head words,
        # which no name keeps ("Восточно-Зангезурский экономический район")
        ends = {s: e for s, e, _ in headed}
        raw = [m for m in raw if m[1] < ends.get(m[0], n + 1)] + headed
    spaced_spans = {(s, e) for s, e, _ in spaced}
    raw = _within_paragraphs(raw, text, index)
    raw.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    taken = bytearray(n + 1)
    chosen = []
    for s, e, rows in raw:
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append((s, e, rows))
    chosen.sort()
    lower_words = _LowerWords(text)
    kept: list[Mention] = []
    in_capitals: list[Mention] = []
    people: set[str] = set()
    for s, e, rows in chosen:
        o_start, o_end = int(index[s]), int(index[e - 1]) + 1
        key = folded[s:e].replace(" ", "") if (s, e) in spaced_spans else folded[s:e]
        m = Mention(o_start, o_end, text[o_start:o_end], key, rows)
        keep = _keep(m, text, gaz, lower_words)
        person = not keep and (
            _surname_position(m, text)
            or _given_name_position(m, text)
            or _after_title(m, text)
            or _speaker(m, text, gaz)
        )
        if keep:
            kept.append(m)
        elif _all_caps_line(m, text) and _keep(m, text, gaz, lower_words, joined_ok=True):
            in_capitals.append(m)  # "LIBERATION OF SHUSHI BEGAN": kept if the text names it
        elif person and " " not in m.key:
            people.add(m.key)
        elif embedded and not person and _in_longer_name(m, text, gaz):
            m.role = "embedded"
            kept.append(m)
    # one sense per document: a single word once used as part of a person's name
    # ("Kelly" after "John Kelly") is a name everywhere in the document
    named = {m.key for m in kept}
    kept = sorted(kept + [m for m in in_capitals if m.key in named], key=lambda m: m.start)
    out = [m for m in kept if m.key not in people or _major(m, gaz)]
    out = _outside_organisations(out, text, gaz, embedded)
    if demonyms or embedded:
        more = demonym_modifiers(text, gaz, [(m.start, m.end) for m in out], embedded)
        if not demonyms:
            more = [m for m in more if m.role == "embedded"]
        out = sorted(out + more, key=lambda m: m.start)
    return out


def _outside_organisations(
    mentions: list[Mention], text: str, gaz: Gazetteer, embedded: bool
) -> list[Mention]:
    """The mentions not inside the name of an organisation of ``actors.csv`` ("Europe" in
    "the Conference on Security and Cooperation in Europe"); with ``embedded`` those are
    kept with role ``embedded``."""
    from geo.actors import organisation_spans

    spans = set(organisation_spans(text))
    if not spans:
        return mentions
    kind = gaz.col["kind"]
    out = []
    for m in mentions:
        inside = any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)
        town = (m.start, m.end) in spans and all(kind[r] in ("city", "village") for r in m.rows)
        if inside or town:  # "the European Union" is a place too; "the Red Cross" no town
            if not embedded:
                continue
            m.role = "embedded"
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _join_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words that may join the name before them into a longer gazetteer name:
    the head words of ``place_heads.txt`` and the division words of ``place_affixes.txt``
    ("the Shahumyan region" for the Shahumyan District's row named so)."""
    from geo import lexicon

    after, before = lexicon.place_heads()
    return after | lexicon.place_affixes(), before


@lru_cache(maxsize=1)
def _head_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Names then a lower-case head word after them ("the Victoria river"), and a
    lower-case head word then names ("lake Sevan"), the head words of
    ``place_heads.txt`` written into each pattern so that only they are tried."""

    after, before = _join_heads()
    alt_after = "|".join(sorted({re.escape(w.lower()) for w in after}, key=len, reverse=True))
    alt_before = "|".join(sorted({re.escape(w.lower()) for w in before}, key=len, reverse=True))
    name_then_head = re.compile(rf"((?:[^\W\d_a-z][\w'’\-]*[ \t]+){{1,4}})({alt_after})\b")
    head_then_name = re.compile(
        rf"(?<![\w-])({alt_before}|(?i:{alt_before})[ \t]+of)[ \t]+"
        r"((?:[^\W\d_a-z][\w'’\-]*)(?:[ \t]+[^\W\d_a-z][\w'’\-]*){0,3})"
    )
    return name_then_head, head_then_name


_WORD_START = re.compile(r"[^\W\d_a-z][\w'’\-]*")


def _lower_head_joined(text: str, index, gaz: Gazetteer) -> list:
    """A capitalised name and a head word after it (or before it) in lower case that
    together make a gazetteer name ("the Victoria river" for the Victoria River, "the Ebola
    river", "lake Sevan"): the
    automaton skips lower-case words, and the name alone may be a town's or nothing.
    The mention is the name (its span stops before the head word, as for "the Tərtər
    river"), and its candidates are the places of the longer name only: "the Shahumyan
    region" is the district, whatever village of that name the rest of the text is near.
    Head words: ``place_heads.txt`` and the division words of ``place_affixes.txt``. Matches
    in folded offsets like the automaton's; they replace the automaton's match of the name."""

    heads = frozenset(w.lower() for w in _join_heads()[0])
    out = []
    where = np.asarray(index)
    name_then_head, head_then_name = _head_patterns()
    for m in name_then_head.finditer(text):
        if m.group(2) not in heads:
            continue
        starts = [w.start() for w in _WORD_START.finditer(text, m.start(1), m.end(1))]
        for st in starts:
            if not text[st].isupper():
                continue
            rows = gaz.rows(fold(text[st : m.end()]))
            if rows:
                name_end = len(m.group(1).rstrip()) + m.start(1)
                s = int(np.searchsorted(where, st))
                e = int(np.searchsorted(where, name_end - 1)) + 1
                out.append((s, e, tuple(rows)))
                break
    before = frozenset(w.lower() for w in _join_heads()[1])
    for m in head_then_name.finditer(text):  # "lake Sevan", "mount Ararat"
        head = re.sub(r"(?i)[ \t]+of$", "", m.group(1))  # "Lake of Sevan": Lake Sevan
        if m.group(1) not in before and head.lower() not in before:
            continue
        words = list(_WORD_START.finditer(text, m.start(2), m.end(2)))
        for j in range(len(words), 0, -1):
            name_end = words[j - 1].end()
            rows = gaz.rows(fold(f"{head} {text[m.start(2) : name_end]}"))
            if rows:
                s = int(np.searchsorted(where, m.start(2)))
                e = int(np.searchsorted(where, name_end - 1)) + 1
                out.append((s, e, tuple(rows)))
                break
    return out


_HYPHENED = re.compile(r"(?<![\w-])([^\W\d_][^\W\d_]+)-([^\W\d_][^\W\d_]+)(?![\w-])")


def _hyphen_joined(text: str, index, gaz: Gazetteer) -> list:
    """Names the gazetteer writes as one word, written with a hyphen ("Goy-Gol" for
    Göygöl, "Ter-Ter" for Tərtər), as matches in folded offsets like the automaton's."""
    out = []
    where = np.asarray(index)
    for m in _HYPHENED.finditer(text):
        if not m.group(1)[0].isupper() or gaz.rows(fold(m.group())):
            continue
        rows = gaz.rows(fold(m.group(1) + m.group(2)))
        if rows:
            s = int(np.searchsorted(where, m.start()))
            e = int(np.searchsorted(where, m.end() - 1)) + 1
            out.append((s, e, tuple(rows)))
    return out


# "X o c a l ı", "A l m a l ı k.": a name set letter-spaced for emphasis (a typesetting
# habit of Azerbaijani, Russian and German print, kept when a list is saved as text); a
# single letter, then at least three groups of one or two letters, mostly single ones
_SPACED = re.compile(r"(?<![^\W\d_])[^\W\d_](?:[ \t][^\W\d_]{1,2}){3,}(?![^\W\d_])")


def _letter_spaced(text: str, index, gaz: Gazetteer) -> list:
    """Names written letter-spaced ("X o c a l ı" for Xocalı), as matches in folded offsets
    like the automaton's: a capital first, the letters joined a name the gazetteer knows. A
    last single letter with a full stop is first read as an abbreviation after the name
    ("A l m a l ı k.", k. for kənd, village), then as its last letter ("… B a k u.")."""
    out = []
    where = np.asarray(index)
    for m in _SPACED.finditer(text):
        groups, end = m.group().split(), m.end()
        tries = [(groups, end)]
        if len(groups[-1]) == 1 and text[end : end + 1] == ".":
            tries.insert(0, (groups[:-1], end - 2))  # without the abbreviation first
        for letters, stop in tries:
            if (
                len(letters) < 4
                or not letters[0].isupper()
                or sum(len(g) == 1 for g in letters) * 4 < len(letters) * 3
            ):
                continue
            rows = gaz.rows(fold("".join(letters)))
            if rows:
                s = int(np.searchsorted(where, m.start()))
                e = int(np.searchsorted(where, stop - 1)) + 1
                out.append((s, e, tuple(rows)))
                break
    return out


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


def _within_paragraphs(raw: list, text: str, index) -> list:
    """Drop the matches that run across a blank line ("New\\n\\nYork"): a name never
    spans two paragraphs, so the words on either side are looked at on their own."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    if not breaks:
        return raw
    out = []
    for s, e, rows in raw:
        lo, hi = int(index[s]), int(index[e - 1])
        i = bisect.bisect_left(breaks, lo)
        if i < len(breaks) and breaks[i] < hi:
            continue
        out.append((s, e, rows))
    return out


_DEMONYM_WORDS = re.compile(r"(?<![\w’'])((?:[A-Z][a-z]+[ \t])?[A-Z][a-z]+)(?=[ \t]+[a-z]|-[A-Z])")


_DEMONYM_IN_NAME = re.compile(r"(?<![\w’'])((?:[A-Z][a-z]+[ \t])?[A-Z][a-z]+)(?=[ \t]+[A-Z][a-z])")


def demonym_modifiers(
    text: str, gaz: Gazetteer, taken: list[tuple[int, int]], embedded: bool = False
) -> list[Mention]:
    """Demonyms that modify a noun ("the Syrian border", "Syrian-Turkish talks",
    "South African land"), as mentions of their country or continent (role
    ``demonym``); not the people ("Syrians fled"). A demonym that opens a longer
    name ("Turkish Airlines", "European Commission") only with ``embedded``, with
    role ``embedded``."""
    found = [(m, "demonym") for m in _DEMONYM_WORDS.finditer(text)]
    if embedded:
        found += [(m, "embedded") for m in _DEMONYM_IN_NAME.finditer(text)]
    out = []
    for m, role in found:
        s, e = m.span(1)
        words = m.group(1).split()
        for first in range(len(words)):
            surface = " ".join(words[first:])
            key = fold(surface)
            rows = gaz.demonyms.get(key)
            if rows and key + "s" in gaz.demonyms:  # the singular adjective, not "Syrians"
                start = e - len(surface)
                if not any(a < e and start < b for a, b in taken):
                    if role == "embedded" and any(a == _next_word_start(text, e) for a, _ in taken):
                        role = "demonym"  # "Azerbaijani Kasum-Ismailov": before a place
                    out.append(Mention(start, e, surface, key, rows, role))
                    taken.append((start, e))
                break
    return out


def _next_word_start(text: str, end: int) -> int:
    """Where the word after ``text[:end]`` starts (past spaces and tabs)."""
    while end < len(text) and text[end] in " \t":
        end += 1
    return end
