"""geozone: reported buffer zones as exact geodesic geometry.

The Python API mirrors the command line: :func:`read_reports` (the claims
reports state), :func:`load_scenario`,
:func:`build_zones`, :func:`measure`, :func:`render_map`, :func:`build`
(the main job), :func:`buffer` (zones along any line) and :func:`sweep`
(many dated lines × widths, on Dask). Geometry is EPSG:4326
longitude/latitude; every figure is geodesic on WGS84.

The names below are imported on first use, so that ``import geozone`` (and
the command line's start) stays quick.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_WHERE = {
    "ClaimSet": "claims",
    "extract": "claims",
    "read_reports": "claims",
    "GeozoneError": "errors",
    "GeozoneWarning": "errors",
    "InputError": "errors",
    "RunError": "errors",
    "GeometryError": "geometry.errors",
    "distance_to_line": "geometry.geodesy",
    "side_of": "geometry.geodesy",
    "geodesic_area_km2": "geometry.measure",
    "geodesic_error": "geometry.zones",
    "zone": "geometry.zones",
    "build_zones": "jobs.zonetable",
    "measure": "jobs.coverage",
    "scenario_features": "jobs.context",
    "buffer": "jobs.pipeline",
    "build": "jobs.pipeline",
    "sweep": "jobs.sweep",
    "Scenario": "scenario",
    "load_scenario": "scenario",
    "Gazetteer": "sources.gazetteer",
    "load_country": "sources.gazetteer",
    "parse_width": "units",
    "render_map": "web.page",
    "write_map": "web.page",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'geozone' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
