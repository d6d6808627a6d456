"""A scenario's variants (reported width × semantics) as zones and rings, in a GeoDataFrame."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import shapely

from . import zones
from .geodesy import GEOD
from .scenario import Scenario

METHOD = "geodesic offsets on WGS84, chords within {tol:g} m"
COLUMNS = [
    "layer",
    "scenario",
    "variant",
    "width_km",
    "semantics",
    "side",
    "inner_km",
    "outer_km",
    "area_km2",
    "unclipped_area_km2",
    "max_error_m",
    "vertices",
    "method",
    "sources",
]


def variant_name(semantics: str, width_km: float, inner_km: float | None = None) -> str:
    """``total-20km`` for a zone, ``total-15-20km`` for the ring between two widths."""
    if inner_km is None:
        return f"{semantics}-{width_km:g}km"
    return f"{semantics}-{inner_km:g}-{width_km:g}km"


def geodesic_area_km2(geom) -> float:
    """Geodesic (WGS84) area of a lon/lat geometry, km²."""
    if geom is None or geom.is_empty:
        return 0.0
    area, _ = GEOD.geometry_area_perimeter(shapely.orient_polygons(geom))
    return abs(area) / 1e6


@dataclass(frozen=True)
class _Zone:
    width_km: float
    semantics: str
    geometry: object
    error: zones.ZoneError
    sources: str


def _side_label(scenario: Scenario, semantics: str) -> str:
    return scenario.zone_side if semantics == "depth" else "both"


def build_zones(scenario: Scenario) -> gpd.GeoDataFrame:
    """Every variant's zone, and the rings between successive widths.

    Parameters
    ----------
    scenario : Scenario
        A loaded scenario.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326; one row per zone (``layer == "zone"``) and per ring
        (``layer == "ring"``), clipped to the scenario's clip area, with the
        geodesic area and the measured geodesic error of the unclipped zone.
    """
    line = scenario.line
    rows = []
    method = METHOD.format(tol=scenario.tolerance_m)
    for semantics in scenario.semantics:
        previous: _Zone | None = None
        for width in sorted(
            (v for v in scenario.variants if v.semantics == semantics), key=lambda v: v.km
        ):
            side = scenario.zone_sign if semantics == "depth" else None
            geom = zones.zone(line, width.km, semantics, side, scenario.tolerance_m)
            w_m = zones.half_width_m(width.km, semantics)
            err = zones.geodesic_error(geom, line, w_m, one_sided=semantics == "depth")
            current = _Zone(width.km, semantics, geom, err, width.sources)
            clipped = _clip(geom, scenario)
            rows.append(
                dict(
                    layer="zone",
                    variant=variant_name(semantics, width.km),
                    inner_km=0.0,
                    geometry=clipped,
                    unclipped=geom,
                    zone=current,
                )
            )
            if previous is not None:
                band = zones.ring(previous.geometry, geom)
                rows.append(
                    dict(
                        layer="ring",
                        variant=variant_name(semantics, width.km, previous.width_km),
                        inner_km=previous.width_km,
                        geometry=_clip(band, scenario),
                        unclipped=band,
                        zone=current,
                    )
                )
            previous = current
    records = []
    for r in rows:
        z: _Zone = r["zone"]
        records.append(
            {
                "layer": r["layer"],
                "scenario": scenario.id,
                "variant": r["variant"],
                "width_km": z.width_km,
                "semantics": z.semantics,
                "side": _side_label(scenario, z.semantics),
                "inner_km": r["inner_km"],
                "outer_km": z.width_km,
                "area_km2": round(geodesic_area_km2(r["geometry"]), 3),
                "unclipped_area_km2": round(geodesic_area_km2(r["unclipped"]), 3),
                "max_error_m": round(z.error.max_abs_m, 3),
                "vertices": zones.vertex_count(r["unclipped"]),
                "method": method,
                "sources": z.sources,
                "geometry": r["geometry"],
            }
        )
    return gpd.GeoDataFrame(records, columns=[*COLUMNS, "geometry"], crs="EPSG:4326")


def _clip(geom, scenario: Scenario):
    if scenario.clip is None:
        return geom
    out = shapely.intersection(geom, scenario.clip)
    polys = [g for g in getattr(out, "geoms", [out]) if g.geom_type == "Polygon" and g.area > 0]
    return shapely.MultiPolygon(polys) if len(polys) != 1 else polys[0]


def zone_rows(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Only the zones (not the rings) of a zones frame."""
    return frame[frame["layer"] == "zone"].reset_index(drop=True)


__all__ = ["build_zones", "geodesic_area_km2", "variant_name", "zone_rows"]
