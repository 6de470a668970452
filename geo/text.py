"""Text normalisation for name matching, keeping a map back to the original offsets.

Names are matched after folding: Unicode compatibility decomposition with the
diacritics dropped (ş→s, ü→u, é→e), Turkic-aware case folding (İ and I → i,
ı → i, ə/Ə → e, and the Cyrillic ә/Ә that web texts type for it), apostrophes and
modifier letters removed (K'arvachar → Karvachar), the Russian soft and hard signs ь and ъ
removed (Джебраильский = Джебраилский: texts and romanisations write them or leave them
out), and any run of spaces, hyphens and dashes made one space (Nagorno-Karabakh =
Nagorno Karabakh).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

import numpy as np

from geo.resources import LEX_DIR

_DROP = set("'’‘ʻʼʹʾʿˈˌ`´\u02bc\u02bb\u0313\u0315")
_SPACE = set(" \t\r\n\u00a0\u2009\u202f-‐‑‒–—―")
_SPECIAL = {
    "İ": "i",
    "I": "i",
    "ı": "i",
    "Ə": "e",
    "ə": "e",
    "Ә": "e",  # the Cyrillic schwa, which Azerbaijani web texts often type for ə
    "ә": "e",
    "Ä": "a",
    "ä": "a",
    "ß": "ss",
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ь": "",
    "Ь": "",
    "ъ": "",
    "Ъ": "",
}

_SENTENCE_END = re.compile(
    r"(?<=[.!?։])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-ZÀ-ÖØ-ÞƏİŞÇĞÜÖА-ЯԱ-Ֆ0-9])|\n\s*\n"
)
_LEXICON = LEX_DIR


def _abbreviations() -> re.Pattern:
    """Initials ("U.S.") and the words of ``geo/data/lexicon/sentence_abbreviations.txt``
    in any case ("St.", "ST."): a dot after them does not end a sentence."""
    with open(_LEXICON / "sentence_abbreviations.txt", encoding="utf-8") as fh:
        words = [w.strip() for w in fh if w.strip() and not w.startswith("#")]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:\b[A-Z]\.)+$|(?<![\w.])(?i:{alternatives})\.$")


_ABBREV = _abbreviations()


# a stress mark over a Cyrillic vowel ("Шуша́", "Гадру́тский райо́н"): a reading aid of
# dictionaries and encyclopedias that ordinary Russian text leaves out
_STRESS = re.compile(r"(?<=[\u0400-\u04ff])[\u0300\u0301]")


def reading_form(text: str) -> str:
    """``text`` as geo reads it: composed (NFC: "s" + combining cedilla is "ş") and without
    the stress marks of Russian reference works ("Гадру́тский" is "Гадрутский"), so that a
    word is one word to every rule. ASCII text is returned as it is."""
    if text.isascii():
        return text
    return _STRESS.sub("", unicodedata.normalize("NFC", text))


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(_SPECIAL.get(c, c) for c in base).casefold()


@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """Return the matching key of ``text`` (see the module docstring)."""
    if text.isascii() and not _DROP.intersection(text):
        # the common case, a word or a name in ASCII: the same tables, without NumPy
        return _RUNS_OF_SPACES.sub(" ", text.translate(_ascii_table())).strip()
    return fold_with_offsets(text)[0].strip()


_RUNS_OF_SPACES = re.compile(" {2,}")


@lru_cache(maxsize=1)
def _ascii_table() -> dict[int, str]:
    """:func:`str.translate` table of the ASCII characters, from :func:`_tables`."""
    fold_of = _tables()[0]
    return {cp: chr(int(fold_of[cp])) if fold_of[cp] else "" for cp in range(128)}


_MULTI = 0xFFFFFFFF  # a character that folds to more than one (ß → ss): the slow path


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per Basic Multilingual Plane character: its folded code (0 = dropped, 32 =
    space, ``_MULTI`` = several), whether it is an apostrophe-like drop, alnum, and
    lower case."""
    fold_of = np.zeros(0x10000, dtype=np.uint32)
    drop = np.zeros(0x10000, dtype=bool)
    alnum = np.zeros(0x10000, dtype=bool)
    lower = np.zeros(0x10000, dtype=bool)
    for cp in range(0x10000):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            fold_of[cp] = _MULTI
            continue
        alnum[cp] = ch.isalnum()
        lower[cp] = ch.islower()
        if ch in _DROP:
            drop[cp] = True
        elif ch in _SPACE or ch.isspace():
            fold_of[cp] = 32
        else:
            f = _fold_char(ch)
            fold_of[cp] = ord(f) if len(f) == 1 else (0 if not f else _MULTI)
    return fold_of, drop, alnum, lower


def char_classes() -> tuple[np.ndarray, np.ndarray]:
    """Lookup tables over the Basic Multilingual Plane: is alnum, is lower case."""
    _, _, alnum, lower = _tables()
    return alnum, lower


def fold_with_offsets(text: str) -> tuple[str, list[int] | np.ndarray]:
    """Fold ``text`` and return it with, for each folded character, its index in ``text``.

    Vectorised over the text (NumPy lookup tables; characters beyond the Basic
    Multilingual Plane, such as emoji, one by one); texts with characters that fold
    to several (ß) take the character-by-character path, which gives the same result.
    """
    if not text:
        return "", []
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    fold_of, drop, alnum, _ = _tables()
    high = codes >= 0x10000
    bmp = np.where(high, 32, codes) if high.any() else codes
    mapped = fold_of[bmp]
    for i in np.flatnonzero(high):  # emoji and other characters beyond the BMP: rare
        f = _fold_char(text[i])
        if len(f) > 1:
            return _fold_slow(text)
        mapped[i] = ord(f) if f else 0
    if (mapped == _MULTI).any():
        return _fold_slow(text)
    is_drop = drop[bmp]
    if is_drop.any():
        # a possessive or contraction ends the word ("China's", "I've"): its
        # apostrophe becomes a space; K'arvachar's is dropped
        for i in np.flatnonzero(is_drop):
            if _clitic_at(text, int(i)):
                mapped[i] = 32
    keep = mapped != 0
    if not keep.any():
        return "", []
    kept = mapped[keep]
    where = np.flatnonzero(keep)
    space = kept == 32
    prev = np.empty_like(space)
    prev[0] = True
    prev[1:] = space[:-1]
    final = ~(space & prev)
    return kept[final].astype("<u4").tobytes().decode("utf-32-le"), where[final]


_CLITIC = re.compile(r"(?:s|d|m|t|ve|ll|re)(?![^\W_])", re.I)


def _clitic_at(text: str, i: int) -> bool:
    """True when the apostrophe at ``i`` starts a possessive or contraction
    ("China's", "I've", "we'll", "don't"), not a letter of a name (K'arvachar)."""
    return _CLITIC.match(text, i + 1) is not None


def search_key(key: str) -> str:
    """A folded name as the automaton stores it: a space either side and every
    character that is not a letter or digit made a space, so that names match whole
    words only ("u.s." → " u s  ", found in "the U.S., and")."""
    return " " + "".join(c if c.isalnum() else " " for c in key) + " "


def search_text(folded: str, blank=None) -> str:
    """``folded`` in the automaton's search form (see :func:`search_key`), one
    character longer at each end; characters where ``blank`` is true become spaces."""
    if not folded:
        return "  "
    f = np.frombuffer(folded.encode("utf-32-le"), dtype="<u4")
    alnum, _ = char_classes()
    keep = np.where(f < 0x10000, alnum[np.minimum(f, 0xFFFF)], False)
    if blank is not None:
        keep &= ~blank
    return " " + np.where(keep, f, 32).astype("<u4").tobytes().decode("utf-32-le") + " "


def _fold_slow(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    index: list[int] = []
    last_space = True
    for i, ch in enumerate(text):
        if ch in _DROP and _clitic_at(text, i):
            ch = " "  # the possessive "China's" ends the name; K'arvachar's apostrophe is dropped
        if ch in _SPACE or ch.isspace():
            if not last_space:
                out.append(" ")
                index.append(i)
                last_space = True
            continue
        folded = _fold_char(ch)
        for f in folded:
            out.append(f)
            index.append(i)
        if folded:
            last_space = False
    return "".join(out), index


def opens_sentence(text: str, start: int) -> bool:
    """True when the word at ``start`` is the first of its line or sentence, where its
    capital says nothing of whether it is a name."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"'“‘(«")
    return not before or before[-1] in ".!?\n:;"


def sentences(text: str, unbroken: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return their ``(start, end)`` offsets.

    A sentence ends at ``.``, ``!``, ``?`` or the Armenian ``։`` followed by space and a capital or
    digit, unless the dot closes an abbreviation ("U.S.", "Nos.", "ST. CHARLES":
    ``geo/data/lexicon/sentence_abbreviations.txt``, in any case) or falls inside one of
    the ``unbroken`` spans (place mentions: a quote never cuts a name short); and
    always at blank lines."""
    spans: list[tuple[int, int]] = []
    start = 0
    keep = sorted(unbroken or [])
    starts = [s for s, _ in keep]
    for m in _SENTENCE_END.finditer(text):
        paragraph = m.group().count("\n") >= 2
        if not paragraph and _ABBREV.search(text, max(start, m.start() - 24), m.start()):
            continue
        if not paragraph and keep:
            i = bisect.bisect_right(starts, m.start() - 1) - 1
            if i >= 0 and keep[i][0] < m.start() and m.start() < keep[i][1]:
                continue
        _append_span(text, start, m.start(), spans)
        start = m.end()
    _append_span(text, start, len(text), spans)
    return spans


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of blank-line separated paragraphs."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"\n[ \t]*\n\s*", text):
        _append_span(text, start, m.start(), spans)
        start = m.end()
    _append_span(text, start, len(text), spans)
    return spans
