"""Display geometry: shapes simplified for the browser within a stated distance in metres."""

from __future__ import annotations

import numpy as np
import pyproj
import shapely

DISPLAY_TOLERANCE_M = 6.0
"""Simplification tolerance for drawn shapes, metres (exports keep full precision)."""

DISPLAY_DECIMALS = 5
"""Coordinate decimals in the page: at most 0.6 m of rounding at these latitudes."""


def _local_metres(geoms: np.ndarray) -> tuple[pyproj.Transformer, pyproj.Transformer]:
    """Transformers to and from a transverse Mercator centred on the shapes.

    Within 300 km of its central meridian the projection's scale error is
    under 0.12 %, so a tolerance in its metres is a tolerance on the ground.
    """
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    lon0, lat0 = (minx + maxx) / 2, (miny + maxy) / 2
    local = pyproj.CRS.from_proj4(
        f"+proj=tmerc +lon_0={lon0:.6f} +lat_0={lat0:.6f} +k=1 +ellps=WGS84 +units=m +over"
    )
    fwd = pyproj.Transformer.from_crs("EPSG:4326", local, always_xy=True)
    back = pyproj.Transformer.from_crs(local, "EPSG:4326", always_xy=True)
    return fwd, back


def _apply(transformer: pyproj.Transformer, geoms: np.ndarray) -> np.ndarray:
    return shapely.transform(
        geoms, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))
    )


def simplify_for_display(
    geoms, tolerance_m: float = DISPLAY_TOLERANCE_M, decimals: int = DISPLAY_DECIMALS
) -> tuple[np.ndarray, float]:
    """Shapes with fewer vertices, for drawing, and how far they moved.

    Parameters
    ----------
    geoms : array-like of shapely geometries
        Lon/lat degrees (EPSG:4326), all within a few hundred km.
    tolerance_m : float
        Douglas-Peucker tolerance, metres on the ground (topology kept).
    decimals : int
        Decimals the simplified coordinates are rounded to.

    Returns
    -------
    simplified : numpy.ndarray of shapely geometries
        EPSG:4326, same order; empty or missing shapes pass through.
    shift_m : float
        The largest Hausdorff distance between a shape and its simplified
        form, metres (measured in the local projection, after rounding).
    """
    geoms = np.asarray(geoms, dtype=object)
    ok = np.array([g is not None and not g.is_empty for g in geoms], dtype=bool)
    out = geoms.copy()
    if not ok.any():
        return out, 0.0
    fwd, back = _local_metres(geoms[ok])
    local = _apply(fwd, geoms[ok])
    simple = shapely.simplify(local, tolerance_m, preserve_topology=True)
    # rounding each coordinate (not snapping in valid-output mode, which can
    # reorder a multipolygon's parts into a different shape): a drawn ring
    # that crosses itself by a few decimetres still draws right
    lonlat = _apply(back, simple)
    lonlat = shapely.transform(lonlat, lambda xy: np.round(xy, decimals))
    shift = shapely.hausdorff_distance(local, _apply(fwd, lonlat), densify=0.25)
    out[ok] = lonlat
    return out, float(np.max(shift))
