"""geo: turn documents into layered, embeddable event maps.

The public API (:mod:`geo.api`)::

    import geo
    events = geo.extract(["reports/"])            # a GeoDataFrame, one row per event
    geo.render(events, "maps/")                   # a layer per year, a page per year, a time slider
    geo.compare(events).claims                    # what several documents tell of one happening

The pipeline, one module per stage::

    documents -> geoparse (gazetteer) -> geocode -> dates -> events -> compare -> maps
"""

from geo.api import (
    build,
    bundled_documents,
    compare,
    document,
    extract,
    extraction,
    folium_map,
    load_gazetteer,
    read_table,
    render,
)
from geo.exceptions import GeoError

__all__ = [
    "GeoError", "__version__", "build", "bundled_documents", "compare", "document", "extract",
    "extraction", "folium_map", "load_gazetteer", "read_table", "render",
]  # fmt: skip
__version__ = "0.1.0"
