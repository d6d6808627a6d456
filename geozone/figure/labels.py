"""Collision-free labels: greedy placement of text beside points, in the figure's pixels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import matplotlib.patheffects as pe
from matplotlib.axes import Axes
from matplotlib.transforms import Bbox

HALO = [pe.withStroke(linewidth=2.2, foreground="white")]
"""White halo that keeps a label legible over zones and lines."""


@dataclass(frozen=True)
class Label:
    """A text to place beside a point (projected map coordinates, metres)."""

    text: str
    x: float
    y: float
    priority: float


# offsets in points from the point: right, left, above, below, then the diagonals
_SPOTS = (
    (4.5, 0, "left", "center"),
    (-4.5, 0, "right", "center"),
    (0, 4.5, "center", "bottom"),
    (0, -4.5, "center", "top"),
    (3.5, 3.5, "left", "bottom"),
    (-3.5, 3.5, "right", "bottom"),
    (3.5, -3.5, "left", "top"),
    (-3.5, -3.5, "right", "top"),
)


def place_labels(
    ax: Axes,
    labels: Sequence[Label],
    obstacles: list[Bbox],
    fontsize: float = 6.5,
    weight: str = "bold",
) -> list[Bbox]:
    """Draw each label at the first spot beside its point that overlaps nothing.

    Labels are tried highest ``priority`` first; one that fits nowhere inside
    the axes is left out. ``obstacles`` (display pixels) are kept clear and
    grow by every label placed.

    Returns
    -------
    list of matplotlib.transforms.Bbox
        The placed labels' boxes, display pixels.
    """
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    placed: list[Bbox] = []
    for lab in sorted(labels, key=lambda b: (-b.priority, b.text)):
        for dx, dy, ha, va in _SPOTS:
            text = ax.annotate(
                lab.text,
                (lab.x, lab.y),
                xytext=(dx, dy),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=fontsize,
                fontweight=weight,
                color="#222222",
                path_effects=HALO,
                zorder=9,
                annotation_clip=False,
            )
            box = text.get_window_extent(renderer).expanded(1.04, 1.08)
            inside = (
                box.x0 >= frame.x0 + 2
                and box.x1 <= frame.x1 - 2
                and box.y0 >= frame.y0 + 2
                and box.y1 <= frame.y1 - 2
            )
            if inside and not any(box.overlaps(o) for o in obstacles):
                obstacles.append(box)
                placed.append(box)
                break
            text.remove()
    return placed
