"""The user's gazetteer files (``geo gazetteer add``): a list beside the cache, each
file checked when added and read again at every build."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from geo.exceptions import GazetteerError
from geo.gazetteer.files import read_user_source
from geo.resources import cache_dir


def _registry() -> Path:
    """The list of user gazetteer files (``geo gazetteer add``), beside the cache."""
    return cache_dir() / "user_sources.json"


def registered_sources() -> list[Path]:
    """Every user gazetteer file registered with :func:`add_user_source`, present or not."""
    reg = _registry()
    if not reg.exists():
        return []
    try:
        paths = json.loads(reg.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerError(
            f"{reg}: cannot read the list of added gazetteer files ({exc}); delete it and "
            "add them again"
        ) from None
    return [Path(p) for p in paths]


def user_sources() -> list[Path]:
    """User gazetteer files registered with :func:`add_user_source`; a registered
    file that has gone raises :class:`GazetteerError` naming it and the remedy."""
    files = registered_sources()
    for f in files:
        if not f.is_file():
            raise GazetteerError(
                f"{f}: registered with 'geo gazetteer add' but missing; put it back or run "
                f"'geo gazetteer remove {f}'"
            )
    return files


def remove_user_source(path: str | Path) -> Path:
    """Unregister a user gazetteer file (it need not exist any more); return the path removed."""
    from geo.exceptions import InputError

    wanted = Path(path).absolute()
    current = registered_sources()
    keep = [p for p in current if p != wanted and p != Path(path).resolve()]
    if len(keep) == len(current):
        raise InputError("not registered with 'geo gazetteer add' (see 'geo gazetteer list')", path)
    _write_registry(keep)
    return wanted


def _write_registry(paths: list[Path]) -> None:
    reg = _registry()
    reg.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=reg.parent, prefix=".user_sources-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump([str(p) for p in paths], fh, indent=1)
    os.replace(tmp, reg)


def add_user_source(path: str | Path) -> int:
    """Register a user gazetteer file (checked now); return how many places it adds."""
    from geo.exceptions import InputError

    p = Path(path).resolve()
    rows = read_user_source(p)
    if not rows:
        raise InputError(
            "no places in it (a GeoNames dump's populated places, divisions, waters, "
            "terrain, sites or roads; or CSV rows)",
            path,
        )
    current = registered_sources()
    if p not in current:
        current.append(p)
    _write_registry(current)
    return len(rows)
