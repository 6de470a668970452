"""Finding place-name mentions in text, with character offsets.

Every gazetteer name is searched at once (Aho-Corasick over folded text), the
longest non-overlapping matches on word boundaries are kept, and the matches
that are not place names are dropped by general rules whose word lists live in
``geo/data/lexicon``:

* a mention starts with a capital letter, and its longer words are capitalised;
* ordinary words (``stopwords_en.txt``) and demonyms ("Azerbaijanis") are not places;
* a name inside an organisation name is not a place: "European Parliament",
  "Council of Europe" (``organisation_heads.txt``);
* a name that is only part of a longer capitalised name is not a place
  ("Ayaz Mutallibov", "Georgia Tech", "Mike de Kock"), unless the rest is a place
  word such as "Republic of" or "District" (``place_affixes.txt``), another
  country ("Greece Italy"), or written in another case ("LONDON Pope Francis");
* a name after a person's title ("President Modi", ``person_titles.txt``) is a
  person, and so is a single word the document uses in a surname's place ("Kelly"
  after "John Kelly") or as a given name before a surname ("Tyler Johnson",
  ``given_names.txt``), unless it names a country, continent or division;
* a single word that says something ("Nelson said", ``speech_verbs.txt``) is a
  person unless it names a country, division or national capital ("Moscow said");
  a person's title alone ("Commissioner") and a common word before a number
  ("Section 6A") are not places, nor is "The" and a lower-case word ("The gap");
* an acronym (all capitals, up to five letters) is a place only if it abbreviates
  a country, division or region ("U.K.", "NSW"), not a town's code ("NATO"), or
  opens a news dateline ("CAIRO -"); short mixed-case abbreviations ("MoD") are not;
* a single word the same document also uses in lower case is an ordinary word,
  unless it names a country or first-level division;
* where capitals say nothing (the start of a sentence, a title-case line), a
  frequent English word (``common_words_en.txt``) is an ordinary word unless it
  names a country, first-level division or region ("Rain fell", but "Jordan said").

Names the gazetteer lacks but a head word makes places ("Royal Street", "Lake X",
``place_heads.txt``) or a place preposition introduces ("in Ghouta") are returned
by :func:`unknown_names`: recognised, listed, never mapped. Demonyms modifying a
noun ("the Syrian border") are mentions of their country only when asked.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from geo import lexicon
from geo.gazetteer import PHYSICAL_KINDS, Gazetteer
from geo.text import char_classes, fold, fold_with_offsets, search_text

_WORD = re.compile(r"[^\W\d_][\w.'’\-]*", re.U)


_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Du|La|Le|Van|Von)[A-Z]")


def _mixed_case(word: str) -> bool:
    """A short word with a capital inside and a small letter ("MoD", "PoP", "APCs"):
    an abbreviation, unless a name prefix explains the capital (McAllen, DeKalb)."""
    if len(word) > 6 or not word.isalpha() or _NAME_PREFIX.match(word):
        return False
    return any(ch.isupper() for ch in word[1:]) and any(ch.islower() for ch in word)


_NUMBER_AFTER = re.compile(r"[ \t]+\d")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t]+$")
_PARTICLES = "de|da|di|del|der|den|van|von|le|la|bin|ibn"  # "Mike de Kock", "Ludwig van Beethoven"
_NAME_BEFORE = re.compile(rf"([^\W\d_][\w'’]*)[ \t]+(?:(?:{_PARTICLES}|al|el)[ \t]+)?$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’]*)")
_TITLE_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\.?[ \t]+$")
_CAPS_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’\-]*)+")
_HEAD_OF_BEFORE = re.compile(r"([A-Z][\w'’\-]*)[ \t]+of(?:[ \t]+the)?[ \t]+$")
_JOINED_AFTER = re.compile(r"(?:[ \t]|-)([^\W\d_][\w'’]*)")
_JOINED_BEFORE = re.compile(rf"([^\W\d_][\w'’]*)(?:[ \t]|-)(?:(?:{_PARTICLES})[ \t]+)?$")
_LOWER_WORD = re.compile(r"(?<![\w'’.\-])[a-zß-ÿ][\w.'’\-]*")
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


@dataclass
class Mention:
    """A place name as written in a text: ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    key: str
    rows: tuple[int, ...] = field(repr=False, default=())
    role: str = "literal"
    """How the text uses the name: ``literal`` (a place), ``demonym`` ("the Syrian
    border") or ``embedded`` (inside another name: "the Washington Post", "University
    of Cambridge", "Turkish Airlines"; GeoWebNews' embedded toponyms)."""


class _LowerWords:
    """The folded words a text writes in lower case, collected on first use."""

    def __init__(self, text: str):
        self._text = text
        self._words: set[str] | None = None

    def __contains__(self, key: str) -> bool:
        if self._words is None:
            self._words = {fold(w) for w in set(_LOWER_WORD.findall(self._text))}
        return key in self._words


def _is_cap(word: str) -> bool:
    ch = word[:1]
    if not ch.isalpha():
        ch = next((c for c in word if c.isalpha()), "")
    return bool(ch) and (ch.isupper() or not ch.islower())


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
    people: set[str] = set()
    for s, e, rows in chosen:
        o_start, o_end = int(index[s]), int(index[e - 1]) + 1
        m = Mention(o_start, o_end, text[o_start:o_end], folded[s:e], rows)
        keep = _keep(m, text, gaz, lower_words)
        person = not keep and (
            _surname_position(m, text)
            or _given_name_position(m, text)
            or _after_title(m, text)
            or _speaker(m, text, gaz)
        )
        if keep:
            kept.append(m)
        elif person and " " not in m.key:
            people.add(m.key)
        elif embedded and not person and _in_longer_name(m, text, gaz):
            m.role = "embedded"
            kept.append(m)
    # one sense per document: a single word once used as part of a person's name
    # ("Kelly" after "John Kelly") is a name everywhere in the document
    out = [m for m in kept if m.key not in people or _major(m, gaz)]
    if demonyms or embedded:
        more = demonym_modifiers(text, gaz, [(m.start, m.end) for m in out], embedded)
        if not demonyms:
            more = [m for m in more if m.role == "embedded"]
        out = sorted(out + more, key=lambda m: m.start)
    return out


_NOTABLE_KINDS = frozenset({"continent", "country", "admin1", "admin2", "region", *PHYSICAL_KINDS})
_NOTABLE_TOWN = 50_000


def _in_longer_name(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """True when a capitalised mention was dropped only for standing inside a longer
    name: an organisation ("University of Cambridge", "Cauvery Water Management
    Authority") or a run of capitalised words ("Washington Post")."""
    if not _is_cap(m.surface) or m.key in lexicon.stopwords() or _mixed_case(m.surface):
        return False
    c = gaz.col
    if not any(
        c["kind"][r] in _NOTABLE_KINDS or c["population"][r] >= _NOTABLE_TOWN for r in m.rows
    ):
        return False  # "Balart", "Spencer": a person's name far likelier than a small town
    words = m.surface.split()
    heads = lexicon.organisation_heads()
    return (
        words[0] in heads
        or words[-1] in heads
        or _in_organisation(m, text)
        or _part_of_longer_name(m, text, gaz)
    )


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


def _surname_position(m: Mention, text: str) -> bool:
    """True for the last word of a short capitalised name ("Dewly Nelson", "Mike de
    Kock"), where a surname stands; not for the first word of one ("Amsterdam Centraal")."""
    before = _NAME_BEFORE.search(text, max(0, m.start - 32), m.start)
    after = _WORD_AFTER.match(text, m.end)
    return (
        bool(before)
        and before.group(1).isalpha()
        and _is_cap(before.group(1))
        and fold(before.group(1)) not in lexicon.stopwords()
        and not (after and _is_cap(after.group(1)))
    )


def _speaker(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """True for a single word that says something ("Nelson said", "said Johnson"),
    unless it names a country, continent, division or national capital ("Moscow said")."""
    if " " in m.key or _PLACE_PREPOSITION.search(text, max(0, m.start - 12), m.start):
        return False  # "a resident of Tyler said": the place, not the speaker
    after = _WORD_AFTER.match(text, m.end)
    before = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
    verbs = lexicon.speech_verbs()
    if not (
        (after and after.group(1).lower() in verbs) or (before and before.group(1).lower() in verbs)
    ):
        return False
    c = gaz.col
    return not any(
        c["capital"][r] or c["kind"][r] in ("country", "continent", "admin1") for r in m.rows
    )


_PLACE_PREPOSITION = re.compile(
    r"(?:\b(?:in|at|near|from|outside|to|towards?|into|across|around|via|of)\s+)$", re.I
)
_SMALL_TOWN = 100_000


def _lone_given_name(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """True for a common given name standing alone ("Julia, his wife", "Paul scored")
    that names only towns under 100,000 people and follows no place preposition
    ("in Tyler" stays a place)."""
    if m.surface not in lexicon.given_names() or _PLACE_PREPOSITION.search(
        text, max(0, m.start - 12), m.start
    ):
        return False
    c = gaz.col
    return all(
        c["kind"][r] in ("city", "village") and c["population"][r] < _SMALL_TOWN for r in m.rows
    )


def _given_name_position(m: Mention, text: str) -> bool:
    """True for a common given name followed by a capitalised word that is not a
    place word ("Tyler Johnson"; not "Georgia State")."""
    if m.surface not in lexicon.given_names():
        return False
    after = _WORD_AFTER.match(text, m.end)
    if not after or not _is_cap(after.group(1)):
        return False
    word = fold(after.group(1))
    return word not in lexicon.place_affixes() and word not in lexicon.stopwords()


def _major(m: Mention, gaz: Gazetteer) -> bool:
    return any(gaz.col["kind"][r] in ("continent", "country", "admin1") for r in m.rows)


def _after_title(m: Mention, text: str) -> bool:
    """True after a person's title: "President Modi", "Mr. Kelly"."""
    before = _TITLE_BEFORE.search(text, max(0, m.start - 30), m.start)
    return bool(before) and fold(before.group(1)) in lexicon.person_titles()


def _keep(m: Mention, text: str, gaz: Gazetteer, lower_words: _LowerWords) -> bool:
    words = m.surface.split()
    if not _is_cap(m.surface):
        return False
    affixes = lexicon.place_affixes()
    if any(len(w) > 3 and not _is_cap(w) and fold(w) not in affixes for w in words):
        return False
    if m.key in lexicon.stopwords() and not m.surface.isupper():
        return False
    if m.key in lexicon.demonyms():
        return False
    heads = lexicon.organisation_heads()
    if words[0] in heads or words[-1] in heads:
        return False  # "University of Texas" is a GeoNames place, but here an organisation
    if _in_organisation(m, text) or _after_title(m, text) or _speaker(m, text, gaz):
        return False
    if _mixed_case(m.surface):
        return False  # "MoD", "PoP", "HAPs": abbreviations, not places
    if len(words) > 1 and fold(words[0]) == "the" and not all(_is_cap(w) for w in words[1:]):
        return False  # "The gap between ...", "The city's": a sentence, not "The Hague"
    if " " not in m.key and m.key.rstrip(".") in lexicon.person_titles():
        return False  # "Commissioner", "Pope" on their own
    if _lone_given_name(m, text, gaz):
        return False
    if (
        " " not in m.key
        and m.key in lexicon.common_words()
        and _NUMBER_AFTER.match(text, m.end)
        and not _major(m, gaz)
    ):
        return False  # "Section 6A", "Branch 259": a designation
    nxt = _NEXT_WORD.match(text, m.end)
    country_like = any(
        gaz.col["kind"][r] in ("continent", "country") for r in m.rows
    )  # "Iran missiles" stays Iran
    if (
        " " not in m.key
        and nxt
        and nxt.group(1).lower() in lexicon.weapon_nouns()
        and not country_like
    ):
        return False  # "Grad rockets", "Scud missiles": a weapon's model
    dateline = is_dateline(m, text)
    if (
        not dateline
        and m.surface.isupper()
        and len(m.key.replace(".", "")) <= 5
        and not any(
            gaz.col["kind"][r] in ("continent", "country", "admin1", "region") for r in m.rows
        )
    ):
        return False  # acronyms ("NATO", "APC") match towns' codes, not places
    if _part_of_longer_name(m, text, gaz):
        return False
    if dateline:
        return True
    if (
        " " not in m.key
        and (
            m.key in lower_words
            or (m.key in lexicon.common_words() and _capitals_say_nothing(m, text))
        )
        and not _before_qualifier(m, text, gaz)
    ):
        kinds = {gaz.col["kind"][r] for r in m.rows}
        if not kinds & {"country", "admin1", "region", *PHYSICAL_KINDS}:
            return False
    return True


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_QUALIFIER_AFTER = re.compile(r"[ \t]*,[ \t]*((?:[A-Z][\w.'’\-]*)(?:[ \t][A-Z][\w.'’\-]*)?)")


def _before_qualifier(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """True when a comma and a country or first-level division follow ("Buffalo, New
    York"; "Austin, Texas"): the word is a place, not an ordinary word."""
    q = _QUALIFIER_AFTER.match(text, m.end)
    if not q:
        return False
    words = q.group(1).split()
    keys = [fold(" ".join(words)), fold(words[0])]
    return any(gaz.col["kind"][r] in ("country", "admin1") for k in keys for r in gaz.rows(k))


def _capitals_say_nothing(m: Mention, text: str) -> bool:
    """True at the start of a sentence or in a line whose longer words are all capitalised."""
    before = text[max(0, m.start - 3) : m.start].rstrip(" \t\"'“‘(")
    if not before or before[-1] in ".!?\n:":
        return True
    line_start = max(text.rfind("\n", 0, m.start) + 1, m.start - 200)
    line_end = text.find("\n", m.end, m.end + 200)
    line = text[line_start : line_end if line_end >= 0 else min(len(text), m.end + 200)]
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    return len(words) >= 2 and all(_is_cap(w) for w in words)


def _in_organisation(m: Mention, text: str) -> bool:
    heads = lexicon.organisation_heads()
    after = _CAPS_AFTER.match(text, m.end)
    if after and any(w in heads for w in after.group().split()):
        return True
    before = _HEAD_OF_BEFORE.search(text, max(0, m.start - 60), m.start)
    return bool(before and before.group(1) in heads)


_DATELINE_AFTER = re.compile(r"[ \t]*(?:,|\(|[-–—][ \t])")


def is_dateline(m: Mention, text: str) -> bool:
    """True for a news dateline: a name in capitals opening a line, then a comma,
    dash or parenthesis ("CAIRO - ...", "COLUMBUS, Ohio (AP)")."""
    if not m.surface.isupper() or text[text.rfind("\n", 0, m.start) + 1 : m.start].strip():
        return False
    return _DATELINE_AFTER.match(text, m.end) is not None


def _part_of_longer_name(m: Mention, text: str, gaz: Gazetteer | None = None) -> bool:
    """True when capitalised words run on from the mention into one longer name.

    Not across a change of case ("LONDON Pope Francis") nor into the name of a
    country or continent ("Cyprus, Greece Italy or Spain")."""
    affixes = lexicon.place_affixes()
    stop = lexicon.stopwords()
    after = _JOINED_AFTER.match(text, m.end)
    for hit in (after, _JOINED_BEFORE.search(text, max(0, m.start - 32), m.start)):
        if not hit or not _is_cap(hit.group(1)) or any(ch.isdigit() for ch in hit.group(1)):
            continue  # "A429 Cirencester": a road number is no part of a name
        if hit is not after and hit.group(1).endswith(("'s", "’s")):
            continue  # "Azerbaijan's Kelbajar district": a possessive closes the name before
        word = fold(hit.group(1))
        if gaz is not None and word in gaz.demonyms:
            # "Karabakh Armenian forces", "Kosovo Albanians": a people of the place;
            # "the Azerbaijani Kasum-Ismailov district": a nationality before a place
            continue
        if word in affixes or word in stop:
            continue
        if m.surface.isupper() and not hit.group(1).isupper():
            continue  # "LONDON Pope Francis": a dateline, then the story
        if gaz is not None and _names_major(word, gaz):
            continue
        return True
    return False


def _names_major(key: str, gaz: Gazetteer) -> bool:
    return any(gaz.col["kind"][r] in ("country", "continent") for r in gaz.rows(key))


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
    r"\b(?:(?:in|at|near|from|outside|towards?|into|across|around|via)(?:\s+the)?|block\s+of|(?:village|town|city|district|province|county|region|municipality|suburb|neighbou?rhood)\s+of)"
    r"\s+((?:[A-Z][\w'’\-]*[a-z][\w'’\-]*)(?:\s+(?:[A-Z][\w'’\-]*[a-z][\w'’\-]*|of|de|al|el)\b){0,3})"
)


# "the villages of Tsakhkadzor, Green Tala, Metshen and Hinshen": every name of the list
_LIST_NAME = (
    r"[A-ZÀ-ÖØ-ÞĀ-ſƏİ][\w'’\-]*[a-zə][\w'’\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſƏİ][\w'’\-]*[a-zə][\w'’\-]*){0,2}"
)
_LIST_AFTER_PLACE_WORDS = re.compile(
    r"\b(?:villages|towns|settlements|cities|communities|hamlets)\s+(?:of\s+)?"
    rf"((?:{_LIST_NAME})(?:\s*,\s*(?:and\s+)?(?:{_LIST_NAME})|\s+and\s+(?:{_LIST_NAME}))+)"
)
_LIST_ITEM = re.compile(_LIST_NAME)


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
    r"(?<![\w'’.\-])([A-Z][\w'’\-]*[a-z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*[a-z][\w'’\-]*){0,2}),[ \t]*$"
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
    "the villages of" ("…of Metshen, Hinshen and Yeghtsahogh"), names with a place head
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
    found = [(m.start(1), m.end(1), m.group(1)) for m in _AFTER_PLACE_WORD.finditer(text)]
    for m in _LIST_AFTER_PLACE_WORDS.finditer(text):
        found += [
            (m.start(1) + i.start(), m.start(1) + i.end(), i.group())
            for i in _LIST_ITEM.finditer(m.group(1))
        ]
    if gaz is not None:
        found = sorted(found + _qualified_unknowns(text, mentions, gaz))
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
            continue  # "in Modi's government": a possessive unknown name is a person or firm more often than a place
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
        out.append((s, e, name))
    for s, e, name in place_like_names(text):
        if not any(a < e and s < b for a, b in taken) and not any(
            a < e and s < b for a, b, _ in out
        ):
            out.append((s, e, name))
    return sorted(out)
