"""Checking a line's coordinates before zones are built on it (pure; no I/O).

A line is a sequence of longitude/latitude vertices in degrees (EPSG:4326)
joined by geodesics. These checks turn every way such a sequence can be
wrong into one :class:`~geozone.geometry.errors.GeometryError` that names the input,
the vertex and the fix, and every harmless oddity (repeated vertices, a line
that crosses itself) into a note.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely

from .antimeridian import unwrap
from .errors import GeometryError
from .geodesy import geodesic_points, inverse

LONLAT_FIX = "give longitude, latitude in degrees (EPSG:4326)"
_SAME_POINT_M = 1e-3
_CROSSING_STEP_M = 1000.0
POLE_LIMIT_DEG = 89.0
"""Zones may not reach closer to a pole than this latitude (degrees)."""
HOOK_SHARE = 0.01
"""A turn back at a line's end within this share of the depth is reported as a hook."""
HOOK_TURN_DEG = 95.0
"""Turns sharper than this (degrees) near an end are hooks (at 90° the sides barely move)."""


def _vertex(i: int, n: int) -> str:
    return f"vertex {i + 1} of {n}"


def _number(v: float) -> str:
    return f"{v:.0f}" if abs(v) >= 1e4 else f"{v:g}"


def _pair(xy: np.ndarray, i: int) -> str:
    return f"({_number(xy[i, 0])}, {_number(xy[i, 1])})"


def _check_range(xy: np.ndarray, where: str) -> None:
    """Refuse coordinates that are not longitude/latitude degrees, saying what they look like."""
    n = len(xy)
    lon, lat = xy[:, 0], xy[:, 1]
    huge = np.nonzero(np.abs(xy).max(axis=1) > 360.0)[0]
    if len(huge):
        raise GeometryError(
            where,
            f"has coordinates in metres or feet, not degrees ({_vertex(huge[0], n)} is "
            f"{_pair(xy, huge[0])})",
            "reproject it to EPSG:4326, or declare its CRS so geozone can",
        )
    bad_lat = np.nonzero(np.abs(lat) > 90.0)[0]
    if len(bad_lat):
        i = bad_lat[0]
        if np.all(np.abs(lon) <= 90.0):
            raise GeometryError(
                where,
                f"has latitude {lat[i]:g} at {_vertex(i, n)}: the pairs look like "
                "[latitude, longitude]",
                "write each vertex as [longitude, latitude]",
            )
        raise GeometryError(
            where, f"has latitude {lat[i]:g} at {_vertex(i, n)}, beyond ±90°", LONLAT_FIX
        )
    bad_lon = np.nonzero(np.abs(lon) > 180.0)[0]
    if len(bad_lon):
        i = bad_lon[0]
        raise GeometryError(
            where,
            f"has longitude {lon[i]:g} at {_vertex(i, n)}, beyond ±180°",
            "give longitudes from -180 to 180 (subtract 360 from those above 180)",
        )


def check_line(
    coords: Sequence[Sequence[float]] | np.ndarray, where: str = "line"
) -> tuple[np.ndarray, list[str]]:
    """Validate a line's vertices and drop repeated ones.

    Parameters
    ----------
    coords : sequence of (lon, lat[, z])
        Vertices in degrees, EPSG:4326; a third value (height) is ignored.
    where : str
        The input's name, for messages (e.g. the file).

    Returns
    -------
    xy : numpy.ndarray
        (n, 2) vertices, no two successive ones within 1 mm of each other.
    notes : list of str
        Remarks for the user (repeated vertices dropped).

    Raises
    ------
    GeometryError
        If a coordinate is missing, not a number, NaN, infinite or out of
        range (with a hint when the pairs look swapped or in metres), or if
        fewer than two distinct vertices remain.
    """
    try:
        xy = np.array(coords, dtype=float)
    except (TypeError, ValueError):
        raise GeometryError(where, "has coordinates that are not numbers", LONLAT_FIX) from None
    if xy.ndim != 2 or xy.shape[1] < 2:
        raise GeometryError(where, "needs a list of [longitude, latitude] pairs", LONLAT_FIX)
    xy = xy[:, :2]
    n = len(xy)
    if n < 2:
        raise GeometryError(where, f"has {n} vertex; a line needs at least two", LONLAT_FIX)
    bad = np.nonzero(~np.isfinite(xy).all(axis=1))[0]
    if len(bad):
        i = bad[0]
        kind = "missing or NaN" if np.isnan(xy[i]).any() else "infinite"
        raise GeometryError(
            where,
            f"has {'an' if kind == 'infinite' else 'a'} {kind} coordinate at {_vertex(i, n)}"
            + (f" ({len(bad)} such vertices in all)" if len(bad) > 1 else ""),
            "remove those vertices or give their coordinates",
        )
    _check_range(xy, where)
    _, _, step = inverse(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1])
    keep = np.concatenate([[True], np.asarray(step) > _SAME_POINT_M])
    if keep.sum() < 2:
        raise GeometryError(
            where, f"has zero length: all {n} vertices are at one point", "give a longer line"
        )
    notes = []
    dropped = int(n - keep.sum())
    if dropped:
        notes.append(
            f"{where}: dropped {dropped} repeated {'vertices' if dropped > 1 else 'vertex'} "
            "(successive vertices at the same point)"
        )
    return xy[keep], notes


def self_crossing(xy: np.ndarray) -> tuple[float, float] | None:
    """Where a line first meets itself, if it does.

    Parameters
    ----------
    xy : numpy.ndarray
        (n, 2) distinct successive vertices, lon/lat degrees, geodesic edges.

    Returns
    -------
    tuple of float or None
        A lon/lat point (degrees) where two parts of the line cross, touch
        or overlap (a closed line meets itself at its start), else None.
        Edges are followed as geodesics to within about 1 km.
    """
    pts = geodesic_points(xy, _CROSSING_STEP_M)
    pts[:, 0] = unwrap(pts[:, 0])  # across ±180° the plane is continuous
    segs = shapely.linestrings(np.stack([pts[:-1], pts[1:]], axis=1))
    tree = shapely.STRtree(segs)
    a, b = tree.query(segs, predicate="intersects")
    far = b > a + 1
    near = b == a + 1
    # successive pieces share a point; they meet otherwise only if one folds back
    folded = near.copy()
    folded[near] = shapely.length(shapely.intersection(segs[a[near]], segs[b[near]])) > 0
    hits = np.nonzero(far | folded)[0]
    if not len(hits):
        return None
    k = hits[np.argmin(a[hits])]
    where = shapely.intersection(segs[a[k]], segs[b[k]])
    point = shapely.get_coordinates(where)[0]
    return float((point[0] + 180.0) % 360.0 - 180.0), float(point[1])


def check_reach(xy: np.ndarray, reach_m: float, where: str = "line") -> None:
    """Refuse a line whose zone would come near a pole or reach all the way round the Earth.

    A line may cross the antimeridian (an edge whose ends are more than 180°
    of longitude apart runs the short way, across ±180°), and its zone may
    reach across it: such zones are built in a continuous frame and split
    there (:mod:`~geozone.geometry.antimeridian`).

    Parameters
    ----------
    xy : numpy.ndarray
        (n, 2) lon/lat degrees (EPSG:4326).
    reach_m : float
        How far the widest zone reaches from the line, metres.
    where : str
        The input's name, for messages.

    Raises
    ------
    GeometryError
        If the zone would reach beyond latitude ±89° (counting how far each
        geodesic edge bulges poleward), or the line and its zone would span
        360° of longitude or more.
    """
    top = zone_top_latitude(xy, reach_m)
    if top > POLE_LIMIT_DEG:
        raise GeometryError(
            where,
            f"has a zone reaching latitude {min(top, 90.0):.1f}°, within 1° of a pole "
            "(counting how far its geodesic edges bulge poleward), which geozone does not support",
            f"keep the line and its zone below latitude {POLE_LIMIT_DEG:g}°, or add vertices "
            "so that no edge passes near a pole",
        )
    lonu = unwrap(xy[:, 0])
    span = float(lonu.max() - lonu.min())
    if span + 2.0 * reach_lon_deg(xy, reach_m) >= 359.0:
        raise GeometryError(
            where,
            f"has a zone reaching all the way round the Earth (the line spans {span:.1f}° of "
            "longitude), which geozone does not support",
            "split the line into parts that each span well under 360° with their zones, "
            "and build each part",
        )


def zone_top_latitude(xy: np.ndarray, reach_m: float) -> float:
    """The largest absolute latitude (degrees) a zone ``reach_m`` metres round a line may reach."""
    az1, az2, _ = inverse(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1])
    return float(np.max(edge_top_latitude(xy[:-1], xy[1:], az1, az2))) + reach_m / _M_PER_DEG_MIN


def reach_lon_deg(xy: np.ndarray, reach_m: float) -> float:
    """An upper bound on the degrees of longitude a zone adds beyond a line's own on each side.

    ``reach_m`` metres at the zone's highest latitude (:func:`zone_top_latitude`),
    where a degree of longitude is shortest; infinite for a zone reaching a pole.
    """
    top = zone_top_latitude(xy, reach_m)
    if top >= 90.0:
        return float("inf")
    return reach_m / _M_PER_DEG_MIN / float(np.cos(np.radians(top)))


_M_PER_DEG_MIN = 110_574.0
"""The fewest metres in a degree of latitude on WGS84 (at the equator)."""


def edge_top_latitude(a: np.ndarray, b: np.ndarray, az1: np.ndarray, az2: np.ndarray) -> np.ndarray:
    """The largest absolute latitude (degrees) each geodesic edge reaches.

    An edge that heads poleward at its start and away from the pole at its
    end passes the geodesic's vertex, whose latitude follows from Clairaut's
    relation on the ellipsoid (``cos β · sin α`` is constant along a geodesic,
    β the reduced latitude); otherwise the largest latitude is at an end.

    Parameters
    ----------
    a, b : numpy.ndarray
        (n, 2) start and end vertices, lon/lat degrees.
    az1, az2 : numpy.ndarray
        Forward azimuths (degrees) at the start and at the end.
    """
    f = 1.0 / 298.257223563
    top = np.maximum(np.abs(a[:, 1]), np.abs(b[:, 1]))
    c1, c2 = np.cos(np.radians(az1)), np.cos(np.radians(az2))
    # north at the start and south at the end passes the northern vertex (and vice versa)
    passes = ((c1 > 0) & (c2 < 0)) | ((c1 < 0) & (c2 > 0))
    beta1 = np.arctan((1.0 - f) * np.tan(np.radians(a[:, 1])))
    beta0 = np.arccos(np.clip(np.cos(beta1) * np.abs(np.sin(np.radians(az1))), 0.0, 1.0))
    phi0 = np.degrees(np.arctan(np.tan(beta0) / (1.0 - f)))
    return np.where(passes, np.maximum(top, phi0), top)


def end_hooks(xy: np.ndarray, depth_m: float) -> list[tuple[int, float, float]]:
    """Places near the line's ends where it turns back by more than :data:`HOOK_TURN_DEG`.

    Beyond an end, a depth zone's sides follow the line's last turn: where
    the line turns back sharply within :data:`HOOK_SHARE` of the depth
    ``depth_m`` (m) of an end, up to a quarter disc of the depth changes
    sides, however short the hook is (often a slip of the mouse).

    Parameters
    ----------
    xy : numpy.ndarray
        (n, 2) vertices, lon/lat degrees (EPSG:4326), repeated vertices removed.
    depth_m : float
        The widest depth, metres.

    Returns
    -------
    list of (end, distance_m, turn_deg)
        ``end`` is 0 for the first vertex and -1 for the last; the distance
        (m) along the line from that end to the sharpest such turn, and the
        turn (degrees, absolute).
    """
    if len(xy) < 3:
        return []
    az1, az2, length = inverse(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1])
    turn = np.abs((az1[1:] - az2[:-1] + 180.0) % 360.0 - 180.0)  # at vertices 1 .. n-2
    reach = HOOK_SHARE * depth_m
    found = []
    for end, along, turns in (
        (0, np.cumsum(length)[:-1], turn),
        (-1, np.cumsum(length[::-1])[:-1], turn[::-1]),
    ):
        near = along <= reach
        if near.any() and turns[near].max() > HOOK_TURN_DEG:
            k = int(np.argmax(np.where(near, turns, -1.0)))
            found.append((end, float(along[k]), float(turns[k])))
    return found
