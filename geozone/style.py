"""Colours and line styles shared by the HTML map and the exported layer styles."""

from __future__ import annotations

from collections.abc import Iterable

WIDTH_PALETTE = ("#fdae61", "#f46d43", "#d73027", "#a50026", "#fee08b", "#762a83", "#1b7837")
"""Zone colours by width, narrowest first: the same width has the same colour everywhere."""

DASH = {"total": None, "per_side": "8 6", "depth": "2 5"}
"""Outline dash pattern by semantics (SVG dasharray)."""

LINE_COLOUR = "#111111"
ROUTE_COLOURS = ("#1f78b4", "#33a02c", "#6a3d9a", "#b15928")
PLACE_COLOURS = {"opposition": "#e31a1c", "government": "#1f78b4", "": "#636363"}
"""Places by the side that holds them: these two by name, a place of no side grey."""
SIDE_PALETTE = ("#e31a1c", "#1f78b4", "#ff7f00", "#6a3d9a", "#b15928", "#01665e")
"""Colours for the places of sides :data:`PLACE_COLOURS` does not name, in order."""


def place_colours(sides: Iterable[str | None]) -> dict[str, str]:
    """A distinct colour for the places of each side a scenario names ("" for none: grey).

    Sides in :data:`PLACE_COLOURS` keep their colour; the others take the
    first colours of :data:`SIDE_PALETTE` those have not used, in
    alphabetical order of the side's name, so the map, the figure and the
    QGIS style agree.
    """
    named = sorted({s for s in sides if s})
    used = {PLACE_COLOURS[s] for s in named if s in PLACE_COLOURS}
    free = [c for c in SIDE_PALETTE if c not in used]
    out = {"": PLACE_COLOURS[""]}
    for i, s in enumerate(s for s in named if s not in PLACE_COLOURS):
        out[s] = free[i % len(free)]
    return out | {s: PLACE_COLOURS[s] for s in named if s in PLACE_COLOURS}


def width_colours(widths_km: Iterable[float]) -> dict[float, str]:
    """A colour for each distinct width (km), narrowest first."""
    ordered = sorted(set(float(w) for w in widths_km))
    return {w: WIDTH_PALETTE[i % len(WIDTH_PALETTE)] for i, w in enumerate(ordered)}


def route_colour(index: int) -> str:
    """The colour of the ``index``-th route."""
    return ROUTE_COLOURS[index % len(ROUTE_COLOURS)]


REPORTED_ROUTE_COLOUR = "#7a7a7a"
"""A route the reports name but no known route matches (drawn dashed)."""

RING_OPACITY = 0.45
ZONE_FILL_OPACITY = 0.18
"""Fill opacities shared by the map and the layer styles."""
