"""Conflicting accounts: events from different documents that tell the same happening.

Events from two or more documents form a **claim group** when they are at the same
place (one gazetteer id, whatever spelling each document uses), of compatible event
types (the same type or family - battle, strategic development and remote violence
are one - or one of them untyped ``other``) and their date intervals
overlap or lie at most ``days`` apart. Groups are built with complete linkage,
narrowest dates first: an event joins a group only if it is compatible with every
member, so a coarse "1992-1993" account can agree with a dated one without chaining
two different happenings of the same place together. Country-, region- and
continent-level events are not grouped: a country's point is not a site.

Within a group, accounts **disagree** on:

* ``date`` - two documents' intervals do not overlap (an interval inside another
  agrees: "18 May" and "17-18 May");
* ``fatalities`` / ``displaced`` - the figures the documents state differ;
* ``type`` - they file it under different event types of one family ("occupied"
  is a strategic development, "liberated after fighting" a battle).

Each group records *why* its members were joined. Nothing here says which account
is right: geo reports what each document claims.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import pandas as pd

__all__ = ["CLAIM_COLUMNS", "ClaimSummary", "Comparison", "claim_groups", "compare"]

CLAIM_COLUMNS = [
    "claim_id", "place_id", "name", "lat", "lon", "event_type", "doc", "doc_title", "date_start",
    "date_end", "date_text", "fatalities", "displaced", "quote", "mention", "disagreement",
    "n_sources", "fatalities_low", "fatalities_best", "fatalities_high", "why", "event_id",
]  # fmt: skip
NOT_SITES = frozenset({"country", "region", "continent", "water"})
UNTYPED = frozenset({"", "other"})
# Types that can name one happening in different framings: who holds a place is
# fought over ("occupied", "liberated", "captured"). ACLED files territory changes
# as sub-events of Battles ("Government regains territory", "Non-state actor
# overtakes territory"), so geo's battle and strategic_development are one family.
TYPE_FAMILY = {
    "battle": "armed",
    "strategic_development": "armed",
    "explosion_remote_violence": "armed",
}


@dataclass(frozen=True)
class ClaimSummary:
    """How many groups the documents share, and how many of them disagree."""

    groups: int
    agreements: int
    disagreements: int
    single_source: int

    def __str__(self) -> str:
        return (
            f"{self.groups} happening(s) told by several documents: {self.agreements} agree, "
            f"{self.disagreements} disagree; {self.single_source} event(s) told by one "
            "document only"
        )


def _day(value) -> date | None:
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _gap(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two inclusive intervals; 0 when they overlap."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def _family(event_type: str) -> str:
    return TYPE_FAMILY.get(event_type, event_type)


def _compatible(a: dict, b: dict, days: int) -> bool:
    ta, tb = a["event_type"], b["event_type"]
    if ta not in UNTYPED and tb not in UNTYPED and _family(ta) != _family(tb):
        return False
    return _gap(a["_span"], b["_span"]) <= days


def _number(v) -> int | None:
    if v is None or v == "" or (isinstance(v, float) and v != v) or v is pd.NA:
        return None
    try:
        return int(float(v))
    except (TypeError, ValueError):
        return None


def claim_groups(events: pd.DataFrame, days: int = 3) -> list[list[int]]:
    """Groups of row positions in ``events`` that tell one happening in two or more documents."""
    if events.empty:
        return []
    candidates: dict[str, list[dict]] = {}
    for i, row in enumerate(events.to_dict("records")):
        s, e = _day(row.get("date_start")), _day(row.get("date_end"))
        pid = row.get("place_id")
        if (
            s is None
            or e is None
            or not isinstance(pid, str)
            or not pid
            or str(row.get("kind") or "") in NOT_SITES
        ):
            continue
        if pd.isna(pd.to_numeric(row.get("lat"), errors="coerce")):
            continue
        etype = row.get("event_type")
        candidates.setdefault(pid, []).append(
            {
                "i": i,
                "doc": str(row.get("doc")),
                "event_type": "" if not isinstance(etype, str) else etype,
                "_span": (s, e),
            }
        )
    out: list[list[int]] = []
    for members in candidates.values():
        if len({m["doc"] for m in members}) < 2:
            continue
        members.sort(key=lambda m: ((m["_span"][1] - m["_span"][0]).days, m["_span"][0], m["i"]))
        groups: list[list[dict]] = []
        for m in members:
            fits = [g for g in groups if all(_compatible(m, o, days) for o in g)]
            if fits:
                best = min(fits, key=lambda g: min(_gap(m["_span"], o["_span"]) for o in g))
                best.append(m)
            else:
                groups.append([m])
        out += [sorted(x["i"] for x in g) for g in groups if len({x["doc"] for x in g}) >= 2]
    return sorted(out)


def _claim_id(rows: list[dict]) -> str:
    key = "|".join(sorted(f"{r.get('doc')}:{r.get('event_id')}" for r in rows))
    return "claim:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _disagreement(accounts: list[dict]) -> list[str]:
    """What the documents' accounts (one per document) disagree on."""
    out = []
    spans = [a["_span"] for a in accounts]
    if any(_gap(a, b) > 0 for k, a in enumerate(spans) for b in spans[k + 1 :]):
        out.append("date")
    for col in ("fatalities", "displaced"):
        if len({a[col] for a in accounts if a[col] is not None}) > 1:
            out.append(col)
    if (
        len(
            {
                str(a.get("event_type"))
                for a in accounts
                if a.get("event_type") not in UNTYPED and isinstance(a.get("event_type"), str)
            }
        )
        > 1
    ):
        out.append("type")
    return out


def _why(rows: list[dict], days: int) -> str:
    spans = [(_day(r["date_start"]), _day(r["date_end"])) for r in rows]
    widest = max(_gap(a, b) for a in spans for b in spans)
    when = "dates overlap" if widest == 0 else f"dates within {widest} day(s) (at most {days})"
    spellings = sorted({str(r.get("mention") or r.get("name")) for r in rows})
    types = sorted({str(r.get("event_type") or "other") for r in rows})
    return (
        f"same place {rows[0]['place_id']} (written {', '.join(spellings)}); type "
        f"{'/'.join(types)}; {when}"
    )


def _accounts(rows: list[dict]) -> list[dict]:
    """One account per document: its narrowest-dated event of the group and its largest figures."""
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(str(r.get("doc")), []).append(r)
    out = []
    for doc, mine in by_doc.items():
        spans = [(_day(r["date_start"]), _day(r["date_end"])) for r in mine]
        k = min(range(len(mine)), key=lambda j: ((spans[j][1] - spans[j][0]).days, spans[j][0]))
        acc = dict(mine[k])
        acc["_span"] = spans[k]
        for col in ("fatalities", "displaced"):
            values = [v for v in (_number(r.get(col)) for r in mine) if v is not None]
            acc[col] = max(values) if values else None
        acc["doc"] = doc
        out.append(acc)
    return out


@dataclass
class Comparison:
    """The claims table, the events with their claim group marked, and the counts."""

    claims: pd.DataFrame
    events: pd.DataFrame
    summary: ClaimSummary


def compare(events: pd.DataFrame, days: int = 3) -> Comparison:
    """Group the events that several documents tell (see the module docstring).

    ``claims`` has one row per (claim group, document): what each document says of
    a shared happening, ``disagreement`` empty when the accounts agree, else what
    differs (``date``, ``fatalities``, ``displaced``), the same on every row of a group;
    ``fatalities_low``/``best``/``high`` span the figures the documents state (as UCDP
    does; best is the median of the stated figures, the lower one of an even count).
    ``events`` is a copy of the input with ``claim_id``, ``disagreement`` and
    ``claim_why`` set on the events of each group.
    """
    records = events.to_dict("records")
    annotated = events.copy()
    annotated["claim_id"] = None
    annotated["disagreement"] = None
    annotated["claim_why"] = None
    rows = []
    disagree = 0
    groups = claim_groups(events, days)
    for idx in groups:
        members = [records[i] for i in idx]
        accounts = _accounts(members)
        differs = ", ".join(_disagreement(accounts))
        disagree += bool(differs)
        figures = sorted(a["fatalities"] for a in accounts if a["fatalities"] is not None)
        low, high = (figures[0], figures[-1]) if figures else (None, None)
        best = figures[(len(figures) - 1) // 2] if figures else None
        cid, why = _claim_id(members), _why(members, days)
        for i in idx:
            annotated.iat[i, annotated.columns.get_loc("claim_id")] = cid
            annotated.iat[i, annotated.columns.get_loc("disagreement")] = differs
            annotated.iat[i, annotated.columns.get_loc("claim_why")] = why
        for acc in sorted(accounts, key=lambda a: (a["_span"][0], a["doc"])):
            rows.append(
                {
                    **{c: acc.get(c) for c in CLAIM_COLUMNS if c in acc},
                    "claim_id": cid,
                    "disagreement": differs,
                    "n_sources": len(accounts),
                    "fatalities_low": low,
                    "fatalities_best": best,
                    "fatalities_high": high,
                    "why": why,
                }
            )
    claims = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    for col in (
        "fatalities",
        "displaced",
        "fatalities_low",
        "fatalities_best",
        "fatalities_high",
        "n_sources",
    ):
        claims[col] = pd.array([_number(v) for v in claims[col]], dtype="Int64")
    placed = (
        events["lat"].notna() & events["date_start"].notna()
        if len(events)
        else pd.Series(dtype=bool)
    )
    grouped = {i for idx in groups for i in idx}
    single = sum(1 for i, ok in enumerate(placed) if ok and i not in grouped)
    return Comparison(
        claims, annotated, ClaimSummary(len(groups), len(groups) - disagree, disagree, single)
    )
