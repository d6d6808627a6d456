"""How geozone's time, memory and output size grow with the job.

Usage: python benchmarks/scaling.py [--quick] [--out benchmarks/results]

- ``geozone build`` end to end (the Idlib scenario): median wall time and
  peak memory (maximum resident set size of the child process) over N runs;
- one 20 km (total) zone along lines of 100 to 10,000 km: time of
  ``zones.zone`` and of ``pipeline.buffer`` (zone, error check, area),
  boundary vertices and GeoJSON bytes;
- ``pipeline.buffer`` with 1, 2, 5 and 10 widths on the 1,000 km line.

Writes ``<out>/scaling.md`` (tables, also printed) and ``<out>/scaling.png``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import numpy as np
from bench_common import (
    ROOT,
    fmt_m,
    fmt_s,
    machine_header,
    markdown_table,
    median_seconds,
)

from geozone.geometry import zones
from geozone.geometry.geodesy import forward
from geozone.io import geojson as export
from geozone.jobs import pipeline

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter, LogLocator

START = (-15.0, 15.0)
"""Start of the test lines (lon, lat degrees, EPSG:4326): the coast of Senegal."""
AZIMUTH = 62.0
"""Initial azimuth (degrees from north) of the great circle the lines follow east."""
STEP_KM = 10.0
"""Vertex spacing of the test lines along their base geodesic, km."""
SEED = 2018
WIDTH_KM = 20.0
LENGTHS_KM = (100, 300, 1_000, 3_000, 10_000)
WIDTHS_KM = (10, 20, 30, 40, 50, 60, 70, 80, 90, 100)
WIDTH_COUNTS = (1, 2, 5, 10)


def test_line(length_km: float, seed: int = SEED) -> np.ndarray:
    """A gently wiggling line of about ``length_km``, the same for a given seed.

    The base is the geodesic leaving :data:`START` at :data:`AZIMUTH`
    (West Africa, across the Sahara and Arabia towards South Asia, between
    latitudes 15° and 33° N). Vertices every :data:`STEP_KM` km along it are
    moved sideways by a sum of three sines (wavelengths 150, 400 and 1,100
    km, amplitudes 3, 6 and 12 km) with phases drawn from ``seed``. Shorter
    lines are the starts of longer ones.

    Parameters
    ----------
    length_km : float
        Length of the base geodesic, km (the wiggles add well under 1 %).
    seed : int
        Seed of the phases.

    Returns
    -------
    numpy.ndarray
        (n, 2) lon/lat degrees, EPSG:4326.
    """
    phases = np.random.default_rng(seed).uniform(0.0, 2.0 * np.pi, 3)
    s_km = np.linspace(0.0, length_km, round(length_km / STEP_KM) + 1)
    lon, lat, az = forward(START[0], START[1], AZIMUTH, s_km * 1000.0)
    offset_km = sum(
        amp * np.sin(2.0 * np.pi * s_km / wave + ph)
        for amp, wave, ph in zip((3.0, 6.0, 12.0), (150.0, 400.0, 1100.0), phases, strict=True)
    )
    olon, olat, _ = forward(lon, lat, az + 90.0, offset_km * 1000.0)
    return np.column_stack([olon, olat])


@dataclass(frozen=True)
class BuildRun:
    """One ``geozone build`` run: wall time (s) and peak resident memory (MiB)."""

    seconds: float
    peak_mib: float


def run_build(out_dir: Path) -> BuildRun:
    """Run ``geozone build --out OUT_DIR`` from the project folder; time it and its memory.

    The peak is the child's maximum resident set size, read from
    ``os.wait4`` for that very process.
    """
    exe = Path(sys.executable).with_name("geozone")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), "build", "--out", str(out_dir)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    stderr = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"geozone build failed: {stderr.decode(errors='replace')[-500:]}")
    return BuildRun(took, usage.ru_maxrss / 1024.0)


def build_table(runs: int) -> str:
    """Median time and memory of ``geozone build`` over ``runs`` runs, as Markdown."""
    results = []
    with tempfile.TemporaryDirectory(prefix="geozone-build-") as tmp:
        for i in range(runs):
            out = Path(tmp) / f"run{i}"
            try:
                results.append(run_build(out))
            except RuntimeError as exc:
                return f"`geozone build` could not be measured: {exc}\n"
            shutil.rmtree(out, ignore_errors=True)
    times = [r.seconds for r in results]
    peaks = [r.peak_mib for r in results]
    row = [
        "`geozone build --out TMP` (data/idlib-2018)",
        str(runs),
        f"{statistics.median(times):.2f}",
        f"{min(times):.2f} – {max(times):.2f}",
        f"{statistics.median(peaks):.0f}",
    ]
    head = ["command", "runs", "median wall time (s)", "range (s)", "peak memory (MiB)"]
    return markdown_table(head, [row], {1, 2, 3, 4})


@dataclass(frozen=True)
class SizePoint:
    """One measurement of zone cost and output size."""

    label: float
    zone_s: float
    buffer_s: float
    json_s: float
    vertices: int
    json_bytes: int
    max_error_m: float


def measure_job(line: np.ndarray, widths_km: list[float], repeats: int) -> SizePoint:
    """Time ``zones.zone`` (first width), ``pipeline.buffer`` and ``export.geojson_text``.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees, EPSG:4326.
    widths_km : list of float
        Total widths, km.
    repeats : int
        Runs per timing (the median is kept).
    """
    zone_s, _ = median_seconds(lambda: zones.zone(line, widths_km[0], "total"), repeats)
    buffer_s, frame = median_seconds(lambda: pipeline.buffer(line, widths_km), repeats)
    json_s, text = median_seconds(lambda: export.geojson_text(frame), repeats)
    return SizePoint(
        len(widths_km),
        zone_s,
        buffer_s,
        json_s,
        int(frame["vertices"].sum()),
        len(text.encode()),
        float(frame["max_error_m"].max()),
    )


def length_sweep(lengths_km: tuple[int, ...], repeats: int) -> list[tuple[int, int, SizePoint]]:
    """(length km, line vertices, measurement) for a 20 km zone on each test line."""
    out = []
    for km in lengths_km:
        line = test_line(km)
        out.append((km, len(line), measure_job(line, [WIDTH_KM], repeats)))
    return out


def width_sweep(counts: tuple[int, ...], repeats: int) -> list[SizePoint]:
    """``pipeline.buffer`` with the first 1, 2, 5, 10 of :data:`WIDTHS_KM` on the 1,000 km line."""
    line = test_line(1_000)
    return [measure_job(line, list(WIDTHS_KM[:n]), repeats) for n in counts]


def plot(lengths: list[tuple[int, int, SizePoint]], widths: list[SizePoint], path: Path) -> None:
    """Two panels: time and size against line length (log-log); time against widths."""
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.5))
    km = [k for k, _, _ in lengths]
    ax1.loglog(km, [p.zone_s for *_, p in lengths], "o-", label="zones.zone time (s)")
    ax1.loglog(km, [p.buffer_s for *_, p in lengths], "s-", label="pipeline.buffer time (s)")
    ax1.set_xlabel("line length (km)")
    ax1.set_ylabel("time (s)")
    ax1.set_title(f"One {WIDTH_KM:g} km (total) zone vs line length")
    size = ax1.twinx()
    size.set_yscale("log")
    size.plot(km, [p.json_bytes / 1024 for *_, p in lengths], "^--", color="tab:green")
    plain = FuncFormatter(lambda v, _: f"{v:g}")
    size.yaxis.set_minor_locator(LogLocator(subs=(2.0, 5.0)))
    size.yaxis.set_major_formatter(plain)
    size.yaxis.set_minor_formatter(plain)
    size.set_ylabel("GeoJSON size (KiB, dashed)", color="tab:green")
    ax1.plot([], [], "^--", color="tab:green", label="GeoJSON size (KiB, right axis)")
    ax1.legend(loc="upper left", fontsize=8)
    ax1.grid(True, which="both", alpha=0.3)

    n = [int(p.label) for p in widths]
    ax2.plot(n, [p.buffer_s for p in widths], "s-", label="pipeline.buffer")
    ax2.plot(n, [p.buffer_s + p.json_s for p in widths], "o-", label="buffer + GeoJSON text")
    ax2.set_xlabel("number of widths (10, 20, … km total)")
    ax2.set_ylabel("time (s)")
    ax2.set_title("1,000 km line: time vs number of widths")
    ax2.set_xticks(n)
    ax2.set_ylim(bottom=0)
    ax2.legend(fontsize=8)
    ax2.grid(True, alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def tables(lengths: list[tuple[int, int, SizePoint]], widths: list[SizePoint]) -> str:
    """The two sweeps as Markdown tables."""
    head = [
        "line length (km)",
        "line vertices",
        "zones.zone (s)",
        "pipeline.buffer (s)",
        "GeoJSON text (s)",
        "zone vertices",
        "GeoJSON (KiB)",
        "max error (m)",
    ]
    rows = [
        [
            f"{km:,}",
            f"{nv:,}",
            fmt_s(p.zone_s),
            fmt_s(p.buffer_s),
            fmt_s(p.json_s),
            f"{p.vertices:,}",
            f"{p.json_bytes / 1024:,.0f}",
            fmt_m(p.max_error_m),
        ]
        for km, nv, p in lengths
    ]
    part1 = markdown_table(head, rows, set(range(8)))
    head2 = [
        "widths",
        "total widths (km)",
        "pipeline.buffer (s)",
        "GeoJSON text (s)",
        "zone vertices",
        "GeoJSON (KiB)",
    ]
    rows2 = [
        [
            str(int(p.label)),
            ", ".join(f"{w:g}" for w in WIDTHS_KM[: int(p.label)]),
            fmt_s(p.buffer_s),
            fmt_s(p.json_s),
            f"{p.vertices:,}",
            f"{p.json_bytes / 1024:,.0f}",
        ]
        for p in widths
    ]
    part2 = markdown_table(head2, rows2, {0, 2, 3, 4, 5})
    return (
        f"## One {WIDTH_KM:g} km (total) zone along lines of growing length\n\n{part1}\n"
        f"## Number of widths on the 1,000 km line\n\n{part2}"
    )


def main() -> None:
    """Run the three measurements and write ``<out>/scaling.md`` and ``<out>/scaling.png``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer lengths, widths and repeats")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    ap.add_argument("--runs", type=int, default=None, help="geozone build runs (default 5)")
    args = ap.parse_args()
    runs = args.runs or (2 if args.quick else 5)
    repeats = 1 if args.quick else 3
    lengths_km = LENGTHS_KM[:3] if args.quick else LENGTHS_KM
    counts = WIDTH_COUNTS[:3] if args.quick else WIDTH_COUNTS

    build = build_table(runs)
    lengths = length_sweep(lengths_km, repeats)
    widths = width_sweep(counts, repeats)
    args.out.mkdir(parents=True, exist_ok=True)
    plot(lengths, widths, args.out / "scaling.png")
    text = (
        "# geozone scaling\n\n"
        + machine_header()
        + "\n\n"
        + f"Times are medians of {repeats} run(s) unless stated. Test lines: a geodesic "
        f"from {START[1]:g}° N {-START[0]:g}° W at azimuth {AZIMUTH:g}°, a vertex every "
        f"{STEP_KM:g} km, wiggling up to ±21 km sideways (fixed seed {SEED}).\n\n"
        + "## End to end\n\n"
        + build
        + "\n"
        + tables(lengths, widths)
    )
    (args.out / "scaling.md").write_text(text)
    print(text)
    print(f"wrote {args.out / 'scaling.md'} and {args.out / 'scaling.png'}")


if __name__ == "__main__":
    main()
