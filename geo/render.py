"""Rendering events to Folium HTML maps: a layer per period, popups, a legend.

Every piece of document text reaches the page only as JSON data inside the
GeoJSON layers (Folium's ``tojson`` escapes ``<``, ``>`` and ``&`` there) and is
put on screen by the browser with ``textContent``, never as HTML; the few strings
written into the page's HTML (titles, period names) are escaped with
:func:`html.escape`. Links are kept only for ``http``/``https`` URLs.
"""

from __future__ import annotations

import base64
import json
import mimetypes
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import folium
import pandas as pd
import shapely
from folium.elements import JSCSSMixin
from folium.plugins import Fullscreen, Timeline, TimelineSlider, TreeLayerControl
from folium.utilities import JsCode
from jinja2 import Template

from geo import lexicon
from geo.periods import UNDATED, Period, assign
from geo.safe import Raw, script_json, text

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
EVENT_COLOURS = {
    "violence_against_civilians": "#D55E00",
    "battle": "#E69F00",
    "explosion_remote_violence": "#CC79A7",
    "protest_riot": "#F0E442",
    "displacement": "#56B4E9",
    "strategic_development": "#0072B2",
    "political": "#009E73",
    "other": "#999999",
}
OUTLINE_FILE = "geo-outline.js"
# A shape per event type as well as a colour: (corners, first corner's angle in
# degrees, outer radius and inner radius as multiples of the marker radius); None is a circle.
EVENT_SHAPES = {
    "violence_against_civilians": None,
    "battle": (4, 45, 1.25, None),
    "explosion_remote_violence": (5, -90, 1.45, 0.6),
    "protest_riot": (4, 0, 1.35, None),
    "displacement": (3, 90, 1.4, None),
    "strategic_development": (3, -90, 1.4, None),
    "political": (6, 0, 1.15, None),
    "other": None,
}
UNPLACED_NOTE = "Events the documents date but do not place are listed in the events table, not on the map."

# Helpers every page shares (geo/static/geo-events.js). Document text is only ever
# put on screen with textContent / createTextNode; links only from http(s) URLs.
EVENTS_JS_FILE = Path(__file__).resolve().parent / "static" / "geo-events.js"


@lru_cache(maxsize=1)
def _events_js() -> str:
    return EVENTS_JS_FILE.read_text(encoding="utf-8")


CANVAS_ABOVE = 5000  # more markers than this on a page are drawn on a canvas
TREE_ABOVE = 12  # more period layers than this are grouped by decade in a tree
TIMELINE_MAX = 20000  # a time-slider page is written for at most this many dated events

_CSS = """
<style>
.geo-popup { font: 13px/1.4 system-ui, sans-serif; }
.geo-date { color: #444; }
.geo-name { font-weight: 700; font-size: 14px; }
.geo-names, .geo-type, .geo-figures { color: #333; }
.geo-spanning { color: #555; font-size: 12px; }
.geo-quote { margin: 6px 0; padding-left: 8px; border-left: 3px solid #bbb; font-style: italic; }
.geo-quote mark { background: #ffe08a; }
.geo-source { font-size: 12px; color: #444; }
.geo-claim { margin-top: 8px; padding-top: 6px; border-top: 1px solid #ccc; }
.geo-claim-head { font-weight: 700; }
.geo-disagree { color: #8a1c00; font-weight: 600; }
.geo-agree { color: #225522; }
.geo-accounts { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 4px; }
.geo-account { flex: 1 1 160px; min-width: 160px; padding: 4px 6px; background: #f6f6f6; border-radius: 3px; }
.geo-own { outline: 2px solid #999; }
.geo-why { font-size: 11px; color: #666; margin-top: 4px; }
.geo-sources { padding: 6px 8px; font: 12px system-ui, sans-serif; max-width: 260px; }
.geo-sources label { display: block; }
.geo-title { position: absolute; top: 10px; left: 55px; z-index: 1000; background: rgba(255,255,255,.92);
  padding: 6px 10px; border-radius: 4px; font: 14px system-ui, sans-serif; max-width: 60%; }
.geo-title small { display: block; color: #555; }
.geo-legend { position: absolute; bottom: 56px; left: 10px; max-width: 45%; z-index: 1000; background: rgba(255,255,255,.92);
  padding: 6px 10px; border-radius: 4px; font: 12px system-ui, sans-serif; }
.geo-legend svg.swatch { margin-right: 6px; vertical-align: middle; }
.geo-legend summary, .geo-sources summary { cursor: pointer; }
@media (max-width: 700px) {
  .geo-title { max-width: 50%; font-size: 12px; }
  .geo-title small { display: none; }
  .geo-legend { max-width: 70%; bottom: 40px; }
}
.geo-nav { font: 12px system-ui, sans-serif; }
.geo-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
</style>
"""


@dataclass
class MapPage:
    """One map to write: its file name, title and the events it shows, by layer."""

    filename: str
    title: str
    subtitle: str
    layers: dict[str, pd.DataFrame]
    timeline: bool = False
    claims: dict[str, tuple[str, str, list[tuple]]] = field(default_factory=dict)


def _labels() -> dict[str, str]:
    out = {r.event_type: r.event_type.replace("_", " ").replace(" remote", "/remote").capitalize() for r in lexicon.event_rules()}
    out["other"] = "Other"
    return out


def _date_label(row: dict) -> str:
    if _missing(row.get("date_start")):
        return "date not given"
    text = row.get("date_text")
    s, e, prec = row["date_start"], row["date_end"], row.get("date_precision") or ""
    span = s if s == e else f"{s} to {e}"
    label = f"{text} ({prec}: {span})" if isinstance(text, str) and text else f"{span} ({prec})"
    if bool(row.get("date_inherited")):
        label += ", date carried from the sentence before"
    return label


def _spanning(row: dict) -> str:
    n = row.get("periods_spanned")
    if _missing(n) or int(n) < 2:
        return ""
    return f"Spans {int(n)} periods ({row['date_start']} to {row['date_end']}); shown in each."


def _figures(row: dict) -> str:
    parts = []
    for col, word in (("fatalities", "killed"), ("displaced", "displaced")):
        v = row.get(col)
        if not _missing(v):
            parts.append(f"{int(v):,} {word} (as stated)")
    return "; ".join(parts)


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and v != v) or v is pd.NA or v is pd.NaT


def describe(events: pd.DataFrame) -> list[tuple | None]:
    """What a popup needs of each event, as hashable tuples (None for unplaced events)."""
    n = len(events)

    def col(name):
        return events[name].to_numpy(dtype=object) if name in events else [None] * n

    date_keys = ("date_start", "date_end", "date_text", "date_precision", "date_inherited")
    figure_keys = ("fatalities", "displaced", "periods_spanned", "date_start", "date_end")
    place_cache: dict = {}
    label_cache: dict = {}
    figure_cache: dict = {}
    out: list[tuple | None] = []
    rows = zip(
        col("lat"), col("lon"), col("name"), col("names"), col("quote"), col("doc_title"), col("doc"), col("doc_publisher"), col("doc_url"),
        col("start"), col("end"), col("sentence_start"), col("event_type"),
        zip(*(col(k) for k in date_keys)), zip(*(col(k) for k in figure_keys)), col("claim_id"), col("mention"),
    )  # fmt: skip
    for lat, lon, name, names, quote, title, doc, publisher, url, start, end, sstart, etype, dates, figs, claim, mention in rows:
        if _missing(lat) or _missing(lon):
            out.append(None)
            continue
        pkey = (name, names, lat, lon)
        place = place_cache.get(pkey)
        if place is None:
            alts = [x for x in names.split("|") if x] if isinstance(names, str) else []
            nm = name if isinstance(name, str) else (alts[0] if alts else "")
            place = place_cache[pkey] = (
                nm,
                ", ".join(x for x in alts if x != nm),
                " / ".join(dict.fromkeys([nm, *alts])),
                round(float(lat), 5),
                round(float(lon), 5),
            )
        label = label_cache.get(dates)
        if label is None:
            label = label_cache[dates] = _date_label(dict(zip(date_keys, dates)))
        figures = figure_cache.get(figs)
        if figures is None:
            row = dict(zip(figure_keys, figs))
            figures = figure_cache[figs] = (_figures(row), _spanning(row))
        doc_label = ", ".join(str(x) for x in (title or doc, publisher) if isinstance(x, str) and x) or "an unnamed document"
        a = b = -1
        if not _missing(start) and not _missing(sstart):
            a = int(start) - int(sstart)
            b = a + int(end) - int(start)
        span = None if _missing(dates[0]) or _missing(dates[1]) else (str(dates[0]), str(dates[1]))
        claim = claim if isinstance(claim, str) and claim else None
        mention = mention if isinstance(mention, str) and mention else place[0]
        short = str(title) if isinstance(title, str) and title else str(doc or "an unnamed document")
        out.append((place, quote if isinstance(quote, str) else "", (doc_label, url if isinstance(url, str) else "", short), etype, label, a, b, *figures, span, claim, mention))
    return out


def claim_accounts(events: pd.DataFrame) -> dict[str, tuple[str, str, list[tuple]]]:
    """For each claim group (``claim_id``, see :mod:`geo.compare`): what the accounts
    disagree on, why they were grouped, and one account per document (its
    narrowest-dated event): document, the name as written, date label, figures,
    quote and the mention's place in it."""
    if "claim_id" not in events or "_desc" not in events:
        return {}
    by_claim: dict[str, dict[tuple, tuple]] = {}
    meta: dict[str, tuple[str, str]] = {}
    blank = [None] * len(events)
    differ_col = events["disagreement"] if "disagreement" in events else blank
    why_col = events["claim_why"] if "claim_why" in events else blank
    for desc, differs, why in zip(events["_desc"], differ_col, why_col):
        if desc is None or desc[10] is None:
            continue
        place, quote, doc, etype, label, a, b, figures, spanning, span, claim, mention = desc
        meta[claim] = (differs if isinstance(differs, str) else "", why if isinstance(why, str) else "")
        width = (pd.Timestamp(span[1]) - pd.Timestamp(span[0])).days if span else 1 << 30
        account = (doc, mention, label, figures, quote, a, b)
        mine = by_claim.setdefault(claim, {})
        if doc not in mine or width < mine[doc][0]:
            mine[doc] = (width, span[0] if span else "", account)
    return {c: (*meta[c], [v[2] for v in sorted(accs.values(), key=lambda v: (v[1], v[2][0]))]) for c, accs in by_claim.items()}


class EventTables:
    """The events of one page as compact tables: each place, quote, document and
    label once, and per layer one row of numbers per event (``rows``)."""

    def __init__(self, claims: dict[str, tuple[str, str, list[tuple]]] | None = None) -> None:
        self.claim_accounts = claims or {}
        self.claims: list[list] = []
        self.places: list[list] = []
        self.quotes: list[str] = []
        self.docs: list[list[str]] = []
        self.dates: list[str] = []
        self.extras: list[str] = [""]
        self.spans: list[tuple[str, str] | None] = []  # ISO dates of the rows last made
        self._index: dict[tuple, int] = {}
        labels = _labels()
        self.types = [[t, labels.get(t, t), c, EVENT_SHAPES.get(t)] for t, c in EVENT_COLOURS.items()]
        self._type = {t: i for i, t in enumerate(EVENT_COLOURS)}

    def _id(self, table: list, key, value) -> int:
        k = (id(table), key)
        i = self._index.get(k)
        if i is None:
            i = self._index[k] = len(table)
            table.append(value)
        return i

    def rows(self, events: pd.DataFrame) -> list[list]:
        """One row per placed event: place, quote, doc, type, date, mark start/end, figures, spanning,
        claim group (1 + its index in ``claims``, 0 for none)."""
        descs = events["_desc"].tolist() if "_desc" in events else describe(events)
        out = []
        self.spans = []
        for d in descs:
            if d is None:
                continue
            place, quote, doc, etype, date_label, a, b, figures, spanning, span, claim, _ = d
            self.spans.append(span)
            out.append(
                [
                    self._id(self.places, place, list(place)),
                    self._id(self.quotes, quote, quote),
                    self._id(self.docs, doc, list(doc)),
                    self._type.get(etype, self._type["other"]),
                    self._id(self.dates, date_label, date_label),
                    a,
                    b,
                    self._id(self.extras, figures, figures) if figures else 0,
                    self._id(self.extras, spanning, spanning) if spanning else 0,
                    self._claim(claim) + 1 if claim in self.claim_accounts else 0,
                ]
            )
        return out

    def _claim(self, claim: str) -> int:
        k = (id(self.claims), claim)
        if k not in self._index:
            differs, why, accounts = self.claim_accounts[claim]
            rows = [
                [self._id(self.docs, doc, list(doc)), mention, self._id(self.dates, label, label), self._id(self.extras, figures, figures) if figures else 0,
                 self._id(self.quotes, quote, quote), a, b]
                for doc, mention, label, figures, quote, a, b in accounts
            ]  # fmt: skip
            self._index[k] = len(self.claims)
            self.claims.append([differs, why, rows])
        return self._index[k]

    def script(self, layers: list[tuple[str, list[list]]] = ()) -> str:
        """``<script>var geoTables = …</script>``, safe inside HTML: the tables, and
        each layer's period name and rows (``periods``, ``layers``), which
        :class:`EventLayer` refers to by number only."""
        data = {
            "places": self.places, "quotes": self.quotes, "docs": self.docs, "dates": self.dates, "extras": self.extras, "types": self.types,
            "claims": self.claims,
            "periods": [name for name, _ in layers], "layers": [rows for _, rows in layers],
        }  # fmt: skip
        return f"<script>var geoTables = {script_json(data)};</script>"


class EventLayer(folium.MacroElement):
    """The events of one period, added in the browser to their FeatureGroup.

    Its template gets only numbers and generated names: the rows and the period's
    name stay in ``geoTables`` (see :meth:`EventTables.script`), because branca
    compiles a folium element's rendered output as a template once more.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geoAddEvents({{ this.map_name }}, {{ this._parent.get_name() }}, {{ this.index }}, {{ this.canvas_json }});
        {% endmacro %}
        """
    )

    def __init__(self, map_name: str, index: int, canvas: bool) -> None:
        super().__init__()
        self._name = "EventLayer"
        self.map_name = map_name
        self.index = int(index)
        self.canvas_json = "true" if canvas else "false"


class PlaceSearch(JSCSSMixin, folium.MacroElement):
    """Search the events of every layer by any name of their place (leaflet-search).

    Suggestions are built with ``textContent``, so a name never becomes markup.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var group = L.layerGroup([{% for l in this.layers %}{{ l.get_name() }}{% if not loop.last %}, {% endif %}{% endfor %}]);
            var control = new L.Control.Search({
                layer: group, propertyName: 'search', initial: false, collapsed: true,
                textPlaceholder: 'Search a place (any name)', position: 'topleft', zoom: 9,
                buildTip: function (text) { var a = document.createElement('a'); a.textContent = text; return a; }
            });
            control.on('search:locationfound', function (e) { if (e.layer._popup) { e.layer.openPopup(); } });
            {{ this._parent.get_name() }}.addControl(control);
        })();
        {% endmacro %}
        """
    )
    default_js = [("Leaflet.Search.js", "https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.js")]
    default_css = [("Leaflet.Search.css", "https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.css")]

    def __init__(self, layers: list) -> None:
        super().__init__()
        self._name = "PlaceSearch"
        self.layers = layers


class SourceFilter(folium.MacroElement):
    """A box per source document that shows or hides its events on every layer
    (only on pages with events from two or more documents)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geoSources({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "SourceFilter"


class CountryOutlines(folium.MacroElement):
    """A light outline of the countries under the events, so the map shows land
    without network tiles. The shapes come from ``geo-outline.js`` next to the page
    (or inlined in a self-contained page)."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}<script src="{{ this.src }}"></script>{% endmacro %}
        {% macro script(this, kwargs) %}
        if (typeof geoOutline !== 'undefined') {
            {{ this._parent.get_name() }}.createPane('geoOutline');
            {{ this._parent.get_name() }}.getPane('geoOutline').style.zIndex = 250;
            L.geoJSON(geoOutline, {pane: 'geoOutline', interactive: false,
                style: {color: '#8a8a8a', weight: 0.7, fillColor: '#f2efe9', fillOpacity: 1}}).addTo({{ this._parent.get_name() }});
        }
        {% endmacro %}
        """
    )

    def __init__(self, src: str = OUTLINE_FILE) -> None:
        super().__init__()
        self._name = "CountryOutlines"
        self.src = src


@lru_cache(maxsize=1)
def outline_script() -> str:
    """``geo-outline.js``: simplified Natural Earth country shapes as a JS variable."""
    from geo.gazetteer import GAZ_DIR

    data = json.loads((GAZ_DIR / "admin0.geojson").read_text(encoding="utf-8"))
    feats = []
    for f in data["features"]:
        geom = shapely.geometry.shape(f["geometry"]).simplify(0.08, preserve_topology=True)
        geom = shapely.set_precision(geom, 0.01)
        if not geom.is_empty:
            feats.append({"type": "Feature", "properties": {}, "geometry": shapely.geometry.mapping(geom)})
    text = json.dumps({"type": "FeatureCollection", "features": feats}, separators=(",", ":"))
    return "/* Natural Earth 1:50m admin-0, public domain; simplified by geo */\nvar geoOutline = " + text + ";\n"


def build_map(page: MapPage, nav: list[tuple[str, str, int]] | None = None) -> folium.Map:
    """A Folium map with one toggleable overlay per layer of ``page``."""
    m = folium.Map(location=[20, 0], zoom_start=2, tiles="OpenStreetMap", control_scale=True)
    m.get_root().header.add_child(Raw(_CSS))
    m.get_root().header.add_child(Raw('<meta name="viewport" content="width=device-width, initial-scale=1">'))
    m.get_root().title = text(page.title)  # branca writes <title>{{ this.title }}</title> unescaped
    CountryOutlines().add_to(m)
    tables = EventTables(page.claims)
    by_layer, spans = {}, []
    for name, df in page.layers.items():
        by_layer[name] = tables.rows(df)
        spans += tables.spans
    total = sum(len(r) for r in by_layer.values())
    canvas = total > CANVAS_ABOVE
    m.get_root().header.add_child(Raw("<script>" + _events_js().replace("</script", "<\\/script") + "</script>"))
    lats, lons, layers = [], [], []
    if page.timeline:
        _add_timeline(m, tables, [r for rows in by_layer.values() for r in rows], spans)
        lats, lons = [p[3] for p in tables.places], [p[4] for p in tables.places]
        by_layer = {}
    drawn = [(name, rows) for name, rows in by_layer.items() if rows]
    m.get_root().header.add_child(Raw(tables.script(drawn)))
    for i, (name, rows) in enumerate(drawn):
        group = folium.FeatureGroup(name=text(f"{name} ({len(rows)})"), show=True, control=len(by_layer) <= TREE_ABOVE)
        EventLayer(m.get_name(), i, canvas).add_to(group)
        group.add_to(m)
        layers.append((name, len(rows), group))
    for place in tables.places:
        lats.append(place[3])
        lons.append(place[4])
    if lats:
        pad = 0.5
        m.fit_bounds([[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]])
    if len(by_layer) > TREE_ABOVE:
        folium.LayerControl(collapsed=True).add_to(m)  # the base map only
        TreeLayerControl(overlay_tree=_decade_tree(layers), collapsed=JsCode("window.innerWidth < 700")).add_to(m)
    else:
        folium.LayerControl(collapsed=JsCode("window.innerWidth < 700")).add_to(m)  # open, but folded on a phone
    Fullscreen(position="topleft").add_to(m)
    if layers:
        PlaceSearch([g for _, _, g in layers]).add_to(m)
        SourceFilter().add_to(m)
    m.get_root().html.add_child(Raw(_title_html(page, total)))
    m.get_root().html.add_child(Raw(_legend_html(page, nav)))
    if page.timeline:  # the slider takes the bottom of the map
        m.get_root().header.add_child(Raw("<style>.geo-legend { bottom: auto; top: 140px; }</style>"))
    return m


_TIMELINE_POINT = """
function (feature, latlng) {
    var ty = geoTables.types[feature.properties.r[3]];
    return geoMarker(latlng, {radius: 7, fillColor: ty[2], color: '#222222', weight: 1, fillOpacity: 0.85, shape: ty[3]});
}
"""
_TIMELINE_EACH = """
function (feature, layer) {
    layer.geoEvent = feature.properties.r;
    layer.geoPeriod = feature.properties.p;
    layer.bindPopup(geoPopup, {maxWidth: 380});
    layer.bindTooltip(geoTooltip, {sticky: true});
    layer.on('add', geoDecorate);
}
"""


def _add_timeline(m: folium.Map, tables: EventTables, rows: list[list], spans: list[tuple[str, str] | None]) -> None:
    """All dated events on one layer, shown through a time slider (leaflet.timeline)."""
    from datetime import UTC, datetime

    def ms(iso: str) -> int:
        return int(datetime.fromisoformat(iso).replace(tzinfo=UTC).timestamp() * 1000)

    feats = []
    for r, span in zip(rows, spans):
        if span is None:
            continue
        place = tables.places[r[0]]
        props = {"r": r, "p": span[0][:4], "start": ms(span[0]), "end": ms(span[1]) + 86_400_000}
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [place[4], place[3]]}, "properties": props})
    tl = Timeline({"type": "FeatureCollection", "features": feats}, point_to_layer=JsCode(_TIMELINE_POINT), on_each_feature=JsCode(_TIMELINE_EACH))
    tl.layer_name, tl.control = "Events on the slider's date", False  # Timeline() passes neither to its Layer
    tl.add_to(m)
    TimelineSlider(auto_play=False, date_options="YYYY-MM-DD", enable_keyboard_controls=True, show_ticks=True, playback_duration=20000).add_timelines(
        tl
    ).add_to(m)


def _decade_tree(layers: list[tuple[str, int, folium.FeatureGroup]]) -> dict:
    """Period layers grouped by decade, each group and the whole with an all/none box."""
    decades: dict[str, list[dict]] = {}
    for name, n, group in layers:
        m = re.match(r"\d{3}", name)
        key = f"{m.group()}0s" if m else name
        decades.setdefault(key, []).append({"label": text(f"{name} ({n})"), "layer": group})
    children = [
        {"label": text(k), "select_all_checkbox": True, "collapsed": len(decades) > 1, "children": v} if len(v) > 1 else v[0] for k, v in decades.items()
    ]
    return {"label": "All periods", "select_all_checkbox": True, "children": children}


def _title_html(page: MapPage, total: int) -> str:
    return (
        f'<div class="geo-title" role="heading" aria-level="1">{text(page.title)}'
        f"<small>{text(page.subtitle)}</small></div>"
        f'<p class="geo-sr">{text(page.title)}. {text(page.subtitle)}. '
        f"The map shows {total} event markers; each marker can be reached with the Tab key and opened with Enter. "
        f"{text(UNPLACED_NOTE)}</p>"
    )


def _swatch(event_type: str, colour: str) -> str:
    """The legend's picture of a marker: the same shape and colour, as inline SVG."""
    spec = EVENT_SHAPES.get(event_type)
    style = f'fill="{colour}" stroke="#222" stroke-width="1"'
    if spec is None:
        shape = f'<circle cx="9" cy="9" r="6" {style}/>'
    else:
        import math

        n, a0, ro, ri = spec
        k = 2 * n if ri else n
        pts = []
        for i in range(k):
            rr = (ri if ri and i % 2 else ro) * 6
            a = math.radians(a0) + i * 2 * math.pi / k
            pts.append(f"{9 + rr * math.cos(a):.1f},{9 + rr * math.sin(a):.1f}")
        shape = f'<polygon points="{" ".join(pts)}" {style}/>'
    return f'<svg class="swatch" width="18" height="18" aria-hidden="true">{shape}</svg>'


def _legend_html(page: MapPage, nav: list[tuple[str, str, int]] | None) -> str:
    labels = _labels()
    present = set()
    for df in page.layers.values():
        present.update(str(t) for t in df.get("event_type", pd.Series(dtype=str)).dropna())
    rows = "".join(f"<div>{_swatch(t, colour)}{text(labels.get(t, t))}</div>" for t, colour in EVENT_COLOURS.items() if t in present)
    if any(df.get("disagreement", pd.Series(dtype=object)).fillna("").astype(str).ne("").any() for df in page.layers.values()):
        ring = '<svg class="swatch" width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="6" fill="#ffffff" stroke="#000" stroke-width="3" stroke-dasharray="3 2"/></svg>'
        rows += f"<div>{ring}Sources disagree (open the marker to compare the accounts)</div>"
    links = ""
    if nav:
        items = " · ".join(f'<a href="{text(href)}">{text(label)}</a> ({n})' for label, href, n in nav)
        links = f'<div class="geo-nav"><strong>Maps by period:</strong> {items}</div>'
    return (
        '<details class="geo-legend geo-fold" open role="region" aria-label="Legend">'
        f"<summary><strong>Event type</strong></summary>{rows}{links}</details>"
    )


def pages(events: pd.DataFrame, periods: list[Period], title: str) -> list[MapPage]:
    """The index page (all periods, a layer each) and one page per period."""
    groups = assign(events, periods)
    counts = [0] * len(events)
    for idx in groups.values():
        for i in idx:
            counts[i] += 1
    events = events.assign(periods_spanned=counts)
    events["_desc"] = describe(events)
    claims = claim_accounts(events)
    layers = {name: events.iloc[idx] for name, idx in groups.items() if idx}
    docs = sorted({str(d) for d in events.get("doc_title", pd.Series(dtype=str)).dropna() if d} or {str(d) for d in events["doc"].dropna()})
    source_note = "according to " + "; ".join(docs) if docs else ""
    out = [MapPage("index.html", title, f"{len(events.dropna(subset=['lat']))} placed events by period, {source_note}", layers, claims=claims)]
    dated = events.dropna(subset=["lat", "date_start", "date_end"])
    if 0 < len(dated) <= TIMELINE_MAX:
        out.append(
            MapPage(
                "timeline.html",
                f"{title}: time slider",
                f"{len(dated)} dated events; move the slider to see what the documents say happened when, {source_note}",
                {"all": dated},
                timeline=True,
                claims=claims,
            )
        )
    for p in [*periods, Period(UNDATED, periods[0].start, periods[0].start) if periods else None]:
        if p is None or p.name not in layers:
            continue
        df = layers[p.name]
        span = "no date given" if p.name == UNDATED else f"{p.start.isoformat()} to {p.end.isoformat()}"
        out.append(MapPage(f"{_slug(p)}.html", f"{title}: {p.name}", f"{span}; {len(df)} events, {source_note}", {p.name: df}, claims=claims))
    return out


def _slug(p: Period) -> str:
    return "undated" if p.name == UNDATED else p.slug


def write_maps(events: pd.DataFrame, periods: list[Period], out_dir: str | Path, title: str = "Events", self_contained: bool = False) -> list[Path]:
    """Write ``index.html`` and one map per period into ``out_dir``.

    Every page is rendered into a temporary folder inside ``out_dir`` first and
    moved into place only when all of them are ready, so a failure leaves the old
    maps as they were. Pages of an earlier run that this run does not write
    (listed in its ``manifest.json``) are removed; other files are left alone.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    all_pages = pages(events, periods, title)
    nav = [(pg.title.split(": ", 1)[-1], pg.filename, sum(int(d["lat"].notna().sum()) for d in pg.layers.values())) for pg in all_pages[1:]]
    files = {pg.filename: None for pg in all_pages}
    tmp = Path(tempfile.mkdtemp(prefix=".geo-", dir=out))
    try:
        for pg in all_pages:
            page_html = build_map(pg, nav).get_root().render()
            if self_contained:
                page_html = inline_assets(page_html)
            (tmp / pg.filename).write_text(page_html, encoding="utf-8")
        (tmp / OUTLINE_FILE).write_text(outline_script(), encoding="utf-8")
        (tmp / "embed.html").write_text(embed_snippet("index.html", title), encoding="utf-8")
        manifest = {"pages": [{"file": p.filename, "title": p.title, "subtitle": p.subtitle} for p in all_pages]}
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
        stale = _previous_pages(out) - set(files)
        for name in [*files, "embed.html", "manifest.json", OUTLINE_FILE]:
            os.chmod(tmp / name, 0o644)
            os.replace(tmp / name, out / name)
        for name in stale:
            (out / name).unlink(missing_ok=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [out / name for name in files]


def _previous_pages(out: Path) -> set[str]:
    try:
        old = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        return {p["file"] for p in old.get("pages", []) if "/" not in p["file"] and p["file"].endswith(".html")}
    except (OSError, ValueError, AttributeError, TypeError, KeyError):
        return set()


_SCRIPT_SRC = re.compile(r'<script src="([^"]+)"></script>')
_CSS_LINK = re.compile(r'<link rel="stylesheet" href="([^"]+)"/?>')


def inline_assets(page_html: str) -> str:
    """Inline every script and stylesheet the page links, from the vendored copies.

    Links with no vendored copy (Bootstrap, Font Awesome, icon fonts: nothing geo's
    maps use) are dropped, so the page makes no request but for map tiles.
    """
    from geo.browser import vendor_files

    files = vendor_files()

    def script(m: re.Match) -> str:
        src = m.group(1)
        if src == OUTLINE_FILE:
            return "<script>" + outline_script().replace("</", "<\\/") + "</script>"
        path = files.get(src)
        if path is None:
            return ""
        return "<script>" + path.read_text(encoding="utf-8").replace("</script", "<\\/script") + "</script>"

    def css(m: re.Match) -> str:
        href = m.group(1)
        path = files.get(href)
        if path is None:
            return ""
        sheet = path.read_text(encoding="utf-8")
        base = href.rsplit("/", 1)[0] + "/"

        def data_uri(u: re.Match) -> str:
            ref = u.group(1).strip("'\"")
            if ref.startswith("data:"):
                return u.group(0)
            target = files.get(_join_url(base, ref))
            if target is None:
                return "url()"
            mime = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            return f"url(data:{mime};base64,{base64.b64encode(target.read_bytes()).decode()})"

        return "<style>" + re.sub(r"url\(([^)]+)\)", data_uri, sheet) + "</style>"

    page_html = _SCRIPT_SRC.sub(script, page_html)
    return _CSS_LINK.sub(css, page_html)


def _join_url(base: str, ref: str) -> str:
    parts = (base + ref).split("/")
    out: list[str] = []
    for part in parts:
        if part == "..":
            out.pop()
        elif part != ".":
            out.append(part)
    return "/".join(out)


def embed_snippet(src: str, title: str, aspect: float = 0.62) -> str:
    """An HTML snippet embedding a map responsively in an article.

    ``src`` is a relative path or an ``http(s)`` URL; any other scheme
    (``javascript:``, ``data:``) is refused, since the frame would run it.
    """
    scheme = re.match(r"\s*([A-Za-z][A-Za-z0-9+.-]*):", src)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        from geo.exceptions import InputError

        raise InputError(f"--src must be a relative path or an http(s) URL, not {scheme.group(1)}:")
    pct = round(aspect * 100, 2)
    return (
        f'<div style="position:relative;width:100%;padding-top:{pct}%;">'
        f'<iframe src="{text(src)}" title="{text(title)}" loading="lazy" allowfullscreen '
        f'style="position:absolute;inset:0;width:100%;height:100%;border:0;"></iframe></div>\n'
    )
