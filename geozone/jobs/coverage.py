"""Per-variant figures: area, route km, places and people inside, side covered, with ranges."""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..geometry import geodesy
from ..geometry.antimeridian import continuous, split_lines
from ..geometry.footprint import disc, footprint_radius_km, share_inside
from ..geometry.measure import geodesic_area_km2, geodesic_length_km
from ..scenario import Scenario


def length_inside_km(line: shapely.LineString, area) -> float:
    """Geodesic length (km) of the part of ``line`` inside ``area`` (both lon/lat)."""
    part = shapely.intersection(split_lines([line])[0], area)  # a line across ±180° cut there
    if part.is_empty:
        return 0.0
    return geodesic_length_km(part)


def measure(
    scenario: Scenario, zones: gpd.GeoDataFrame, bands: gpd.GeoDataFrame | None = None
) -> pd.DataFrame:
    """The figures for each zone variant of a scenario.

    Parameters
    ----------
    scenario : Scenario
        The scenario the zones were built from.
    zones : geopandas.GeoDataFrame
        Output of :func:`geozone.build_zones` (EPSG:4326).
    bands : geopandas.GeoDataFrame, optional
        Output of :func:`geozone.jobs.zonetable.build_bands` (built here
        when not given).

    Returns
    -------
    pandas.DataFrame
        As :func:`measure_layers`.
    """
    from .context import scenario_features
    from .zonetable import build_bands

    if bands is None:
        bands = build_bands(scenario)
    with_bands = pd.concat([zones, bands], ignore_index=True)
    feats = scenario_features(scenario, with_bands)
    return measure_layers(pd.concat([with_bands, feats], ignore_index=True))


def _margin_text(value: Any) -> str:
    """A zone's ``uncertainty`` field, or "not stated"."""
    return value if isinstance(value, str) and value else "not stated"


def measure_layers(layers: pd.DataFrame) -> pd.DataFrame:
    """The figures for each zone in a frame of zones and context layers.

    Parameters
    ----------
    layers : pandas.DataFrame
        Rows with a ``layer`` column, geometry EPSG:4326: ``zone`` rows
        (``variant``, ``semantics``, ``width_km``, ``side``, ``area_km2``,
        ``max_error_m``, ``sources``; optionally ``reading``, ``press_only``,
        ``reported_by``, ``uncertainty``) are measured against the ``route``
        rows (``route`` id), the ``place`` rows (``name``, ``population``,
        ``population_source``), the ``side_area`` rows (``side``), the
        ``line`` row (to tell a place's side) and the ``band`` rows (a
        zone's ``certain`` and ``possible`` extent, ``applies_to`` the line
        or a route id); a zones file exported by ``geozone build`` is such a
        frame.

    Returns
    -------
    pandas.DataFrame
        One row per zone, in the frame's order: ``variant``, ``reading``,
        ``semantics``, ``width_km``, ``side``, ``area_km2`` (geodesic,
        clipped), ``press_only``, ``reported_by``; per route ``<route>_km``
        (geodesic km inside) with ``<route>_km_low`` / ``_high`` (inside the
        zone shrunk / grown by the line's and the route's margins);
        ``places_inside`` (points inside) with ``places_inside_certain`` /
        ``_possible``; ``places`` (their names, most people counted first);
        ``places_partly`` (places whose point is outside but footprint partly
        inside);
        ``population_inside`` (people counted by footprint share, blank when
        no place inside has a figure) with ``population_low`` / ``_high``;
        ``places_with_population``, ``places_without_population``,
        ``population_sources`` and ``population_note`` (the total in words,
        with its coverage); per side ``<side>_share_pct`` (share of a side's
        area covered) with ``_low`` / ``_high``; ``uncertainty`` (the line's
        margin), ``max_error_m`` and ``sources``. Depth zones count only
        places on their own side of the line (and inside that side's area,
        where the frame has one). Ranges are blank where no margin is stated.
        A frame without a places layer (a ``buffer`` output) takes the places
        fields each zone row carries.
    """
    layer = layers["layer"]
    zones = layers[layer == "zone"]
    places = _places(layers[layer == "place"])
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
    bands = _bands(layers[layer == "band"])
    line_rows = layers[layer == "line"]
    # a line read back cut at ±180° (RFC 7946) is joined again, continuous across it
    joined = continuous(line_rows.geometry.values[:1])[0][0] if len(line_rows) else None
    line = (
        shapely.get_coordinates(joined)
        if joined is not None and joined.geom_type == "LineString"
        else None
    )
    place_sign = (
        geodesy.side_of(places.lon.to_numpy(), places.lat.to_numpy(), line)
        if line is not None and len(places)
        else np.zeros(len(places), dtype=int)
    )
    out = []
    for row in zones.itertuples():
        geom = row.geometry
        shapely.prepare(geom)
        own = np.ones(len(places), dtype=bool)
        if row.semantics == "depth" and line is not None and not geom.is_empty:
            probe = shapely.point_on_surface(geom)
            zone_sign = int(geodesy.side_of([probe.x], [probe.y], line)[0])
            own = place_sign == zone_sign
            if str(row.side) in areas and len(places):
                side_area = areas[str(row.side)][0]
                shapely.prepare(side_area)
                own &= shapely.covers(side_area, places.point.to_numpy())
        line_band = bands.get((row.variant, "line"))
        rec: dict[str, Any] = {
            "variant": row.variant,
            "reading": _field(row, "reading"),
            "semantics": row.semantics,
            "width_km": row.width_km,
            "side": row.side,
            "area_km2": row.area_km2,
            "press_only": _field(row, "press_only"),
            "reported_by": _field(row, "reported_by"),
        }
        for rid, rline in routes.items():
            rec[f"{rid}_km"] = round(length_inside_km(rline, geom), 2)
            band = bands.get((row.variant, rid), line_band)
            low = high = None
            if band is not None:
                low = round(length_inside_km(rline, band[0]), 2)
                high = round(length_inside_km(rline, band[1]), 2)
            rec[f"{rid}_km_low"], rec[f"{rid}_km_high"] = low, high
        counts = _count_places(places, own, geom, line_band)
        rec.update(counts)
        if not len(places):  # a buffer output lists the places inside on each zone
            for key in ("places_inside", "places", "population_inside"):
                value = getattr(row, key, None)
                rec[key] = None if _blank(value) else value
        for key, (area, total) in areas.items():
            covered = geodesic_area_km2(shapely.intersection(geom, area))
            rec[f"{key}_share_pct"] = round(100.0 * covered / total, 2) if total else None
            low = high = None
            if line_band is not None and total:
                low = round(
                    100.0 * geodesic_area_km2(shapely.intersection(line_band[0], area)) / total, 2
                )
                high = round(
                    100.0 * geodesic_area_km2(shapely.intersection(line_band[1], area)) / total, 2
                )
            rec[f"{key}_share_pct_low"], rec[f"{key}_share_pct_high"] = low, high
        rec["uncertainty"] = _margin_text(_field(row, "uncertainty"))
        rec["max_error_m"] = row.max_error_m
        rec["sources"] = row.sources
        out.append(rec)
    frame = pd.DataFrame(out)
    for col in ("population_inside", "population_low", "population_high"):
        if col in frame.columns:
            frame[col] = frame[col].astype("Int64")
    return frame


def _field(row, name: str) -> Any:
    """A row's optional field, None when missing or NaN (as read back from a file)."""
    value = getattr(row, name, None)
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return value


def _places(rows: pd.DataFrame) -> pd.DataFrame:
    """Place rows as name, lon, lat, population (float, NaN unknown), source and footprint."""
    pop = pd.to_numeric(_column(rows, "population", None), errors="coerce").to_numpy(dtype=float)
    pop = np.where(pop > 0, pop, np.nan)  # 0 in an old file means unknown
    geoms = rows.geometry.values
    frame = pd.DataFrame(
        {
            "name": _column(rows, "name", "").fillna("").astype(str).to_numpy(),
            "lon": shapely.get_x(geoms) if len(rows) else [],
            "lat": shapely.get_y(geoms) if len(rows) else [],
            "population": pop,
            "population_source": _column(rows, "population_source", None).to_numpy(),
        }
    )
    frame["footprint"] = [
        disc(x, y, footprint_radius_km(p)) if not np.isnan(p) else None
        for x, y, p in zip(frame.lon, frame.lat, frame.population, strict=True)
    ]
    frame["point"] = list(geoms)
    return frame


def _shares(places: pd.DataFrame, own: np.ndarray, area) -> np.ndarray:
    """Each place's footprint share inside ``area`` (0 for other-side or unknown places)."""
    out = np.zeros(len(places))
    if area is None or area.is_empty:
        return out
    shapely.prepare(area)
    for i in np.flatnonzero(own & places.population.notna().to_numpy()):
        out[i] = share_inside(places.footprint.iloc[i], area)
    # to 0.1 %: the footprint is an assumption, and the same figures come back from
    # layers re-read at 7 decimals
    return np.round(out, 3)


def _count_places(places: pd.DataFrame, own: np.ndarray, zone, band) -> dict[str, Any]:
    """Places and people inside a zone, surely and possibly (see :func:`measure_layers`)."""
    points = places.point.to_numpy()
    pop = places.population.to_numpy()
    known = ~np.isnan(pop)

    def hits(area) -> np.ndarray:
        if area is None or area.is_empty or not len(points):
            return np.zeros(len(points), dtype=bool)
        shapely.prepare(area)
        return shapely.contains(area, points) & own

    inside = hits(zone)
    share = _shares(places, own, zone)
    counted = known & (share > 0)
    without = inside & ~known
    rec: dict[str, Any] = {
        "places_inside": int(inside.sum()),
        "places_inside_certain": int(hits(band[0]).sum()) if band else None,
        "places_inside_possible": int(hits(band[1]).sum()) if band else None,
    }
    people = np.where(counted, np.nan_to_num(pop) * share, 0.0)

    def listing(which: np.ndarray) -> str:
        order = sorted(np.flatnonzero(which), key=lambda i: (-people[i], places.name.iloc[i]))
        return "; ".join(_place_text(places, i, share[i]) for i in order)

    rec["places"] = listing(inside)
    rec["places_partly"] = listing(counted & ~inside)
    total = round(float(people.sum())) if counted.any() else None
    rec["population_inside"] = total
    if band:
        low, high = (_shares(places, own, b) for b in band)
        for key, part in (("population_low", low), ("population_high", high)):
            some = (known & (part > 0)).any()
            rec[key] = round(float(np.nansum(np.where(known, pop * part, 0.0)))) if some else None
    else:
        rec["population_low"] = rec["population_high"] = None
    rec["places_with_population"] = int(counted.sum())
    rec["places_without_population"] = int(without.sum())
    sources = pd.Series(places.population_source.to_numpy()[counted]).fillna("unstated")
    by_source = sources.value_counts()
    rec["population_sources"] = "; ".join(f"{s} ({n})" for s, n in by_source.items())
    people_text = f"{total:,} people" if total is not None else "no people counted"
    rec["population_note"] = (
        f"{people_text} in {int(counted.sum())} places with figures; "
        f"{int(without.sum())} places without"
        + (f" (figures: {rec['population_sources']})" if len(by_source) else "")
    )
    return rec


def _place_text(places: pd.DataFrame, i: int, share: float) -> str:
    """``name (people)``, with the footprint share when part of it, or ``(no figure)``."""
    name, pop = places.name.iloc[i], places.population.iloc[i]
    if np.isnan(pop):
        return f"{name} (no figure)"
    if share >= 0.995:
        return f"{name} ({int(pop):,})"
    pct = f"{100 * share:.0f}%" if share >= 0.01 else "under 1%"
    return f"{name} ({int(pop):,}; {pct} of its footprint inside)"


def _bands(rows: pd.DataFrame) -> dict[tuple[str, str], tuple[Any, Any]]:
    """(variant, applies_to) -> (certain, possible) geometries from ``band`` rows."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for variant, to, kind, geom in zip(
        _column(rows, "variant", None),
        _column(rows, "applies_to", "line"),
        _column(rows, "band", None),
        rows.geometry.values,
        strict=True,
    ):
        found.setdefault((str(variant), str(to or "line")), {})[str(kind)] = geom
    return {
        key: (kinds["certain"], kinds["possible"])
        for key, kinds in found.items()
        if "certain" in kinds and "possible" in kinds
    }


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
