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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from . import antimeridian
from .checks import check_line, check_reach, reach_lon_deg
from .errors import ConvergenceError, GeometryError
from .geodesy import (
    LineIndex,
    Segments,
    ecef,
    end_directions,
    forward,
    geodesic_points,
    inverse,
    side_of,
    wrap180,
)

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
    steps: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Split many parametric curves into the fewest equal steps that are accurate enough.

    Each curve ``k`` runs from ``t0[k]`` to ``t1[k]``. A chord's error ratio
    (error / tolerance) shrinks with the square of the step, so a curve whose
    worst chord has ratio ``r > 1`` is resampled with ``sqrt(r)`` times as many
    steps, until every chord of every curve has ``r <= 1``. Only the curves
    still too coarse are evaluated again.

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
    steps : numpy.ndarray, optional
        First guess of the steps per curve (default one).

    Returns
    -------
    ids, values : numpy.ndarray
        Curve id of each breakpoint, and the values there, in curve order.

    Raises
    ------
    ConvergenceError
        When the curves would need more than :data:`MAX_BOUNDARY_POINTS`
        points, or do not converge in 60 rounds.
    """
    n_curves = len(t0)
    steps = np.ones(n_curves, dtype=int) if steps is None else np.maximum(steps, 1).astype(int)
    done: dict[int, np.ndarray] = {}
    active = np.arange(n_curves)
    for _ in range(_MAX_ROUNDS):
        if steps.sum() > MAX_BOUNDARY_POINTS:
            raise ConvergenceError(
                "zone boundary",
                f"would need more than {MAX_BOUNDARY_POINTS:,} points to stay within the "
                "tolerance (a very long or very wide zone, or a tiny tolerance)",
                "use a larger tolerance_m, a narrower width, or a shorter line",
            )
        st = steps[active]
        ids = np.repeat(active, st + 1)
        first = np.repeat(np.cumsum(st + 1) - (st + 1), st + 1)
        frac = (np.arange(len(ids)) - first) / steps[ids]
        t = np.where(frac >= 1.0, t1[ids], t0[ids] + frac * (t1[ids] - t0[ids]))
        values = evaluate(ids, t)
        k = np.nonzero(ids[1:] == ids[:-1])[0]
        r = ratio(ids[k], 0.5 * (t[k] + t[k + 1]), values[k], values[k + 1])
        worst = np.zeros(n_curves)
        np.maximum.at(worst, ids[k], r)
        bad = worst[active] > 1.0
        starts = np.cumsum(st + 1) - (st + 1)
        for j in np.nonzero(~bad)[0]:
            done[int(active[j])] = values[starts[j] : starts[j] + st[j] + 1]
        if not bad.any():
            order = [done[c] for c in range(n_curves)]
            if not order:
                return np.zeros(0, dtype=int), values
            out_ids = np.repeat(np.arange(n_curves), [len(v) for v in order])
            return out_ids, np.vstack(order)
        active = active[bad]
        grown = np.ceil(steps[active] * np.sqrt(np.minimum(worst[active], 1e6)) * 1.02)
        steps[active] = np.maximum(steps[active] + 1, np.minimum(grown, MAX_BOUNDARY_POINTS))
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


_R_MIN_M = 6.3e6
"""Less than WGS84's least radius of curvature (m, 6,335 km on the equator's meridian): bounds
on how far geodesics and lon/lat chords bend over a distance are taken with it."""

_A_MAX_M = 6.3996e6
"""More than WGS84's largest radius of curvature (m, 6,399.6 km at the poles): a
chord's length is bounded through it."""

_ARC_SHARE = 0.95
"""Share of the tolerance an arc's chords are held to at their middles (see :meth:`_Arcs.ratio`)."""


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
        """Error / tolerance of chords, measured at their middles.

        A chord of a geodesic circle deviates from it symmetrically about its
        middle, read as a geodesic or as a lon/lat straight line (both
        deviations are parabolas in the chord's parameter up to terms of the
        order of the flattening times the chord over the radius of the
        Earth), so the middle is its worst point; it is held to 95 % of the
        tolerance to cover the rest. The lon/lat middle is measured; the
        geodesic chord's middle lies within the lon/lat chord's bend of it
        (length² (tan|lat| + 0.1) / 8R, with R below the least radius of
        curvature), which is added.
        """

        def err(ids, _t, a, b):
            plain = 0.5 * (a[:, :2] + b[:, :2])
            _, _, d = inverse(self.lon[ids], self.lat[ids], plain[:, 0], plain[:, 1])
            # the geodesic chord's middle is not solved: it lies within the bend of the
            # lon/lat chord (its length² (tan|lat| + 0.1) / 8 R) of the plain middle
            chord = np.hypot(
                np.radians(b[:, 0] - a[:, 0]) * np.cos(np.radians(plain[:, 1])),
                np.radians(b[:, 1] - a[:, 1]),
            ) * (1.01 * _A_MAX_M)
            tan_lat = np.abs(np.tan(np.radians(np.clip(plain[:, 1], -89.0, 89.0))))
            bend = chord * chord * (tan_lat + 0.1) / (8.0 * _R_MIN_M)
            return (np.abs(d - self.w) + bend) / (_ARC_SHARE * tol)

        return err

    def sample(self, tol: float) -> list[np.ndarray]:
        n = len(self.lon)
        if n == 0:
            return []
        # a first guess from the sagitta of a circle's chord, w (1 - cos(step / 2)), held
        # below the tolerance with room for a lon/lat chord's bend (w tan(lat) / R of it),
        # so that one round of checks mostly suffices
        tan_lat = np.abs(np.tan(np.radians(np.clip(self.lat, -89, 89))))
        bend = 1.0 + 2.0 * self.w * tan_lat / _R_MIN_M
        room = 0.9 * _ARC_SHARE * tol / bend
        step = 2.0 * np.arccos(np.maximum(1.0 - room / self.w, -1.0))
        guess = np.ceil(np.abs(np.radians(self.sweep)) / step).astype(int)
        ids, xy = _refine(np.zeros(n), np.ones(n), self.evaluate, self.ratio(tol), guess)
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


def _offset_bands(
    segs: Segments, w: float, tol: float, edges: np.ndarray | None = None
) -> dict[int, np.ndarray]:
    """Edges sampled with their offsets at ``w`` (m) on both sides.

    Returns, for each edge in ``edges`` (default all), a (k, 6) array:
    lon/lat on the edge, on its right
    offset and on its left offset at the same k positions, first and last
    at the edge's vertices, so that straight chords between successive
    rows stay within ``tol`` (m) of both offsets.
    """
    chosen = np.arange(len(segs)) if edges is None else np.asarray(edges, dtype=int)
    if not len(chosen):
        return {}
    segs = Segments(*(getattr(segs, f)[chosen] for f in _SEG_FIELDS))
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

    ids, values = _refine(np.zeros(len(chosen)), segs.length_m, evaluate, ratio)
    split = np.split(values, np.nonzero(np.diff(ids))[0] + 1)
    return {int(e): part for e, part in zip(chosen, split, strict=True)}


_SEG_FIELDS = ("lon", "lat", "end_lon", "end_lat", "azimuth", "end_azimuth", "length_m")

_RAY_STEP_M = 1000.0
"""Spacing (m) of points along a geodesic ray that bounds a zone (a flat end or
the divide between sides beyond an end): lon/lat chords of 1 km stay within
about 0.1 m of the geodesic below latitude 80°."""


def _ray(lon: float, lat: float, azimuth: float, w: float) -> np.ndarray:
    """Points along the geodesic from a vertex, ``w`` metres at ``azimuth``, (k, 2) lon/lat.

    The vertex itself is left out; the far end is included.
    """
    k = max(1, int(np.ceil(w / _RAY_STEP_M)))
    d = np.linspace(0.0, w, k + 1)[1:]
    rlon, rlat, _ = forward(np.full(k, lon), np.full(k, lat), np.full(k, azimuth), d)
    return np.column_stack([rlon, rlat])


def _cap_arc(
    outward: float, walk: float, side: int, perps: tuple[float, float]
) -> tuple[float, float, bool, bool] | None:
    """One side's round cap at an end: start and end azimuths (degrees), and which are divides.

    The cap is the part of the outward half-disc (centred on azimuth
    ``outward``: where the end vertex is the nearest point of the line) on
    the ``side`` of the line's walking direction ``walk`` there. Each end of
    the arc is either a perpendicular of the end edge (``perps``, given as
    the exact values the edge's offsets use, so that pieces meet without
    gaps) or lies on the divide between the sides; the flags say which ends
    lie on the divide. None when the side has no cap there.
    """
    b0 = walk if side == RIGHT else walk + 180.0
    rel = float(wrap180(b0 - outward))
    if rel <= -90.0:
        lo, hi = -90.0, rel + 180.0
    elif rel <= 90.0:
        lo, hi = rel, 90.0
    else:
        lo, hi = -90.0, rel - 180.0
    if hi - lo <= 1e-9:
        return None
    divides = (walk, walk + 180.0)

    def snap(rel_angle: float) -> tuple[float, bool]:
        angle = outward + rel_angle
        for perp in perps:
            if abs(float(wrap180(angle - perp))) < 1e-7:
                return perp, False
        for d in divides:
            if abs(float(wrap180(angle - d))) < 1e-7:
                return d, True
        return angle, False

    start, ray_start = snap(lo)
    end, ray_end = snap(hi)
    return start, end, ray_start, ray_end


def _side_pieces(
    segs: Segments,
    parts: dict[int, np.ndarray],
    w: float,
    side: int,
    tol: float,
    cap: str,
    joins: np.ndarray | None = None,
    widen: np.ndarray | None = None,
    ranges: np.ndarray | None = None,
) -> list[Polygon]:
    """The pieces of the zone on one side: half-bands, outer joins and caps.

    Every point within ``w`` of the line whose nearest part of the line has
    it on ``side`` lies in one of these pieces (a half-band when the nearest
    point is inside an edge, the join when it is a vertex the line turns
    away from, the cap when it is an end). Only the edges in ``parts`` get
    half-bands, and only the vertices ``joins`` (default all) joins;
    ``widen`` (degrees per vertex) widens joins each way: any sector of the
    disc round a vertex lies in the zone; ``ranges`` ((n - 1, 2) degrees from
    the lower end of each join's sweep) narrows the joins not widened.
    """
    cols = slice(2, 4) if side == RIGHT else slice(4, 6)
    n = len(segs)
    walk0, walk1 = end_directions(segs)
    rings: list[np.ndarray] = []
    for i, part in parts.items():
        # at the line's ends the band is closed along the geodesic perpendicular (which
        # may divide the sides when the line folds back), not a straight chord
        ring = [part[:, :2]]
        if i == n - 1:
            ring.append(
                _ray(segs.end_lon[-1], segs.end_lat[-1], segs.end_azimuth[-1] + side * 90.0, w)
            )
        ring.append(part[::-1, cols])
        if i == 0:
            ring.append(_ray(segs.lon[0], segs.lat[0], segs.azimuth[0] + side * 90.0, w)[::-1])
        rings.append(np.vstack(ring))

    a_in, a_out = segs.end_azimuth[:-1], segs.azimuth[1:]
    turn = wrap180(a_out - a_in)
    outer = np.nonzero(side * turn < 0)[0]
    if joins is not None:
        outer = np.intersect1d(outer, joins)
    more = np.zeros(len(outer)) if widen is None else widen[outer] * np.sign(turn[outer])
    start = a_in[outer] + side * 90.0 - more
    end = a_out[outer] + side * 90.0 + more
    sweep = turn[outer] + 2.0 * more
    if ranges is not None:
        # the sweep runs down from start on the right (turn < 0) and up on the left; an
        # end not narrowed keeps its exact value, shared with the half-band beside it
        full = np.abs(turn[outer])
        low = a_in[outer] + side * 90.0 + np.minimum(turn[outer], 0.0)
        r_lo = np.clip(ranges[outer, 0], 0.0, full)
        r_hi = np.clip(ranges[outer, 1], r_lo, full)
        narrow = (more == 0) & ((r_lo > 0) | (r_hi < full))
        right = turn[outer] < 0
        s_rel = np.where(right, r_hi, r_lo)
        e_rel = np.where(right, r_lo, r_hi)
        s_moved = narrow & (s_rel != np.where(right, full, 0.0))
        e_moved = narrow & (e_rel != np.where(right, 0.0, full))
        start = np.where(s_moved, low + s_rel, start)
        end = np.where(e_moved, low + e_rel, end)
        sweep = np.where(narrow, np.sign(turn[outer]) * (r_hi - r_lo), sweep)
    joins = _Arcs(segs.end_lon[outer], segs.end_lat[outer], start, end, sweep, w)
    for k, arc in zip(outer, joins.sample(tol), strict=True):
        rings.append(np.vstack([[segs.end_lon[k], segs.end_lat[k]], arc]))
    if cap != "round":
        return _polygons(rings)

    # round caps: the side's part of the outward half-disc at each end
    a0, ae = segs.azimuth[0], segs.end_azimuth[-1]
    ends = [
        (segs.lon[0], segs.lat[0], float(a0) + 180.0, walk0, (a0 + 90.0, a0 - 90.0)),
        (segs.end_lon[-1], segs.end_lat[-1], float(ae), walk1, (ae + 90.0, ae - 90.0)),
    ]
    for lon, lat, outward, walk, perps in ends:
        arc_at = _cap_arc(outward, walk, side, perps)
        if arc_at is None:
            continue
        start, end, _, _ = arc_at
        sweep = float((end - start) % 360.0)  # counter-clockwise from start: 0 to 180
        arc = _Arcs(
            np.array([lon]),
            np.array([lat]),
            np.array([start]),
            np.array([end]),
            np.array([sweep]),
            w,
        ).sample(tol)[0]
        # both straight sides run along geodesics: a divide, or the perpendicular the
        # end's band shares
        ring = [[[lon, lat]], _ray(lon, lat, start, w)[:-1], arc, _ray(lon, lat, end, w)[::-1][1:]]
        rings.append(np.vstack(ring))
    return _polygons(rings)


def _polygons(rings: list[np.ndarray]) -> list[Polygon]:
    """Polygons of the given outlines (lon/lat, each closed or not), made in one call."""
    if not rings:
        return []
    ids = np.repeat(np.arange(len(rings)), [len(r) for r in rings])
    return list(shapely.polygons(shapely.linearrings(np.vstack(rings), indices=ids)))


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


CAPS: tuple[str, ...] = ("round", "flat")
"""How a zone ends beyond the line's ends: a half-disc, or the geodesic
perpendiculars at the end vertices."""

FOLD_CELLS = 1_000
"""Where a line folds back within the width, the divide between its sides is
first found on a grid of about this many cells over each part of the fold, then
traced within the tolerance (see :func:`_fold_cells`)."""


def check_cap(cap: str) -> str:
    """The cap style, checked: ``round`` or ``flat``."""
    if cap not in CAPS:
        raise GeometryError("cap", f"unknown value {cap!r}", "use cap=round or cap=flat")
    return cap


def _union(pieces: list[Polygon]) -> Polygon | MultiPolygon:
    return _drop_slivers(shapely.union_all(shapely.make_valid(np.array(pieces, dtype=object))))


def side_zone(
    line: np.ndarray,
    w_m: float,
    sides: Sequence[int],
    tolerance_m: float = DEFAULT_TOLERANCE_M,
    cap: str = "round",
    keep: Sequence[tuple[float, float]] = (),
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
    cap : {"round", "flat"}
        Round: the zone includes everything within ``w_m`` of the line's
        ends. Flat: it ends on the geodesic perpendiculars at the end vertices.
    keep : sequence of (lon, lat)
        Points (degrees) that must be judged by their own side where the
        line folds back (the point a user named for the side).

    Returns
    -------
    shapely Polygon or MultiPolygon
        Longitude/latitude degrees. A point is on the side it lies on
        relative to the nearest part of the line (:func:`~.geodesy.side_of`):
        its pieces are built side by side, so the result does not hinge on
        the last metre of the line. Where the line folds back within
        ``w_m`` of itself, points within ``w_m`` of both sides' pieces are
        divided between the sides along the divide itself (the line, the
        divides beyond its ends, and the points equidistant from parts of
        the line with different sides), traced within the tolerance;
        :func:`geodesic_error` checks sampled points of the zone for their
        side.
    """
    if not (np.isfinite(w_m) and w_m > 0):
        raise GeometryError(
            "width", f"must be a positive distance, got {w_m} m", "give a width such as 20 km"
        )
    check_tolerance(tolerance_m)
    check_cap(cap)
    xy = clean_line(line)
    check_reach(xy, w_m)
    if antimeridian.needs_frame(xy[:, 0], reach_lon_deg(xy, w_m)):
        # build across ±180° in a frame where the line and zone are continuous, then split
        centre = antimeridian.frame_centre(xy[:, 0])
        framed = side_zone(
            antimeridian.to_frame(xy, centre),
            w_m,
            sides,
            tolerance_m,
            cap,
            antimeridian.points_to_frame(keep, centre),
        )
        return antimeridian.split(framed, centre)
    segs = Segments.of(xy)
    wanted = set(sides)
    if wanted >= {RIGHT, LEFT}:
        # the core is round-ended: it can only serve zones with round caps
        inner = interior_core(xy, w_m) if cap == "round" else None
        edges, joins = _exposed(segs, w_m, inner)
        covered = _covered(segs, w_m, inner, edges, joins)
        bands = {RIGHT: edges, LEFT: edges}
        widen = ranges = None
        if covered is not None:
            bands, joins, widen, ranges = covered
            edges = np.union1d(bands[RIGHT], bands[LEFT])
        parts = _offset_bands(segs, w_m, tolerance_m, edges)

        def one_side(sgn: int) -> Polygon | MultiPolygon:
            mine = parts if bands[sgn] is None else {int(e): parts[int(e)] for e in bands[sgn]}
            pieces = _side_pieces(segs, mine, w_m, sgn, tolerance_m, cap, joins, widen, ranges)
            return shapely.union_all(shapely.make_valid(np.array(pieces, dtype=object)))

        # the sides are built at once: GEOS and PROJ work outside Python's lock
        with ThreadPoolExecutor(2) as pool:
            halves = list(pool.map(one_side, (RIGHT, LEFT)))
        return _union(([] if inner is None else [inner]) + halves)
    parts = _offset_bands(segs, w_m, tolerance_m)
    side = wanted.pop()
    mine = _union(_side_pieces(segs, parts, w_m, side, tolerance_m, cap))
    other = _union(_side_pieces(segs, parts, w_m, -side, tolerance_m, cap))
    # where both sides' pieces overlap by more than a hair (2 cm) the line folds back
    overlap = shapely.intersection(mine, other)
    both = _drop_slivers(shapely.buffer(shapely.buffer(overlap, -_HAIR_DEG), _HAIR_DEG))
    if both.is_empty:
        return mine
    wrong = _fold_cells(both, LineIndex(xy), side, keep, tolerance_m, w_m)
    if wrong is None:
        return mine
    cut = shapely.difference(mine, shapely.intersection(wrong, overlap))
    return _drop_slivers(_open(cut))


def _open(geom, eps: float = 1e-8):
    """Remove spikes and slits thinner than ``2 * eps`` degrees (about 2 mm), keeping corners."""
    thin = shapely.buffer(geom, -eps, join_style="mitre", mitre_limit=1e6)
    return shapely.buffer(thin, eps, join_style="mitre", mitre_limit=1e6)


_CORE_STEP_M = 1000.0
"""Spacing (m) of the geodesic points the interior core is buffered from."""
_CORE_MARGIN_M = 2.0
"""How far (m, plus 1e-5 of the width) the interior core keeps inside the zone."""
_CORE_SIMPLIFY_M = 10.0
"""Least Douglas-Peucker tolerance (m) of the copy of the line the core is buffered from."""
_CORE_SIMPLIFY_FRACTION = 5e-3
"""Least Douglas-Peucker tolerance of that copy, as a fraction of the width."""
_CORE_QUAD_SEGS = 16
"""Segments per quarter circle of the core's planar buffer."""
_CORE_VERTICES = 1000
"""Most vertices of that copy (the tolerance doubles until it has no more)."""
_PAD_M = 16.0
"""How far (m) beyond the width the rough copies of pieces reach (see :func:`_exposed`)."""


_LONLAT_WGS84 = "+proj=longlat +ellps=WGS84 +no_defs"
"""Longitude/latitude on WGS84 (EPSG:4326's axes, without its database lookup)."""


def interior_core(xy: np.ndarray, w: float) -> Polygon | MultiPolygon | None:
    """A polygon (lon/lat) that lies inside the zone of width ``w`` (m), or None.

    The line, densified every kilometre along its geodesics, is buffered
    by slightly less than ``w`` in an azimuthal equidistant projection
    centred on it. That projection keeps distances from its centre and
    stretches every other way (its scale is never below one, because the
    ellipsoid's curvature is positive), so a planar distance is never
    shorter than the geodesic one: everything the planar buffer holds is
    within ``w`` on the ellipsoid. Buffer arcs are inscribed polygons, and
    the outline is cut into 500 m pieces before going back to lon/lat; the
    margin (2 m plus 1e-5 of ``w``) covers what those straight chords bend.
    """
    from pyproj import Transformer

    margin = _CORE_MARGIN_M + 1e-5 * w
    if w <= 4.0 * (margin + _CORE_SIMPLIFY_M):
        return None
    dense = geodesic_points(xy, _CORE_STEP_M)
    mid = dense[len(dense) // 2]
    aeqd = f"+proj=aeqd +lat_0={float(mid[1])!r} +lon_0={float(mid[0])!r} +ellps=WGS84 +units=m"
    # from a proj string, not an EPSG code: the database lookup costs 20 ms a call
    fwd = Transformer.from_crs(_LONLAT_WGS84, aeqd, always_xy=True)
    back = Transformer.from_crs(aeqd, _LONLAT_WGS84, always_xy=True)
    x, y = fwd.transform(dense[:, 0], dense[:, 1])
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        return None
    # a simpler copy of the line, buffered by as much less, stays inside the buffer;
    # simplify until planar buffering is quick (its time grows fast with vertices)
    full = shapely.linestrings(np.column_stack([x, y]))
    tol = max(_CORE_SIMPLIFY_M, _CORE_SIMPLIFY_FRACTION * w)
    path = shapely.simplify(full, tol)
    while shapely.get_num_coordinates(path) > _CORE_VERTICES and tol < 0.05 * w:
        tol *= 2.0
        path = shapely.simplify(full, tol)
    if w - margin - tol <= 0:
        return None
    planar = shapely.buffer(path, w - margin - tol, quad_segs=_CORE_QUAD_SEGS)
    planar = shapely.segmentize(planar, 500.0)
    core = shapely.transform(planar, lambda c: np.column_stack(back.transform(c[:, 0], c[:, 1])))
    core = shapely.make_valid(core)
    lon = shapely.get_coordinates(core)[:, 0]
    if not core.is_valid or core.is_empty or np.ptp(lon) > 180.0:
        return None  # wraps round the antimeridian: build without it
    return core


def _exposed(
    segs: Segments, w: float, core: Polygon | MultiPolygon | None
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The edges and vertices whose pieces may reach the boundary (None: all of them).

    A piece wholly inside ``core`` adds nothing to the zone. Each short
    edge's band and each outer join is first drawn roughly, reaching
    :data:`_PAD_M` beyond ``w`` (joins with chords whose sagitta is 0.6 m
    less than that, bands as the quadrilateral of their offset ends, which for
    edges under 2 km bend less than a few centimetres); a piece whose rough
    copy lies inside the core is left out.
    """
    if core is None:
        return None, None
    shapely.prepare(core)
    n = len(segs)
    wp = w + _PAD_M
    short = np.nonzero(segs.length_m <= 2000.0)[0]
    hidden = np.zeros(n, dtype=bool)
    corners = []
    for lon, lat, az in (
        (segs.lon[short], segs.lat[short], segs.azimuth[short]),
        (segs.end_lon[short], segs.end_lat[short], segs.end_azimuth[short]),
    ):
        for sgn in (RIGHT, LEFT):
            clon, clat, _ = forward(lon, lat, az + sgn * 90.0, wp)
            corners.append(np.column_stack([clon, clat]))
    a_r, a_l, b_r, b_l = corners
    quads = shapely.polygons(np.stack([a_r, b_r, b_l, a_l, a_r], axis=1))
    hidden[short] = shapely.contains(core, quads)
    edges = np.nonzero(~hidden)[0]

    a_in, a_out = segs.end_azimuth[:-1], segs.azimuth[1:]
    turn = wrap180(a_out - a_in)
    side = np.where(turn < 0, RIGHT, LEFT)
    hidden_join = _fans_in_core(
        segs.end_lon[:-1], segs.end_lat[:-1], a_in + side * 90.0, turn, w, core
    )
    return edges, np.nonzero(~hidden_join)[0]


_COVER_NEAR = 12
"""How many joins on the same side, before and after, may cover a piece (see :func:`_covered`)."""
_COVER_SHELL_M = 400.0
"""Depth (m, at most a tenth of the width) of the outer strip of a piece that its
neighbours' joins must cover for it to be left out (see :func:`_covered`)."""


_SPREAD_DEG = 5.0
"""How far (degrees) a kept join may be widened each way to cover joins next to it."""
_COVER_MAX_W_M = 200_000.0
"""Widest zone (m from the line) whose pieces :func:`_covered` may leave out."""
_MAX_SWEEP_DEG = 150.0
"""Widest a widened join may sweep (degrees)."""


def _spans(start: np.ndarray, stop: np.ndarray, total: np.ndarray) -> np.ndarray:
    """Whether the intervals of each row (empty ones run from inf to -inf) cover [0, total]."""
    low, high = _uncovered(start, stop, total)
    return ~(low <= high)


def _uncovered(
    start: np.ndarray, stop: np.ndarray, total: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The least and greatest points of [0, total] that no interval of each row covers.

    Rows as in :func:`_spans`; a row covered whole gets ``inf, -inf``.
    """
    order = np.argsort(start, axis=1)
    start = np.take_along_axis(start, order, 1)
    stop = np.take_along_axis(stop, order, 1)
    reach = np.maximum.accumulate(stop, axis=1)
    before = np.concatenate([np.zeros((len(start), 1)), np.maximum(reach[:, :-1], 0.0)], axis=1)
    gap = (start > before) & (before < total[:, None])
    last = np.maximum(reach[:, -1], 0.0)
    tail = last < total
    low = np.where(gap, before, np.inf).min(axis=1)
    low = np.where(tail, np.minimum(low, last), low)
    high = np.where(gap, np.minimum(start, total[:, None]), -np.inf).max(axis=1)
    high = np.where(tail, total, high)
    return low, high


def _pairs_cover(pairs: list[tuple[float, float]], total: float) -> bool:
    """Whether intervals (start, stop) cover [0, total]: :func:`_spans` for one short row."""
    reach = 0.0
    for start, stop in sorted(pairs):
        if reach >= total:
            return True
        if start > reach:
            return False
        reach = max(reach, stop)
    return reach >= total


def _frames(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Earth-centred positions (m) and east and north unit vectors of points, each (n, 3)."""
    lam, phi = np.radians(lon), np.radians(lat)
    east = np.stack([-np.sin(lam), np.cos(lam), np.zeros_like(lam)], -1)
    north = np.stack([-np.sin(phi) * np.cos(lam), -np.sin(phi) * np.sin(lam), np.cos(phi)], -1)
    return ecef(lon, lat), east, north


def _fans_in_core(
    lon: np.ndarray,
    lat: np.ndarray,
    start: np.ndarray,
    sweep: np.ndarray,
    radius: float,
    core: Polygon | MultiPolygon,
) -> np.ndarray:
    """Whether each fan (a vertex, an arc of ``radius`` m over ``sweep``°) lies in ``core``.

    The arc is drawn reaching :data:`_PAD_M` beyond ``radius``, with chords
    whose sagitta is 0.6 m less than that, so it holds the exact fan.
    """
    n = len(lon)
    if not n:
        return np.zeros(0, dtype=bool)
    rp = radius + _PAD_M
    step = np.degrees(2.0 * np.arccos(1.0 - (_PAD_M - 0.6) / rp))
    k = np.maximum(1, np.ceil(np.abs(sweep) / step)).astype(int)
    ids = np.repeat(np.arange(n), k + 1)
    first = np.repeat(np.cumsum(k + 1) - (k + 1), k + 1)
    frac = (np.arange(len(ids)) - first) / k[ids]
    plon, plat, _ = forward(lon[ids], lat[ids], start[ids] + frac * sweep[ids], rp)
    ok = np.ones(n, dtype=bool)
    np.logical_and.at(ok, ids, shapely.contains_xy(core, plon, plat))
    ok &= shapely.contains_xy(core, lon, lat)
    cand = np.nonzero(ok)[0]
    if len(cand):
        take = np.isin(ids, cand)
        xy = np.column_stack([plon[take], plat[take]])
        centre = np.column_stack([lon[cand], lat[cand]])
        ring_ids = np.concatenate([cand, ids[take], cand])
        ring_xy = np.concatenate([centre, xy, centre])
        rank = np.concatenate(
            [np.zeros(len(cand)), 1 + np.arange(len(xy)), np.full(len(cand), 1e18)]
        )
        order = np.lexsort((rank, ring_ids))
        rings = shapely.linearrings(
            ring_xy[order], indices=np.unique(ring_ids[order], return_inverse=True)[1]
        )
        ok[cand] = shapely.contains(core, shapely.polygons(rings))
    return ok


def _owned_elsewhere(
    pos: np.ndarray,
    east: np.ndarray,
    north: np.ndarray,
    lo: np.ndarray,
    sweep: np.ndarray,
    r0: float,
    m: float,
    d_max: float,
) -> tuple[np.ndarray, np.ndarray]:
    """The directions of each join's outer strip where no other vertex is nearer by ``m`` (m).

    The strip of the join at vertex ``v`` holds the points at ``r0`` to
    ``w`` (m) from ``v`` in the directions of its join (``lo`` to ``lo +
    sweep`` degrees). A vertex ``u`` at ``D`` (m) is nearer by ``m`` to the
    strip's points within ``beta = acos(D / 2 r0 + m / D)`` of the direction
    of ``u`` (plane tangent at ``v``, law of cosines; the bound is loosest at
    ``r0``). Vertices up to :data:`_COVER_NEAR` places away along the line,
    on either side, are tried.

    Returns
    -------
    low, high : numpy.ndarray
        The least and greatest such direction (degrees from ``lo``); ``inf,
        -inf`` where there is none: every point of the strip has a nearer
        vertex, so none of it has this vertex as its nearest point.
    """
    n1 = len(pos)
    offs = np.concatenate([np.arange(-_COVER_NEAR, 0), np.arange(1, _COVER_NEAR + 1)])
    i = np.arange(n1)
    jj = i[:, None] + offs[None, :]
    valid = (jj >= 0) & (jj < n1)
    jj = np.clip(jj, 0, n1 - 1)
    d3 = pos[jj] - pos[i][:, None, :]
    de = np.einsum("ijk,ik->ij", d3, east)
    dn = np.einsum("ijk,ik->ij", d3, north)
    dist = np.hypot(de, dn)
    with np.errstate(divide="ignore", invalid="ignore"):
        arg = (dist**2 / (2.0 * r0) + m) / dist
    good = valid & (dist > 0) & (arg <= 1.0) & (dist <= d_max)
    beta = np.degrees(np.arccos(np.clip(arg, -1.0, 1.0)))
    c_a = wrap180(np.degrees(np.arctan2(de, dn)) - lo[:, None])
    start = np.where(good, c_a - beta, np.inf)
    stop = np.where(good, c_a + beta, -np.inf)
    return _uncovered(start, stop, sweep)


def _covered(
    segs: Segments,
    w: float,
    core: Polygon | MultiPolygon | None,
    edges: np.ndarray | None,
    joins: np.ndarray | None,
) -> tuple[dict[int, np.ndarray], np.ndarray] | None:
    """Half-bands and joins left out because joins near them cover them.

    A piece (an outer join, or a half-band of an edge up to 2 km long) may
    be left out when its part within ``r0 = w - s`` of the line (``s`` is
    :data:`_COVER_SHELL_M`, at most a tenth of ``w``) lies in ``core`` and
    its outer strip, from ``r0`` to ``w``, lies inside the join of a vertex
    nearby on the same side, with ``m = 2 m + 1e-4 w`` to spare: every
    point of the strip within ``w - m`` of that vertex and at an azimuth
    from it inside the join's (less the bend of the join's straight lon/lat
    sides). The test is planar, in the plane tangent at the piece's vertex
    (its errors over the width are centimetres, well within ``m``). A
    point of a piece left out then lies in the core or in a join that is
    kept: a join is left out only for a join whose vertex is nearer, by
    ``m``, to every point of its strip, so each step from a piece to the
    join covering it brings the point closer to a vertex and the chain
    ends. Then, in line order, joins are left out that joins kept and
    widened by up to :data:`_SPREAD_DEG` each way cover (any sector of the
    disc round a vertex lies in the zone); a join relied on is kept.

    Joins are left out, and kept joins narrowed, on a second ground too:
    the points of a join's outer strip to which another vertex is nearer (by
    ``m``, :func:`_owned_elsewhere`) do not have the join's vertex as their
    nearest point, so other pieces hold them; likewise a half-band whose
    outer strip has one vertex nearer to all of it. Every point of the
    zone outside the core then still lies in the piece of its nearest point.

    Returns
    -------
    (bands, joins, widen, ranges) or None
        For each side (``RIGHT``, ``LEFT``) the edges whose half-bands are
        kept there, the joins kept, how far (degrees, per vertex) each is
        widened each way, and the part of each join to build ((n - 1, 2),
        degrees from the start of its sweep); None when nothing can be left
        out.
    """
    if core is None or edges is None or joins is None or len(segs) < 3:
        return None
    if w > _COVER_MAX_W_M or np.abs(segs.lat).max() > 80.0 or np.abs(segs.end_lat).max() > 80.0:
        return None  # the tangent-plane bounds below are for moderate widths and latitudes
    n = len(segs)
    m = 2.0 + 1e-4 * w
    # the planar law of cosines errs by about D w² / R² for vertices D apart: keep it below m / 4
    d_max = m * _R_MIN_M**2 / (4.0 * w * w)
    r0 = w - min(_COVER_SHELL_M, 0.1 * w)
    a_in, a_out = segs.end_azimuth[:-1], segs.azimuth[1:]
    turn = wrap180(a_out - a_in)
    side = np.where(turn < 0, RIGHT, LEFT)
    lo = a_in + side * 90.0 + np.minimum(turn, 0.0)
    sweep = np.abs(turn)
    vlon, vlat = segs.end_lon[:-1], segs.end_lat[:-1]
    pos, east, north = _frames(vlon, vlat)
    tan_lat = np.abs(np.tan(np.radians(np.clip(vlat, -85.0, 85.0))))
    # the straight lon/lat sides of a join bend off its geodesic radii by up to this angle
    bend = np.degrees(w * (tan_lat + 0.1) / (2.0 * _R_MIN_M) + 1e-4)
    inner_ok = np.zeros(n - 1, dtype=bool)
    exposed = np.zeros(n - 1, dtype=bool)
    exposed[joins] = True
    inner_ok[joins] = _fans_in_core(vlon[joins], vlat[joins], lo[joins], sweep[joins], r0, core)
    keep_join = exposed.copy()
    widen = np.zeros(n - 1)
    own_lo, own_hi = _owned_elsewhere(pos, east, north, lo, sweep, r0, m, d_max)
    elsewhere = ~(own_lo <= own_hi)

    def spread_of(k):
        return np.minimum(_SPREAD_DEG, np.maximum(0.0, 0.5 * (_MAX_SWEEP_DEG - sweep[k])))

    bands: dict[int, np.ndarray] = {}

    def one_side(s: int) -> None:
        fans = np.nonzero(side == s)[0]
        nf = len(fans)
        if nf < 2:
            bands[s] = np.asarray(edges)
            return
        # --- joins covered by their neighbours' joins
        offs = np.concatenate([np.arange(-_COVER_NEAR, 0), np.arange(1, _COVER_NEAR + 1)])
        i = np.arange(nf)[:, None]
        jj = i + offs[None, :]
        valid = (jj >= 0) & (jj < nf)
        jj = np.clip(jj, 0, nf - 1)
        v, u = fans[i].repeat(len(offs), 1), fans[jj]
        d3 = pos[u] - pos[v]
        de = np.einsum("ijk,ijk->ij", d3, east[v])
        dn = np.einsum("ijk,ijk->ij", d3, north[v])
        dist = np.hypot(de, dn)
        phi_d = np.degrees(np.arctan2(de, dn))
        # u is nearer than v, by m at least, to every point of v's outer strip in the
        # directions within beta of u's: 2 r p >= D² + 2 r m with p = D cos(angle), r >= r0
        with np.errstate(divide="ignore", invalid="ignore"):
            arg = (dist**2 / (2.0 * r0) + m) / dist
        beta = np.degrees(np.arccos(np.clip(arg, -1.0, 1.0)))
        beta = np.where((arg <= 1.0) & (dist > 0) & valid, beta, -1.0)
        # u's join in v's frame: its north turned by the convergence of the meridians
        rho = np.degrees(
            np.arctan2(
                np.einsum("ijk,ijk->ij", north[u], east[v]),
                np.einsum("ijk,ijk->ij", north[u], north[v]),
            )
        )
        parallax = np.degrees(np.arctan2(dist, np.maximum(r0 - dist - m, 1e-9)))
        delta = parallax + bend[u] + np.degrees(dist / _R_MIN_M) + 1e-6
        c_a = wrap180(phi_d - lo[v])
        c_b = wrap180(lo[u] + rho - lo[v])
        start = np.maximum(c_a - beta, c_b + delta)
        stop = np.minimum(c_a + beta, c_b + sweep[u] - delta)
        bad = (beta < 0) | (stop <= start) | ~(r0 - dist - m > 0) | (dist > d_max)
        start = np.where(bad, np.inf, start)
        stop = np.where(bad, -np.inf, stop)
        total = sweep[fans]
        covered = elsewhere[fans] | _spans(start, stop, total)
        drop = covered & inner_ok[fans] & exposed[fans]
        keep_join[fans[drop]] = False
        # then joins covered by kept joins widened by _SPREAD_DEG each way (any sector of
        # the disc round a vertex lies in the zone), in line order; a join relied on stays
        spread = np.minimum(_SPREAD_DEG, np.maximum(0.0, 0.5 * (_MAX_SWEEP_DEG - sweep[u])))
        x_start = np.maximum(c_a - beta, c_b - spread + delta)
        x_stop = np.minimum(c_a + beta, c_b + sweep[u] + spread - delta)
        x_bad = bad | (x_stop <= x_start)
        x_start = np.where(x_bad, np.inf, x_start)
        x_stop = np.where(x_bad, -np.inf, x_stop)
        useful = (x_stop > 0) & (x_start < total[:, None])
        status = np.where(keep_join[fans], 1, 0)  # 1 kept (may still go), 2 relied on
        status[~exposed[fans]] = 0
        rows = np.nonzero(~drop & inner_ok[fans] & exposed[fans] & useful.any(axis=1))[0]
        stat = status.tolist()
        totals = total.tolist()
        for i, n_a, n_b, x_a, x_b, use, them in zip(
            rows.tolist(),
            start[rows].tolist(),
            stop[rows].tolist(),
            x_start[rows].tolist(),
            x_stop[rows].tolist(),
            useful[rows].tolist(),
            jj[rows].tolist(),
            strict=True,
        ):
            if stat[i] != 1:
                continue
            used = [c for c, u in enumerate(use) if u and stat[them[c]] > 0]
            if not used:
                continue
            pairs = [(a, b) for a, b in zip(n_a, n_b, strict=True) if a < b]
            pairs += [(x_a[c], x_b[c]) for c in used]
            if _pairs_cover(pairs, totals[i]):
                stat[i] = 0
                for c in used:
                    stat[them[c]] = 2
        status = np.array(stat)
        keep_join[fans[status == 0]] = False
        widen[fans[status == 2]] = spread_of(fans[status == 2])

        # --- half-bands covered by one join nearby
        cand = np.asarray(edges)
        cand = cand[(cand > 0) & (cand < n - 1) & (segs.length_m[cand] <= 2000.0)]
        if not len(cand):
            bands[s] = np.asarray(edges)
            return
        # vertices nearby on either side (join k is at the end of edge k)
        jj = np.concatenate(
            [
                cand[:, None] - 2 - np.arange(_COVER_NEAR)[None, :],
                cand[:, None] + 1 + np.arange(_COVER_NEAR)[None, :],
            ],
            axis=1,
        )
        valid = (jj >= 0) & (jj < n - 1)
        u = np.clip(jj, 0, n - 2)
        start_xyz = ecef(segs.lon[cand], segs.lat[cand])
        valid &= np.linalg.norm(pos[u] - start_xyz[:, None, :], axis=-1) <= d_max
        p0, e0, n0 = _frames(segs.lon[cand], segs.lat[cand])
        p1, e1, n1 = _frames(segs.end_lon[cand], segs.end_lat[cand])
        ok = valid.copy()
        for p_end, e_end, n_end, az in (
            (p0, e0, n0, segs.azimuth[cand] + s * 90.0),
            (p1, e1, n1, segs.end_azimuth[cand] + s * 90.0),
        ):
            # the outward direction at this end, in the frame of the edge's start
            a = np.radians(az)
            d_vec = np.sin(a)[:, None] * e_end + np.cos(a)[:, None] * n_end
            ne = np.einsum("ij,ij->i", d_vec, e0)
            nn = np.einsum("ij,ij->i", d_vec, n0)
            norm = np.hypot(ne, nn)
            ne, nn = ne / norm, nn / norm
            rel = p_end - p0
            qe = np.einsum("ij,ij->i", rel, e0)
            qn = np.einsum("ij,ij->i", rel, n0)
            ud = pos[u] - p0[:, None, :]
            ue = np.einsum("ijk,ik->ij", ud, e0)
            un = np.einsum("ijk,ik->ij", ud, n0)
            # u nearer by m than the edge to the strip's corners; the excess of the
            # distance to u over r is linear in r and convex along the edge, so the
            # corners bound the whole strip
            for r in (r0, w):
                xe = (qe + r * ne)[:, None] - ue
                xn = (qn + r * nn)[:, None] - un
                ok &= np.hypot(xe, xn) <= r - m
        by_join = ok.any(axis=1)
        hit = cand[by_join]
        if len(hit):
            # the part of each half-band within r0 of the line must lie in the core
            quads = []
            for lon, lat, az in (
                (segs.lon[hit], segs.lat[hit], segs.azimuth[hit]),
                (segs.end_lon[hit], segs.end_lat[hit], segs.end_azimuth[hit]),
            ):
                clon, clat, _ = forward(lon, lat, az + s * 90.0, r0 + _PAD_M)
                quads.append((np.column_stack([lon, lat]), np.column_stack([clon, clat])))
            (a_v, a_o), (b_v, b_o) = quads
            polys = shapely.polygons(np.stack([a_v, b_v, b_o, a_o, a_v], axis=1))
            hit = hit[shapely.contains(core, polys)]
        bands[s] = np.setdiff1d(np.asarray(edges), hit)

    # one side after the other: the prepared core may not be shared between threads
    for s in (RIGHT, LEFT):
        one_side(s)
    # a kept join need only span the directions it may be nearest in, less the bend of
    # its straight lon/lat sides; one relied on by others keeps its whole (widened) sweep,
    # and so does one whose part within r0 is not all in the core: another vertex is
    # nearer only to the outer strip of the directions left out, not to what lies inside it
    ranges = np.column_stack([np.maximum(own_lo - bend, 0.0), np.minimum(own_hi + bend, sweep)])
    whole = (widen > 0) | elsewhere | ~inner_ok
    ranges[whole] = np.column_stack([np.zeros(whole.sum()), sweep[whole]])
    return bands, np.nonzero(keep_join)[0], widen, ranges


_FOLD_LEVELS = 3
"""Times a face holding both sides is cut again on a grid four times finer."""
_FACE_SAMPLES = 24
"""Points sampled inside each face of a fold to check that it lies on one side."""
_DEG_M = 111_320.0
"""Metres in a degree of latitude, roughly: only to judge how close points are."""
_SECTIONS = 8
"""Parts a segment is cut into per round when the divide is looked for along it."""
_DIVIDE_EPS_FRACTION = 0.05
"""The divide between the sides is located to this fraction of the tolerance."""
_REACHES = np.array([0.125, 0.25, 0.5, 1.0, 2.0])
"""How far out along a chord's normal the divide is looked for, as fractions of half the chord."""


def _metric(lat: np.ndarray) -> np.ndarray:
    """Metres per degree of longitude and of latitude near ``lat`` (roughly), (n, 2)."""
    lat = np.asarray(lat, dtype=float)
    return np.column_stack([_DEG_M * np.cos(np.radians(lat)), np.full(lat.shape, _DEG_M)])


def _bisect(
    a: np.ndarray, b: np.ndarray, wrong: Callable[[np.ndarray], np.ndarray], eps_m: float
) -> np.ndarray:
    """Points where the side changes between ``a`` (wrong side) and ``b`` (not), (n, 2) lon/lat.

    Cuts each straight segment a→b into :data:`_SECTIONS` parts, keeps the
    first part whose start is on the wrong side and whose end is not, and
    goes on until it is shorter than ``eps_m`` (m): three times fewer rounds
    than halving, each judging more points at once.
    """
    a, b = a.copy(), b.copy()
    todo = np.arange(len(a))
    at = np.arange(_SECTIONS + 1) / _SECTIONS
    while len(todo):
        lo, hi = a[todo], b[todo]
        pts = lo[:, None, :] + at[None, 1:-1, None] * (hi - lo)[:, None, :]
        lab = wrong(pts.reshape(-1, 2)).reshape(len(todo), _SECTIONS - 1)
        n = len(todo)
        full = np.column_stack([np.ones(n, dtype=bool), lab, np.zeros(n, dtype=bool)])
        j = np.argmax(full[:, :-1] & ~full[:, 1:], axis=1)  # such a part always exists
        new_a = lo + at[j][:, None] * (hi - lo)
        new_b = lo + at[j + 1][:, None] * (hi - lo)
        a[todo], b[todo] = new_a, new_b
        gap = np.hypot(*((new_a - new_b) * _metric(new_a[:, 1])).T)
        todo = todo[gap > eps_m]
    return 0.5 * (a + b)


def _divide_lines(
    x: np.ndarray, y: np.ndarray, wrong: Callable[[np.ndarray], np.ndarray], tol: float
) -> list[np.ndarray]:
    """The divide between the sides over a grid, as polylines (lon/lat) within ``tol`` (m) of it.

    Marching squares on the sides of the grid's corners gives where the
    divide crosses each cell edge (located by bisection) and which
    crossings it joins; each such piece is then bent onto the divide: the
    divide is found across the middle of each chord (on its normal) and
    the chord split there, until every chord's middle is within half the
    tolerance of the divide.
    """
    gx, gy = np.meshgrid(x, y)
    lab = wrong(np.column_stack([gx.ravel(), gy.ravel()])).reshape(gx.shape)
    ny, nx = len(y) - 1, len(x) - 1
    eps = _DIVIDE_EPS_FRACTION * tol
    # crossings on horizontal edges (j, i)-(j, i+1) and vertical edges (j, i)-(j+1, i)
    hj, hi = np.nonzero(lab[:, :-1] != lab[:, 1:])
    vj, vi = np.nonzero(lab[:-1, :] != lab[1:, :])
    p = np.concatenate([np.column_stack([x[hi], y[hj]]), np.column_stack([x[vi], y[vj]])])
    q = np.concatenate([np.column_stack([x[hi + 1], y[hj]]), np.column_stack([x[vi], y[vj + 1]])])
    p_wrong = np.concatenate([lab[hj, hi], lab[vj, vi]])
    a = np.where(p_wrong[:, None], p, q)
    b = np.where(p_wrong[:, None], q, p)
    cross = _bisect(a, b, wrong, eps)
    # the crossing on each edge of each cell (-1: none)
    h_at = np.full((ny + 1, nx), -1)
    h_at[hj, hi] = np.arange(len(hj))
    v_at = np.full((ny, nx + 1), -1)
    v_at[vj, vi] = len(hj) + np.arange(len(vj))
    bottom, top = h_at[:-1, :], h_at[1:, :]
    left, right = v_at[:, :-1], v_at[:, 1:]
    n_cross = (bottom >= 0).astype(int) + (top >= 0) + (left >= 0) + (right >= 0)
    pairs = []
    two = n_cross == 2
    ends = np.stack([bottom[two], right[two], top[two], left[two]], axis=1)
    ends = np.sort(ends, axis=1)[:, 2:]
    pairs.append(ends)
    sj, si = np.nonzero(n_cross == 4)
    if len(sj):
        # a saddle: the centre's side says which corners the divide cuts off
        centre = np.column_stack([0.5 * (x[si] + x[si + 1]), 0.5 * (y[sj] + y[sj + 1])])
        joined = wrong(centre) == lab[sj, si]  # the corners (j, i) and (j+1, i+1) are joined
        b_, r_, t_, l_ = bottom[sj, si], right[sj, si], top[sj, si], left[sj, si]
        pairs.append(
            np.where(joined[:, None], np.column_stack([b_, r_]), np.column_stack([b_, l_]))
        )
        pairs.append(
            np.where(joined[:, None], np.column_stack([t_, l_]), np.column_stack([t_, r_]))
        )
    pairs = np.vstack(pairs)
    if not len(pairs):
        return []
    # bend each piece onto the divide: chords (piece, t0, t1) with their end points
    seg = np.arange(len(pairs))
    t0, t1 = np.zeros(len(pairs)), np.ones(len(pairs))
    pa, pb = cross[pairs[:, 0]], cross[pairs[:, 1]]
    done = []
    thr = 0.5 * tol
    for _ in range(40):
        if not len(seg):
            break
        mid = 0.5 * (pa + pb)
        k = _metric(mid[:, 1])
        u = (pb - pa) * k
        half = 0.5 * np.hypot(u[:, 0], u[:, 1])
        normal = np.column_stack([-u[:, 1], u[:, 0]]) / np.maximum(2 * half, 1e-300)[:, None] / k
        n = len(seg)
        # the divide crosses the chord's normal within half the tolerance of its middle
        lab = wrong(np.vstack([mid, mid + thr * normal, mid - thr * normal])).reshape(3, n)
        split = (lab[1] == lab[2]) & (half > thr)
        at = mid.copy()
        idx = np.nonzero(split)[0]
        if len(idx):
            # otherwise find the nearest crossing of the normal, looking ever farther out
            # (every reach judged at once; the nearest reach with a crossing is taken)
            m = len(idx)
            r = (_REACHES[:, None] * half[idx])[:, :, None] * normal[idx]
            before = np.vstack([np.full(m, thr), _REACHES[:-1, None] * half[idx]])
            r0 = np.maximum.accumulate(before, axis=0)[:, :, None] * normal[idx]
            lm = lab[0, idx]
            far = np.vstack([(mid[idx] + r).reshape(-1, 2), (mid[idx] - r).reshape(-1, 2)])
            turned = wrong(far).reshape(2, len(_REACHES), m) != lm  # on the middle's other side
            hit = turned[0] | turned[1]
            found = hit.any(axis=0)
            j = np.argmax(hit, axis=0)[found]
            h = idx[found]
            cols = np.nonzero(found)[0]
            up = turned[0, j, cols][:, None]
            outer = np.where(up, mid[h] + r[j, cols], mid[h] - r[j, cols])
            inner = np.where(up, mid[h] + r0[j, cols], mid[h] - r0[j, cols])
            inw = np.where(lm[found, None], inner, outer)
            out = np.where(lm[found, None], outer, inner)
            at[h] = _bisect(inw, out, wrong, eps)
            idx = idx[~found]
        split[idx] = False  # not found near the chord: left as it is
        keep = ~split
        done.append((seg[keep], t0[keep], pa[keep], pb[keep]))
        tm = 0.5 * (t0 + t1)
        s_ = split
        seg = np.concatenate([seg[s_], seg[s_]])
        t0, t1 = np.concatenate([t0[s_], tm[s_]]), np.concatenate([tm[s_], t1[s_]])
        pa, pb = np.concatenate([pa[s_], at[s_]]), np.concatenate([at[s_], pb[s_]])
    done.append((seg, t0, pa, pb))
    seg = np.concatenate([d[0] for d in done])
    t0 = np.concatenate([d[1] for d in done])
    pa = np.concatenate([d[2] for d in done])
    pb = np.concatenate([d[3] for d in done])
    order = np.lexsort((t0, seg))
    seg, pa, pb = seg[order], pa[order], pb[order]
    cuts = np.nonzero(np.diff(seg))[0] + 1
    return [
        np.vstack([a_, b_[-1:]])
        for a_, b_ in zip(np.split(pa, cuts), np.split(pb, cuts), strict=True)
    ]


def _stacked(groups: Sequence[np.ndarray], owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Groups of points (each (m, 2) lon/lat degrees) stacked, with each point's owner.

    ``owners`` holds one index per group; the second result repeats it
    once for each of the group's points, (total,) ints.
    """
    sizes = [len(g) for g in groups]
    pts = np.vstack([np.zeros((0, 2)), *groups])
    return pts, np.repeat(np.asarray(owners, dtype=int), sizes)


def _sum_per(owner: np.ndarray, values: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Sum of ``values`` over the points of each owner ``0..n-1``, and how many points it has.

    Both results are (n,); an owner without points gets 0 and 0.
    """
    total = np.bincount(owner, weights=np.asarray(values, dtype=float), minlength=n)
    return total, np.bincount(owner, minlength=n)


def _fold_cells(
    both: Polygon | MultiPolygon,
    index: LineIndex,
    side: int,
    keep: Sequence[tuple[float, float]],
    tol: float,
    w: float,
) -> Polygon | MultiPolygon | None:
    """The parts of a fold that lie on the other side than ``side``.

    Over each part of the fold, the divide between the sides (where the
    nearest part of the line changes side, :func:`~.geodesy.side_of`) is
    traced within the tolerance (:func:`_divide_lines`, on a grid of
    about :data:`FOLD_CELLS` cells); the faces it cuts the part's box into
    are judged each by the side of a point inside it (a face holding a
    point of ``keep`` by that point), and those on the other side merged,
    cut to the part widened by a hair.
    """

    def sides(pts: np.ndarray) -> np.ndarray:
        if not len(pts):
            return np.zeros(0, dtype=int)
        return side_of(pts[:, 0], pts[:, 1], index)

    def wrong(pts: np.ndarray) -> np.ndarray:
        return sides(pts) == -side

    kp = np.asarray(keep, dtype=float).reshape(-1, 2)
    ksign = side_of(kp[:, 0], kp[:, 1], index) if len(kp) else np.zeros(0, dtype=int)
    # the line and the divides beyond its ends are where the side changes most often:
    # drawn exactly, they split the faces even where they run between grid points
    segs = index.segs
    walk0, walk1 = end_directions(segs)
    known = [*_geodesic_paths(segs, 0.1 * tol)]
    for lon, lat, walk in (
        (segs.lon[0], segs.lat[0], walk0),
        (segs.end_lon[-1], segs.end_lat[-1], walk1),
    ):
        for turn in (0.0, 180.0):
            known.append(np.vstack([[lon, lat], _ray(lon, lat, walk + turn, w)]))
    ids = np.repeat(np.arange(len(known)), [len(c) for c in known])
    known_lines = shapely.linestrings(np.vstack(known), indices=ids)

    def faces_in(bounds: tuple[float, ...], step: float) -> np.ndarray:
        """The faces the divide cuts a box (a grid of ``step`` degrees, reaching past it) into."""
        x0, y0, x1, y1 = bounds
        step = max(step, 1e-7)
        # the grid reaches past the box, so the box is inside its outer cells
        x = x0 - step + step * np.arange(int(np.ceil((x1 - x0) / step)) + 3)
        y = y0 - step + step * np.arange(int(np.ceil((y1 - y0) / step)) + 3)
        box = shapely.box(x[0], y[0], x[-1], y[-1])
        lines = _divide_lines(x, y, wrong, tol)
        pieces = [box.exterior, *shapely.clip_by_rect(known_lines, x[0], y[0], x[-1], y[-1])]
        if lines:
            ids = np.repeat(np.arange(len(lines)), [len(c) for c in lines])
            pieces += list(shapely.linestrings(np.vstack(lines), indices=ids))
        return np.asarray(shapely.get_parts(shapely.polygonize([shapely.union_all(pieces)])))

    out = []
    for part in getattr(both, "geoms", [both]):
        x0, y0, x1, y1 = part.bounds
        step = np.sqrt((x1 - x0) * (y1 - y0) / FOLD_CELLS)
        faces = faces_in(part.bounds, step)
        shapely.prepare(part)
        faces = faces[shapely.intersects(part, faces)]
        settled = []
        # a face whose sampled points are not all on one side holds a divide the grid
        # passed between its points (two parts of the line close together): finer grids
        for _ in range(_FOLD_LEVELS):
            if not len(faces):
                break
            step /= 4.0
            # faces thinner than a few tolerances lie between a traced divide and the line
            wide = 2.0 * shapely.area(faces) / shapely.length(faces) * _DEG_M > 4.0 * tol
            inset = 10.0 * tol / _DEG_M
            # points spread inside each wide face, and all round just inside its outline
            # (where parts of the line close together leave their divides): judged at once
            judged = np.nonzero(wide)[0]
            rims = shapely.buffer(faces[judged], -inset)
            rims = shapely.segmentize(shapely.boundary(rims), step)
            rim_pts, rim_of = shapely.get_coordinates(rims, return_index=True)
            inner, inner_of = _stacked(
                [interior_samples(faces[k], _FACE_SAMPLES, seed=int(k)) for k in judged], judged
            )
            face_of = np.concatenate([inner_of, judged[rim_of]])
            n_wrong, n_pts = _sum_per(face_of, wrong(np.vstack([inner, rim_pts])), len(faces))
            mixed = (n_pts > 1) & (n_wrong > 0) & (n_wrong < n_pts)
            settled += list(faces[~mixed])
            finer = []
            for face in faces[mixed]:
                sub = faces_in(face.bounds, max(step, np.sqrt(face.area / FOLD_CELLS)))
                sub = shapely.intersection(face, sub)
                finer += [
                    g
                    for g in shapely.get_parts(sub)
                    if isinstance(g, Polygon) and not g.is_empty and g.area > 0
                ]
            faces = np.asarray(finer, dtype=object)
        faces = np.asarray(settled + list(faces), dtype=object)
        if not len(faces):
            continue
        rep = shapely.get_coordinates(shapely.point_on_surface(faces))
        sign = side_of(rep[:, 0], rep[:, 1], index)
        # a face whose point fell on the line (a face that runs thin along it) is judged
        # by the sides of points spread inside it instead
        on = np.nonzero(sign == 0)[0]
        if len(on):
            pts, face_of = _stacked(
                [interior_samples(faces[k], _FACE_SAMPLES, seed=int(k)) for k in on], on
            )
            total, _ = _sum_per(face_of, sides(pts), len(faces))
            sign[on] = np.sign(total[on]).astype(int)
        for (klon, klat), ks in zip(kp, ksign, strict=True):
            if ks != 0:
                sign[shapely.contains_xy(faces, klon, klat)] = ks
        bad = faces[sign == -side]
        if len(bad):
            merged = shapely.union_all(bad)
            out.append(shapely.intersection(merged, shapely.buffer(part, 2 * _HAIR_DEG)))
    if not out:
        return None
    return shapely.union_all(out)


_HAIR_DEG = 2e-7
"""Overlaps thinner than about twice this (degrees, some 2 cm) are rounding, not folds."""

_SLIVER_DEG2 = 1e-10
"""Holes and parts smaller than this (about 1 m²) are noise from unioning shared edges."""


def _drop_slivers(geom) -> Polygon | MultiPolygon:
    polys = []
    parts = [geom]
    while any(hasattr(p, "geoms") for p in parts):
        parts = [q for p in parts for q in getattr(p, "geoms", [p])]
    for p in parts:
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
    cap: str = "round",
    keep: Sequence[tuple[float, float]] = (),
) -> Polygon | MultiPolygon:
    """A reported zone as geometry.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees (EPSG:4326).
    width_km : float
        The reported width, km.
    semantics : {"total", "per_side", "depth"}
        How to read the width (docs/architecture.md: width semantics).
    side : int, optional
        ``RIGHT`` or ``LEFT``; required for ``depth``.
    tolerance_m : float
        Boundary accuracy target, metres.
    cap : {"round", "flat"}
        How the zone ends beyond the line's ends (see :func:`side_zone`).
    keep : sequence of (lon, lat)
        For depth zones: points judged by their own side where the line
        folds back (see :func:`side_zone`).

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
        return side_zone(line, w, [side], tolerance_m, cap, keep)
    return side_zone(line, w, [LEFT, RIGHT], tolerance_m, cap)


def ring(inner: Polygon | MultiPolygon, outer: Polygon | MultiPolygon) -> Polygon | MultiPolygon:
    """The band an outer zone adds over an inner one (lon/lat degrees; its polygons only)."""
    return _drop_slivers(shapely.difference(outer, inner))


@dataclass(frozen=True)
class ZoneError:
    """How far a zone is from its definition.

    Attributes
    ----------
    max_abs_m : float
        Largest |distance to line − nominal| (m) over the sampled boundary.
    p99_abs_m : float
        99th percentile of the same (m).
    samples : int
        Boundary points measured (vertices and points between them).
    vertices : int
        Boundary vertices of the zone.
    inside_share : float
        Share of points sampled inside the zone that are within the
        distance of the line (plus the tolerance) and, for a one-sided zone,
        on its side: 1.0 for a zone that is right everywhere sampled.
    """

    max_abs_m: float
    p99_abs_m: float
    samples: int
    vertices: int
    inside_share: float = 1.0


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


def interior_samples(geom: Polygon | MultiPolygon, n: int, seed: int = 0) -> np.ndarray:
    """About ``n`` points spread at random inside a zone, (m, 2) lon/lat degrees."""
    rng = np.random.default_rng(seed)
    x0, y0, x1, y1 = geom.bounds
    box_area = max((x1 - x0) * (y1 - y0), 1e-300)
    tries = int(np.clip(n * box_area / max(geom.area, 1e-300) * 1.3, n, 50 * n))
    x = rng.uniform(x0, x1, tries)
    y = rng.uniform(y0, y1, tries)
    inside = shapely.contains_xy(geom, x, y)
    return np.column_stack([x[inside], y[inside]])[:n]


def vertex_count(geom: Polygon | MultiPolygon) -> int:
    """Distinct boundary vertices (closing points not counted)."""
    n = 0
    for poly in getattr(geom, "geoms", [geom]):
        if not isinstance(poly, Polygon):
            continue
        n += len(poly.exterior.coords) - 1
        n += sum(len(r.coords) - 1 for r in poly.interiors)
    return n


_ON_M = 0.1
"""A boundary point this close (m) to the line or to an end's ray lies on it."""


def _ray_distance(
    pts: np.ndarray, rays: list[tuple[float, float, float]], w_m: float
) -> np.ndarray:
    """Distance (m) from points to geodesic rays of length ``w_m`` from (lon, lat, azimuth)."""
    out = np.full(len(pts), np.inf)
    for lon, lat, az in rays:
        elon, elat, _ = forward(lon, lat, az, w_m)
        seg = np.array([[lon, lat], [float(elon), float(elat)]])
        d, _, _ = LineIndex(seg).query(pts[:, 0], pts[:, 1])
        out = np.minimum(out, d)
    return out


def geodesic_error(
    geom: Polygon | MultiPolygon,
    line: np.ndarray,
    w_m: float,
    one_sided: bool = False,
    between: int = 3,
    *,
    side: int | None = None,
    cap: str = "round",
    interior: int = 500,
    tolerance_m: float = DEFAULT_TOLERANCE_M,
    index: LineIndex | None = None,
) -> ZoneError:
    """Measure a zone against its definition (docs/architecture.md: geodesic error).

    For points along the boundary (vertices and ``between`` points on each
    edge): the ellipsoidal distance to the line minus ``w_m``. Boundary
    points that lie by definition nearer than ``w_m`` (on the line itself
    for a one-sided zone, on the divide beyond its ends, or on a flat end)
    are only required to be no farther than ``w_m``; on a one-sided zone,
    a point short of ``w_m`` elsewhere must lie on the divide between the
    sides, and its error is how far from it it may be (the least of a
    ladder of reaches, from half the tolerance up, at which its side
    changes). Then ``interior`` points spread
    inside the zone must be within ``w_m`` (plus the tolerance) and, for a
    one-sided zone with ``side`` given, on that side.

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
    side : int, optional
        ``RIGHT`` or ``LEFT``: the side a one-sided zone lies on.
    cap : {"round", "flat"}
        How the zone ends beyond the line's ends.
    interior : int
        Points sampled inside the zone for ``inside_share``.
    tolerance_m : float
        The zone's boundary tolerance (m).
    index : LineIndex, optional
        The distance index of the cleaned line (:func:`clean_line`), when
        several zones along one line are checked: built here when not given.
    """
    xy = clean_line(line)
    if antimeridian.crosses(xy[:, 0]) or antimeridian.touches_edge(geom):
        # measure a zone split at ±180° whole, in the frame it was built in
        centre = antimeridian.frame_centre(xy[:, 0])
        xy = antimeridian.to_frame(xy, centre)
        geom = antimeridian.into_frame(geom, centre)
        index = None
    if index is None or len(index.segs) != len(xy) - 1:
        index = LineIndex(xy)
    segs = index.segs
    pts = boundary_samples(geom, between)
    dist, _, _ = index.query(pts[:, 0], pts[:, 1])
    err = dist - w_m
    rays: list[tuple[float, float, float]] = []
    if cap == "flat":
        for az0, az1 in ((segs.azimuth[0], segs.end_azimuth[-1]),):
            for sgn in (RIGHT, LEFT):
                rays.append((float(segs.lon[0]), float(segs.lat[0]), float(az0) + sgn * 90.0))
                rays.append(
                    (float(segs.end_lon[-1]), float(segs.end_lat[-1]), float(az1) + sgn * 90.0)
                )
    allowed = np.zeros(len(pts), dtype=bool)
    if one_sided:
        walk0, walk1 = end_directions(segs)
        for turn in (0.0, 180.0):
            rays.append((float(segs.lon[0]), float(segs.lat[0]), walk0 + turn))
            rays.append((float(segs.end_lon[-1]), float(segs.end_lat[-1]), walk1 + turn))
        allowed |= dist < _ON_M
    # points on a flat end or on the divide beyond an end are short of the width by definition
    if rays:
        allowed |= _ray_distance(pts, rays, w_m) < _ON_M
    if one_sided:
        # the divide where the line folds back: the side changes close by, and how close
        # (the least reach at which it changes) is the point's error
        short = ~allowed & (err < -tolerance_m)
        idx = np.nonzero(short)[0]
        own = side_of(pts[idx, 0], pts[idx, 1], index)
        r = max(0.05 * w_m, 200.0)
        ladder = [tolerance_m * f for f in (0.5, 1.0, 2.0)] + [2.0, 5.0, 20.0, 100.0, r / 3.0, r]
        for reach in sorted(x for x in set(ladder) if x <= r):
            if not len(idx):
                break
            q = pts[idx]
            turns = np.arange(0.0, 360.0, 45.0)
            qlon, qlat, _ = forward(
                np.repeat(q[:, 0], len(turns)),
                np.repeat(q[:, 1], len(turns)),
                np.tile(turns, len(q)),
                reach,
            )
            probe = side_of(qlon, qlat, index).reshape(len(q), len(turns))
            stack = np.column_stack([own, probe])
            mixed = (stack.max(axis=1) > 0) & (stack.min(axis=1) < 0)
            err[idx[mixed]] = reach
            idx, own = idx[~mixed], own[~mixed]
    err = np.where(allowed, np.maximum(err, 0.0), err)
    abs_err = np.abs(err)
    share = 1.0
    if interior:
        inner = interior_samples(geom, interior)
        if len(inner):
            d_in, _, _ = index.query(inner[:, 0], inner[:, 1])
            ok = d_in <= w_m + tolerance_m
            if one_sided and side in (RIGHT, LEFT):
                # within the tolerance of the line, its chords may cross it
                on_line = d_in <= tolerance_m
                ok &= on_line | (side_of(inner[:, 0], inner[:, 1], index) != -side)
            share = float(ok.mean())
    return ZoneError(
        float(abs_err.max()),
        float(np.percentile(abs_err, 99)),
        len(pts),
        vertex_count(geom),
        share,
    )
