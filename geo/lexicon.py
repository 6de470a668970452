"""Loaders for the rule files in ``geo/data/lexicon`` (see its README). Each is read once."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from geo.resources import GAZ_DIR, LEX_DIR
from geo.text import fold


def _lines(name: str) -> list[str]:
    with open(LEX_DIR / name, encoding="utf-8") as fh:
        return [s for s in (line.strip() for line in fh) if s and not s.startswith("#")]


def _csv(name: str) -> list[dict[str, str]]:
    with open(LEX_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Folded ordinary words that are never a place on their own."""
    return frozenset(fold(w) for w in _lines("stopwords_en.txt"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Folded frequent English and Russian words (``common_words_en.txt``, ``_ru.txt``)."""
    words = _lines("common_words_en.txt") + _lines("common_words_ru.txt")
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=1)
def common_words_tr() -> frozenset[str]:
    """Folded frequent Turkish words (``common_words_tr.txt``), for texts in Azerbaijani:
    the two languages share most everyday words ("sağ", "bu", "yeni")."""
    return frozenset(fold(w) for w in _lines("common_words_tr.txt"))


@lru_cache(maxsize=1)
def common_words_az() -> frozenset[str]:
    """The frequent words to know in a text written in Azerbaijani: English, Russian and
    Turkish ones (:func:`common_words`, :func:`common_words_tr`), the Turkish ones as
    Azerbaijani spells them (``common_words_az.txt``: "qarşı" for "karşı") and the words of
    dates (``date_words.csv``: "dünən", "həmin" are no places)."""
    spelt = frozenset(fold(w) for w in _lines("common_words_az.txt"))
    return common_words() | common_words_tr() | spelt | date_words()


@lru_cache(maxsize=1)
def date_words() -> frozenset[str]:
    """Folded single words of the date phrases of ``date_words.csv`` ("bu gün", "həmin gün")."""
    from geo.dates.words import DATE_WORDS

    return frozenset(fold(w) for kind in DATE_WORDS.values() for p in kind for w in p.split())


@lru_cache(maxsize=1)
def weapon_nouns() -> frozenset[str]:
    """Nouns after which a capitalised word names a weapon model ("Grad rockets")."""
    return frozenset(w.lower() for w in _lines("weapon_nouns.txt"))


@lru_cache(maxsize=1)
def disease_nouns() -> frozenset[str]:
    """Nouns after which a place's name names a disease ("Ebola virus", "Lassa fever")."""
    return frozenset(w.lower() for w in _lines("disease_nouns.txt"))


@lru_cache(maxsize=1)
def infobox_labels() -> frozenset[str]:
    """Label words that open an infobox line before its value ("Destination Martuni")."""
    return frozenset(_lines("infobox_labels.txt"))


@lru_cache(maxsize=1)
def event_heads() -> frozenset[str]:
    """Words beside a place's name that name an event there ("Khojaly Massacre")."""
    return frozenset(w.lower() for w in _lines("event_heads.txt"))


@lru_cache(maxsize=1)
def facility_heads() -> frozenset[str]:
    """Words after a town's name that make it a facility near the town ("Airport")."""
    return frozenset(w.lower() for w in _lines("facility_heads.txt"))


@lru_cache(maxsize=1)
def organisation_heads() -> frozenset[str]:
    """Capitalised head nouns of organisation names ("Council", "Parliament")."""
    return frozenset(_lines("organisation_heads.txt"))


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    return frozenset(_lines("speech_verbs.txt"))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(_lines("given_names.txt"))


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Folded words that put a person's name after them ("President", "Mr")."""
    return frozenset(fold(w).rstrip(".") for w in _lines("person_titles.txt"))


@lru_cache(maxsize=1)
def place_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Words after and words before a name that make it a place (``place_heads.txt``)."""
    lines = _lines("place_heads.txt")
    return frozenset(w for w in lines if not w.endswith(" *")), frozenset(
        w[:-2] for w in lines if w.endswith(" *")
    )


@lru_cache(maxsize=1)
def sentence_openers() -> frozenset[str]:
    """Folded Russian and Azerbaijani function words that, opening a sentence, are no part
    of the name after them ("В Физули", "Və Laçın"; ``sentence_openers_ru_az.txt``)."""
    return frozenset(fold(w) for w in _lines("sentence_openers_ru_az.txt"))


@lru_cache(maxsize=1)
def place_affixes() -> frozenset[str]:
    """Folded words that may stand beside a place name in one capitalised run."""
    return frozenset(fold(w) for w in _lines("place_affixes.txt"))


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Folded demonyms of every country and their plurals ("armenian", "armenians")."""
    feats = json.loads((GAZ_DIR / "admin0.geojson").read_text(encoding="utf-8"))["features"]
    out: set[str] = set()
    for f in feats:
        d = f["properties"].get("demonym") or ""
        for part in re.split(r"[,/]| or ", d):
            k = fold(part)
            if k:
                out.update({k, k + "s", k + "es"})
    with open(GAZ_DIR / "demonyms.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            k = fold(r["demonym"])
            out.update({k, k + "s"})
    return frozenset(out)


@dataclass(frozen=True)
class Cue:
    """A word pattern near a mention that favours places of one kind."""

    pattern: re.Pattern
    kind: str
    weight: float
    next_to_name: bool = False  # counts only right next to the name ("the Shahumyan region")


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    """``cues.csv``: a ``+`` after the kind ("admin1+") makes the cue count only right next to
    the name, as the cues of physical features always do."""
    return tuple(
        Cue(
            re.compile(r["pattern"], re.I),
            r["kind"].rstrip("+"),
            float(r["weight"]),
            r["kind"].endswith("+"),
        )
        for r in _csv("cues.csv")
    )


@dataclass(frozen=True)
class EventRule:
    """A word pattern that assigns an event type."""

    event_type: str
    pattern: re.Pattern
    acled: str
    meaning: str
    sub_event_type: str = ""


@lru_cache(maxsize=1)
def event_rules() -> tuple[EventRule, ...]:
    return tuple(
        EventRule(
            r["event_type"],
            re.compile(r["pattern"], re.I),
            r["acled"],
            r["meaning"],
            r.get("sub_event_type") or "",
        )
        for r in _csv("event_types.csv")
    )


@lru_cache(maxsize=1)
def reference_cues() -> dict[str, tuple[re.Pattern, ...]]:
    """Patterns (by side: ``before``/``after`` a mention) where a place names a past event."""
    out: dict[str, list[re.Pattern]] = {"before": [], "after": []}
    for r in _csv("reference_cues.csv"):
        out[r["position"]].append(re.compile(r["pattern"], re.I))
    return {k: tuple(v) for k, v in out.items()}
