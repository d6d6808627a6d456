"""The scenario model: a resolved line, its sides, routes, places, clip area and variants."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from shapely.geometry import MultiPolygon, Polygon

from ..claims import ClaimSet
from ..geometry import geodesy
from ..sources.gazetteer import Gazetteer, Place
from .variants import ZoneVariant


@dataclass(frozen=True)
class Vertex:
    """A vertex of the line (or a route's waypoint) and how it was derived.

    ``uncertainty_km`` is how far the true position may lie from this one,
    km (None when the scenario does not say).
    """

    lon: float
    lat: float
    label: str
    note: str
    uncertainty_km: float | None = None


@dataclass(frozen=True)
class Route:
    """A road given as ordered waypoints joined by geodesics.

    ``uncertainty_km`` is how far the drawn route may lie from the road, km.
    """

    id: str
    name: str
    waypoints: tuple[Vertex, ...]
    source: str
    note: str = ""
    ends: tuple[str, str] = ("", "")
    uncertainty_km: float | None = None

    @property
    def coords(self) -> np.ndarray:
        """(n, 2) lon/lat degrees of the waypoints."""
        return np.array([[p.lon, p.lat] for p in self.waypoints])


@dataclass(frozen=True)
class Side:
    """One side of the line: its label and the places known to lie on it."""

    key: str
    label: str
    places: tuple[Place, ...]
    source: str
    sign: int
    area: Polygon | MultiPolygon | None = None
    area_note: str = ""


@dataclass(frozen=True)
class Scenario:
    """A loaded, resolved scenario (all coordinates lon/lat degrees, EPSG:4326)."""

    id: str
    title: str
    date: str | None
    directory: Path
    description: str
    line_name: str
    line_note: str
    vertices: tuple[Vertex, ...]
    sides: dict[str, Side]
    zone_side: str
    variants: tuple[ZoneVariant, ...]
    routes: tuple[Route, ...]
    clip: Polygon | MultiPolygon | None
    clip_name: str | None
    census: dict[str, tuple[int, str]]
    gazetteer: Gazetteer = field(repr=False)
    tolerance_m: float = 0.5
    claims: ClaimSet | None = field(default=None, repr=False)
    outlets: dict[str, str] = field(default_factory=dict)
    """Who published each report, by the report's file name (``[claims.outlets]``)."""

    @property
    def semantics(self) -> tuple[str, ...]:
        """The semantics built, in order."""
        return tuple(dict.fromkeys(v.semantics for v in self.variants))

    @property
    def widths_km(self) -> tuple[float, ...]:
        """The distinct widths built, km, ascending."""
        return tuple(sorted({v.km for v in self.variants}))

    @property
    def line(self) -> np.ndarray:
        """(n, 2) lon/lat degrees of the line's vertices."""
        return np.array([[v.lon, v.lat] for v in self.vertices])

    @property
    def line_uncertainty_km(self) -> np.ndarray:
        """(n,) how far each vertex may be off, km (NaN where the scenario does not say)."""
        return np.array(
            [np.nan if v.uncertainty_km is None else v.uncertainty_km for v in self.vertices]
        )

    @property
    def line_length_km(self) -> float:
        """Geodesic length of the line, km."""
        return geodesy.line_length_m(self.line) / 1000.0

    @property
    def zone_sign(self) -> int:
        """``RIGHT`` or ``LEFT``: the side depth zones lie on."""
        return self.sides[self.zone_side].sign
