"""The zone engine on dense, hand-drawn-like lines: time and peak memory per zone, with its check.

Usage: python benchmarks/engine.py [--quick] [--repeat N] [--out benchmarks/results]

- One exact zone (``zones.zone``, total width) and its self-check
  (``zones.geodesic_error``) on 500, 2,000, 8,000 and 32,000-vertex versions
  of a 1,000 km front-like line, at total widths 10, 25 and 70 km. Each case
  runs in its own child process, which reports its wall times and its peak
  memory (its own resident high-water mark, imports included); a case that takes
  longer than 120 s is stopped and listed as such.
- Beside it, the buffer most people would otherwise use: geopandas in the UTM
  zone of the line's middle (``buffer(W/2)``, 16 segments per quarter
  circle), timed in this process, with its error measured the same way.
- ``geozone buffer`` with 5 widths on the 2,000-vertex line, wall time with
  interpreter start-up: once with an empty cache folder (the first use,
  which extracts the GeoNames places and the country table), then
  ``--repeat`` times (10 unless told) with the cache filled, with the peak
  memory of the largest run.
- Lines that used to exhaust memory (near a pole, over a pole, across the
  antimeridian): wall time of ``geozone buffer`` until it ends, and how.

Writes ``<out>/engine.md`` (also printed).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_common import ROOT, fmt_m, fmt_s, machine_header, markdown_table

LENGTH_KM = 1000.0
START = (30.0, 47.0)
"""Start of the front-like line (lon, lat degrees, EPSG:4326)."""
AZIMUTH = 100.0
VERTICES = (500, 2_000, 8_000, 32_000)
WIDTHS_KM = (10.0, 25.0, 70.0)
CLI_WIDTHS_KM = (10, 25, 40, 55, 70)
CASE_TIMEOUT_S = 120
SEED = 14


def front_line(n: int) -> np.ndarray:
    """A 1,000 km front-like line with ``n`` vertices, (n, 2) lon/lat degrees.

    Vertices are spread evenly along a geodesic (from 30° E 47° N at azimuth
    100°), then moved sideways by a meander (15, 6 and 1.5 km waves) and by
    random jitter of a quarter of the vertex spacing (standard deviation), as
    a line digitised by hand at that density.
    """
    from geozone.geometry.geodesy import forward

    rng = np.random.default_rng(SEED)
    t = np.linspace(0.0, 1.0, n)
    lon0, lat0, az = forward(
        np.full(n, START[0]), np.full(n, START[1]), np.full(n, AZIMUTH), t * LENGTH_KM * 1000
    )
    spacing = LENGTH_KM * 1000.0 / (n - 1)
    meander = (
        15_000 * np.sin(2 * np.pi * 3 * t)
        + 6_000 * np.sin(2 * np.pi * 11 * t + 1)
        + 1_500 * np.sin(2 * np.pi * 47 * t)
    )
    lon, lat, _ = forward(lon0, lat0, az + 90.0, meander + rng.normal(0, 0.25 * spacing, n))
    return np.column_stack([lon, lat])


def run_case(n: int, width_km: float) -> dict:
    """Build one zone and check it (in this process); the figures as a dict."""
    from geozone.geometry import zones

    line = front_line(n)
    start = time.perf_counter()
    geom = zones.zone(line, width_km, "total")
    built = time.perf_counter() - start
    err = zones.geodesic_error(geom, line, width_km * 500.0)
    total = time.perf_counter() - start
    return {
        "zone_s": built,
        "total_s": total,
        "max_m": err.max_abs_m,
        "inside": err.inside_share,
        "vertices": err.vertices,
        "peak_mb": peak_mb(),
    }


def peak_mb() -> float:
    """Peak resident memory of this process (MB).

    From the kernel's high-water mark of this process's own memory
    (``VmHWM``): the maximum resident set size of ``getrusage`` keeps the
    parent's peak across ``exec`` and would count the benchmark's own
    memory at the time the case started.
    """
    try:
        for row in Path("/proc/self/status").read_text().splitlines():
            if row.startswith("VmHWM:"):
                return float(row.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def child(n: int, width_km: float, script: str = __file__, timeout: int = CASE_TIMEOUT_S) -> dict:
    """Run one case of ``script`` (``--case N KM``) in a child process; its figures as the
    child printed them, or why it did not finish (over ``timeout`` seconds, or an error)."""
    cmd = [sys.executable, script, "--case", str(n), str(width_km)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"failed": f"over {timeout} s"}
    if done.returncode != 0:
        return {"failed": done.stderr.strip().splitlines()[-1][:80]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def geopandas_case(n: int, width_km: float) -> dict:
    """The UTM geopandas buffer of the same line: time (s) and error (m)."""
    import geopandas as gpd
    from bench_common import measure, utm_epsg_at_middle
    from shapely.geometry import LineString

    line = front_line(n)
    utm = utm_epsg_at_middle(line)
    start = time.perf_counter()
    series = gpd.GeoSeries([LineString(line)], crs="EPSG:4326").to_crs(utm)
    geom = series.buffer(width_km * 500.0).to_crs("EPSG:4326").iloc[0]
    took = time.perf_counter() - start
    m = measure(geom, line, width_km * 500.0)
    return {"s": took, "max_m": m.max_m}


_PEAK_AT_EXIT = """
import atexit, sys
from pathlib import Path
out = Path(sys.argv.pop(1))
def peak():
    rows = Path("/proc/self/status").read_text().splitlines()
    out.write_text(next(r.split()[1] for r in rows if r.startswith("VmHWM:")))
atexit.register(peak)
sys.argv[0] = "geozone"
from geozone.console import run
run()
"""
"""The ``geozone`` console script, writing its own peak memory (kB, ``VmHWM``) when it ends."""


def cli_run(args: list[str], env: dict | None = None) -> tuple[float, float, str]:
    """Wall time (s) and peak memory (MB) of one ``geozone`` command, and its last line.

    The command runs as the console script does, in a fresh interpreter
    that notes its own high-water mark (see :func:`peak_mb`) as it exits.
    """
    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp) / "peak"
        command = [sys.executable, "-c", _PEAK_AT_EXIT, str(peak_file), *args]
        start = time.perf_counter()
        done = subprocess.run(
            command, capture_output=True, text=True, check=False, timeout=600, env=env
        )
        took = time.perf_counter() - start
        peak = float(peak_file.read_text()) / 1024.0 if peak_file.exists() else float("nan")
    lines = (done.stderr or done.stdout).strip().splitlines()
    return took, peak, (lines[-1] if lines else f"exit {done.returncode}")


def cli_seconds(args: list[str], env: dict | None = None) -> tuple[float, str]:
    """Wall time (s) of one ``geozone`` command, and its last line of output."""
    took, _, last = cli_run(args, env)
    return took, last


def write_line(path: Path, coords: list[list[float]]) -> None:
    """A line as a GeoJSON Feature (EPSG:4326)."""
    path.write_text(
        json.dumps(
            {
                "type": "Feature",
                "properties": {},
                "geometry": {"type": "LineString", "coordinates": coords},
            }
        )
    )


def main() -> None:
    """Run every case and write the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 32,000-vertex line")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--repeat", type=int, default=10, help="runs of the 5-width buffer")
    parser.add_argument("--case", nargs=2, metavar=("N", "KM"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(int(args.case[0]), float(args.case[1]))))
        return

    sizes = VERTICES[:-1] if args.quick else VERTICES
    rows = []
    for n in sizes:
        for km in WIDTHS_KM:
            ours = child(n, km)
            theirs = geopandas_case(n, km)
            if "failed" in ours:
                cells = [ours["failed"], "", "", "", "", ""]
            else:
                cells = [
                    fmt_s(ours["zone_s"]),
                    fmt_s(ours["total_s"]),
                    f"{ours['peak_mb']:,.0f}",
                    fmt_m(ours["max_m"]),
                    f"{100 * ours['inside']:.0f} %",
                    f"{ours['vertices']:,}",
                ]
            rows.append([f"{n:,}", f"{km:g}", *cells, fmt_s(theirs["s"]), fmt_m(theirs["max_m"])])
            print(rows[-1], flush=True)
    header = [
        "vertices",
        "total width (km)",
        "geozone zone (s)",
        "zone + self-check (s)",
        "peak memory (MB)",
        "max error (m)",
        "inside points right",
        "zone vertices",
        "geopandas UTM (s)",
        "geopandas max error (m)",
    ]
    table = markdown_table(header, rows, right=set(range(10)))

    with tempfile.TemporaryDirectory() as tmp:
        line_file = Path(tmp) / "front-2000.geojson"
        write_line(line_file, front_line(2000).tolist())
        widths = [a for km in CLI_WIDTHS_KM for a in ("-w", f"{km}km")]
        command = ["buffer", str(line_file), *widths, "-o", str(Path(tmp) / "out.geojson")]
        empty = {**os.environ, "GEOZONE_CACHE": str(Path(tmp) / "cache")}
        cold_s, cold_peak, _ = cli_run(command, empty)
        runs = [cli_run(command, empty) for _ in range(max(args.repeat, 1))]
        warm = sorted(r[0] for r in runs)
        cli_peak = max(r[1] for r in runs)
        odd = []
        for name, coords, km in (
            ("near a pole", [[0.0, 88.0], [170.0, 88.0]], 100),
            ("over a pole", [[-10.0, 30.0], [170.0, 30.0]], 100),
            ("across the antimeridian", [[179.5, 10.0], [-179.5, 10.0]], 20),
            ("zone reaching across the antimeridian", [[179.0, -16.5], [179.9, -16.8]], 50),
            ("spanning 180° of longitude", [[-100.0, 0.0], [-10.0, 0.0], [80.0, 0.0]], 20),
        ):
            path = Path(tmp) / "odd.geojson"
            write_line(path, coords)
            took, last = cli_seconds(
                ["buffer", str(path), "-w", f"{km}km", "-o", str(Path(tmp) / "odd-out.geojson")]
            )
            ends = last.replace(f"{tmp}/", "")[:110]
            odd.append([name, f"`{json.dumps(coords)}`", f"{km}", fmt_s(took), ends])
    odd_table = markdown_table(
        ["line", "vertices", "total width (km)", "wall time (s)", "how it ends"], odd, right={2, 3}
    )
    text = (
        "# Engine benchmarks\n\n"
        + machine_header()
        + "\n\n## One zone with its self-check on a 1,000 km front-like line\n\n"
        + table
        + "\n## `geozone buffer` with 5 widths (10, 25, 40, 55, 70 km) on the 2,000-vertex line\n\n"
        + "Wall time, interpreter start-up included: "
        + f"{fmt_s(cold_s)} s the first time (empty cache folder; peak memory "
        + f"{cold_peak:,.0f} MB); then, over {len(warm)} runs, "
        + f"{fmt_s(warm[0])} s at best, {fmt_s(warm[len(warm) // 2])} s median, "
        + f"{fmt_s(warm[-1])} s at worst; peak memory {cli_peak:,.0f} MB.\n\n"
        + "## Lines near a pole or across the antimeridian\n\n"
        + odd_table
    )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "engine.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
