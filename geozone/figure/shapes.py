"""Shapely shapes as matplotlib artists (polygons with holes as paths, lines as collections)."""

from __future__ import annotations

import numpy as np
import shapely
from matplotlib.collections import LineCollection
from matplotlib.patches import PathPatch
from matplotlib.path import Path


def polygon_path(geom) -> Path | None:
    """A (multi)polygon as one path: every ring closed, holes kept (even-odd fill)."""
    verts, codes = [], []
    for part in shapely.get_parts(geom):
        if part.geom_type != "Polygon" or part.is_empty:
            continue
        for ring in (part.exterior, *part.interiors):
            xy = np.asarray(ring.coords)[:, :2]
            if len(xy) < 4:
                continue
            c = np.full(len(xy), Path.LINETO, dtype=Path.code_type)
            c[0], c[-1] = Path.MOVETO, Path.CLOSEPOLY
            verts.append(xy)
            codes.append(c)
    if not verts:
        return None
    return Path(np.concatenate(verts), np.concatenate(codes))


def polygon_patch(geom, **style) -> PathPatch | None:
    """A (multi)polygon as a patch with the given matplotlib style keywords."""
    path = polygon_path(geom)
    return None if path is None else PathPatch(path, **style)


def line_parts(geom) -> list[np.ndarray]:
    """The coordinate arrays of every line in a shape (polygon outlines included)."""
    out = []
    for part in shapely.get_parts(geom):
        if part.geom_type == "LineString":
            out.append(np.asarray(part.coords)[:, :2])
        elif part.geom_type == "Polygon":
            out.extend(np.asarray(r.coords)[:, :2] for r in (part.exterior, *part.interiors))
    return out


def line_collection(geoms, **style) -> LineCollection:
    """Lines (or polygon outlines) as one collection with the given style keywords."""
    segments = [xy for g in geoms for xy in line_parts(g) if len(xy) > 1]
    return LineCollection(segments, **style)
