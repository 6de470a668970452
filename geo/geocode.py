"""Choosing one place for each mention, with a confidence and the rejected candidates.

Each candidate gets a score, in log-odds-like units:

* prior: ``log10(population)`` plus a bonus for countries, first-level divisions
  and regions (:func:`geo.gazetteer.prior`), a bonus for curated supplement rows,
  and a bonus when the mention is the place's main name;
* cues: words near the mention, in its sentence, that favour a kind of place
  (``geo/data/lexicon/cues.csv``: "state" favours first-level divisions);
* seats: a division named after a town inside it yields the name to the town;
* siblings: the other places named in the same sentence (a list of U.S. states
  makes "Georgia" the U.S. state), and a country named there makes its own
  places likelier;
* qualifiers: "Athens, Georgia": a place followed by a comma and a country or
  division it lies in is that one, and the division is the one that holds it;
* document: the countries the rest of the document is about, and the divisions
  its other places lie in ("Orange County" in a text about California, or about a
  town in California, is the one in California).

One sense per document: all mentions of one name in a document share the place
whose summed score is highest. The confidence is the softmax probability of the
chosen candidate among all candidates.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from geo import lexicon
from geo.gazetteer import KIND_BONUS, PHYSICAL_KINDS, Gazetteer
from geo.geoparse import Mention
from geo.text import fold, sentences

_SOURCE_BONUS = {"supplement": 2.0, "karabakh": 2.0, "user": 2.5}
_CAPITAL_BONUS = 2.0
_CUE_REACH = 80  # characters either side of a mention where cue words count
_FEATURE_CUE_REACH = 7  # … and where "river", "pass", "steppe" count
_SEAT_PENALTY = 4.0
_SEAT_MIN_POPULATION = 1000
_MAIN_NAME_BONUS = 1.0
_EXACT_SPELLING_BONUS = 1.5
_SIBLING_SAME_COUNTRY = 1.0
_SIBLING_SAME_KIND = 1.0
_SIBLING_CAP = 3.0
_CONTAINER = 1.5
_DOC_PRESENT = 1.0
_DOC_SHARE = 2.0
_IN_NAMED_DIVISION = 1.5  # a place inside a division the document names


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


def _base_priors(gaz: Gazetteer) -> np.ndarray:
    """Every place's prior before the mention is looked at (:func:`geo.gazetteer.prior`
    plus the source and capital bonuses), computed once per gazetteer."""
    cached = getattr(gaz, "_base_priors", None)
    if cached is None:
        c = gaz.col
        pop = c["population"].astype(np.float64)
        size = np.where(pop > 0, pop, c["area_km2"].astype(np.float64))
        out = np.log10(np.maximum(size, 0) + 10)
        out += np.array([KIND_BONUS.get(k, 0.0) for k in c["kind"]])
        for prefix, bonus in _SOURCE_BONUS.items():
            out += bonus * np.array([i.startswith(prefix + ":") for i in c["id"]])
        out += _CAPITAL_BONUS * c["capital"].astype(bool)
        cached = out
        object.__setattr__(gaz, "_base_priors", cached)
    return cached


def _priors(gaz: Gazetteer, rows: tuple[int, ...], key: str, surface: str) -> np.ndarray:
    """Prior scores; a name spelled exactly as one of the place's names (diacritics
    included: "Şuşa") beats one that only matches once folded (Susa)."""
    idx = np.fromiter(rows, dtype=np.int64, count=len(rows))
    out = _base_priors(gaz)[idx].copy()
    names = gaz.col["name"][idx]
    out += _MAIN_NAME_BONUS * np.fromiter(
        (fold(n) == key for n in names), dtype=bool, count=len(rows)
    )
    if not surface.isascii():
        written = surface.casefold()
        out += _EXACT_SPELLING_BONUS * np.fromiter(
            (any(n.casefold() == written for n in gaz.names_of(r)) for r in rows),
            dtype=bool,
            count=len(rows),
        )
    return out - _seat_penalties(gaz, rows)


def _seat_penalties(gaz: Gazetteer, rows: tuple[int, ...]) -> np.ndarray:
    """A division named after a town inside it yields the name to the town.

    "Xocalı" is both a district and its seat; "New York" both a state and the city
    in it: unless a cue word says otherwise, prose means the town.
    """
    c = gaz.col
    out = np.zeros(len(rows))
    towns = [
        r
        for r in rows
        if c["kind"][r] in ("city", "village") and c["population"][r] >= _SEAT_MIN_POPULATION
    ]
    if not towns:
        return out
    for i, r in enumerate(rows):
        if c["kind"][r] not in ("admin1", "admin2") or c["population"][r] > 0:
            continue
        reach = 1.5 * math.sqrt(max(int(c["area_km2"][r]), 1) / math.pi)
        for t in towns:
            if (
                c["country"][t] == c["country"][r]
                and distance_km(c["lat"][r], c["lon"][r], c["lat"][t], c["lon"][t]) <= reach
            ):
                out[i] = _SEAT_PENALTY
                break
    return out


_QUALIFIED = 8.0  # "Athens, Georgia": a place in the division or country named after its comma
_QUALIFIER = 2.0  # ... and that division is the one that holds such a place
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_LIST_GOES_ON = re.compile(r",?[ \t]+(?:and|or|&)[ \t]+[A-Z]")


def _qualifiers(
    mentions: list[Mention], text: str, gaz: Gazetteer, scores: list[np.ndarray]
) -> set[int]:
    """ "Paris, Texas", "Athens, Georgia", "Perth, Australia": where a mention is
    followed by a comma and a country or first-level division, the candidates of the
    first that lie in a candidate of the second, and those containers, score higher.
    Returns the positions of the qualifiers: each keeps its own sense ("Seattle,
    Washington" is the state even where "Washington" alone is the city)."""
    c = gaz.col
    paired: set[int] = set()
    times = Counter(m.key for m in mentions)
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for i, j in zip(order, order[1:]):
        head, qual = mentions[i], mentions[j]
        if not _COMMA.fullmatch(text, head.end, qual.start) or _LIST_GOES_ON.match(text, qual.end):
            continue  # "stops in Washington, New York and Boston" is a list
        areas: dict[tuple, list[int]] = defaultdict(list)
        for k, q in enumerate(qual.rows):
            if c["kind"][q] == "country":
                areas[(c["country"][q], None)].append(k)
            elif c["kind"][q] == "admin1" and c["admin1"][q]:
                areas[(c["country"][q], c["admin1"][q])].append(k)
        if not areas:
            continue
        for k, r in enumerate(head.rows):
            if c["kind"][r] in ("country", "continent"):
                continue
            hits = areas.get((c["country"][r], None), []) + (
                areas.get((c["country"][r], c["admin1"][r]), []) if c["kind"][r] != "admin1" else []
            )
            if hits:
                # "Athens, Georgia" settles which Athens every later "Athens" is
                scores[i][k] += _QUALIFIED * times[head.key]
                paired.add(j)
                for h in hits:
                    scores[j][h] += _QUALIFIER
    return paired


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = (
        math.sin(dlat / 2) ** 2
        + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _cue_scores(
    gaz: Gazetteer, rows: tuple[int, ...], sentence_text: str, close_text: str | None = None
) -> np.ndarray:
    """Cue words in ``sentence_text`` (the words around the mention); cues of physical
    features count only in ``close_text``, right next to the name ("the Tartar river",
    "river Aras", "the Omar pass"), so a river named nearby does not turn a town into one."""
    kinds = gaz.col["kind"][np.fromiter(rows, dtype=np.int64, count=len(rows))]
    present = set(kinds)
    out = np.zeros(len(rows))
    for cue in lexicon.cues():
        where = (
            close_text if close_text is not None and cue.kind in PHYSICAL_KINDS else sentence_text
        )
        if cue.kind in present and cue.pattern.search(where):
            out[kinds == cue.kind] += cue.weight
    return out


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
        close = text[max(s, m.start - _FEATURE_CUE_REACH) : min(e, m.end + _FEATURE_CUE_REACH)]
        cues = _cue_scores(gaz, m.rows, window, close)
        if cues.max(initial=0.0) > 0 and kind[m.rows[int(np.argmax(cues))]] in PHYSICAL_KINDS:
            feature_cued.add(i)
        base.append(_priors(gaz, m.rows, m.key, m.surface) + cues)
    first = [m.rows[int(np.argmax(b))] for m, b in zip(mentions, base)]

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
        scores.append(b + extra)
    paired = _qualifiers(mentions, text, gaz, scores)

    # one sense per document
    summed: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    count: Counter = Counter()
    # a name a cue word makes a feature ("the Tərtər river") is another sense than the town
    sense = [
        f"{m.key}@{i}" if i in paired else f"{m.key}#feature" if i in feature_cued else m.key
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
    return _drop_stray_common_words(out, gaz)


_STRAY_POPULATION = (
    100_000  # a common word naming a town smaller than this, abroad, is read as the word
)


def _drop_stray_common_words(out: list[Resolution], gaz: Gazetteer) -> list[Resolution]:
    """A one-word mention that is also an ordinary English word ("See also", "Capital:")
    is dropped when it resolves to a small town (or a town it is only another name of)
    in a country no
    other place of the document is in, while the document's other places agree on
    where it is (two or more in its countries): far from the document's region, the
    word is more likely than the namesake."""
    from geo import lexicon

    country, kind, population = gaz.col["country"], gaz.col["kind"], gaz.col["population"]
    common = lexicon.common_words()

    def is_word(r: Resolution) -> bool:
        return " " not in r.mention.key and r.mention.key in common

    firm = Counter(country[r.row] for r in out if not is_word(r) and country[r.row])
    if sum(firm.values()) < 2:
        return out
    keep = []
    for r in out:
        c = country[r.row]
        small = int(population[r.row] or 0) < _STRAY_POPULATION
        alias_only = (
            fold(str(gaz.col["name"][r.row])) != r.mention.key
        )  # "Capital", an other name of Manama
        k = kind[r.row]
        stray = (
            is_word(r)
            and c
            and c not in firm
            and (
                (k in ("city", "village") and small)
                or (k not in ("country", "continent", "region") and alias_only)
            )
        )
        if not stray:
            keep.append(r)
    return keep


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


def _inside(gaz: Gazetteer, rows: tuple[int, ...], qualifier: str) -> tuple[int, ...]:
    """The candidates that lie in a country or first-level division ``qualifier``
    can name ("Paris, Texas"; "Athens, Georgia" the U.S. state, since no Athens
    lies in the country); all of them when none lies in any."""
    from geo.geoparse import span_candidates

    c = gaz.col
    areas = set()
    for q in span_candidates(qualifier, gaz)[1]:
        if c["kind"][q] == "country":
            areas.add((c["country"][q], None))
        elif c["kind"][q] == "admin1":
            areas.add((c["country"][q], c["admin1"][q]))
    inside = tuple(
        r
        for r in rows
        if c["kind"][r] not in ("country", "continent")
        and (
            (c["country"][r], None) in areas
            or (c["kind"][r] != "admin1" and (c["country"][r], c["admin1"][r]) in areas)
        )
    )
    return inside or rows


def geocode_names(names: list[str], gaz: Gazetteer, context: str = "") -> list[Resolution | None]:
    """Resolve bare names, optionally in the light of a context text (``geo geocode``).

    Each name is resolved as if it opened a sentence followed by ``context``, so the
    places named there count as its siblings. "Name, Country" or "Name, State" keeps
    the candidates inside the country or state; a name the gazetteer lacks resolves
    by the longest place name inside it ("Oaxaca State" → Oaxaca).
    """
    from geo.geoparse import find_mentions, span_candidates

    results: list[Resolution | None] = []
    for name in names:
        head, _, qualifier = name.partition(",")
        key, rows = span_candidates(head.strip() if qualifier.strip() else name, gaz)
        if not rows:
            results.append(None)
            continue
        if qualifier.strip():
            rows = _inside(gaz, rows, qualifier.strip())
        joined = f"{name} {context}" if context else name
        around = [m for m in find_mentions(joined, gaz) if m.start > len(name)]
        results.append(resolve([Mention(0, len(name), name, key, rows), *around], joined, gaz)[0])
    return results
