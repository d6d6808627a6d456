"""Per-variant figures: geodesic area, route km inside, places and people inside, side covered."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .geodesy import GEOD, geodesic_points
from .scenario import Scenario
from .variants import geodesic_area_km2, zone_rows

_ROUTE_STEP_M = 500.0


def route_geometry(coords: np.ndarray) -> shapely.LineString:
    """A route with geodesic edges as a lon/lat LineString, a vertex every 500 m."""
    return shapely.LineString(geodesic_points(coords, _ROUTE_STEP_M))


def length_inside_km(line: shapely.LineString, area) -> float:
    """Geodesic length (km) of the part of ``line`` inside ``area`` (both lon/lat)."""
    part = shapely.intersection(line, area)
    if part.is_empty:
        return 0.0
    return GEOD.geometry_length(part) / 1000.0


def places_table(scenario: Scenario) -> pd.DataFrame:
    """Every gazetteer place with its side (where the scenario lists it) and population.

    Population is the scenario's census figure where it gives one, otherwise
    GeoNames' figure (0 is unknown).
    """
    side_of = {}
    for key, side in scenario.sides.items():
        for p in side.places:
            side_of[(round(p.lon, 5), round(p.lat, 5))] = key
    rows, seen = [], set()
    for p in scenario.gazetteer.places:
        at = (round(p.lon, 5), round(p.lat, 5))
        if at in seen:
            continue
        seen.add(at)
        rows.append(
            dict(
                name=p.name,
                lon=p.lon,
                lat=p.lat,
                side=side_of.get(at, ""),
                population=int(p.population),
                population_source="GeoNames" if p.population else "",
                geonameid=p.geonameid,
                source=p.source,
            )
        )
    # census names may use another spelling than the gazetteer's first name
    frame = pd.DataFrame(rows)
    for name, (pop, source) in scenario.census.items():
        hit = scenario.gazetteer.lookup(name)
        mask = (frame.lon.round(5) == round(hit.lon, 5)) & (frame.lat.round(5) == round(hit.lat, 5))
        frame.loc[mask, ["population", "population_source"]] = [pop, source]
    return frame


def measure(scenario: Scenario, zones: gpd.GeoDataFrame) -> pd.DataFrame:
    """The figures for each zone variant.

    Parameters
    ----------
    scenario : Scenario
        The scenario the zones were built from.
    zones : geopandas.GeoDataFrame
        Output of :func:`geozone.build_zones` (EPSG:4326).

    Returns
    -------
    pandas.DataFrame
        One row per variant: ``variant``, ``semantics``, ``width_km``,
        ``area_km2`` (geodesic, clipped), ``<route>_km`` (geodesic length of
        each route inside), ``places_inside`` (count), ``places`` (names),
        ``population_inside`` (sum of known populations), ``<side>_share_pct``
        (share of a side's area covered, where the scenario defines it),
        ``max_error_m`` and ``sources``.
    """
    frame = zone_rows(zones)
    places = places_table(scenario)
    points = shapely.points(places[["lon", "lat"]].to_numpy())
    routes = {r.id: route_geometry(r.coords) for r in scenario.routes}
    areas = {k: (s.area, geodesic_area_km2(s.area)) for k, s in scenario.sides.items() if s.area}
    out = []
    for row in frame.itertuples():
        geom = row.geometry
        shapely.prepare(geom)
        inside = places[shapely.contains(geom, points)]
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
        rec["places_inside"] = len(inside)
        rec["places"] = "; ".join(
            f"{n} ({p:,})" if p else n for n, p in zip(inside.name, inside.population, strict=True)
        )
        rec["population_inside"] = int(inside.population.sum())
        for key, (area, total) in areas.items():
            covered = geodesic_area_km2(shapely.intersection(geom, area))
            rec[f"{key}_share_pct"] = round(100.0 * covered / total, 2) if total else None
        rec["max_error_m"] = row.max_error_m
        rec["sources"] = row.sources
        out.append(rec)
    return pd.DataFrame(out)
