"""The engine on users' lines: distances, hooks, folds, caps, guards, by independent oracles."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geozone.geometry import zones
from geozone.geometry.checks import check_line
from geozone.geometry.errors import ConvergenceError, GeometryError
from geozone.geometry.geodesy import GEOD, Segments, distance_to_line, forward, side_of
from geozone.geometry.measure import geodesic_area_km2


def brute_distance(lon: np.ndarray, lat: np.ndarray, line: np.ndarray) -> np.ndarray:
    """Distance to a line by solving every edge from five starts (no index, no pruning)."""
    segs = Segments.of(line)
    best = np.full(len(lon), np.inf)
    for e in range(len(segs)):
        for f in (0.0, 0.25, 0.5, 0.75, 1.0):
            d, _ = segs.foot(
                np.full(len(lon), e), lon, lat, np.full(len(lon), f * segs.length_m[e])
            )
            best = np.minimum(best, d)
    return best


def sampled_distance(lon: float, lat: float, line: np.ndarray, step_m: float) -> float:
    """Distance to points sampled along the geodesic edges every ``step_m`` (an upper bound)."""
    segs = Segments.of(line)
    pts = []
    for e in range(len(segs)):
        k = max(1, int(np.ceil(segs.length_m[e] / step_m)))
        plon, plat, _ = forward(
            np.full(k + 1, segs.lon[e]),
            np.full(k + 1, segs.lat[e]),
            np.full(k + 1, segs.azimuth[e]),
            np.linspace(0, segs.length_m[e], k + 1),
        )
        pts.append(np.column_stack([plon, plat]))
    pts = np.vstack(pts)
    _, _, d = GEOD.inv(np.full(len(pts), lon), np.full(len(pts), lat), pts[:, 0], pts[:, 1])
    return float(np.min(d))


def _mm_cluster() -> np.ndarray:
    rng = np.random.default_rng(3)
    pts = [np.array([10.0, 45.0])]
    for _ in range(25):
        pts.append(pts[-1] + rng.normal(0, 1e-7, 2) + 3e-8)
    pts += [np.array([10.5, 45.3]), np.array([10.2, 45.6])]
    return check_line(np.array(pts))[0]


@pytest.mark.parametrize(
    "line",
    [
        np.array([[-40.0, -20.0], [25.0, 30.0], [60.0, -5.0]]),  # edges of 8,000 km and more
        np.array([[100.0, 10.0], [118.0, 12.0], [117.9, 12.05]]),  # 2,000 km edge and a short one
        _mm_cluster(),  # millimetre edges beside kilometre ones
    ],
)
def test_indexed_distance_matches_brute_force(line):
    rng = np.random.default_rng(7)
    lo, hi = line.min(axis=0), line.max(axis=0)
    lon = rng.uniform(lo[0] - 0.5, hi[0] + 0.5, 60)
    lat = rng.uniform(lo[1] - 0.5, hi[1] + 0.5, 60)
    d, _, _ = distance_to_line(lon, lat, line)
    assert np.max(np.abs(d - brute_distance(lon, lat, line))) < 1e-3


def test_long_edge_beside_a_short_one_is_measured_and_sided_exactly():
    """A 6,900 km edge and, 900 m from it, a 20 km edge: the point 100 m off the short one."""
    a, b = np.array([0.0, 0.0]), np.array([62.0, 0.0])
    mid_lon, mid_lat, az = forward(0.0, 0.0, 90.0, 3_450_000.0)
    s0lon, s0lat, _ = forward(mid_lon, mid_lat, az - 90.0, 900.0)  # 900 m north
    s1lon, s1lat, _ = forward(s0lon, s0lat, az + 180.0, 20_000.0)  # back west, parallel
    line = np.array([a, b, [float(s0lon), float(s0lat)], [float(s1lon), float(s1lat)]])
    plon, plat, _ = forward(s0lon, s0lat, az + 180.0, 10_000.0)
    qlon, qlat, _ = forward(plon, plat, az - 90.0, 100.0)  # 100 m north of the short edge
    d, edge, _ = distance_to_line([float(qlon)], [float(qlat)], line)
    assert d[0] == pytest.approx(100.0, abs=0.01)
    assert edge[0] == 2
    assert d[0] == pytest.approx(
        brute_distance(np.array([qlon]), np.array([qlat]), line)[0], abs=1e-3
    )
    # walking west along the short edge, north is on the right
    assert side_of([float(qlon)], [float(qlat)], line)[0] == zones.RIGHT


IDLIB_LIKE = np.array(
    [[36.2, 35.6], [36.35, 35.45], [36.6, 35.4], [36.8, 35.5], [36.95, 35.75], [37.0, 36.1]]
)


@pytest.mark.parametrize("turn", [90.0, -90.0])
def test_a_one_metre_hook_barely_moves_a_depth_zone(turn):
    segs = Segments.of(IDLIB_LIKE)
    hlon, hlat, _ = forward(IDLIB_LIKE[-1, 0], IDLIB_LIKE[-1, 1], segs.end_azimuth[-1] + turn, 1.0)
    hooked = np.vstack([IDLIB_LIKE, [[float(hlon), float(hlat)]]])
    for side in (zones.LEFT, zones.RIGHT):
        plain = geodesic_area_km2(zones.zone(IDLIB_LIKE, 20, "depth", side))
        with_hook = geodesic_area_km2(zones.zone(hooked, 20, "depth", side))
        # a 1 m hook can move the zone by about 1 m times its width, not by a quarter disc
        assert abs(with_hook - plain) < 0.5, (side, plain, with_hook)


J_LINE = np.array([[36.0, 35.0], [36.3, 35.0], [36.5, 35.1], [36.55, 35.25], [36.45, 35.35]])


@pytest.mark.filterwarnings("ignore::geozone.errors.GeozoneWarning")
@pytest.mark.parametrize("toward", [(36.33, 35.2), (36.45, 35.25), (36.2, 34.95)])
def test_toward_point_within_the_width_lies_in_its_zone(toward):
    from geozone.jobs.buffer import buffer

    frame = buffer(J_LINE, [20.0], "depth", toward=f"{toward[0]},{toward[1]}")
    geom = frame.geometry.iloc[0]
    d = sampled_distance(toward[0], toward[1], J_LINE, 20.0)
    assert d < 20_000
    assert shapely.contains_xy(geom, *toward)


def test_depth_zone_on_a_fold_keeps_its_side():
    """On the J, sampled points of each depth zone lie on its side (the nearest-part rule)."""
    for side in (zones.LEFT, zones.RIGHT):
        geom = zones.zone(J_LINE, 20, "depth", side)
        err = zones.geodesic_error(geom, J_LINE, 20_000, True, side=side, interior=600)
        assert err.inside_share >= 0.99, (side, err)


def test_flat_caps_take_off_the_round_ends():
    """A short straight line: round ends add a disc of radius w (by hand), flat ends add nothing."""
    line = np.array([[20.0, 0.0], [20.5, 0.0]])  # 55.66 km along the equator
    w_km = 5.0
    length_km = GEOD.inv(20.0, 0.0, 20.5, 0.0)[2] / 1000.0
    flat = geodesic_area_km2(zones.zone(line, 2 * w_km, "total", cap="flat"))
    round_ = geodesic_area_km2(zones.zone(line, 2 * w_km, "total"))
    assert flat == pytest.approx(2 * w_km * length_km, rel=2e-3)
    assert round_ - flat == pytest.approx(np.pi * w_km**2, rel=5e-3)
    err = zones.geodesic_error(
        zones.zone(line, 2 * w_km, "total", cap="flat"), line, 5000, cap="flat"
    )
    assert err.max_abs_m <= 0.5


def test_a_line_spanning_more_than_half_the_longitudes_is_built():
    line = np.array([[-100.0, 0.0], [-10.0, 0.0], [80.0, 0.0]])
    geom = zones.zone(line, 20, "total")
    length_km = Segments.of(line).length_m.sum() / 1000.0
    # a band 20 km wide along the equator plus the two half discs (by hand)
    assert geodesic_area_km2(geom) == pytest.approx(20 * length_km + np.pi * 100, rel=2e-3)


@pytest.mark.parametrize(
    "line",
    [[[0.0, 88.0], [170.0, 88.0]], [[-10.0, 30.0], [170.0, 30.0]], [[0.0, 87.0], [150.0, 87.0]]],
)
def test_edges_bulging_to_a_pole_are_refused_at_once(line):
    with pytest.raises(GeometryError, match="pole"):
        zones.zone(np.array(line), 100, "total")


@pytest.mark.parametrize("tol", [-1.0, 0.0, float("nan"), float("inf")])
def test_tolerance_must_be_finite_and_positive(tol):
    with pytest.raises(GeometryError, match="tolerance_m"):
        zones.zone(IDLIB_LIKE, 20, "total", tolerance_m=tol)


def test_refinement_stops_with_a_clear_error(monkeypatch):
    monkeypatch.setattr(zones, "MAX_BOUNDARY_POINTS", 50)
    with pytest.raises(ConvergenceError, match="more than 50 points"):
        zones.zone(IDLIB_LIKE, 20, "total")


def _jittered_line(n: int = 1200, length_m: float = 48_000.0) -> np.ndarray:
    """A hand-drawn-like line: a meander plus jitter of a quarter of the vertex spacing."""
    rng = np.random.default_rng(21)
    t = np.linspace(0.0, 1.0, n)
    lon0, lat0, az = forward(np.full(n, 36.0), np.full(n, 35.5), np.full(n, 70.0), t * length_m)
    spacing = length_m / (n - 1)
    side = 900.0 * np.sin(2 * np.pi * 3 * t) + rng.normal(0, 0.25 * spacing, n)
    lon, lat, _ = forward(lon0, lat0, az + 90.0, side)
    return np.column_stack([lon, lat])


@pytest.mark.parametrize("width_km", [3.0, 12.0])
def test_pieces_left_out_of_a_dense_line_leave_the_zone_exact(width_km):
    """Joins and half-bands left out as covered by their neighbours: brute-force distances agree."""
    line = _jittered_line()
    w = width_km * 500.0
    segs = Segments.of(line)
    core = zones.interior_core(line, w)
    edges, joins = zones._exposed(segs, w, core)
    bands, kept, _ = zones._covered(segs, w, core, edges, joins)
    assert len(kept) < len(joins) or len(bands[zones.RIGHT]) < len(edges)  # some are left out
    geom = zones.zone(line, width_km, "total")
    # boundary points: exactly w from densely sampled points of the line (a bound within 2 cm)
    rng = np.random.default_rng(5)
    pts = zones.boundary_samples(geom, 1)
    pts = pts[rng.choice(len(pts), 150, replace=False)]
    dense = zones.geodesic_points(line, 30.0)
    for lon, lat in pts:
        _, _, d = GEOD.inv(np.full(len(dense), lon), np.full(len(dense), lat), *dense.T)
        assert abs(d.min() - w) <= 0.55
    # points up to about 500 m from the boundary (where left-out pieces were) on the right side
    near = zones.boundary_samples(geom, 0)
    q = near[rng.choice(len(near), 300, replace=False)] + rng.uniform(-0.005, 0.005, (300, 2))
    for lon, lat in q:
        _, _, d = GEOD.inv(np.full(len(dense), lon), np.full(len(dense), lat), *dense.T)
        if d.min() <= w - 1.0:
            assert geom.contains(shapely.Point(lon, lat))
        elif d.min() >= w + 1.0:
            assert not geom.contains(shapely.Point(lon, lat))
