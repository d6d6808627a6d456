"""Geodesic measures of shapes on WGS84: areas in km² and lengths in km."""

from __future__ import annotations

import shapely

from .geodesy import GEOD


def geodesic_area_km2(geom) -> float:
    """Geodesic (WGS84) area of a lon/lat geometry (EPSG:4326), km²; 0 for an empty one.

    Each polygon's outer ring less its holes, every ring measured on the
    ellipsoid as a geodesic polygon through its vertices.
    """
    if geom is None or geom.is_empty:
        return 0.0
    total = 0.0
    for poly in shapely.get_parts(geom):
        if poly.geom_type != "Polygon":
            continue
        for k, ring in enumerate([poly.exterior, *poly.interiors]):
            xy = shapely.get_coordinates(ring)
            area, _ = GEOD.polygon_area_perimeter(xy[:, 0], xy[:, 1])
            total += abs(area) if k == 0 else -abs(area)
    return abs(total) / 1e6


def geodesic_length_km(geom) -> float:
    """Geodesic (WGS84) length of a lon/lat line (EPSG:4326), km; 0 for an empty one."""
    if geom is None or geom.is_empty:
        return 0.0
    return GEOD.geometry_length(geom) / 1000.0
