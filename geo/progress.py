"""Progress bars (tqdm) on stderr for long work, shown only when stderr is a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterable


def enabled(show: bool | None = None) -> bool:
    """``show`` if given, else whether stderr is a terminal (pipes, files and CI stay quiet)."""
    return sys.stderr.isatty() if show is None else show


def progress(
    items: Iterable,
    total: int | None = None,
    desc: str = "",
    unit: str = "doc",
    show: bool | None = None,
) -> Iterable:
    """``items`` wrapped in a tqdm bar on stderr when :func:`enabled`, else ``items`` unchanged."""
    if not enabled(show):
        return items
    from tqdm import tqdm

    return tqdm(
        items, total=total, desc=desc, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True
    )
