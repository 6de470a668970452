"""Event precision and recall against a hand-read gold table (run by hand; see bench/karabakh.sh).

.venv/bin/python bench/events_eval.py EVENTS.csv GOLD.csv

An extracted event on the map matches a gold event of the same document when its
place is within 25 km of the gold place, its date interval overlaps the gold one and
(for the strict figure) its event type is the same; each gold event matches at most
one extracted event. Precision is over the events geo puts on the map; recall over
the gold events (a gold place no gazetteer has can only be missed).
"""

from __future__ import annotations

import csv
import math
import sys


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def _rows(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def score(
    events: list[dict[str, str]], gold: list[dict[str, str]], strict: bool
) -> tuple[int, int, int]:
    """(matched, extracted on the map, gold)."""
    placed = [e for e in events if e.get("lat") and e.get("lon")]
    used: set[int] = set()
    matched = 0
    for g in gold:
        for i, e in enumerate(placed):
            if i in used or e["doc"] != g["doc"] or not g["lat"] or not e.get("date_start"):
                continue
            if _km((float(e["lat"]), float(e["lon"])), (float(g["lat"]), float(g["lon"]))) > 25:
                continue
            if e["date_start"] > g["date_end"] or e["date_end"] < g["date_start"]:
                continue
            if strict and e["event_type"] != g["event_type"]:
                continue
            used.add(i)
            matched += 1
            break
    return matched, len(placed), len(gold)


def main() -> None:
    events, gold = _rows(sys.argv[1]), _rows(sys.argv[2])
    for label, strict in (("place + date + type", True), ("place + date", False)):
        m, n, g = score(events, gold, strict)
        p, r = m / n if n else 0.0, m / g if g else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label:20s} precision {p:.2f} ({m}/{n})  recall {r:.2f} ({m}/{g})  F1 {f:.2f}")
    at_country = sum(1 for e in events if e.get("lat") and e.get("kind") == "country")
    print(f"events on the map at a country's point: {at_country}")


if __name__ == "__main__":
    main()
