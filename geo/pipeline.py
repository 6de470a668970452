"""The whole chain: documents → places and events → maps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo import gazetteer as gazetteer_mod
from geo.claims import compare
from geo.documents import Document, load_documents, with_pages
from geo.events import DocumentResult, events_frame
from geo.exceptions import InputError
from geo.output import Staging, places_frame, unknown_frame, write_csv, write_events, write_places
from geo.parallel import document_results
from geo.periods import Period, by_decade, by_year, read_periods
from geo.resources import DOCUMENTS_DIR

DEFAULT_DOCS = DOCUMENTS_DIR


@dataclass
class Extraction:
    """What geo found in a set of documents."""

    documents: list[Document]
    results: list[DocumentResult]
    events: pd.DataFrame
    places: gpd.GeoDataFrame
    unknown: pd.DataFrame

    def events_gdf(self) -> gpd.GeoDataFrame:
        """The events with point geometry (none for unplaced events)."""
        from geo.output import events_geodataframe

        return events_geodataframe(self.events)


def extract(
    paths: list[str | Path],
    gaz: gazetteer_mod.Gazetteer | None = None,
    demonyms: bool = False,
    jobs: int | None = 1,
    progress: bool | None = None,
) -> Extraction:
    """Load the documents under ``paths`` and find their places, dates and events
    (``demonyms``: also demonyms used as modifiers, at their country) on ``jobs``
    processes (``None``: every core); the rows are the same for any ``jobs``.
    ``progress``: a bar on stderr (default: when stderr is a terminal)."""
    return extract_documents(
        load_documents(paths), gaz, demonyms=demonyms, jobs=jobs, progress=progress
    )


def as_documents(sources: list) -> list[Document]:
    """``sources`` as documents: :class:`~geo.documents.Document` values as they are,
    files and folders loaded (:func:`~geo.documents.load_documents`)."""
    docs = [s for s in sources if isinstance(s, Document)]
    paths = [s for s in sources if not isinstance(s, Document)]
    return docs + (load_documents(paths) if paths else [])


def extract_documents(
    docs: list[Document],
    gaz: gazetteer_mod.Gazetteer | None = None,
    demonyms: bool = False,
    jobs: int | None = None,
    progress: bool | None = None,
) -> Extraction:
    """:func:`extract` for documents already loaded (or made from strings)."""
    gaz = gaz or gazetteer_mod.load(progress=progress)
    results = document_results(docs, gaz, jobs=jobs, demonyms=demonyms, show=progress)
    return Extraction(
        docs,
        results,
        with_pages(events_frame(results), docs),
        places_frame(results, gaz),
        unknown_frame(results, gaz),
    )


def choose_periods(
    events: pd.DataFrame, periods_file: str | Path | None = None, by: str = "year"
) -> list[Period]:
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
    jobs: int | None = 1,
    progress: bool | None = None,
) -> Extraction:
    """Run the whole chain and write places, events and maps (extraction on ``jobs``
    processes, ``None``: every core)."""
    ex = extract_documents(
        as_documents(list(paths) if paths else [DEFAULT_DOCS]),
        demonyms=demonyms,
        jobs=jobs,
        progress=progress,
    )
    events = (
        ex.events if user_events is None else pd.concat([ex.events, user_events], ignore_index=True)
    )
    if events["doc"].nunique() > 1:  # several accounts: group the happenings they share
        events = compare(events).events
    periods = choose_periods(events, periods_file, by)
    from geo.maps import write_maps  # folium: only needed for maps, not for geo extract

    with Staging():  # places, events, maps and the unresolved list replace the old set together
        write_places(ex.places, places_path)
        write_events(events, events_path)
        write_maps(events, periods, out_dir, title=title, self_contained=self_contained)
        if unknown_path:
            write_csv(ex.unknown, unknown_path)
    ex.events = events
    return ex
