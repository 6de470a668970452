"""Rendering events to Folium HTML maps: a layer per period, popups, a legend.

Every piece of document text reaches the page only as JSON data inside the
GeoJSON layers (Folium's ``tojson`` escapes ``<``, ``>`` and ``&`` there) and is
put on screen by the browser with ``textContent``, never as HTML; the few strings
written into the page's HTML (titles, period names) are escaped with
:func:`html.escape`. Links are kept only for ``http``/``https`` URLs.
"""

from __future__ import annotations

import base64
import html
import json
import mimetypes
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import branca
import folium
import pandas as pd
import shapely
from folium.elements import JSCSSMixin
from folium.plugins import Fullscreen
from folium.utilities import JsCode
from jinja2 import Template

from geo import lexicon
from geo.periods import UNDATED, Period, assign

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
UNPLACED_NOTE = "Events the documents date but do not place are listed in the events table, not on the map."

_POPUP_JS = """
function (feature, layer) {
    var p = feature.properties;
    function el(tag, text, cls) {
        var e = document.createElement(tag);
        if (text !== null && text !== undefined) { e.textContent = String(text); }
        if (cls) { e.className = cls; }
        return e;
    }
    layer.setStyle({fillColor: p.colour, color: '#222222', weight: 1, fillOpacity: 0.85, radius: 7});
    var box = el('div', null, 'geo-popup');
    box.appendChild(el('div', p.date_label, 'geo-date'));
    box.appendChild(el('div', p.name, 'geo-name'));
    if (p.other_names) { box.appendChild(el('div', 'Also called: ' + p.other_names, 'geo-names')); }
    box.appendChild(el('div', p.event_label, 'geo-type'));
    if (p.figures) { box.appendChild(el('div', p.figures, 'geo-figures')); }
    if (p.spanning) { box.appendChild(el('div', p.spanning, 'geo-spanning')); }
    var q = el('blockquote', null, 'geo-quote');
    var text = p.quote || '';
    var a = p.mark_start, b = p.mark_end;
    if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b <= text.length && a < b) {
        q.appendChild(document.createTextNode(text.slice(0, a)));
        q.appendChild(el('mark', text.slice(a, b)));
        q.appendChild(document.createTextNode(text.slice(b)));
    } else {
        q.textContent = text;
    }
    box.appendChild(q);
    var src = el('div', 'according to ', 'geo-source');
    if (p.doc_url && /^https?:\\/\\//i.test(p.doc_url)) {
        var link = el('a', p.doc_label);
        link.href = p.doc_url; link.target = '_blank'; link.rel = 'noopener noreferrer';
        src.appendChild(link);
    } else {
        src.appendChild(el('cite', p.doc_label));
    }
    box.appendChild(src);
    layer.bindPopup(box, {maxWidth: 380});
    layer.bindTooltip(el('span', p.name + ' \\u2014 ' + p.date_label), {sticky: true});
    layer.on('add', function () {
        var node = layer.getElement && layer.getElement();
        if (node) {
            node.setAttribute('data-period', p.period);
            node.setAttribute('tabindex', '0');
            node.setAttribute('role', 'button');
            node.setAttribute('aria-label', p.name + ', ' + p.date_label + ', ' + p.event_label);
            node.addEventListener('keydown', function (ev) {
                if (ev.key === 'Enter' || ev.key === ' ') { layer.openPopup(); ev.preventDefault(); }
            });
        }
    });
}
"""

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
.geo-title { position: absolute; top: 10px; left: 55px; z-index: 1000; background: rgba(255,255,255,.92);
  padding: 6px 10px; border-radius: 4px; font: 14px system-ui, sans-serif; max-width: 60%; }
.geo-title small { display: block; color: #555; }
.geo-legend { position: absolute; bottom: 56px; left: 10px; max-width: 45%; z-index: 1000; background: rgba(255,255,255,.92);
  padding: 6px 10px; border-radius: 4px; font: 12px system-ui, sans-serif; }
.geo-legend span.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
  border: 1px solid #222; margin-right: 6px; vertical-align: middle; }
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


def _labels() -> dict[str, str]:
    out = {r.event_type: r.event_type.replace("_", " ").replace(" remote", "/remote").capitalize() for r in lexicon.event_rules()}
    out["other"] = "Other"
    return out


def _date_label(row: pd.Series) -> str:
    if pd.isna(row.get("date_start")):
        return "date not given"
    text = row.get("date_text")
    s, e, prec = row["date_start"], row["date_end"], row.get("date_precision") or ""
    span = s if s == e else f"{s} to {e}"
    label = f"{text} ({prec}: {span})" if isinstance(text, str) and text else f"{span} ({prec})"
    if bool(row.get("date_inherited")):
        label += ", date carried from the sentence before"
    return label


def _spanning(row: pd.Series) -> str:
    n = row.get("periods_spanned")
    if n is None or pd.isna(n) or int(n) < 2:
        return ""
    return f"Spans {int(n)} periods ({row['date_start']} to {row['date_end']}); shown in each."


def _figures(row: pd.Series) -> str:
    parts = []
    for col, word in (("fatalities", "killed"), ("displaced", "displaced")):
        v = row.get(col)
        if v is not None and not pd.isna(v):
            parts.append(f"{int(v):,} {word} (as stated)")
    return "; ".join(parts)


def feature_collection(events: pd.DataFrame, period: str) -> dict:
    """The placed events as a GeoJSON FeatureCollection with the popup's properties."""
    labels = _labels()
    feats = []
    for _, row in events.iterrows():
        if pd.isna(row.get("lat")) or pd.isna(row.get("lon")):
            continue
        names = [n for n in str(row.get("names") or "").split("|") if n]
        name = row.get("name") if isinstance(row.get("name"), str) else (names[0] if names else "")
        quote = row.get("quote") if isinstance(row.get("quote"), str) else ""
        mark = (None, None)
        if not pd.isna(row.get("start")) and not pd.isna(row.get("sentence_start")):
            a = int(row["start"]) - int(row["sentence_start"])
            mark = (a, a + int(row["end"]) - int(row["start"]))
        etype = row.get("event_type") if row.get("event_type") in EVENT_COLOURS else "other"
        doc_label = ", ".join(str(x) for x in (row.get("doc_title") or row.get("doc"), row.get("doc_publisher")) if isinstance(x, str) and x)
        feats.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float(row["lon"]), float(row["lat"])]},
                "properties": {
                    "event_id": str(row.get("event_id") or ""),
                    "period": period,
                    "name": str(name or ""),
                    "other_names": ", ".join(n for n in names if n != name),
                    "search": " / ".join(dict.fromkeys([str(name or ""), *names])),
                    "date_label": _date_label(row),
                    "event_type": etype,
                    "event_label": labels.get(etype, etype),
                    "colour": EVENT_COLOURS[etype],
                    "figures": _figures(row),
                    "spanning": _spanning(row),
                    "quote": quote,
                    "mark_start": mark[0],
                    "mark_end": mark[1],
                    "doc_label": doc_label or "an unnamed document",
                    "doc_url": str(row.get("doc_url") or "") if isinstance(row.get("doc_url"), str) else "",
                },
            }
        )
    return {"type": "FeatureCollection", "features": feats}


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
    m.get_root().header.add_child(branca.element.Element(_CSS))
    m.get_root().header.add_child(branca.element.Element('<meta name="viewport" content="width=device-width, initial-scale=1">'))
    m.get_root().title = page.title
    CountryOutlines().add_to(m)
    lats, lons, total, layers = [], [], 0, []
    for name, df in page.layers.items():
        fc = feature_collection(df, name)
        if not fc["features"]:
            continue
        total += len(fc["features"])
        group = folium.FeatureGroup(name=f"{name} ({len(fc['features'])})", show=True)
        gj = folium.GeoJson(
            fc,
            name=name,
            marker=folium.CircleMarker(radius=7, fill=True),
            on_each_feature=JsCode(_POPUP_JS),
            control=False,
        )
        gj.add_to(group)
        layers.append(gj)
        group.add_to(m)
        for f in fc["features"]:
            lons.append(f["geometry"]["coordinates"][0])
            lats.append(f["geometry"]["coordinates"][1])
    if lats:
        pad = 0.5
        m.fit_bounds([[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]])
    folium.LayerControl(collapsed=False).add_to(m)
    Fullscreen(position="topleft").add_to(m)
    if layers:
        PlaceSearch(layers).add_to(m)
    m.get_root().html.add_child(branca.element.Element(_title_html(page, total)))
    m.get_root().html.add_child(branca.element.Element(_legend_html(page, nav)))
    return m


def _title_html(page: MapPage, total: int) -> str:
    return (
        f'<div class="geo-title" role="heading" aria-level="1">{html.escape(page.title)}'
        f"<small>{html.escape(page.subtitle)}</small></div>"
        f'<p class="geo-sr">{html.escape(page.title)}. {html.escape(page.subtitle)}. '
        f"The map shows {total} event markers; each marker can be reached with the Tab key and opened with Enter. "
        f"{html.escape(UNPLACED_NOTE)}</p>"
    )


def _legend_html(page: MapPage, nav: list[tuple[str, str, int]] | None) -> str:
    labels = _labels()
    present = set()
    for df in page.layers.values():
        present.update(str(t) for t in df.get("event_type", pd.Series(dtype=str)).dropna())
    rows = "".join(
        f'<div><span class="swatch" style="background:{colour}"></span>{html.escape(labels.get(t, t))}</div>'
        for t, colour in EVENT_COLOURS.items()
        if t in present
    )
    links = ""
    if nav:
        items = " · ".join(f'<a href="{html.escape(href)}">{html.escape(label)}</a> ({n})' for label, href, n in nav)
        links = f'<div class="geo-nav"><strong>Maps by period:</strong> {items}</div>'
    return f'<div class="geo-legend" role="region" aria-label="Legend"><strong>Event type</strong>{rows}{links}</div>'


def pages(events: pd.DataFrame, periods: list[Period], title: str) -> list[MapPage]:
    """The index page (all periods, a layer each) and one page per period."""
    groups = assign(events, periods)
    counts = [0] * len(events)
    for idx in groups.values():
        for i in idx:
            counts[i] += 1
    events = events.assign(periods_spanned=counts)
    layers = {name: events.iloc[idx] for name, idx in groups.items() if idx}
    docs = sorted({str(d) for d in events.get("doc_title", pd.Series(dtype=str)).dropna() if d} or {str(d) for d in events["doc"].dropna()})
    source_note = "according to " + "; ".join(docs) if docs else ""
    out = [MapPage("index.html", title, f"{len(events.dropna(subset=['lat']))} placed events by period, {source_note}", layers)]
    for p in [*periods, Period(UNDATED, periods[0].start, periods[0].start) if periods else None]:
        if p is None or p.name not in layers:
            continue
        df = layers[p.name]
        span = "no date given" if p.name == UNDATED else f"{p.start.isoformat()} to {p.end.isoformat()}"
        out.append(MapPage(f"{_slug(p)}.html", f"{title}: {p.name}", f"{span}; {len(df)} events, {source_note}", {p.name: df}))
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
        text = path.read_text(encoding="utf-8")
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

        return "<style>" + re.sub(r"url\(([^)]+)\)", data_uri, text) + "</style>"

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
    """An HTML snippet embedding a map responsively in an article."""
    pct = round(aspect * 100, 2)
    return (
        f'<div style="position:relative;width:100%;padding-top:{pct}%;">'
        f'<iframe src="{html.escape(src)}" title="{html.escape(title)}" loading="lazy" allowfullscreen '
        f'style="position:absolute;inset:0;width:100%;height:100%;border:0;"></iframe></div>\n'
    )
