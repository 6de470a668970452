"""Conflict-event exchange formats: ACLED exports and UCDP GED files, read and written.

A table is recognised by its columns (:func:`detect`); :func:`to_geo_columns`
turns it into geo's event columns (:data:`geo.events.EVENT_COLUMNS`), keeping the
format's own event type (``source_event_type``) and sub-type, actors, precision
codes and figures, so its events go on the same per-period layers as geo's own.
:func:`from_geo` writes geo's events in a format's layout, with a report line for
every event it leaves out.
"""

from __future__ import annotations

import csv
from functools import lru_cache

import pandas as pd

from geo.resources import LEX_DIR

FORMATS = ("acled", "ucdp")


def detect(columns) -> str | None:
    """``"acled"``, ``"ucdp"`` or None (a geo or user table) from a table's column names."""
    from geo.formats import acled, ucdp

    cols = {str(c).strip().lower() for c in columns}
    if acled.REQUIRED <= cols:
        return "acled"
    if ucdp.REQUIRED <= cols:
        return "ucdp"
    return None


def to_geo_columns(df: pd.DataFrame) -> pd.DataFrame:
    """An ACLED or UCDP GED table in geo's event columns (as text); any other table unchanged."""
    from geo.formats import acled, ucdp

    kind = detect(df.columns)
    if kind is None:
        return df
    df = df.rename(columns={c: str(c).strip().lower() for c in df.columns})
    return acled.to_geo(df) if kind == "acled" else ucdp.to_geo(df)


def from_geo(events: pd.DataFrame, kind: str) -> tuple[pd.DataFrame, list[str]]:
    """geo's events in ``kind``'s layout, and one line per event left out (and why)."""
    from geo.formats import acled, ucdp

    if kind == "acled":
        return acled.from_geo(events)
    if kind == "ucdp":
        return ucdp.from_geo(events)
    raise ValueError(f"unknown format {kind!r}; use {', '.join(FORMATS)}")


@lru_cache(maxsize=1)
def acled_types() -> dict[str, tuple[str, str]]:
    """ACLED sub-event type → (ACLED event type, geo event type), from
    ``geo/data/lexicon/acled_types.csv``."""
    with open(LEX_DIR / "acled_types.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    return {r["sub_event_type"]: (r["acled_event_type"], r["geo_event_type"]) for r in rows}


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Lower-case country name ("azerbaijan") → ISO code, for the files' ``country`` column."""
    from geo.actors import countries

    _, iso_names = countries()
    return {v.lower(): k for k, v in iso_names.items()}


def text(v) -> str:
    """A cell as text ("" for empty, NaN and None; whole floats without ".0")."""
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)
