"""ACLED exports: read into geo's events, and geo's events written in ACLED's layout.

Columns and codes follow the ACLED Codebook (2023): ``event_date``, ``time_precision``
(1 the day is known, 2 within a week or a range of days, 3 a month or coarser),
``event_type``/``sub_event_type`` (``geo/data/lexicon/acled_types.csv``), ``actor1``,
``assoc_actor_1``, ``inter1`` (1 state forces, 2 rebel groups, 3 political militias,
4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces),
``actor2`` …, ``interaction`` (the two inter codes, smaller first), ``location``,
``latitude``/``longitude``, ``geo_precision`` (1 the town, 2 near a town or part of a
region, 3 a larger region), ``source``, ``notes``, ``fatalities``.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from geo.actors import actor_kind, countries
from geo.formats import acled_types, country_codes, text

REQUIRED = {"event_date", "event_type", "sub_event_type", "latitude", "longitude"}
COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]  # fmt: skip
INTER = {
    "state_forces": 1,
    "police": 1,
    "government": 1,
    "legislature": 1,
    "rebels": 2,
    "militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "organisation": 8,
}
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_GEO_TYPE = {
    "Battles": "battle",
    "Explosions/Remote violence": "explosion_remote_violence",
    "Violence against civilians": "violence_against_civilians",
    "Protests": "protest_riot",
    "Riots": "protest_riot",
    "Strategic developments": "strategic_development",
}
_DATE_PRECISION = {"1": "day", "2": "approximate", "3": "month"}


def _iso_date(value: str) -> str:
    """ACLED writes dates as 2020-01-31 or "31 January 2020"."""
    v = value.strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(v, fmt).date().isoformat()
        except ValueError:
            continue
    return v  # left for geo.table to report as a bad date


def to_geo(df: pd.DataFrame) -> pd.DataFrame:
    """An ACLED table (lower-case column names) in geo's event columns, as text."""
    by_name = country_codes()
    rows = []
    for r in df.to_dict("records"):
        t = {k: text(v) for k, v in r.items()}
        day = _iso_date(t.get("event_date", ""))
        atype = t.get("event_type", "")
        geo_type = acled_types().get(t.get("sub_event_type", ""), ("", ""))[1] or _GEO_TYPE.get(
            atype, "other"
        )
        rows.append(
            {
                "event_id": t.get("event_id_cnty") or "",
                "date_start": day,
                "date_end": day,
                "date_precision": _DATE_PRECISION.get(t.get("time_precision", ""), "day"),
                "date_text": t.get("event_date", ""),
                "lat": t.get("latitude", ""),
                "lon": t.get("longitude", ""),
                "name": t.get("location", ""),
                "names": "|".join(
                    x
                    for x in (t.get("location", ""), t.get("admin2", ""), t.get("admin1", ""))
                    if x
                ),
                "country": by_name.get(t.get("country", "").lower(), ""),
                "event_type": geo_type,
                "sub_event_type": t.get("sub_event_type", ""),
                "source_event_type": atype,
                "source_format": "acled",
                "actor1": t.get("actor1", ""),
                "assoc_actor_1": t.get("assoc_actor_1", ""),
                "actor2": t.get("actor2", ""),
                "assoc_actor_2": t.get("assoc_actor_2", ""),
                "fatalities": t.get("fatalities", ""),
                "time_precision": t.get("time_precision", ""),
                "geo_precision": t.get("geo_precision", ""),
                "coarse_location": "True" if t.get("geo_precision") == "3" else "False",
                "quote": t.get("notes", ""),
                "doc": t.get("source", "") or "ACLED",
                "doc_title": t.get("source", ""),
            }
        )
    return pd.DataFrame(rows, dtype=object)


def _inter(name: str) -> str:
    code = INTER.get(actor_kind(name))
    return str(code) if code else ""


def from_geo(events: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """geo's events in ACLED's columns; events without a place or date are left out (one line
    each)."""
    _, iso_names = countries()
    types = acled_types()
    rows, notes = [], []
    for ev in events.to_dict("records"):
        t = {k: text(v) for k, v in ev.items()}
        if not t.get("lat") or not t.get("lon") or not t.get("date_start"):
            notes.append(
                f"{t.get('event_id')}: left out of the ACLED file: "
                f"{'no place' if not t.get('lat') else 'no date'} (ACLED needs both)"
            )
            continue
        sub = t.get("sub_event_type") or "Other"
        atype = (
            t.get("source_event_type")
            if t.get("source_format") == "acled"
            else types.get(sub, ("Strategic developments", ""))[0]
        )
        if sub not in types:
            sub, atype = "Other", "Strategic developments"
        i1, i2 = _inter(t.get("actor1", "")), _inter(t.get("actor2", ""))
        inter = "".join(sorted(x for x in (i1, i2) if x)) if i1 else ""
        tp = t.get("time_precision") or ("1" if t["date_start"] == t.get("date_end") else "3")
        rows.append(
            {
                "event_id_cnty": t.get("event_id", ""),
                "event_date": t["date_start"],
                "year": t["date_start"][:4],
                "time_precision": tp,
                "disorder_type": DISORDER.get(atype, "Strategic developments"),
                "event_type": atype,
                "sub_event_type": sub,
                "actor1": t.get("actor1", ""),
                "assoc_actor_1": t.get("assoc_actor_1", ""),
                "inter1": i1,
                "actor2": t.get("actor2", ""),
                "assoc_actor_2": t.get("assoc_actor_2", ""),
                "inter2": i2,
                "interaction": inter,
                "civilian_targeting": "Civilian targeting" if i2 == "7" else "",
                "country": iso_names.get(t.get("country", ""), ""),
                "location": t.get("name") or t.get("mention", ""),
                "latitude": t["lat"],
                "longitude": t["lon"],
                "geo_precision": t.get("geo_precision") or "1",
                "source": t.get("doc_title") or t.get("doc", ""),
                "notes": t.get("quote", ""),
                "fatalities": t.get("fatalities") or "0",
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS, dtype=object), notes
