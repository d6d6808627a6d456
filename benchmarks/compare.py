"""geozone against what users would otherwise use, on the same lines and widths.

Usage: python benchmarks/compare.py [--quick] [--out benchmarks/results]

Tools, each asked for the buffer of half the total width (distance W/2 on
each side of the line, in metres):

- geozone ``zones.zone(line, W, "total")``, and the whole ``geozone buffer``
  command for the 1,000 km line and five widths;
- geopandas: project to the UTM zone ``estimate_utm_crs`` picks, ``buffer``
  with defaults, project back to EPSG:4326;
- PostGIS ``ST_Buffer(geography, r)`` with defaults and with
  ``'quad_segs=64'``, in a throw-away PostgreSQL 15 cluster;
- QGIS ``native:buffer`` (5 segments) in the UTM zone of the line's middle.

Other tools get the line densified along its geodesics every 1 km. Every
output is measured the same way (see ``bench_common.measure``). Writes
``<out>/compare.md`` and prints it.
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from bench_common import (
    LONG,
    ROOT,
    Geometry,
    densify,
    fmt_m,
    fmt_s,
    machine_header,
    markdown_table,
    measure,
    median_seconds,
    utm_epsg_at_middle,
)
from bench_postgis import PostGIS, describe_srid, postgis_cluster
from bench_qgis import QGISUnavailableError, qgis_buffer, qgis_version, startup_seconds

import geozone
from geozone.geometry import zones

CLI_WIDTHS_KM = (50, 70, 140, 100, 120)
CLI_TARGET_S = 5.0


@dataclass(frozen=True)
class Case:
    """One line at one total width (km); ``line`` is (n, 2) lon/lat degrees, EPSG:4326."""

    name: str
    line: np.ndarray
    width_km: float

    @property
    def w_m(self) -> float:
        """Buffer distance from the line, metres (half the total width)."""
        return self.width_km * 500.0


@dataclass(frozen=True)
class Row:
    """One tool on one case; ``note`` replaces the figures when the tool could not run."""

    case: Case
    tool: str
    settings: str
    max_m: float = float("nan")
    p99_m: float = float("nan")
    vertices: int = 0
    seconds: float = float("nan")
    note: str = ""

    def cells(self) -> list[str]:
        """The row's Markdown table cells."""
        head = [self.case.name, f"{self.case.width_km:g}", self.tool, self.settings]
        if self.note:
            return [*head, self.note, "", "", ""]
        return [
            *head,
            fmt_m(self.max_m),
            fmt_m(self.p99_m),
            f"{self.vertices:,}",
            fmt_s(self.seconds),
        ]


def cases(quick: bool) -> list[Case]:
    """The Idlib line at 15/20/25 km and the 1,000 km line at 50/70/140 km (total widths)."""
    idlib = geozone.load_scenario(ROOT / "data" / "idlib-2018").line
    short = (20,) if quick else (15, 20, 25)
    long = (140,) if quick else (50, 70, 140)
    out = [Case("Idlib (231 km)", idlib, w) for w in short]
    return out + [Case("1,000 km", LONG, w) for w in long]


def utm_buffer(line: np.ndarray, radius_m: float) -> Geometry:
    """What most scripts do: one UTM zone (``estimate_utm_crs``), default ``buffer``.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees, EPSG:4326, densified.
    radius_m : float
        Buffer distance in UTM metres.

    Returns
    -------
    Polygon or MultiPolygon
        EPSG:4326 lon/lat degrees.
    """
    series = gpd.GeoSeries([shapely.LineString(line)], crs=4326)
    utm = series.to_crs(series.estimate_utm_crs())
    return utm.buffer(radius_m).to_crs(4326).iloc[0]


def measured_row(
    case: Case, tool: str, settings: str, run: Callable[[], tuple[Geometry, float]]
) -> Row:
    """Run a tool returning (geometry, seconds) and measure its output."""
    geom, seconds = run()
    m = measure(geom, case.line, case.w_m)
    return Row(case, tool, settings, m.max_m, m.p99_m, m.vertices, seconds)


def python_rows(case: Case, repeats: int) -> list[Row]:
    """geozone and the one-UTM-zone geopandas buffer on one case."""
    dense = densify(case.line)
    utm_code = gpd.GeoSeries([shapely.LineString(dense)], crs=4326).estimate_utm_crs().to_epsg()

    def ours() -> tuple[Geometry, float]:
        took, geom = median_seconds(lambda: zones.zone(case.line, case.width_km, "total"), repeats)
        return geom, took

    def utm() -> tuple[Geometry, float]:
        took, geom = median_seconds(lambda: utm_buffer(dense, case.w_m), repeats)
        return geom, took

    return [
        measured_row(case, "geozone", "zones.zone, 0.5 m tolerance", ours),
        measured_row(case, "geopandas", f"UTM EPSG:{utm_code}, buffer defaults", utm),
    ]


def postgis_rows(all_cases: list[Case], repeats: int) -> tuple[list[Row], str]:
    """PostGIS rows for every case (or 'not available' rows) and the PostGIS version."""
    styles: list[tuple[str | None, str]] = [
        (None, "ST_Buffer(geography, r), defaults"),
        ("quad_segs=64", "ST_Buffer(geography, r, 'quad_segs=64')"),
    ]
    rows: list[Row] = []
    try:
        with postgis_cluster() as db:
            version = db.version()
            for case in all_cases:
                for style, label in styles:
                    rows.append(_postgis_row(db, case, style, label, repeats))
        return rows, version
    except (RuntimeError, OSError) as exc:  # PostGISUnavailableError is a RuntimeError
        note = f"not available: {exc}"
        return [Row(c, "PostGIS", s[1], note=note) for c in all_cases for s in styles], note


def _postgis_row(db: PostGIS, case: Case, style: str | None, label: str, repeats: int) -> Row:
    dense = densify(case.line)
    try:
        label += f" (buffers in {describe_srid(db.best_srid(dense))})"
        return measured_row(
            case, "PostGIS", label, lambda: db.buffer(dense, case.w_m, style, repeats)
        )
    except RuntimeError as exc:
        return Row(case, "PostGIS", label, note=f"failed: {exc}")


def qgis_rows(all_cases: list[Case]) -> tuple[list[Row], str, float | None]:
    """QGIS rows (or 'not available' rows), the QGIS version and its start-up time (s)."""

    def label(case: Case) -> str:
        return f"native:buffer, UTM EPSG:{utm_epsg_at_middle(case.line)}, 5 segments"

    try:
        version = qgis_version()
        startup = startup_seconds()
    except (QGISUnavailableError, subprocess.TimeoutExpired, OSError) as exc:
        note = f"not available: {exc}"
        return [Row(c, "QGIS", label(c), note=note) for c in all_cases], note, None
    rows = []
    for case in all_cases:
        dense = densify(case.line)
        try:
            run = partial(qgis_buffer, dense, case.w_m)
            rows.append(measured_row(case, "QGIS", label(case), run))
        except (QGISUnavailableError, subprocess.TimeoutExpired, OSError, ValueError) as exc:
            rows.append(Row(case, "QGIS", label(case), note=f"failed: {exc}"))
    return rows, version, startup


def cli_timing(repeats: int) -> str:
    """Wall time of the ``geozone buffer`` command on the 1,000 km line, five widths.

    Returns a Markdown paragraph with the command, the median wall time
    (s, Python start-up included) against the 5 s target, and the output size.
    """
    exe = Path(sys.executable).with_name("geozone")
    with tempfile.TemporaryDirectory(prefix="geozone-cli-") as tmp:
        src, dst = Path(tmp) / "line.geojson", Path(tmp) / "out.geojson"
        geometry = {"type": "LineString", "coordinates": LONG.tolist()}
        src.write_text(json.dumps({"type": "Feature", "properties": {}, "geometry": geometry}))
        cmd = [str(exe), "buffer", str(src)]
        for w in CLI_WIDTHS_KM:
            cmd += ["-w", f"{w}km"]
        cmd += ["-o", str(dst)]
        times = []
        for _ in range(max(1, repeats)):
            start = time.perf_counter()
            done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
            times.append(time.perf_counter() - start)
            if done.returncode != 0:
                return f"`geozone buffer` failed (exit {done.returncode}): {done.stderr.strip()}\n"
        size_kb = dst.stat().st_size / 1024
        features = json.loads(dst.read_text())["features"]
    took = statistics.median(times)
    verdict = "within" if took <= CLI_TARGET_S else "over"
    shown = " ".join(["geozone", "buffer", "LINE.geojson", *cmd[3:-2], "-o", "out.geojson"])
    verts = sum(int(f["properties"]["vertices"]) for f in features)
    return (
        f"Command `{shown}` (1,000 km line): median wall time {took:.2f} s over "
        f"{len(times)} run(s), Python start-up included ({verdict} the {CLI_TARGET_S:g} s "
        f"target); {len(features)} zones, {verts:,} vertices, {size_kb:,.0f} KB GeoJSON.\n"
    )


def report(rows: list[Row], header: str, notes: list[str]) -> str:
    """The Markdown report: header, table, notes."""
    titles = [
        "line",
        "total width (km)",
        "tool",
        "settings",
        "max error (m)",
        "p99 error (m)",
        "vertices",
        "time (s)",
    ]
    tools = {"geozone": 0, "geopandas": 1, "PostGIS": 2, "QGIS": 3}
    lines: dict[str, int] = {}
    for r in rows:
        lines.setdefault(r.case.name, len(lines))
    rows = sorted(rows, key=lambda r: (lines[r.case.name], r.case.width_km, tools[r.tool]))
    body = markdown_table(titles, [r.cells() for r in rows], {1, 4, 5, 6, 7})
    return (
        "# Buffer accuracy and speed: geozone and common tools\n\n"
        + header
        + "\n\n"
        + body
        + ("\n" + "\n".join(f"- {n}" for n in notes) + "\n")
    )


def main() -> None:
    """Run every tool on every case and write ``<out>/compare.md``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer widths and repeats")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = ap.parse_args()
    # Ctrl-C and a terminating signal unwind, so the database cluster is removed
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    repeats = 1 if args.quick else 5
    all_cases = cases(args.quick)
    rows: list[Row] = []
    for case in all_cases:
        rows += python_rows(case, repeats)
    pg_rows, pg_version = postgis_rows(all_cases, repeats)
    q_rows, q_version, q_startup = qgis_rows(all_cases)
    cli = cli_timing(1 if args.quick else 3)

    header = machine_header({"PostGIS": pg_version, "QGIS": q_version})
    notes = [
        "Error: ellipsoidal WGS84 distance from boundary points (vertices and 3 points "
        "between each pair) to the line with geodesic edges, minus the nominal distance "
        "(half the total width); max and 99th percentile of its absolute value.",
        "All tools but geozone get the line densified along its geodesics every 1 km.",
        f"Time: median of {repeats} run(s). geozone and geopandas: the Python call; "
        "PostGIS: one ST_Buffer call inside the server (median of repeats in PL/pgSQL); "
        "QGIS: wall time of one qgis_process.bin run, start-up included"
        + (f" (start-up alone: {q_startup:.2f} s)." if q_startup is not None else "."),
        cli.strip(),
    ]
    text = report(rows + pg_rows + q_rows, header, notes)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "compare.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
