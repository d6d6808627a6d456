"""Geodesic primitives on the WGS84 ellipsoid: azimuths, offsets and distances to lines.

Every function here works on longitude/latitude in degrees (EPSG:4326) and
distances in metres, and every distance is ellipsoidal (Karney's algorithms
through :class:`pyproj.Geod`). A *line* is a sequence of vertices joined by
geodesic edges.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from pyproj import Geod

GEOD = Geod(ellps="WGS84")
"""The WGS84 ellipsoid every computation in geozone uses."""

_NEWTON_STEPS = 12
_NEWTON_STOP_M = 1e-4
"""Newton's iteration stops for a point once its step is below this (m): the foot's
position matters too (a point's side is read there), not only its distance."""
_AT_VERTEX_M = 1e-3
"""A foot point this close (m) to an inner vertex is taken to be the vertex."""


_HALVES_FROM = 20_000
"""Geodesic problems solved in two threads from this many points on (PROJ works
outside Python's lock)."""
_POOL: list[ThreadPoolExecutor] = []
if hasattr(os, "register_at_fork"):
    # a forked child has none of its parent's threads: it starts a pool of its own
    os.register_at_fork(after_in_child=_POOL.clear)


def _in_halves(solve, *arrays: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``solve(*arrays)`` (a :class:`pyproj.Geod` method), large inputs split in two threads."""
    n = arrays[0].size
    if n < _HALVES_FROM:
        return tuple(np.asarray(r, dtype=float).reshape(arrays[0].shape) for r in solve(*arrays))
    if not _POOL:
        _POOL.append(ThreadPoolExecutor(1, thread_name_prefix="geodesy"))
    flat = [np.ravel(a) for a in arrays]
    half = n // 2
    first = _POOL[0].submit(solve, *(a[:half] for a in flat))
    second = solve(*(a[half:] for a in flat))
    both = zip(first.result(), second, strict=True)
    return tuple(np.concatenate([a, b]).reshape(arrays[0].shape) for a, b in both)


def wrap180(angle: np.ndarray | float) -> np.ndarray:
    """Wrap angles in degrees into [-180, 180)."""
    return (np.asarray(angle, dtype=float) + 180.0) % 360.0 - 180.0


def forward(
    lon: np.ndarray, lat: np.ndarray, azimuth: np.ndarray, distance_m: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Walk along geodesics: the direct problem.

    Parameters
    ----------
    lon, lat : array_like
        Start points in degrees (EPSG:4326).
    azimuth : array_like
        Start azimuths in degrees clockwise from north.
    distance_m : array_like
        Distances to walk, in metres.

    Returns
    -------
    lon, lat, azimuth : numpy.ndarray
        End points in degrees and the forward azimuth (degrees) of the
        geodesic at the end point.
    """
    lon, lat, azimuth, distance_m = np.broadcast_arrays(
        *(np.asarray(a, dtype=float) for a in (lon, lat, azimuth, distance_m))
    )
    lon2, lat2, back = _in_halves(GEOD.fwd, lon, lat, azimuth, distance_m)
    return lon2, lat2, wrap180(back + 180.0)


def inverse(
    lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Solve the inverse problem between point pairs.

    Returns
    -------
    azimuth1, azimuth2, distance_m : numpy.ndarray
        Forward azimuth at the first point, forward azimuth at the second
        point (degrees) and the geodesic distance in metres.
    """
    lon1, lat1, lon2, lat2 = np.broadcast_arrays(
        *(np.asarray(a, dtype=float) for a in (lon1, lat1, lon2, lat2))
    )
    az1, back, dist = _in_halves(GEOD.inv, lon1, lat1, lon2, lat2)
    return az1, wrap180(back + 180.0), dist


@dataclass(frozen=True)
class Segments:
    """The geodesic edges of a line.

    Attributes
    ----------
    lon, lat : numpy.ndarray
        Start vertex of each edge, degrees.
    end_lon, end_lat : numpy.ndarray
        End vertex of each edge, degrees.
    azimuth : numpy.ndarray
        Azimuth of the edge at its start, degrees.
    end_azimuth : numpy.ndarray
        Forward azimuth of the edge at its end, degrees.
    length_m : numpy.ndarray
        Edge lengths in metres.
    """

    lon: np.ndarray
    lat: np.ndarray
    end_lon: np.ndarray
    end_lat: np.ndarray
    azimuth: np.ndarray
    end_azimuth: np.ndarray
    length_m: np.ndarray

    @cached_property
    def end_walks(self) -> tuple[float, float]:
        """Walking directions (degrees) at the start and at the end (:func:`end_directions`)."""
        return _end_walks(self)

    @classmethod
    def of(cls, coords: np.ndarray) -> Segments:
        """Build the edges of a line given as an (n, 2) array of lon/lat degrees."""
        xy = np.asarray(coords, dtype=float)[:, :2]
        az1, az2, length = inverse(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1])
        return cls(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1], az1, az2, length)

    def __len__(self) -> int:
        return len(self.length_m)

    def point_at(
        self, index: np.ndarray, s_m: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Points ``s_m`` metres along edges ``index``, with the edge azimuth there.

        The parameter is clamped to the edge; an edge's start (``s_m == 0``)
        and end (``s_m == length``) return its vertices exactly.
        """
        index = np.asarray(index, dtype=int)
        s = np.clip(np.asarray(s_m, dtype=float), 0.0, self.length_m[index])
        lon, lat, az = forward(self.lon[index], self.lat[index], self.azimuth[index], s)
        at_start = s <= 0.0
        at_end = s >= self.length_m[index]
        lon = np.where(at_start, self.lon[index], np.where(at_end, self.end_lon[index], lon))
        lat = np.where(at_start, self.lat[index], np.where(at_end, self.end_lat[index], lat))
        az = np.where(at_start, self.azimuth[index], np.where(at_end, self.end_azimuth[index], az))
        return lon, lat, az

    def foot(
        self, index: np.ndarray, lon: np.ndarray, lat: np.ndarray, s0: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Nearest point on each given edge to each point.

        Newton's iteration on the along-edge parameter: at the current foot
        the geodesic to the point must leave at right angles to the edge.

        Parameters
        ----------
        index : array_like of int
            Edge index per point.
        lon, lat : array_like
            The points, degrees.
        s0 : array_like, optional
            Starting guesses for the parameter in metres (default: mid-edge).

        Returns
        -------
        distance_m, s_m : numpy.ndarray
            Ellipsoidal distance from each point to its edge, and the
            parameter of the foot along the edge (metres from its start).
        """
        index = np.asarray(index, dtype=int)
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        length = self.length_m[index]
        s = 0.5 * length if s0 is None else np.clip(np.asarray(s0, dtype=float), 0, length)
        dist = np.empty(len(index))
        todo = np.arange(len(index))
        for step_no in range(_NEWTON_STEPS + 1):
            flon, flat, faz = self.point_at(index[todo], s[todo])
            az, _, d = inverse(flon, flat, lon[todo], lat[todo])
            dist[todo] = d
            if step_no == _NEWTON_STEPS:
                break
            s_new = np.clip(s[todo] + d * np.cos(np.radians(az - faz)), 0.0, length[todo])
            moved = np.abs(s_new - s[todo]) >= _NEWTON_STOP_M
            s[todo] = s_new
            # a point whose step was tiny already has its distance (to far below 1 mm)
            todo = todo[moved]
            if not len(todo):
                break
        return dist, s


_A_M = GEOD.a
_E2 = GEOD.es
_PIECE_M = 250.0
"""Longest piece (m) the distance index samples a geodesic edge into."""
_EXACT_M = 1e-3
"""Distances to a line are exact to this (m): a piece that cannot come closer
than the best distance found minus this is not solved."""
_FLAT_SLOPE = 1e-6
"""A piece whose distance changes slower than this (m per m) at an end is taken to
have its least there: the least lies within ``slope · d`` of the end and below it by
at most ``slope² · d / 2`` (5 µm at a distance of 10,000 km)."""
_CHUNK = 8192
_PAIRS = 1 << 18
"""Most point-sample pairs weighed at once when every sample counts (a few MB per array)."""
_SLACK_M = 1e-6
"""Rounding allowance (m) between a chord and a geodesic computed apart."""


def _kdtree() -> type:
    """pykdtree's ``KDTree``, its queries kept to the calling thread.

    The index is queried many times on a few points, from two threads at a
    time: an OpenMP team per query then costs more than the query (four
    times more on a busy two-core machine). OpenMP reads its thread count
    once, when pykdtree loads it, so it is set first, unless already set.
    """
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from pykdtree.kdtree import KDTree

    return KDTree


def ecef(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Earth-centred Cartesian coordinates (m) of points on the WGS84 ellipsoid, (n, 3)."""
    lam, phi = np.radians(lon), np.radians(lat)
    n = _A_M / np.sqrt(1.0 - _E2 * np.sin(phi) ** 2)
    return np.stack(
        [n * np.cos(phi) * np.cos(lam), n * np.cos(phi) * np.sin(lam), n * (1 - _E2) * np.sin(phi)],
        -1,
    )


def _piece_bound(da: np.ndarray, db: np.ndarray, h: np.ndarray) -> np.ndarray:
    """Lower bound (m) on the distance from a point to a geodesic piece of length ``h``.

    ``da`` and ``db`` are lower bounds on the distances to the piece's ends.
    Two facts bound the distance ``d(s)`` along the piece: the triangle
    inequality (``d >= (da + db - h) / 2``), and, since the ellipsoid's
    curvature is positive, ``d'' <= 1 / d`` (the Riccati comparison for the
    geodesic distance from a point), so ``d`` never dips more than
    ``h² / (8 d_low)`` below the lower of its end values.
    """
    low = 0.5 * (da + db - h)
    dip = np.where(low > 0, h * h / (8.0 * np.maximum(low, 1e-300)), np.inf)
    return np.maximum(np.maximum(low, 0.0), np.minimum(da, db) - dip)


_CURVE_R_M = 6.33e6
"""Below WGS84's least radius of curvature (m, 6,335 km: north-south on the equator):
no geodesic bends more sharply than a circle of this radius."""


def _geodesic_above(chord_m: np.ndarray) -> np.ndarray:
    """Upper bound (m) on the geodesic distance between points ``chord_m`` apart in space.

    A geodesic of the ellipsoid bends in space no more than a circle of radius
    :data:`_CURVE_R_M`, and a curve whose curvature is bounded by ``1/R`` spans
    a chord no shorter than the arc of that circle of the same length (Schur's
    comparison theorem), so the geodesic is at most ``2 R asin(c / 2R)``.
    """
    half = np.minimum(chord_m / (2.0 * _CURVE_R_M), 1.0)
    return 2.0 * _CURVE_R_M * np.arcsin(half) * (1.0 + 1e-12) + _SLACK_M


def _unique(keys: np.ndarray) -> np.ndarray:
    """Sorted distinct values of an integer array."""
    keys = np.sort(keys)
    return keys[np.concatenate([[True], keys[1:] != keys[:-1]])] if len(keys) else keys


class LineIndex:
    """A spatial index of a line for exact nearest-point queries.

    Each geodesic edge is sampled into pieces no longer than 250 m (the
    samples lie exactly on the geodesic); the samples go into a k-d tree of
    their Earth-centred coordinates. A query takes the nearest samples by
    chord (a chord is never longer than the geodesic), bounds every piece
    from below with :func:`_piece_bound`, solves exactly only the pieces
    that can still be nearest, and widens its search until every piece left
    out is provably farther than the best distance found.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) vertices, lon/lat degrees (EPSG:4326), joined by geodesics.
    """

    def __init__(self, line: np.ndarray) -> None:
        kdtree = _kdtree()
        self.segs = segs = Segments.of(line)
        n_pieces = np.maximum(1, np.ceil(segs.length_m / _PIECE_M)).astype(int)
        edge = np.repeat(np.arange(len(segs)), n_pieces)
        first = np.repeat(np.cumsum(n_pieces) - n_pieces, n_pieces)
        k = np.arange(len(edge)) - first
        h = segs.length_m[edge] / n_pieces[edge]
        s = k * h
        lon, lat, az = segs.point_at(edge, s)
        self.lon = np.append(lon, segs.end_lon[-1])
        self.lat = np.append(lat, segs.end_lat[-1])
        self.edge = np.append(edge, len(segs) - 1)
        self.s = np.append(s, segs.length_m[-1])
        self.h = h  # length of piece j, from sample j to sample j + 1
        # azimuth of piece j at its start and at its end (degrees)
        self.az0 = az
        same = np.append(edge[1:] == edge[:-1], False)
        self.az1 = np.where(same, np.append(az[1:], 0.0), segs.end_azimuth[edge])
        self.h_max = float(h.max())
        self.xyz = np.ascontiguousarray(ecef(self.lon, self.lat))
        self.tree = kdtree(self.xyz)

    def query(self, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Distance (m), nearest edge and position along it (m) for each point."""
        lon = np.atleast_1d(np.asarray(lon, dtype=float))
        lat = np.atleast_1d(np.asarray(lat, dtype=float))
        out = [np.empty(lon.shape), np.empty(lon.shape, dtype=int), np.empty(lon.shape)]
        chunks = [slice(a, a + _CHUNK) for a in range(0, len(lon), _CHUNK)]

        def one(sl: slice) -> None:
            for o, v in zip(out, self._query(lon[sl], lat[sl]), strict=True):
                o[sl] = v

        if len(chunks) > 1:
            # chunks in two threads: PROJ and numpy's large loops run outside Python's lock
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(one, chunks))
        else:
            for sl in chunks:
                one(sl)
        return out[0], out[1], out[2]

    def _query(self, lon, lat):
        m = len(self.lon)
        xyz = ecef(lon, lat)
        todo = np.arange(len(lon))
        k = min(8, m)
        best_d = np.empty(len(lon))
        best_e = np.empty(len(lon), dtype=int)
        best_s = np.empty(len(lon))
        while len(todo):
            if k >= m:
                # every sample is a candidate: in row blocks that bound the memory
                rows = max(1, _PAIRS // m)
                for a in range(0, len(todo), rows):
                    p = todo[a : a + rows]
                    chord, near = self._every_sample(xyz[p])
                    best_d[p], best_e[p], best_s[p] = self._refine(
                        lon[p], lat[p], xyz[p], near, _geodesic_above(chord[:, 0])
                    )
                break
            chord, near = self.tree.query(np.ascontiguousarray(xyz[todo]), k=k)
            chord = chord.reshape(len(todo), k)
            near = near.reshape(len(todo), k).astype(np.int64)
            ub = _geodesic_above(chord[:, 0])
            c_k = chord[:, -1]
            outside = _piece_bound(c_k, c_k, np.full(len(todo), self.h_max))
            enough = outside > ub * (1 + 1e-12) + _SLACK_M
            p_done = todo[enough]
            if len(p_done):
                d, e, s = self._refine(
                    lon[p_done], lat[p_done], xyz[p_done], near[enough], ub[enough]
                )
                best_d[p_done], best_e[p_done], best_s[p_done] = d, e, s
            todo = todo[~enough]
            # past a quarter of the samples the tree costs more than every chord
            k = m if 16 * k > m else 4 * k
        return best_d, best_e, best_s

    def _every_sample(self, xyz: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Chords (m) to every sample, the nearest first, and the samples' indices.

        Only the first column is in order (the nearest sample); the rest are
        the other samples in the line's order.
        """
        n, m = len(xyz), len(self.lon)
        chord = np.linalg.norm(xyz[:, None, :] - self.xyz[None, :, :], axis=2)
        near = np.broadcast_to(np.arange(m), (n, m)).copy()
        rows = np.arange(n)
        first = np.argmin(chord, axis=1)
        near[rows, 0], near[rows, first] = first, 0
        chord[rows, 0], chord[rows, first] = chord[rows, first], chord[rows, 0]
        return chord, near

    def _pieces_near(self, xyz, near):
        """Pieces next to the samples found, with a lower bound (m) on their distance.

        For each point, pieces ``j - 1`` (ending at sample ``j``) and ``j``
        (starting at it) of every sample found, bounded through their ends'
        chords; a piece next to none of them is farther than the k-th chord
        allows, which the caller has checked.
        """
        n, k = near.shape
        m = len(self.lon)
        p = np.repeat(np.arange(n), k)
        j = near.ravel()
        cp = np.concatenate([p[j > 0], p[j < m - 1]])
        cj = np.concatenate([j[j > 0] - 1, j[j < m - 1]])
        q = xyz[cp]
        d0 = q - self.xyz[cj]
        d1 = q - self.xyz[cj + 1]
        c0 = np.sqrt(np.einsum("ij,ij->i", d0, d0))
        c1 = np.sqrt(np.einsum("ij,ij->i", d1, d1))
        return cp, cj, _piece_bound(c0, c1, self.h[cj])

    def _refine(self, lon, lat, xyz, near, ub):
        # first, the nearest sample alone: where the distance rises away from it along
        # both pieces next to it (convexity, see _solve) and every other piece is
        # bounded beyond it, it is the nearest point (the usual case off a bend)
        m = len(self.lon)
        j0 = near[:, 0]
        _, arrive, d0 = inverse(lon, lat, self.lon[j0], self.lat[j0])
        after = np.minimum(j0, m - 2)
        before = np.maximum(j0 - 1, 0)
        ok = (j0 == m - 1) | (np.cos(np.radians(self.az0[after] - arrive)) >= -_FLAT_SLOPE)
        ok &= (j0 == 0) | (np.cos(np.radians(self.az1[before] - arrive)) <= _FLAT_SLOPE)
        cp, cj, lb = self._pieces_near(xyz, near)
        other = (cj != j0[cp]) & (cj != j0[cp] - 1)
        ok[cp[other & (lb < d0[cp] - _EXACT_M)]] = False
        dist, edge, s = d0, self.edge[j0], self.s[j0]
        rest = np.nonzero(~ok)[0]
        if len(rest):
            dist, edge, s = dist.copy(), edge.copy(), s.copy()
            dist[rest], edge[rest], s[rest] = self._solve(
                lon[rest], lat[rest], xyz[rest], near[rest], ub[rest]
            )
        return dist, edge, s

    def _solve(self, lon, lat, xyz, near, ub):
        n = len(near)
        m = len(self.lon)
        cp, cj, lb = self._pieces_near(xyz, near)
        keep = lb <= ub[cp] * (1 + 1e-12) + _SLACK_M  # chord and geodesic round apart
        uniq = _unique(cp[keep] * m + cj[keep])
        cp, cj = uniq // m, uniq % m
        # exact distances to the ends of the pieces that may be nearest
        ends = _unique(np.concatenate([cp * m + cj, cp * m + cj + 1]))
        ep, ej = ends // m, ends % m
        _, arrive, ed = inverse(lon[ep], lat[ep], self.lon[ej], self.lat[ej])

        def exact_of(pp, jj):
            at = np.searchsorted(ends, pp * m + jj)
            return ed[at], arrive[at]

        best = np.full(n, np.inf)
        np.minimum.at(best, ep, ed)
        (da, arr_a), (db, arr_b), h = exact_of(cp, cj), exact_of(cp, cj + 1), self.h[cj]
        # the distance is convex along a piece (positive curvature, distances far below
        # a quarter meridian): where it rises at the start or falls at the end, the
        # least is at that end, which is already measured
        rises = np.cos(np.radians(self.az0[cj] - arr_a)) >= -_FLAT_SLOPE
        falls = np.cos(np.radians(self.az1[cj] - arr_b)) <= _FLAT_SLOPE
        solve = (_piece_bound(da, db, h) < best[cp] - _EXACT_M) & ~rises & ~falls
        sp, sj = cp[solve], cj[solve]
        da, db, h = da[solve], db[solve], h[solve]
        edge = self.edge[sj]
        # start from the foot on a plane triangle with the same sides
        start = self.s[sj] + np.clip((da * da - db * db + h * h) / (2.0 * h), 0.0, h)
        fd, fs = self.segs.foot(edge, lon[sp], lat[sp], start)
        all_p = np.concatenate([ep, sp])
        all_d = np.concatenate([ed, fd])
        all_e = np.concatenate([self.edge[ej], edge])
        all_s = np.concatenate([self.s[ej], fs])
        order = np.lexsort((all_d, all_p))
        first = np.ones(len(order), dtype=bool)
        first[1:] = all_p[order][1:] != all_p[order][:-1]
        pick = order[first]
        return all_d[pick], all_e[pick], all_s[pick]


def distance_to_line(
    lon: np.ndarray, lat: np.ndarray, line: np.ndarray | LineIndex
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ellipsoidal distance from points to a line with geodesic edges.

    Exact to 1 mm: a spatial index (:class:`LineIndex`) picks the parts of
    the line that can still be nearest, with proven lower bounds, and each of
    those is solved on the ellipsoid.

    Parameters
    ----------
    lon, lat : array_like
        Points in degrees (EPSG:4326).
    line : numpy.ndarray or LineIndex
        (n, 2) vertices of the line, lon/lat degrees, or an index built on it.

    Returns
    -------
    distance_m : numpy.ndarray
        Distance from each point to the line, metres.
    edge : numpy.ndarray
        Index of the nearest edge.
    s_m : numpy.ndarray
        Position of the nearest point along that edge, metres from its start.
    """
    index = line if isinstance(line, LineIndex) else LineIndex(np.asarray(line, dtype=float))
    return index.query(lon, lat)


END_SPAN_M = 5000.0
"""Beyond its ends a line's two sides are divided along its direction over this
stretch (m; at most half the line), so a short hook at an end cannot swing them."""


def point_along(segs: Segments, distance_m: float) -> tuple[float, float]:
    """The point ``distance_m`` metres along a line from its start, lon/lat degrees."""
    ends = np.cumsum(segs.length_m)
    i = int(min(np.searchsorted(ends, distance_m), len(segs) - 1))
    lon, lat, _ = segs.point_at(
        np.array([i]), np.array([distance_m - (ends[i] - segs.length_m[i])])
    )
    return float(lon[0]), float(lat[0])


def end_directions(segs: Segments) -> tuple[float, float]:
    """Walking directions (degrees) of a line at its start and at its end.

    Each is the direction, at the end vertex, of the geodesic spanning the
    line's last :data:`END_SPAN_M` metres (or half the line if shorter): the
    line's course near its end, which a hook of a few metres barely turns.
    """
    return segs.end_walks


def _end_walks(segs: Segments) -> tuple[float, float]:
    total = float(segs.length_m.sum())
    span = min(END_SPAN_M, total / 2.0)
    lon, lat = point_along(segs, span)
    walk0, _, _ = inverse(segs.lon[0], segs.lat[0], lon, lat)
    lon, lat = point_along(segs, total - span)
    _, walk1, _ = inverse(lon, lat, segs.end_lon[-1], segs.end_lat[-1])
    return float(walk0), float(walk1)


def _beside_edges(
    segs: Segments,
    lon: np.ndarray,
    lat: np.ndarray,
    dist: np.ndarray,
    edge: np.ndarray,
    s: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Nearest points found at a vertex, moved inside an edge next to it where that is nearer.

    The distance index settles for a vertex when no point inside the edges
    next to it is nearer by more than 1 mm; far from a short edge (a hook
    of a metre) that is so on both sides of it. Each edge next to such a
    vertex is solved exactly, and a foot inside it that is no farther than
    the vertex replaces it, so that a point beside an edge is judged by
    that edge, however short.
    """
    n = len(segs)
    at_start = s <= _AT_VERTEX_M
    at_end = s >= segs.length_m[edge] - _AT_VERTEX_M
    pick = np.nonzero(at_start | at_end)[0]
    if not len(pick):
        return edge, s
    edge, s = edge.copy(), s.copy()
    # the vertex's index along the line, and the edges on either side of it
    v = np.where(at_end[pick], edge[pick] + 1, edge[pick])
    best = dist[pick].copy()
    for e in (v - 1, v):
        ok = (e >= 0) & (e < n)
        idx = np.nonzero(ok)[0]
        if not len(idx):
            continue
        ee = e[idx]
        d, fs = segs.foot(ee, lon[pick[idx]], lat[pick[idx]])
        inside = (fs > _AT_VERTEX_M) & (fs < segs.length_m[ee] - _AT_VERTEX_M) & (d <= best[idx])
        hit = idx[inside]
        edge[pick[hit]], s[pick[hit]], best[hit] = ee[inside], fs[inside], d[inside]
    return edge, s


def side_of(lon: np.ndarray, lat: np.ndarray, line: np.ndarray | LineIndex) -> np.ndarray:
    """Which side of a line each point lies on, seen walking along the line.

    A point is judged against the nearest part of the line (inside an
    edge when that is no farther than the vertex at its end, however short
    the edge). Where that is an end of the line, the line's direction there is its course over its
    last stretch (:func:`end_directions`). Where it is a vertex between
    two edges, the line there is two rays (back along the edge arriving, on
    along the edge leaving) and the right-hand side is the
    sector swept clockwise from the leaving ray to the arriving one.

    Returns
    -------
    numpy.ndarray
        +1 for the right-hand side, -1 for the left, 0 on the line.
    """
    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    index = line if isinstance(line, LineIndex) else LineIndex(np.asarray(line, dtype=float))
    dist, edge, s = index.query(lon, lat)
    segs = index.segs
    edge, s = _beside_edges(segs, lon, lat, dist, edge, s)
    flon, flat, faz = segs.point_at(edge, s)
    az, _, _ = inverse(flon, flat, lon, lat)
    # beyond an end, judge by the line's direction over its last stretch, not its last edge
    first = (edge == 0) & (s <= _AT_VERTEX_M)
    last = (edge == len(segs) - 1) & (s >= segs.length_m[edge] - _AT_VERTEX_M)
    walk0, walk1 = end_directions(segs)
    faz = np.where(first, walk0, np.where(last, walk1, faz))
    sign = np.sign(np.sin(np.radians(az - faz)))
    # at an inner vertex, use both edges: the arriving one and the leaving one
    at_end = (s >= segs.length_m[edge] - _AT_VERTEX_M) & (edge < len(segs) - 1)
    at_start = (s <= _AT_VERTEX_M) & (edge > 0)
    vertex = at_end | at_start
    if vertex.any():
        leaving = np.where(at_end, edge + 1, edge)[vertex]
        arriving = leaving - 1
        back = segs.end_azimuth[arriving] + 180.0
        sweep = (back - segs.azimuth[leaving]) % 360.0
        turn = (az[vertex] - segs.azimuth[leaving]) % 360.0
        sign[vertex] = np.where(turn < sweep, 1.0, -1.0)
    return np.where(dist < 1e-3, 0, sign).astype(int)


def geodesic_points(line: np.ndarray, max_step_m: float) -> np.ndarray:
    """Vertices of a line with points added along each geodesic edge.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees.
    max_step_m : float
        Largest spacing between successive output points, metres.

    Returns
    -------
    numpy.ndarray
        (m, 2) lon/lat degrees; the original vertices are kept exactly.
    """
    segs = Segments.of(line)
    n = np.maximum(1, np.ceil(segs.length_m / max_step_m)).astype(int)
    edge = np.repeat(np.arange(len(segs)), n)
    first = np.repeat(np.cumsum(n) - n, n)
    s = (np.arange(len(edge)) - first) * segs.length_m[edge] / n[edge]
    lon, lat, _ = segs.point_at(edge, s)
    return np.vstack([np.column_stack([lon, lat]), np.asarray(line, dtype=float)[-1:, :2]])


def line_length_m(line: np.ndarray) -> float:
    """Geodesic length of a line with geodesic edges, metres."""
    return float(Segments.of(line).length_m.sum())
