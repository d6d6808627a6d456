"""Print-quality static maps (PNG, SVG, PDF) with matplotlib; matplotlib loads only when drawing."""

from __future__ import annotations

from .options import FIGURE_SUFFIXES, STYLES, FigureOptions, parse_extent, parse_size

__all__ = [
    "FIGURE_SUFFIXES",
    "STYLES",
    "FigureOptions",
    "parse_extent",
    "parse_size",
    "render_figure",
    "write_figure",
]


def render_figure(*args, **kwargs):
    """Draw a figure (see :func:`geozone.figure.render.render_figure`)."""
    from .render import render_figure as run

    return run(*args, **kwargs)


def write_figure(*args, **kwargs):
    """Draw and write a figure (see :func:`geozone.figure.render.write_figure`)."""
    from .render import write_figure as run

    return run(*args, **kwargs)
