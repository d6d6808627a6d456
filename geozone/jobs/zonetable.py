"""The zone table: zones (and rings between successive widths) with their checks and areas.

One builder serves both the scenario build and ``buffer``: for each width it
builds the exact zone, measures its geodesic error, clips it and measures
its area, and adds the ring that width adds over the previous one.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely

from ..errors import GeozoneWarning
from ..geometry import zones
from ..geometry.measure import geodesic_area_km2
from ..io.layers import ZONE_COLUMNS
from ..scenario import Scenario

METHOD = "geodesic offsets on WGS84, chords within {tol:g} m"
"""The ``method`` field of every zone, formatted with the tolerance in metres."""


@dataclass(frozen=True)
class Width:
    """One width to build: km, and the sources behind it (text for the ``sources`` field)."""

    km: float
    sources: str = ""


def variant_name(semantics: str, width_km: float, inner_km: float | None = None) -> str:
    """``total-20km`` for a zone, ``total-15-20km`` for the ring between two widths."""
    if inner_km is None:
        return f"{semantics}-{width_km:g}km"
    return f"{semantics}-{inner_km:g}-{width_km:g}km"


def clip_to(geom, clip):
    """The polygonal part of ``geom`` inside ``clip`` (both lon/lat); ``geom`` when no clip."""
    if clip is None:
        return geom
    out = shapely.intersection(geom, clip)
    polys = [g for g in getattr(out, "geoms", [out]) if g.geom_type == "Polygon" and g.area > 0]
    return shapely.MultiPolygon(polys) if len(polys) != 1 else polys[0]


def zone_table(
    line: np.ndarray,
    widths: Sequence[Width],
    semantics: str,
    *,
    side: int | None = None,
    side_label: str = "both",
    tolerance_m: float = zones.DEFAULT_TOLERANCE_M,
    clip=None,
    scenario_id: str | None = None,
    rings: bool = True,
    where: str | None = None,
    cap: str = "round",
    keep: Sequence[tuple[float, float]] = (),
) -> list[dict]:
    """Rows of zones (and rings) of one semantics along a line, widths ascending.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees (EPSG:4326).
    widths : sequence of Width
        The widths to build, km; built in ascending order.
    semantics : {"total", "per_side", "depth"}
        How to read the widths.
    side : int, optional
        ``zones.RIGHT`` or ``zones.LEFT`` for depth zones.
    side_label : str
        The ``side`` field: the side's name for depth zones, ``both`` otherwise.
    tolerance_m : float
        Boundary accuracy target, metres.
    clip : shapely geometry, optional
        Area to clip zones and rings to (lon/lat).
    scenario_id : str, optional
        The ``scenario`` field.
    rings : bool
        Also add the ring between each width and the previous one.
    where : str, optional
        The line's name: when given, a zone that is not exact (more than
        1 m off its width, or with sampled points off its side) raises a
        :class:`~geozone.errors.GeozoneWarning` that names it.
    cap : {"round", "flat"}
        How zones end beyond the line's ends.
    keep : sequence of (lon, lat)
        For depth zones: points that stay on their own side where the line
        folds back (the point ``toward`` named).

    Returns
    -------
    list of dict
        One record per zone (``layer == "zone"``) and ring (``"ring"``) with
        the :data:`~geozone.io.layers.ZONE_COLUMNS` fields and ``geometry``.
    """
    method = METHOD.format(tol=tolerance_m) + (", flat ends" if cap == "flat" else "")
    w_label = side_label if semantics == "depth" else "both"
    records: list[dict] = []
    previous = None
    for width in sorted(widths, key=lambda w: w.km):
        geom = zones.zone(line, width.km, semantics, side, tolerance_m, cap=cap, keep=keep)
        w_m = zones.half_width_m(width.km, semantics)
        err = zones.geodesic_error(
            geom,
            line,
            w_m,
            one_sided=semantics == "depth",
            side=side,
            cap=cap,
            tolerance_m=tolerance_m,
        )
        if where is not None and err.max_abs_m > 1.0:
            warnings.warn(
                f"{where}: the {width.km:g} km zone is not exact: up to {err.max_abs_m:.1f} m off "
                "its width (the line folds back on itself within the width); see max_error_m",
                GeozoneWarning,
                stacklevel=2,
            )
        if where is not None and err.inside_share < 1.0:
            warnings.warn(
                f"{where}: the {width.km:g} km zone is not exact: "
                f"{100 * (1 - err.inside_share):.1f} % of points sampled inside it are "
                "farther than the width from the line or on the other side (the line folds "
                "back on itself there)",
                GeozoneWarning,
                stacklevel=2,
            )
        parts = [("zone", variant_name(semantics, width.km), 0.0, geom)]
        if rings and previous is not None:
            band = zones.ring(previous[1], geom)
            parts.append(
                ("ring", variant_name(semantics, width.km, previous[0]), previous[0], band)
            )
        for layer, variant, inner_km, unclipped in parts:
            clipped = clip_to(unclipped, clip)
            records.append(
                {
                    "layer": layer,
                    "scenario": scenario_id,
                    "variant": variant,
                    "width_km": width.km,
                    "semantics": semantics,
                    "side": w_label,
                    "inner_km": inner_km,
                    "outer_km": width.km,
                    "area_km2": round(geodesic_area_km2(clipped), 3),
                    "unclipped_area_km2": round(geodesic_area_km2(unclipped), 3),
                    "max_error_m": round(err.max_abs_m, 3),
                    "vertices": zones.vertex_count(unclipped),
                    "method": method,
                    "sources": width.sources,
                    "geometry": clipped,
                }
            )
        previous = (width.km, geom)
    return records


def build_zones(scenario: Scenario) -> gpd.GeoDataFrame:
    """Every variant's zone of a scenario, and the rings between successive widths.

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
    records: list[dict] = []
    for semantics in scenario.semantics:
        widths = [Width(v.km, v.sources) for v in scenario.variants if v.semantics == semantics]
        records += zone_table(
            scenario.line,
            widths,
            semantics,
            side=scenario.zone_sign if semantics == "depth" else None,
            side_label=scenario.zone_side,
            tolerance_m=scenario.tolerance_m,
            clip=scenario.clip,
            scenario_id=scenario.id,
            cap=scenario.cap,
        )
    return gpd.GeoDataFrame(records, columns=[*ZONE_COLUMNS, "geometry"], crs="EPSG:4326")


__all__ = ["METHOD", "Width", "build_zones", "clip_to", "variant_name", "zone_table"]
