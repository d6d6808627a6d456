"""Place footprints: a disc whose area follows from a population at a stated density."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from .antimeridian import split
from .geodesy import GEOD
from .measure import geodesic_area_km2

DENSITY_PER_KM2 = 10_000.0
"""People per km² a footprint assumes: Aleppo's 2.1 million on about 190 km² is about 11,000."""

_SIDES = 72
"""Vertices of a footprint disc (its area is within 0.2 % of the circle's)."""


def footprint_radius_km(population: float, density_per_km2: float = DENSITY_PER_KM2) -> float:
    """Radius (km) of a disc holding ``population`` people at ``density_per_km2``."""
    return float(np.sqrt(max(float(population), 0.0) / density_per_km2 / np.pi))


def discs(
    lon: np.ndarray, lat: np.ndarray, radius_km: np.ndarray, sides: int = _SIDES
) -> np.ndarray:
    """Geodesic discs around points, all in one pass.

    Parameters
    ----------
    lon, lat : numpy.ndarray
        Centres, degrees (EPSG:4326), shape (k,).
    radius_km : numpy.ndarray
        Radii in km, shape (k,).
    sides : int
        Vertices per disc.

    Returns
    -------
    numpy.ndarray
        (k,) object array of shapely Polygons (lon/lat degrees); a disc that
        reaches across ±180° is cut there into a MultiPolygon.
    """
    lon, lat, radius_km = (np.asarray(v, dtype=float).ravel() for v in (lon, lat, radius_km))
    k = len(lon)
    if k == 0:
        return np.empty(0, dtype=object)
    az = np.linspace(0.0, 360.0, sides, endpoint=False)
    lons, lats, _ = GEOD.fwd(
        np.repeat(lon, sides),
        np.repeat(lat, sides),
        np.tile(az, k),
        np.repeat(radius_km * 1000.0, sides),
    )
    # continuous round each centre, and cut at ±180° where a disc reaches across
    centre = lon[:, None]
    lons = centre + (np.reshape(lons, (k, sides)) - centre + 180.0) % 360.0 - 180.0
    rings = np.stack([lons, np.reshape(lats, (k, sides))], axis=-1)
    out = shapely.polygons(rings)
    for i in np.flatnonzero((np.abs(lons) > 180.0).any(axis=1)):
        out[i] = split(out[i])
    return out


def disc(lon: float, lat: float, radius_km: float, sides: int = _SIDES) -> Polygon | MultiPolygon:
    """A geodesic disc (lon/lat degrees, EPSG:4326) of ``radius_km`` around a point."""
    return discs(np.array([lon]), np.array([lat]), np.array([radius_km]), sides)[0]


def share_inside(footprint: Polygon, area) -> float:
    """Share (0–1) of a footprint's geodesic area inside ``area`` (both lon/lat)."""
    return float(shares_inside(np.array([footprint], dtype=object), area)[0])


def shares_inside(footprints: np.ndarray, area) -> np.ndarray:
    """Share (0–1) of each footprint's geodesic area inside ``area`` (all lon/lat).

    Parameters
    ----------
    footprints : numpy.ndarray
        (k,) object array of polygons (:func:`discs`).
    area : shapely geometry or None
        The zone; prepare it (``shapely.prepare``) beforehand when it is
        large, as the tests against it are then quicker.

    Returns
    -------
    numpy.ndarray
        (k,) shares: 1 for a footprint wholly inside, 0 for one outside,
        else its inside area over its area, both geodesic.
    """
    fp = np.asarray(footprints, dtype=object)
    out = np.zeros(len(fp))
    if area is None or area.is_empty or not len(fp):
        return out
    hit = np.flatnonzero(shapely.intersects(area, fp))
    full = shapely.contains(area, fp[hit])
    out[hit[full]] = 1.0
    part = hit[~full]
    cut = shapely.intersection(fp[part], area)
    for i, piece in zip(part, cut, strict=True):
        whole = geodesic_area_km2(fp[i])
        out[i] = min(1.0, geodesic_area_km2(piece) / whole) if whole > 0 else 0.0
    return out


__all__ = [
    "DENSITY_PER_KM2",
    "disc",
    "discs",
    "footprint_radius_km",
    "share_inside",
    "shares_inside",
]
