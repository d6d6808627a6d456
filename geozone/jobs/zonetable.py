"""The zone table: zones (and rings between successive widths) with their checks and areas.

One builder serves both the scenario build and ``buffer``: for each width it
builds the exact zone, measures its geodesic error, clips it and measures
its area, and adds the ring that width adds over the previous one.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from ..errors import GeozoneWarning
from ..geometry import zones
from ..geometry.checks import end_hooks
from ..geometry.footprint import discs, footprint_radius_km, shares_inside
from ..geometry.geodesy import LineIndex
from ..geometry.measure import geodesic_area_km2
from ..geometry.uncertainty import certain_possible
from ..io.layers import BAND_COLUMNS, ZONE_COLUMNS

if TYPE_CHECKING:
    import geopandas as gpd

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


CAPS = ("round", "flat")
"""How a zone ends at the line's ends: half-discs, or cut on the geodesic perpendiculars."""


def clip_to(geom, clip):
    """The polygonal part of ``geom`` inside ``clip`` (both lon/lat); ``geom`` when no clip."""
    if clip is None:
        return geom
    out = shapely.intersection(geom, clip)
    polys = [g for g in getattr(out, "geoms", [out]) if g.geom_type == "Polygon" and g.area > 0]
    return shapely.MultiPolygon(polys) if len(polys) != 1 else polys[0]


def _two_at_a_time(
    work: Callable[[Any], Any], items: Sequence, then: Callable[[Any, Any], Any] | None = None
) -> list:
    """``work`` on each item, two at a time in threads, results in the items' order.

    With ``then``, each result is ``(work(item), then(item, work(item)))``,
    and every ``then`` is queued behind all the ``work``: the short last
    steps fill the second thread at the end instead of leaving it idle.
    Most of the work of a width is in GEOS and PROJ, outside Python's lock;
    a Ctrl-C cancels what has not started.
    """
    pool = ThreadPoolExecutor(2)
    try:
        if then is None:
            return list(pool.map(work, items))
        firsts = [pool.submit(work, item) for item in items]
        seconds = [pool.submit(then, i, f.result()) for i, f in zip(items, firsts, strict=True)]
        return [(f.result(), g.result()) for f, g in zip(firsts, seconds, strict=True)]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


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
    variant_suffix: str = "",
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
    variant_suffix : str
        Added to every variant name (``depth-2km-toward-seoul``), to tell
        zones along one line apart.
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
    ordered = sorted(widths, key=lambda w: w.km)
    index = LineIndex(zones.clean_line(line)) if ordered else None  # one for every width

    def built(width: Width) -> tuple[Any, float]:
        geom = zones.zone(line, width.km, semantics, side, tolerance_m, cap=cap, keep=keep)
        return geom, geodesic_area_km2(geom)

    def checked(width: Width, zone: tuple[Any, float]) -> zones.ZoneError:
        return zones.geodesic_error(
            zone[0],
            line,
            zones.half_width_m(width.km, semantics),
            one_sided=semantics == "depth",
            side=side,
            cap=cap,
            tolerance_m=tolerance_m,
            index=index,
        )

    if where is not None and semantics == "depth" and ordered:
        for end, along, turn in end_hooks(
            zones.clean_line(line), zones.half_width_m(ordered[-1].km, semantics)
        ):
            warnings.warn(
                f"{where}: the line turns back {turn:.0f}° {along:,.0f} m from its "
                f"{'first' if end == 0 else 'last'} vertex; beyond that end the depth zone's "
                "sides follow that turn, so up to a quarter disc of the depth changes sides: "
                "remove the hook if it is a slip of digitising",
                GeozoneWarning,
                stacklevel=2,
            )
    done = _two_at_a_time(built, ordered, then=checked)
    for width, ((geom, geom_km2), err) in zip(ordered, done, strict=True):
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
        tail = f"-{variant_suffix}" if variant_suffix else ""
        parts = [("zone", variant_name(semantics, width.km) + tail, 0.0, geom, geom_km2)]
        if rings and previous is not None:
            band = zones.ring(previous[1], geom)
            name = variant_name(semantics, width.km, previous[0]) + tail
            parts.append(("ring", name, previous[0], band, geodesic_area_km2(band)))
        for layer, variant, inner_km, unclipped, unclipped_km2 in parts:
            clipped = clip_to(unclipped, clip)
            clipped_km2 = unclipped_km2 if clipped is unclipped else geodesic_area_km2(clipped)
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
                    "area_km2": round(clipped_km2, 3),
                    "unclipped_area_km2": round(unclipped_km2, 3),
                    "max_error_m": round(err.max_abs_m, 3),
                    "vertices": zones.vertex_count(unclipped),
                    "method": method,
                    "sources": width.sources,
                    "geometry": clipped,
                }
            )
        previous = (width.km, geom)
    return records


BAND_TOLERANCE_M = 10.0
"""Boundary accuracy of the margin bands, metres: their margins are km, so 10 m is ample."""


def _margins(scenario: Scenario) -> dict[str, tuple[np.ndarray, str]]:
    """What each margin applies to (``line`` or a route id) -> (edge margins km, in words)."""
    # the scenario's readings are imported here: ``buffer`` needs none of them
    from .readings import line_margins, margin_text, route_margins

    edges = line_margins(scenario)
    margins: dict[str, tuple[np.ndarray, str]] = {}
    if edges is not None:
        margins["line"] = (edges, margin_text(edges))
    for rid, extra in route_margins(scenario).items():
        base = edges if edges is not None else np.zeros(len(scenario.vertices) - 1)
        margins[rid] = (base + extra, margin_text(base, extra, rid))
    return margins


PLACES_LISTED = 100
"""At most this many names in ``places`` (the most populous); ``places_inside`` counts all."""

PLACE_COLUMNS = ("places_inside", "places", "population_inside")
"""The fields listing the places inside each zone (see :func:`add_places`)."""

TABLE_COLUMNS = (*ZONE_COLUMNS, *PLACE_COLUMNS, "geometry")
"""The columns of :func:`build_zones` and :func:`geozone.buffer`, in order."""


def _footprints(xy: np.ndarray, pops: Sequence[int], areas: Sequence) -> np.ndarray:
    """Footprint discs of the places with a known population that may touch ``areas``.

    A place is left out (None) when its population is unknown or its point
    lies farther from the areas' common bounding box than its footprint's
    radius, counted in degrees conservatively (1° of latitude is at least
    110.57 km; 1° of longitude at least 111.32 km × cos(latitude)).
    """
    out = np.full(len(xy), None, dtype=object)
    radius = np.array([footprint_radius_km(p) for p in pops], dtype=float)
    shapes = [a for a in areas if a is not None and not a.is_empty]
    if not len(xy) or not shapes:
        return out
    x0, y0, x1, y1 = shapely.total_bounds(np.array(shapes, dtype=object))
    pad_lat = radius / 110.57
    top = np.minimum(np.maximum(np.abs(y0), np.abs(y1)) + pad_lat, 89.9)
    pad_lon = radius / (111.32 * np.cos(np.radians(top)))
    x, y = xy[:, 0], xy[:, 1]
    keep = (
        (radius > 0)
        & (x >= x0 - pad_lon)
        & (x <= x1 + pad_lon)
        & (y >= y0 - pad_lat)
        & (y <= y1 + pad_lat)
    )
    idx = np.flatnonzero(keep)
    out[idx] = discs(x[idx], y[idx], radius[idx])
    return out


def _unknown(value) -> bool:
    """Whether a population is missing: None, NaN or pandas' NA."""
    if value is None or type(value).__name__ == "NAType":
        return True
    return isinstance(value, float | np.floating) and bool(np.isnan(value))


def add_places(
    rows: list[dict], names: Sequence[str], points: np.ndarray, populations: Sequence[int | None]
) -> None:
    """Add the places inside each zone or ring row, in place.

    Parameters
    ----------
    rows : list of dict
        Rows with a ``geometry`` (lon/lat).
    names, populations : sequences
        Each place's name and population (0 or None: unknown).
    points : numpy.ndarray
        (n, 2) lon/lat degrees of the places; None when no places were
        looked for, which leaves every field blank (not 0).

    Notes
    -----
    ``places`` lists the names inside, most populous first (the first
    :data:`PLACES_LISTED`, then how many more);
    ``population_inside`` counts each place with a known population by the
    share of its footprint inside the zone (a disc at
    :data:`~geozone.geometry.footprint.DENSITY_PER_KM2`; a city whose centre
    point is inside is not counted in full), and is blank (None) when no
    place inside or touching the zone has a known population.
    """
    if points is None:
        for row in rows:
            row.update(places_inside=None, places="", population_inside=None)
        return
    xy = np.asarray(points, dtype=float).reshape(-1, 2)
    pts = shapely.points(xy)
    pops = [0 if _unknown(p) else int(p) for p in populations]
    footprints = _footprints(xy, pops, [row["geometry"] for row in rows])
    near = np.flatnonzero(footprints != None)  # noqa: E711 (element-wise)
    for row in rows:
        geom = row["geometry"]
        shapely.prepare(geom)
        hit = np.flatnonzero(shapely.contains(geom, pts)) if len(pts) else []
        inside = sorted(hit, key=lambda i: (-pops[i], names[i]))
        row["places_inside"] = len(inside)
        shown = [f"{names[i]} ({pops[i]:,})" if pops[i] else str(names[i]) for i in inside]
        if len(shown) > PLACES_LISTED:
            shown = [*shown[:PLACES_LISTED], f"and {len(shown) - PLACES_LISTED:,} more"]
        row["places"] = "; ".join(shown)
        known = near[shapely.intersects(geom, footprints[near])] if len(near) else []
        shares = shares_inside(footprints[known], geom)
        people = sum(pops[i] * s for i, s in zip(known, shares, strict=True))
        row["population_inside"] = round(people) if len(known) else None


def _compared(scenario: Scenario) -> list[dict]:
    """The zones of the scenarios ``[[compare]]`` names, renamed ``<their id>-<variant>``."""
    from ..errors import InputError
    from ..scenario import load_scenario

    rows: list[dict] = []
    for folder, variants, note in scenario.compare:
        other = load_scenario(folder)
        frame = build_zones(other)
        zones = frame[frame.layer == "zone"]
        missing = [v for v in variants if v not in set(zones.variant)]
        if missing:
            raise InputError(
                f"[[compare]] {other.id}",
                f"has no variant {missing[0]!r} (it has {', '.join(zones.variant)})",
                "name one of those",
            )
        for rec in zones[zones.variant.isin(variants or list(zones.variant))].to_dict("records"):
            rec["variant"] = f"{other.id}-{rec['variant']}"
            rec["scenario"] = other.id
            if note:
                rec["sources"] = " | ".join(x for x in (rec["sources"], note) if x)
            geom = clip_to(rec["geometry"], scenario.clip)
            rec["geometry"] = geom
            rec["area_km2"] = round(geodesic_area_km2(geom), 3)
            rows.append({k: rec.get(k) for k in ZONE_COLUMNS} | {"geometry": geom})
    return rows


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
        (``layer == "ring"``; a ring's ``width_km`` and ``outer_km`` are its
        outer width, ``inner_km`` its inner one), clipped to the scenario's
        clip area, with the geodesic area, the measured geodesic error of the
        unclipped zone and the places inside (:data:`TABLE_COLUMNS`, the
        columns :func:`geozone.buffer` returns too). Select zones alone with
        ``frame[frame.layer == "zone"]``. The scenario's own reading
        (``[[claims.reading]]``) comes first; each zone says its ``reading``,
        whether only the press states its width (``press_only``), which
        reports do (``reported_by``) and how far off the line may be
        (``uncertainty``).
    """
    import geopandas as gpd

    from .readings import lead_semantics, variant_fields

    fields = variant_fields(scenario)
    line_margin = _margins(scenario).get("line")
    records: list[dict] = []
    cap = scenario.cap
    for semantics in lead_semantics(scenario):
        widths = [Width(v.km, v.sources) for v in scenario.variants if v.semantics == semantics]
        rows = zone_table(
            scenario.line,
            widths,
            semantics,
            side=scenario.zone_sign if semantics == "depth" else None,
            side_label=scenario.zone_side,
            tolerance_m=scenario.tolerance_m,
            clip=scenario.clip,
            scenario_id=scenario.id,
            cap=cap,
        )
        for row in rows:
            name = variant_name(semantics, row["width_km"])
            if row["layer"] == "zone":
                row.update(fields.get(name, {}))
                row["uncertainty"] = line_margin[1] if line_margin else None
            else:
                row["reading"] = fields.get(name, {}).get("reading")
        records += rows
    records += _compared(scenario)
    from .context import places_table

    table = places_table(scenario)
    add_places(records, list(table.name), table[["lon", "lat"]].to_numpy(), list(table.population))
    return gpd.GeoDataFrame(records, columns=list(TABLE_COLUMNS), crs="EPSG:4326")


def build_bands(scenario: Scenario) -> gpd.GeoDataFrame:
    """Each zone shrunk and grown by the line's (and each route's) stated margin.

    Parameters
    ----------
    scenario : Scenario
        A loaded scenario; its vertices' and routes' ``uncertainty_km``
        give the margins (each edge takes the larger of its two ends).

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326, :data:`~geozone.io.layers.BAND_COLUMNS`: per zone and per
        margin (``applies_to``: ``line``, or a route id with the route's
        margin added to the line's), a ``certain`` row (the zone shrunk by
        the margin: surely inside) and a ``possible`` row (grown by it),
        clipped like the zones, built to :data:`BAND_TOLERANCE_M`; no rows
        when nothing states a margin. See :mod:`geozone.geometry.uncertainty`.
    """
    import geopandas as gpd

    from .readings import lead_semantics

    margins = _margins(scenario)
    within: dict = {}  # zones within a distance of each stretch of the line, shared by all widths
    tasks = [
        (semantics, v)
        for semantics in lead_semantics(scenario)
        for v in sorted(
            (v for v in scenario.variants if v.semantics == semantics), key=lambda v: v.km
        )
    ]

    def bands_of(task: tuple) -> dict[tuple, tuple]:
        semantics, v = task
        side = scenario.zone_sign if semantics == "depth" else None
        built: dict[tuple, tuple] = {}
        for edges, _ in margins.values():
            key = tuple(np.round(edges, 9))
            if key not in built:
                built[key] = certain_possible(
                    scenario.line,
                    v.km,
                    semantics,
                    edges,
                    side,
                    BAND_TOLERANCE_M,
                    cap=scenario.cap,
                    cache=within,
                )
        return built

    done = _two_at_a_time(bands_of, tasks)
    records: list[dict] = []
    for (semantics, v), built in zip(tasks, done, strict=True):
        label = scenario.zone_side if semantics == "depth" else "both"
        for applies_to, (edges, words) in margins.items():
            band_pair = built[tuple(np.round(edges, 9))]
            for kind, band in zip(("certain", "possible"), band_pair, strict=True):
                clipped = clip_to(band, scenario.clip)
                records.append(
                    {
                        "layer": "band",
                        "scenario": scenario.id,
                        "variant": variant_name(semantics, v.km),
                        "width_km": v.km,
                        "semantics": semantics,
                        "side": label,
                        "band": kind,
                        "applies_to": applies_to,
                        "uncertainty": words,
                        "area_km2": round(geodesic_area_km2(clipped), 3),
                        "geometry": clipped,
                    }
                )
    return gpd.GeoDataFrame(records, columns=[*BAND_COLUMNS, "geometry"], crs="EPSG:4326")


__all__ = [
    "METHOD",
    "TABLE_COLUMNS",
    "Width",
    "add_places",
    "build_bands",
    "build_zones",
    "clip_to",
    "variant_name",
    "zone_table",
]
