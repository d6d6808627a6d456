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
    widths: list[tuple[float, tuple[Backer, ...]]] = field(default_factory=list)
    claims: ClaimsSpec | None = None


def need(table: dict, key: str, kind: type, problems: Problems, at: tuple) -> Any:
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
    for key, spec in (need(raw, "sides", dict, problems, ()) or {}).items():
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


def _widths(raw: dict, problems: Problems) -> list[tuple[float, tuple[Backer, ...]]]:
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
        backers = tuple(
            Backer(str(r.get("source", "")), str(r.get("quote", "")))
            for r in w.get("reported_by", [])
            if isinstance(r, dict)
        )
        out.append((float(km), backers))
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
    country = need(meta, "country", str, problems, ("scenario",)) if meta else None
    line = need(raw, "line", dict, problems, ()) or {}
    sides = _sides(raw, problems)
    zone = need(raw, "zone", dict, problems, ()) or {}
    zone_side = need(zone, "side", str, problems, ("zone",)) if zone else None
    if zone_side and zone_side not in {s.key for s in sides}:
        known = ", ".join(s.key for s in sides) or "none"
        problems.add(
            f"[zone] side {zone_side!r} is not one of the [sides] tables ({known})",
            ("zone", "side"),
        )
    widths = _widths(raw, problems)
    semantics = zone.get("semantics", SEMANTICS)
    semantics = tuple(semantics) if isinstance(semantics, list | tuple) else ()
    for s in semantics:
        if s not in SEMANTICS:
            problems.add(
                f"[zone] semantics {s!r} is not one of {', '.join(SEMANTICS)}",
                ("zone", "semantics"),
            )
    claims = _claims(raw, problems)
    return Parsed(
        directory, toml_path, raw, problems, meta, sid, country, line, sides, zone_side,
        semantics, widths, claims,
    )  # fmt: skip
