"""Reading an events table: one ``geo extract`` wrote, or a user's own.

A user's table (CSV, GeoJSON or GeoParquet) needs, per row, a place — a ``place``
name the gazetteer knows, or ``lat`` and ``lon`` — and a ``date`` in any form geo
reads in text ("26 February 1992", "1992-02", "1992 and 1993"), or
``date_start``/``date_end``. Optional columns: ``event_type``, ``quote`` (or
``description``), ``doc`` (or ``source``), ``doc_url`` (or ``url``), ``name``.

Every bad row is reported in one pass, one line per row with all its problems
(``file:line: column 'date': problem; column 'lat': problem``), in
:attr:`TableResult.skipped`; the good rows are kept. A row is bad when a value
cannot be read (a date, a day the calendar lacks such as "31 February 1992",
coordinates), when its interval ends before it starts, when it has no place at all
(an empty ``place`` and no ``lat``/``lon``), or when a GeoJSON feature is not a
point. With ``strict=True`` any bad row refuses the table (:class:`TableError`).
Rows whose place the gazetteer cannot resolve are reported
(:attr:`TableResult.unresolved`) and kept off the map.

CSV files are read in the encoding :mod:`geo.encoding` detects (UTF-8, UTF-16,
cp1251, cp1254, ...).
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.dates import parse_date_cell
from geo.encoding import read_text
from geo.events import EVENT_COLUMNS
from geo.exceptions import EventsTableError, GeoError
from geo.formats import to_geo_columns
from geo.gazetteer import Gazetteer
from geo.geocode import geocode_names
from geo.model import Place
from geo.safe import csv_uncell


class TableError(GeoError):
    """Bad rows in a table read with ``strict=True``; ``str()`` has one line per row."""

    def __init__(self, problems: list[EventsTableError]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class TableResult:
    """A table read: its good rows as events, and what was reported about the rest."""

    events: pd.DataFrame
    unresolved: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    rows: int = 0

    @property
    def summary(self) -> str | None:
        """``"3 of 11 rows skipped: see above"``, or None when no row was skipped."""
        if not self.skipped:
            return None
        return f"{len(self.skipped)} of {self.rows} rows skipped: see above"


def _read_any(path: Path) -> pd.DataFrame:
    ext = path.suffix.lower()
    if ext not in (".csv", ".geojson", ".json", ".parquet"):
        if not path.exists():
            raise EventsTableError("no such file", path)
        raise EventsTableError(
            f"unknown table type {ext or '(none)'!r}; use .csv, .geojson or .parquet", path
        )
    if path.is_dir():
        raise EventsTableError("is a folder; give a table file", path)
    if not path.exists():
        raise EventsTableError("no such file", path)
    if ext == ".csv":
        text, _ = read_text(path)
        try:
            # cells geo's own CSV export protected from spreadsheets ('=…) are read back as written
            return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False).map(csv_uncell)
        except (ValueError, pd.errors.ParserError) as exc:
            raise EventsTableError(
                "cannot read as CSV: "
                f"{str(exc).strip().splitlines()[-1] if str(exc).strip() else 'no columns'}",
                path,
            ) from None
    if ext == ".parquet":
        from geo.extras import require

        require("pyarrow")
        try:
            try:
                gdf = gpd.read_parquet(path)
            except ValueError as exc:
                if "geo" not in str(exc).lower():
                    raise
                return pd.read_parquet(path).astype(object).fillna("")
        except (ValueError, OSError) as exc:
            raise EventsTableError(
                f"cannot read as GeoParquet: {str(exc).splitlines()[0]}", path
            ) from None
    else:
        gdf = _read_geojson(path)
    df = pd.DataFrame(gdf.drop(columns="geometry", errors="ignore"))
    if "geometry" in gdf:
        kinds = [None if g is None or g.is_empty else g.geom_type for g in gdf.geometry]
        df["_geometry"] = kinds
        if "lat" not in df or "lon" not in df:
            df["lat"] = [g.y if k == "Point" else None for g, k in zip(gdf.geometry, kinds)]
            df["lon"] = [g.x if k == "Point" else None for g, k in zip(gdf.geometry, kinds)]
    return df.astype(object).where(df.notna(), "")


def _read_geojson(path: Path) -> gpd.GeoDataFrame:
    """A GeoJSON FeatureCollection as a GeoDataFrame, or a one-line error saying what is wrong."""
    text, _ = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EventsTableError(
            f"not JSON: {exc.msg} (column {exc.colno})", path, exc.lineno
        ) from None
    if (
        not isinstance(data, dict)
        or data.get("type") != "FeatureCollection"
        or not isinstance(data.get("features"), list)
    ):
        raise EventsTableError("not a GeoJSON FeatureCollection (a 'features' list)", path)
    if not data["features"]:
        raise EventsTableError("no features", path)
    bad = [
        i + 1
        for i, f in enumerate(data["features"])
        if not isinstance(f, dict) or not isinstance(f.get("properties") or {}, dict)
    ]
    if bad:
        raise EventsTableError(
            "not a GeoJSON Feature (an object with 'properties' and 'geometry')", path, bad[0]
        )
    try:
        return gpd.GeoDataFrame.from_features(data["features"], crs="EPSG:4326")
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise EventsTableError(f"bad GeoJSON geometry: {exc}", path) from None


def _date(value: str) -> tuple[str, str, str, str]:
    """``(date_start, date_end, precision, text)`` of a date cell; ``ValueError`` saying why not."""
    v = value.strip()
    try:
        d = date.fromisoformat(v)
        return d.isoformat(), d.isoformat(), "day", v
    except ValueError:
        pass
    t = parse_date_cell(v)
    return t.iso[0], t.iso[1], t.precision, v


def _number(value) -> float:
    v = float(str(value).strip())
    if not math.isfinite(v):
        raise ValueError
    return v


def read_events(
    path: str | Path, gaz: Gazetteer | None = None, online=None, strict: bool = False
) -> TableResult:
    """Read and validate an events table (see the module docstring); with ``strict``,
    any bad row raises :class:`TableError` listing every bad row.

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
    lines: list[int] = []
    to_geocode: list[int] = []
    for i, raw in enumerate(df.to_dict("records")):
        line = i + 2 if p.suffix.lower() == ".csv" else i + 1
        row_problems: list[tuple[str, str]] = []  # (column, problem), every one of the row
        rec = {c: None for c in EVENT_COLUMNS}
        rec.update({k: raw.get(k) for k in EVENT_COLUMNS if raw.get(k) not in (None, "")})
        rec["event_id"] = str(raw.get("event_id") or f"{p.stem}:{line}")
        rec["doc"] = str(raw.get("doc") or raw.get("source") or p.stem)
        rec["doc_url"] = str(raw.get("doc_url") or raw.get("url") or "")
        rec["quote"] = str(raw.get("quote") or raw.get("description") or "")
        rec["event_type"] = str(raw.get("event_type") or "other")
        date_value = str(raw.get("date") or "").strip()
        if date_value:
            try:
                rec["date_start"], rec["date_end"], rec["date_precision"], rec["date_text"] = _date(
                    date_value
                )
            except ValueError as exc:
                row_problems.append(("date", str(exc)))
        else:
            s, e = (
                str(raw.get("date_start") or "").strip(),
                str(raw.get("date_end") or raw.get("date_start") or "").strip(),
            )
            if s:
                for column, value in (("date_start", s), ("date_end", e)):
                    try:
                        rec[column] = date.fromisoformat(value).isoformat()
                    except ValueError:
                        row_problems.append(
                            (column, f"cannot read {value!r} as an ISO date (YYYY-MM-DD)")
                        )
                if rec["date_start"] and rec["date_end"] and rec["date_end"] < rec["date_start"]:
                    row_problems.append(
                        ("date_end", f"end {rec['date_end']} is before start {rec['date_start']}")
                    )
                rec["date_precision"] = rec.get("date_precision") or "day"
            elif str(raw.get("date_end") or "").strip():
                row_problems.append(("date_start", "empty, but date_end is given"))
        lat, lon = str(raw.get("lat") or "").strip(), str(raw.get("lon") or "").strip()
        place = str(raw.get("place") or "").strip()
        geometry = raw.get("_geometry") or ""
        if geometry and geometry != "Point":
            row_problems.append(
                (
                    "geometry",
                    f"a {geometry}, not a Point: give each event a point (or lat/lon, or a "
                    "place name)",
                )
            )
        elif lat or lon:
            for column, value, limit in (("lat", lat, 90), ("lon", lon, 180)):
                try:
                    v = _number(value)
                except ValueError:
                    row_problems.append(
                        (column, f"{value!r} is not a number" if value else "empty")
                    )
                    continue
                if not -limit <= v <= limit:
                    row_problems.append((column, f"{v:g} is out of range (-{limit} to {limit})"))
                rec[column] = v
            rec["name"] = str(raw.get("name") or place or rec.get("name") or "")
            rec["names"] = str(raw.get("names") or rec["name"])
        elif place:
            rec["mention"] = place
        elif not str(raw.get("place_id") or "").strip() and str(
            raw.get("unplaced") or ""
        ).strip().lower() not in ("true", "1"):
            row_problems.append(("place", "empty, and no lat/lon: the row has no place"))
        if row_problems:
            problems.append(
                EventsTableError(
                    "; ".join(f"column {c!r}: {msg}" for c, msg in row_problems), p, line
                )
            )
            continue
        if rec["mention"] and rec["lat"] is None:
            to_geocode.append(len(rows))
        rec["unplaced"] = rec["lat"] is None and not rec["mention"]
        rows.append(rec)
        lines.append(line)
    if problems and strict:
        raise TableError(problems)
    if not len(df):
        raise EventsTableError("no rows", p)
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
                    rec.update(
                        place_id=f"osm:{hit['name']}",
                        name=hit["name"],
                        names=hit["display_name"],
                        lat=hit["lat"],
                        lon=hit["lon"],
                        confidence=None,
                    )
                    unresolved.append(
                        f"{p}:{lines[i]}: place {rec['mention']!r} placed by online "
                        f"geocoding ({hit['source']})"
                    )
                    continue
                unresolved.append(
                    f"{p}:{lines[i]}: place {rec['mention']!r} not in the gazetteer; kept "
                    "off the map"
                )
                rec["unplaced"] = True
                continue
            rec.update(
                **Place.from_gazetteer(gaz, res.row).event_columns(), confidence=res.confidence
            )
    out = pd.DataFrame.from_records(rows, columns=EVENT_COLUMNS)
    for col in ("lat", "lon", "confidence"):
        out[col] = pd.to_numeric(out[col], errors="coerce")
    for col in ("start", "end", "sentence_start", "sentence_end", "fatalities", "displaced"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    return TableResult(out, unresolved, [str(e) for e in problems], len(df))
