"""Finding scenarios: a name or path to its folder, and what a scenario says without loading it."""

from __future__ import annotations

import tomllib
from pathlib import Path

from ..claims import KnownRoute, report_files
from ..errors import InputError

DEFAULT_SCENARIO = "idlib-2018"
"""The scenario ``geozone build`` builds when none is named."""


def data_dirs() -> list[Path]:
    """Where scenarios are looked up by name: ``./data`` and the repository's ``data``."""
    return list(dict.fromkeys([Path.cwd() / "data", Path(__file__).resolve().parents[2] / "data"]))


def scenario_dir(name_or_path: str | Path | None) -> Path:
    """Resolve a scenario argument: a folder, a scenario.toml, or a name under ``data/``."""
    if name_or_path is None:
        name_or_path = DEFAULT_SCENARIO
    path = Path(name_or_path)
    if path.is_file():
        return path.parent
    if path.is_dir():
        return path
    for base in data_dirs():
        for name in dict.fromkeys([str(name_or_path), path.name]):
            if (base / name / "scenario.toml").is_file():
                return base / name
    raise InputError(
        f"scenario {str(name_or_path)!r}",
        "is neither a folder with scenario.toml nor a scenario under data/",
        "give a path such as data/idlib-2018",
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
    for base in data_dirs():
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
