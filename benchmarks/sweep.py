"""Benchmark of ``geozone sweep``: synthetic dated lines × 3 widths on 1 and 2 Dask workers.

Run from the project folder:
    .venv/bin/python benchmarks/sweep.py [--lines 1000] [--workers 1 2] [--out benchmarks/results]

For each worker count the whole sweep runs in a fresh process (a local
cluster of worker processes, one thread each), timed from start to the
combined outputs; the peak memory is the largest resident set of any one
process in it (the client or a worker). It then measures, in this process,
the cost of one task (one zone and its figures, no Dask) and of writing one
part, and the scheduler's round trip per task (trivial tasks through the
same submit / as_completed loop), and from them the throughput per worker to
expect on N machines.

Lines (EPSG:4326 lon/lat) are random walks of 8 vertices over about 30 km
near 30° E 40° N, one per day; widths 5, 10 and 20 km, total reading.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_common import ROOT, machine_header

WIDTHS = (5.0, 10.0, 20.0)


def write_lines(folder: Path, n: int, seed: int = 19) -> None:
    """``n`` dated synthetic lines as GeoJSON files in ``folder``."""
    rng = np.random.default_rng(seed)
    start = dt.date(2020, 1, 1)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        lon = 30.0 + np.linspace(0.0, 0.35, 8) + rng.normal(0, 0.005, 8)
        lat = 40.0 + np.cumsum(rng.normal(0, 0.01, 8))
        date = (start + dt.timedelta(days=i)).isoformat()
        feat = {
            "type": "Feature",
            "properties": {"date": date},
            "geometry": {"type": "LineString", "coordinates": np.c_[lon, lat].round(6).tolist()},
        }
        text = json.dumps({"type": "FeatureCollection", "features": [feat]})
        (folder / f"{date}.geojson").write_text(text, encoding="utf-8")


def run_sweep(lines: Path, out: Path, workers: int) -> dict:
    """One whole sweep in a fresh process: wall time and peak RSS (MB) of its largest process."""
    code = (
        "import sys, time, resource\n"
        "from geozone.jobs.sweep import sweep\n"
        "t = time.perf_counter()\n"
        f"r = sweep([{str(lines)!r}], {list(WIDTHS)!r}, {str(out)!r}, workers={workers})\n"
        "wall = time.perf_counter() - t\n"
        "own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(wall, r.tasks, own, kids)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    wall, tasks, own, kids = proc.stdout.split()
    return {
        "workers": workers,
        "tasks": int(tasks),
        "wall_s": float(wall),
        "client_rss_mb": int(own) / 1024,
        "worker_rss_mb": int(kids) / 1024,
    }


def _noop(x: int) -> int:
    return x


def scheduler_round_trip(n: int = 300) -> float:
    """Seconds per trivial task through a one-worker local cluster, streamed as in a sweep."""
    import logging

    from dask.distributed import Client, LocalCluster, as_completed

    with (
        LocalCluster(
            n_workers=1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.submit(_noop, -1).result()
        t = time.perf_counter()
        todo = iter(range(n))
        queue = as_completed(
            [client.submit(_noop, i) for _, i in zip(range(32), todo, strict=False)]
        )
        for fut in queue:
            fut.result()
            fut.release()
            nxt = next(todo, None)
            if nxt is not None:
                queue.add(client.submit(_noop, nxt))
        return (time.perf_counter() - t) / n


def task_costs(lines: Path, n: int = 30) -> tuple[float, float]:
    """Mean seconds per task (zone, figures, encoded part; no Dask) and per part written."""
    from geozone.io.atomic import write_atomic
    from geozone.jobs.sweep import Context, part_bytes, plan, read_dated_lines

    tasks = plan(read_dated_lines(sorted(lines.iterdir())[:n]), WIDTHS, ["total"])
    part_bytes(tasks[0], Context())
    t = time.perf_counter()
    parts = [part_bytes(task, Context()) for task in tasks]
    per_task = (time.perf_counter() - t) / len(tasks)
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        for i, data in enumerate(parts):
            write_atomic(Path(tmp) / f"{i}.parquet", data)
        per_write = (time.perf_counter() - t) / len(parts)
    return per_task, per_write


def expected(per_task: float, central: float, machines: int, cores: int) -> tuple[float, float]:
    """Expected tasks/s in all and per worker on ``machines`` × ``cores`` workers.

    Workers add ``1 / per_task`` each until the central part (scheduler round
    trip and the client's part write, ``central`` seconds per task, done one
    task at a time) saturates at ``1 / central``.
    """
    workers = machines * cores
    total = min(workers / per_task, 1.0 / central)
    return total, total / workers


def dask_version() -> str:
    """The installed Dask version."""
    import dask

    return dask.__version__


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="geozone-sweep-bench-") as tmp:
        lines = Path(tmp) / "lines"
        write_lines(lines, args.lines)
        for w in args.workers:
            load_before = os.getloadavg()[0]
            row = run_sweep(lines, Path(tmp) / f"out-{w}", w)
            row["load"] = (load_before, os.getloadavg()[0])
            row["tasks_per_s"] = row["tasks"] / row["wall_s"]
            rows.append(row)
            print(json.dumps(row), file=sys.stderr)
        per_task, per_write = task_costs(lines)
    round_trip = scheduler_round_trip()
    central = round_trip + per_write
    out = [
        "# Sweep benchmark",
        "",
        machine_header({"dask": dask_version()}),
        "",
        f"{args.lines} synthetic dated lines (8 vertices, about 30 km) × widths "
        f"{', '.join(f'{w:g}' for w in WIDTHS)} km, total reading.",
        "",
        "| workers | zones | wall s | zones/s | per worker | speed-up | client peak MB "
        "| worker peak MB | load average before → after |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    base = rows[0]["tasks_per_s"] / rows[0]["workers"] if rows else 1.0
    for r in rows:
        out.append(
            f"| {r['workers']} | {r['tasks']} | {r['wall_s']:.1f} | {r['tasks_per_s']:.2f} | "
            f"{r['tasks_per_s'] / r['workers']:.2f} | {r['tasks_per_s'] / base:.2f}× | "
            f"{r['client_rss_mb']:.0f} | {r['worker_rss_mb']:.0f} | "
            f"{r['load'][0]:.1f} → {r['load'][1]:.1f} |"
        )
    out += [
        "",
        f"One task without Dask: {per_task * 1000:.0f} ms; writing one part: "
        f"{per_write * 1000:.1f} ms; scheduler round trip per task: {round_trip * 1000:.1f} ms.",
        "",
        "Expected on N machines of 8 cores (one worker per core), from these costs:",
        "",
        "| machines | workers | zones/s | zones/s per worker |",
        "|---|---|---|---|",
    ]
    for m in (1, 2, 4, 16, 64):
        total, each = expected(per_task, central, m, 8)
        out.append(f"| {m} | {m * 8} | {total:.0f} | {each:.2f} |")
    text = "\n".join(out) + "\n"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "sweep.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
