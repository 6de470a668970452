"""Resolving bare names (``geo geocode``, the place columns of user tables), optionally
in the light of a context text; "Name, Country" keeps the candidates inside it."""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.geocode.document import Resolution, resolve
from geo.geoparse import Mention


def _inside(gaz: Gazetteer, rows: tuple[int, ...], qualifier: str) -> tuple[int, ...]:
    """The candidates that lie in a country or first-level division ``qualifier``
    can name ("Paris, Texas"; "Athens, Georgia" the U.S. state, since no Athens
    lies in the country); all of them when none lies in any."""
    from geo.geoparse import span_candidates

    c = gaz.col
    areas = set()
    for q in span_candidates(qualifier, gaz)[1]:
        if c["kind"][q] == "country":
            areas.add((c["country"][q], None))
        elif c["kind"][q] == "admin1":
            areas.add((c["country"][q], c["admin1"][q]))
    inside = tuple(
        r
        for r in rows
        if c["kind"][r] not in ("country", "continent")
        and (
            (c["country"][r], None) in areas
            or (c["kind"][r] != "admin1" and (c["country"][r], c["admin1"][r]) in areas)
        )
    )
    return inside or rows


def geocode_names(names: list[str], gaz: Gazetteer, context: str = "") -> list[Resolution | None]:
    """Resolve bare names, optionally in the light of a context text (``geo geocode``).

    Each name is resolved as if it opened a sentence followed by ``context``, so the
    places named there count as its siblings. "Name, Country" or "Name, State" keeps
    the candidates inside the country or state; a name the gazetteer lacks resolves
    by the longest place name inside it ("Oaxaca State" → Oaxaca).
    """
    from geo.geoparse import find_mentions, span_candidates

    results: list[Resolution | None] = []
    for name in names:
        head, _, qualifier = name.partition(",")
        key, rows = span_candidates(head.strip() if qualifier.strip() else name, gaz)
        if not rows:
            results.append(None)
            continue
        if qualifier.strip():
            rows = _inside(gaz, rows, qualifier.strip())
        joined = f"{name} {context}" if context else name
        around = [m for m in find_mentions(joined, gaz) if m.start > len(name)]
        results.append(resolve([Mention(0, len(name), name, key, rows), *around], joined, gaz)[0])
    return results
