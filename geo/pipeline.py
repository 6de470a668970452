"""The whole chain: documents → places and events → maps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo import gazetteer as gazetteer_mod
from geo.documents import Document, load_documents, with_pages
from geo.events import DocumentResult, document_events, events_frame
from geo.exceptions import InputError
from geo.output import atomic_write, places_frame, unknown_frame, write_events, write_places
from geo.periods import Period, by_decade, by_year, read_periods
from geo.render import write_maps

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOCS = ROOT / "data" / "documents"


@dataclass
class Extraction:
    """What geo found in a set of documents."""

    documents: list[Document]
    results: list[DocumentResult]
    events: pd.DataFrame
    places: gpd.GeoDataFrame
    unknown: pd.DataFrame


def extract(paths: list[str | Path], gaz: gazetteer_mod.Gazetteer | None = None, demonyms: bool = False) -> Extraction:
    """Load the documents under ``paths`` and find their places, dates and events
    (``demonyms``: also demonyms used as modifiers, at their country)."""
    docs = load_documents(paths)
    gaz = gaz or gazetteer_mod.load()
    results = [document_events(d, gaz, demonyms=demonyms) for d in docs]
    return Extraction(docs, results, with_pages(events_frame(results), docs), places_frame(results, gaz), unknown_frame(results, gaz))


def choose_periods(events: pd.DataFrame, periods_file: str | Path | None = None, by: str = "year") -> list[Period]:
    """Periods from a file, else one per year (or decade) the events touch."""
    if periods_file:
        return read_periods(periods_file)
    if by == "decade":
        return by_decade(events)
    if by != "year":
        raise InputError(f"unknown period kind {by!r}; use year or decade")
    return by_year(events)


def build(
    paths: list[str | Path] | None = None,
    out_dir: str | Path = "maps",
    places_path: str | Path = "data/places.geojson",
    events_path: str | Path = "data/events.csv",
    periods_file: str | Path | None = None,
    by: str = "year",
    title: str = "Events in the documents",
    user_events: pd.DataFrame | None = None,
    self_contained: bool = False,
    unknown_path: str | Path | None = None,
    demonyms: bool = False,
) -> Extraction:
    """Run the whole chain and write places, events and maps."""
    ex = extract(list(paths) if paths else [DEFAULT_DOCS], demonyms=demonyms)
    events = ex.events if user_events is None else pd.concat([ex.events, user_events], ignore_index=True)
    periods = choose_periods(events, periods_file, by)
    write_places(ex.places, places_path)
    write_events(events, events_path)
    write_maps(events, periods, out_dir, title=title, self_contained=self_contained)
    if unknown_path:
        atomic_write(unknown_path, lambda tmp: ex.unknown.to_csv(tmp, index=False))
    ex.events = events
    return ex
