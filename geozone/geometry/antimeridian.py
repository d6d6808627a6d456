"""Lines and zones across the antimeridian: a continuous frame to build in, and RFC 7946 splitting.

A line's edges are geodesics, so two successive vertices more than 180° of
longitude apart are joined the short way, across ±180°. Such a line (or a
zone reaching across ±180° from a line that stays short of it) is built in a
frame of longitude turned about the polar axis so that the line and its
zone lie well inside (-180°, 180°): the ellipsoid is symmetric about its
axis, so every distance and azimuth is the same there. The zone is then
turned back and cut at ±180° into parts that each lie within [-180°, 180°],
the far part shifted by 360° (RFC 7946, section 3.1.9). All coordinates are
longitude/latitude degrees (EPSG:4326).
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

_EDGE_DEG = 1e-9
"""A coordinate this close (degrees) to ±180° lies on the antimeridian."""


def unwrap(lon: np.ndarray) -> np.ndarray:
    """Longitudes (degrees) made continuous: each step from the one before the short way.

    The first longitude is kept; every other one differs from its
    predecessor by at most 180° and from the given value by a multiple of 360°.
    """
    lon = np.asarray(lon, dtype=float)
    if len(lon) < 2:
        return lon.copy()
    step = (np.diff(lon) + 180.0) % 360.0 - 180.0
    # a step of exactly -180 (or +180) is ambiguous; keep it as given
    step = np.where(np.abs(np.diff(lon)) == 180.0, np.diff(lon), step)
    return np.concatenate([lon[:1], lon[0] + np.cumsum(step)])


def crosses(lon: np.ndarray) -> bool:
    """Whether a line with these vertex longitudes (degrees) crosses ±180° between vertices."""
    return bool(np.any(np.abs(np.diff(np.asarray(lon, dtype=float))) > 180.0))


def frame_centre(lon: np.ndarray) -> float:
    """The middle of a line's continuous longitude range (degrees).

    Subtracting it from the continuous longitudes (:func:`unwrap`) centres
    the line on the prime meridian of the building frame.
    """
    lonu = unwrap(lon)
    return float(0.5 * (lonu.min() + lonu.max()))


def needs_frame(lon: np.ndarray, reach_lon_deg: float) -> bool:
    """Whether a line or its zone reaches ±180° (degrees of longitude the zone adds each side)."""
    lon = np.asarray(lon, dtype=float)
    return crosses(lon) or float(np.max(np.abs(lon))) + reach_lon_deg >= 180.0


def to_frame(xy: np.ndarray, centre: float) -> np.ndarray:
    """A line's vertices (n, 2 lon/lat degrees) in the frame centred on ``centre`` (degrees)."""
    xy = np.array(xy, dtype=float)
    xy[:, 0] = unwrap(xy[:, 0]) - centre
    return xy


def points_to_frame(points, centre: float) -> list[tuple[float, float]]:
    """Points (lon, lat degrees) in the frame centred on ``centre``, wrapped into [-180, 180)."""
    out = []
    for lon, lat in points:
        out.append((float((lon - centre + 180.0) % 360.0 - 180.0), float(lat)))
    return out


def _parts(geom) -> list[Polygon]:
    parts = [geom]
    while any(hasattr(p, "geoms") for p in parts):
        parts = [q for p in parts for q in getattr(p, "geoms", [p])]
    return [p for p in parts if isinstance(p, Polygon) and not p.is_empty and p.area > 0]


def _shift(geom, dlon: float):
    if dlon == 0.0:
        return geom
    return shapely.transform(geom, lambda c: c + np.array([dlon, 0.0]))


def split(geom: Polygon | MultiPolygon, centre: float = 0.0) -> Polygon | MultiPolygon:
    """A zone built in a frame turned back to Earth longitudes and cut at ±180°.

    Parameters
    ----------
    geom : Polygon or MultiPolygon
        Lon/lat degrees in the frame centred on ``centre`` (spanning less
        than 360° of longitude).
    centre : float
        The frame's centre, degrees (:func:`frame_centre`).

    Returns
    -------
    Polygon or MultiPolygon
        Lon/lat degrees, every coordinate within [-180, 180]: the parts
        beyond 180° (or -180°) are shifted by 360°, so a zone across the
        antimeridian becomes one part on each side of it. A cut edge lies on
        the meridian ±180°, a geodesic, so the parts' geodesic areas add up
        to the zone's.
    """
    geom = _shift(geom, centre)
    minx = geom.bounds[0]
    geom = _shift(geom, -360.0 * np.floor((minx + 180.0) / 360.0))
    if geom.bounds[2] <= 180.0:
        return geom
    west = shapely.intersection(geom, shapely.box(-180.0, -90.0, 180.0, 90.0))
    east = _shift(shapely.intersection(geom, shapely.box(180.0, -90.0, 540.0, 90.0)), -360.0)
    polys = _parts(west) + _parts(east)
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def touches_edge(geom) -> bool:
    """Whether a lon/lat geometry reaches ±180° (so it may be one split at the antimeridian)."""
    if geom is None or geom.is_empty:
        return False
    minx, _, maxx, _ = geom.bounds
    return minx <= -180.0 + _EDGE_DEG or maxx >= 180.0 - _EDGE_DEG


def into_frame(geom, centre: float):
    """A geometry split at ±180° joined again in the frame centred on ``centre`` (degrees).

    Each polygon (or line) part is shifted by the multiple of 360° that
    brings it nearest the centre, then all are moved by ``-centre``; the
    polygon parts are unioned, so the cut at ±180° disappears.
    """
    if geom is None or geom.is_empty:
        return geom
    parts = list(getattr(geom, "geoms", [geom]))
    moved = []
    for p in parts:
        minx, _, maxx, _ = p.bounds
        k = np.round((0.5 * (minx + maxx) - centre) / 360.0)
        moved.append(_shift(p, -360.0 * k - centre))
    if all(isinstance(p, Polygon | MultiPolygon) for p in moved):
        return shapely.union_all(moved)
    return shapely.GeometryCollection(moved) if len(moved) > 1 else moved[0]


def split_line(xy: np.ndarray) -> shapely.LineString | shapely.MultiLineString:
    """A line as lon/lat chords (degrees) cut at ±180° where it crosses (RFC 7946).

    Each crossing edge is cut where its lon/lat chord meets the meridian;
    the parts lie within [-180, 180]. For drawing and rough lookups only:
    the cut point lies on the chord, not on the geodesic.
    """
    xy = np.asarray(xy, dtype=float)[:, :2]
    if not crosses(xy[:, 0]):
        return shapely.LineString(xy)
    framed = xy.copy()
    framed[:, 0] = unwrap(xy[:, 0])
    line = shapely.LineString(framed)
    pieces = []
    lo = 360.0 * np.floor((framed[:, 0].min() + 180.0) / 360.0) - 180.0
    for west in np.arange(lo, framed[:, 0].max(), 360.0):
        piece = shapely.intersection(line, shapely.box(west, -90.0, west + 360.0, 90.0))
        for g in getattr(piece, "geoms", [piece]):
            if isinstance(g, shapely.LineString) and not g.is_empty:
                pieces.append(_shift(g, -(west + 180.0)))
    return pieces[0] if len(pieces) == 1 else shapely.MultiLineString(pieces)


def wrapped_boxes(geom, margin_deg: float) -> list[tuple[float, float, float, float]]:
    """Boxes (min lon, min lat, max lon, max lat; degrees) within [-180, 180] covering a geometry.

    Each part's bounds grown by ``margin_deg``; a box reaching past ±180° is
    cut there and its far end wrapped round to the other side.
    """
    boxes = []
    for part in getattr(geom, "geoms", [geom]):
        if part.is_empty:
            continue
        x0, y0, x1, y1 = part.bounds
        x0, x1 = x0 - margin_deg, x1 + margin_deg
        y0, y1 = max(y0 - margin_deg, -90.0), min(y1 + margin_deg, 90.0)
        if x1 - x0 >= 360.0:
            boxes.append((-180.0, y0, 180.0, y1))
            continue
        boxes.append((max(x0, -180.0), y0, min(x1, 180.0), y1))
        if x0 < -180.0:
            boxes.append((x0 + 360.0, y0, 180.0, y1))
        if x1 > 180.0:
            boxes.append((-180.0, y0, x1 - 360.0, y1))
    return boxes


def with_copies(geom):
    """A geometry with its copies shifted by ±360° of longitude, for distances across ±180°."""
    return shapely.union_all([geom, _shift(geom, 360.0), _shift(geom, -360.0)])


def split_lines(geoms) -> np.ndarray:
    """Geometries with each LineString that crosses ±180° cut there (RFC 7946); others kept."""
    out = np.array(geoms, dtype=object)
    for i, g in enumerate(out):
        if isinstance(g, shapely.LineString) and not g.is_empty:
            xy = shapely.get_coordinates(g)
            if crosses(xy[:, 0]):
                out[i] = split_line(xy)
    return out


def _gap_cut(x: np.ndarray) -> float:
    """The longitude (degrees) in the middle of the widest stretch holding none of ``x``."""
    s = np.sort(np.mod(x, 360.0))
    gaps = np.diff(np.concatenate([s, s[:1] + 360.0]))
    k = int(np.argmax(gaps))
    return float((s[k] + 0.5 * gaps[k] + 180.0) % 360.0 - 180.0)


def continuous(geoms) -> tuple[np.ndarray, bool]:
    """Geometries moved into one continuous longitude frame, for drawing.

    Shapes split at ±180° (and lines that jump across it) are put back
    together in a frame whose edge lies in the widest stretch of longitude
    none of them touches, so a zone across the antimeridian draws as one
    shape (with longitudes beyond 180° where it crosses). Shapes that do not
    touch ±180° come back unchanged.

    Parameters
    ----------
    geoms : array-like of shapely geometries or None
        Lon/lat degrees (EPSG:4326).

    Returns
    -------
    geoms : numpy.ndarray
        The moved shapes, same order.
    moved : bool
        Whether any shape needed it.
    """
    geoms = np.array(geoms, dtype=object)
    ok = [g is not None and not g.is_empty for g in geoms]
    needs = False
    for g, good in zip(geoms, ok, strict=True):
        if not good:
            continue
        if touches_edge(g):
            needs = True
        for part in getattr(g, "geoms", [g]):
            line = isinstance(part, shapely.LineString)
            if line and crosses(shapely.get_coordinates(part)[:, 0]):
                needs = True
    if not needs:
        return geoms, False
    xs = []
    for g, good in zip(geoms, ok, strict=True):
        if good:
            for part in getattr(g, "geoms", [g]):
                c = shapely.get_coordinates(part)
                xs.append(unwrap(c[:, 0]) if isinstance(part, shapely.LineString) else c[:, 0])
    cut = _gap_cut(np.concatenate(xs))
    centre = cut + 180.0
    out = geoms.copy()
    for i, (g, good) in enumerate(zip(geoms, ok, strict=True)):
        if not good:
            continue
        parts = []
        for part in getattr(g, "geoms", [g]):
            if isinstance(part, shapely.LineString):
                c = shapely.get_coordinates(part)
                c[:, 0] = unwrap(c[:, 0])
                part = shapely.LineString(c)
            minx, _, maxx, _ = part.bounds
            k = np.round((0.5 * (minx + maxx) - centre) / 360.0)
            parts.append(_shift(part, -360.0 * k))
        if all(isinstance(p, Polygon) for p in parts):
            out[i] = shapely.union_all(parts) if len(parts) > 1 else parts[0]
        elif all(isinstance(p, shapely.LineString) for p in parts) and len(parts) > 1:
            out[i] = shapely.line_merge(shapely.MultiLineString(parts))
        elif len(parts) == 1:
            out[i] = parts[0]
        else:
            out[i] = shapely.GeometryCollection(parts)
    return out, True
