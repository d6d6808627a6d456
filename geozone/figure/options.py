"""What a figure is asked for: size, extent, variants, resolution and style, checked early."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError

FIGURE_SUFFIXES = (".png", ".svg", ".pdf")
"""The formats a figure is written in, by file name ending."""

STYLES = ("default", "neutral")
"""``default``: titles, headings and country names in English; ``neutral``: no words of
geozone's own on the figure (names from the data, numbers, units and credits only)."""

CM_PER_INCH = 2.54


@dataclass(frozen=True)
class FigureOptions:
    """A figure's settings.

    Attributes
    ----------
    variants : tuple of str
        Zone variants to draw (empty: the page's default, the variants of
        the first reading; in small multiples every variant).
    size_in : tuple of float, optional
        Width and height, inches (default depends on the layout).
    extent : tuple of float, optional
        ``(min_lon, min_lat, max_lon, max_lat)``, degrees EPSG:4326, that
        the map shows at least (default: the drawn zones and a margin).
    dpi : int
        PNG resolution, dots per inch.
    style : {"default", "neutral"}
        See :data:`STYLES`.
    small_multiples : bool
        One panel per variant, same extent and scale.
    title : str, optional
        Title (default: the scenario's title or the file's name).
    date : str, optional
        Date of the data, as printed under the title.
    """

    variants: tuple[str, ...] = ()
    size_in: tuple[float, float] | None = None
    extent: tuple[float, float, float, float] | None = None
    dpi: int = 300
    style: str = "default"
    small_multiples: bool = False
    title: str | None = None
    date: str | None = None

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise InputError(f"style={self.style!r}", "is unknown", f"use {' or '.join(STYLES)}")
        if not 50 <= int(self.dpi) <= 1200:
            raise InputError(f"dpi={self.dpi}", "is out of range", "use 50 to 1200 (300 for print)")


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(in|cm)?\s*$", re.I)


def parse_size(text: str) -> tuple[float, float]:
    """``"WxH"`` with ``in`` (default) or ``cm`` as (width, height) in inches.

    Examples: ``"7x8"``, ``"7x8in"``, ``"18x20cm"``. Each side must be
    1 to 40 inches (2.5 to 100 cm).
    """
    m = _SIZE.match(str(text))
    if not m:
        raise InputError(
            f"size={text!r}",
            "is not a size",
            "write WIDTHxHEIGHT in inches or cm, e.g. 7x8in or 18x20cm",
        )
    w, h = float(m.group(1)), float(m.group(2))
    if (m.group(3) or "in").lower() == "cm":
        w, h = w / CM_PER_INCH, h / CM_PER_INCH
    if not (1 <= w <= 40 and 1 <= h <= 40):
        raise InputError(
            f"size={text!r}", "is too small or too large", "give 1 to 40 inches a side"
        )
    return (w, h)


def parse_extent(text: str) -> tuple[float, float, float, float]:
    """``"minlon,minlat,maxlon,maxlat"`` (degrees, EPSG:4326) as a tuple of float."""
    fix = "write min_lon,min_lat,max_lon,max_lat in degrees, e.g. 35.9,35.0,37.4,36.6"
    try:
        vals = tuple(float(v) for v in str(text).split(","))
    except ValueError:
        raise InputError(f"extent={text!r}", "is not four numbers", fix) from None
    if len(vals) != 4:
        raise InputError(f"extent={text!r}", "is not four numbers", fix)
    minx, miny, maxx, maxy = vals
    if not (-180 <= minx < maxx <= 180 and -90 <= miny < maxy <= 90):
        raise InputError(f"extent={text!r}", "is not a box on the globe", fix)
    if maxx - minx > 40 or maxy - miny > 40:
        raise InputError(
            f"extent={text!r}",
            "is wider than 40 degrees",
            "give a regional extent (the map is local)",
        )
    return (minx, miny, maxx, maxy)
