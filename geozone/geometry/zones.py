"""Exact geodesic zones along a line: construction, rings and the geodesic error check.

A zone of half-width ``w`` on one side of a line is built directly on the
WGS84 ellipsoid: every boundary vertex is the end of a geodesic of length
``w`` leaving the line at right angles (along an edge) or leaving a vertex
(round joins and caps). Vertices are added by bisection until the straight
chord between any two successive vertices stays within ``tolerance_m`` of
the true distance at its middle, whether the chord is read as a straight
segment in longitude/latitude (GeoJSON, GEOS, QGIS) or as a geodesic
(PostGIS geography, pyproj). All output is EPSG:4326.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.ops import split

from .checks import check_line, check_reach
from .errors import ConvergenceError, GeometryError
from .geodesy import Segments, distance_to_line, forward, inverse, side_of, wrap180

Semantics = Literal["total", "per_side", "depth"]
SEMANTICS: tuple[str, ...] = ("total", "per_side", "depth")

DEFAULT_TOLERANCE_M = 0.5
"""Largest allowed deviation (m) of a boundary chord from the exact distance."""

_LINE_TOLERANCE_M = 0.05
_MAX_ROUNDS = 60
MAX_BOUNDARY_POINTS = 4_000_000
"""Hard cap on the points one refinement may create (about 0.5 GB of work arrays):
past it the build stops with a ConvergenceError instead of exhausting memory."""
RIGHT, LEFT = 1, -1


def _refine(
    t0: np.ndarray,
    t1: np.ndarray,
    evaluate: Callable[[np.ndarray, np.ndarray], np.ndarray],
    ratio: Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """Split many parametric curves into the fewest equal steps that are accurate enough.

    Each curve ``k`` runs from ``t0[k]`` to ``t1[k]``. A chord's error ratio
    (error / tolerance) shrinks with the square of the step, so a curve whose
    worst chord has ratio ``r > 1`` is resampled with ``sqrt(r)`` times as many
    steps, until every chord of every curve has ``r <= 1``.

    Parameters
    ----------
    t0, t1 : numpy.ndarray
        Parameter range of each curve.
    evaluate : callable
        ``evaluate(ids, t)`` returns an (n, k) array of values at the
        breakpoints (first two columns lon/lat degrees).
    ratio : callable
        ``ratio(ids, t_mid, rows_a, rows_b)`` returns error/tolerance for the
        chord between consecutive breakpoints of one curve.

    Returns
    -------
    ids, values : numpy.ndarray
        Curve id of each breakpoint, and the values there, in curve order.
    """
    n_curves = len(t0)
    steps = np.ones(n_curves, dtype=int)
    for _ in range(_MAX_ROUNDS):
        ids = np.repeat(np.arange(n_curves), steps + 1)
        first = np.repeat(np.cumsum(steps + 1) - (steps + 1), steps + 1)
        frac = (np.arange(len(ids)) - first) / steps[ids]
        t = np.where(frac >= 1.0, t1[ids], t0[ids] + frac * (t1[ids] - t0[ids]))
        values = evaluate(ids, t)
        k = np.nonzero(ids[1:] == ids[:-1])[0]
        r = ratio(ids[k], 0.5 * (t[k] + t[k + 1]), values[k], values[k + 1])
        worst = np.zeros(n_curves)
        np.maximum.at(worst, ids[k], r)
        bad = worst > 1.0
        if not bad.any():
            return ids, values
        grown = np.ceil(steps[bad] * np.sqrt(np.minimum(worst[bad], 1e6)) * 1.02)
        steps[bad] = np.maximum(steps[bad] + 1, np.minimum(grown, MAX_BOUNDARY_POINTS))
        if steps.sum() > MAX_BOUNDARY_POINTS:
            raise ConvergenceError(
                "zone boundary",
                f"would need more than {MAX_BOUNDARY_POINTS:,} points to stay within the "
                "tolerance (a very long or very wide zone, or a tiny tolerance)",
                "use a larger tolerance_m, a narrower width, or a shorter line",
            )
    raise ConvergenceError(
        "zone boundary",
        f"did not converge in {_MAX_ROUNDS} rounds of refinement",
        "check the line for near-duplicate vertices; if there are none, report the line",
    )


_CHORD_FRACTIONS = (0.25, 0.5, 0.75)
"""Where along each chord the distance is checked: a chord's largest deviation
is not always at its middle (on a long offset curve it is lopsided)."""


def _chord_midpoints(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points along chords a→b read as lon/lat straight lines and as geodesics.

    Returns two (k·n, 2) arrays of lon/lat degrees, one block of n per
    fraction in ``_CHORD_FRACTIONS``.
    """
    az, _, dist = inverse(a[:, 0], a[:, 1], b[:, 0], b[:, 1])
    plain, geo = [], []
    for f in _CHORD_FRACTIONS:
        plain.append((1.0 - f) * a[:, :2] + f * b[:, :2])
        glon, glat, _ = forward(a[:, 0], a[:, 1], az, f * dist)
        geo.append(np.column_stack([glon, glat]))
    return np.vstack(plain), np.vstack(geo)


@dataclass(frozen=True)
class _Arcs:
    """Circular arcs of radius ``w`` (m) around centres, from ``start`` to ``end`` azimuth."""

    lon: np.ndarray
    lat: np.ndarray
    start: np.ndarray
    end: np.ndarray
    sweep: np.ndarray
    w: float

    def theta(self, ids: np.ndarray, t: np.ndarray) -> np.ndarray:
        theta = self.start[ids] + t * self.sweep[ids]
        return np.where(t >= 1.0, self.end[ids], np.where(t <= 0.0, self.start[ids], theta))

    def evaluate(self, ids: np.ndarray, t: np.ndarray) -> np.ndarray:
        lon, lat, _ = forward(self.lon[ids], self.lat[ids], self.theta(ids, t), self.w)
        return np.column_stack([lon, lat])

    def ratio(self, tol: float) -> Callable[..., np.ndarray]:
        def err(ids, _t, a, b):
            plain, geo = _chord_midpoints(a, b)
            mids = np.vstack([plain, geo])
            k = 2 * len(_CHORD_FRACTIONS)
            centre = np.tile(ids, k)
            _, _, d = inverse(self.lon[centre], self.lat[centre], mids[:, 0], mids[:, 1])
            return np.abs(d - self.w).reshape(k, -1).max(axis=0) / tol

        return err

    def sample(self, tol: float) -> list[np.ndarray]:
        n = len(self.lon)
        if n == 0:
            return []
        ids, xy = _refine(np.zeros(n), np.ones(n), self.evaluate, self.ratio(tol))
        return np.split(xy, np.nonzero(np.diff(ids))[0] + 1)


def _geodesic_paths(segs: Segments, tol: float) -> list[np.ndarray]:
    """Vertices along geodesic edges so lon/lat chords stay within ``tol`` (m) of them."""
    n = len(segs)

    def evaluate(ids, s):
        lon, lat, _ = segs.point_at(ids, s)
        return np.column_stack([lon, lat])

    def ratio(ids, s_mid, a, b):
        mid = 0.5 * (a + b)
        d, _ = segs.foot(ids, mid[:, 0], mid[:, 1], s_mid)
        return d / tol

    ids, xy = _refine(np.zeros(n), segs.length_m, evaluate, ratio)
    return np.split(xy, np.nonzero(np.diff(ids))[0] + 1)


def _offset_bands(segs: Segments, w: float, tol: float) -> list[Polygon]:
    """One polygon per edge: the band between its offsets at ``w`` (m) on both sides.

    The band runs from one offset to the other through the edge's end
    vertices, the points its neighbours' joins and caps also start from.
    """
    n = len(segs)
    sides = (RIGHT, LEFT)

    def evaluate(ids, s):
        lon, lat, az = segs.point_at(ids, s)
        cols = [lon, lat]
        for side in sides:
            olon, olat, _ = forward(lon, lat, az + side * 90.0, w)
            cols += [olon, olat]
        return np.column_stack(cols)

    def ratio(ids, s_mid, a, b):
        worst = np.zeros(len(ids))
        k = 2 * len(_CHORD_FRACTIONS)
        many = np.tile(ids, k)
        s_many = np.tile(s_mid, k)
        for cols in (slice(2, 4), slice(4, 6)):
            plain, geo = _chord_midpoints(a[:, cols], b[:, cols])
            mids = np.vstack([plain, geo])
            d, _ = segs.foot(many, mids[:, 0], mids[:, 1], s_many)
            worst = np.maximum(worst, np.abs(d - w).reshape(k, -1).max(axis=0) / tol)
        return worst

    ids, values = _refine(np.zeros(n), segs.length_m, evaluate, ratio)
    bands = []
    for part in np.split(values, np.nonzero(np.diff(ids))[0] + 1):
        ring = np.vstack([part[:1, :2], part[:, 2:4], part[-1:, :2], part[::-1, 4:6]])
        bands.append(Polygon(ring))
    return bands


def _rounds(segs: Segments, w: float, side: int, tol: float) -> list[Polygon]:
    """Round joins on the outer side of turns, and quarter caps at both ends, on one side."""
    pieces = []
    a_in, a_out = segs.end_azimuth[:-1], segs.azimuth[1:]
    turn = wrap180(a_out - a_in)
    outer = np.nonzero(side * turn < 0)[0]
    joins = _Arcs(
        segs.end_lon[outer],
        segs.end_lat[outer],
        a_in[outer] + side * 90.0,
        a_out[outer] + side * 90.0,
        turn[outer],
        w,
    )
    for k, arc in zip(outer, joins.sample(tol), strict=True):
        pieces.append(Polygon(np.vstack([[segs.end_lon[k], segs.end_lat[k]], arc])))

    # quarter caps, bounded by the line's geodesic extensions beyond its ends
    a0, ae = segs.azimuth[0], segs.end_azimuth[-1]
    caps = _Arcs(
        np.array([segs.lon[0], segs.end_lon[-1]]),
        np.array([segs.lat[0], segs.end_lat[-1]]),
        np.array([a0 + side * 90.0, ae + side * 90.0]),
        np.array([a0 + 180.0, ae]),
        np.array([side * 90.0, -side * 90.0]),
        w,
    )
    for centre, arc in zip(((a0, 0), (ae, -1)), caps.sample(tol), strict=True):
        k = centre[1]
        vertex = [segs.lon[0], segs.lat[0]] if k == 0 else [segs.end_lon[-1], segs.end_lat[-1]]
        pieces.append(Polygon(np.vstack([[vertex], arc])))
    return pieces


def extension_points(segs: Segments, w: float) -> np.ndarray:
    """Points ``w`` metres beyond each end of the line along its geodesics, (2, 2) lon/lat."""
    lon0, lat0, _ = forward(segs.lon[0], segs.lat[0], segs.azimuth[0] + 180.0, w)
    lon1, lat1, _ = forward(segs.end_lon[-1], segs.end_lat[-1], segs.end_azimuth[-1], w)
    return np.array([[float(lon0), float(lat0)], [float(lon1), float(lat1)]])


def check_tolerance(tolerance_m: float) -> None:
    """Refuse a boundary tolerance (m) that is not a finite positive number."""
    try:
        ok = bool(np.isfinite(tolerance_m) and tolerance_m > 0)
    except TypeError:
        ok = False
    if not ok:
        raise GeometryError(
            "tolerance_m",
            f"must be a finite distance above 0 m, got {tolerance_m!r}",
            f"give a tolerance such as {DEFAULT_TOLERANCE_M:g} (metres)",
        )


def clean_line(coords: Sequence[Sequence[float]], where: str = "line") -> np.ndarray:
    """Validate a line and drop repeated vertices (see :func:`geozone.linecheck.check_line`).

    Returns
    -------
    numpy.ndarray
        (n, 2) vertices, lon/lat degrees, no two successive ones closer than 1 mm.
    """
    return check_line(coords, where)[0]


def side_zone(
    line: np.ndarray, w_m: float, sides: Sequence[int], tolerance_m: float = DEFAULT_TOLERANCE_M
) -> Polygon | MultiPolygon:
    """The set of points within ``w_m`` of a line, on the given sides.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) vertices, lon/lat degrees (EPSG:4326), joined by geodesics.
    w_m : float
        Distance from the line, metres.
    sides : sequence of int
        ``RIGHT`` (+1) and/or ``LEFT`` (-1), seen walking along the line.
    tolerance_m : float
        Largest deviation of any boundary chord from ``w_m``, metres.

    Returns
    -------
    shapely Polygon or MultiPolygon
        Longitude/latitude degrees. Both sides give the round-capped buffer;
        one side is the part of it on that side of the *divider*: the line
        continued along its geodesics beyond both ends. Where the line bends
        back within ``w_m`` of itself, a point belongs to the side it lies on
        relative to the nearest part of the line.
    """
    if not (np.isfinite(w_m) and w_m > 0):
        raise GeometryError(
            "width", f"must be a positive distance, got {w_m} m", "give a width such as 20 km"
        )
    check_tolerance(tolerance_m)
    xy = clean_line(line)
    check_reach(xy, w_m)
    segs = Segments.of(xy)
    pieces = _offset_bands(segs, w_m, tolerance_m)
    for side in (RIGHT, LEFT):
        pieces.extend(_rounds(segs, w_m, side, tolerance_m))
    full = _drop_slivers(shapely.union_all(shapely.make_valid(np.array(pieces, dtype=object))))
    wanted = set(sides)
    if wanted >= {RIGHT, LEFT}:
        return full
    return _drop_slivers(shapely.union_all(_split_sides(full, xy, w_m, tolerance_m)[wanted.pop()]))


def divider(line: np.ndarray, w_m: float, tolerance_m: float = DEFAULT_TOLERANCE_M) -> np.ndarray:
    """The line continued ``w_m`` beyond both ends along its geodesics, densified.

    Returns (n, 2) lon/lat degrees whose straight chords stay within 5 cm of
    the geodesics.
    """
    xy = clean_line(line)
    ends = extension_points(Segments.of(xy), w_m)
    extended = Segments.of(np.vstack([ends[:1], xy, ends[1:]]))
    parts = _geodesic_paths(extended, min(tolerance_m, _LINE_TOLERANCE_M))
    return np.vstack([parts[0][:-1], *[p[:-1] for p in parts[1:-1]], parts[-1]])


def _split_sides(
    full: Polygon | MultiPolygon, xy: np.ndarray, w_m: float, tol: float
) -> dict[int, list[Polygon]]:
    """Cut a two-sided zone along the divider and sort the pieces by side.

    The divider runs on beyond the line's ends until both its ends are
    outside the zone (where the line bends back, an end continued only
    ``w_m`` can still lie within ``w_m`` of another part of the line, and
    the cut would not go through); continuing by the line's length plus
    ``w_m`` is always enough.
    """
    reach = w_m * 1.01 + 10.0
    enough = reach + float(Segments.of(xy).length_m.sum())
    while True:
        cut = divider(xy, reach, tol)
        ends = cut[[0, -1]]
        dist, _, _ = distance_to_line(ends[:, 0], ends[:, 1], xy)
        if np.all(dist > w_m * 1.005) or reach >= enough:
            break
        reach = min(reach * 2.0, enough)
    pieces = [g for g in split(full, LineString(cut)).geoms if isinstance(g, Polygon)]
    reps = np.array([p.representative_point().coords[0] for p in pieces])
    signs = side_of(reps[:, 0], reps[:, 1], xy)
    out: dict[int, list[Polygon]] = {RIGHT: [], LEFT: []}
    for piece, sign in zip(pieces, signs, strict=True):
        if sign in out:
            out[int(sign)].append(piece)
    return out


_SLIVER_DEG2 = 1e-10
"""Holes and parts smaller than this (about 1 m²) are noise from unioning shared edges."""


def _drop_slivers(geom) -> Polygon | MultiPolygon:
    polys = []
    for p in getattr(geom, "geoms", [geom]):
        if not isinstance(p, Polygon) or p.area < _SLIVER_DEG2:
            continue
        holes = [r for r in p.interiors if Polygon(r).area >= _SLIVER_DEG2]
        polys.append(Polygon(p.exterior, holes))
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def half_width_m(width_km: float, semantics: str) -> float:
    """Distance from the line (m) that a reported width means.

    ``total`` W is W/2 on each side; ``per_side`` and ``depth`` W are W.
    """
    if semantics == "total":
        return width_km * 500.0
    if semantics in ("per_side", "depth"):
        return width_km * 1000.0
    raise GeometryError("semantics", f"unknown value {semantics!r}", "use total, per_side or depth")


def zone(
    line: np.ndarray,
    width_km: float,
    semantics: str,
    side: int | None = None,
    tolerance_m: float = DEFAULT_TOLERANCE_M,
) -> Polygon | MultiPolygon:
    """A reported zone as geometry.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees (EPSG:4326).
    width_km : float
        The reported width, km.
    semantics : {"total", "per_side", "depth"}
        How to read the width (see DESIGN: width semantics).
    side : int, optional
        ``RIGHT`` or ``LEFT``; required for ``depth``.
    tolerance_m : float
        Boundary accuracy target, metres.

    Returns
    -------
    shapely Polygon or MultiPolygon in lon/lat degrees.
    """
    w = half_width_m(width_km, semantics)
    if semantics == "depth":
        if side not in (RIGHT, LEFT):
            raise GeometryError(
                "depth zone", "needs the side to lie on", "give side=RIGHT or side=LEFT"
            )
        return side_zone(line, w, [side], tolerance_m)
    return side_zone(line, w, [LEFT, RIGHT], tolerance_m)


def ring(inner: Polygon | MultiPolygon, outer: Polygon | MultiPolygon) -> Polygon | MultiPolygon:
    """The band an outer zone adds over an inner one (lon/lat degrees)."""
    return shapely.difference(outer, inner)


@dataclass(frozen=True)
class ZoneError:
    """Geodesic error of a zone boundary (metres).

    Attributes
    ----------
    max_abs_m : float
        Largest |distance to line − nominal| over the sampled boundary.
    p99_abs_m : float
        99th percentile of the same.
    samples : int
        Boundary points measured (vertices and points between them).
    vertices : int
        Boundary vertices of the zone.
    """

    max_abs_m: float
    p99_abs_m: float
    samples: int
    vertices: int


def boundary_samples(geom: Polygon | MultiPolygon, between: int = 3) -> np.ndarray:
    """Boundary vertices plus ``between`` evenly spaced points on each edge, (n, 2) lon/lat."""
    rings = []
    for poly in getattr(geom, "geoms", [geom]):
        rings.append(np.asarray(poly.exterior.coords))
        rings.extend(np.asarray(r.coords) for r in poly.interiors)
    out = []
    for r in rings:
        a, b = r[:-1], r[1:]
        out.append(a)
        for f in np.arange(1, between + 1) / (between + 1):
            out.append(a + f * (b - a))
    return np.vstack(out)


def vertex_count(geom: Polygon | MultiPolygon) -> int:
    """Distinct boundary vertices (closing points not counted)."""
    n = 0
    for poly in getattr(geom, "geoms", [geom]):
        n += len(poly.exterior.coords) - 1
        n += sum(len(r.coords) - 1 for r in poly.interiors)
    return n


def geodesic_error(
    geom: Polygon | MultiPolygon,
    line: np.ndarray,
    w_m: float,
    one_sided: bool = False,
    between: int = 3,
) -> ZoneError:
    """Measure a zone against its definition (DESIGN.md: geodesic error).

    For points along the boundary (vertices and ``between`` points on each
    edge) the ellipsoidal distance to the line minus ``w_m``. For a one-sided
    zone, boundary points on the line itself or on its extensions beyond the
    ends are not on the offset and are only required to be no farther than
    ``w_m``.

    Parameters
    ----------
    geom : Polygon or MultiPolygon
        The zone, lon/lat degrees (unclipped).
    line : numpy.ndarray
        (n, 2) lon/lat degrees, geodesic edges.
    w_m : float
        Nominal distance from the line, metres.
    one_sided : bool
        Whether the zone lies on one side only.
    between : int
        Points measured inside each boundary edge.
    """
    xy = clean_line(line)
    pts = boundary_samples(geom, between)
    dist, _, _ = distance_to_line(pts[:, 0], pts[:, 1], xy)
    err = dist - w_m
    if one_sided:
        ends = extension_points(Segments.of(xy), w_m)
        extended = np.vstack([ends[:1], xy, ends[1:]])
        on_divider, _, _ = distance_to_line(pts[:, 0], pts[:, 1], extended)
        divider = on_divider < 0.1
        err = np.where(divider, np.maximum(err, 0.0), err)
    abs_err = np.abs(err)
    return ZoneError(
        float(abs_err.max()),
        float(np.percentile(abs_err, 99)),
        len(pts),
        vertex_count(geom),
    )
