"""Rendering events to Folium HTML maps: kept for code that imports ``geo.render``;
the maps live in the :mod:`geo.maps` package."""

from geo.maps import *  # noqa: F403
from geo.maps import __all__  # noqa: F401
