"""Place footprints: a disc whose area follows from a population at a stated density."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import Polygon

from .geodesy import GEOD
from .measure import geodesic_area_km2

DENSITY_PER_KM2 = 10_000.0
"""People per km² a footprint assumes: Aleppo's 2.1 million on about 190 km² is about 11,000."""

_SIDES = 72
"""Vertices of a footprint disc (its area is within 0.2 % of the circle's)."""


def footprint_radius_km(population: float, density_per_km2: float = DENSITY_PER_KM2) -> float:
    """Radius (km) of a disc holding ``population`` people at ``density_per_km2``."""
    return float(np.sqrt(max(float(population), 0.0) / density_per_km2 / np.pi))


def disc(lon: float, lat: float, radius_km: float, sides: int = _SIDES) -> Polygon:
    """A geodesic disc (lon/lat degrees, EPSG:4326) of ``radius_km`` around a point."""
    az = np.linspace(0.0, 360.0, sides, endpoint=False)
    lons, lats, _ = GEOD.fwd(
        np.full(sides, lon), np.full(sides, lat), az, np.full(sides, radius_km * 1000.0)
    )
    return Polygon(np.column_stack([lons, lats]))


def discs(
    lon: np.ndarray, lat: np.ndarray, radius_km: np.ndarray, sides: int = _SIDES
) -> np.ndarray:
    """Many geodesic discs at once (see :func:`disc`): an array of Polygons, lon/lat degrees.

    One geodesic call for all their vertices, which are those :func:`disc` gives.
    """
    lon, lat, radius_km = (np.atleast_1d(np.asarray(a, dtype=float)) for a in (lon, lat, radius_km))
    n = len(lon)
    if not n:
        return np.empty(0, dtype=object)
    az = np.tile(np.linspace(0.0, 360.0, sides, endpoint=False), n)
    lons, lats, _ = GEOD.fwd(
        np.repeat(lon, sides), np.repeat(lat, sides), az, np.repeat(radius_km * 1000.0, sides)
    )
    rings = np.stack([np.reshape(lons, (n, sides)), np.reshape(lats, (n, sides))], axis=-1)
    return shapely.polygons(np.concatenate([rings, rings[:, :1]], axis=1))


def share_inside(footprint: Polygon, area) -> float:
    """Share (0–1) of a footprint's geodesic area inside ``area`` (both lon/lat)."""
    if area is None or area.is_empty or not shapely.intersects(footprint, area):
        return 0.0
    if shapely.contains(area, footprint):
        return 1.0
    whole = geodesic_area_km2(footprint)
    if whole <= 0:
        return 0.0
    return min(1.0, geodesic_area_km2(shapely.intersection(footprint, area)) / whole)


__all__ = ["DENSITY_PER_KM2", "disc", "discs", "footprint_radius_km", "share_inside"]
