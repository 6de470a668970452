"""Joining places and dates into event records, each with its quote and source.

For every sentence of a document:

* each place mentioned there is an event place, unless the name stands for a
  past event rather than for something happening there ("the Xocalı massacre",
  "After Xocalı, ...": ``data/lexicon/reference_cues.csv``), or the sentence is a
  heading (a paragraph of its own without closing punctuation);
* a place takes the nearest date of its sentence; a sentence without a date takes
  the date of the sentence it continues (the previous dated sentence of the same
  paragraph) and says so (``date_inherited``); with none, the event is undated;
* a date of the sentence that no place took makes an *unplaced* record, so no
  dated statement is dropped silently;
* the event type is the first rule of ``data/lexicon/event_types.csv`` matching
  near the place or date (names of other events masked), else ``other``;
* figures are read when the text states them: ``fatalities`` ("613 ... were
  murdered") and ``displaced`` ("250,000 ... had been expelled").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from geo import lexicon
from geo.dates import TimeExpr, find_dates
from geo.documents import Document
from geo.gazetteer import Gazetteer
from geo.geocode import Resolution, resolve
from geo.geoparse import find_mentions, unknown_names
from geo.text import paragraphs, sentences

EVENT_COLUMNS = [
    "event_id", "doc", "doc_title", "doc_publisher", "doc_url", "mention", "place_id", "name", "names",
    "kind", "country", "lat", "lon", "date_start", "date_end", "date_precision", "date_text",
    "date_inherited", "event_type", "fatalities", "displaced", "quote", "start", "end",
    "sentence_start", "sentence_end", "confidence", "unplaced",
]  # fmt: skip
_WINDOW = 70
_CLAUSE = re.compile(r"[,;:]")
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+)"
_FATAL = re.compile(_NUM + r"\b(?:(?!\d)[^.;]){0,60}?\b(?:killed|murdered|dead|died|massacred|executed|slain)\b", re.I)
_DISPLACED = re.compile(_NUM + r"\b(?:(?!\d)[^.;]){0,80}?\b(?:expelled|displaced|deported|fled|evicted|forced out)\b", re.I)


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
    return any(p.search(after) for p in cues["after"]) or any(p.search(before) for p in cues["before"])


def _figure(pattern: re.Pattern, sentence: str) -> int | None:
    m = pattern.search(sentence)
    return int(m.group(1).replace(",", "")) if m else None


_NEXT_WORD = re.compile(r"\s*\w+")


def _distance(a: tuple[int, int], b: tuple[int, int], text: str) -> float:
    lo, hi = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
    gap = max(0, hi - lo)
    return gap + 25 * len(_CLAUSE.findall(text[lo:hi]))


def event_type(text: str, anchor: tuple[int, int], sentence: tuple[int, int], masks: list[tuple[int, int]]) -> str:
    """The event type near ``anchor`` within ``sentence`` (``masks`` are blanked first)."""
    return _event_type_in(_masked(text, sentence, masks), anchor, sentence[0])


def _masked(text: str, sentence: tuple[int, int], masks: list[tuple[int, int]]) -> str:
    """The sentence with the ``masks`` spans blanked (same length)."""
    s, e = sentence
    out = text[s:e]
    for ms, me in masks:
        lo, hi = max(ms, s) - s, min(me, e) - s
        if hi > lo:
            out = out[:lo] + " " * (hi - lo) + out[hi:]
    return out


def _event_type_in(masked: str, anchor: tuple[int, int], offset: int) -> str:
    """The type of the first rule near ``anchor`` in ``masked`` (a sentence starting at ``offset``), else in the whole sentence."""
    lo = max(0, anchor[0] - offset - _WINDOW)
    hi = min(len(masked), anchor[1] - offset + _WINDOW)
    return _first_rule(masked[lo:hi]) or _first_rule(masked) or "other"


@lru_cache(maxsize=4096)
def _first_rule(scope: str) -> str | None:
    """The first event rule whose pattern occurs in ``scope`` (a sentence is looked
    at once for all the places it names)."""
    for rule in lexicon.event_rules():
        if rule.pattern.search(scope):
            return rule.event_type
    return None


def _reference_masks(refs: list[Resolution], text: str) -> list[tuple[int, int]]:
    masks = []
    for r in refs:
        m = _NEXT_WORD.match(text, r.mention.end)
        masks.append((r.mention.start, m.end() if m else r.mention.end))
    return masks


def document_events(doc: Document, gaz: Gazetteer, demonyms: bool = False) -> DocumentResult:
    """Find places, dates and events in one document (``demonyms``: see
    :func:`geo.geoparse.find_mentions`)."""
    text = doc.text
    mentions = find_mentions(text, gaz, demonyms=demonyms)
    res = resolve(mentions, text, gaz)
    dates = find_dates(text, default_year=_year(doc.date))
    # everything is looked up by position: sorted starts and bisection, so the
    # time grows with the length of the document, not with its square
    by_start = sorted(res, key=lambda r: r.mention.start)
    res_starts = [r.mention.start for r in by_start]
    dates = sorted(dates, key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    paras = paragraphs(text)
    para_starts = [p[0] for p in paras]
    events: list[dict] = []
    last_sentence: list[dict] = []  # the events of the last sentence that made any
    previous_date: TimeExpr | None = None
    current_para = None
    for s, e in sentences(text):
        k = bisect_right(para_starts, s) - 1
        para = paras[k] if k >= 0 and s < paras[k][1] else None
        if para != current_para:
            current_para, previous_date = para, None
        heading = para == (s, e) and text[e - 1 : e] not in ".!?" and "\n" not in text[s:e]
        sent_res = by_start[bisect_left(res_starts, s) : bisect_left(res_starts, e)]
        refs = [r for r in sent_res if is_reference(r, text)]
        places = [r for r in sent_res if not any(r is x for x in refs)]
        sent_dates = dates[bisect_left(date_starts, s) : bisect_left(date_starts, e)]
        masks = _reference_masks(refs, text)
        sentence = text[s:e]
        figures = {"fatalities": _figure(_FATAL, sentence), "displaced": _figure(_DISPLACED, sentence)}
        if heading:
            continue
        if not places and not sent_dates and last_sentence and last_sentence[0]["sentence_end"] == _previous_end(text, s):
            # "613 Azerbaijanis were murdered." continues the sentence before it; the
            # figure is given to that sentence's event only when it has just one
            if len(last_sentence) == 1:
                for key, v in figures.items():
                    if v is not None and last_sentence[0][key] is None:
                        last_sentence[0][key] = v
            continue
        masked = _masked(text, (s, e), masks)
        made: list[dict] = []
        used: set[int] = set()
        for r in places:
            inherited = False
            if sent_dates:
                k = min(range(len(sent_dates)), key=lambda i: _distance((r.mention.start, r.mention.end), (sent_dates[i].start, sent_dates[i].end), text))
                when = sent_dates[k]
                used.add(k)
            else:
                when, inherited = previous_date, previous_date is not None
            made.append(_record(doc, gaz, r, when, inherited, _event_type_in(masked, (r.mention.start, r.mention.end), s), (s, e), figures))
        for k, d in enumerate(sent_dates):
            if k not in used:
                made.append(_record(doc, gaz, None, d, False, _event_type_in(masked, (d.start, d.end), s), (s, e), figures))
        if made:
            events.extend(made)
            last_sentence = made
        if sent_dates:
            previous_date = sent_dates[-1]
    for i, ev in enumerate(events):
        ev["event_id"] = f"{doc.id}:{i + 1}"
    return DocumentResult(doc, res, dates, events, unknown_names(text, mentions, gaz))


def _previous_end(text: str, start: int) -> int:
    """Where the sentence before ``start`` ends, when only spaces lie between."""
    i = start
    while i > 0 and text[i - 1] in " \t\n":
        i -= 1
    return i if "\n\n" not in text[i:start] else -1


def _year(value: str) -> int | None:
    m = re.match(r"\s*(\d{4})", value or "")
    return int(m.group(1)) if m else None


def _record(doc, gaz, r: Resolution | None, when: TimeExpr | None, inherited: bool, etype: str, sentence, figures) -> dict:
    s, e = sentence
    rec = {
        "event_id": "",
        "doc": doc.id,
        "doc_title": doc.title,
        "doc_publisher": doc.publisher,
        "doc_url": doc.url,
        "mention": None,
        "place_id": None,
        "name": None,
        "names": None,
        "kind": None,
        "country": None,
        "lat": None,
        "lon": None,
        "date_start": when.iso[0] if when else None,
        "date_end": when.iso[1] if when else None,
        "date_precision": when.precision if when else None,
        "date_text": when.surface if when else None,
        "date_inherited": inherited,
        "event_type": etype,
        "fatalities": figures["fatalities"],
        "displaced": figures["displaced"],
        "quote": doc.text[s:e],
        "start": r.mention.start if r else (when.start if when else s),
        "end": r.mention.end if r else (when.end if when else e),
        "sentence_start": s,
        "sentence_end": e,
        "confidence": r.confidence if r else None,
        "unplaced": r is None,
    }
    if r is not None:
        c, i = gaz.col, r.row
        rec.update(
            mention=r.mention.surface,
            place_id=c["id"][i],
            name=c["name"][i],
            names="|".join(gaz.names_of(i)),
            kind=c["kind"][i],
            country=c["country"][i],
            lat=float(c["lat"][i]),
            lon=float(c["lon"][i]),
        )
    return rec


def events_frame(results: list[DocumentResult]) -> pd.DataFrame:
    """All events of all documents as one table (columns :data:`EVENT_COLUMNS`)."""
    rows = [ev for r in results for ev in r.events]
    df = pd.DataFrame.from_records(rows, columns=EVENT_COLUMNS)
    for col in ("fatalities", "displaced", "start", "end", "sentence_start", "sentence_end"):
        df[col] = df[col].astype("Int64")
    return df
