"""Where geo's own files are: data and static files that ship inside the package
(``geo/data``, ``geo/static``), found through :mod:`importlib.resources` so an
installed wheel works from any folder; and where geo caches what it builds
(:func:`cache_dir`)."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

PACKAGE = Path(str(files("geo")))
DATA_DIR = PACKAGE / "data"
GAZ_DIR = DATA_DIR / "gazetteer"  # gazetteer sources, a cited source per row
LEX_DIR = DATA_DIR / "lexicon"  # the rules as data (word lists, patterns)
DOCUMENTS_DIR = DATA_DIR / "documents"  # the bundled corpus
STATIC_DIR = PACKAGE / "static"  # the pages' script, stylesheet and vendored libraries


def cache_dir() -> Path:
    """Where the built gazetteer is cached: ``$GEO_CACHE_DIR`` or ``~/.cache/geo``."""
    base = os.environ.get("GEO_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "geo"
    )
    return Path(base)
