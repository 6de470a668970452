"""Resolving the mentions of one document: each candidate's scores (:mod:`.scoring`)
plus its sentence's other places and the document's countries and divisions, one sense
per document, a confidence and the rejected candidates; stray common words dropped;
the town the document is about."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from geo.gazetteer import PHYSICAL_KINDS, Gazetteer
from geo.geocode.drops import drop_strays
from geo.geocode.scoring import _cue_scores, _priors, _qualifiers
from geo.geoparse import Mention
from geo.text import sentences

_CUE_REACH = 80  # characters either side of a mention where cue words count
_SIBLING_SAME_COUNTRY = 1.0
_SIBLING_SAME_KIND = 1.0
_SIBLING_CAP = 3.0
_CONTAINER = 1.5
_DOC_PRESENT = 1.0
_DOC_SHARE = 2.0
_IN_NAMED_DIVISION = 1.5  # a place inside a division the document names
# a country among countries: "Armenia, Georgia, Iran and Russia" is a list of countries, as a
# list of U.S. states makes Georgia the state (per other country in the sentence, capped)
_AMONG_COUNTRIES = 1.0
_AMONG_COUNTRIES_CAP = 3.0
_NEAR_KM = 50  # a candidate this close to the place of another of the document's names …
_NEAR_EACH = 0.75  # … gains this much per such name,
_NEAR_CAP = 2.25  # up to this
_NOT_ANCHORS = ("country", "continent")
# … nor an area larger than this: its point is a label point inside it, no place that 50 km
# can be measured from ("the South Caucasus", "the Soviet Union", a province)
_ANCHOR_MAX_KM2 = 10_000


@dataclass
class Resolution:
    """The place chosen for one mention."""

    mention: Mention
    row: int
    place_id: str
    confidence: float
    score: float
    rejected: list[dict] = field(default_factory=list)
    sentence: tuple[int, int] = (0, 0)
    near: str = ""
    """For a name the gazetteer lacks, placed at a place the text ties it to
    (:mod:`geo.geocode.near`): "near" or "in" that place; "" for a name found itself."""


def resolve(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Resolution]:
    """Pick a place for every mention of one document (see the module docstring)."""
    if not mentions:
        return []
    spans = sentences(text)
    starts = [s for s, _ in spans]
    country = gaz.col["country"]
    kind = gaz.col["kind"]

    sent_of = []
    for m in mentions:
        i = max(0, bisect.bisect_right(starts, m.start) - 1)
        sent_of.append(spans[i] if spans else (0, len(text)))

    base = []
    feature_cued = set()  # mentions a cue word makes a river, range, pass … ("the Tartar river")
    for i, (m, (s, e)) in enumerate(zip(mentions, sent_of)):
        window = text[max(s, m.start - _CUE_REACH) : min(e, m.end + _CUE_REACH)]
        close = text[max(s, _word_before(text, m.start)) : min(e, _word_after(text, m.end))]
        cues = _cue_scores(gaz, m.rows, window, close)
        if cues.max(initial=0.0) > 0 and kind[m.rows[int(np.argmax(cues))]] in PHYSICAL_KINDS:
            feature_cued.add(i)
        base.append(_priors(gaz, m.rows, m.key, m.surface) + cues)
    first = [m.rows[int(np.argmax(b))] for m, b in zip(mentions, base)]

    scores = _in_context(mentions, base, first, sent_of, gaz)
    # once more from the places chosen in context, not from each name's likeliest alone: a
    # case form that first went to a big town abroad ("Şuşanın": Sousse) no longer votes for
    # its country
    second = [m.rows[int(np.argmax(sc))] for m, sc in zip(mentions, scores)]
    if second != first:
        scores = _in_context(mentions, base, second, sent_of, gaz)
    paired = _qualifiers(mentions, text, gaz, scores)

    # one sense per document
    summed: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    count: Counter = Counter()
    # a name a cue word makes a feature ("the Tərtər river") is another sense than the town
    names = _names_of_case_forms(mentions, gaz)
    sense = [
        f"{m.key}@{i}"
        if i in paired
        else f"{m.key}#feature"
        if i in feature_cued
        else names.get(m.key, m.key)
        for i, m in enumerate(mentions)
    ]
    for key, m, sc in zip(sense, mentions, scores):
        count[key] += 1
        for r, v in zip(m.rows, sc):
            summed[key][r] += float(v)

    out = []
    for key, m, sp in zip(sense, mentions, sent_of):
        cand = summed[key]
        n = count[key]
        ranked = sorted(cand.items(), key=lambda kv: -kv[1])
        best_row, best = ranked[0]
        z = sum(math.exp((v - best) / n) for _, v in ranked)
        rejected = [
            {
                "id": gaz.col["id"][r],
                "name": gaz.col["name"][r],
                "kind": kind[r],
                "country": country[r],
                "score": round(v / n, 3),
            }
            for r, v in ranked[1:4]
        ]
        out.append(
            Resolution(
                mention=m,
                row=best_row,
                place_id=gaz.col["id"][best_row],
                confidence=round(1.0 / z, 3),
                score=round(best / n, 3),
                rejected=rejected,
                sentence=sp,
            )
        )
    return drop_strays(out, gaz, text)


def _in_context(
    mentions: list[Mention], base: list, first: list[int], sent_of: list, gaz: Gazetteer
) -> list:
    """Each mention's candidate scores (``base``) plus its sentence's other places and the
    document's countries and divisions, with every other mention at its place in ``first``."""
    country, kind = gaz.col["country"], gaz.col["kind"]
    doc_countries = Counter(country[r] for r in first)
    total = sum(doc_countries.values())
    admin1 = gaz.col["admin1"]
    # the divisions the document's places lie in ("California", or a town in it), as
    # (country, code) pairs with the mentions that put them there
    doc_divisions: dict[tuple, set[str]] = defaultdict(set)
    for m, r in zip(mentions, first):
        if admin1[r] and kind[r] not in ("country", "continent"):
            doc_divisions[(country[r], admin1[r])].add(m.key)
    by_sentence = defaultdict(list)
    for i, sp in enumerate(sent_of):
        by_sentence[sp].append(i)
    near = _near_other_names(mentions, first, gaz)

    scores = []
    for i, (m, b) in enumerate(zip(mentions, base)):
        extra = np.zeros(len(m.rows))
        # the other places of the sentence, by country, country and kind, and as containers
        same_c: Counter = Counter()
        same_ck: Counter = Counter()
        holder: Counter = Counter()
        for j in by_sentence[sent_of[i]]:
            if j != i and mentions[j].key != m.key and country[first[j]]:
                c_j, k_j = country[first[j]], kind[first[j]]
                same_c[c_j] += 1
                same_ck[(c_j, k_j)] += 1
                if k_j == "country":
                    holder[c_j] += 1
        own = country[first[i]]
        for k, r in enumerate(m.rows):
            c, kd = country[r], kind[r]
            if kd == "country":
                others = sum(n for c_j, n in holder.items() if c_j != c)
                extra[k] += min(_AMONG_COUNTRIES * others, _AMONG_COUNTRIES_CAP)
            if c in same_c:
                sib = _SIBLING_SAME_COUNTRY * same_c[c] + _SIBLING_SAME_KIND * same_ck[(c, kd)]
                if kd != "country":
                    sib += _CONTAINER * holder[c]
                extra[k] += min(sib, _SIBLING_CAP + _CONTAINER)
            n_c = doc_countries.get(c, 0) - (1 if c == own else 0)
            if n_c > 0 and total > 1:
                extra[k] += _DOC_PRESENT + _DOC_SHARE * n_c / (total - 1)
            if kd != "admin1" and admin1[r] and doc_divisions.get((c, admin1[r]), set()) - {m.key}:
                extra[k] += _IN_NAMED_DIVISION
        scores.append(b + extra + near[i])
    return scores


def _near_other_names(mentions: list[Mention], first: list[int], gaz: Gazetteer) -> list:
    """Per mention, a bonus for each candidate lying within 50 km of the place of another
    name of the document (not a country nor an area over 10,000 km²): "Martuni" beside
    Karabakh, Shahumian and Kalbajar is the Martuni of Karabakh (Khojavend), not the bigger
    town of Armenia."""
    lat = np.asarray(gaz.col["lat"], dtype=float)
    lon = np.asarray(gaz.col["lon"], dtype=float)
    kind, area = gaz.col["kind"], gaz.col["area_km2"]
    anchors: dict[int, set[str]] = defaultdict(set)  # place row → the names placed there
    for m, r in zip(mentions, first):
        if kind[r] not in _NOT_ANCHORS and not (area[r] or 0) > _ANCHOR_MAX_KM2:
            anchors[r].add(m.key)
    out = []
    if len(anchors) < 1:
        return [np.zeros(len(m.rows)) for m in mentions]
    rows = np.fromiter(anchors, dtype=np.int64)
    a_lat, a_lon = np.radians(lat[rows]), np.radians(lon[rows])
    counts = np.array([len(anchors[int(r)]) for r in rows])
    # per name, the anchors it is one of the names of (it does not count for itself)
    own: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        for key in anchors[int(r)]:
            own[key].append(i)
    # one bonus per name and candidates: a long document repeats its names (linear time)
    done: dict[tuple, np.ndarray] = {}
    for m in mentions:
        memo = (m.key, tuple(m.rows))
        if memo in done:
            out.append(done[memo])
            continue
        c = np.asarray(m.rows, dtype=np.int64)
        c_lat, c_lon = np.radians(lat[c])[:, None], np.radians(lon[c])[:, None]
        h = (
            np.sin((a_lat - c_lat) / 2) ** 2
            + np.cos(c_lat) * np.cos(a_lat) * np.sin((a_lon - c_lon) / 2) ** 2
        )
        km = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
        names = counts.copy()
        names[own.get(m.key, [])] -= 1
        close = (km <= _NEAR_KM) & (c[:, None] != rows[None, :])
        done[memo] = np.minimum(_NEAR_EACH * (close * names[None, :]).sum(axis=1), _NEAR_CAP)
        out.append(done[memo])
    return out


def _names_of_case_forms(mentions: list[Mention], gaz: Gazetteer) -> dict[str, str]:
    """The name a case form is of, where the document also writes that name as it is
    ("Şuşanın" and "Şuşa", "Кельбаджара" and "Кельбаджар"): one sense for both."""
    plain = {frozenset(m.rows): m.key for m in mentions if gaz.rows(m.key)}
    return {
        m.key: plain[frozenset(m.rows)]
        for m in mentions
        if not gaz.rows(m.key) and frozenset(m.rows) in plain
    }


_PREVIOUS_WORD = re.compile(r"(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)[ \t]+\Z")
_NEXT_WORD = re.compile(r"[ \t]+[^\W\d_]+")


def _word_before(text: str, start: int) -> int:
    """Where the word right before ``start`` begins ("the Tartar river", "перевал Омар"),
    or the one before it when that word is "of" ("Lake of Sevan")."""
    m = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if m is None:
        return start
    if m.group(1) and m.group(2).lower() == "of":
        return m.start(1)
    return m.start(2)


def _word_after(text: str, end: int) -> int:
    """Where the word right after ``end`` ends ("Tartar river")."""
    m = _NEXT_WORD.match(text, end)
    return m.end() if m else end


def document_focus(resolutions: list[Resolution], gaz: Gazetteer) -> int | None:
    """The town a document is about: the city or village its mentions name most
    often (ties to the higher score), or ``None`` when it names none.

    A name the gazetteer lacks ("Royal Street", "Meydan Racecourse") most likely lies
    there; ``geo build`` suggests it beside such names in ``unresolved.csv`` and
    ``geo eval`` uses it to resolve them."""
    kind = gaz.col["kind"]
    count: Counter = Counter()
    best: dict[int, float] = {}
    for r in resolutions:
        if kind[r.row] in ("city", "village"):
            count[r.row] += 1
            best[r.row] = max(best.get(r.row, -math.inf), r.score)
    if not count:
        return None
    return max(count, key=lambda row: (count[row], best[row]))
