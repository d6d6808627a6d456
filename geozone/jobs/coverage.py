"""Per-variant figures: geodesic area, route km inside, places and people inside, side covered."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..geometry.geodesy import GEOD
from ..scenario import Scenario
from .zonetable import geodesic_area_km2


def length_inside_km(line: shapely.LineString, area) -> float:
    """Geodesic length (km) of the part of ``line`` inside ``area`` (both lon/lat)."""
    part = shapely.intersection(line, area)
    if part.is_empty:
        return 0.0
    return GEOD.geometry_length(part) / 1000.0


def measure(scenario: Scenario, zones: gpd.GeoDataFrame) -> pd.DataFrame:
    """The figures for each zone variant of a scenario.

    Parameters
    ----------
    scenario : Scenario
        The scenario the zones were built from.
    zones : geopandas.GeoDataFrame
        Output of :func:`geozone.build_zones` (EPSG:4326).

    Returns
    -------
    pandas.DataFrame
        As :func:`measure_layers`.
    """
    from .context import scenario_features

    feats = scenario_features(scenario, zones)
    return measure_layers(pd.concat([zones, feats], ignore_index=True))


def measure_layers(layers: pd.DataFrame) -> pd.DataFrame:
    """The figures for each zone in a frame of zones and context layers.

    Parameters
    ----------
    layers : pandas.DataFrame
        Rows with a ``layer`` column, geometry EPSG:4326: ``zone`` rows
        (``variant``, ``semantics``, ``width_km``, ``side``, ``area_km2``,
        ``max_error_m``, ``sources``) are measured against the ``route``
        rows (``route`` id), the ``place`` rows (``name``, ``population``)
        and the ``side_area`` rows (``side``); a zones file exported by
        ``geozone build`` is such a frame.

    Returns
    -------
    pandas.DataFrame
        One row per zone: ``variant``, ``semantics``, ``width_km``, ``side``,
        ``area_km2`` (geodesic, clipped), ``<route>_km`` (geodesic length of
        each route inside), ``places_inside`` (count), ``places`` (names,
        most populous first), ``population_inside`` (sum of known
        populations; both blank (None) when the frame has no places, and the
        population blank when no place inside has a known one),
        ``<side>_share_pct`` (share of a side's area covered),
        ``max_error_m`` and ``sources``.
    """
    layer = layers["layer"]
    zones = layers[layer == "zone"]
    places = layers[layer == "place"]
    names = _column(places, "name", "").fillna("").astype(str).to_numpy()
    pop = _column(places, "population", 0).fillna(0).astype(int).to_numpy()
    points = places.geometry.values
    route_rows = layers[layer == "route"]
    routes = {
        (rid if isinstance(rid, str) and rid else f"{name or 'route'}"): geom
        for rid, name, geom in zip(
            _column(route_rows, "route", None),
            _column(route_rows, "name", None),
            route_rows.geometry.values,
            strict=True,
        )
    }
    side_rows = layers[layer == "side_area"]
    areas = {
        str(side): (geom, geodesic_area_km2(geom))
        for side, geom in zip(
            _column(side_rows, "side", "side"), side_rows.geometry.values, strict=True
        )
    }
    out = []
    for row in zones.itertuples():
        geom = row.geometry
        shapely.prepare(geom)
        hit = shapely.contains(geom, points) if len(points) else np.zeros(0, bool)
        inside = pd.DataFrame({"name": names[hit], "population": pop[hit]})
        inside = inside.sort_values(["population", "name"], ascending=[False, True])
        rec = {
            "variant": row.variant,
            "semantics": row.semantics,
            "width_km": row.width_km,
            "side": row.side,
            "area_km2": row.area_km2,
        }
        for rid, rline in routes.items():
            rec[f"{rid}_km"] = round(length_inside_km(rline, geom), 2)
        counted = len(places) > 0  # no places layer: nothing was counted, so blank, not 0
        rec["places_inside"] = len(inside) if counted else None
        rec["places"] = "; ".join(
            f"{n} ({p:,})" if p else n for n, p in zip(inside.name, inside.population, strict=True)
        )
        known = inside.population[inside.population > 0]
        rec["population_inside"] = int(known.sum()) if len(known) else None
        if not counted:  # a buffer output lists the places inside on each zone
            for key in ("places_inside", "places", "population_inside"):
                value = getattr(row, key, None)
                rec[key] = None if _blank(value) else value
        for key, (area, total) in areas.items():
            covered = geodesic_area_km2(shapely.intersection(geom, area))
            rec[f"{key}_share_pct"] = round(100.0 * covered / total, 2) if total else None
        rec["max_error_m"] = row.max_error_m
        rec["sources"] = row.sources
        out.append(rec)
    return pd.DataFrame(out)


def _blank(value) -> bool:
    """None, NaN or an empty string."""
    if value is None or (isinstance(value, str) and not value):
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _column(frame: pd.DataFrame, name: str, default) -> pd.Series:
    """A column of ``frame``, or ``default`` on every row when it is missing."""
    if name in frame.columns:
        return frame[name]
    return pd.Series([default] * len(frame), index=frame.index, dtype=object)
