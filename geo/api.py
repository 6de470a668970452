"""geo's public functions, re-exported by ``import geo`` (the command line and the
notebook use these).

>>> import geo
>>> events = geo.extract([geo.document("On 8 May 1992 Armenian forces captured Shusha.")])
>>> events[["name", "date_start", "event_type"]].iloc[0].tolist()
['Shusha', '1992-05-08', 'strategic_development']

Documents are files, folders or :class:`~geo.documents.Document` values
(:func:`document` makes one from a string). Events come back as a GeoDataFrame, one
row per event (columns: README "Events table"), with point geometry where placed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date as _date
from datetime import datetime as _datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keep `import geo` light: pandas, folium and the gazetteer load on first use
    import geopandas as gpd
    import pandas as pd

    from geo.claims import Comparison
    from geo.documents import Document
    from geo.gazetteer import Gazetteer
    from geo.pipeline import Extraction

Source = "str | Path | Document"


def document(
    text: str,
    *,
    id: str = "text",
    title: str = "",
    publisher: str = "",
    url: str = "",
    language: str = "en",
    date: str | _date | None = None,
) -> Document:
    """A document made from a string, with the metadata its events will cite.

    ``date``: the day it was written (``"1993-09-05"`` or a :class:`datetime.date`; a month
    ``"1993-09"`` or a year ``"1993"`` gives only the year): "today", "yesterday", "two
    days ago", "last week" are told from it, and days without a year take its year.
    A string that is no such date raises ``ValueError``."""
    from geo.documents import Document

    return Document(
        id=id,
        path="",
        text=text,
        title=title,
        publisher=publisher,
        url=url,
        language=language,
        date=_iso_date(date),
    )


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _iso_date(value: str | _date | None) -> str:
    """``value`` as the ISO text :attr:`Document.date` holds ("" for None)."""
    if value is None:
        return ""
    if isinstance(value, _datetime):
        value = value.date()
    if isinstance(value, _date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(
            f"date: expected an ISO string or datetime.date, not {type(value).__name__}"
        )
    m = _ISO.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError
        y, mo, d = (int(g) if g else 1 for g in m.groups())
        _date(y, mo, d)
    except ValueError:
        raise ValueError(
            f"date: {value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"
        ) from None
    return value.strip()


def _documents(sources: Iterable) -> list:
    from geo.documents import Document
    from geo.pipeline import as_documents

    return as_documents([sources] if isinstance(sources, str | Path | Document) else list(sources))


def load_gazetteer() -> Gazetteer:
    """The offline gazetteer (built into the cache on first use, about 35 s; then under a
    second)."""
    from geo.gazetteer import load

    return load()


def extract(
    sources, *, demonyms: bool = False, jobs: int | None = 1, gazetteer: Gazetteer | None = None
) -> gpd.GeoDataFrame:
    """Places, dates and events of ``sources`` (paths, folders or :func:`document` values).

    ``jobs``: processes (``None``: every core); the rows are the same for any value.
    ``demonyms``: also "the Syrian border" as a mention of Syria.
    """
    return extraction(sources, demonyms=demonyms, jobs=jobs, gazetteer=gazetteer).events_gdf()


def extraction(
    sources,
    *,
    demonyms: bool = False,
    jobs: int | None = 1,
    gazetteer: Gazetteer | None = None,
    progress: bool | None = False,
) -> Extraction:
    """Like :func:`extract`, with everything found: documents, places (a GeoDataFrame),
    events and the names that look like places but are not in the gazetteer.
    ``progress``: a bar on stderr (``None``: when stderr is a terminal)."""
    from geo.pipeline import extract_documents

    return extract_documents(
        _documents(sources), gaz=gazetteer, demonyms=demonyms, jobs=jobs, progress=progress
    )


def bundled_documents() -> Path:
    """The folder of documents geo ships: one party's account and two sample accounts."""
    from geo.pipeline import DEFAULT_DOCS

    return Path(DEFAULT_DOCS)


def folium_map(events: pd.DataFrame, *, periods=None, by: str = "year", title: str = "Events"):
    """The index map of ``events`` as a ``folium.Map``, to show in a notebook or save."""
    from geo.maps import build_map, pages
    from geo.pipeline import choose_periods

    if periods is None or isinstance(periods, str | Path):
        periods = choose_periods(events, periods, by)
    return build_map(pages(events, periods, title)[0])


def render(
    events: pd.DataFrame,
    out: str | Path = "maps",
    *,
    periods=None,
    by: str = "year",
    title: str = "Events",
    self_contained: bool = False,
) -> list[Path]:
    """Write the maps of ``events`` into the folder ``out``: an index with a layer per
    period, a page per period, a time slider, the embed snippet. ``periods``: a list
    of :class:`~geo.periods.Period` or a periods CSV; else one per year (``by="decade"``)."""
    from geo.maps import write_maps
    from geo.pipeline import choose_periods

    if periods is None or isinstance(periods, str | Path):
        periods = choose_periods(events, periods, by)
    return write_maps(events, periods, out, title=title, self_contained=self_contained)


def compare(events_or_sources, *, days: int = 3) -> Comparison:
    """Group what several documents tell of the same happenings and say where they
    disagree (``.claims``, ``.events``, ``.summary``; see :mod:`geo.claims`)."""
    import pandas as pd

    from geo.claims import compare as group

    events = (
        events_or_sources
        if isinstance(events_or_sources, pd.DataFrame)
        else extraction(events_or_sources).events
    )
    return group(events, days=days)


def read_table(path: str | Path, *, strict: bool = False) -> pd.DataFrame:
    """An events table of your own, an ACLED export or a UCDP GED file, as geo's events."""
    from geo.table import read_events

    return read_events(path, strict=strict).events


def build(
    sources=None,
    out: str | Path = "maps",
    *,
    places: str | Path = "data/places.geojson",
    events: str | Path = "data/events.csv",
    unresolved: str | Path | None = "data/unresolved.csv",
    periods: str | Path | None = None,
    by: str = "year",
    title: str = "Events in the documents",
    jobs: int | None = None,
    self_contained: bool = False,
    own_events: pd.DataFrame | None = None,
    demonyms: bool = False,
    progress: bool | None = False,
) -> Extraction:
    """The whole chain, as ``geo build``: extract, compare the accounts, write places,
    events and maps. ``sources=None``: the bundled documents. ``own_events``: a table of
    your own (:func:`read_table`) mapped with the documents' events."""
    from geo.pipeline import build as run

    return run(
        sources,
        out,
        places,
        events,
        periods,
        by,
        title,
        own_events,
        self_contained,
        unresolved,
        demonyms,
        jobs=jobs,
        progress=progress,
    )
