"""Depth zones on dense, hand-drawn-like lines: time, peak memory and error per zone.

Usage: python benchmarks/depth.py [--quick] [--out benchmarks/results]

One depth zone (on the line's right-hand side, ``zones.zone(line, W,
"depth", RIGHT)``) at 10, 25 and 70 km on the 2,000 and 8,000-vertex
versions of the 1,000 km front-like line of ``engine.py`` (a meander of
15, 6 and 1.5 km waves and jitter of a quarter of the vertex spacing).
At 25 and 70 km the meander folds the line back within the depth, so the
divide between the sides is traced over the folds. Each case runs in a
child process, which reports the zone's wall time, the time of its
self-check (``zones.geodesic_error`` with the side), the largest error
(m) and its own peak memory (``VmHWM``, imports included); a case over
300 s is stopped. ``--quick`` skips the 8,000-vertex line.

Writes ``<out>/depth.md`` (also printed).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench_common import ROOT, fmt_m, fmt_s, machine_header, markdown_table
from engine import child, front_line, peak_mb

VERTICES = (2_000, 8_000)
DEPTHS_KM = (10.0, 25.0, 70.0)
CASE_TIMEOUT_S = 300


def run_case(n: int, depth_km: float) -> dict:
    """Build one depth zone and check it (in this process); the figures as a dict."""
    from geozone.geometry import zones

    line = front_line(n)
    start = time.perf_counter()
    geom = zones.zone(line, depth_km, "depth", zones.RIGHT)
    built = time.perf_counter() - start
    err = zones.geodesic_error(geom, line, depth_km * 1000.0, one_sided=True, side=zones.RIGHT)
    return {
        "zone_s": built,
        "check_s": time.perf_counter() - start - built,
        "max_m": err.max_abs_m,
        "inside": err.inside_share,
        "peak_mb": peak_mb(),
    }


def main() -> None:
    """Run every case and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 8,000-vertex line")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--case", nargs=2, metavar=("N", "KM"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(int(args.case[0]), float(args.case[1]))))
        return
    rows = []
    for n in VERTICES[:1] if args.quick else VERTICES:
        for km in DEPTHS_KM:
            r = child(n, km, __file__, CASE_TIMEOUT_S)
            if "failed" in r:
                cells = [r["failed"], "", "", "", ""]
            else:
                cells = [
                    fmt_s(r["zone_s"]),
                    fmt_s(r["check_s"]),
                    f"{r['peak_mb']:,.0f}",
                    fmt_m(r["max_m"]),
                    f"{100 * r['inside']:.0f} %",
                ]
            rows.append([f"{n:,}", f"{km:g}", *cells])
            print(rows[-1], flush=True)
    header = [
        "vertices",
        "depth (km)",
        "geozone zone (s)",
        "self-check (s)",
        "peak memory (MB)",
        "max error (m)",
        "inside points right",
    ]
    text = (
        "# Depth zones on dense, hand-drawn-like lines\n\n"
        + machine_header()
        + "\n\n"
        + markdown_table(header, rows, right=set(range(7)))
    )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "depth.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
