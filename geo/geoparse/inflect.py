"""Russian case forms of place names: "Кельбаджара", "Арменией", "в Кельбаджарском районе",
"Нагорно-Карабахской автономной области". A capitalised Cyrillic word the gazetteer does
not know as written is looked up again in the nominative, with up to two lower-case words
after it ("района" → "район"), by the endings of ``geo/data/lexicon/ru_case_endings.csv``.
The matches join the gazetteer's own before the longest are chosen, so a name found as
written is never replaced."""

from __future__ import annotations

import csv
import itertools
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from geo.lexicon import common_words
from geo.resources import LEX_DIR
from geo.text import fold

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

_CYR = "А-ЯЁа-яё"
_NAME = re.compile(rf"(?<![\w-])[А-ЯЁ][{_CYR}]+(?:-[{_CYR}]+)*(?:[ \t]+[а-яё]+){{0,2}}(?![\w-])")
_MIN = 4  # a shorter word is left as written
_MAX_FORMS = 12  # forms tried per word


@lru_cache(maxsize=1)
def _endings() -> tuple[tuple[str, str], ...]:
    with open(LEX_DIR / "ru_case_endings.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    pairs = [(r["ending"], r["nominative"] or "") for r in rows]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def nominatives(word: str) -> list[str]:
    """The word as written, then the nominative forms it may be a case form of."""
    out = [word]
    if len(word) >= _MIN:
        low = word.lower()
        for ending, nom in _endings():
            if low.endswith(ending) and len(word) - len(ending) >= 3:
                out.append(word[: len(word) - len(ending)] + nom)
    return list(dict.fromkeys(out))[:_MAX_FORMS]


def case_forms(text: str, index, gaz: Gazetteer) -> list[tuple[int, int, tuple[int, ...]]]:
    """Matches of inflected Russian place names in ``text``, in folded offsets (``index``
    maps folded characters to ``text``), longest form first."""
    if not re.search(f"[{_CYR}]", text):
        return []
    where = np.asarray(index)
    out = []
    for m in _NAME.finditer(text):
        words = m.group().split()
        starts = [m.start() + off.start() for off in re.finditer(r"\S+", m.group())]
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
    if fold(words[0]) in common_words():
        return ()  # "Совета безопасности": a frequent word, not a town's name in a case
    for combo in itertools.product(*(nominatives(w) for w in words)):
        if len(words) == 1 and combo[0] == words[0]:
            continue
        rows = gaz.rows(fold(" ".join(combo)))
        if rows:
            return tuple(rows)
    return ()
