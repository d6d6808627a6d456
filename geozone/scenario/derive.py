"""Deriving a resolved scenario's geometry and variants: line checks, sides, areas, clip, widths."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from ..claims import KnownRoute
from ..geometry import geodesy
from ..geometry.checks import check_line, self_crossing
from ..geometry.errors import GeometryError
from ..geometry.zones import LEFT, RIGHT
from ..sources.naturalearth import country_polygon
from .model import Scenario, Side
from .resolve import Resolved, ResolvedSide
from .variants import ZoneVariant, read_scenario_claims, variants_from_claims

_AREA_STEP_M = 1000.0
"""Densification of the line where it bounds a side's area, metres."""


def check_scenario_line(resolved: Resolved) -> None:
    """Note a line that is not a valid line, or that crosses itself (sides undefined there)."""
    vertices, problems = resolved.vertices, resolved.parsed.problems
    if not resolved.parsed.line or len(vertices) < 2:
        return
    try:
        xy, _ = check_line([[v.lon, v.lat] for v in vertices], "[line] vertices")
    except GeometryError as exc:
        problems.add(f"[line] vertices {exc.problem}", ("line", "vertices"))
        return
    hit = self_crossing(xy)
    if hit is not None:
        problems.add(
            f"[line] crosses itself near ({hit[0]:.5f}, {hit[1]:.5f}), so its sides "
            "are not defined there; reorder or remove vertices",
            ("line", "vertices"),
        )


def polygon_of_ring(ring: np.ndarray) -> Polygon | MultiPolygon:
    """The area a closed lon/lat ring encloses, every lobe kept where the ring crosses itself."""
    fixed = shapely.make_valid(Polygon(ring))
    polygons = shapely.get_parts(fixed)
    return shapely.union_all(polygons[shapely.get_type_id(polygons) == 3])


def derive_variants(resolved: Resolved) -> tuple[list[ZoneVariant], object]:
    """The widths to build (from the reports, else the file's ``[[widths]]``) and the claims."""
    parsed = resolved.parsed
    if parsed.claims is not None and parsed.claims.reports:
        known = [KnownRoute(r.id, r.name, r.ends) for r in resolved.routes]
        claims = read_scenario_claims(
            parsed.directory, list(parsed.claims.reports), parsed.meta.get("date"), known
        )
        variants = variants_from_claims(
            claims, parsed.claims.unspecified, list(parsed.claims.readings)
        )
        if not variants:
            parsed.problems.add("[claims] reports state no zone width", ("claims", "reports"))
        return variants, claims
    return [
        ZoneVariant(km, sem, backers)
        for sem in parsed.semantics
        for km, backers in sorted(parsed.widths)
    ], None


def derive_sides(resolved: Resolved, xy: np.ndarray, clip) -> dict[str, Side]:
    """Each side's sign (``RIGHT``/``LEFT`` of the line, from its ``toward`` place) and area."""
    sides: dict[str, Side] = {}
    for s in resolved.sides:
        sign = int(geodesy.side_of([s.toward.lon], [s.toward.lat], xy)[0]) if s.toward else 0
        sides[s.key] = Side(
            s.key, s.label, s.places, s.source, sign, _area(s, xy, clip), s.area_note
        )
    signs = {k: s.sign for k, s in sides.items() if s.sign}
    for key, side in sides.items():
        other = [v for k, v in signs.items() if k != key]
        if side.sign == 0 and other:
            sides[key] = Side(
                key, side.label, side.places, side.source, -other[0], side.area, side.area_note
            )
    return sides


def _area(side: ResolvedSide, xy: np.ndarray, clip) -> Polygon | MultiPolygon | None:
    if not side.closing:
        return None
    ring = np.vstack(
        [geodesy.geodesic_points(xy, _AREA_STEP_M), [[p.lon, p.lat] for p in side.closing]]
    )
    area = polygon_of_ring(ring)
    return area.intersection(clip) if clip is not None else area


def derive_scenario(resolved: Resolved) -> Scenario:
    """The scenario with its geometry and variants, or one error listing every problem.

    Raises
    ------
    InputError
        Listing every problem noted by the parse, resolve and derive steps.
    """
    parsed = resolved.parsed
    problems = parsed.problems
    check_scenario_line(resolved)
    problems.raise_if_any()
    variants, claims = derive_variants(resolved)
    problems.raise_if_any()
    meta = parsed.meta
    clip_code = meta.get("clip")
    clip = country_polygon(clip_code) if clip_code else None
    xy = np.array([[v.lon, v.lat] for v in resolved.vertices])
    sides = derive_sides(resolved, xy, clip)
    zone_side = parsed.zone_side
    if zone_side and sides.get(zone_side) and sides[zone_side].sign not in (LEFT, RIGHT):
        problems.add(
            f"[sides.{zone_side}] needs toward = a place on that side", ("sides", zone_side)
        )
    problems.raise_if_any()
    return Scenario(
        id=parsed.sid,
        title=str(meta.get("title", parsed.sid)),
        date=str(meta["date"]) if meta.get("date") else None,
        directory=parsed.directory,
        description=str(meta.get("description", "")),
        line_name=str(parsed.line.get("name", "line")),
        line_note=str(parsed.line.get("note", "")),
        vertices=resolved.vertices,
        sides=sides,
        zone_side=zone_side,
        variants=tuple(variants),
        routes=resolved.routes,
        clip=clip,
        clip_name=str(clip_code) if clip_code else None,
        census=resolved.census,
        gazetteer=resolved.gazetteer,
        tolerance_m=float(meta.get("tolerance_m", 0.5)),
        claims=claims,
        outlets=dict(parsed.claims.outlets) if parsed.claims is not None else {},
    )
