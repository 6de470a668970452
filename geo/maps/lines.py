"""The text lines of an event's popup, each made from a few values of the event: its
date with precision, the figures as stated, who acted against whom, the sub-event type
with origin, destination and how precise the place is, and a note for an event drawn in
several periods. Missing values (None, NaN, NA) give an empty line or a plain default."""

from __future__ import annotations

import pandas as pd


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and v != v) or v is pd.NA or v is pd.NaT


def date_label(start, end, text, precision, inherited) -> str:
    """ "26 February 1992 (day: 1992-02-26)", with the interval and its precision."""
    if _missing(start):
        return "date not given"
    span = start if start == end else f"{start} to {end}"
    label = (
        f"{text} ({precision or ''}: {span})"
        if isinstance(text, str) and text
        else f"{span} ({precision or ''})"
    )
    if isinstance(inherited, str):
        inherited = inherited.strip().lower() in ("true", "1", "yes")
    if not _missing(inherited) and bool(inherited):
        label += ", date carried from the sentence before"
    return label


def figures_line(fatalities, displaced) -> str:
    """ "613 killed (as stated); 50,000 displaced (as stated)"."""
    parts = []
    for v, word in ((fatalities, "killed"), (displaced, "displaced")):
        if not _missing(v) and str(v).strip() != "":
            try:
                parts.append(f"{int(float(v)):,} {word} (as stated)")
            except (TypeError, ValueError):
                continue
    return "; ".join(parts)


def actors_line(actor1, assoc1, actor2, assoc2) -> str:
    """Who did what to whom, as the text says: "Military Forces of Armenia, against civilians"."""

    def side(actor, assoc) -> str:
        actor = actor if isinstance(actor, str) and actor else ""
        assoc = assoc if isinstance(assoc, str) and assoc else ""
        return f"{actor} (with {assoc})" if actor and assoc else actor or assoc

    one, two = side(actor1, assoc1), side(actor2, assoc2)
    if not one and not two:
        return ""
    return f"Who: {one or 'not named'}" + (f"; against: {two}" if two else "")


_GEO_PRECISION = {
    1: "the place itself",
    2: "near the place or part of a region",
    3: "a region or country as a whole",
}


def detail_line(sub_type, origin, destination, geo_precision) -> str:
    """The ACLED sub-event type, where people were driven from and to, and how precise the
    place is."""
    parts = []
    if isinstance(sub_type, str) and sub_type:
        parts.append(sub_type)
    if isinstance(origin, str) and origin:
        parts.append("from " + origin.replace("|", ", "))
    if isinstance(destination, str) and destination:
        parts.append("to " + destination.replace("|", ", "))
    try:
        where = _GEO_PRECISION.get(int(float(geo_precision)))
    except (TypeError, ValueError):
        where = None
    if where:
        parts.append(f"location: {where}")
    return "; ".join(parts)


def _truthy(v) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "yes")
    return not _missing(v) and bool(v)


def spanning_line(n, start, end) -> str:
    """A note for an event drawn in several periods."""
    if _missing(n) or int(n) < 2:
        return ""
    return f"Spans {int(n)} periods ({start} to {end}); shown in each."
