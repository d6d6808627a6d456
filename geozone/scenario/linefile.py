"""A scenario's line or route from a GeoJSON file next to it, and a route's stretch between places.

Plain JSON is enough here (a scenario's own files are GeoJSON, RFC 7946,
lon/lat EPSG:4326); lines in other formats are read by ``geozone buffer``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..geometry import geodesy


@dataclass(frozen=True)
class LineFile:
    """The coordinates of the one line in a GeoJSON file, and what its properties say.

    ``labels`` and ``notes`` come from a ``vertices`` property holding one
    ``{"label", "note"}`` table per coordinate, when the file has one.
    """

    coords: np.ndarray
    labels: tuple[str, ...]
    notes: tuple[str, ...]
    uncertainty_km: float | None
    source: str
    name: str


def _lines(obj: Any) -> list[tuple[list, dict]]:
    """Every (coordinates, properties) line in a GeoJSON object."""
    if not isinstance(obj, dict):
        return []
    kind = obj.get("type")
    if kind == "FeatureCollection":
        return [line for f in obj.get("features") or [] for line in _lines(f)]
    if kind == "Feature":
        props = obj.get("properties") or {}
        return [(coords, props) for coords, _ in _lines(obj.get("geometry"))]
    if kind == "LineString":
        return [(obj.get("coordinates"), {})]
    if kind == "MultiLineString":
        return [(part, {}) for part in obj.get("coordinates") or []]
    return []


def read_line_file(path: Path) -> LineFile:
    """The single line of a GeoJSON file (LineString, Feature or FeatureCollection).

    Parameters
    ----------
    path : Path
        The file.

    Returns
    -------
    LineFile
        Its coordinates, lon/lat degrees (EPSG:4326).

    Raises
    ------
    ValueError
        With a short problem text (the caller names the key and line) when
        the file is missing, not JSON, or holds no line or several.
    """
    if not path.is_file():
        raise ValueError(f"file {str(path)!r} does not exist")
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"file {path.name!r} is not GeoJSON ({exc})") from None
    lines = _lines(obj)
    if len(lines) != 1:
        found = "no LineString" if not lines else f"{len(lines)} lines"
        raise ValueError(f"file {path.name!r} holds {found}; it must hold exactly one line")
    coords, props = lines[0]
    try:
        xy = np.asarray([[float(c[0]), float(c[1])] for c in coords], dtype=float)
    except (TypeError, ValueError, IndexError):
        raise ValueError(
            f"file {path.name!r} has coordinates that are not lon/lat numbers"
        ) from None
    if len(xy) < 2 or not np.isfinite(xy).all():
        raise ValueError(f"file {path.name!r} needs a line of at least two finite positions")
    if (np.abs(xy[:, 0]) > 180).any() or (np.abs(xy[:, 1]) > 90).any():
        raise ValueError(f"file {path.name!r} has positions outside lon ±180, lat ±90")
    vertices = props.get("vertices")
    labels: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    if isinstance(vertices, list) and len(vertices) == len(xy):
        labels = tuple(str(v.get("label", "")) if isinstance(v, dict) else "" for v in vertices)
        notes = tuple(str(v.get("note", "")) if isinstance(v, dict) else "" for v in vertices)
    unc = props.get("uncertainty_km")
    unc = float(unc) if isinstance(unc, int | float) and not isinstance(unc, bool) else None
    return LineFile(
        xy, labels, notes, unc, str(props.get("source", "")), str(props.get("name", path.stem))
    )


@dataclass(frozen=True)
class Cut:
    """The point of a line nearest a place: edge index, metres along it, and the point."""

    edge: int
    s_m: float
    lon: float
    lat: float
    distance_m: float

    @property
    def key(self) -> tuple[int, float]:
        """Position along the line, for ordering."""
        return (self.edge, self.s_m)


def nearest_point(line: np.ndarray, lon: float, lat: float) -> Cut:
    """The point of a line with geodesic edges nearest to (lon, lat), degrees.

    Every edge's foot is found exactly (:meth:`geodesy.Segments.foot`), and
    the nearest wins.
    """
    segs = geodesy.Segments.of(line)
    index = np.arange(len(segs))
    dist, s = segs.foot(index, np.full(len(segs), lon), np.full(len(segs), lat))
    best = int(np.argmin(dist))
    s_best = float(s[best])
    if s_best < 1e-3:  # at a vertex (within 1 mm): take the vertex exactly
        s_best = 0.0
    elif s_best > segs.length_m[best] - 1e-3:
        s_best = float(segs.length_m[best])
    plon, plat, _ = segs.point_at(np.array([best]), np.array([s_best]))
    return Cut(best, s_best, float(plon[0]), float(plat[0]), float(dist[best]))


def stretch(line: np.ndarray, a: Cut, b: Cut) -> list[tuple[float, float, int | None]]:
    """The part of a line between two cuts, running from ``a`` to ``b``.

    Returns
    -------
    list of (lon, lat, index)
        Degrees, starting at ``a`` and ending at ``b``; ``index`` is the
        line's vertex kept there, None at the two cut points. A vertex within
        1 mm of a cut point is dropped for the cut point.
    """
    first, last = (a, b) if a.key <= b.key else (b, a)
    xy = np.asarray(line, dtype=float)[:, :2]
    inner = [
        (float(xy[i, 0]), float(xy[i, 1]), i)
        for i in range(first.edge + 1, last.edge + 1)
        if min(geodesy.inverse(xy[i, 0], xy[i, 1], c.lon, c.lat)[2] for c in (first, last)) >= 1e-3
    ]
    out = [(first.lon, first.lat, None), *inner, (last.lon, last.lat, None)]
    return out if a.key <= b.key else out[::-1]
