"""Scenarios: a line, its sides, routes, places, clip area and reported widths, from TOML.

A scenario lives in ``data/<id>/scenario.toml``. Every fact in it says where
it comes from. Names are resolved through the gazetteer of the scenario's
country; places GeoNames lacks are given with coordinates in ``[places]``.
See ``data/idlib-2018/scenario.toml`` for the format.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from shapely.geometry import MultiPolygon, Polygon

from . import geodesy
from .claims import ClaimSet, KnownRoute, report_files
from .clip import country_polygon
from .errors import InputError
from .gazetteer import Gazetteer, Place, load_country
from .reported import Backer, Reading, ZoneVariant, read_scenario_claims, variants_from_claims
from .zones import LEFT, RIGHT, SEMANTICS

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


class _Problems:
    """Collects every problem in a scenario file before reporting them at once."""

    def __init__(self, path: Path, text: str) -> None:
        self.path, self.lines, self.items = path, text.splitlines(), []

    def line_of(self, needle: str) -> int | None:
        for i, line in enumerate(self.lines, 1):
            if needle in line:
                return i
        return None

    def add(self, message: str, near: str | None = None) -> None:
        where = self.line_of(near) if near else None
        self.items.append(f"line {where}: {message}" if where else message)

    def raise_if_any(self) -> None:
        if self.items:
            raise InputError(
                str(self.path),
                "; ".join(self.items),
                "fix the scenario file (format: data/idlib-2018/scenario.toml)",
            )


def _need(table: dict, key: str, kind: type | tuple, problems: _Problems, where: str) -> Any:
    value = table.get(key)
    if value is None:
        problems.add(f"{where} is missing '{key}'", where.split(".")[-1].strip("[]"))
        return None
    if not isinstance(value, kind) or isinstance(value, bool):
        name = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        problems.add(f"{where}.{key} must be {name}, got {type(value).__name__}", key)
        return None
    return value


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
        if (base / str(name_or_path) / "scenario.toml").is_file():
            return base / str(name_or_path)
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
        raise InputError(str(toml_path), f"is not valid TOML ({exc})", "fix the syntax") from None
    problems = _Problems(toml_path, text)

    meta = _need(raw, "scenario", dict, problems, "file") or {}
    sid = _need(meta, "id", str, problems, "[scenario]") or directory.name
    country = _need(meta, "country", str, problems, "[scenario]")
    problems.raise_if_any()
    gaz = load_country(country)

    extra = []
    for name, spec in (raw.get("places") or {}).items():
        if not isinstance(spec, dict):
            problems.add(f"[places] '{name}' must be a table", name)
            continue
        if "lon" in spec or "lat" in spec:
            lon, lat = spec.get("lon"), spec.get("lat")
            if not all(isinstance(v, int | float) for v in (lon, lat)):
                problems.add(f"[places] '{name}' needs numeric lon and lat", name)
                continue
            extra.append(Place(name, float(lon), float(lat), str(spec.get("source", "scenario"))))
        elif "geonameid" in spec:
            try:
                hit = gaz.lookup(name, int(spec["geonameid"]))
            except InputError as exc:
                problems.add(exc.problem, name)
                continue
            extra.append(Place(name, hit.lon, hit.lat, hit.source, hit.geonameid, hit.population))
        else:
            problems.add(f"[places] '{name}' needs lon/lat or geonameid", name)
    gaz = gaz.with_places(extra)

    def place(name: Any, where: str) -> Place | None:
        if not isinstance(name, str):
            problems.add(f"{where}: a place must be a name, got {name!r}", str(name))
            return None
        try:
            return gaz.lookup(name)
        except InputError as exc:
            problems.add(f"{where}: {name!r} {exc.problem}", name)
            return None

    def vertex(spec: Any, where: str) -> Vertex | None:
        """A place name, or a table with place, between = [a, b], or lon/lat."""
        if isinstance(spec, str):
            spec = {"place": spec}
        if not isinstance(spec, dict):
            problems.add(f"{where} must be a place name or a table")
            return None
        note = str(spec.get("note", ""))
        if "place" in spec:
            p = place(spec["place"], where)
            return Vertex(p.lon, p.lat, p.name, note or p.source) if p else None
        if "between" in spec:
            pair = spec["between"]
            if not (isinstance(pair, list) and len(pair) == 2):
                problems.add(f"{where}: 'between' needs two place names")
                return None
            a, b = (place(n, where) for n in pair)
            if not (a and b):
                return None
            az, _, d = geodesy.inverse(a.lon, a.lat, b.lon, b.lat)
            lon, lat, _ = geodesy.forward(a.lon, a.lat, az, d / 2)
            return Vertex(float(lon), float(lat), f"between {pair[0]} and {pair[1]}", note)
        lon, lat = spec.get("lon"), spec.get("lat")
        if isinstance(lon, int | float) and isinstance(lat, int | float):
            return Vertex(float(lon), float(lat), str(spec.get("label", where)), note)
        problems.add(f"{where} needs place, between = [a, b], or numeric lon and lat")
        return None

    def vertices_of(specs: Any, where: str) -> list[Vertex]:
        if not isinstance(specs, list):
            problems.add(f"{where} must be a list", where)
            return []
        found = [vertex(v, f"{where} item {i + 1}") for i, v in enumerate(specs)]
        if len(specs) < 2:
            problems.add(f"{where} needs at least two vertices", where)
        return [v for v in found if v is not None] if all(found) else []

    # the line
    line = _need(raw, "line", dict, problems, "file") or {}
    vertices = vertices_of(line.get("vertices"), "[line] vertices") if line else []

    # sides
    sides_raw = _need(raw, "sides", dict, problems, "file") or {}
    side_places: dict[str, tuple[str, str, tuple[Place, ...], str, dict]] = {}
    for key, spec in sides_raw.items():
        if not isinstance(spec, dict):
            problems.add(f"[sides.{key}] must be a table", f"[sides.{key}]")
            continue
        found = tuple(p for p in (place(n, f"[sides.{key}]") for n in spec.get("places", [])) if p)
        side_places[key] = (
            str(spec.get("label", key)),
            str(spec.get("toward", "")),
            found,
            str(spec.get("source", "")),
            spec.get("area") if isinstance(spec.get("area"), dict) else {},
        )

    zone = _need(raw, "zone", dict, problems, "file") or {}
    zone_side = _need(zone, "side", str, problems, "[zone]")
    if zone_side and zone_side not in side_places:
        problems.add(f"[zone] side {zone_side!r} is not one of [sides]", "side")
    widths_raw = []
    for i, w in enumerate(raw.get("widths") or []):
        km = w.get("km") if isinstance(w, dict) else None
        if not isinstance(km, int | float) or isinstance(km, bool) or not 0 < km < 10_000:
            problems.add(f"[[widths]] entry {i + 1} needs km, a positive number", "[[widths]]")
            continue
        backers = tuple(
            Backer(str(r.get("source", "")), str(r.get("quote", "")))
            for r in w.get("reported_by", [])
            if isinstance(r, dict)
        )
        widths_raw.append((float(km), backers))
    semantics = tuple(zone.get("semantics", SEMANTICS))
    for s in semantics:
        if s not in SEMANTICS:
            problems.add(f"[zone] semantics {s!r} is not one of {', '.join(SEMANTICS)}", s)
    claims_spec = raw.get("claims")
    if claims_spec is not None and not isinstance(claims_spec, dict):
        problems.add("[claims] must be a table", "[claims]")
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
            problems.add("[claims] reports must be a list of report files or folders", "reports")
            report_paths = []
        unspecified = claims_spec.get("unspecified", "total")
        if unspecified not in SEMANTICS:
            problems.add(
                f"[claims] unspecified {unspecified!r} is not one of {', '.join(SEMANTICS)}",
                "unspecified",
            )
        for i, r in enumerate(claims_spec.get("reading") or []):
            sem = r.get("semantics") if isinstance(r, dict) else None
            if sem not in SEMANTICS:
                problems.add(
                    f"[[claims.reading]] entry {i + 1} needs semantics, "
                    f"one of {', '.join(SEMANTICS)}",
                    "[[claims.reading]]",
                )
                continue
            readings.append(Reading(sem, str(r.get("source", "")), str(r.get("quote", ""))))
    elif not widths_raw:
        problems.add(
            "needs a [claims] table naming the reports, or [[widths]] entries with km", "[[widths]]"
        )

    routes = []
    for i, r in enumerate(raw.get("routes") or []):
        if not isinstance(r, dict):
            problems.add(f"[[routes]] entry {i + 1} must be a table", "[[routes]]")
            continue
        rid = str(r.get("id", f"route {i + 1}"))
        pts = vertices_of(r.get("waypoints"), f"[[routes]] {rid} waypoints")
        if pts:
            ends = r.get("ends") or [pts[0].label, pts[-1].label]
            if not (
                isinstance(ends, list) and len(ends) == 2 and all(isinstance(e, str) for e in ends)
            ):
                problems.add(f"[[routes]] {rid} ends must be two place names", "ends")
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
            problems.add(f"[population] '{name}' needs an integer population", name)
    problems.raise_if_any()

    claims = None
    if report_paths:
        known = [KnownRoute(r.id, r.name, r.ends) for r in routes]
        claims = read_scenario_claims(directory, report_paths, meta.get("date"), known)
        variants = variants_from_claims(claims, unspecified, readings)
        if not variants:
            problems.add("[claims] reports state no zone width", "reports")
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
            tp = place(toward, f"[sides.{key}] toward")
            if tp:
                sign = int(geodesy.side_of([tp.lon], [tp.lat], xy)[0])
        area, area_note = None, ""
        if area_spec:
            closing = vertices_of(area_spec.get("closing"), f"[sides.{key}.area] closing")
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
        problems.add(f"[sides.{zone_side}] needs toward = a place on that side", "toward")
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
    )


def _data_dirs() -> list[Path]:
    return list(
        dict.fromkeys([Path.cwd() / "data", Path(__file__).resolve().parent.parent / "data"])
    )


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
