"""One event row: its columns (the fields of :class:`geo.model.Event`), its stable id, the
columns a clause gives all its events (date, type, figures, actors, precision of the
date) and those of its place."""

from __future__ import annotations

import hashlib

from geo.dates import TimeExpr
from geo.events.figures import _DISPLACED, _figure, fatality_figures
from geo.events.places import _Place, place_codes, time_codes
from geo.gazetteer import Gazetteer
from geo.model import EVENT_COLUMNS as MODEL_COLUMNS
from geo.model import Place

EVENT_COLUMNS = MODEL_COLUMNS  # the fields of geo.model.Event, in order
INT_COLUMNS = (
    "fatalities", "displaced", "start", "end", "sentence_start", "sentence_end",
    "time_precision", "geo_precision", "date_prec", "where_prec", "fatalities_low",
    "fatalities_high",
)  # fmt: skip


def event_id(doc_id: str, *offsets: int | None) -> str:
    """A stable id: the document and a hash of the document and offsets."""
    key = "|".join([doc_id, *("" if o is None else str(o) for o in offsets)])
    return f"{doc_id}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


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
