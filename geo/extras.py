"""Optional features and the extra that installs each: a missing one is a one-line
error naming the ``pip install`` that brings it, never a traceback."""

from __future__ import annotations

import importlib
from types import ModuleType

from geo.exceptions import GeoError

EXTRAS = {
    "playwright": ("browser", "geo snapshot (Debian's chromium through Playwright)"),
    "geopy": ("online", "--online geocoding"),
    "pyarrow": ("parquet", "GeoParquet tables (.parquet)"),
    "distributed": ("dask", "--scheduler (Dask)"),
    "pypdf": ("pdf", "reading PDF documents"),
    "trafilatura": ("web", "reading saved web pages"),
}


class MissingExtra(GeoError, ImportError):
    """A feature whose optional package is not installed."""


def require(module: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtra` naming the extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.split(".")[0]
        extra, feature = EXTRAS.get(top, (None, top))
        hint = f"pip install 'geo-maps[{extra}]'" if extra else f"pip install {top}"
        raise MissingExtra(f"{feature} needs the optional package {top}: {hint}") from None
