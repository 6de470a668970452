"""What a popup needs, as compact tables: each distinct place, quote, document,
date label and figure line once, and one row of integers per placed event.

:func:`describe` works on a whole events table with pandas' factorize (no Python
loop per event), so 100,000 events are described in well under a second;
:class:`PageTables` then keeps only what one page uses. A page's tables are written
into it as JSON (``var geoTables = …``), or, above :data:`COMPRESS_ABOVE` bytes, as
gzip in base64 that the browser inflates with ``DecompressionStream``.

A row is the integers of :data:`ROW_FIELDS`; ``geo/static/geo-events.js`` reads
the same positions (its ``R`` object is written from this tuple).
"""

from __future__ import annotations

import base64
import gzip
from dataclasses import dataclass

import numpy as np
import pandas as pd

from geo.maps.style import EVENT_STYLES, type_table
from geo.safe import script_json

ROW_FIELDS = (
    "place",
    "quote",
    "doc",
    "type",
    "date",
    "mark_start",
    "mark_end",
    "figures",
    "spanning",
    "claim",
    "actors",
    "detail",
    "coarse",
    "page",
)
COMPRESS_ABOVE = 1_000_000  # bytes of JSON; smaller pages keep plain, readable JSON
_R = {name: i for i, name in enumerate(ROW_FIELDS)}


@dataclass
class Described:
    """The popup data of a whole events table (see the module docstring).

    ``codes[i]`` is event ``i``'s row (``codes[i, 0] == -1`` for an unplaced event);
    ``claims[k]`` is ``[disagreement, why, accounts]`` with each account
    ``[doc, mention, date, figures, quote, mark start, mark end]``.
    """

    places: list[list]
    quotes: list[str]
    docs: list[list[str]]
    dates: list[str]
    extras: list[str]
    claims: list[list]
    codes: np.ndarray
    starts: np.ndarray
    ends: np.ndarray


def _col(events: pd.DataFrame, name: str) -> pd.Series:
    return (
        events[name]
        if name in events
        else pd.Series([None] * len(events), index=events.index, dtype=object)
    )


def _text(s: pd.Series) -> pd.Series:
    """Text cells as str, missing ones as ""."""
    if pd.api.types.is_string_dtype(s.dtype) and s.dtype != object:
        return s.fillna("")
    return s.astype(object).where(s.notna(), "").astype(str)


def _key(*cols: pd.Series) -> pd.Series:
    """One string per row that is equal when all ``cols`` are (missing values alike)."""
    out = _text(cols[0])
    for c in cols[1:]:
        out = out + "\x1f" + _text(c)
    return out


def _factor(key: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Codes per row and, per code, the first row that has it."""
    codes, uniques = pd.factorize(key, sort=False, use_na_sentinel=False)
    first = np.full(len(uniques), -1, dtype=np.int64)
    order = np.arange(len(codes))[::-1]
    first[codes[order]] = order
    return codes.astype(np.int64), first


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
    """The ACLED sub-event type, where people were driven from and to, and how precise the place
    is."""
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


def describe(events: pd.DataFrame) -> Described:
    """The popup tables of ``events`` (one row per event, in order)."""
    n = len(events)
    lat = pd.to_numeric(_col(events, "lat"), errors="coerce")
    lon = pd.to_numeric(_col(events, "lon"), errors="coerce")
    placed = (lat.notna() & lon.notna()).to_numpy()
    name, names = _text(_col(events, "name")), _text(_col(events, "names"))
    codes = np.zeros((n, len(ROW_FIELDS)), dtype=np.int64)

    where = np.flatnonzero(placed)
    pcode, pfirst = _factor(
        _key(
            name.iloc[where], names.iloc[where], lat.iloc[where].round(5), lon.iloc[where].round(5)
        )
    )
    places = []
    for i in where[pfirst]:
        alts = [x for x in names.iat[i].split("|") if x]
        nm = name.iat[i] or (alts[0] if alts else "")
        places.append(
            [
                nm,
                ", ".join(x for x in alts if x != nm),
                " / ".join(dict.fromkeys([nm, *alts])),
                round(float(lat.iat[i]), 5),
                round(float(lon.iat[i]), 5),
            ]
        )
    codes[:, _R["place"]] = -1
    codes[where, _R["place"]] = pcode

    quote = _text(_col(events, "quote"))
    qcode, quotes = pd.factorize(quote, sort=False, use_na_sentinel=False)
    codes[:, _R["quote"]] = qcode

    title, doc, publisher, url = (
        _text(_col(events, c)) for c in ("doc_title", "doc", "doc_publisher", "doc_url")
    )
    dcode, dfirst = _factor(_key(title, doc, publisher, url))
    docs = []
    for i in dfirst:
        label = (
            ", ".join(x for x in (title.iat[i] or doc.iat[i], publisher.iat[i]) if x)
            or "an unnamed document"
        )
        docs.append([label, url.iat[i], title.iat[i] or doc.iat[i] or "an unnamed document"])
    codes[:, _R["doc"]] = dcode

    types = {t: i for i, t in enumerate(EVENT_STYLES)}
    codes[:, _R["type"]] = (
        _col(events, "event_type")
        .map(lambda t: types.get(t, types["other"]))
        .to_numpy(dtype=np.int64)
    )

    dcols = [
        _col(events, c)
        for c in ("date_start", "date_end", "date_text", "date_precision", "date_inherited")
    ]
    tcode, tfirst = _factor(_key(*dcols))
    dates = [date_label(*(c.iat[i] for c in dcols)) for i in tfirst]
    codes[:, _R["date"]] = tcode

    start, end = (
        pd.to_numeric(_col(events, "start"), errors="coerce"),
        pd.to_numeric(_col(events, "end"), errors="coerce"),
    )
    sstart = pd.to_numeric(_col(events, "sentence_start"), errors="coerce")
    a = start - sstart
    ok = a.notna() & end.notna()
    codes[:, _R["mark_start"]] = np.where(ok, a.fillna(-1), -1)
    codes[:, _R["mark_end"]] = np.where(ok, (a + end - start).fillna(-1), -1)

    extras: dict[str, int] = {"": 0}
    fcols = [_col(events, "fatalities"), _col(events, "displaced")]
    fcode, ffirst = _factor(_key(*fcols))
    fline = [
        extras.setdefault(line, len(extras))
        if (line := figures_line(*(c.iat[i] for c in fcols)))
        else 0
        for i in ffirst
    ]
    codes[:, _R["figures"]] = np.asarray(fline, dtype=np.int64)[fcode]
    scols = [_col(events, "periods_spanned"), dcols[0], dcols[1]]
    scode, sfirst = _factor(_key(*scols))
    sline = [
        extras.setdefault(line, len(extras))
        if (line := spanning_line(*(c.iat[i] for c in scols)))
        else 0
        for i in sfirst
    ]
    codes[:, _R["spanning"]] = np.asarray(sline, dtype=np.int64)[scode]

    acols = [_col(events, c) for c in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")]
    acode, afirst = _factor(_key(*acols))
    aline = [
        extras.setdefault(line, len(extras))
        if (line := actors_line(*(c.iat[i] for c in acols)))
        else 0
        for i in afirst
    ]
    codes[:, _R["actors"]] = np.asarray(aline, dtype=np.int64)[acode]
    xcols = [_col(events, c) for c in ("sub_event_type", "origin", "destination", "geo_precision")]
    xcode, xfirst = _factor(_key(*xcols))
    xline = [
        extras.setdefault(line, len(extras))
        if (line := detail_line(*(c.iat[i] for c in xcols)))
        else 0
        for i in xfirst
    ]
    codes[:, _R["detail"]] = np.asarray(xline, dtype=np.int64)[xcode]
    coarse = _col(events, "coarse_location").map(_truthy).to_numpy(dtype=bool)
    geo_prec = pd.to_numeric(_col(events, "geo_precision"), errors="coerce").to_numpy()
    codes[:, _R["coarse"]] = (coarse | (geo_prec >= 3)).astype(np.int64)
    page = pd.to_numeric(_col(events, "page"), errors="coerce").to_numpy()
    codes[:, _R["page"]] = np.where(np.isfinite(page) & (page > 0), np.nan_to_num(page), 0).astype(
        np.int64
    )  # 0: no page
    claims = _claims(events, codes)
    return Described(places, list(quotes), docs, dates, list(extras), claims, codes, *_spans(dcols))


def _spans(dcols: list[pd.Series]) -> tuple[np.ndarray, np.ndarray]:
    s = (
        dcols[0]
        .map(lambda v: None if _missing(v) or v == "" else str(v)[:10])
        .to_numpy(dtype=object)
    )
    e = (
        dcols[1]
        .map(lambda v: None if _missing(v) or v == "" else str(v)[:10])
        .to_numpy(dtype=object)
    )
    return s, e


def _claims(events: pd.DataFrame, codes: np.ndarray) -> list[list]:
    """Claim groups (``claim_id`` from :mod:`geo.claims`): one account per document,
    its narrowest-dated event; the group's index + 1 goes in each member's row."""
    if "claim_id" not in events:
        return []
    cid = _col(events, "claim_id").map(lambda v: v if isinstance(v, str) and v else None)
    members = np.flatnonzero(cid.notna().to_numpy() & (codes[:, 0] >= 0))
    if not len(members):
        return []
    starts = pd.to_datetime(_col(events, "date_start"), errors="coerce")
    width = (
        (pd.to_datetime(_col(events, "date_end"), errors="coerce") - starts)
        .dt.days.fillna(1 << 30)
        .to_numpy()
    )
    mention = _text(_col(events, "mention"))
    differs, why = _text(_col(events, "disagreement")), _text(_col(events, "claim_why"))
    out: list[list] = []
    index: dict[str, int] = {}
    best: dict[tuple[int, int], int] = {}
    for i in members:
        k = index.setdefault(cid.iat[i], len(index))
        if k == len(out):
            out.append([differs.iat[i], why.iat[i], []])
        key = (k, int(codes[i, _R["doc"]]))
        j = best.get(key)
        if j is None or (width[i], starts.iat[i]) < (width[j], starts.iat[j]):
            best[key] = i
        codes[i, _R["claim"]] = k + 1
    for (k, _), i in sorted(best.items(), key=lambda kv: (kv[0][0], starts.iat[kv[1]], kv[0][1])):
        row = codes[i]
        out[k][2].append([int(row[_R["doc"]]), mention.iat[i] or "", int(row[_R["date"]]),
                          int(row[_R["figures"]]), int(row[_R["quote"]]),
                          int(row[_R["mark_start"]]), int(row[_R["mark_end"]])])  # fmt: skip
    return out


class PageTables:
    """The part of a :class:`Described` one page uses, renumbered, with its layers."""

    def __init__(self, desc: Described, layers: dict[str, np.ndarray]) -> None:
        self.desc = desc
        rows = {name: desc.codes[idx] for name, idx in layers.items()}
        self.positions = {
            name: np.asarray(idx)[r[:, 0] >= 0]
            for (name, idx), r in zip(layers.items(), rows.values())
        }
        rows = {name: r[r[:, 0] >= 0] for name, r in rows.items()}
        allrows = (
            np.concatenate(list(rows.values()))
            if rows
            else np.zeros((0, len(ROW_FIELDS)), dtype=np.int64)
        )
        claim_ids = np.unique(allrows[:, _R["claim"]])
        claim_ids = claim_ids[claim_ids > 0] - 1
        accounts = np.asarray(
            [ac for k in claim_ids for ac in desc.claims[k][2]], dtype=object
        ).reshape(-1, 7)

        def used(col: str, *extra) -> np.ndarray:
            parts = [allrows[:, _R[col]], *(np.asarray(e, dtype=np.int64) for e in extra)]
            return (
                np.unique(np.concatenate(parts))
                if len(parts[0]) or any(len(e) for e in extra)
                else np.zeros(0, dtype=np.int64)
            )

        keep = {
            "place": used("place"),
            "quote": used("quote", accounts[:, 4]),
            "doc": used("doc", accounts[:, 0]),
            "date": used("date", accounts[:, 2]),
            "extras": np.unique(
                np.concatenate(
                    [
                        [0],
                        *(allrows[:, _R[c]] for c in ("figures", "spanning", "actors", "detail")),
                        np.asarray(accounts[:, 3], dtype=np.int64),
                    ]
                )
            ),
            "claim": claim_ids,
        }
        self.places = [desc.places[i] for i in keep["place"]]
        self.quotes = [desc.quotes[i] for i in keep["quote"]]
        self.docs = [desc.docs[i] for i in keep["doc"]]
        self.dates = [desc.dates[i] for i in keep["date"]]
        self.extras = [desc.extras[i] for i in keep["extras"]]

        def local(col: str, values) -> np.ndarray:
            return np.searchsorted(keep[col], np.asarray(values, dtype=np.int64))

        self.claims = [
            [desc.claims[k][0], desc.claims[k][1],
             [[int(local("doc", [ac[0]])[0]), ac[1], int(local("date", [ac[2]])[0]),
               int(local("extras", [ac[3]])[0]), int(local("quote", [ac[4]])[0]), ac[5], ac[6]]
              for ac in desc.claims[k][2]]]
            for k in claim_ids
        ]  # fmt: skip
        self.layers: dict[str, np.ndarray] = {}
        for name, r in rows.items():
            r = r.copy()
            for col in ("place", "quote", "doc", "date"):
                r[:, _R[col]] = local(col, r[:, _R[col]])
            for col in ("figures", "spanning", "actors", "detail"):
                r[:, _R[col]] = local("extras", r[:, _R[col]])
            has = r[:, _R["claim"]] > 0
            r[has, _R["claim"]] = np.searchsorted(claim_ids, r[has, _R["claim"]] - 1) + 1
            self.layers[name] = r

    def spans(self, name: str) -> list[tuple[str, str] | None]:
        """The ISO dates of each drawn row of layer ``name`` (None when undated)."""
        idx = self.positions[name]
        return [
            None if s is None or e is None else (s, e)
            for s, e in zip(self.desc.starts[idx], self.desc.ends[idx])
        ]

    def data(self, drawn: list[str]) -> dict:
        """Everything the page's script needs, for the layers in ``drawn`` (in order)."""
        return {
            "places": self.places, "quotes": self.quotes, "docs": self.docs, "dates": self.dates,
            "extras": self.extras, "types": type_table(), "claims": self.claims,
            "fields": list(ROW_FIELDS),
            "periods": list(drawn), "layers": [self.layers[name].tolist() for name in drawn],
        }  # fmt: skip

    def script(self, drawn: list[str], compress: bool = True) -> str:
        """``<script>`` defining ``geoTables``: JSON safe inside HTML, or above
        :data:`COMPRESS_ABOVE` bytes (when ``compress``) gzip + base64 for
        ``geoInflate`` in ``geo-events.js``."""
        text = script_json(self.data(drawn))
        if compress and len(text) > COMPRESS_ABOVE:
            packed = base64.b64encode(
                gzip.compress(text.encode("utf-8"), compresslevel=3, mtime=0)
            ).decode("ascii")
            return f'<script>var geoTables = null; geoInflate("{packed}");</script>'
        return f"<script>var geoTables = {text}; geoReady();</script>"
