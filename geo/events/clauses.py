"""Clauses and what happened in them: a sentence cut into clauses at ``;`` and at a comma
before a clause word (``geo/data/lexicon/event_words.csv``), the event rule
(``geo/data/lexicon/event_types.csv``) nearest a date, and the names of past events that are
not places (``geo/data/lexicon/reference_cues.csv``)."""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from geo import lexicon
from geo.dates import TimeExpr
from geo.geocode import Resolution
from geo.geoparse.inflect import _CYR, _HY_LETTERS
from geo.resources import LEX_DIR

_WINDOW = 70
_CLAUSE = re.compile(r"[,;:]")


def is_reference(res: Resolution, text: str) -> bool:
    """True when the mention names a past event, not a place where something happens."""
    cues = lexicon.reference_cues()
    after = text[res.mention.end : res.mention.end + 40]
    before = text[max(0, res.mention.start - 20) : res.mention.start]
    return any(p.search(after) for p in cues["after"]) or any(
        p.search(before) for p in cues["before"]
    )


@lru_cache(maxsize=1)
def event_words() -> dict[str, tuple[str, ...]]:
    """Role words by role (``geo/data/lexicon/event_words.csv``), longest first."""
    with open(LEX_DIR / "event_words.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    return {r["role"]: tuple(sorted(r["words"].split("|"), key=len, reverse=True)) for r in rows}


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern:
    words = "|".join(re.escape(w) for w in event_words()["clause_break"])
    return re.compile(r";\s*|,\s+(?=(?:" + words + r")\b)")


@lru_cache(maxsize=1)
def _continuation() -> re.Pattern:
    return re.compile(
        r"\W*(?:" + "|".join(re.escape(w) for w in event_words()["continuation"]) + r")\b", re.I
    )


@lru_cache(maxsize=1)
def _district_words() -> re.Pattern:
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in event_words()["district"]) + r")\b", re.I
    )


_NEXT_WORD = re.compile(r"\s*\w+")


def _distance(a: tuple[int, int], b: tuple[int, int], text: str) -> float:
    lo, hi = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
    gap = max(0, hi - lo)
    return gap + 25 * len(_CLAUSE.findall(text[lo:hi]))


def event_type(
    text: str, anchor: tuple[int, int], sentence: tuple[int, int], masks: list[tuple[int, int]]
) -> str:
    """The event type near ``anchor`` within ``sentence`` (``masks`` are blanked first)."""
    rule = _rule_in(_masked(text, sentence, masks), anchor, sentence[0])
    return rule.event_type if rule else "other"


def _masked(text: str, span: tuple[int, int], masks: list[tuple[int, int]]) -> str:
    """``text[span]`` with the ``masks`` spans blanked (same length)."""
    s, e = span
    out = text[s:e]
    for ms, me in masks:
        lo, hi = max(ms, s) - s, min(me, e) - s
        if hi > lo:
            out = out[:lo] + " " * (hi - lo) + out[hi:]
    return out


def _rule_in(masked: str, anchor: tuple[int, int] | None, offset: int, verb_last: bool = False):
    """The first rule near ``anchor`` in ``masked`` (a span starting at ``offset``), else in
    all of it; with ``verb_last`` (a language whose verb ends the clause, Azerbaijani:
    "Ermənistanın hücumu pisləndi", the attack was condemned) the last one."""
    pick = _last_rule if verb_last else _first_rule
    if anchor is not None:
        lo = max(0, anchor[0] - offset - _WINDOW)
        hi = min(len(masked), anchor[1] - offset + _WINDOW)
        rule = pick(masked[lo:hi])
        if rule is not None:
            return rule
    return pick(masked)


@lru_cache(maxsize=4096)
def _first_rule(scope: str):
    """The event rule whose pattern occurs first in ``scope`` (the main verb of an
    English clause comes before what it acts on: "X condemned the attack" is
    political); on a tie, the rule listed first."""
    best = None
    for pattern in _rule_groups(scope):
        m = pattern.search(scope)
        if m is not None:
            # the leftmost match; at one position the alternative listed first
            key = (m.start(), int(m.lastgroup[1:]))
            best = key if best is None or key < best else best
    return lexicon.event_rules()[best[1]] if best else None


@lru_cache(maxsize=4096)
def _last_rule(scope: str):
    """The event rule whose pattern occurs last in ``scope``."""
    best = None
    for pattern in _rule_groups(scope):
        last = None
        for last in pattern.finditer(scope):  # noqa: B007 - the last match is what counts
            pass
        if last is not None:
            key = (last.start(), int(last.lastgroup[1:]))
            best = key if best is None or key > best else best
    return lexicon.event_rules()[best[1]] if best else None


_CYRILLIC = re.compile(f"[{_CYR}]")
_AZ_LETTER = re.compile("[əƏıİöÖüÜğĞşŞçÇ]")  # with ö and ü, the letters of event words


def _rule_groups(scope: str) -> list[re.Pattern]:
    """The alternations of the event rules written in the scripts ``scope`` uses:
    English always, Russian where it has Cyrillic, Azerbaijani where it has ə, ı, ş …,
    Armenian where it has Armenian letters
    (one alternation per language keeps the English search as fast as before)."""
    groups = _all_rules()
    out = [groups["en"]] if "en" in groups else []
    if "ru" in groups and _CYRILLIC.search(scope):
        out.append(groups["ru"])
    if "az" in groups and _AZ_LETTER.search(scope):
        out.append(groups["az"])
    if "hy" in groups and _HY_LETTERS.search(scope):
        out.append(groups["hy"])
    return out


@lru_cache(maxsize=1)
def _all_rules() -> dict[str, re.Pattern]:
    """The event rules' patterns as one alternation per language (told by the letters of
    the pattern), group ``r<i>`` for rule ``i`` of :func:`geo.lexicon.event_rules`."""
    by_language: dict[str, list[str]] = {}
    for i, r in enumerate(lexicon.event_rules()):
        text = r.pattern.pattern
        lang = (
            "ru"
            if _CYRILLIC.search(text)
            else "hy"
            if _HY_LETTERS.search(text)
            else "az"
            if _AZ_LETTER.search(text)
            else "en"
        )
        by_language.setdefault(lang, []).append(f"(?P<r{i}>{text})")
    return {lang: re.compile("|".join(alts), re.I) for lang, alts in by_language.items()}


def _reference_masks(refs: list[Resolution], text: str) -> list[tuple[int, int]]:
    masks = []
    for r in refs:
        m = _NEXT_WORD.match(text, r.mention.end)
        masks.append((r.mention.start, m.end() if m else r.mention.end))
    return masks


def clauses(text: str, sentence: tuple[int, int], place_starts: set[int]) -> list[tuple[int, int]]:
    """The clauses of a sentence: cut at ``;`` and at a comma before a clause word,
    except a comma and "and" before a place (the last item of a list of places)."""
    s, e = sentence
    out = []
    start = s
    for m in _clause_break().finditer(text, s, e):
        nxt = m.end()
        if text[m.start()] == "," and re.match(r"and\s", text[nxt : nxt + 4]):
            w = re.match(r"and\s+", text[nxt:])
            if w and nxt + w.end() in place_starts:
                continue
        if m.start() > start:
            out.append((start, m.start()))
        start = nxt
    if e > start:
        out.append((start, e))
    return out


def _segment(c_dates: list[TimeExpr], i: int, cs: int, ce: int) -> tuple[int, int]:
    """The part of a clause that goes with its ``i``-th date: up to halfway to the dates
    either side."""
    if len(c_dates) < 2:
        return cs, ce
    lo = cs if i == 0 else (c_dates[i - 1].end + c_dates[i].start) // 2
    hi = ce if i == len(c_dates) - 1 else (c_dates[i].end + c_dates[i + 1].start) // 2
    return lo, hi
