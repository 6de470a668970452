"""Opt-in online geocoding for names the offline gazetteer lacks (off by default).

Uses OpenStreetMap's Nominatim through geopy, behind geopy's ``RateLimiter`` (one
request a second, Nominatim's usage policy), with an honest User-Agent and an
on-disk cache (``nominatim.json`` in the geo cache folder, or ``$GEO_NOMINATIM_CACHE``)
so a name is asked for once. Results are OpenStreetMap data (ODbL) and say so in their ``source``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from geo import __version__
from geo.exceptions import OnlineError
from geo.output import atomic_write
from geo.resources import cache_dir

USER_AGENT = f"geo/{__version__} (document-to-map tool; https://pypi.org/project/geo-maps/)"


class OnlineGeocoder:
    """Nominatim lookups with a rate limit and a cache; ``domain``/``scheme`` point it elsewhere
    (tests)."""

    def __init__(
        self,
        domain: str = "nominatim.openstreetmap.org",
        scheme: str = "https",
        min_delay: float = 1.0,
        cache_path: str | Path | None = None,
        timeout: float = 10.0,
    ) -> None:
        from geo.extras import require

        RateLimiter = require("geopy.extra.rate_limiter").RateLimiter  # noqa: N806 - geopy's class
        Nominatim = require("geopy.geocoders").Nominatim  # noqa: N806

        self._nominatim = Nominatim(
            user_agent=os.environ.get("GEO_USER_AGENT", USER_AGENT),
            domain=domain,
            scheme=scheme,
            timeout=timeout,
        )
        self._geocode = RateLimiter(
            self._nominatim.geocode,
            min_delay_seconds=min_delay,
            max_retries=1,
            swallow_exceptions=False,
        )
        self.cache_path = Path(
            cache_path or os.environ.get("GEO_NOMINATIM_CACHE") or cache_dir() / "nominatim.json"
        )
        try:
            self.cache: dict[str, dict | None] = json.loads(
                self.cache_path.read_text(encoding="utf-8")
            )
        except (OSError, ValueError):
            self.cache = {}

    def lookup(self, name: str) -> dict | None:
        """``{"name", "lat", "lon", "display_name", "source"}`` for ``name``, or None."""
        key = name.strip().casefold()
        if key in self.cache:
            return self.cache[key]
        from geopy.exc import GeopyError

        try:
            loc = self._geocode(name, exactly_one=True, language="en")
        except GeopyError as exc:
            raise OnlineError(f"online geocoding of {name!r} failed: {exc}") from None
        hit = None
        if loc is not None:
            hit = {
                "name": name.strip(),
                "lat": float(loc.latitude),
                "lon": float(loc.longitude),
                "display_name": loc.address,
                "source": "OpenStreetMap Nominatim (ODbL)",
            }
        self.cache[key] = hit
        text = json.dumps(self.cache, ensure_ascii=False, indent=1)
        atomic_write(self.cache_path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
        return hit
