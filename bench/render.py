"""Map building at scale: geo's maps against the naive folium way (run by hand).

    .venv/bin/python bench/render.py [1000 10000 100000] [--no-baseline-above N]

For each size it makes N synthetic events over 10 years (500 places, a quoted
sentence of its own per event, as real documents give, or 2,000 shared ones with
``--shared-quotes``; 20 documents; popups on), then times

* geo: ``geo.maps.write_maps`` (index page plus one page per year), the size of
  ``index.html``, and the time until Chromium has drawn every marker of it;
* baseline: one ``folium.CircleMarker`` with a ``folium.Popup`` per event, in a
  ``FeatureGroup`` per year, saved with ``Map.save`` — the same three figures.

"Drawn" is measured in the page: from navigation start to the first animation
frame after the load event, with every marker in the map (CDN files are served
from the vendored copies, tiles fail as offline).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import folium
import pandas as pd

from geo.browser import browser
from geo.maps import write_maps
from geo.periods import by_year

TYPES = [
    "battle",
    "violence_against_civilians",
    "protest_riot",
    "political",
    "displacement",
    "strategic_development",
]
DRAWN_JS = (
    "window.addEventListener('load', function () { requestAnimationFrame(function () { "
    "window.__drawn = performance.now(); }); });"
)


WORDS = (
    "fighting shelling reported near town village road bridge officials said residents fled "
    "forces positions overnight artillery"
).split()


def synthetic(n: int, seed: int = 7, shared_quotes: bool = False) -> pd.DataFrame:
    rnd = random.Random(seed)
    places = [
        (f"Place {i}", f"Place {i}|Alt {i}", rnd.uniform(30, 50), rnd.uniform(30, 60))
        for i in range(500)
    ]
    if shared_quotes:
        quotes = [
            f"Sentence {i}: fighting was reported near the town on that day, officials said."
            for i in range(2000)
        ]
    else:
        quotes = [
            f"Sentence {i}: "
            + " ".join(rnd.choice(WORDS) for _ in range(12))
            + f", {rnd.randint(2, 900)} people."
            for i in range(n)
        ]
    rows = []
    for i in range(n):
        name, names, lat, lon = places[rnd.randrange(500)]
        y = 2000 + rnd.randrange(10)
        d = f"{y}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        rows.append(
            {
                "event_id": f"e{i}", "doc": f"doc{rnd.randrange(20)}", "doc_title": None,
                "doc_publisher": None, "doc_url": None,
                "mention": name, "place_id": name, "name": name, "names": names, "kind": "city",
                "country": "XX", "lat": lat, "lon": lon,
                "date_start": d, "date_end": d, "date_precision": "day", "date_text": d,
                "date_inherited": False, "event_type": TYPES[rnd.randrange(len(TYPES))],
                "fatalities": None, "displaced": None,
                "quote": quotes[rnd.randrange(2000)] if shared_quotes else quotes[i],
                "start": 0, "end": 5, "sentence_start": 0, "sentence_end": 80,
                "confidence": 1.0, "unplaced": False,
            }
        )  # fmt: skip
    return pd.DataFrame(rows)


def naive(events: pd.DataFrame, path: Path) -> None:
    m = folium.Map(location=[40, 45], zoom_start=4)
    groups = {}
    for row in events.to_dict("records"):
        year = row["date_start"][:4]
        if year not in groups:
            groups[year] = folium.FeatureGroup(name=year).add_to(m)
        folium.CircleMarker(
            [row["lat"], row["lon"]],
            radius=6,
            fill=True,
            popup=folium.Popup(f"{row['name']}<br>{row['date_text']}<br>{row['quote']}"),
        ).add_to(groups[year])
    folium.LayerControl().add_to(m)
    m.save(str(path))


def drawn_seconds(ctx, page_path: Path, expected: int) -> float:
    text = page_path.read_text(encoding="utf-8")
    page_path.write_text(
        text.replace("</head>", f"<script>{DRAWN_JS}</script></head>", 1), encoding="utf-8"
    )
    page = ctx.new_page()
    page.goto(page_path.resolve().as_uri(), timeout=600_000)
    page.wait_for_function("window.__drawn !== undefined", timeout=600_000)
    drawn = page.evaluate("window.__drawn") / 1000
    count = page.evaluate(
        "(function(){var n=0; for (var k in window) { try { var v = window[k]; if (v && v "
        "instanceof L.Map) { v.eachLayer(function(l){ if (l instanceof L.CircleMarker) "
        "n++; }); } } catch (e) {} } return n; })()"
    )
    page.close()
    if count < expected:
        raise RuntimeError(f"{page_path.name}: {count} of {expected} markers on the map")
    return drawn


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    ap.add_argument("--no-baseline-above", type=int, default=100000)
    ap.add_argument(
        "--shared-quotes",
        action="store_true",
        help="2,000 quotes shared by all events (the old, kinder setting)",
    )
    args = ap.parse_args()
    print(
        f"{'events':>7} | {'geo build s':>11} {'geo MB':>7} {'geo drawn s':>11} | "
        f"{'naive build s':>13} {'naive MB':>8} {'naive drawn s':>13}"
    )
    with tempfile.TemporaryDirectory() as tmp, browser(1200, 800) as ctx:
        for n in args.sizes:
            ev = synthetic(n, shared_quotes=args.shared_quotes)
            out = Path(tmp) / f"geo{n}"
            t = time.perf_counter()
            write_maps(ev, by_year(ev), out, title="Bench")
            g_build = time.perf_counter() - t
            g_mb = (out / "index.html").stat().st_size / 1e6
            g_drawn = drawn_seconds(ctx, out / "index.html", n)
            if n <= args.no_baseline_above:
                path = Path(tmp) / f"naive{n}.html"
                t = time.perf_counter()
                naive(ev, path)
                b_build = time.perf_counter() - t
                b_mb = path.stat().st_size / 1e6
                b_drawn = drawn_seconds(ctx, path, n)
                print(
                    f"{n:>7} | {g_build:>11.2f} {g_mb:>7.1f} {g_drawn:>11.2f} | "
                    f"{b_build:>13.2f} {b_mb:>8.1f} {b_drawn:>13.2f}"
                    f"   ratios build {b_build / g_build:.1f}x, size {b_mb / g_mb:.1f}x, "
                    f"drawn {b_drawn / g_drawn:.1f}x"
                )
            else:
                print(
                    f"{n:>7} | {g_build:>11.2f} {g_mb:>7.1f} {g_drawn:>11.2f} | (baseline skipped)"
                )


if __name__ == "__main__":
    main()
