"""Seconds to extract events from one document of 1, 2, 4 and 8 MB (run by hand).

    .venv/bin/python bench/doc_length.py [--sizes 1,2,4,8] \\
        [--corpus ../shared/benchmarks/geoparsing/GWN.xml]

Each document is built in memory from the news articles of a geoparsing corpus
(GeoWebNews by default), one article a paragraph, repeated until the size is
reached; every repetition's years are shifted so that the copies are not all alike.
Nothing is written. Prints, per size, the seconds of each stage of
:func:`geo.events.document_events` and the ratio of the whole to the first size's
(the target: 8 MB within 12 times 1 MB).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "benchmarks" / "geoparsing" / "GWN.xml"


def build_text(articles: list[str], size: int) -> str:
    """Paragraphs of ``articles`` repeated (years shifted per round) to ``size`` characters."""
    parts: list[str] = []
    n = 0
    round_ = 0
    while n < size:
        for a in articles:
            text = a if round_ == 0 else _shift_years(a, round_ % 40)
            parts.append(text)
            n += len(text) + 2
            if n >= size:
                break
        round_ += 1
    return "\n\n".join(parts)[:size]


def _shift_years(text: str, by: int) -> str:
    return re.sub(r"\b(?:19|20)\d\d\b", lambda m: str(int(m.group()) - by), text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,2,4,8", help="sizes in MB, comma-separated")
    ap.add_argument("--corpus", default=str(CORPUS))
    args = ap.parse_args()

    from geo import gazetteer
    from geo.dates import find_dates
    from geo.documents import Document
    from geo.evaluate import load_corpus
    from geo.events import document_events

    gaz = gazetteer.load()
    _, arts = load_corpus(args.corpus)
    texts = [a.text.strip() for a in arts if a.text.strip()]
    document_events(
        Document(id="warm", path="warm.txt", text=build_text(texts, 100_000)), gaz
    )  # one-off tables, caches
    first = None
    print("MB  whole_s  dates_s  ratio_to_first")
    for mb in (float(s) for s in args.sizes.split(",")):
        text = build_text(texts, int(mb * 1_000_000))
        doc = Document(id="bench", path="bench.txt", text=text)
        t = time.perf_counter()
        find_dates(text)
        dates_s = time.perf_counter() - t
        t = time.perf_counter()
        res = document_events(doc, gaz)
        whole = time.perf_counter() - t
        first = first or whole
        print(
            f"{mb:g}  {whole:.1f}  {dates_s:.1f}  {whole / first:.2f}  ({len(res.events)} events)",
            flush=True,
        )


if __name__ == "__main__":
    main()
