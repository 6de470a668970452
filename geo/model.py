"""geo's value types, the hand-offs between its stages (as geopy's ``Location``).

* :class:`Place`: one gazetteer entry, made by :meth:`Place.from_gazetteer` — the one
  place a gazetteer row becomes place properties (the events table, ``places.geojson``,
  ``geo geocode`` and user tables all go through it).
* :class:`Event`: one row of the events table; :data:`EVENT_COLUMNS`, the table's
  columns in order, are its fields.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

# Kinds of physical feature: never a town, named in prose without a cue ("the Aras", "Murovdağ").
PHYSICAL_KINDS = ("water", "terrain", "river", "lake", "reservoir", "mountain", "pass", "steppe")

__all__ = ["EVENT_COLUMNS", "Event", "Place"]


def _int_or_none(v) -> int | None:
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else int(f)


@dataclass(frozen=True)
class Place:
    """A place geo knows: its id, names, kind, country and point (WGS 84)."""

    id: str
    name: str
    names: tuple[str, ...]
    kind: str
    country: str
    lat: float
    lon: float
    geonameid: int | None = None
    population: int | None = None
    source: str = ""

    @classmethod
    def from_gazetteer(cls, gaz: Gazetteer, row: int) -> Place:
        """The place at ``row`` of the gazetteer."""
        c = gaz.col
        return cls(
            id=str(c["id"][row]),
            name=str(c["name"][row]),
            names=tuple(gaz.names_of(row)),
            kind=str(c["kind"][row]),
            country=str(c["country"][row] or ""),
            lat=float(c["lat"][row]),
            lon=float(c["lon"][row]),
            geonameid=_int_or_none(c["geonameid"][row]),
            population=_int_or_none(c["population"][row]) or None,
            source=str(c["source"][row]),
        )

    @property
    def point(self) -> tuple[float, float]:
        """``(lat, lon)``."""
        return self.lat, self.lon

    def event_columns(self) -> dict:
        """The place's columns of an events row (``names`` ``|``-separated)."""
        return {"place_id": self.id, "name": self.name, "names": "|".join(self.names),
                "kind": self.kind, "country": self.country,
                "lat": self.lat, "lon": self.lon}  # fmt: skip

    def properties(self) -> dict:
        """The place as GeoJSON properties (``names`` a list)."""
        return {"id": self.id, "name": self.name, "names": list(self.names), "kind": self.kind,
                "country": self.country or None, "geonameid": self.geonameid,
                "population": self.population, "source": self.source}  # fmt: skip


@dataclass
class Event:
    """One row of the events table: what happened, where, when, who, according to
    which document, with the quote (README "Events table" explains every field)."""

    event_id: str | None = None
    doc: str | None = None
    doc_title: str | None = None
    doc_publisher: str | None = None
    doc_url: str | None = None
    mention: str | None = None
    place_id: str | None = None
    name: str | None = None
    names: str | None = None
    kind: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    date_inherited: bool | None = None
    event_type: str | None = None
    fatalities: int | None = None
    displaced: int | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    confidence: float | None = None
    unplaced: bool | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    origin: str | None = None
    destination: str | None = None
    coarse_location: bool | None = None
    time_precision: int | None = None
    geo_precision: int | None = None
    date_prec: int | None = None
    where_prec: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    source_format: str | None = None
    source_event_type: str | None = None
    extra: dict = field(default_factory=dict, repr=False, compare=False)

    def row(self) -> dict:
        """The event as a table row (the :data:`EVENT_COLUMNS`)."""
        return {c: getattr(self, c) for c in EVENT_COLUMNS}


EVENT_COLUMNS: list[str] = [f.name for f in fields(Event) if f.name != "extra"]
