"""Reading an events table: one ``geo extract`` wrote, or a user's own.

A user's table (CSV, GeoJSON or GeoParquet) needs, per row, a place — a ``place``
name the gazetteer knows, or ``lat`` and ``lon`` — and a ``date`` in any form geo
reads in text ("26 February 1992", "1992-02", "1992 and 1993"), or
``date_start``/``date_end``. Optional columns: ``event_type``, ``quote`` (or
``description``), ``doc`` (or ``source``), ``doc_url`` (or ``url``), ``name``.

Rows with a bad value raise :class:`TableError`, one line per bad row
(``file:line: column 'date': problem``). Rows whose place the gazetteer cannot
resolve are reported (:attr:`TableResult.unresolved`) and kept off the map.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.dates import find_dates
from geo.events import EVENT_COLUMNS
from geo.exceptions import EventsTableError, GeoError
from geo.formats import to_geo_columns
from geo.gazetteer import Gazetteer
from geo.geocode import geocode_names
from geo.safe import csv_uncell


class TableError(GeoError):
    """Several bad rows; ``str()`` has one line per row."""

    def __init__(self, problems: list[EventsTableError]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class TableResult:
    events: pd.DataFrame
    unresolved: list[str] = field(default_factory=list)


def _read_any(path: Path) -> pd.DataFrame:
    ext = path.suffix.lower()
    if not path.exists():
        raise EventsTableError("no such file", path)
    try:
        if ext == ".csv":
            # cells geo's own CSV export protected from spreadsheets ('=…) are read back as written
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig").map(csv_uncell)
        if ext in (".geojson", ".json"):
            gdf = gpd.read_file(path)
        elif ext == ".parquet":
            gdf = gpd.read_parquet(path)
        else:
            raise EventsTableError(f"unknown table type {ext or '(none)'!r}; use .csv, .geojson or .parquet", path)
    except (ValueError, OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        if isinstance(exc, EventsTableError):
            raise
        raise EventsTableError(f"cannot read: {str(exc).splitlines()[0]}", path) from None
    df = pd.DataFrame(gdf.drop(columns="geometry", errors="ignore"))
    if "geometry" in gdf and ("lat" not in df or "lon" not in df):
        pts = gdf.geometry
        df["lat"] = [g.y if g is not None and not g.is_empty else None for g in pts]
        df["lon"] = [g.x if g is not None and not g.is_empty else None for g in pts]
    return df.astype(object).where(df.notna(), "")


def _date(value: str) -> tuple[str, str, str, str] | None:
    v = value.strip()
    if not v:
        return None
    try:
        d = date.fromisoformat(v)
        return d.isoformat(), d.isoformat(), "day", v
    except ValueError:
        pass
    found = find_dates(v if not v.isdigit() else f"in {v}")
    if len(found) != 1:
        return None
    t = found[0]
    return t.iso[0], t.iso[1], t.precision, v


def read_events(path: str | Path, gaz: Gazetteer | None = None, online=None) -> TableResult:
    """Read and validate an events table (see the module docstring).

    ``online`` (an :class:`geo.online.OnlineGeocoder`) is asked for places the
    gazetteer lacks; without it they stay off the map.
    """
    p = Path(path)
    df = to_geo_columns(_read_any(p))  # an ACLED or UCDP GED export: in geo's columns
    cols = set(df.columns)
    has_coords = {"lat", "lon"} <= cols
    if not has_coords and "place" not in cols and "place_id" not in cols:
        raise EventsTableError("needs a 'place' column or 'lat' and 'lon' columns", p, 1)
    if not ({"date"} & cols or {"date_start", "date_end"} <= cols):
        raise EventsTableError("needs a 'date' column (or 'date_start' and 'date_end')", p, 1)
    problems: list[EventsTableError] = []
    rows: list[dict] = []
    to_geocode: list[int] = []
    for i, raw in enumerate(df.to_dict("records")):
        line = i + 2 if p.suffix.lower() == ".csv" else i + 1
        rec = {c: None for c in EVENT_COLUMNS}
        rec.update({k: raw.get(k) for k in EVENT_COLUMNS if raw.get(k) not in (None, "")})
        rec["event_id"] = str(raw.get("event_id") or f"{p.stem}:{line}")
        rec["doc"] = str(raw.get("doc") or raw.get("source") or p.stem)
        rec["doc_url"] = str(raw.get("doc_url") or raw.get("url") or "")
        rec["quote"] = str(raw.get("quote") or raw.get("description") or "")
        rec["event_type"] = str(raw.get("event_type") or "other")
        date_value = str(raw.get("date") or "").strip()
        if date_value:
            parsed = _date(date_value)
            if parsed is None:
                problems.append(EventsTableError(f"cannot read {date_value!r} as a date", p, line, "date"))
                continue
            rec["date_start"], rec["date_end"], rec["date_precision"], rec["date_text"] = parsed
        else:
            s, e = str(raw.get("date_start") or ""), str(raw.get("date_end") or raw.get("date_start") or "")
            if s:
                try:
                    rec["date_start"], rec["date_end"] = date.fromisoformat(s).isoformat(), date.fromisoformat(e).isoformat()
                except ValueError:
                    problems.append(EventsTableError(f"cannot read {s!r}/{e!r} as ISO dates", p, line, "date_start"))
                    continue
                rec["date_precision"] = rec.get("date_precision") or "day"
        lat, lon = str(raw.get("lat") or "").strip(), str(raw.get("lon") or "").strip()
        if lat or lon:
            try:
                la, lo = float(lat), float(lon)
            except ValueError:
                problems.append(EventsTableError(f"lat/lon {lat!r}/{lon!r} are not numbers", p, line, "lat"))
                continue
            if not (-90 <= la <= 90 and -180 <= lo <= 180):
                problems.append(EventsTableError(f"lat/lon ({la}, {lo}) out of range", p, line, "lat"))
                continue
            rec["lat"], rec["lon"] = la, lo
            rec["name"] = str(raw.get("name") or raw.get("place") or rec.get("name") or "")
            rec["names"] = str(raw.get("names") or rec["name"])
        elif str(raw.get("place") or "").strip():
            rec["mention"] = str(raw["place"]).strip()
            to_geocode.append(len(rows))
        rec["unplaced"] = rec["lat"] is None and not rec["mention"]
        rows.append(rec)
    if problems:
        raise TableError(problems)
    unresolved: list[str] = []
    if to_geocode:
        if gaz is None:
            from geo.gazetteer import load

            gaz = load()
        names = [rows[i]["mention"] for i in to_geocode]
        context = ", ".join(dict.fromkeys(names))
        for i, res in zip(to_geocode, geocode_names(names, gaz, context=context)):
            rec = rows[i]
            if res is None:
                hit = online.lookup(rec["mention"]) if online is not None else None
                if hit is not None:
                    rec.update(place_id=f"osm:{hit['name']}", name=hit["name"], names=hit["display_name"], lat=hit["lat"], lon=hit["lon"], confidence=None)
                    unresolved.append(f"{p}:{i + 2}: place {rec['mention']!r} placed by online geocoding ({hit['source']})")
                    continue
                unresolved.append(f"{p}:{i + 2}: place {rec['mention']!r} not in the gazetteer; kept off the map")
                rec["unplaced"] = True
                continue
            place = gaz.places.iloc[res.row]
            rec.update(
                place_id=place["id"],
                name=place["name"],
                names="|".join(gaz.names_of(res.row)),
                kind=place["kind"],
                country=place["country"],
                lat=float(place["lat"]),
                lon=float(place["lon"]),
                confidence=res.confidence,
            )
    out = pd.DataFrame.from_records(rows, columns=EVENT_COLUMNS)
    for col in ("lat", "lon", "confidence"):
        out[col] = pd.to_numeric(out[col], errors="coerce")
    for col in ("start", "end", "sentence_start", "sentence_end", "fatalities", "displaced"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    return TableResult(out, unresolved)
