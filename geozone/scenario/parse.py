"""Parsing a scenario file: TOML to plain tables, every problem placed by its line (no lookups)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..geometry.zones import SEMANTICS
from .schema import Problems, check_keys
from .variants import Backer, Reading


@dataclass(frozen=True)
class SideSpec:
    """One ``[sides.<key>]`` table as written: place names, not yet resolved."""

    key: str
    label: str
    toward: str
    names: tuple[Any, ...]
    source: str
    area: dict


@dataclass(frozen=True)
class ClaimsSpec:
    """The ``[claims]`` table: the reports to read and how to read their widths."""

    reports: tuple[str, ...]
    unspecified: str
    readings: tuple[Reading, ...]
    outlets: dict[str, str] = field(default_factory=dict)


@dataclass
class Parsed:
    """A scenario file read and checked for keys and types, names not yet resolved.

    Every problem found goes to ``problems``; later steps add theirs to the
    same list, so that the user sees them all at once.
    """

    directory: Path
    path: Path
    raw: dict
    problems: Problems
    meta: dict
    sid: str
    country: str | None
    line: dict
    sides: list[SideSpec]
    zone_side: str | None
    semantics: tuple[str, ...]
    widths: list[WidthSpec] = field(default_factory=list)
    claims: ClaimsSpec | None = None
    countries: tuple[str, ...] = ()
    cap: str = "round"


@dataclass(frozen=True)
class WidthSpec:
    """One ``[[widths]]`` entry: km, its own semantics (None: the ``[zone]`` ones), its sources."""

    km: float
    semantics: tuple[str, ...] | None
    backers: tuple[Backer, ...]


CAPS = ("round", "flat")
"""How a zone ends at the line's ends: a half-disc, or the geodesic perpendicular there."""


def need(table: dict, key: str, kind: type, problems: Problems, at: tuple) -> Any:
    """``table[key]`` if present and of the right kind; else None, with the problem noted."""
    value = table.get(key)
    if value is None:
        if at:
            problems.add(f"[{'.'.join(map(str, at))}] is missing '{key}'", at)
        else:
            problems.add(f"the file has no [{key}] table", (key,))
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


def read_toml(directory: Path) -> tuple[Path, str, dict]:
    """The scenario file's path, text and TOML tables; one-line errors for unreadable files."""
    toml_path = directory / "scenario.toml"
    if not toml_path.is_file():
        raise InputError(str(directory), "has no scenario.toml", "add one (see docs/scenarios.md)")
    try:
        text = toml_path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(str(toml_path), "is not UTF-8 text", "save it as UTF-8") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(toml_path), *_toml_syntax(str(exc))) from None
    return toml_path, text, raw


def _sides(raw: dict, problems: Problems) -> list[SideSpec]:
    out = []
    sides = raw.get("sides")
    for key, spec in (sides if isinstance(sides, dict) else {}).items():
        if not isinstance(spec, dict):
            problems.add(f"[sides.{key}] must be a table", ("sides", key))
            continue
        names = spec.get("places", [])
        if not isinstance(names, list):
            names = []  # the type is reported by check_keys
        out.append(
            SideSpec(
                key,
                str(spec.get("label", key)),
                str(spec.get("toward", "")),
                tuple(names),
                str(spec.get("source", "")),
                spec.get("area") if isinstance(spec.get("area"), dict) else {},
            )
        )
    return out


def _semantics(value: Any, where: str, at: tuple, problems: Problems) -> tuple[str, ...]:
    """A semantics list (or one string) checked against ``SEMANTICS``."""
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list | tuple):
        return ()  # the type is reported by check_keys
    for s in values:
        if s not in SEMANTICS:
            problems.add(f"{where} semantics {s!r} is not one of {', '.join(SEMANTICS)}", at)
    return tuple(s for s in values if s in SEMANTICS)


def backer(entry: Any, where: str, at: tuple, problems: Problems) -> Backer | None:
    """One source: a string (who or what says it), or a table of source, quote, who, date."""
    if isinstance(entry, str):
        return Backer(entry.strip(), "") if entry.strip() else None
    if not isinstance(entry, dict):
        problems.add(f"{where} must be a string or a table of source, quote, who, date", at)
        return None
    unknown = [k for k in entry if k not in ("source", "quote", "who", "date")]
    if unknown:
        problems.add(
            f"{where} has an unknown key {unknown[0]!r} (known: source, quote, who, date)", at
        )
    text = {k: " ".join(str(entry.get(k, "")).split()) for k in ("source", "quote", "who", "date")}
    if not (text["source"] or text["who"]):
        problems.add(f"{where} needs source (a document) or who (who said it)", at)
        return None
    return Backer(text["source"] or text["who"], text["quote"], "", text["who"], text["date"])


def _widths(raw: dict, problems: Problems) -> list[WidthSpec]:
    out = []
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
        where = f"[[widths]] entry {i + 1}"
        semantics = None
        if "semantics" in w:
            semantics = _semantics(w["semantics"], where, ("widths", i, "semantics"), problems)
        given = w.get("reported_by", [])
        given = given if isinstance(given, list) else [given]
        backers = [
            backer(r, f"{where} reported_by item {k + 1}", ("widths", i, "reported_by"), problems)
            for k, r in enumerate(given)
        ]
        out.append(WidthSpec(float(km), semantics, tuple(b for b in backers if b)))
    return out


def _claims(raw: dict, problems: Problems) -> ClaimsSpec | None:
    spec = raw.get("claims")
    if spec is not None and not isinstance(spec, dict):
        problems.add("[claims] must be a table", ("claims",))
        spec = None
    if spec is None:
        if not raw.get("widths"):
            problems.add(
                "needs a [claims] table naming the reports, or [[widths]] entries with km",
                ("widths",),
            )
        return None
    reports = spec.get("reports")
    if isinstance(reports, str):
        reports = [reports]
    if not (isinstance(reports, list) and reports and all(isinstance(r, str) for r in reports)):
        problems.add(
            "[claims] reports must be a list of report files or folders", ("claims", "reports")
        )
        reports = []
    unspecified = spec.get("unspecified", "total")
    if unspecified not in SEMANTICS:
        problems.add(
            f"[claims] unspecified {unspecified!r} is not one of {', '.join(SEMANTICS)}",
            ("claims", "unspecified"),
        )
    readings = []
    for i, r in enumerate(spec.get("reading") or []):
        sem = r.get("semantics") if isinstance(r, dict) else None
        if sem not in SEMANTICS:
            problems.add(
                f"[[claims.reading]] entry {i + 1} needs semantics, one of {', '.join(SEMANTICS)}",
                ("claims", "reading", i),
            )
            continue
        readings.append(Reading(sem, str(r.get("source", "")), str(r.get("quote", ""))))
    outlets = spec.get("outlets") or {}
    if not isinstance(outlets, dict) or not all(isinstance(v, str) for v in outlets.values()):
        problems.add(
            "[claims.outlets] must map report file names to who published them",
            ("claims", "outlets"),
        )
        outlets = {}
    return ClaimsSpec(tuple(reports), unspecified, tuple(readings), dict(outlets))


def parse_scenario(directory: Path) -> Parsed:
    """Read a scenario folder's ``scenario.toml`` into plain tables (no names resolved).

    Parameters
    ----------
    directory : Path
        The scenario folder.

    Returns
    -------
    Parsed
        The tables, with the problems found so far (not raised yet).

    Raises
    ------
    InputError
        If the file is missing, not UTF-8, or not valid TOML.
    """
    toml_path, text, raw = read_toml(directory)
    problems = Problems(toml_path, text)
    check_keys(raw, problems)
    meta = need(raw, "scenario", dict, problems, ()) or {}
    sid = (need(meta, "id", str, problems, ("scenario",)) if meta else None) or directory.name
    countries = _countries(meta, problems) if meta else ()
    line = need(raw, "line", dict, problems, ()) or {}
    _line_keys(line, problems)
    sides = _sides(raw, problems)
    zone = raw.get("zone") if isinstance(raw.get("zone"), dict) else {}
    zone_side = zone.get("side") if isinstance(zone.get("side"), str) else None
    if zone_side and zone_side not in {s.key for s in sides}:
        known = ", ".join(s.key for s in sides) or "none"
        problems.add(
            f"[zone] side {zone_side!r} is not one of the [sides] tables ({known})",
            ("zone", "side"),
        )
    widths = _widths(raw, problems)
    default = SEMANTICS if zone_side else tuple(s for s in SEMANTICS if s != "depth")
    semantics = _semantics(
        zone.get("semantics", list(default)), "[zone]", ("zone", "semantics"), problems
    )
    cap = zone.get("cap", "round")
    if cap not in CAPS:
        problems.add(f"[zone] cap {cap!r} is not one of {', '.join(CAPS)}", ("zone", "cap"))
        cap = "round"
    claims = _claims(raw, problems)
    return Parsed(
        directory, toml_path, raw, problems, meta, sid, countries[0] if countries else None,
        line, sides, zone_side, semantics, widths, claims, countries, cap,
    )  # fmt: skip


def _countries(meta: dict, problems: Problems) -> tuple[str, ...]:
    """``[scenario] country``: one ISO code, or a list of them (a line on a border)."""
    value = need(meta, "country", (str, list), problems, ("scenario",))
    values = [value] if isinstance(value, str) else value or []
    if not values or not all(isinstance(v, str) for v in values):
        if value is not None:
            problems.add(
                '[scenario] country must be an ISO code or a list of them, e.g. ["KR", "KP"]',
                ("scenario", "country"),
            )
        return ()
    return tuple(values)


def _line_keys(line: dict, problems: Problems) -> None:
    """A line is given one way: vertices, a file, or a route stretch (route, from, to)."""
    if not line:
        return
    ways = [k for k in ("vertices", "file", "route") if k in line]
    if len(ways) != 1:
        problem = "gives the line twice" if ways else "has no line"
        problems.add(
            f"[line] {problem} ({', '.join(ways) or 'none'}); give one of vertices = [...], "
            'file = "line.geojson", or route = "ID" with from and to',
            ("line",),
        )
    if "route" in line:
        for key in ("from", "to"):
            if not isinstance(line.get(key), str):
                problems.add(
                    f"[line] route needs {key} = a place name where the stretch "
                    f"{'starts' if key == 'from' else 'ends'}",
                    ("line", "route"),
                )
    elif "from" in line or "to" in line:
        problems.add("[line] from and to go with route = the id of a [[routes]] entry", ("line",))
