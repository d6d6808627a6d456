"""The offline basemap: Natural Earth country polygons around a map's extent."""

from __future__ import annotations

import geopandas as gpd
import shapely

from .clip import _natural_earth_zip

BASEMAP_MARGIN_DEG = 4.0
"""How far beyond the shapes the basemap reaches, degrees."""

BASEMAP_TOLERANCE_DEG = 0.003
"""Simplification of the basemap's borders, degrees (about 300 m)."""


def countries_around(
    bounds: tuple[float, float, float, float],
    margin_deg: float = BASEMAP_MARGIN_DEG,
    tolerance_deg: float = BASEMAP_TOLERANCE_DEG,
) -> gpd.GeoDataFrame:
    """Natural Earth 1:10m countries cut to a box around ``bounds``.

    Parameters
    ----------
    bounds : tuple of float
        ``(min_lon, min_lat, max_lon, max_lat)``, degrees (EPSG:4326).
    margin_deg : float
        Margin added on every side, degrees.
    tolerance_deg : float
        Simplification tolerance, degrees: the basemap is for orientation,
        not measurement.

    Returns
    -------
    geopandas.GeoDataFrame
        ``name`` and the polygon of each country in the box, EPSG:4326,
        sorted by name; ``label_lon``/``label_lat`` is a point inside the
        part shown, for its label.
    """
    import pyogrio

    minx, miny, maxx, maxy = bounds
    box = (
        max(minx - margin_deg, -180.0),
        max(miny - margin_deg, -90.0),
        min(maxx + margin_deg, 180.0),
        min(maxy + margin_deg, 90.0),
    )
    frame = pyogrio.read_dataframe(_natural_earth_zip(), bbox=box, columns=["NAME_EN"])
    cut = shapely.clip_by_rect(frame.geometry.values, *box)
    cut = shapely.simplify(cut, tolerance_deg, preserve_topology=True)
    cut = shapely.set_precision(cut, 1e-4)
    keep = ~shapely.is_empty(cut)
    labels = shapely.point_on_surface(cut[keep])
    out = gpd.GeoDataFrame(
        {
            "name": frame.NAME_EN.values[keep],
            "label_lon": shapely.get_x(labels).round(3),
            "label_lat": shapely.get_y(labels).round(3),
        },
        geometry=cut[keep],
        crs="EPSG:4326",
    )
    return out.sort_values("name", ignore_index=True)
