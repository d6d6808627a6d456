"""Geodesic primitives on the WGS84 ellipsoid: azimuths, offsets and distances to lines.

Every function here works on longitude/latitude in degrees (EPSG:4326) and
distances in metres, and every distance is ellipsoidal (Karney's algorithms
through :class:`pyproj.Geod`). A *line* is a sequence of vertices joined by
geodesic edges.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from pyproj import Geod

GEOD = Geod(ellps="WGS84")
"""The WGS84 ellipsoid every computation in geozone uses."""

_MEAN_RADIUS_M = 6_371_008.8
_NEWTON_STEPS = 8
_AT_VERTEX_M = 1e-3
"""A foot point this close (m) to an inner vertex is taken to be the vertex."""


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
    lon2, lat2, back = GEOD.fwd(lon, lat, azimuth, distance_m)
    return np.asarray(lon2), np.asarray(lat2), wrap180(np.asarray(back) + 180.0)


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
    az1, back, dist = GEOD.inv(lon1, lat1, lon2, lat2)
    return np.asarray(az1), wrap180(np.asarray(back) + 180.0), np.asarray(dist)


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
        for _ in range(_NEWTON_STEPS):
            flon, flat, faz = self.point_at(index, s)
            az, _, dist = inverse(flon, flat, lon, lat)
            step = dist * np.cos(np.radians(az - faz))
            s_new = np.clip(s + step, 0.0, length)
            done = np.all(np.abs(s_new - s) < 1e-4)
            s = s_new
            if done:
                break
        flon, flat, _ = self.point_at(index, s)
        _, _, dist = inverse(flon, flat, lon, lat)
        return dist, s


def _unit_vectors(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    lam, phi = np.radians(lon), np.radians(lat)
    return np.stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)], -1)


def _spherical_distance_to_arcs(points: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Approximate distances (metres, sphere) from unit vectors to great-circle arcs.

    ``points`` is (n, 3), ``a`` and ``b`` (m, 3); the result is (n, m). Used
    only to pick candidate edges before the exact ellipsoidal solution.
    """
    normal = np.cross(a, b)
    norm = np.linalg.norm(normal, axis=1)
    degenerate = norm < 1e-15
    normal = normal / np.where(degenerate, 1.0, norm)[:, None]
    sin_xt = points @ normal.T
    proj = points[:, None, :] - sin_xt[:, :, None] * normal[None, :, :]
    inside = (np.einsum("nmk,mk->nm", np.cross(a[None, :, :], proj), normal) >= 0) & (
        np.einsum("nmk,mk->nm", np.cross(proj, b[None, :, :]), normal) >= 0
    )
    inside &= ~degenerate[None, :]
    cross_track = np.arcsin(np.clip(np.abs(sin_xt), 0.0, 1.0))
    to_a = np.arccos(np.clip(points @ a.T, -1.0, 1.0))
    to_b = np.arccos(np.clip(points @ b.T, -1.0, 1.0))
    return _MEAN_RADIUS_M * np.where(inside, cross_track, np.minimum(to_a, to_b))


def distance_to_line(
    lon: np.ndarray, lat: np.ndarray, line: np.ndarray, chunk: int = 4096
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ellipsoidal distance from points to a line with geodesic edges.

    Candidate edges are chosen on a sphere (within 2 % + 200 m of the
    nearest), then each candidate is solved exactly on the ellipsoid.

    Parameters
    ----------
    lon, lat : array_like
        Points in degrees (EPSG:4326).
    line : numpy.ndarray
        (n, 2) vertices of the line, lon/lat degrees.
    chunk : int
        Points handled per batch (bounds memory).

    Returns
    -------
    distance_m : numpy.ndarray
        Distance from each point to the line, metres.
    edge : numpy.ndarray
        Index of the nearest edge.
    s_m : numpy.ndarray
        Position of the nearest point along that edge, metres from its start.
    """
    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    segs = Segments.of(line)
    a = _unit_vectors(segs.lon, segs.lat)
    b = _unit_vectors(segs.end_lon, segs.end_lat)
    out_d = np.empty(lon.shape)
    out_i = np.empty(lon.shape, dtype=int)
    out_s = np.empty(lon.shape)
    for start in range(0, len(lon), chunk):
        sl = slice(start, start + chunk)
        pts = _unit_vectors(lon[sl], lat[sl])
        approx = _spherical_distance_to_arcs(pts, a, b)
        limit = approx.min(axis=1, keepdims=True) * 1.02 + 200.0
        p_idx, e_idx = np.nonzero(approx <= limit)
        # starting guess: spherical along-track position on the edge
        ap = np.einsum("nk,nk->n", pts[p_idx], a[e_idx])
        along = np.arccos(np.clip(ap, -1, 1)) * _MEAN_RADIUS_M
        dist, s = segs.foot(e_idx, lon[sl][p_idx], lat[sl][p_idx], along)
        order = np.lexsort((dist, p_idx))
        first = np.ones(len(order), dtype=bool)
        first[1:] = p_idx[order][1:] != p_idx[order][:-1]
        best = order[first]
        out_d[sl] = dist[best]
        out_i[sl] = e_idx[best]
        out_s[sl] = s[best]
    return out_d, out_i, out_s


def side_of(lon: np.ndarray, lat: np.ndarray, line: np.ndarray) -> np.ndarray:
    """Which side of a line each point lies on, seen walking along the line.

    A point is judged against the nearest part of the line. Where that is
    a vertex between two edges, the line there is two rays (back along the
    edge arriving, on along the edge leaving) and the right-hand side is the
    sector swept clockwise from the leaving ray to the arriving one.

    Returns
    -------
    numpy.ndarray
        +1 for the right-hand side, -1 for the left, 0 on the line.
    """
    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    dist, edge, s = distance_to_line(lon, lat, line)
    segs = Segments.of(line)
    flon, flat, faz = segs.point_at(edge, s)
    az, _, _ = inverse(flon, flat, lon, lat)
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
    parts = []
    for i in range(len(segs)):
        n = max(1, int(np.ceil(segs.length_m[i] / max_step_m)))
        s = np.linspace(0.0, segs.length_m[i], n + 1)[:-1]
        lon, lat, _ = segs.point_at(np.full(n, i), s)
        parts.append(np.column_stack([lon, lat]))
    parts.append(np.asarray(line, dtype=float)[-1:, :2])
    return np.vstack(parts)


def line_length_m(line: np.ndarray) -> float:
    """Geodesic length of a line with geodesic edges, metres."""
    return float(Segments.of(line).length_m.sum())
