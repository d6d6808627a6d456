"""Lines and zones across the antimeridian: built, split at ±180°, measured and written."""

import itertools
import json
import warnings

import numpy as np
import pytest
import shapely
import shapely.geometry
from clirun import invoke
from pyproj import Geod

from geozone.geometry import antimeridian, zones
from geozone.geometry.errors import GeometryError
from geozone.geometry.measure import geodesic_area_km2
from geozone.io.lines import pick_line

GEOD = Geod(ellps="WGS84")
TOL = zones.DEFAULT_TOLERANCE_M


def _turned(xy, dlon):
    """The line turned about the polar axis by ``dlon`` degrees (wrapped into [-180, 180))."""
    out = np.array(xy, dtype=float)
    out[:, 0] = (out[:, 0] + dlon + 180.0) % 360.0 - 180.0
    return out


def _error(geom, line, width_km, semantics, side=None):
    return zones.geodesic_error(
        geom,
        line,
        zones.half_width_m(width_km, semantics),
        one_sided=semantics == "depth",
        side=side,
    )


def _check_split(geom):
    """RFC 7946: every coordinate within ±180°, the zone cut into parts on both sides."""
    assert geom.is_valid
    xy = shapely.get_coordinates(geom)
    assert np.abs(xy[:, 0]).max() <= 180.0
    parts = list(getattr(geom, "geoms", [geom]))
    assert any(p.bounds[0] <= -180.0 for p in parts) and any(p.bounds[2] >= 180.0 for p in parts)


CASES = {
    # a line whose edge crosses ±180° (the example)
    "crossing": ([[179.5, 10.0], [-179.5, 10.0]], 20.0, "total", None),
    # a line ending short of 180° whose zone reaches across it
    "zone reaches across": ([[179.0, -16.5], [179.9, -16.8]], 50.0, "total", None),
    # one side only, at 60° north where a degree of longitude is short
    "depth": ([[179.5, 60.0], [-179.0, 60.5], [-178.0, 60.2]], 30.0, "depth", zones.LEFT),
}


@pytest.mark.parametrize("case", CASES)
def test_split_zone_equals_the_zone_built_away_from_the_antimeridian(case):
    coords, width, semantics, side = CASES[case]
    line = np.array(coords)
    geom = zones.zone(line, width, semantics, side)
    _check_split(geom)
    # oracle: the same line turned 170° west, where nothing crosses ±180°
    far = _turned(line, -170.0)
    plain = zones.zone(far, width, semantics, side)
    assert np.ptp(shapely.get_coordinates(plain)[:, 0]) < 10.0
    assert geodesic_area_km2(geom) == pytest.approx(geodesic_area_km2(plain), rel=1e-7)
    got, want = (
        _error(geom, line, width, semantics, side),
        _error(plain, far, width, semantics, side),
    )
    assert got.max_abs_m <= TOL + 0.01 and got.inside_share == 1.0
    assert got.max_abs_m == pytest.approx(want.max_abs_m, abs=1e-3)


def _brute_distance_m(pts, line, coarse_m=1000.0, fine_m=2.0):
    """Distance (m) from points to a line's geodesic edges by sampling it, with pyproj alone."""
    dense = []
    for (x0, y0), (x1, y1) in itertools.pairwise(line):
        n = int(np.ceil(GEOD.inv(x0, y0, x1, y1)[2] / fine_m))
        mid = GEOD.npts(x0, y0, x1, y1, n - 1)
        dense += [(x0, y0), *mid]
    dense = np.array([*dense, tuple(line[-1])])
    step = max(1, int(coarse_m / fine_m))
    coarse = dense[::step]
    out = np.empty(len(pts))
    for i, (x, y) in enumerate(pts):
        d = GEOD.inv(np.full(len(coarse), x), np.full(len(coarse), y), coarse[:, 0], coarse[:, 1])
        k = int(np.argmin(d[2])) * step
        near = dense[max(0, k - 2 * step) : k + 2 * step + 1]
        dn = GEOD.inv(np.full(len(near), x), np.full(len(near), y), near[:, 0], near[:, 1])[2]
        out[i] = dn.min()
    return out


def test_every_part_boundary_lies_at_the_width_by_brute_force():
    coords, width, semantics, _ = CASES["crossing"]
    line = np.array(coords)
    geom = zones.zone(line, width, semantics)
    w_m = zones.half_width_m(width, semantics)
    for part in geom.geoms:
        ring = np.asarray(part.exterior.coords)[:-1]
        mids = 0.5 * (ring + np.roll(ring, -1, axis=0))
        pts = np.vstack([ring, mids])
        pts = pts[np.abs(pts[:, 0]) < 180.0 - 1e-9]  # the cut at ±180° is not the boundary
        d = _brute_distance_m(pts[::3], line)
        assert np.abs(d - w_m).max() <= TOL + 0.01


def test_thousands_of_jittered_vertices_crossing_several_times():
    rng = np.random.default_rng(7)
    n = 2000
    t = np.linspace(0.0, 1.0, n)
    lon = 180.0 + 0.25 * np.sin(2 * np.pi * 3.5 * t) + rng.normal(0, 0.002, n)
    lat = -16.0 - 1.5 * t + rng.normal(0, 0.002, n)
    line = np.column_stack([(lon + 180.0) % 360.0 - 180.0, lat])
    assert np.sum(np.abs(np.diff(line[:, 0])) > 180.0) >= 6
    geom = zones.zone(line, 6.0, "total")
    _check_split(geom)
    far = _turned(line, 100.0)
    plain = zones.zone(far, 6.0, "total")
    assert geodesic_area_km2(geom) == pytest.approx(geodesic_area_km2(plain), rel=1e-7)
    err = _error(geom, line, 6.0, "total")
    assert err.max_abs_m <= TOL + 0.01 and err.inside_share == 1.0


def test_long_lines_keep_working_and_wrapping_round_is_refused():
    # over 180° of longitude without crossing ±180°: one polygon, as before
    long = np.array([[-100.0, 0.0], [0.0, 0.0], [100.0, 0.0]])
    geom = zones.zone(long, 10.0, "total")
    assert geom.geom_type == "Polygon"
    assert geom.bounds[0] < -100.0 and geom.bounds[2] > 100.0
    # all the way round: the zone would overlap itself across ±180°
    with pytest.raises(GeometryError, match="all the way round the Earth"):
        zones.zone(np.array([[-179.9, 0.0], [-60.0, 0.0], [60.0, 0.0], [179.9, 0.0]]), 20, "total")
    # near a pole: still refused at once
    with pytest.raises(GeometryError, match="within 1° of a pole"):
        zones.zone(np.array([[179.5, 88.95], [-179.5, 88.95]]), 20, "total")


def test_line_cut_at_the_antimeridian_joins_and_splits_back():
    parts = [
        ("MultiLineString", [[[179.5, -17.0], [180.0, -17.2]], [[-180.0, -17.2], [-179.5, -17.5]]])
    ]
    with pytest.warns(UserWarning, match="joined 2 line parts"):
        xy = np.array(pick_line(parts, "line.geojson"))
    assert len(xy) == 3 and antimeridian.crosses(xy[:, 0])
    back = antimeridian.split_line(xy)
    assert back.geom_type == "MultiLineString"
    assert np.abs(shapely.get_coordinates(back)[:, 0]).max() == 180.0


def test_buffer_across_fiji_clips_counts_places_and_writes_rfc7946(tmp_path):
    # Savusavu (Vanua Levu) to Tubou (Lakeba): across 180° east of Taveuni
    line = {"type": "LineString", "coordinates": [[179.33564, -16.77942], [-178.81232, -18.23652]]}
    (tmp_path / "fiji.geojson").write_text(json.dumps(line))
    out = tmp_path / "zones.geojson"
    result = invoke(
        [
            "buffer",
            str(tmp_path / "fiji.geojson"),
            "--width",
            "20km",
            "--clip",
            "land",
            "-o",
            str(out),
        ]
    )
    assert result.exit_code == 0, result.output
    feature = json.loads(out.read_text())["features"][0]
    geom = shapely.geometry.shape(feature["geometry"])
    props = feature["properties"]
    assert np.abs(shapely.get_coordinates(geom)[:, 0]).max() <= 180.0
    assert geom.bounds[0] < -178.0 and geom.bounds[2] > 179.0  # land on both sides of 180°
    assert "Savusavu" in props["places"] and "Tubou" in props["places"]
    # oracle: zone and Fiji both turned into a frame where nothing crosses ±180°
    from geozone.sources.naturalearth import country_polygon

    xy = np.array(line["coordinates"])
    far = zones.zone(_turned(xy, -170.0), 20.0, "total")
    fiji = shapely.transform(
        country_polygon("FJ"),
        lambda c: np.column_stack([(c[:, 0] + 10.0) % 360.0 - 180.0, c[:, 1]]),
    )
    want = geodesic_area_km2(shapely.intersection(far, fiji))
    assert props["area_km2"] == pytest.approx(want, rel=1e-4)
    assert props["unclipped_area_km2"] == pytest.approx(geodesic_area_km2(far), rel=1e-6)


def _fiji_layers():
    import geopandas as gpd

    xy = np.array([[179.33564, -16.77942], [-178.81232, -18.23652]])
    zone = zones.zone(xy, 20.0, "total")
    line = antimeridian.split_line(xy)
    return gpd.GeoDataFrame(
        {
            "layer": ["zone", "line"],
            "variant": ["total-20km", None],
            "semantics": ["total", None],
            "width_km": [20.0, None],
            "area_km2": [geodesic_area_km2(zone), None],
            "name": [None, "line"],
        },
        geometry=[zone, line],
        crs="EPSG:4326",
    )


def test_map_and_geojson_draw_the_split_zone_whole_and_write_it_split():
    from geozone.io.geojson import feature_collection
    from geozone.web.payload import map_data

    layers = _fiji_layers()
    data = map_data(layers)
    # drawn in one continuous frame: no band round the world
    (_, w), (_, e) = data["bounds"]
    assert 0 < e - w < 5.0
    drawn = shapely.geometry.shape(data["variants"][0]["geometry"])
    assert drawn.geom_type == "Polygon" and np.ptp(shapely.get_coordinates(drawn)[:, 0]) < 5.0
    line = shapely.geometry.shape(data["line"][0]["geometry"])
    assert line.geom_type == "LineString" and line.length < 5.0
    fiji = [c for c in data["basemap"] if c["name"] == "Fiji"]
    assert len(fiji) == 1  # read on both sides of 180°, drawn as one country
    # written per RFC 7946: cut at ±180°, nothing beyond it
    out = feature_collection(layers)
    for f in out["features"]:
        xy = shapely.get_coordinates(shapely.geometry.shape(f["geometry"]))
        assert np.abs(xy[:, 0]).max() <= 180.0
    assert out["features"][1]["geometry"]["type"] == "MultiLineString"


def test_sweep_crossed_share_across_the_antimeridian_equals_a_turned_copy(tmp_path):
    """Ground crossed between two dated lines over ±180° equals that of the same lines at 10°."""
    from geozone.jobs.sweep import Context, plan, read_dated_lines, run_task

    figures = {}
    for shift in (0.0, -170.0):
        folder = tmp_path / f"lines{shift:g}"
        folder.mkdir()
        for date, lon0 in (("2020-01-01", 179.5), ("2020-02-01", 179.6)):
            coords = [[lon0 + shift, -16.5], [lon0 + 0.7 + shift, -16.9]]
            coords = [[(x + 180.0) % 360.0 - 180.0, y] for x, y in coords]
            feat = {"type": "Feature", "properties": {"date": date}}
            feat["geometry"] = {"type": "LineString", "coordinates": coords}
            (folder / f"{date}.geojson").write_text(json.dumps(feat), encoding="utf-8")
        toward = f"{(179.9 + 180.0 + shift) % 360.0 - 180.0:.4f},-16.0"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tasks = plan(
                read_dated_lines([folder]), [10.0], ["total", "depth"], toward, ctx=Context()
            )
            rows = [run_task(t, Context()).iloc[0] for t in tasks]
        figures[shift] = [(r.area_km2, r.crossed_km2) for r in rows]
    crossed = [c for _, c in figures[0.0]]
    assert crossed[2] > 400 and crossed[3] > 400  # the later line took ground on both readings
    for (a0, c0), (a1, c1) in zip(figures[0.0], figures[-170.0], strict=True):
        assert a0 == pytest.approx(a1, abs=0.01)
        assert c0 == pytest.approx(c1, abs=0.2)
