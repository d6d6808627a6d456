"""Geodesic measures of shapes on WGS84: areas in km² and lengths in km."""

from __future__ import annotations

import shapely

from .geodesy import GEOD


def geodesic_area_km2(geom) -> float:
    """Geodesic (WGS84) area of a lon/lat geometry (EPSG:4326), km²; 0 for an empty one."""
    if geom is None or geom.is_empty:
        return 0.0
    area, _ = GEOD.geometry_area_perimeter(shapely.orient_polygons(geom))
    return abs(area) / 1e6


def geodesic_length_km(geom) -> float:
    """Geodesic (WGS84) length of a lon/lat line (EPSG:4326), km; 0 for an empty one."""
    if geom is None or geom.is_empty:
        return 0.0
    return GEOD.geometry_length(geom) / 1000.0
