"""geo: turn documents into layered, embeddable event maps.

The pipeline, one module per stage::

    documents -> geoparse (gazetteer) -> geocode -> dates -> events -> periods -> render
"""

from geo.exceptions import GeoError

__all__ = ["GeoError", "__version__"]
__version__ = "0.1.0"
