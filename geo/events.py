"""Events as happenings: what happened, where, when, who did it to whom, how precisely known.

A sentence is cut into clauses (at ``;`` and at a comma before a clause word such
as "followed by", "while", "but", "and" + a non-place: ``geo/data/lexicon/event_words.csv``).
In each clause:

* **when**: each date the clause gives is one happening; a clause without a date
  of its own takes the date of the sentence it continues (the previous dated
  sentence of the same paragraph) and says so (``date_inherited``);
* **what**: the rule of ``geo/data/lexicon/event_types.csv`` matching first near the
  date, else in the clause, else (a clause such as "…, followed by X in
  February") the happening of the clause before; each rule gives geo's
  ``event_type`` and ACLED's ``sub_event_type`` (``geo/data/lexicon/acled_types.csv``);
* **where**: each place gets a role from the words before it: a town or
  village is a location unless it is an origin ("from X") or destination ("to
  X") of people moved; a country, first-level division or region is the location
  only when the clause says the happening was there ("in Armenia", "across
  Azerbaijan": ``locative`` words), and is then marked ``coarse_location``;
  otherwise it is a doer ("Armenia began demanding …" → an actor), one of the
  two sides of a border ("between X and Y") or context ("the transfer of X").
  The location is the most specific of the locations; a displacement without
  one happened where people were driven from (its origin). Names of past events
  ("the Xocalı massacre", "After Xocalı, …": ``geo/data/lexicon/reference_cues.csv``)
  are not locations; headings make no events;
* **who**: ``actor1``, ``actor2`` and associated actors (:mod:`geo.actors`);
* **how precise**: ACLED ``time_precision``/``geo_precision`` and UCDP GED
  ``date_prec``/``where_prec`` (:func:`time_codes`, :func:`place_codes`);
* **figures**: ``fatalities`` (UCDP's best estimate) with ``fatalities_low`` and
  ``fatalities_high`` when the text gives a range or "at least", and ``displaced``.

A clause makes events when it has a date of its own or says what happened at a
location: one event per location (the same place twice is one event), or one
*unplaced* event (kept in the table, not on the map) when it places nothing.
Every event has a stable ``event_id``: a hash of the document and the offsets it
comes from, so a re-run keeps every id.
"""

from __future__ import annotations

import csv
import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

import pandas as pd

from geo import lexicon
from geo.actors import Actor, countries, find_actors, group_victims, state_actor, with_country
from geo.dates import TimeExpr, find_dates
from geo.documents import Document
from geo.gazetteer import LEX_DIR, Gazetteer
from geo.geocode import Resolution, resolve
from geo.geoparse import find_mentions, is_dateline, unknown_names
from geo.model import EVENT_COLUMNS as MODEL_COLUMNS
from geo.model import Place
from geo.text import paragraphs, sentences

EVENT_COLUMNS = MODEL_COLUMNS  # the fields of geo.model.Event, in order
INT_COLUMNS = (
    "fatalities", "displaced", "start", "end", "sentence_start", "sentence_end",
    "time_precision", "geo_precision", "date_prec", "where_prec", "fatalities_low", "fatalities_high",
)  # fmt: skip
_WINDOW = 70
_CLAUSE = re.compile(r"[,;:]")
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+)"
_QUAL = r"(?:(at least|more than|over|no fewer than|up to|as many as|between|around|about|some|nearly|almost|approximately|an estimated)\s+)?"
_FATAL = re.compile(
    _QUAL
    + _NUM
    + r"(?:\s*(?:-|–|to|and)\s*"
    + _NUM
    + r")?\b(?:(?!\d)[^.;]){0,60}?\b(?:killed|murdered|dead|died|massacred|executed|slain)\b",
    re.I,
)
_FATAL_AFTER = re.compile(
    r"\b(?:killing|killed|leaving|left)\s+"
    + _QUAL
    + _NUM
    + r"(?:\s*(?:-|–|to|and)\s*"
    + _NUM
    + r")?\s+(?:[a-z]+\s+){0,2}?"
    r"(?:people|persons|civilians|soldiers|fighters|troops|villagers|residents|others|dead)\b",
    re.I,
)
_DISPLACED = re.compile(
    _NUM + r"\b(?:(?!\d)[^.;]){0,80}?\b(?:expelled|displaced|deported|fled|evicted|forced out)\b",
    re.I,
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)\s*$")
# kinds of place by how specific they are (1: a town; 4: a country; 5: larger)
_RANK = {
    "city": 1,
    "village": 1,
    "terrain": 1,
    "admin2": 2,
    "admin1": 3,
    "region": 3,
    "country": 4,
    "continent": 5,
    "water": 5,
}
_FORCES_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


@dataclass
class DocumentResult:
    """What one document yields: its mentions resolved, its dates and its events."""

    document: Document
    resolutions: list[Resolution]
    dates: list[TimeExpr]
    events: list[dict]
    unknown: list[tuple[int, int, str]] = field(default_factory=list)


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


def fatality_figures(text: str) -> tuple[int | None, int | None, int | None]:
    """Deaths the text states, as UCDP's (best, low, high): "at least 12 killed" →
    (12, 12, None); "between 10 and 15 killed" → (10, 10, 15); "up to 30 dead" →
    (None, None, 30); "613 … were murdered" → (613, None, None); "…, killing 4 soldiers" → (4, None, None)."""
    m = _FATAL.search(text) or _FATAL_AFTER.search(
        text
    )  # "12 … were killed", "…, killing at least 12 people"
    if not m:
        return None, None, None
    qual = (m.group(1) or "").lower()
    n = _count(m.group(2))
    hi = _count(m.group(3)) if m.group(3) else None
    if n is None:
        return None, None, None
    if hi is not None and hi > n:
        return (
            n,
            n,
            hi,
        )  # a range: its low end is the (conservative) best estimate, as UCDP codes it
    if qual in ("at least", "more than", "over", "no fewer than"):
        return n, n, None
    if qual in ("up to", "as many as"):
        return None, None, n
    return n, None, None


MAX_FIGURE = 10_000_000_000  # more people than live on Earth: not a figure of a happening


def _count(digits: str) -> int | None:
    """A stated number of people ("250,000"); None when it cannot be one."""
    n = int(digits.replace(",", ""))
    return n if n <= MAX_FIGURE else None


def _figure(pattern: re.Pattern, sentence: str) -> int | None:
    m = pattern.search(sentence)
    return _count(m.group(1)) if m else None


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


def _rule_in(masked: str, anchor: tuple[int, int] | None, offset: int):
    """The first rule near ``anchor`` in ``masked`` (a span starting at ``offset``), else in all of it."""
    if anchor is not None:
        lo = max(0, anchor[0] - offset - _WINDOW)
        hi = min(len(masked), anchor[1] - offset + _WINDOW)
        rule = _first_rule(masked[lo:hi])
        if rule is not None:
            return rule
    return _first_rule(masked)


@lru_cache(maxsize=4096)
def _first_rule(scope: str):
    """The event rule whose pattern occurs first in ``scope`` (the main verb of an
    English clause comes before what it acts on: "X condemned the attack" is
    political); on a tie, the rule listed first."""
    best = None
    for i, rule in enumerate(lexicon.event_rules()):
        m = rule.pattern.search(scope)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), i, rule)
    return best[2] if best else None


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


def _role_word(text: str, start: int, lo: int, ends: dict[int, int]) -> str:
    """The word that gives the place at ``start`` its role: the nearest word before
    it that is not a skip word ("the", "town of"), passing over other places and
    the commas and "and" of a list of places ("in X, Y and Z" → "in" for Z)."""
    skip = event_words()["skip"]
    i = start
    for _ in range(40):
        j = i
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j <= lo:
            return ""
        if j in ends:
            i = ends[j]
            continue
        if text[j - 1] == ",":
            k = j - 1
            while k > lo and text[k - 1].isspace():
                k -= 1
            if k in ends:
                i = k
                continue
            return ","
        m = _WORD_BEFORE.search(text, max(lo, j - 40), j)
        if not m or m.end() != j:
            return ""
        w = m.group(1).lower().rstrip(".")
        p = _WORD_BEFORE.search(
            text, max(lo, m.start() - 40), m.start()
        )  # the word before it, spaces between
        two = f"{p.group(1).lower()} {w}" if p else ""
        if two and two in skip:
            i = p.start()
            continue
        if w in skip:
            i = m.start()
            continue
        if two and any(two in event_words()[role] for role in ("near", "origin", "destination")):
            return two
        return w
    return ""


def _word_after(text: str, end: int, limit: int) -> str:
    m = re.match(r"\s+([^\W\d_]+)", text[end : min(limit, end + 30)])
    return m.group(1).lower() if m else ""


def _role(word: str, rank: int) -> str:
    """A place's role from the word before it and how specific the place is."""
    words = event_words()
    if word in words["origin"]:
        return "origin"
    if word in words["destination"]:
        return "destination"
    if word in words["sides"]:
        return "sides"
    if word in words["near"]:
        return "near" if rank <= 2 else "context"
    if rank <= 2:
        return "location"
    if word in words["locative"]:
        return "location"
    if word in words["agent"]:
        return "agent"
    if word in ("of", "for", "with", "against", "on", "than", "as"):
        return "context"
    return "doer"


def time_codes(when: TimeExpr | None) -> tuple[int | None, int | None]:
    """ACLED ``time_precision`` (1 the day is known, 2 a week or a range of days,
    3 a month or coarser) and UCDP GED ``date_prec`` (1 the exact day; 2 a range of
    2-6 days; 3 the week; 4 a range of 8-30 days or the month; 5 a longer range or
    only the year) of a date."""
    if when is None:
        return None, None
    days = (when.date_end - when.date_start).days + 1
    acled = 1 if days == 1 else 2 if days <= 7 else 3
    ucdp = 1 if days == 1 else 2 if days <= 6 else 3 if days == 7 else 4 if days <= 31 else 5
    return acled, ucdp


def place_codes(
    kind: str, near: bool = False, district: bool = False, linear: bool = False
) -> tuple[int, int]:
    """ACLED ``geo_precision`` (1 the town itself; 2 near a town or part of a
    district; 3 a region or larger, coded to a point of it) and UCDP GED
    ``where_prec`` (1 the exact place; 2 within about 25 km of a known point; 3 a
    second-order division (district); 4 a first-order division (province, region);
    5 a line (a border, road or river) or between places; 6 only the country;
    7 international waters or airspace, or larger) of a location."""
    rank = _RANK.get(kind, 1)
    if linear:
        return 3, 5
    if rank == 1:
        return (2, 3) if district else (2, 2) if near else (1, 1)
    if rank == 2:
        return 2, 3
    if rank == 3:
        return 3, 4
    if rank == 4:
        return 3, 6
    return 3, 7


def event_id(doc_id: str, *offsets: int | None) -> str:
    """A stable id: the document and a hash of the document and offsets."""
    key = "|".join([doc_id, *("" if o is None else str(o) for o in offsets)])
    return f"{doc_id}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


@dataclass
class _Place:
    res: Resolution
    rank: int
    role: str
    word: str = ""  # the word that gave the role
    linear: bool = False  # "the Syrian border": a line along the place
    anchor: int = 0  # which date of the clause it goes with


def document_events(doc: Document, gaz: Gazetteer, demonyms: bool = False) -> DocumentResult:
    """Find places, dates and events in one document (``demonyms``: see
    :func:`geo.geoparse.find_mentions`)."""
    text = doc.text
    mentions = find_mentions(text, gaz, demonyms=demonyms)
    res = resolve(mentions, text, gaz)
    dates = find_dates(text, default_year=_year(doc.date) or _title_year(doc.title))
    # everything is looked up by position: sorted starts and bisection, so the
    # time grows with the length of the document, not with its square
    by_start = sorted(res, key=lambda r: r.mention.start)
    res_starts = [r.mention.start for r in by_start]
    dates = sorted(dates, key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    paras = paragraphs(text)
    para_starts = [p[0] for p in paras]
    kinds, iso_names = gaz.col["kind"], countries()[1]
    events: list[dict] = []
    last_sentence: list[dict] = []  # the events of the last sentence that made any
    previous_date: TimeExpr | None = None
    heading_date: TimeExpr | None = (
        None  # the date of the last heading, for the paragraphs under it
    )
    current_para = None
    for s, e in sentences(
        text, [(r.mention.start, r.mention.end) for r in res]
    ):  # a quote never cuts a name short
        k = bisect_right(para_starts, s) - 1
        para = paras[k] if k >= 0 and s < paras[k][1] else None
        if para != current_para:
            current_para, previous_date = para, heading_date
        # a line without a final full stop (a heading, a title with a date, a line that
        # introduces a list, "Recalling …,") is read like any sentence: its places and
        # dates count; it makes an event only where a sentence would. A heading's date
        # ("Situation report, June 1994") dates the undated paragraphs under it.
        heading = para == (s, e) and text[e - 1 : e] not in ".!?,;:" and "\n" not in text[s:e]
        sent_res = by_start[bisect_left(res_starts, s) : bisect_left(res_starts, e)]
        refs = [r for r in sent_res if is_reference(r, text)]
        places = [r for r in sent_res if not any(r is x for x in refs)]
        sent_dates = dates[bisect_left(date_starts, s) : bisect_left(date_starts, e)]
        sentence = text[s:e]
        if heading and sent_dates and not places:
            heading_date = previous_date = sent_dates[-1]
            continue
        if (
            not places
            and not sent_dates
            and last_sentence
            and last_sentence[0]["sentence_end"] == _previous_end(text, s)
        ):
            # "613 Azerbaijanis were murdered." continues the sentence before it; the
            # figure is given to that sentence's event only when it has just one
            if len(last_sentence) == 1:
                _add_figures(last_sentence[0], sentence)
            continue
        if not places and not sent_dates:
            continue
        masked = _masked(text, (s, e), _reference_masks(refs, text))
        made: list[dict] = []
        ends = {r.mention.end: r.mention.start for r in sent_res}
        prev_rule = None
        earlier = _EarlierActors(text, iso_names)
        clause_date = (
            previous_date  # a clause without a date takes the last one before it in the sentence
        )
        for cs, ce in clauses(text, (s, e), {r.mention.start for r in places}):
            c_places = [r for r in places if cs <= r.mention.start < ce]
            c_dates = [d for d in sent_dates if cs <= d.start < ce]
            c_masked = masked[cs - s : ce - s]
            whole_rule = _rule_in(c_masked, None, cs)
            if whole_rule is None and _continuation().match(text, cs, ce) and prev_rule is not None:
                whole_rule = prev_rule
            roles = []
            for r in c_places:
                rank, word = _RANK.get(kinds[r.row], 1), _role_word(text, r.mention.start, cs, ends)
                after = _word_after(text, r.mention.end, ce)
                role = (
                    "location"
                    if rank >= 3 and after in event_words()["place_after"]
                    else _role(word, rank)
                )
                if is_dateline(r.mention, text) and len(c_places) > 1:
                    role = "context"  # "STEPANAKERT, April 4 (Wire) - … entered Kelbajar": where the report was filed
                roles.append(_Place(r, rank, role, word, linear=after in event_words()["linear"]))
            for p in roles:
                if c_dates:
                    span = (p.res.mention.start, p.res.mention.end)
                    p.anchor = min(
                        range(len(c_dates)),
                        key=lambda i: _distance(span, (c_dates[i].start, c_dates[i].end), text),
                    )
            anchors: list[TimeExpr | None] = list(c_dates) or [None]
            for i, when in enumerate(anchors):
                lo, hi = _segment(c_dates, i, cs, ce)
                mine = [p for p in roles if p.anchor == i]
                rule = (
                    _rule_in(c_masked, (when.start, when.end), cs)
                    if when
                    else (whole_rule if whole_rule else None)
                )
                if rule is None and whole_rule is not None:
                    rule = whole_rule
                inherited = when is None and clause_date is not None
                date = when or clause_date
                locations = _locations(text, (cs, ce), mine, rule)
                if when is None and (rule is None or not locations):
                    earlier.spans.append(((lo, hi), (cs, ce), roles, rule))
                    continue  # neither a date of its own nor a happening at a place
                where = next((str(gaz.col["country"][p.res.row]) for p, _, _ in locations), "")
                actors = _actors(
                    text, (lo, hi), (cs, ce), mine, roles, rule, iso_names, earlier, where
                )
                earlier.found.extend(a for a in actors.pop("_seen") if a not in earlier.found)
                common = _common(doc, rule, date, inherited, (s, e), (cs, ce), actors, mine)
                if not locations:
                    made.append(_record(common, gaz, None, None, when or date, (s, e)))
                for p, near, district in locations:
                    made.append(_record(common, gaz, p, (near, district), when or date, (s, e)))
            prev_rule = whole_rule or prev_rule
            if c_dates:
                clause_date = c_dates[-1]
        if made:
            events.extend(made)
            last_sentence = made
        if sent_dates:
            previous_date = sent_dates[-1]
    seen: set[str] = set()
    for ev in events:
        eid = event_id(doc.id, ev["sentence_start"], ev["start"], ev["end"])
        while eid in seen:  # the same offsets twice (never from one clause): keep ids unique
            eid = event_id(doc.id, ev["sentence_start"], ev["start"], ev["end"], len(seen))
        seen.add(eid)
        ev["event_id"] = eid
    return DocumentResult(doc, res, dates, events, _unknown_by_block(text, mentions, gaz, paras))


_BLOCK = 100_000


def _unknown_by_block(
    text: str, mentions: list, gaz: Gazetteer, paras: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """:func:`geo.geoparse.unknown_names` over blocks of whole paragraphs of about
    100 kB: it compares every name it finds with every mention, so one call on a
    whole long document grows with the square of its length (a name never spans
    paragraphs, so the result is the same)."""
    if len(text) <= 2 * _BLOCK or not paras:
        return unknown_names(text, mentions, gaz)
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    out: list[tuple[int, int, str]] = []
    lo = 0
    while lo < len(paras):
        hi = lo
        while hi < len(paras) and paras[hi][1] - paras[lo][0] < _BLOCK:
            hi += 1
        hi = max(hi, lo + 1)
        bs, be = paras[lo][0], paras[hi - 1][1]
        block = [
            replace(m, start=m.start - bs, end=m.end - bs)
            for m in mentions[bisect_left(starts, bs) : bisect_left(starts, be)]
        ]
        out.extend((s + bs, e + bs, name) for s, e, name in unknown_names(text[bs:be], block, gaz))
        lo = hi
    return out


def _segment(c_dates: list[TimeExpr], i: int, cs: int, ce: int) -> tuple[int, int]:
    """The part of a clause that goes with its ``i``-th date: up to halfway to the dates either side."""
    if len(c_dates) < 2:
        return cs, ce
    lo = cs if i == 0 else (c_dates[i - 1].end + c_dates[i].start) // 2
    hi = ce if i == len(c_dates) - 1 else (c_dates[i].end + c_dates[i + 1].start) // 2
    return lo, hi


def _locations(
    text: str, clause: tuple[int, int], places: list[_Place], rule
) -> list[tuple[_Place, bool, bool]]:
    """The most specific places the happening was at, once each, with (near, named as a district)."""
    cands = [p for p in places if p.role in ("location", "near")]
    if rule is not None and rule.event_type == "political":
        # a political act is where the clause puts it ("in Vienna"); "condemned the capture of
        # Agdam" is about Agdam
        cands = [p for p in cands if p.role == "near" or p.word in event_words()["locative"]]
    if not cands and rule is not None and rule.event_type == "displacement":
        cands = [p for p in places if p.role == "origin"]  # expelled from X: it happened at X
    elif not cands and (rule is None or rule.event_type != "political"):
        # "forces advanced to Lachin": a town reached (else left) is where the happening was
        cands = [p for p in places if p.rank <= 2 and p.role in ("destination", "origin")]
        cands = [p for p in cands if p.role == "destination"] or cands
    if not cands:
        return []
    best = min(p.rank for p in cands)
    out: list[tuple[_Place, bool, bool]] = []
    seen: set[str] = set()
    for p in cands:
        if p.rank == best and p.res.place_id not in seen:
            seen.add(p.res.place_id)
            me = p.res.mention.end
            district = p.rank == 1 and bool(
                _district_words().fullmatch(p.word)
                or (text[me : me + 1].isspace() and _district_words().match(text, me + 1, me + 14))
            )
            out.append((p, p.role == "near", district))
    return out


class _EarlierActors:
    """The doers named in the earlier clauses of a sentence, found only when a later clause needs them."""

    def __init__(self, text: str, iso_names: dict[str, str]) -> None:
        self.text, self.iso_names = text, iso_names
        self.spans: list = []  # clauses that made no event, not yet looked at
        self.found: list[Actor] = []

    def get(self) -> list[Actor]:
        for segment, clause, roles, rule in self.spans:
            seen = _actors(self.text, segment, clause, [], roles, rule, self.iso_names, None, "")[
                "_seen"
            ]
            self.found.extend(a for a in seen if a not in self.found)
        self.spans = []
        return sorted(self.found, key=lambda a: a.start)


def _actors(
    text,
    segment,
    clause,
    mine: list[_Place],
    roles: list[_Place],
    rule,
    iso_names,
    earlier: _EarlierActors | None,
    where: str,
) -> dict:
    """actor1, actor2 and associated actors of one happening (see :mod:`geo.actors`);
    ``where``: the country the happening was in (ISO2), for the civilians of a group."""
    lo, hi = segment
    etype = rule.event_type if rule else "other"
    forces = rule is not None and (rule.acled in _FORCES_TYPES or etype == "displacement")
    country_mentions = [
        (
            p.res.mention.start,
            p.res.mention.end,
            p.res.place_id[8:],
            iso_names.get(p.res.place_id[8:], p.res.mention.surface),
        )
        for p in roles
        if p.res.place_id.startswith("country:")
        and lo <= p.res.mention.start < hi
        and p.role not in ("location", "origin", "destination", "sides")
    ]
    found = [
        a
        for a in find_actors(text, (lo, hi), country_mentions)
        if _word_after(text, a.end, clause[1]) not in event_words()["source_after"]
    ]
    taken = [(a.start, a.end) for a in found]
    for p in roles:
        ms = p.res.mention.start
        if (
            p.role in ("doer", "agent")
            and p.res.place_id.startswith("country:")
            and lo <= ms < hi
            and not any(a <= ms < b for a, b in taken)
        ):
            iso = p.res.place_id[8:]
            act = state_actor(
                iso,
                iso_names.get(iso, p.res.mention.surface),
                "battle" if forces else "political",
                ms,
                p.res.mention.end,
            )
            found.append(act)
    seen = sorted(found, key=lambda a: a.start)
    if rule is not None and (etype in ("violence_against_civilians", "displacement")):
        found += [
            v
            for v in group_victims(text, (lo, hi))
            if not any(a.start <= v.start < a.end for a in found)
        ]
    if (
        not found and earlier is not None
    ):  # the doers named earlier in the sentence ("X, then President of Y, ... and had to resign")
        found = [
            state_actor(
                a.country,
                iso_names.get(a.country, a.country),
                "battle" if forces else "political",
                a.start,
                a.end,
            )
            if a.bare
            else a
            for a in earlier.get()
            if a.kind != "civilians"
        ]
    agents, targets, others = [], [], []
    words = event_words()
    for a in sorted(found, key=lambda a: a.start):
        before = text[max(clause[0], a.start - 25) : a.start].lower().split()
        last = before[-1] if before else ""
        if last in words["agent"]:
            agents.append(a)
        elif a.kind == "civilians" or last in words["target"] or last in ("on", "at"):
            targets.append(a)
        else:
            others.append(a)
    side1 = agents + others
    side2 = targets
    if (
        not side2 and len(side1) > 1
    ):  # the first actor and those joined to it ("X and Y", "X together with Y"), then the other side
        allies = side1[:1]
        for a in side1[1:]:
            (allies if _joined(text, allies[-1], a) and not side2 else side2).append(a)
        side1 = allies
    country = iso_names.get(where, "")
    side1 = [
        Actor(with_country(a.name, country), a.kind, a.country, a.start, a.end, a.bare)
        for a in side1
    ]
    side2 = [
        Actor(with_country(a.name, country), a.kind, a.country, a.start, a.end, a.bare)
        for a in side2
    ]
    side1, side2 = _unique(side1), _unique(side2)
    out = {
        "actor1": None,
        "assoc_actor_1": None,
        "actor2": None,
        "assoc_actor_2": None,
        "_seen": seen,
    }
    if side1:
        out["actor1"], out["actor1_kind"] = side1[0].name, side1[0].kind
        out["assoc_actor_1"] = "; ".join(a.name for a in side1[1:]) or None
    if side2:
        # victims named by a group ("Azerbaijanis") are civilians of where it happened, the group
        # associated
        main = [a for a in side2 if not a.name.endswith("Ethnic Group")]
        groups = [a for a in side2 if a.name.endswith("Ethnic Group")]
        if not main and groups:
            country = iso_names.get(where)
            main = [
                Actor(
                    f"Civilians ({country})" if country else "Civilians",
                    "civilians",
                    "",
                    groups[0].start,
                    groups[0].end,
                )
            ]
        out["actor2"], out["actor2_kind"] = main[0].name, main[0].kind
        out["assoc_actor_2"] = (
            "; ".join([a.name for a in main[1:]] + [a.name for a in groups]) or None
        )
    return out


def _joined(text: str, a: Actor, b: Actor) -> bool:
    """True when ``b`` is joined to ``a`` as an ally ("X and Y forces", "X with Y")."""
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    return (
        re.fullmatch(
            r"\s*(?:,|and|together with|with|along with|backed by|supported by)\s*",
            text[lo:hi],
            re.I,
        )
        is not None
    )


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


def _common(doc, rule, when, inherited, sentence, clause, actors, mine) -> dict:
    s, e = sentence
    cs, ce = clause
    clause_text = doc.text[cs:ce]
    best, low, high = fatality_figures(clause_text)
    sub = rule.sub_event_type if rule else None
    if (
        rule is not None
        and rule.acled == "Battles"
        and rule.event_type == "strategic_development"
        and actors.get("actor1_kind") == "rebels"
    ):
        sub = "Non-state actor overtakes territory"  # ground taken by force: by a rebel group
    etype = rule.event_type if rule else "other"
    if etype == "battle" and actors.get("actor2_kind") == "civilians":
        etype, sub = (
            "violence_against_civilians",
            "Attack",
        )  # an armed attack on unarmed people: ACLED's violence against civilians
    origin = [p.res.mention.surface for p in mine if p.role == "origin"]
    dest = [p.res.mention.surface for p in mine if p.role == "destination"]
    tp, dp = time_codes(when)
    return {
        "doc": doc.id,
        "doc_title": doc.title,
        "doc_publisher": doc.publisher,
        "doc_url": doc.url,
        "date_start": when.iso[0] if when else None,
        "date_end": when.iso[1] if when else None,
        "date_precision": when.precision if when else None,
        "date_text": when.surface if when else None,
        "date_inherited": inherited,
        "event_type": etype,
        "sub_event_type": sub,
        "fatalities": best,
        "fatalities_low": low,
        "fatalities_high": high,
        "displaced": _figure(_DISPLACED, clause_text),
        "quote": doc.text[s:e],
        "sentence_start": s,
        "sentence_end": e,
        "origin": "|".join(dict.fromkeys(origin)) or None,
        "destination": "|".join(dict.fromkeys(dest)) or None,
        "time_precision": tp,
        "date_prec": dp,
        **{k: actors.get(k) for k in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")},
    }


def _add_figures(ev: dict, sentence: str) -> None:
    best, low, high = fatality_figures(sentence)
    if best is not None and ev["fatalities"] is None:
        ev.update(fatalities=best, fatalities_low=low, fatalities_high=high)
    shown = _figure(_DISPLACED, sentence)
    if shown is not None and ev["displaced"] is None:
        ev["displaced"] = shown


def _previous_end(text: str, start: int) -> int:
    """Where the sentence before ``start`` ends, when only spaces lie between."""
    i = start
    while i > 0 and text[i - 1] in " \t\n":
        i -= 1
    return i if "\n\n" not in text[i:start] else -1


def _title_year(title: str) -> int | None:
    """The year a title names ("Chronicle of 1992"), for days the text gives without one;
    None when it names none or several."""
    years = {
        t.date_start.year for t in find_dates(title or "") if t.date_start.year == t.date_end.year
    }
    return years.pop() if len(years) == 1 else None


def _year(value: str) -> int | None:
    m = re.match(r"\s*(\d{4})", value or "")
    return int(m.group(1)) if m else None


def _record(
    common: dict, gaz: Gazetteer, place: _Place | None, flags, when: TimeExpr | None, sentence
) -> dict:
    s, e = sentence
    rec = dict.fromkeys(EVENT_COLUMNS)
    rec.update(common)
    r = place.res if place else None
    rec.update(
        event_id="",
        start=r.mention.start if r else (when.start if when else s),
        end=r.mention.end if r else (when.end if when else e),
        confidence=r.confidence if r else None,
        unplaced=r is None,
        coarse_location=None,
        source_format="text",
    )
    if r is not None:
        pl = Place.from_gazetteer(gaz, r.row)
        near, district = flags
        gp, wp = place_codes(pl.kind, near=near, district=district, linear=place.linear)
        rec.update(
            mention=r.mention.surface,
            **pl.event_columns(),
            geo_precision=gp,
            where_prec=wp,
            coarse_location=place.rank >= 3,
        )
    return rec


def events_frame(results: list[DocumentResult]) -> pd.DataFrame:
    """All events of all documents as one table (columns :data:`EVENT_COLUMNS`)."""
    rows = [ev for r in results for ev in r.events]
    df = pd.DataFrame.from_records(rows, columns=EVENT_COLUMNS)
    for col in INT_COLUMNS:
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
    return df
