"""Score geo on the Karabakh development set (bench/karabakh/): places and dates per document.

Gold annotations are in ``bench/karabakh/gold.csv``, one row per place or date string of a
document (every occurrence of the string in the body is a gold span; a longer gold string
claims its characters before a shorter one inside it). Places carry the coordinates of the
place meant, dates the inclusive interval meant.

* places: a gold span is found when a place geo found (a resolved mention, as written to
  ``places.geojson``) overlaps it; precision is the share of geo's places that overlap a
  gold place; "25 km" is the share of found places
  placed within 25 km of the gold point;
* dates: a gold date is found when one of the dates geo read in the text overlaps it, and
  exact when that date's interval equals the gold interval.

Usage: python bench/karabakh.py [--gold bench/karabakh/gold.csv] [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from geo import gazetteer
from geo.documents import load_document
from geo.events import document_events
from geo.geocode import distance_km

HERE = Path(__file__).resolve().parent / "karabakh"


def _gold_spans(text: str, rows: list[dict]) -> list[tuple[int, int, dict]]:
    taken = [False] * len(text)
    out = []
    for r in sorted(rows, key=lambda r: -len(r["text"])):
        for m in re.finditer(r"(?<!\w)" + re.escape(r["text"]) + r"(?!\w)", text):
            if any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            out.append((m.start(), m.end(), r))
    return sorted(out, key=lambda t: t[0])


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_document(path: Path, rows: list[dict], gaz, verbose: bool = False) -> dict:
    doc = load_document(path)
    res = document_events(doc, gaz)
    text = doc.text
    gold = _gold_spans(text, rows)
    places_gold = [(s, e, r) for s, e, r in gold if r["type"] == "place"]
    dates_gold = [(s, e, r) for s, e, r in gold if r["type"] == "date"]
    # the places geo found (what it writes to places.geojson: every resolved mention,
    # whether or not it is where a happening took place) and the dates it read
    placed = {}
    for r in res.resolutions:
        row = r.row
        placed[(r.mention.start, r.mention.end)] = {
            "lat": float(gaz.col["lat"][row]), "lon": float(gaz.col["lon"][row]),
            "name": str(gaz.col["name"][row]), "country": str(gaz.col["country"][row]),
        }  # fmt: skip
    used_dates = list(res.dates)
    out = {
        "places": len(places_gold),
        "found": 0,
        "near": 0,
        "predicted": len(placed),
        "correct_pred": 0,
        "dates": len(dates_gold),
        "dates_found": 0,
        "dates_exact": 0,
    }
    misses = []
    for s, e, r in places_gold:
        hit = next((ev for span, ev in placed.items() if _overlaps(span, (s, e))), None)
        if hit is None:
            misses.append(f"  miss place {r['text']!r}")
            continue
        out["found"] += 1
        km = distance_km(float(r["lat"]), float(r["lon"]), float(hit["lat"]), float(hit["lon"]))
        if km <= 25:
            out["near"] += 1
        else:
            misses.append(
                f"  far  place {r['text']!r} -> {hit['name']} ({hit['country']}, {km:.0f} km)"
            )
    for span, ev in placed.items():
        if any(_overlaps(span, (s, e)) for s, e, _ in places_gold):
            out["correct_pred"] += 1
        else:
            misses.append(
                f"  extra place {text[span[0] : span[1]]!r} -> {ev['name']} ({ev['country']})"
            )
    for s, e, r in dates_gold:
        hit = next((d for d in used_dates if _overlaps((d.start, d.end), (s, e))), None)
        if hit is None:
            misses.append(f"  miss date {r['text']!r}")
            continue
        out["dates_found"] += 1
        if (hit.date_start, hit.date_end) == (
            date.fromisoformat(r["date_start"]),
            date.fromisoformat(r["date_end"]),
        ):
            out["dates_exact"] += 1
        else:
            misses.append(
                f"  inexact date {r['text']!r} -> {hit.date_start}..{hit.date_end} (gold "
                f"{r['date_start']}..{r['date_end']})"
            )
    if verbose:
        print("\n".join(misses))
    return out


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def _line(name: str, s: dict) -> str:
    return (
        f"{name:<34} places {s['places']:>3}  recall {_ratio(s['found'], s['places'])}  "
        f"precision {_ratio(s['correct_pred'], s['predicted'])}"
        f"  within 25 km {_ratio(s['near'], s['found'])}   dates {s['dates']:>3}  found "
        f"{_ratio(s['dates_found'], s['dates'])}"
        f"  exact {_ratio(s['dates_exact'], s['dates_found'])}"
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(HERE / "gold.csv"))
    ap.add_argument(
        "--verbose",
        action="store_true",
        help="list every miss, far place, extra place and inexact date",
    )
    args = ap.parse_args(argv)
    with open(args.gold, encoding="utf-8", newline="") as fh:
        gold = list(csv.DictReader(fh))
    by_doc = defaultdict(list)
    for r in gold:
        by_doc[r["doc"]].append(r)
    gaz = gazetteer.load()
    total: dict[str, int] = defaultdict(int)
    for name in sorted(by_doc):
        path = Path(args.gold).parent / name
        if args.verbose:
            print(name)
        s = score_document(path, by_doc[name], gaz, args.verbose)
        print(_line(name, s))
        for k, v in s.items():
            total[k] += v
    print(_line("overall", total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
