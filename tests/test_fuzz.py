"""Property tests (hypothesis) over extraction: on any text, geo never crashes, every
offset slices to what it claims, every interval runs forwards and every coordinate is
on the globe.

The suite runs a short search; a long one by hand:
``GEO_FUZZ_EXAMPLES=20000 python -m pytest tests/test_fuzz.py -q``.
"""

from __future__ import annotations

import math
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.dates import find_dates
from geo.documents import Document
from geo.events import document_events
from geo.text import fold_with_offsets, sentences

EXAMPLES = int(os.environ.get("GEO_FUZZ_EXAMPLES", "60"))

# pieces users' texts are made of, hard cases first: names that are places or
# namesakes, abbreviations, dates right and wrong, figures, scripts and marks
PIECES = [
    "Baku", "Ganja", "Tbilisi", "Georgia", "Paris", "Texas", "St.", "ST.", "CHARLES", "New", "York",
    "Nagorno-Karabakh", "Xocalı", "Şuşa", "K'arvachar", "İstanbul", "Straße", "Ağdam",
    "Степанакерт", "Բաքու", "U.S.", "U.K.", "Mr.", "Gen.", "26 February 1992", "31 February 1992",
    "29 February 1993", "1992-02-31", "1992", "1990s", "mid-1990s", "late 1993",
    "between 1992 and 1994", "1993 to 1992", "2011-12", "winter of 1993", "in March", "on 12 May",
    "two days later", "9000 years later", "99999 days earlier", "the following year",
    "resolution 822 (1993)", "Nos. 822", "613", "250,000", "99999999999999999999", "killed", "fled",
    "were murdered", "massacre", "shelling", "the",
    "in", "of", "after", "said", "🙂", "\u0301", "\u200b", "\x00", "\ufeff", "(", ")", "\"", "’",
]  # fmt: skip
SEPARATORS = [
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ". ",
    ", ",
    "-",
    "—",
    "; ",
    "! ",
    "? ",
    "\t",
    "\r\n",
    "\u00a0",
    "",
]

_joined = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), min_size=3, max_size=40
).map(lambda xs: "".join(a + b for a, b in xs))
texts = st.one_of(
    _joined,
    _joined,  # twice: most examples are made of the pieces, so most of them have places and dates
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=25).map(" ".join),
)

_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _check_events(text: str, gaz) -> None:
    result = document_events(Document("fuzz", "fuzz.txt", text), gaz)
    for r in result.resolutions:
        assert text[r.mention.start : r.mention.end] == r.mention.surface
        assert 0.0 <= r.confidence <= 1.0 + 1e-9
    for t in result.dates:
        assert text[t.start : t.end] == t.surface and t.date_start <= t.date_end
    for ev in result.events:
        assert text[ev["sentence_start"] : ev["sentence_end"]] == ev["quote"]
        assert (
            ev["sentence_start"] <= ev["start"] <= ev["end"] <= ev["sentence_end"] or ev["unplaced"]
        )
        if not ev["unplaced"]:
            assert text[ev["start"] : ev["end"]] == ev["mention"]
            assert (
                math.isfinite(ev["lat"])
                and -90 <= ev["lat"] <= 90
                and math.isfinite(ev["lon"])
                and -180 <= ev["lon"] <= 180
            )
        elif ev["date_text"] is not None:
            assert text[ev["start"] : ev["end"]] == ev["date_text"]
        if ev["date_start"] is not None:
            assert ev["date_start"] <= ev["date_end"]
            assert "0001-01-01" <= ev["date_start"] and ev["date_end"] <= "9999-12-31"
        for k in ("fatalities", "displaced"):
            assert ev[k] is None or ev[k] >= 0


@_SETTINGS
@given(text=texts)
def test_extraction_never_crashes_and_offsets_hold(text, gaz):
    _check_events(text, gaz)


@_SETTINGS
@given(text=texts)
def test_dates_sentences_and_folding_hold(text):
    for t in find_dates(text):
        assert text[t.start : t.end] == t.surface and t.date_start <= t.date_end
    spans = sentences(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    folded, index = fold_with_offsets(text)
    assert len(folded) == len(index) and all(0 <= i < len(text) for i in index)
