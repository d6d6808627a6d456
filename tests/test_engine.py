"""The engine on users' lines: distances, hooks, folds, caps, guards, by independent oracles."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geozone.errors import GeozoneWarning
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


def test_points_round_the_bends_of_a_jittered_hairpin_match_brute_force():
    """Points nearest to a vertex, off perpendiculars and across a hairpin, like boundaries."""
    rng = np.random.default_rng(11)
    t = np.linspace(0.0, 1.0, 160)
    lon = 20.0 + 0.4 * np.sin(np.pi * t) + rng.normal(0, 3e-4, len(t))
    lat = 40.0 + 0.05 * np.cos(np.pi * t) + 0.02 * t + rng.normal(0, 3e-4, len(t))
    line = check_line(np.column_stack([lon, lat]))[0]
    segs = Segments.of(line)
    k = rng.integers(0, len(segs), 150)
    # straight off each edge's end, and at random bearings, from 1 m to 8 km
    az = np.where(np.arange(150) % 3 == 0, segs.end_azimuth[k] + 90.0, rng.uniform(0, 360, 150))
    qlon, qlat, _ = forward(segs.end_lon[k], segs.end_lat[k], az, rng.uniform(1.0, 8000.0, 150))
    d, _, _ = distance_to_line(qlon, qlat, line)
    assert np.max(np.abs(d - brute_distance(qlon, qlat, line))) < 1e-3


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


@pytest.mark.parametrize("turn", [90.0, 170.0, -135.0])
def test_a_hook_turning_back_at_an_end_is_reported(turn):
    """A turn back (which moves up to a quarter disc between the sides) is named, not silent."""
    from geozone.jobs.buffer import buffer

    segs = Segments.of(IDLIB_LIKE)
    hlon, hlat, _ = forward(IDLIB_LIKE[-1, 0], IDLIB_LIKE[-1, 1], segs.end_azimuth[-1] + turn, 1.0)
    hooked = np.vstack([IDLIB_LIKE, [[float(hlon), float(hlat)]]])
    with pytest.warns(GeozoneWarning) as got:
        buffer(hooked, [20.0], "depth", toward="36.5,35.2", places=False)
    hooks = [str(w.message) for w in got if "turns back" in str(w.message)]
    if abs(turn) > 95.0:
        assert hooks == [
            f"line: the line turns back {abs(turn):.0f}° 1 m from its last vertex; beyond that "
            "end the depth zone's sides follow that turn, so up to a quarter disc of the depth "
            "changes sides: remove the hook if it is a slip of digitising"
        ]
        # and the zone does move: by about (turn - 90) / 180 of a half disc of 20 km
        areas = [
            geodesic_area_km2(
                buffer(xy, [20.0], "depth", toward="36.5,35.2", places=False).geometry.iloc[0]
            )
            for xy in (IDLIB_LIKE, hooked)
        ]
        moved = abs(areas[1] - areas[0])
        assert moved == pytest.approx((abs(turn) - 90.0) / 180.0 * np.pi * 400.0 / 2, rel=0.1)
    else:
        assert hooks == []


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


@pytest.mark.parametrize("side", [zones.LEFT, zones.RIGHT])
def test_flat_ended_depth_zones_are_a_strip_and_pass_their_own_check(side):
    """A straight line: a flat-ended depth zone is w x length (by hand), and its ends are no error.

    The flat ends lie on the geodesic perpendiculars, short of the width by
    definition; the self-check once counted their first 300 m as 300 m off.
    """
    line = np.array([[20.0, 0.0], [20.5, 0.0]])
    length_km = GEOD.inv(20.0, 0.0, 20.5, 0.0)[2] / 1000.0
    geom = zones.zone(line, 6.0, "depth", side, cap="flat")
    assert geodesic_area_km2(geom) == pytest.approx(6.0 * length_km, rel=2e-3)
    err = zones.geodesic_error(geom, line, 6000.0, True, side=side, cap="flat")
    assert err.max_abs_m <= 0.5 and err.inside_share == 1.0, err


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
    """Joins and half-bands left out or narrowed (other vertices are nearer): brute force agrees."""
    line = _jittered_line()
    w = width_km * 500.0
    segs = Segments.of(line)
    core = zones.interior_core(line, w)
    edges, joins = zones._exposed(segs, w, core)
    bands, kept, _widen, ranges = zones._covered(segs, w, core, edges, joins)
    assert len(kept) < len(joins) or len(bands[zones.RIGHT]) < len(edges)  # some are left out
    turn = np.abs(zones.wrap180(segs.azimuth[1:] - segs.end_azimuth[:-1]))
    narrowed = (ranges[kept, 1] - ranges[kept, 0]) < turn[kept] - 1e-9
    assert narrowed.mean() > 0.3  # and many kept joins are built over part of their sweep
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


def _oracle_sides(line: np.ndarray, lon: np.ndarray, lat: np.ndarray, step_m: float = 40.0):
    """Distance and side of points by brute force over samples of the line every ``step_m``.

    Each sample is judged as side_of documents it: inside an edge by the
    edge's direction, at an inner vertex by the sector between its edges,
    at an end by the line's course over its last 5 km (or half the line).
    Returns the least sampled distance (m) and the side, 0 where samples of
    both sides lie within 2 m (plus the sampling error) of the least.
    """
    az, back, length = GEOD.inv(line[:-1, 0], line[:-1, 1], line[1:, 0], line[1:, 1])
    end_az = np.asarray(back) + 180.0
    s_lon, s_lat, s_az, kind, along = [], [], [], [], []
    total = 0.0
    for e in range(len(line) - 1):
        k = max(1, int(np.ceil(length[e] / step_m)))
        d = np.linspace(0.0, length[e], k + 1)[:-1]
        plon, plat, pback = GEOD.fwd(
            np.full(k, line[e, 0]), np.full(k, line[e, 1]), np.full(k, az[e]), d
        )
        s_lon += list(plon)
        s_lat += list(plat)
        s_az += list(np.asarray(pback) + 180.0)
        kind += [e] + [-1] * (k - 1)  # the vertex a sample is, or -1 inside an edge
        along += list(total + d)
        total += length[e]
    s_lon += [line[-1, 0]]
    s_lat += [line[-1, 1]]
    s_az += [end_az[-1]]
    kind += [len(line) - 1]
    along += [total]
    s_lon, s_lat, s_az = np.array(s_lon), np.array(s_lat), np.array(s_az)
    kind, along = np.array(kind), np.array(along)
    span = min(5000.0, total / 2.0)
    i0 = int(np.argmin(np.abs(along - span)))
    i1 = int(np.argmin(np.abs(along - (total - span))))
    walk0 = GEOD.inv(line[0, 0], line[0, 1], s_lon[i0], s_lat[i0])[0]
    walk1 = GEOD.inv(s_lon[i1], s_lat[i1], line[-1, 0], line[-1, 1])[1] + 180.0
    n, m = len(lon), len(s_lon)
    to_p, _, dist = GEOD.inv(
        np.tile(s_lon, n), np.tile(s_lat, n), np.repeat(lon, m), np.repeat(lat, m)
    )
    to_p, dist = np.asarray(to_p).reshape(n, m), np.asarray(dist).reshape(n, m)
    sides = np.sign(np.sin(np.radians(to_p - s_az)))
    last = len(line) - 1
    for k in np.nonzero(kind >= 0)[0]:
        v = kind[k]
        if v == 0 or v == last:
            walk = walk0 if v == 0 else walk1
            sides[:, k] = np.sign(np.sin(np.radians(to_p[:, k] - walk)))
        else:
            leaving, back_az = az[v], end_az[v - 1] + 180.0
            sweep = (back_az - leaving) % 360.0
            sides[:, k] = np.where((to_p[:, k] - leaving) % 360.0 < sweep, 1.0, -1.0)
    best = dist.min(axis=1)
    near = dist <= (best + 2.0 + step_m**2 / (8.0 * np.maximum(best, 1.0)))[:, None]
    hi = np.where(near, sides, -2).max(axis=1)
    lo = np.where(near, sides, 2).min(axis=1)
    return best, np.where(hi == lo, hi, 0).astype(int)


ORACLE_LINES = {
    "hairpin": (np.array([[36.0, 35.0], [36.33, 35.0], [36.33, 34.97], [36.0, 34.97]]), 12.0),
    "J": (J_LINE, 20.0),
    "end hook": (
        np.vstack([IDLIB_LIKE, [[float(c) for c in forward(37.0, 36.1, 200.0, 1.0)[:2]]]]),
        15.0,
    ),
    "zigzag": (np.array([[36.0, 35.0], [35.8, 35.4], [36.1, 35.05], [35.85, 35.3]]), 15.0),
}


@pytest.mark.parametrize("name", sorted(ORACLE_LINES))
def test_depth_zones_match_a_brute_force_oracle(name):
    """Points in or out of each side's zone, by the nearest of densely sampled line points."""
    line, w_km = ORACLE_LINES[name]
    w = w_km * 1000.0
    rng = np.random.default_rng(4)
    whole = zones.zone(line, 2 * w_km, "total")
    x0, y0, x1, y1 = whole.bounds
    lon, lat = rng.uniform(x0, x1, 300), rng.uniform(y0, y1, 300)
    dist, side = _oracle_sides(line, lon, lat)
    clear = np.abs(dist - w) > 1.0
    for s in (zones.LEFT, zones.RIGHT):
        inside = shapely.contains_xy(zones.zone(line, w_km, "depth", s), lon, lat)
        expect_in = clear & (dist < w) & (side == s)
        expect_out = clear & ((dist > w) | (side == -s))
        assert inside[expect_in].all(), lon[expect_in & ~inside]
        assert not inside[expect_out].any(), lon[expect_out & inside]
        assert (expect_in | expect_out).mean() > 0.9
