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

This module builds the events (:func:`document_events`, :func:`events_frame`) over one
module per concern: :mod:`~geo.events.clauses` (clauses and the event rules),
:mod:`~geo.events.places` (roles of places, the location, precision codes),
:mod:`~geo.events.figures` (deaths and displaced) and :mod:`~geo.events.actors` (who did
it to whom).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd

from geo import lexicon
from geo.actors import countries
from geo.dates import TimeExpr, find_dates
from geo.dates.writing import report_year, url_day
from geo.documents import Document
from geo.events.actors import _actors, _EarlierActors
from geo.events.clauses import (
    _continuation,
    _distance,
    _masked,
    _reference_masks,
    _rule_in,
    _segment,
    clauses,
    event_type,
    event_words,
    is_reference,
)
from geo.events.figures import MAX_FIGURE, _add_figures, fatality_figures
from geo.events.places import (
    _RANK,
    _locations,
    _Place,
    _role,
    _role_word,
    _word_after,
    place_codes,
    time_codes,
)
from geo.events.rows import EVENT_COLUMNS, INT_COLUMNS, _common, _record, event_id
from geo.gazetteer import Gazetteer
from geo.geocode import (
    Resolution,
    place_lead_names,
    place_listed,
    place_unknowns,
    resolve,
    spread_unknowns,
)
from geo.geocode.spelling import place_misspelt
from geo.geoparse import find_mentions, is_dateline, unknown_names
from geo.geoparse.inflect import case_role, written_in_azerbaijani
from geo.text import paragraphs, sentences


@dataclass
class DocumentResult:
    """What one document yields: its mentions resolved, its dates and its events."""

    document: Document
    resolutions: list[Resolution]
    dates: list[TimeExpr]
    events: list[dict]
    unknown: list[tuple[int, int, str]] = field(default_factory=list)


def document_events(doc: Document, gaz: Gazetteer, demonyms: bool = False) -> DocumentResult:
    """Find places, dates and events in one document (``demonyms``: see
    :func:`geo.geoparse.find_mentions`)."""
    text = doc.text
    verb_last = written_in_azerbaijani(text)  # the verb ends the clause: its rule is last
    paras = paragraphs(text)
    res, unknown = document_places(text, gaz, demonyms=demonyms, paras=paras)
    # the day of writing: the document's date, else the day its web address gives
    written = _day(doc.date) or (None if doc.date else url_day(doc.url))
    dates = find_dates(
        text,
        default_year=_year(doc.date) or (written.year if written else _title_year(doc.title)),
        reference=written,
        header_reference=True,
    )
    # everything is looked up by position: sorted starts and bisection, so the
    # time grows with the length of the document, not with its square
    by_start = sorted(res, key=lambda r: r.mention.start)
    res_starts = [r.mention.start for r in by_start]
    dates = sorted(dates, key=lambda d: d.start)
    date_starts = [d.start for d in dates]
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
        before: list = []  # the places of the sentence's last clause that had any
        for cs, ce in clauses(text, (s, e), {r.mention.start for r in places}):
            c_places = [r for r in places if cs <= r.mention.start < ce]
            c_dates = [d for d in sent_dates if cs <= d.start < ce]
            c_masked = masked[cs - s : ce - s]
            whole_rule = _rule_in(c_masked, None, cs, verb_last)
            if whole_rule is None and _continuation().match(text, cs, ce) and prev_rule is not None:
                whole_rule = prev_rule
            roles = []
            for r in c_places:
                rank, word = _RANK.get(kinds[r.row], 1), _role_word(text, r.mention.start, cs, ends)
                word = case_role(r.mention.surface, gaz) or word  # "Laçından": from Laçın
                after = _word_after(text, r.mention.end, ce)
                role = (
                    "location"
                    if rank >= 3 and after in event_words()["place_after"]
                    else _role(word, rank)
                )
                if role == "location" and (after in lexicon.facility_heads() or r.near):
                    # "shelled Stepanakert Airport", "the village of Kanliq outside Kubatli":
                    # near the town (ACLED 2)
                    role = "near"
                if is_dateline(r.mention, text) and len(c_places) > 1:
                    # "STEPANAKERT, April 4 (Wire) - … entered Kelbajar": where the report was
                    # filed
                    role = "context"
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
                    _rule_in(c_masked, (when.start, when.end), cs, verb_last)
                    if when
                    else (whole_rule if whole_rule else None)
                )
                if rule is None and whole_rule is not None:
                    rule = whole_rule
                inherited = when is None and clause_date is not None
                date = when or clause_date
                locations = _locations(text, (cs, ce), mine, rule)
                if not locations and rule is not None and rule.event_type == "displacement":
                    # "seized Kalbajar, and thousands fled towards Ganja": fled from there
                    locations = before
                if locations:
                    before = locations
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
    return DocumentResult(doc, res, dates, events, unknown)


def document_places(
    text: str,
    gaz: Gazetteer,
    demonyms: bool = False,
    embedded: bool = False,
    paras: list[tuple[int, int]] | None = None,
) -> tuple[list[Resolution], list[tuple[int, int, str]]]:
    """The places of one text as ``geo build`` maps them, by position, and the names that
    read as places but are not in the gazetteer: mentions resolved, then those names, the
    ones written beside a known place placed at it ("the village of Kanliq outside Kubatli":
    at Kubatli, marked near; still listed as unknown). ``paras``: :func:`paragraphs` of it."""
    mentions = find_mentions(text, gaz, demonyms=demonyms, embedded=embedded)
    res = place_listed(text, resolve(mentions, text, gaz), gaz)
    paras = paragraphs(text) if paras is None else paras
    unknown = _unknown_by_block(text, [r.mention for r in res], gaz, paras)
    near = place_unknowns(text, unknown, res, gaz)
    res = res + near
    res = sorted(res + spread_unknowns(text, near, res), key=lambda r: r.mention.start)
    res = sorted(res + place_misspelt(text, unknown, res, gaz), key=lambda r: r.mention.start)
    return place_lead_names(text, res, gaz), unknown


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


def _previous_end(text: str, start: int) -> int:
    """Where the sentence before ``start`` ends, when only spaces lie between."""
    i = start
    while i > 0 and text[i - 1] in " \t\n":
        i -= 1
    return i if "\n\n" not in text[i:start] else -1


def _title_year(title: str) -> int | None:
    """The year a title names ("Chronicle of 1992"), for days the text gives without one;
    an annual report's, the year it covers ("Amnesty International Report 1995": 1994,
    :func:`geo.dates.writing.report_year`); None when it names none or several."""
    years = {
        t.date_start.year for t in find_dates(title or "") if t.date_start.year == t.date_end.year
    }
    return years.pop() if len(years) == 1 else report_year(title)


def _day(value: str) -> date | None:
    """The document's date when it is a whole day ("1993-10-28"), else None."""
    try:
        return date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None


def _year(value: str) -> int | None:
    m = re.match(r"\s*(\d{4})", value or "")
    return int(m.group(1)) if m else None


def events_frame(results: list[DocumentResult]) -> pd.DataFrame:
    """All events of all documents as one table (columns :data:`EVENT_COLUMNS`)."""
    rows = [ev for r in results for ev in r.events]
    df = pd.DataFrame.from_records(rows, columns=EVENT_COLUMNS)
    for col in INT_COLUMNS:
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
    return df


__all__ = [
    "EVENT_COLUMNS",
    "INT_COLUMNS",
    "MAX_FIGURE",
    "DocumentResult",
    "clauses",
    "document_events",
    "document_places",
    "event_id",
    "event_type",
    "event_words",
    "events_frame",
    "fatality_figures",
    "is_reference",
    "place_codes",
    "time_codes",
]
