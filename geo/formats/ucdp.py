"""UCDP Georeferenced Event Dataset (GED) files: read into geo's events, and geo's events written in
GED's layout.

Columns and codes follow the UCDP GED Codebook (version 23.1): ``type_of_violence``
(1 state-based conflict, 2 non-state conflict, 3 one-sided violence against
civilians), ``side_a``/``side_b``, ``date_start``/``date_end``, ``date_prec`` (1 the
exact day; 2 a range of 2-6 days; 3 the week; 4 a range of 8-30 days or the month;
5 a longer range or only the year), ``where_prec`` (1 the exact place; 2 within
about 25 km of a known point; 3 a second-order division; 4 a first-order division;
5 a line or between places; 6 only the country; 7 international waters or
airspace), ``best``/``low``/``high`` deaths, ``source_article``.

GED holds organised violence that kills; geo's political, protest and other
non-violent events are left out of a GED file with a line each.
"""

from __future__ import annotations

import pandas as pd

from geo.actors import actor_kind, countries
from geo.formats import country_codes, text

REQUIRED = {"date_start", "date_end", "latitude", "longitude", "type_of_violence", "where_prec"}
COLUMNS = [
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
    "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
    "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
]  # fmt: skip
VIOLENCE = {"1": "state-based conflict", "2": "non-state conflict", "3": "one-sided violence"}
_GEO_TYPE = {"1": "battle", "2": "battle", "3": "violence_against_civilians"}
_DATE_PRECISION = {"1": "day", "2": "approximate", "3": "approximate", "4": "month", "5": "year"}
_STATE = {"state_forces", "police", "government", "legislature"}


def to_geo(df: pd.DataFrame) -> pd.DataFrame:
    """A UCDP GED table (lower-case column names) in geo's event columns, as text."""
    by_name = country_codes()
    rows = []
    for r in df.to_dict("records"):
        t = {k: text(v) for k, v in r.items()}
        kind = t.get("type_of_violence", "")
        start, end = (
            t.get("date_start", "")[:10],
            (t.get("date_end") or t.get("date_start", ""))[:10],
        )
        wp = t.get("where_prec", "")
        rows.append(
            {
                "event_id": t.get("id", ""),
                "date_start": start,
                "date_end": end,
                "date_precision": _DATE_PRECISION.get(
                    t.get("date_prec", ""), "day" if start == end else "range"
                ),
                "lat": t.get("latitude", ""),
                "lon": t.get("longitude", ""),
                "name": t.get("where_coordinates", "") or t.get("adm_1", ""),
                "names": "|".join(
                    x
                    for x in (
                        t.get("where_coordinates", ""),
                        t.get("adm_2", ""),
                        t.get("adm_1", ""),
                    )
                    if x
                ),
                "country": by_name.get(t.get("country", "").lower(), ""),
                "event_type": _GEO_TYPE.get(kind, "other"),
                "source_event_type": VIOLENCE.get(kind, kind),
                "source_format": "ucdp",
                "actor1": t.get("side_a", ""),
                "actor2": t.get("side_b", ""),
                "fatalities": t.get("best", ""),
                "fatalities_low": t.get("low", ""),
                "fatalities_high": t.get("high", ""),
                "date_prec": t.get("date_prec", ""),
                "where_prec": wp,
                "coarse_location": "True" if wp in ("4", "6", "7") else "False",
                "quote": t.get("where_description", "") or t.get("source_headline", ""),
                "doc": t.get("source_article", "") or "UCDP GED",
                "doc_title": t.get("source_article", ""),
            }
        )
    return pd.DataFrame(rows, dtype=object)


def _violence(ev: dict) -> str:
    """1, 2 or 3 (see the module docstring), or "" for an event GED does not hold."""
    etype = ev.get("event_type", "")
    if ev.get("source_format") == "ucdp":
        return {v: k for k, v in VIOLENCE.items()}.get(ev.get("source_event_type", ""), "")
    k1, k2 = actor_kind(ev.get("actor1", "")), actor_kind(ev.get("actor2", ""))
    if etype == "violence_against_civilians" or k2 == "civilians":
        return (
            "3"
            if etype in ("violence_against_civilians", "battle", "explosion_remote_violence")
            else ""
        )
    if (
        etype in ("battle", "explosion_remote_violence")
        or ev.get("sub_event_type") == "Armed clash"
    ):
        return "1" if _STATE & {k1, k2} else "2"
    return ""


def _side(name: str) -> str:
    """GED names a state's side by its government: "Military Forces of X" → "Government of X"."""
    for prefix in ("Military Forces of ", "Police Forces of "):
        if name.startswith(prefix):
            return "Government of " + name[len(prefix) :]
    return name


def from_geo(events: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """geo's events in GED's columns; events GED does not hold (no place, no date, not
    organised violence) are left out, one line each."""
    _, iso_names = countries()
    rows, notes = [], []
    for ev in events.to_dict("records"):
        t = {k: text(v) for k, v in ev.items()}
        kind = _violence(t)
        why = (
            "no place" if not t.get("lat") else "no date" if not t.get("date_start")
            else f"a {t.get('event_type')} event is not organised violence" if not kind
            else "the text names no side" if not t.get("actor1") and not t.get("actor2") else ""
        )  # fmt: skip
        if why:
            notes.append(f"{t.get('event_id')}: left out of the UCDP GED file: {why}")
            continue
        best = t.get("fatalities") or t.get("fatalities_low") or "0"
        low = t.get("fatalities_low") or best
        high = t.get("fatalities_high") or best
        a, b = (
            _side(t.get("actor1", "")),
            _side(t.get("actor2", "")) or ("Civilians" if kind == "3" else ""),
        )
        rows.append(
            {
                "id": t.get("event_id", ""),
                "year": t["date_start"][:4],
                "type_of_violence": kind,
                "dyad_name": f"{a} - {b}" if a and b else "",
                "side_a": a,
                "side_b": b,
                "number_of_sources": "1",
                "source_article": t.get("doc_title") or t.get("doc", ""),
                "source_original": t.get("doc_publisher", ""),
                "where_prec": t.get("where_prec") or "1",
                "where_coordinates": t.get("name") or t.get("mention", ""),
                "where_description": t.get("quote", ""),
                "latitude": t["lat"],
                "longitude": t["lon"],
                "geom_wkt": f"POINT ({t['lon']} {t['lat']})",
                "country": iso_names.get(t.get("country", ""), ""),
                "event_clarity": "1",
                "date_prec": t.get("date_prec")
                or ("1" if t["date_start"] == t.get("date_end") else "5"),
                "date_start": t["date_start"],
                "date_end": t.get("date_end") or t["date_start"],
                "best": best,
                "high": str(max(int(high), int(best))),
                "low": str(min(int(low), int(best))),
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS, dtype=object), notes
