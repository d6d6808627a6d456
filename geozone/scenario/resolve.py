"""Resolving a parsed scenario's names: places, vertices, sides and routes to coordinates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..geometry import geodesy
from ..sources.gazetteer import Gazetteer, Place, load_country
from .model import Route, Vertex
from .parse import Parsed
from .schema import Problems


@dataclass(frozen=True)
class ResolvedSide:
    """A side with its places found, its ``toward`` place, and its area's closing vertices."""

    key: str
    label: str
    places: tuple[Place, ...]
    source: str
    toward: Place | None
    closing: tuple[Vertex, ...]
    area_note: str


@dataclass(frozen=True)
class Resolved:
    """A scenario with every name resolved to lon/lat degrees (EPSG:4326); no geometry derived."""

    parsed: Parsed
    gazetteer: Gazetteer
    vertices: tuple[Vertex, ...]
    sides: tuple[ResolvedSide, ...]
    routes: tuple[Route, ...]
    census: dict[str, tuple[int, str]]


def _uncertainty(spec: dict, default: float | None) -> float | None:
    value = spec.get("uncertainty_km", default)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


class _Names:
    """Looks names up in the scenario's gazetteer, noting every problem instead of raising."""

    def __init__(self, gazetteer: Gazetteer, country: str | None, problems: Problems) -> None:
        self.gaz, self.country, self.problems = gazetteer, country, problems

    def place(self, name: Any, where: str, at: tuple) -> Place | None:
        if not isinstance(name, str):
            self.problems.add(f"{where}: a place must be a name, not {name!r}", at)
            return None
        if not self.country:
            return None  # the missing country is reported already
        try:
            return self.gaz.lookup(name)
        except InputError as exc:
            self.problems.add(f"{where}: {name!r} {exc.problem}", at, f'"{name}"')
            return None

    def vertex(self, spec: Any, where: str, at: tuple, unc: float | None) -> Vertex | None:
        """A place name, or a table with place, between = [a, b], or lon/lat."""
        if isinstance(spec, str):
            spec = {"place": spec}
        if not isinstance(spec, dict):
            self.problems.add(f"{where} must be a place name or a table", at)
            return None
        note = str(spec.get("note", ""))
        unc = _uncertainty(spec, unc)
        if unc is not None and not 0 <= unc < 10_000:
            self.problems.add(
                f"{where}: uncertainty_km {unc:g} must be a distance in km, 0 or more", at
            )
            return None
        if "place" in spec:
            p = self.place(spec["place"], where, at)
            return Vertex(p.lon, p.lat, p.name, note or p.source, unc) if p else None
        if "between" in spec:
            pair = spec["between"]
            if not (isinstance(pair, list) and len(pair) == 2):
                self.problems.add(f"{where}: 'between' needs two place names", at)
                return None
            a, b = (self.place(n, where, at) for n in pair)
            if not (a and b):
                return None
            az, _, d = geodesy.inverse(a.lon, a.lat, b.lon, b.lat)
            lon, lat, _ = geodesy.forward(a.lon, a.lat, az, d / 2)
            label = f"between {pair[0]} and {pair[1]}"
            return Vertex(float(lon), float(lat), label, note, unc)
        lon, lat = spec.get("lon"), spec.get("lat")
        if isinstance(lon, int | float) and isinstance(lat, int | float):
            if not (abs(lon) <= 180 and abs(lat) <= 90):
                self.problems.add(f"{where}: lon {lon}, lat {lat} is out of range", at)
                return None
            return Vertex(float(lon), float(lat), str(spec.get("label", where)), note, unc)
        self.problems.add(f"{where} needs place, between = [a, b], or numeric lon and lat", at)
        return None

    def vertices(self, specs: Any, where: str, at: tuple, unc: float | None = None) -> list[Vertex]:
        if not isinstance(specs, list):
            self.problems.add(f"{where} must be a list of places", at)
            return []
        found = [self.vertex(v, f"{where} item {i + 1}", at, unc) for i, v in enumerate(specs)]
        if len(specs) < 2:
            self.problems.add(f"{where} needs at least two vertices", at)
        return [v for v in found if v is not None] if all(found) else []


def _gazetteer(parsed: Parsed) -> tuple[Gazetteer, str | None]:
    """The country's gazetteer with the scenario's own ``[places]`` added."""
    problems, country = parsed.problems, parsed.country
    gaz = Gazetteer([])
    if country:
        try:
            gaz = load_country(country)
        except InputError as exc:
            problems.add(f"[scenario] country {country!r} {exc.problem}", ("scenario", "country"))
            country = None
    extra = []
    for name, spec in (parsed.raw.get("places") or {}).items():
        if not isinstance(spec, dict):
            problems.add(f"[places] '{name}' must be a table", ("places", name))
            continue
        if "lon" in spec or "lat" in spec:
            lon, lat = spec.get("lon"), spec.get("lat")
            if not all(isinstance(v, int | float) for v in (lon, lat)):
                problems.add(f"[places] '{name}' needs numeric lon and lat", ("places", name))
                continue
            extra.append(Place(name, float(lon), float(lat), str(spec.get("source", "scenario"))))
        elif "geonameid" in spec:
            if not country:
                continue
            try:
                hit = gaz.lookup(name, int(spec["geonameid"]))
            except (InputError, TypeError, ValueError) as exc:
                problem = exc.problem if isinstance(exc, InputError) else "needs an integer id"
                problems.add(f"[places] '{name}' geonameid {problem}", ("places", name))
                continue
            extra.append(Place(name, hit.lon, hit.lat, hit.source, hit.geonameid, hit.population))
        else:
            problems.add(f"[places] '{name}' needs lon/lat or geonameid", ("places", name))
    return gaz.with_places(extra), country


def _routes(raw: dict, names: _Names) -> list[Route]:
    routes = []
    for i, r in enumerate(raw.get("routes") or []):
        if not isinstance(r, dict):
            names.problems.add(f"[[routes]] entry {i + 1} must be a table", ("routes",))
            continue
        rid = str(r.get("id", f"route {i + 1}"))
        unc = _uncertainty(r, None)
        pts = names.vertices(
            r.get("waypoints"), f"[[routes]] {rid} waypoints", ("routes", i, "waypoints"), unc
        )
        if not pts:
            continue
        ends = r.get("ends") or [pts[0].label, pts[-1].label]
        if not (
            isinstance(ends, list) and len(ends) == 2 and all(isinstance(e, str) for e in ends)
        ):
            names.problems.add(
                f"[[routes]] {rid} ends must be two place names", ("routes", i, "ends")
            )
            ends = [pts[0].label, pts[-1].label]
        routes.append(
            Route(
                rid,
                str(r.get("name", rid)),
                tuple(pts),
                str(r.get("source", "")),
                str(r.get("note", "")),
                (ends[0], ends[1]),
                unc,
            )
        )
    return routes


def _census(raw: dict, problems: Problems) -> dict[str, tuple[int, str]]:
    census = {}
    for name, spec in (raw.get("population") or {}).items():
        if isinstance(spec, dict) and isinstance(spec.get("population"), int):
            census[name] = (spec["population"], str(spec.get("source", "")))
        else:
            problems.add(f"[population] '{name}' needs an integer population", ("population", name))
    return census


def resolve_scenario(parsed: Parsed) -> Resolved:
    """Resolve every name of a parsed scenario through its country's gazetteer.

    Problems (unknown places, bad vertices) are added to ``parsed.problems``;
    nothing is raised here.
    """
    gaz, country = _gazetteer(parsed)
    names = _Names(gaz, country, parsed.problems)
    line = parsed.line
    line_unc = _uncertainty(line, None) if line else None
    vertices = (
        names.vertices(line.get("vertices"), "[line] vertices", ("line", "vertices"), line_unc)
        if line
        else []
    )
    sides = []
    for s in parsed.sides:
        at = ("sides", s.key, "places")
        found = tuple(
            p for p in (names.place(n, f"[sides.{s.key}] places", at) for n in s.names) if p
        )
        toward = (
            names.place(s.toward, f"[sides.{s.key}] toward", ("sides", s.key, "toward"))
            if s.toward
            else None
        )
        closing: list[Vertex] = []
        if s.area:
            closing = names.vertices(
                s.area.get("closing"),
                f"[sides.{s.key}.area] closing",
                ("sides", s.key, "area", "closing"),
            )
        note = str(s.area.get("note", "")) if s.area else ""
        sides.append(ResolvedSide(s.key, s.label, found, s.source, toward, tuple(closing), note))
    routes = _routes(parsed.raw, names)
    census = _census(parsed.raw, parsed.problems)
    return Resolved(parsed, gaz, tuple(vertices), tuple(sides), tuple(routes), census)
