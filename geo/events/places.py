"""Where a happening was: each place of a clause gets a role from the word before it
(location, origin, destination, near, sides, doer, context), and the most specific locations
are chosen; with ACLED's and UCDP GED's precision codes of a place and of a date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.dates import TimeExpr
from geo.events.clauses import _district_words, event_words
from geo.geocode import Resolution

_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)\s*$")
# kinds of place by how specific they are (1: a town; 4: a country; 5: larger)
_RANK = {
    "city": 1,
    "village": 1,
    "terrain": 1,
    "admin2": 2,
    "admin1": 3,
    "region": 3,
    "country": 4,
    "continent": 5,
    "water": 5,
}


@dataclass
class _Place:
    res: Resolution
    rank: int
    role: str
    word: str = ""  # the word that gave the role
    linear: bool = False  # "the Syrian border": a line along the place
    anchor: int = 0  # which date of the clause it goes with


def _role_word(text: str, start: int, lo: int, ends: dict[int, int]) -> str:
    """The word that gives the place at ``start`` its role: the nearest word before
    it that is not a skip word ("the", "town of"), passing over other places and
    the commas and "and" of a list of places ("in X, Y and Z" → "in" for Z)."""
    skip = event_words()["skip"]
    i = start
    for _ in range(40):
        j = i
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j <= lo:
            return ""
        if j in ends:
            i = ends[j]
            continue
        if text[j - 1] == ",":
            k = j - 1
            while k > lo and text[k - 1].isspace():
                k -= 1
            if k in ends:
                i = k
                continue
            return ","
        m = _WORD_BEFORE.search(text, max(lo, j - 40), j)
        if not m or m.end() != j:
            return ""
        w = m.group(1).lower().rstrip(".")
        p = _WORD_BEFORE.search(
            text, max(lo, m.start() - 40), m.start()
        )  # the word before it, spaces between
        two = f"{p.group(1).lower()} {w}" if p else ""
        if two and two in skip:
            i = p.start()
            continue
        if w in skip:
            i = m.start()
            continue
        if two and any(
            two in event_words()[role] for role in ("near", "origin", "destination", "locative")
        ):
            return two
        return w
    return ""


def _word_after(text: str, end: int, limit: int) -> str:
    m = re.match(r"\s+([^\W\d_]+)", text[end : min(limit, end + 30)])
    return m.group(1).lower() if m else ""


def _role(word: str, rank: int) -> str:
    """A place's role from the word before it and how specific the place is."""
    words = event_words()
    if word in words["origin"]:
        return "origin"
    if word in words["destination"]:
        return "destination"
    if word in words["sides"]:
        return "sides"
    if word in words["near"]:
        return "near" if rank <= 2 else "context"
    if rank <= 2:
        return "location"
    if word in words["locative"]:
        return "location"
    if word in words["agent"]:
        return "agent"
    if word in ("of", "for", "with", "against", "on", "than", "as"):
        return "context"
    return "doer"


def time_codes(when: TimeExpr | None) -> tuple[int | None, int | None]:
    """ACLED ``time_precision`` (1 the day is known, 2 a week or a range of days,
    3 a month or coarser) and UCDP GED ``date_prec`` (1 the exact day; 2 a range of
    2-6 days; 3 the week; 4 a range of 8-30 days or the month; 5 a longer range or
    only the year) of a date."""
    if when is None:
        return None, None
    days = (when.date_end - when.date_start).days + 1
    acled = 1 if days == 1 else 2 if days <= 7 else 3
    ucdp = 1 if days == 1 else 2 if days <= 6 else 3 if days == 7 else 4 if days <= 31 else 5
    return acled, ucdp


def place_codes(
    kind: str, near: bool = False, district: bool = False, linear: bool = False
) -> tuple[int, int]:
    """ACLED ``geo_precision`` (1 the town itself; 2 near a town or part of a
    district; 3 a region or larger, coded to a point of it) and UCDP GED
    ``where_prec`` (1 the exact place; 2 within about 25 km of a known point; 3 a
    second-order division (district); 4 a first-order division (province, region);
    5 a line (a border, road or river) or between places; 6 only the country;
    7 international waters or airspace, or larger) of a location."""
    rank = _RANK.get(kind, 1)
    if linear:
        return 3, 5
    if rank == 1:
        return (2, 3) if district else (2, 2) if near else (1, 1)
    if rank == 2:
        return 2, 3
    if rank == 3:
        return 3, 4
    if rank == 4:
        return 3, 6
    return 3, 7


def _locations(
    text: str, clause: tuple[int, int], places: list[_Place], rule
) -> list[tuple[_Place, bool, bool]]:
    """The most specific places the happening was at, once each, with (near, named as a
    district)."""
    cands = [p for p in places if p.role in ("location", "near")]
    if rule is not None and rule.event_type == "political":
        # a political act is where the clause puts it ("in Vienna"); "condemned the capture of
        # Agdam" is about Agdam
        cands = [p for p in cands if p.role == "near" or p.word in event_words()["locative"]]
    if not cands and rule is not None and rule.event_type == "displacement":
        cands = [p for p in places if p.role == "origin"]  # expelled from X: it happened at X
    elif not cands and (rule is None or rule.event_type != "political"):
        # "forces advanced to Lachin": a town reached (else left) is where the happening was
        cands = [p for p in places if p.rank <= 2 and p.role in ("destination", "origin")]
        cands = [p for p in cands if p.role == "destination"] or cands
    if not cands:
        return []
    best = min(p.rank for p in cands)
    out: list[tuple[_Place, bool, bool]] = []
    seen: set[str] = set()
    for p in cands:
        if p.rank == best and p.res.place_id not in seen:
            seen.add(p.res.place_id)
            me = p.res.mention.end
            district = p.rank == 1 and bool(
                _district_words().fullmatch(p.word)
                or (text[me : me + 1].isspace() and _district_words().match(text, me + 1, me + 14))
            )
            out.append((p, p.role == "near", district))
    return out
