"""Zones are exact (geodesic error within 1 m), and the semantics hold."""

import itertools

import geopandas as gpd
import numpy as np
import pytest
import shapely

from geozone.geometry import zones
from geozone.geometry.errors import GeometryError
from geozone.geometry.geodesy import GEOD, geodesic_points, side_of
from geozone.geometry.measure import geodesic_area_km2

IDLIB_LIKE = np.array(
    [[36.2, 35.6], [36.35, 35.45], [36.6, 35.4], [36.8, 35.5], [36.95, 35.75], [37.0, 36.1]]
)
# about 1,000 km across three UTM zones (32–34), two vertices only
LONG = np.array([[8.0, 46.0], [20.5, 48.5]])
# about 1,000 km at 70° N, crossing UTM zones, few far-apart vertices
ARCTIC = np.array([[5.0, 70.0], [18.0, 71.0], [30.0, 70.0]])
# 1,500 km, zigzag
ZIGZAG = np.array([[-3.0, 40.0], [1.0, 43.0], [5.0, 41.0], [9.5, 44.5], [14.0, 43.0]])


def max_error(line, width_km, semantics="total", side=None):
    geom = zones.zone(line, width_km, semantics, side)
    w = zones.half_width_m(width_km, semantics)
    return zones.geodesic_error(geom, line, w, one_sided=semantics == "depth"), geom


@pytest.mark.parametrize(
    ("line", "width_km"),
    [
        (IDLIB_LIKE, 1),
        (IDLIB_LIKE, 15),
        (IDLIB_LIKE, 20),
        (IDLIB_LIKE, 25),
        (IDLIB_LIKE, 150),
        (LONG, 50),
        (LONG, 140),
        (ARCTIC, 50),
        (ARCTIC, 140),
        (ZIGZAG, 100),
        (ZIGZAG, 150),
    ],
)
def test_zone_is_exact(line, width_km):
    err, geom = max_error(line, width_km)
    assert geom.is_valid
    assert err.max_abs_m <= 1.0, err


@pytest.mark.parametrize("semantics", ["per_side", "depth"])
def test_other_semantics_are_exact(semantics):
    err, _ = max_error(ZIGZAG, 60, semantics, zones.LEFT)
    assert err.max_abs_m <= 1.0


def _dense_distance(pts: np.ndarray, line: np.ndarray, step_m: float = 20.0) -> np.ndarray:
    """Distances (m) to points sampled along the line every ``step_m``: no index, no solver."""
    dense = geodesic_points(line, step_m)
    out = np.empty(len(pts))
    for i, (lon, lat) in enumerate(pts):
        _, _, d = GEOD.inv(np.full(len(dense), lon), np.full(len(dense), lat), *dense.T)
        out[i] = d.min()
    return out


def test_scenario_zones_are_exact(scenario, zone_frame):
    """Boundary vertices of the built zones, measured afresh by brute force (not max_error_m)."""
    rng = np.random.default_rng(5)
    for row in zone_frame[
        (zone_frame.layer == "zone") & (zone_frame.semantics == "total")
    ].itertuples():
        outline = shapely.get_coordinates(zones.zone(scenario.line, row.width_km, "total").exterior)
        pts = outline[rng.choice(len(outline), 60, replace=False)]
        d = _dense_distance(pts, scenario.line)
        # sampling every 20 m overestimates by under 1 cm at these distances
        assert np.abs(d - row.width_km * 500.0).max() <= 1.0


def test_one_utm_zone_buffer_is_not_exact():
    """What most scripts do is off by far more than a metre: the check can fail."""
    line = gpd.GeoSeries([shapely.LineString(geodesic_points(LONG, 1000))], crs=4326)
    utm = line.to_crs(32633)
    buffered = utm.buffer(70_000).to_crs(4326).iloc[0]
    err = zones.geodesic_error(buffered, LONG, 70_000)
    assert err.max_abs_m > 100


def test_vertex_count_is_modest():
    _, geom = max_error(LONG, 140)
    # a 1,000 km zone exact to 1 m needs well under 3,000 vertices
    assert zones.vertex_count(geom) < 3000


def test_widths_mean_what_the_semantics_say():
    """Hand values: a total W is W/2 each side; per-side and depth W are W (metres)."""
    assert zones.half_width_m(20, "total") == 10_000.0
    assert zones.half_width_m(10, "per_side") == 10_000.0
    assert zones.half_width_m(10, "depth") == 10_000.0
    geom = zones.zone(IDLIB_LIKE, 20, "total")
    outline = shapely.get_coordinates(geom.exterior)[::25]
    assert np.abs(_dense_distance(outline, IDLIB_LIKE) - 10_000.0).max() <= 1.0


def test_depth_lies_on_named_side_and_halves_partition_per_side():
    left = zones.zone(IDLIB_LIKE, 20, "depth", zones.LEFT)
    right = zones.zone(IDLIB_LIKE, 20, "depth", zones.RIGHT)
    both = zones.zone(IDLIB_LIKE, 20, "per_side")
    pts = shapely.get_coordinates(
        shapely.points(np.random.default_rng(0).uniform(35.9, 37.3, (4000, 2)) * [1, 0.9734])
    )
    inside = shapely.contains_xy(left, pts[:, 0], pts[:, 1])
    assert inside.sum() > 50
    assert set(side_of(pts[inside, 0], pts[inside, 1], IDLIB_LIKE)) <= {zones.LEFT, 0}
    assert geodesic_area_km2(shapely.intersection(left, right)) < 0.01
    union = shapely.union(left, right)
    assert geodesic_area_km2(shapely.symmetric_difference(union, both)) < 0.01


def test_ring_areas_by_hand():
    """On a straight 20 km geodesic, the ring between W1 and W2 (total) is 2 L (w2 - w1) plus
    pi (w2^2 - w1^2), with w = W/2 (km); the rings and the inner zone add up to the outer."""
    line = np.array([[36.0, 35.0], [36.0, 35.0 + 20_000 / 110_950.0]])
    length = GEOD.line_length(line[:, 0], line[:, 1]) / 1000
    widths = [4.0, 6.0, 10.0]
    zs = [zones.zone(line, w, "total") for w in widths]
    for (w1, w2), (inner, outer) in zip(
        itertools.pairwise(widths), itertools.pairwise(zs), strict=True
    ):
        band = geodesic_area_km2(zones.ring(inner, outer))
        expected = 2 * length * (w2 - w1) / 2 + np.pi * ((w2 / 2) ** 2 - (w1 / 2) ** 2)
        assert band == pytest.approx(expected, rel=1e-4)


def test_areas_grow_with_width(zone_frame):
    for _, group in zone_frame[zone_frame.layer == "zone"].groupby("semantics"):
        areas = group.sort_values("width_km").area_km2.to_numpy()
        assert np.all(np.diff(areas) > 0)


def test_short_straight_zone_area_by_hand():
    """A 10 km geodesic with a 2 km total zone: a 10×2 km strip plus a 1 km-radius disc."""
    line = np.array([[36.0, 35.0], [36.0, 35.0 + 10_000 / 110_950.0]])
    length = GEOD.line_length(line[:, 0], line[:, 1]) / 1000
    expected = length * 2.0 + np.pi * 1.0**2
    area = geodesic_area_km2(zones.zone(line, 2, "total"))
    assert area == pytest.approx(expected, rel=1e-4)


def test_clipping_keeps_zones_inside_the_country(scenario, zone_frame):
    shrunk = scenario.clip.buffer(1e-7)
    for row in zone_frame.itertuples():
        assert shrunk.contains(row.geometry)
        assert row.area_km2 <= row.unclipped_area_km2
    # the line reaches the Turkish border: clipping must remove something
    assert (zone_frame.area_km2 < zone_frame.unclipped_area_km2 - 1).any()


def test_bad_widths_and_lines_are_refused():
    # the geometry core raises ValueError subclasses that name no command-line flag
    with pytest.raises(ValueError, match="width") as info:
        zones.zone(IDLIB_LIKE, 0, "total")
    assert isinstance(info.value, GeometryError) and "--" not in str(info.value)
    with pytest.raises(GeometryError):
        zones.zone(np.array([[1.0, 1.0], [1.0, 1.0]]), 5, "total")
    with pytest.raises(GeometryError):
        zones.zone(np.array([[-179.9, 0.0], [-60.0, 0.0], [60.0, 0.0], [179.9, 0.0]]), 5, "total")


@pytest.mark.parametrize("core_vertices", [400, 1000])
def test_crinkled_line_leaves_no_gap_whatever_the_core(monkeypatch, core_vertices):
    """Jitter wider than the vertex spacing, so most joins are narrowed or left out.

    The interior core only decides which pieces need exact work; however
    coarse it is, the zone must come out whole: no holes, and its outline at
    the width by brute force.
    """
    monkeypatch.setattr(zones, "_CORE_VERTICES", core_vertices)
    rng = np.random.default_rng(7)
    t = np.linspace(0.0, 1.0, 1000)
    lon = 30.0 + 0.25 * np.sin(2 * np.pi * 3.5 * t) + rng.normal(0, 0.002, len(t))
    lat = -16.0 - 0.75 * t + rng.normal(0, 0.002, len(t))
    line = np.column_stack([lon, lat])
    geom = zones.zone(line, 6.0, "total")
    holes = [r for p in shapely.get_parts(geom) for r in p.interiors]
    pts = np.vstack([shapely.get_coordinates(r) for r in holes] or [np.empty((0, 2))])
    outline = shapely.get_coordinates(shapely.get_exterior_ring(shapely.get_parts(geom)))
    pts = np.vstack([pts[:40], outline[rng.choice(len(outline), 40, replace=False)]])
    d = _dense_distance(pts, line)
    assert np.abs(d - 3000.0).max() <= 1.0
    assert not holes
