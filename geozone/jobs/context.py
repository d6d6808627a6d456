"""A scenario's features (line, routes, places, sides, clip area) as a GeoDataFrame."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..errors import InputError
from ..geometry.footprint import disc, footprint_radius_km
from ..geometry.geodesy import geodesic_points
from ..geometry.measure import geodesic_area_km2, geodesic_length_km
from ..scenario import Scenario

_ROUTE_STEP_M = 500.0

GEONAMES_POPULATION = "GeoNames (year not stated)"
"""The ``population_source`` of a GeoNames figure: GeoNames gives no year per place."""


def route_geometry(coords: np.ndarray) -> shapely.LineString:
    """A route with geodesic edges as a lon/lat LineString, a vertex every 500 m."""
    return shapely.LineString(geodesic_points(coords, _ROUTE_STEP_M))


def places_table(scenario: Scenario) -> pd.DataFrame:
    """Every gazetteer place with its side (where the scenario lists it) and population.

    A place is named as the scenario spells it where the scenario names it
    (``geonames_name`` then keeps GeoNames' spelling), else as GeoNames does.
    Population is the scenario's census figure where it gives one, otherwise
    GeoNames' figure; unknown is missing (``pd.NA``), never 0.
    ``population_source`` says where each figure comes from.
    """
    side_of, written = {}, {}
    for key, side in scenario.sides.items():
        for p in side.places:
            side_of[(round(p.lon, 5), round(p.lat, 5))] = key
            written[(round(p.lon, 5), round(p.lat, 5))] = p.name
    for name in scenario.census:
        hit = scenario.gazetteer.lookup(name)
        written.setdefault((round(hit.lon, 5), round(hit.lat, 5)), name)
    rows, seen = [], set()
    for p in scenario.gazetteer.places:
        at = (round(p.lon, 5), round(p.lat, 5))
        if at in seen:
            continue
        seen.add(at)
        known = bool(p.population) and p.population > 0
        name = written.get(at, p.name)
        rows.append(
            dict(
                name=name,
                geonames_name=p.name if p.geonameid is not None and p.name != name else None,
                lon=p.lon,
                lat=p.lat,
                side=side_of.get(at, ""),
                population=int(p.population) if known else pd.NA,
                population_source=GEONAMES_POPULATION if known else "",
                geonameid=p.geonameid,
                source=p.source,
            )
        )
    # census names may use another spelling than the gazetteer's first name
    frame = pd.DataFrame(rows)
    frame["population"] = frame["population"].astype("Int64")
    for name, (pop, source) in scenario.census.items():
        hit = scenario.gazetteer.lookup(name)
        mask = (frame.lon.round(5) == round(hit.lon, 5)) & (frame.lat.round(5) == round(hit.lat, 5))
        frame.loc[mask, "population"] = pop
        frame.loc[mask, "population_source"] = source
    return frame


def scenario_features(
    scenario: Scenario, zones: gpd.GeoDataFrame | None = None
) -> gpd.GeoDataFrame:
    """The scenario's context layers, EPSG:4326.

    Parameters
    ----------
    scenario : Scenario
        The scenario.
    zones : geopandas.GeoDataFrame, optional
        Its zones (:func:`geozone.build_zones`); when given, the places
        layer also holds every gazetteer place inside some zone, and each
        place lists the variants it lies in.

    Returns
    -------
    geopandas.GeoDataFrame
        Column ``layer`` is ``line`` (the line, geodesic edges densified to
        1 km), ``vertex`` (its vertices and how each was derived),
        ``route``, ``reported_route`` (a route the reports name that no
        known route matches, drawn as a geodesic between its two ends),
        ``place`` (the places listed on either side, and those inside a
        zone), ``side_area`` and ``clip``; each row carries ``name``,
        ``note`` and figures (``length_km``, ``area_km2``, ``population``)
        where they apply.
    """
    rows = []
    line = shapely.LineString(geodesic_points(scenario.line, 1000.0))
    rows.append(
        dict(
            layer="line",
            name=scenario.line_name,
            note=scenario.line_note,
            length_km=round(geodesic_length_km(line), 3),
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
                length_km=round(geodesic_length_km(geom), 3),
                geometry=geom,
            )
        )
    rows.extend(_reported_routes(scenario))
    rows.extend(_places(scenario, zones))
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


def _places(scenario: Scenario, zones: gpd.GeoDataFrame | None) -> list[dict]:
    """Places listed on a side, with their point inside a zone, or their footprint touching one."""
    places = places_table(scenario)
    points = shapely.points(places[["lon", "lat"]].to_numpy())
    within: list[list[str]] = [[] for _ in range(len(places))]
    touching = np.zeros(len(places), dtype=bool)
    if zones is not None:
        for z in zones[zones.layer == "zone"].itertuples():
            shapely.prepare(z.geometry)
            for i in np.flatnonzero(shapely.contains(z.geometry, points)):
                within[i].append(z.variant)
        reach = zones[zones.layer.isin(["zone", "band"])].geometry.values
        if len(reach):
            whole = shapely.union_all(reach)
            shapely.prepare(whole)
            known = places.population.notna().to_numpy()
            for i in np.flatnonzero(known):
                r = footprint_radius_km(int(places.population.iloc[i]))
                p = places.iloc[i]
                touching[i] = shapely.intersects(whole, disc(p.lon, p.lat, r))
    rows = []
    for i, (p, inside, point) in enumerate(zip(places.itertuples(), within, points, strict=True)):
        if not p.side and not inside and not touching[i]:
            continue
        known = not pd.isna(p.population)
        rows.append(
            dict(
                layer="place",
                name=p.name,
                geonames_name=p.geonames_name,
                side=p.side,
                population=int(p.population) if known else None,
                population_source=p.population_source or None,
                footprint_km=round(footprint_radius_km(int(p.population)), 3) if known else None,
                geonameid=p.geonameid,
                inside=", ".join(inside),
                note=p.source,
                geometry=point,
            )
        )
    return rows


def _reported_routes(scenario: Scenario) -> list[dict]:
    """Routes the reports name that match no known route, one row per pair of ends."""
    if scenario.claims is None:
        return []
    found: dict[tuple[str, str], dict] = {}
    for doc in scenario.claims.documents:
        for c in doc.of_kind("route"):
            if not c.fields.get("flag"):
                continue
            ends = (c.fields["from"], c.fields["to"])
            row = found.get(ends)
            if row is None:
                try:
                    a, b = (scenario.gazetteer.lookup(n) for n in ends)
                except InputError:
                    continue  # an end the gazetteer cannot place is listed, not drawn
                geom = route_geometry(np.array([[a.lon, a.lat], [b.lon, b.lat]]))
                row = found[ends] = dict(
                    layer="reported_route",
                    name=f"{ends[0]}-{ends[1]} (as reported)",
                    start=ends[0],
                    end=ends[1],
                    length_km=round(geodesic_length_km(geom), 3),
                    note=c.fields["flag"],
                    sources=[],
                    geometry=geom,
                )
            row["sources"].append(f'{doc.source}: "{c.quote}"')
    for row in found.values():
        row["sources"] = " | ".join(row["sources"])
    return list(found.values())
