"""Folium maps of events: a layer per period, popups that quote their source, a
legend, a time slider, accounts side by side where documents disagree.

One module per concern: :mod:`~geo.maps.style` (how each event type looks),
:mod:`~geo.maps.tables` (popup data as compact tables), :mod:`~geo.maps.elements`
(the folium elements), :mod:`~geo.maps.page` (planning and building pages) and
:mod:`~geo.maps.site` (writing the folder). The browser side is
``geo/static/geo-events.js`` and ``geo/static/geo-maps.css``.

Every piece of document text reaches a page only as data in ``geoTables`` and is
put on screen with ``textContent``; see :mod:`geo.safe`.
"""

from geo.maps.elements import OUTLINE_FILE, outline_script
from geo.maps.page import CANVAS_ABOVE, TIMELINE_MAX, TREE_ABOVE, MapPage, build_map, pages
from geo.maps.site import embed_snippet, inline_assets, write_maps
from geo.maps.style import EVENT_COLOURS, EVENT_SHAPES, EVENT_STYLES, type_labels
from geo.maps.tables import ROW_FIELDS, Described, PageTables, describe

__all__ = [
    "CANVAS_ABOVE", "EVENT_COLOURS", "EVENT_SHAPES", "EVENT_STYLES", "OUTLINE_FILE", "ROW_FIELDS",
    "TIMELINE_MAX", "TREE_ABOVE", "Described", "MapPage", "PageTables", "build_map", "describe",
    "embed_snippet", "inline_assets", "outline_script", "pages", "type_labels", "write_maps",
]  # fmt: skip
