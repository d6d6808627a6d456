"""A scenario's features (line, routes, places, sides, clip area) as a GeoDataFrame."""

from __future__ import annotations

import geopandas as gpd
import shapely

from .geodesy import GEOD, geodesic_points
from .measure import places_table, route_geometry
from .scenario import Scenario
from .variants import geodesic_area_km2


def scenario_features(scenario: Scenario) -> gpd.GeoDataFrame:
    """The scenario's context layers, EPSG:4326.

    Returns
    -------
    geopandas.GeoDataFrame
        Column ``layer`` is ``line`` (the line, geodesic edges densified to
        1 km), ``vertex`` (its vertices and how each was derived),
        ``route``, ``place`` (the places listed on either side), ``side_area``
        and ``clip``; each row carries ``name``, ``note`` and figures
        (``length_km``, ``area_km2``, ``population``) where they apply.
    """
    rows = []
    line = shapely.LineString(geodesic_points(scenario.line, 1000.0))
    rows.append(
        dict(
            layer="line",
            name=scenario.line_name,
            note=scenario.line_note,
            length_km=round(GEOD.geometry_length(line) / 1000, 3),
            geometry=line,
        )
    )
    for i, v in enumerate(scenario.vertices, 1):
        rows.append(
            dict(
                layer="vertex",
                name=f"{i}: {v.label}",
                note=v.note,
                geometry=shapely.Point(v.lon, v.lat),
            )
        )
    for r in scenario.routes:
        geom = route_geometry(r.coords)
        rows.append(
            dict(
                layer="route",
                name=r.name,
                route=r.id,
                note=r.source,
                start=r.waypoints[0].label,
                end=r.waypoints[-1].label,
                length_km=round(GEOD.geometry_length(geom) / 1000, 3),
                geometry=geom,
            )
        )
    places = places_table(scenario)
    listed = places[places.side != ""]
    for p in listed.itertuples():
        rows.append(
            dict(
                layer="place",
                name=p.name,
                side=p.side,
                population=int(p.population),
                geonameid=p.geonameid,
                note=p.source,
                geometry=shapely.Point(p.lon, p.lat),
            )
        )
    for key, side in scenario.sides.items():
        if side.area is not None:
            rows.append(
                dict(
                    layer="side_area",
                    name=side.label,
                    side=key,
                    note=side.area_note,
                    area_km2=round(geodesic_area_km2(side.area), 3),
                    geometry=side.area,
                )
            )
    if scenario.clip is not None:
        rows.append(
            dict(
                layer="clip",
                name=scenario.clip_name,
                note="Natural Earth 1:10m admin-0",
                area_km2=round(geodesic_area_km2(scenario.clip), 3),
                geometry=scenario.clip,
            )
        )
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    frame.insert(1, "scenario", scenario.id)
    return frame
