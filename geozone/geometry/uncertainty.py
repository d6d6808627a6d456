"""Zones for a line that may be off: the part surely inside and the part possibly inside.

A line (or each stretch of it) may lie up to ``u`` km from where the real
line runs. Every point of a zone lies within some distance ``h`` of the line
(``h`` is half the width for a total width, the width for a width on each
side or a depth), so when the line moves by up to ``u`` a point's distance
to it changes by at most ``u`` (the distance to a set changes by at most the
Hausdorff distance the set moves). A point is then

* **certainly inside** when it lies within ``h − u`` of the line (for a depth
  zone also on the zone's side and more than ``u`` from the line, where the
  real line cannot pass), and
* **possibly inside** when it lies within ``h + u`` of the line (for a depth
  zone on the zone's side, or within ``u`` of the line on either side).

Both sets are built with the exact zone engine (:func:`zones.zone`) at the
shifted distances: the zone shrunk by ``u`` is the zone built at ``h − u``,
the zone grown by ``u`` the zone built at ``h + u``. A margin given per
vertex applies to each stretch (edge) as the larger of its two ends' margins;
the sets are then unions of the zones of each run of stretches with the same
margin, which equals the whole line's zone where the margin is constant. The
sidedness argument for depth zones holds away from the line's two ends.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from . import zones
from .errors import GeometryError


def stretch_margins(margins_km: Sequence[float | None], default_km: float | None) -> np.ndarray:
    """Each edge's margin (km): the larger of its two vertices' margins.

    Parameters
    ----------
    margins_km : sequence of float or None
        One margin per vertex, km; None takes ``default_km``.
    default_km : float or None
        The line's margin, km, for vertices that give none (None: 0).

    Returns
    -------
    numpy.ndarray
        ``len(margins_km) - 1`` margins, km, one per edge.
    """
    fill = 0.0 if default_km is None else float(default_km)
    per_vertex = np.array([fill if m is None else float(m) for m in margins_km], dtype=float)
    if (per_vertex < 0).any() or not np.isfinite(per_vertex).all():
        raise GeometryError("uncertainty_km", "must be a finite number ≥ 0", "give km, e.g. 2")
    return np.maximum(per_vertex[:-1], per_vertex[1:])


def _runs(edge_km: np.ndarray) -> list[tuple[int, int, float]]:
    """(first vertex, last vertex, margin) for each run of edges with one margin."""
    out, start = [], 0
    for i in range(1, len(edge_km) + 1):
        if i == len(edge_km) or edge_km[i] != edge_km[start]:
            out.append((start, i, float(edge_km[start])))
            start = i
    return out


def _polygonal(geom) -> Polygon | MultiPolygon:
    """The polygonal part of a shapely result (empty MultiPolygon when none)."""
    polys = [
        g
        for g in getattr(geom, "geoms", [geom])
        if g is not None and g.geom_type in ("Polygon", "MultiPolygon") and not g.is_empty
    ]
    flat = [p for g in polys for p in getattr(g, "geoms", [g])]
    if not flat:
        return MultiPolygon()
    return flat[0] if len(flat) == 1 else MultiPolygon(flat)


class _Within:
    """Unions of 'within d km of each run' zones, cached by run and distance."""

    def __init__(
        self,
        line: np.ndarray,
        edge_km: np.ndarray,
        tolerance_m: float,
        cache: dict[tuple[int, int, float], Polygon | MultiPolygon] | None = None,
    ) -> None:
        self.line = line
        self.runs = _runs(edge_km)
        self.tolerance_m = tolerance_m
        self._cache = {} if cache is None else cache

    def __call__(self, distance_of) -> Polygon | MultiPolygon:
        """Points within ``distance_of(margin)`` km of some run (runs at ≤ 0 km skipped)."""
        parts = []
        for a, b, u in self.runs:
            d = round(float(distance_of(u)), 9)
            if d <= 0:
                continue
            key = (a, b, d)
            if key not in self._cache:
                self._cache[key] = zones.zone(
                    self.line[a : b + 1], d, "per_side", None, self.tolerance_m
                )
            parts.append(self._cache[key])
        if not parts:
            return MultiPolygon()
        return _polygonal(shapely.union_all(parts))


def certain_possible(
    line: np.ndarray,
    width_km: float,
    semantics: str,
    edge_margins_km: Sequence[float],
    side: int | None = None,
    tolerance_m: float = zones.DEFAULT_TOLERANCE_M,
    cap: str = "round",
    cache: dict | None = None,
) -> tuple[Polygon | MultiPolygon, Polygon | MultiPolygon]:
    """The zone shrunk and grown by the line's margin: surely and possibly inside.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees (EPSG:4326).
    width_km : float
        The reported width, km.
    semantics : {"total", "per_side", "depth"}
        How to read the width.
    edge_margins_km : sequence of float
        How far each edge (n − 1 of them) may lie from the real line, km
        (:func:`stretch_margins`).
    side : int, optional
        ``zones.RIGHT`` or ``zones.LEFT``; required for ``depth``.
    tolerance_m : float
        Boundary accuracy target, metres.
    cap : {"round", "flat"}
        How the zone ends; with ``flat`` both sets end on the geodesic
        perpendiculars at the line's ends, like the zone.
    cache : dict, optional
        The zones within a distance of each stretch, kept between calls on
        the same ``line`` and ``tolerance_m`` (several widths share many:
        a total width of 2W and a depth of W reach as far).

    Returns
    -------
    certain, possible : shapely Polygon or MultiPolygon
        Lon/lat degrees. ``certain`` is empty when the margin exceeds the
        zone's reach everywhere.
    """
    line = np.asarray(line, dtype=float)
    edge_km = np.asarray(edge_margins_km, dtype=float)
    if edge_km.shape != (len(line) - 1,):
        raise GeometryError(
            "edge margins",
            f"has {edge_km.size} values for {len(line) - 1} edges",
            "give one per edge",
        )
    h_km = zones.half_width_m(width_km, semantics) / 1000.0
    within = _Within(line, edge_km, tolerance_m, cache)
    if semantics != "depth":
        certain = within(lambda u: h_km - u)
        possible = within(lambda u: h_km + u)
        return _capped(
            line, width_km, semantics, side, tolerance_m, cap, edge_km, certain, possible
        )
    near = within(lambda u: u)
    own = zones.zone(line, width_km, "depth", side, tolerance_m)
    certain = _polygonal(
        shapely.difference(shapely.intersection(own, within(lambda u: h_km - u)), near)
    )
    grown = zones.zone(line, width_km + float(edge_km.max()), "depth", side, tolerance_m)
    possible = _polygonal(
        shapely.union(shapely.intersection(grown, within(lambda u: h_km + u)), near)
    )
    return _capped(line, width_km, semantics, side, tolerance_m, cap, edge_km, certain, possible)


def _capped(line, width_km, semantics, side, tolerance_m, cap, edge_km, certain, possible):
    """Both sets cut at the line's ends like a flat-capped zone (unchanged for round caps)."""
    if cap != "flat":
        return certain, possible
    grown_km = width_km * (
        1.0 + float(edge_km.max()) / (zones.half_width_m(width_km, semantics) / 1000)
    )
    inner = zones.zone(line, width_km, semantics, side, tolerance_m, cap="flat")
    outer = zones.zone(line, grown_km, semantics, side, tolerance_m, cap="flat")
    return (
        _polygonal(shapely.intersection(certain, inner)),
        _polygonal(shapely.intersection(possible, outer)),
    )


__all__ = ["certain_possible", "stretch_margins"]
