"""How events look: one colour and one shape per event type, their labels, the
legend's swatches, and the pages' own stylesheet and script (real files in
``geo/static``)."""

from __future__ import annotations

import math
from functools import lru_cache

from geo import lexicon
from geo.resources import STATIC_DIR

STATIC = STATIC_DIR
EVENTS_JS_FILE = STATIC / "geo-events.js"
CSS_FILE = STATIC / "geo-maps.css"

# One row per event type: colour (Okabe-Ito, distinguishable with the common
# colour-vision deficiencies) and shape (corners, first corner's angle in degrees,
# outer and inner radius as multiples of the marker radius; None is a circle).
EVENT_STYLES: dict[str, tuple[str, tuple | None]] = {
    "violence_against_civilians": ("#D55E00", None),
    "battle": ("#E69F00", (4, 45, 1.25, None)),
    "explosion_remote_violence": ("#CC79A7", (5, -90, 1.45, 0.6)),
    "protest_riot": ("#F0E442", (4, 0, 1.35, None)),
    "displacement": ("#56B4E9", (3, 90, 1.4, None)),
    "strategic_development": ("#0072B2", (3, -90, 1.4, None)),
    "political": ("#009E73", (6, 0, 1.15, None)),
    "other": ("#999999", None),
}
EVENT_COLOURS = {t: c for t, (c, _) in EVENT_STYLES.items()}
EVENT_SHAPES = {t: s for t, (_, s) in EVENT_STYLES.items()}
UNPLACED_NOTE = (
    "Events the documents date but do not place are listed in the events table, not on the map."
)
COARSE_SWATCH = (
    '<svg class="swatch" width="18" height="18" aria-hidden="true">'
    '<circle cx="9" cy="9" r="7" fill="#0072B2" fill-opacity="0.15" stroke="#0072B2" '
    'stroke-width="2"/></svg>'
)
DISPUTED_SWATCH = (
    '<svg class="swatch" width="18" height="18" aria-hidden="true">'
    '<circle cx="9" cy="9" r="6" fill="#ffffff" stroke="#000" stroke-width="3" '
    'stroke-dasharray="3 2"/></svg>'
)


def type_labels() -> dict[str, str]:
    """Event type → the words a reader sees ("Explosion/remote violence")."""
    out = {
        r.event_type: r.event_type.replace("_", " ").replace(" remote", "/remote").capitalize()
        for r in lexicon.event_rules()
    }
    out["other"] = "Other"
    return out


def type_table() -> list[list]:
    """The page's event types: ``[type, label, colour, shape]`` in legend order."""
    labels = type_labels()
    return [[t, labels.get(t, t), colour, shape] for t, (colour, shape) in EVENT_STYLES.items()]


def swatch(event_type: str) -> str:
    """The legend's picture of a marker: the same shape and colour, as inline SVG."""
    colour, spec = EVENT_STYLES.get(event_type, EVENT_STYLES["other"])
    style = f'fill="{colour}" stroke="#222" stroke-width="1"'
    if spec is None:
        shape = f'<circle cx="9" cy="9" r="6" {style}/>'
    else:
        n, a0, ro, ri = spec
        k = 2 * n if ri else n
        pts = []
        for i in range(k):
            rr = (ri if ri and i % 2 else ro) * 6
            a = math.radians(a0) + i * 2 * math.pi / k
            pts.append(f"{9 + rr * math.cos(a):.1f},{9 + rr * math.sin(a):.1f}")
        shape = f'<polygon points="{" ".join(pts)}" {style}/>'
    return f'<svg class="swatch" width="18" height="18" aria-hidden="true">{shape}</svg>'


@lru_cache(maxsize=1)
def events_js() -> str:
    """``geo/static/geo-events.js``, ready to stand inside a ``<script>`` element."""
    return EVENTS_JS_FILE.read_text(encoding="utf-8").replace("</script", "<\\/script")


@lru_cache(maxsize=1)
def css() -> str:
    """``geo/static/geo-maps.css``, ready to stand inside a ``<style>`` element."""
    return CSS_FILE.read_text(encoding="utf-8").replace("</style", "<\\/style")
