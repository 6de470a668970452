"""Planning a site's pages (an index, a time slider, a page per period) and
building each one as a folium map."""

from __future__ import annotations

import re
from dataclasses import dataclass

import folium
import numpy as np
import pandas as pd
from folium.plugins import Fullscreen, TreeLayerControl
from folium.utilities import JsCode

from geo.maps.elements import CountryOutlines, EventLayer, PlaceSearch, SourceFilter, add_timeline
from geo.maps.style import (
    COARSE_SWATCH,
    DISPUTED_SWATCH,
    EVENT_STYLES,
    UNPLACED_NOTE,
    css,
    events_js,
    swatch,
    type_labels,
)
from geo.maps.tables import Described, PageTables, describe
from geo.periods import UNDATED, Period, assign
from geo.safe import Raw, text

CANVAS_ABOVE = 5000  # more markers than this on a page are drawn on a canvas
TREE_ABOVE = 12  # more period layers than this are grouped by decade in a tree
TIMELINE_MAX = 20000  # a time-slider page is written for at most this many dated events


@dataclass
class MapPage:
    """One map to write: its file name, title, and its layers as positions into
    ``events`` (whose popup tables are ``desc``)."""

    filename: str
    title: str
    subtitle: str
    layers: dict[str, np.ndarray]
    events: pd.DataFrame
    desc: Described
    timeline: bool = False

    @property
    def n_placed(self) -> int:
        """How many markers the page draws."""
        return int(sum(int((self.desc.codes[idx, 0] >= 0).sum()) for idx in self.layers.values()))


def pages(events: pd.DataFrame, periods: list[Period], title: str) -> list[MapPage]:
    """The index page (all periods, a layer each), the time-slider page (up to
    :data:`TIMELINE_MAX` dated events) and one page per period."""
    events = events.reset_index(drop=True)
    placed = (
        pd.to_numeric(events["lat"], errors="coerce").notna()
        & pd.to_numeric(events["lon"], errors="coerce").notna()
    ).to_numpy()
    # a period whose events the documents date but do not place gets no layer and no page
    groups = {
        name: np.asarray(idx, dtype=np.int64)
        for name, idx in assign(events, periods).items()
        if placed[idx].any()
    }
    counts = np.zeros(len(events), dtype=np.int64)
    for idx in groups.values():
        np.add.at(counts, idx, 1)
    events = events.assign(periods_spanned=counts)
    desc = describe(events)
    titles = events["doc_title"] if "doc_title" in events else pd.Series(dtype=object)
    docs = sorted(
        {str(d) for d in titles.dropna() if d} or {str(d) for d in events["doc"].dropna()}
    )
    source_note = "according to " + "; ".join(docs) if docs else ""
    n_placed = int((desc.codes[:, 0] >= 0).sum())
    out = [
        MapPage(
            "index.html",
            title,
            f"{n_placed} placed events by period, {source_note}",
            groups,
            events,
            desc,
        )
    ]
    dated = np.flatnonzero((desc.codes[:, 0] >= 0) & pd.notna(desc.starts) & pd.notna(desc.ends))
    if 0 < len(dated) <= TIMELINE_MAX:
        subtitle = (
            f"{len(dated)} dated events; move the slider to see what the documents say "
            f"happened when, {source_note}"
        )
        out.append(
            MapPage(
                "timeline.html",
                f"{title}: time slider",
                subtitle,
                {"all": dated},
                events,
                desc,
                timeline=True,
            )
        )
    for p in [*periods, Period(UNDATED, periods[0].start, periods[0].start) if periods else None]:
        if p is None or p.name not in groups:
            continue
        idx = groups[p.name]
        span = (
            "no date given"
            if p.name == UNDATED
            else f"{p.start.isoformat()} to {p.end.isoformat()}"
        )
        out.append(
            MapPage(
                f"{_slug(p)}.html",
                f"{title}: {p.name}",
                f"{span}; {len(idx)} events, {source_note}",
                {p.name: idx},
                events,
                desc,
            )
        )
    return out


def _slug(p: Period) -> str:
    return "undated" if p.name == UNDATED else p.slug


def build_map(page: MapPage, nav: list[tuple[str, str, int]] | None = None) -> folium.Map:
    """A Folium map with one toggleable overlay per layer of ``page``."""
    m = folium.Map(location=[20, 0], zoom_start=2, tiles="OpenStreetMap", control_scale=True)
    root = m.get_root()
    root.header.add_child(Raw(f"<style>{css()}</style>"))
    root.header.add_child(
        Raw('<meta name="viewport" content="width=device-width, initial-scale=1">')
    )
    root.title = text(page.title)  # branca writes <title>{{ this.title }}</title> unescaped
    CountryOutlines().add_to(m)
    tables = PageTables(page.desc, page.layers)
    root.header.add_child(Raw(f"<script>{events_js()}</script>"))
    drawn = [] if page.timeline else [name for name, rows in tables.layers.items() if len(rows)]
    root.header.add_child(Raw(tables.script(drawn, compress=not page.timeline)))
    total = sum(len(r) for r in tables.layers.values())
    layers = []
    if page.timeline:
        add_timeline(m, tables, "all")
    for i, name in enumerate(drawn):
        n = len(tables.layers[name])
        group = folium.FeatureGroup(
            name=text(f"{name} ({n})"), show=True, control=len(drawn) <= TREE_ABOVE
        )
        EventLayer(m.get_name(), i, total > CANVAS_ABOVE).add_to(group)
        group.add_to(m)
        layers.append((name, n, group))
    coords = np.asarray(
        [p[3:5] for p in tables.places if p[3] is not None and p[4] is not None], dtype=float
    ).reshape(-1, 2)
    if len(coords):
        (s, w), (nn, e) = coords.min(axis=0) - 0.5, coords.max(axis=0) + 0.5
        m.fit_bounds([[float(s), float(w)], [float(nn), float(e)]])
    folded = JsCode("window.innerWidth < 700")  # open, but folded on a phone
    if len(drawn) > TREE_ABOVE:
        folium.LayerControl(collapsed=True).add_to(m)  # the base map only
        TreeLayerControl(overlay_tree=_decade_tree(layers), collapsed=folded).add_to(m)
    else:
        folium.LayerControl(collapsed=folded).add_to(m)
    Fullscreen(position="topleft").add_to(m)
    if layers:
        PlaceSearch([g for _, _, g in layers]).add_to(m)
        SourceFilter().add_to(m)
    root.html.add_child(Raw(_title_html(page, total)))
    root.html.add_child(Raw(_legend_html(page, nav)))
    if page.timeline:  # the slider takes the bottom of the map
        root.header.add_child(Raw("<style>.geo-legend { bottom: auto; top: 140px; }</style>"))
    return m


def _decade_tree(layers: list[tuple[str, int, folium.FeatureGroup]]) -> dict:
    """Period layers grouped by decade, each group and the whole with an all/none box."""
    decades: dict[str, list[dict]] = {}
    for name, n, group in layers:
        m = re.match(r"\d{3}", name)
        key = f"{m.group()}0s" if m else name
        decades.setdefault(key, []).append({"label": text(f"{name} ({n})"), "layer": group})
    children = [
        {
            "label": text(k),
            "select_all_checkbox": True,
            "collapsed": len(decades) > 1,
            "children": v,
        }
        if len(v) > 1
        else v[0]
        for k, v in decades.items()
    ]
    return {"label": "All periods", "select_all_checkbox": True, "children": children}


def _title_html(page: MapPage, total: int) -> str:
    return (
        f'<div class="geo-title" role="heading" aria-level="1">{text(page.title)}'
        f"<small>{text(page.subtitle)}</small></div>"
        f'<p class="geo-sr">{text(page.title)}. {text(page.subtitle)}. '
        f"The map shows {total} event markers; each marker can be reached with the Tab key "
        "and opened with Enter. "
        f"{text(UNPLACED_NOTE)}</p>"
    )


def _legend_html(page: MapPage, nav: list[tuple[str, str, int]] | None) -> str:
    labels = type_labels()
    idx = (
        np.unique(np.concatenate([np.asarray(v, dtype=np.int64) for v in page.layers.values()]))
        if page.layers
        else np.zeros(0, dtype=np.int64)
    )
    shown = page.events.iloc[idx]
    present = set(shown["event_type"].dropna().astype(str)) if "event_type" in shown else set()
    rows = "".join(
        f"<div>{swatch(t)}{text(labels.get(t, t))}</div>" for t in EVENT_STYLES if t in present
    )
    if (page.desc.codes[idx, -1] > 0).any():
        rows += (
            f"<div>{COARSE_SWATCH}Hollow: the document names only a region or country, the "
            "marker is at its centre</div>"
        )
    if "disagreement" in shown and shown["disagreement"].fillna("").astype(str).ne("").any():
        rows += (
            f"<div>{DISPUTED_SWATCH}Sources disagree (open the marker to compare the "
            "accounts)</div>"
        )
    links = ""
    if nav:
        items = " · ".join(
            f'<a href="{text(href)}">{text(label)}</a> ({n})' for label, href, n in nav
        )
        links = f'<div class="geo-nav"><strong>Maps by period:</strong> {items}</div>'
    return (
        '<details class="geo-legend geo-fold" open role="region" aria-label="Legend">'
        f"<summary><strong>Event type</strong></summary>{rows}{links}</details>"
    )
