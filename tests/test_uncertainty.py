"""Certain / possible ranges and footprint counts on a hand-built case.

A straight line along the meridian 36° E from 35° to 36° N; places are put
at known geodesic distances due east or west of it (a geodesic leaving a
meridian at a right angle is the shortest way back to it), so which of them
lie within ``h ± u`` of the line is known by hand.
"""

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geozone.geometry.footprint import DENSITY_PER_KM2, disc, footprint_radius_km, share_inside
from geozone.geometry.geodesy import GEOD
from geozone.geometry.measure import geodesic_area_km2
from geozone.geometry.uncertainty import certain_possible, stretch_margins
from geozone.geometry.zones import RIGHT, zone
from geozone.jobs.context import route_geometry
from geozone.jobs.coverage import measure_layers

LINE = np.array([[36.0, 35.0], [36.0, 36.0]])


def east(km: float, lat: float = 35.5) -> tuple[float, float]:
    """The point ``km`` due east (negative: west) of the line at ``lat``."""
    lon, lat2, _ = GEOD.fwd(36.0, lat, 90.0 if km >= 0 else 270.0, abs(km) * 1000.0)
    return float(lon), float(lat2)


def frame(width_km, semantics, edges, places, routes=(), route_edges=None):
    """A layers frame as measure_layers takes it: one zone, its bands, places, routes, line."""
    side = RIGHT if semantics == "depth" else None
    rows = [
        dict(
            layer="zone",
            variant=f"{semantics}-{width_km:g}km",
            semantics=semantics,
            width_km=width_km,
            side="east" if side else "both",
            area_km2=0.0,
            max_error_m=0.0,
            sources="",
            geometry=zone(LINE, width_km, semantics, side),
        ),
        dict(layer="line", geometry=shapely.LineString(LINE)),
    ]
    margins = {"line": edges}
    if route_edges is not None:
        margins["R"] = route_edges
    for applies_to, e in margins.items():
        certain, possible = certain_possible(LINE, width_km, semantics, e, side)
        for kind, geom in (("certain", certain), ("possible", possible)):
            rows.append(
                dict(
                    layer="band",
                    variant=f"{semantics}-{width_km:g}km",
                    band=kind,
                    applies_to=applies_to,
                    geometry=geom,
                )
            )
    for name, (lon, lat), pop in places:
        rows.append(
            dict(layer="place", name=name, population=pop, geometry=shapely.Point(lon, lat))
        )
    for rid, coords in routes:
        rows.append(dict(layer="route", route=rid, geometry=route_geometry(np.array(coords))))
    return gpd.GeoDataFrame(pd.DataFrame(rows), geometry="geometry", crs="EPSG:4326")


def test_stretch_margins_take_the_larger_end():
    assert stretch_margins([1.0, None, 4.0], 2.0).tolist() == [2.0, 4.0]
    assert stretch_margins([None, None], None).tolist() == [0.0]


def test_total_zone_places_surely_and_possibly_inside():
    # total 20 km: 10 km each side; a 2 km margin: surely within 8, possibly within 12
    places = [(f"e{d}", east(d), None) for d in (7, 9, 11, 13)] + [("w9", east(-9), None)]
    row = measure_layers(frame(20, "total", [2.0], places)).iloc[0]
    assert row.places_inside == 3  # e7, e9, w9
    assert row.places_inside_certain == 1  # e7
    assert row.places_inside_possible == 4  # e7, e9, e11, w9
    assert row.places_without_population == 3
    assert pd.isna(row.population_inside)  # no place with a figure: unknown, not 0
    assert row.population_note.startswith("no people counted in 0 places with figures; 3 places")


def test_depth_zone_near_the_line_is_only_possible():
    # depth 10 km east, margin 2 km: surely between 2 and 8 km east; possibly up to
    # 12 km east, or within 2 km on either side (the real line may run there)
    places = [
        ("e1", east(1), None),
        ("e5", east(5), None),
        ("e9", east(9), None),
        ("e13", east(13), None),
        ("w1", east(-1), None),
        ("w5", east(-5), None),
    ]
    row = measure_layers(frame(10, "depth", [2.0], places)).iloc[0]
    assert row.places_inside == 3  # e1, e5, e9
    assert row.places_inside_certain == 1  # e5
    assert row.places_inside_possible == 3  # e1, e5, e9; w1 is on the other side
    # the possible extent itself does reach 2 km west of the line
    _, possible = certain_possible(LINE, 10, "depth", [2.0], RIGHT)
    assert possible.contains(shapely.Point(east(-1.9)))
    assert not possible.contains(shapely.Point(east(-2.1)))


def test_route_km_range_adds_the_route_margin():
    # a road straight across the total 20 km zone: 20 km inside; line ±2 km and
    # road ±1 km: surely 2 × (10 − 3) = 14 km, possibly 2 × (10 + 3) = 26 km
    road = [("R", [east(-20), east(20)])]
    row = measure_layers(frame(20, "total", [2.0], [], road, route_edges=[3.0])).iloc[0]
    assert row.R_km == pytest.approx(20.0, abs=0.02)
    assert row.R_km_low == pytest.approx(14.0, abs=0.02)
    assert row.R_km_high == pytest.approx(26.0, abs=0.02)


def test_margins_per_stretch():
    # vertices at 35, 35.5 and 36 N with margins 1, 1 and 4 km: stretch 1 ±1, stretch 2 ±4
    line = np.array([[36.0, 35.0], [36.0, 35.5], [36.0, 36.0]])
    certain, possible = certain_possible(line, 20, "total", stretch_margins([1, 1, 4], None))
    assert certain.contains(shapely.Point(east(8.5, 35.25)))  # ≤ 10 − 1
    assert not certain.contains(shapely.Point(east(8.5, 35.75)))  # > 10 − 4
    assert possible.contains(shapely.Point(east(13.5, 35.75)))  # ≤ 10 + 4
    assert not possible.contains(shapely.Point(east(11.5, 35.25)))  # > 10 + 1
    # with one margin everywhere the sets are the zones at h ∓ u, which the engine builds
    c1, p1 = certain_possible(line, 20, "total", [2.0, 2.0])
    assert geodesic_area_km2(c1) == pytest.approx(geodesic_area_km2(zone(line, 16, "total")), 1e-6)
    assert geodesic_area_km2(p1) == pytest.approx(geodesic_area_km2(zone(line, 24, "total")), 1e-6)


def test_population_counts_the_footprint_share():
    # 31,416 people at 10,000 per km² make a disc of radius 1 km
    assert footprint_radius_km(31_416) == pytest.approx(1.0, abs=1e-4)
    # centred 0.5 km east of the line: the part west of the line is the circular
    # segment r²·acos(d/r) − d·√(r² − d²) of the disc; the depth zone holds the rest
    segment = math.acos(0.5) - 0.5 * math.sqrt(0.75)
    expected = 1 - segment / math.pi  # 0.8045
    assert share_inside(disc(*east(0.5), 1.0), zone(LINE, 10, "depth", RIGHT)) == pytest.approx(
        expected, abs=0.003
    )
    places = [
        ("town", east(0.5), 31_416),
        ("village", east(4), None),
        ("city across", east(-3), 2_000_000),  # on the other side: never in a depth zone
    ]
    row = measure_layers(frame(10, "depth", [0.0], places)).iloc[0]
    assert row.population_inside == pytest.approx(31_416 * expected, rel=0.004)
    assert row.places_with_population == 1 and row.places_without_population == 1
    assert "city across" not in row.places and "city across" not in row.places_partly
    assert row.population_note.startswith(f"{row.population_inside:,} people in 1 places")
    # in a total zone of 2 km (1 km each side) the city 3 km west counts by the part of
    # its 8 km footprint that reaches the line's 1 km strip, not in full
    row = measure_layers(frame(2, "total", [0.0], places)).iloc[0]
    r = footprint_radius_km(2_000_000)
    assert r == pytest.approx(math.sqrt(200 / math.pi), 1e-9)
    assert "city across" in row.places_partly
    strip = shapely.intersection(disc(*east(-3), r), zone(LINE, 2, "total"))
    share = geodesic_area_km2(strip) / (2_000_000 / DENSITY_PER_KM2)
    assert 0 < share < 0.3
    # the town (0.5 km east, radius 1 km) sticks out 0.5 km beyond the strip's east edge
    town = 1 - segment / math.pi
    assert row.population_inside == pytest.approx(31_416 * town + 2_000_000 * share, rel=0.01)
