"""The folium elements of a geo map, one per concern.

Their templates receive only numbers and generated names: page data lives in
``geoTables`` (:mod:`geo.maps.tables`), because branca compiles the rendered output
of every folium element as a template once more (see :mod:`geo.safe`).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import lru_cache

import folium
import shapely
from folium.elements import JSCSSMixin
from folium.plugins import Timeline, TimelineSlider
from folium.utilities import JsCode
from jinja2 import Template

from geo.maps.tables import PageTables

OUTLINE_FILE = "geo-outline.js"


class EventLayer(folium.MacroElement):
    """The events of one period (layer number ``index`` of ``geoTables``), added in
    the browser to their FeatureGroup once the page's tables are ready."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geoAddEvents({{ this.map_name }}, {{ this._parent.get_name() }}, {{ this.index }},
                     {{ this.canvas_json }});
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
            var group = L.layerGroup([
                {% for l in this.layers %}{{ l.get_name() }}{{ ", " if not loop.last }}{% endfor %}
            ]);
            var control = new L.Control.Search({
                layer: group, propertyName: 'search', initial: false, collapsed: true,
                textPlaceholder: 'Search a place (any name)', position: 'topleft', zoom: 9,
                buildTip: function (text) {
                    var a = document.createElement('a'); a.textContent = text; return a;
                }
            });
            control.on('search:locationfound', function (e) { geoOpen(e.layer); });
            {{ this._parent.get_name() }}.addControl(control);
        })();
        {% endmacro %}
        """
    )
    default_js = [
        (
            "Leaflet.Search.js",
            "https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.js",
        )
    ]
    default_css = [
        (
            "Leaflet.Search.css",
            "https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.css",
        )
    ]

    def __init__(self, layers: list) -> None:
        super().__init__()
        self._name = "PlaceSearch"
        self.layers = layers


class SourceFilter(folium.MacroElement):
    """A box per source document that shows or hides its events on every layer
    (drawn only on pages with events from two or more documents)."""

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
                style: {color: '#8a8a8a', weight: 0.7, fillColor: '#f2efe9', fillOpacity: 1}}
            ).addTo({{ this._parent.get_name() }});
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
    """``geo-outline.js``: simplified Natural Earth country shapes as a JS variable;
    made once per version of ``admin0.geojson`` and kept in the gazetteer cache."""
    import hashlib

    from geo.resources import GAZ_DIR, cache_dir

    raw = (GAZ_DIR / "admin0.geojson").read_bytes()
    cached = cache_dir() / f"outline-{hashlib.sha256(raw).hexdigest()[:16]}.js"
    try:
        return cached.read_text(encoding="utf-8")
    except OSError:
        pass
    feats = []
    for f in json.loads(raw)["features"]:
        geom = shapely.geometry.shape(f["geometry"]).simplify(0.08, preserve_topology=True)
        geom = shapely.set_precision(geom, 0.01)
        if not geom.is_empty:
            feats.append(
                {"type": "Feature", "properties": {}, "geometry": shapely.geometry.mapping(geom)}
            )
    text = json.dumps({"type": "FeatureCollection", "features": feats}, separators=(",", ":"))
    out = (
        "/* Natural Earth 1:50m admin-0, public domain; simplified by geo */\nvar geoOutline = "
        + text
        + ";\n"
    )
    try:
        from geo.output import atomic_write

        cached.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(cached, lambda tmp: tmp.write_text(out, encoding="utf-8"))
    except OSError:
        pass  # a read-only cache: make it again next time
    return out


def _ms(iso: str) -> int:
    return int(datetime.fromisoformat(iso).replace(tzinfo=UTC).timestamp() * 1000)


def add_timeline(m: folium.Map, tables: PageTables, name: str) -> None:
    """All dated events of layer ``name`` on one layer, shown through a time slider
    (leaflet.timeline); markers are made by ``geoTimelinePoint``/``geoTimelineEach``."""
    feats = []
    for r, span in zip(tables.layers[name].tolist(), tables.spans(name)):
        if span is None:
            continue
        place = tables.places[r[0]]
        props = {"r": r, "p": span[0][:4], "start": _ms(span[0]), "end": _ms(span[1]) + 86_400_000}
        feats.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place[4], place[3]]},
                "properties": props,
            }
        )
    tl = Timeline(
        {"type": "FeatureCollection", "features": feats},
        point_to_layer=JsCode("geoTimelinePoint"),
        on_each_feature=JsCode("geoTimelineEach"),
    )
    tl.layer_name, tl.control = (
        "Events on the slider's date",
        False,
    )  # Timeline() passes neither to its Layer
    tl.add_to(m)
    slider = TimelineSlider(
        auto_play=False,
        date_options="YYYY-MM-DD",
        enable_keyboard_controls=True,
        show_ticks=True,
        playback_duration=20000,
    )
    slider.add_timelines(tl).add_to(m)
