"""Map furniture: a geodesic scale bar, a north arrow, and which corner each goes in."""

from __future__ import annotations

import math
from dataclasses import dataclass

import shapely
from matplotlib.axes import Axes
from matplotlib.patches import FancyBboxPatch, Rectangle
from matplotlib.transforms import Bbox

from ..geometry.geodesy import GEOD
from .frame import LocalFrame

NICE_KM = (0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
"""Lengths a scale bar may show, km."""


@dataclass(frozen=True)
class ScaleBar:
    """A drawn scale bar: its length and where it lies.

    ``start``/``end`` are the projected ends of the bar (metres); the
    geodesic distance between their lon/lat is ``km``.
    """

    km: float
    start: tuple[float, float]
    end: tuple[float, float]
    bbox: Bbox


def quietest_corner(ax: Axes, avoid, corners: tuple[str, ...], w: float, h: float) -> str:
    """The corner whose ``w`` × ``h`` box (shares of the axes) overlaps ``avoid`` least.

    ``avoid`` is a shapely shape in data coordinates; ties go to the first corner.
    """
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    bw, bh = (x1 - x0) * w, (y1 - y0) * h
    best, best_area = corners[0], math.inf
    for c in corners:
        bx = x0 if "left" in c else x1 - bw
        by = y0 if "lower" in c else y1 - bh
        area = (
            0.0 if avoid is None else shapely.box(bx, by, bx + bw, by + bh).intersection(avoid).area
        )
        if area < best_area - 1e-9:
            best, best_area = c, area
    return best


def scale_bar(ax: Axes, frame: LocalFrame, corner: str, fontsize: float = 6.5) -> ScaleBar:
    """Draw a scale bar whose length is a geodesic distance on WGS84.

    The bar runs east from its start; its length in the map is where the
    geodesic of ``km`` kilometres due east lands, so it is exact at its
    own latitude whatever the projection's scale there.
    """
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    width, height = x1 - x0, y1 - y0
    inset_x, inset_y = 0.035 * width, 0.05 * height
    sy = y0 + inset_y
    sx = x0 + inset_x
    lon, lat = frame.lonlat(sx, sy)
    choice = None
    for km in NICE_KM:
        lon2, lat2, _ = GEOD.fwd(lon, lat, 90.0, km * 1000.0)
        ex, ey = frame.xy(lon2, lat2)
        if math.hypot(ex - sx, ey - sy) <= 0.26 * width:
            choice = (km, ex - sx, ey - sy)
    if choice is None:
        choice = (NICE_KM[0], *(v - s for v, s in zip(frame.xy(lon, lat), (sx, sy), strict=True)))
    km, dx, dy = choice
    if "right" in corner:
        sx = x1 - inset_x - dx
        lon, lat = frame.lonlat(sx, sy)
        lon2, lat2, _ = GEOD.fwd(lon, lat, 90.0, km * 1000.0)
        ex, ey = frame.xy(lon2, lat2)
        dx, dy = ex - sx, ey - sy
    bar_h = 0.011 * height
    back = FancyBboxPatch(
        (sx - 0.012 * width, sy - 0.018 * height),
        dx + 0.024 * width,
        bar_h + 0.06 * height,
        boxstyle="round,pad=0,rounding_size=0",
        facecolor="white",
        edgecolor="none",
        alpha=0.82,
        zorder=10,
    )
    ax.add_patch(back)
    for i in range(4):
        ax.add_patch(
            Rectangle(
                (sx + dx * i / 4, sy),
                dx / 4,
                bar_h,
                facecolor="#111111" if i % 2 == 0 else "white",
                edgecolor="#111111",
                linewidth=0.6,
                zorder=11,
            )
        )
    for share, text in ((0, "0"), (0.5, f"{km / 2:g}"), (1, f"{km:g} km")):
        ax.text(
            sx + dx * share,
            sy + bar_h + 0.008 * height,
            text,
            ha="center",
            va="bottom",
            fontsize=fontsize,
            zorder=12,
        )
    renderer = ax.figure.canvas.get_renderer()
    box = back.get_window_extent(renderer)
    return ScaleBar(km=km, start=(sx, sy), end=(sx + dx, sy + dy), bbox=box)


def north_arrow(ax: Axes, frame: LocalFrame, corner: str, fontsize: float = 8) -> Bbox:
    """Draw an arrow to true north (the meridian through it, not the grid) and return its box."""
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    width, height = x1 - x0, y1 - y0
    bx = x0 + 0.05 * width if "left" in corner else x1 - 0.05 * width
    by = y1 - 0.14 * height
    lon, lat = frame.lonlat(bx, by)
    nx, ny = frame.xy(lon, lat + 0.01)
    angle = math.atan2(nx - bx, ny - by)
    length = 0.07 * height
    tip = (bx + length * math.sin(angle), by + length * math.cos(angle))
    arrow = ax.annotate(
        "",
        xy=tip,
        xytext=(bx, by),
        arrowprops=dict(arrowstyle="-|>,head_width=0.35,head_length=0.7", color="#111111", lw=1.2),
        zorder=12,
    )
    label = ax.text(
        tip[0],
        tip[1] + 0.01 * height,
        "N",
        ha="center",
        va="bottom",
        fontsize=fontsize,
        fontweight="bold",
        zorder=12,
    )
    renderer = ax.figure.canvas.get_renderer()
    return Bbox.union([arrow.get_window_extent(renderer), label.get_window_extent(renderer)])
