"""Resolving a parsed scenario's names: places, vertices, sides and routes to coordinates."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..errors import InputError
from ..geometry import geodesy
from ..sources.gazetteer import Gazetteer, Place, load_country
from .linefile import nearest_point, read_line_file, stretch
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
            hit = self.gaz.lookup(name)
        except InputError as exc:
            self.problems.add(f"{where}: {name!r} {exc.problem}", at, f'"{name}"')
            return None
        if hit.name == name.strip():
            return hit
        # the scenario's spelling names the place everywhere; the gazetteer's is kept as another
        return replace(hit, name=name.strip(), alternates=(hit.name, *hit.alternates))

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
    """The countries' gazetteers with the scenario's own ``[places]`` added (first ones first)."""
    problems, country = parsed.problems, parsed.country
    found: list[Place] = []
    for code in parsed.countries or ((country,) if country else ()):
        try:
            found += load_country(code).places
        except InputError as exc:
            problems.add(f"[scenario] country {code!r} {exc.problem}", ("scenario", "country"))
            country = None
    gaz = Gazetteer(found)
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
            source = str(spec.get("source", "scenario"))
            if spec.get("note"):
                source = f"{source}; {spec['note']}"
            alternates = spec.get("alternates", [])
            if not (isinstance(alternates, list) and all(isinstance(a, str) for a in alternates)):
                problems.add(
                    f"[places] '{name}' alternates must be a list of names", ("places", name)
                )
                alternates = []
            extra.append(Place(name, float(lon), float(lat), source, alternates=tuple(alternates)))
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


def file_vertices(
    problems: Problems, directory, name: Any, where: str, at: tuple, unc: float | None
) -> list[Vertex]:
    """The vertices of the line in a GeoJSON file named relative to the scenario folder."""
    if not isinstance(name, str):
        return []  # the type is reported by check_keys
    try:
        got = read_line_file(directory / name)
    except ValueError as exc:
        problems.add(f"{where}: {exc}", at)
        return []
    unc = got.uncertainty_km if unc is None else unc
    labels = got.labels or tuple(f"{name} vertex {k + 1}" for k in range(len(got.coords)))
    notes = got.notes or ("",) * len(got.coords)
    return [
        Vertex(float(lon), float(lat), label or f"{name} vertex {k + 1}", note, unc)
        for k, ((lon, lat), label, note) in enumerate(zip(got.coords, labels, notes, strict=True))
    ]


def route_stretch(parsed: Parsed, names: _Names, routes: list[Route]) -> list[Vertex]:
    """``[line] route = "ID", from = A, to = B``: the route cut at the points nearest A and B."""
    line, problems = parsed.line, parsed.problems
    rid = line.get("route")
    if not isinstance(rid, str):
        return []
    wanted = rid.casefold()
    match = [r for r in routes if r.id.casefold() == wanted or r.name.casefold() == wanted]
    if not match:
        known = ", ".join(r.id for r in routes) or "none"
        problems.add(
            f"[line] route {rid!r} is not the id of a [[routes]] entry (known: {known})",
            ("line", "route"),
        )
        return []
    route = match[0]
    ends = [names.place(line.get(k), f"[line] {k}", ("line", k)) for k in ("from", "to")]
    if not all(ends):
        return []
    cuts = [nearest_point(route.coords, p.lon, p.lat) for p in ends]
    if cuts[0].key == cuts[1].key:
        problems.add(
            f"[line] from {ends[0].name!r} and to {ends[1].name!r} meet route {route.id} "
            "at the same point; name places further apart along it",
            ("line", "route"),
        )
        return []
    vertices = []
    for lon, lat, index in stretch(route.coords, *cuts):
        if index is not None:
            vertices.append(route.waypoints[index])
            continue
        place, cut = (ends[0], cuts[0]) if not vertices else (ends[1], cuts[1])
        off = f"{cut.distance_m / 1000:.2f} km from {place.name}"
        vertices.append(
            Vertex(
                lon, lat, f"{place.name} ({route.id})",
                f"the point of {route.id} nearest {place.name} ({off}); {place.source}",
                route.uncertainty_km,
            )
        )  # fmt: skip
    return vertices


def _routes(raw: dict, names: _Names, directory) -> list[Route]:
    routes = []
    for i, r in enumerate(raw.get("routes") or []):
        if not isinstance(r, dict):
            names.problems.add(f"[[routes]] entry {i + 1} must be a table", ("routes",))
            continue
        rid = str(r.get("id", f"route {i + 1}"))
        unc = _uncertainty(r, None)
        if "file" in r and "waypoints" not in r:
            pts = file_vertices(
                names.problems, directory, r["file"], f"[[routes]] {rid} file",
                ("routes", i, "file"), unc,
            )  # fmt: skip
            if pts and unc is None:
                unc = pts[0].uncertainty_km
        else:
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
    routes = _routes(parsed.raw, names, parsed.directory)
    vertices: list[Vertex] = []
    if "vertices" in line:
        vertices = names.vertices(
            line.get("vertices"), "[line] vertices", ("line", "vertices"), line_unc
        )
    elif "file" in line:
        vertices = file_vertices(
            parsed.problems, parsed.directory, line["file"], "[line] file", ("line", "file"),
            line_unc,
        )  # fmt: skip
    elif "route" in line:
        vertices = route_stretch(parsed, names, routes)
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
    census = _census(parsed.raw, parsed.problems)
    return Resolved(parsed, gaz, tuple(vertices), tuple(sides), tuple(routes), census)
