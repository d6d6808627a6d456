"""Shared pieces of the benchmarks: test lines, error measurement, timing, machine facts.

Every geometry here is EPSG:4326 longitude/latitude degrees unless a
function says otherwise; distances are metres, widths km.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TypeVar

import numpy as np
import pyproj
import shapely
from shapely.geometry import MultiPolygon, Polygon

from geozone.geometry import zones
from geozone.geometry.geodesy import Segments, geodesic_points

ROOT = Path(__file__).resolve().parent.parent
"""The project folder (scenarios and the ``geozone`` script are found from here)."""

LONG = np.array([[8.0, 46.0], [20.5, 48.5]])
"""A line of about 1,000 km (EPSG:4326 lon/lat degrees) across UTM zones 32 to 34."""

DENSIFY_M = 1000.0
"""Vertex spacing (m) of the copy of a line given to other tools, along its geodesics."""

Geometry = Polygon | MultiPolygon
T = TypeVar("T")


def densify(line: np.ndarray, step_m: float = DENSIFY_M) -> np.ndarray:
    """The line with vertices added along its geodesic edges.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees, EPSG:4326, geodesic edges.
    step_m : float
        Largest spacing between vertices, metres.

    Returns
    -------
    numpy.ndarray
        (m, 2) lon/lat degrees, EPSG:4326. Tools that join vertices by
        straight lines in a projection then follow the geodesics to within
        millimetres, so their error is that of their buffer alone.
    """
    return geodesic_points(line, step_m)


def utm_epsg_at_middle(line: np.ndarray) -> int:
    """EPSG code of the WGS84 UTM zone holding the line's middle point.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees, EPSG:4326.

    Returns
    -------
    int
        326xx (north) or 327xx (south); the middle is the point halfway
        along the line's geodesic length.
    """
    dense = densify(line)
    along = np.concatenate([[0.0], np.cumsum(Segments.of(dense).length_m)])
    lon = float(np.interp(along[-1] / 2, along, dense[:, 0]))
    lat = float(np.interp(along[-1] / 2, along, dense[:, 1]))
    zone = int((lon + 180.0) // 6.0) % 60 + 1
    return (32600 if lat >= 0 else 32700) + zone


@dataclass(frozen=True)
class Measured:
    """Geodesic error and size of one tool's buffer.

    Attributes
    ----------
    max_m, p99_m : float
        Largest and 99th-percentile |distance to line − nominal| over the
        sampled boundary, metres.
    vertices : int
        Boundary vertices (closing points not counted).
    """

    max_m: float
    p99_m: float
    vertices: int


def measure(geom: Geometry, line: np.ndarray, w_m: float) -> Measured:
    """Measure any tool's buffer against the exact definition, the same way for all.

    Boundary points (vertices and 3 evenly spaced points on each edge, read
    as straight segments in lon/lat) are measured with ellipsoidal WGS84
    distance to the line with geodesic edges; the error is that distance
    minus ``w_m``.

    Parameters
    ----------
    geom : Polygon or MultiPolygon
        The buffer, EPSG:4326 lon/lat degrees.
    line : numpy.ndarray
        (n, 2) lon/lat degrees, EPSG:4326: the line as given (not densified).
    w_m : float
        Buffer distance, metres (half the total width).
    """
    err = zones.geodesic_error(geom, line, w_m, between=3)
    return Measured(err.max_abs_m, err.p99_abs_m, err.vertices)


def median_seconds(run: Callable[[], T], repeats: int) -> tuple[float, T]:
    """Median wall time (s) of ``repeats`` calls (at least one), and the last call's result."""
    times = []
    start = time.perf_counter()
    result = run()
    times.append(time.perf_counter() - start)
    for _ in range(repeats - 1):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def as_polygonal(geom: shapely.Geometry) -> Geometry:
    """The polygons in a tool's output, as one Polygon or MultiPolygon (EPSG:4326)."""
    parts = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon | MultiPolygon)]
    polys = [p for g in parts for p in getattr(g, "geoms", [g])]
    if not polys:
        raise ValueError(f"no polygon in the output ({geom.geom_type})")
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def cpu_model() -> str:
    """The CPU model named in /proc/cpuinfo, or the platform's processor string."""
    try:
        for row in Path("/proc/cpuinfo").read_text().splitlines():
            if row.lower().startswith("model name"):
                return row.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def os_name() -> str:
    """Operating system name and kernel release."""
    name = platform.system()
    try:
        for row in Path("/etc/os-release").read_text().splitlines():
            if row.startswith("PRETTY_NAME="):
                name = row.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return f"{name}, kernel {platform.release()}"


def machine_header(extra: dict[str, str] | None = None) -> str:
    """A Markdown paragraph: date (UTC), machine and library versions.

    Parameters
    ----------
    extra : dict of str to str, optional
        More ``name: version`` pairs (e.g. PostGIS, QGIS), in order.
    """
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    try:
        ours = metadata.version("geozone")
    except metadata.PackageNotFoundError:
        ours = "unknown"
    versions = {
        "geozone": ours,
        "shapely": shapely.__version__,
        "GEOS": shapely.geos_version_string,
        "PROJ": pyproj.proj_version_str,
        "pyproj": pyproj.__version__,
        **(extra or {}),
    }
    return (
        f"Run {now} on {cpu_model()} ({os.cpu_count()} cores), {os_name()}, "
        f"Python {platform.python_version()}.  \n"
        + "Versions: "
        + ", ".join(f"{k} {v}" for k, v in versions.items())
        + "."
    )


def markdown_table(header: list[str], rows: list[list[str]], right: set[int]) -> str:
    """A Markdown table; columns whose index is in ``right`` are right-aligned."""
    rule = ["---:" if i in right else "---" for i in range(len(header))]
    lines = [header, rule, *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines) + "\n"


def fmt_m(value: float) -> str:
    """A distance in metres for a table: 2 decimals below 10 m, 1 below 1 km, else none."""
    if value < 10:
        return f"{value:.2f}"
    if value < 1000:
        return f"{value:.1f}"
    return f"{value:,.0f}"


def fmt_s(value: float) -> str:
    """A duration in seconds for a table, three significant figures."""
    return f"{value:.3g}" if value < 100 else f"{value:.0f}"
