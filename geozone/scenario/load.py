"""Scenarios: a line, its sides, routes, places, clip area and reported widths, from TOML.

A scenario lives in ``data/<id>/scenario.toml``. Every fact in it says where
it comes from. Names are resolved through the gazetteer of the scenario's
country; places GeoNames lacks are given with coordinates in ``[places]``.
See ``data/idlib-2018/scenario.toml`` for the format.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from shapely.geometry import MultiPolygon, Polygon

from ..claims import ClaimSet, KnownRoute, report_files
from ..errors import InputError
from ..geometry import geodesy
from ..geometry.checks import check_line, self_crossing
from ..geometry.errors import GeometryError
from ..geometry.zones import CAPS, LEFT, RIGHT, SEMANTICS
from ..sources.gazetteer import Gazetteer, Place, load_country
from ..sources.naturalearth import country_polygon
from .schema import Problems, check_keys
from .variants import Backer, Reading, ZoneVariant, read_scenario_claims, variants_from_claims

DEFAULT_SCENARIO = "idlib-2018"


@dataclass(frozen=True)
class Route:
    """A road given as ordered waypoints joined by geodesics."""

    id: str
    name: str
    waypoints: tuple[Vertex, ...]
    source: str
    note: str = ""
    ends: tuple[str, str] = ("", "")

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
class Vertex:
    """A vertex of the line and how it was derived."""

    lon: float
    lat: float
    label: str
    note: str


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
    cap: str = "round"

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
    def line_length_km(self) -> float:
        """Geodesic length of the line, km."""
        return geodesy.line_length_m(self.line) / 1000.0

    @property
    def zone_sign(self) -> int:
        """``RIGHT`` or ``LEFT``: the side depth zones lie on."""
        return self.sides[self.zone_side].sign


def _need(table: dict, key: str, kind: type, problems: Problems, at: tuple) -> Any:
    """``table[key]`` if present and of the right kind; else None, with the problem noted."""
    value = table.get(key)
    if value is None:
        if at:
            problems.add(f"[{'.'.join(map(str, at))}] is missing '{key}'", at)
        else:
            problems.add(f"the file has no [{key}] table", at)
        return None
    if not isinstance(value, kind) or isinstance(value, bool):
        return None  # the type is reported by check_keys
    return value


def _toml_syntax(message: str) -> tuple[str, str]:
    """The problem and fix for a TOML syntax error, led by its line and column."""
    m = re.match(r"(.*) \(at line (\d+), column (\d+)\)$", message)
    if not m:
        return f"is not valid TOML ({message})", "fix the syntax"
    text, line, column = m.groups()
    fix = "fix the syntax there"
    if "'\\n'" in text:
        fix = "close the quoted string on that line"
    return f"is not valid TOML: line {line}, column {column}: {text[0].lower()}{text[1:]}", fix


def scenario_dir(name_or_path: str | Path | None) -> Path:
    """Resolve a scenario argument: a folder, a scenario.toml, or a name under ``data/``."""
    if name_or_path is None:
        name_or_path = DEFAULT_SCENARIO
    path = Path(name_or_path)
    if path.is_file():
        return path.parent
    if path.is_dir():
        return path
    for base in _data_dirs():
        for name in dict.fromkeys([str(name_or_path), path.name]):
            if (base / name / "scenario.toml").is_file():
                return base / name
    raise InputError(
        f"scenario {str(name_or_path)!r}",
        "is neither a folder with scenario.toml nor a scenario under data/",
        "give a path such as data/idlib-2018",
    )


def load_scenario(path: str | Path | None = None) -> Scenario:
    """Read and resolve a scenario.

    Parameters
    ----------
    path : str or Path, optional
        A scenario folder, its ``scenario.toml``, or a name under ``data/``
        (default: ``idlib-2018``).

    Returns
    -------
    Scenario
        With every name resolved to coordinates (EPSG:4326).

    Raises
    ------
    InputError
        Listing every problem found in the file at once.
    """
    directory = scenario_dir(path)
    toml_path = directory / "scenario.toml"
    if not toml_path.is_file():
        raise InputError(str(directory), "has no scenario.toml", "add one (see data/idlib-2018)")
    try:
        text = toml_path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(str(toml_path), "is not UTF-8 text", "save it as UTF-8") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(toml_path), *_toml_syntax(str(exc))) from None
    problems = Problems(toml_path, text)
    check_keys(raw, problems)

    meta = _need(raw, "scenario", dict, problems, ()) or {}
    sid = (_need(meta, "id", str, problems, ("scenario",)) if meta else None) or directory.name
    country = _need(meta, "country", str, problems, ("scenario",)) if meta else None
    gaz = Gazetteer([])
    if country:
        try:
            gaz = load_country(country)
        except InputError as exc:
            problems.add(f"[scenario] country {country!r} {exc.problem}", ("scenario", "country"))
            country = None

    extra = []
    for name, spec in (raw.get("places") or {}).items():
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
    gaz = gaz.with_places(extra)

    def place(name: Any, where: str, at: tuple) -> Place | None:
        if not isinstance(name, str):
            problems.add(f"{where}: a place must be a name, not {name!r}", at)
            return None
        if not country:
            return None  # the missing country is reported already
        try:
            return gaz.lookup(name)
        except InputError as exc:
            problems.add(f"{where}: {name!r} {exc.problem}", at, f'"{name}"')
            return None

    def vertex(spec: Any, where: str, at: tuple) -> Vertex | None:
        """A place name, or a table with place, between = [a, b], or lon/lat."""
        if isinstance(spec, str):
            spec = {"place": spec}
        if not isinstance(spec, dict):
            problems.add(f"{where} must be a place name or a table", at)
            return None
        note = str(spec.get("note", ""))
        if "place" in spec:
            p = place(spec["place"], where, at)
            return Vertex(p.lon, p.lat, p.name, note or p.source) if p else None
        if "between" in spec:
            pair = spec["between"]
            if not (isinstance(pair, list) and len(pair) == 2):
                problems.add(f"{where}: 'between' needs two place names", at)
                return None
            a, b = (place(n, where, at) for n in pair)
            if not (a and b):
                return None
            az, _, d = geodesy.inverse(a.lon, a.lat, b.lon, b.lat)
            lon, lat, _ = geodesy.forward(a.lon, a.lat, az, d / 2)
            return Vertex(float(lon), float(lat), f"between {pair[0]} and {pair[1]}", note)
        lon, lat = spec.get("lon"), spec.get("lat")
        if isinstance(lon, int | float) and isinstance(lat, int | float):
            if not (abs(lon) <= 180 and abs(lat) <= 90):
                problems.add(f"{where}: lon {lon}, lat {lat} is out of range", at)
                return None
            return Vertex(float(lon), float(lat), str(spec.get("label", where)), note)
        problems.add(f"{where} needs place, between = [a, b], or numeric lon and lat", at)
        return None

    def vertices_of(specs: Any, where: str, at: tuple) -> list[Vertex]:
        if not isinstance(specs, list):
            problems.add(f"{where} must be a list of places", at)
            return []
        found = [vertex(v, f"{where} item {i + 1}", at) for i, v in enumerate(specs)]
        if len(specs) < 2:
            problems.add(f"{where} needs at least two vertices", at)
        return [v for v in found if v is not None] if all(found) else []

    # the line
    line = _need(raw, "line", dict, problems, ()) or {}
    vertices = (
        vertices_of(line.get("vertices"), "[line] vertices", ("line", "vertices")) if line else []
    )
    if line and len(vertices) >= 2:
        try:
            xy, _ = check_line([[v.lon, v.lat] for v in vertices], "[line] vertices")
        except GeometryError as exc:
            problems.add(f"[line] vertices {exc.problem}", ("line", "vertices"))
        else:
            hit = self_crossing(xy)
            if hit is not None:
                problems.add(
                    f"[line] crosses itself near ({hit[0]:.5f}, {hit[1]:.5f}), so its sides "
                    "are not defined there; reorder or remove vertices",
                    ("line", "vertices"),
                )

    # sides
    sides_raw = _need(raw, "sides", dict, problems, ()) or {}
    side_places: dict[str, tuple[str, str, tuple[Place, ...], str, dict]] = {}
    for key, spec in sides_raw.items():
        if not isinstance(spec, dict):
            problems.add(f"[sides.{key}] must be a table", ("sides", key))
            continue
        names = spec.get("places", [])
        if not isinstance(names, list):
            names = []  # the type is reported by check_keys
        at = ("sides", key, "places")
        found = tuple(p for p in (place(n, f"[sides.{key}] places", at) for n in names) if p)
        side_places[key] = (
            str(spec.get("label", key)),
            str(spec.get("toward", "")),
            found,
            str(spec.get("source", "")),
            spec.get("area") if isinstance(spec.get("area"), dict) else {},
        )

    zone = _need(raw, "zone", dict, problems, ()) or {}
    zone_side = _need(zone, "side", str, problems, ("zone",)) if zone else None
    if zone_side and zone_side not in side_places:
        known = ", ".join(side_places) or "none"
        problems.add(
            f"[zone] side {zone_side!r} is not one of the [sides] tables ({known})",
            ("zone", "side"),
        )
    cap = zone.get("cap", "round") if isinstance(zone, dict) else "round"
    if cap not in CAPS:
        problems.add(f"[zone] cap {cap!r} must be one of {', '.join(CAPS)}", ("zone", "cap"))
    widths_raw = []
    for i, w in enumerate(raw.get("widths") or []):
        km = w.get("km") if isinstance(w, dict) else None
        if isinstance(w, dict) and km is not None and not isinstance(km, int | float):
            continue  # the type is reported by check_keys
        if not isinstance(km, int | float) or isinstance(km, bool) or not 0 < km < 10_000:
            problems.add(
                f"[[widths]] entry {i + 1} needs km, a number of km from 0 to 10,000",
                ("widths", i, "km"),
            )
            continue
        backers = tuple(
            Backer(str(r.get("source", "")), str(r.get("quote", "")))
            for r in w.get("reported_by", [])
            if isinstance(r, dict)
        )
        widths_raw.append((float(km), backers))
    semantics = zone.get("semantics", SEMANTICS)
    semantics = tuple(semantics) if isinstance(semantics, list | tuple) else ()
    for s in semantics:
        if s not in SEMANTICS:
            problems.add(
                f"[zone] semantics {s!r} is not one of {', '.join(SEMANTICS)}",
                ("zone", "semantics"),
            )
    claims_spec = raw.get("claims")
    if claims_spec is not None and not isinstance(claims_spec, dict):
        problems.add("[claims] must be a table", ("claims",))
        claims_spec = None
    readings: list[Reading] = []
    unspecified = "total"
    report_paths: list[str] = []
    if claims_spec is not None:
        report_paths = claims_spec.get("reports")
        if isinstance(report_paths, str):
            report_paths = [report_paths]
        if not (
            isinstance(report_paths, list)
            and report_paths
            and all(isinstance(r, str) for r in report_paths)
        ):
            problems.add(
                "[claims] reports must be a list of report files or folders", ("claims", "reports")
            )
            report_paths = []
        unspecified = claims_spec.get("unspecified", "total")
        if unspecified not in SEMANTICS:
            problems.add(
                f"[claims] unspecified {unspecified!r} is not one of {', '.join(SEMANTICS)}",
                ("claims", "unspecified"),
            )
        for i, r in enumerate(claims_spec.get("reading") or []):
            sem = r.get("semantics") if isinstance(r, dict) else None
            if sem not in SEMANTICS:
                problems.add(
                    f"[[claims.reading]] entry {i + 1} needs semantics, "
                    f"one of {', '.join(SEMANTICS)}",
                    ("claims", "reading", i),
                )
                continue
            readings.append(Reading(sem, str(r.get("source", "")), str(r.get("quote", ""))))
    elif not raw.get("widths"):
        problems.add(
            "needs a [claims] table naming the reports, or [[widths]] entries with km",
            ("widths",),
        )

    routes = []
    for i, r in enumerate(raw.get("routes") or []):
        if not isinstance(r, dict):
            problems.add(f"[[routes]] entry {i + 1} must be a table", ("routes",))
            continue
        rid = str(r.get("id", f"route {i + 1}"))
        pts = vertices_of(
            r.get("waypoints"), f"[[routes]] {rid} waypoints", ("routes", i, "waypoints")
        )
        if pts:
            ends = r.get("ends") or [pts[0].label, pts[-1].label]
            if not (
                isinstance(ends, list) and len(ends) == 2 and all(isinstance(e, str) for e in ends)
            ):
                problems.add(
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
                )
            )

    census = {}
    for name, spec in (raw.get("population") or {}).items():
        if isinstance(spec, dict) and isinstance(spec.get("population"), int):
            census[name] = (spec["population"], str(spec.get("source", "")))
        else:
            problems.add(f"[population] '{name}' needs an integer population", ("population", name))
    problems.raise_if_any()

    claims = None
    if report_paths:
        known = [KnownRoute(r.id, r.name, r.ends) for r in routes]
        claims = read_scenario_claims(directory, report_paths, meta.get("date"), known)
        variants = variants_from_claims(claims, unspecified, readings)
        if not variants:
            problems.add("[claims] reports state no zone width", ("claims", "reports"))
    else:
        variants = [
            ZoneVariant(km, sem, backers) for sem in semantics for km, backers in sorted(widths_raw)
        ]
    problems.raise_if_any()

    clip_code = meta.get("clip")
    clip = country_polygon(clip_code) if clip_code else None
    xy = np.array([[v.lon, v.lat] for v in vertices])

    sides: dict[str, Side] = {}
    for key, (label, toward, found, source, area_spec) in side_places.items():
        sign = 0
        if toward:
            tp = place(toward, f"[sides.{key}] toward", ("sides", key, "toward"))
            if tp:
                sign = int(geodesy.side_of([tp.lon], [tp.lat], xy)[0])
        area, area_note = None, ""
        if area_spec:
            closing = vertices_of(
                area_spec.get("closing"),
                f"[sides.{key}.area] closing",
                ("sides", key, "area", "closing"),
            )
            if closing:
                ring = np.vstack(
                    [geodesy.geodesic_points(xy, 1000.0), [[p.lon, p.lat] for p in closing]]
                )
                area = Polygon(ring).buffer(0)
                if clip is not None:
                    area = area.intersection(clip)
                area_note = str(area_spec.get("note", ""))
        sides[key] = Side(key, label, found, source, sign, area, area_note)
    signs = {k: s.sign for k, s in sides.items() if s.sign}
    for key, side in sides.items():
        if side.sign == 0:
            other = [s for k, s in signs.items() if k != key]
            if other:
                sides[key] = Side(
                    key, side.label, side.places, side.source, -other[0], side.area, side.area_note
                )
    if zone_side and sides.get(zone_side) and sides[zone_side].sign not in (LEFT, RIGHT):
        problems.add(
            f"[sides.{zone_side}] needs toward = a place on that side", ("sides", zone_side)
        )
    problems.raise_if_any()

    return Scenario(
        id=sid,
        title=str(meta.get("title", sid)),
        date=str(meta["date"]) if meta.get("date") else None,
        directory=directory,
        description=str(meta.get("description", "")),
        line_name=str(line.get("name", "line")),
        line_note=str(line.get("note", "")),
        vertices=tuple(vertices),
        sides=sides,
        zone_side=zone_side,
        variants=tuple(variants),
        routes=tuple(routes),
        clip=clip,
        clip_name=str(clip_code) if clip_code else None,
        census=census,
        gazetteer=gaz,
        tolerance_m=float(meta.get("tolerance_m", 0.5)),
        claims=claims,
        cap=str(cap),
    )


def _data_dirs() -> list[Path]:
    return list(dict.fromkeys([Path.cwd() / "data", Path(__file__).resolve().parents[2] / "data"]))


def known_routes(path: str | Path) -> list[KnownRoute]:
    """The routes a scenario knows, by their ends, without resolving the scenario.

    Parameters
    ----------
    path : str or Path
        A scenario folder, its ``scenario.toml``, or a name under ``data/``.
    """
    toml_path = scenario_dir(path) / "scenario.toml"
    try:
        raw = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(
            str(toml_path), f"cannot be read ({exc})", "fix the scenario file"
        ) from None
    out = []
    for r in raw.get("routes") or []:
        if not isinstance(r, dict):
            continue
        ends = r.get("ends")
        if not ends:
            pts = r.get("waypoints") or []
            names = [p if isinstance(p, str) else p.get("place") or p.get("label") for p in pts]
            names = [n for n in names if isinstance(n, str)]
            ends = [names[0], names[-1]] if len(names) >= 2 else None
        if ends and len(ends) == 2:
            rid = str(r.get("id", "route"))
            out.append(KnownRoute(rid, str(r.get("name", rid)), (str(ends[0]), str(ends[1]))))
    return out


def scenario_reading(files: list[Path]) -> Path | None:
    """The scenario under ``data/`` whose ``[claims] reports`` include all these files, if any."""
    wanted = {f.resolve() for f in files}
    for base in _data_dirs():
        for toml_path in sorted(base.glob("*/scenario.toml")):
            try:
                raw = tomllib.loads(toml_path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            reports = (raw.get("claims") or {}).get("reports") or []
            reports = [reports] if isinstance(reports, str) else reports
            try:
                listed = {
                    f.resolve() for f in report_files([toml_path.parent / str(r) for r in reports])
                }
            except InputError:
                continue
            if wanted and wanted <= listed:
                return toml_path.parent
    return None
