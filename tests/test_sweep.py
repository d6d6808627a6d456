"""Sweeps on Dask: equal to sequential buffer, on local and shell-started clusters, resumable."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from clirun import invoke
from pyproj import Geod

from geozone.errors import GeozoneWarning
from geozone.jobs.buffer import buffer
from geozone.jobs.sweep import STOP_AFTER_ENV, read_dated_lines

pytest.importorskip("dask.distributed")

GEOD = Geod(ellps="WGS84")
WIDTHS = (2.0, 5.0)
TOWARD = "100.05,45.2"  # east of the lines
# a front that moves east by about 1.5 km (0.019° of longitude at 45° N) between the dates,
# in the Gobi, where no place lies within the widths (so finding places inside stays quick)
LINES = {
    "2020-01-01": [[100.0, 45.0], [100.004, 45.15], [100.0, 45.3]],
    "2020-02-01": [[100.019, 45.0], [100.023, 45.15], [100.019, 45.3]],
}


def _write_lines(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, (date, coords) in enumerate(LINES.items()):
        props = {"date": date} if i == 0 else {}  # the second takes its date from its name
        name = f"front-{i}.geojson" if i == 0 else f"{date}.geojson"
        feat = {"type": "Feature", "properties": props}
        feat["geometry"] = {"type": "LineString", "coordinates": coords}
        fc = {"type": "FeatureCollection", "features": [feat]}
        (folder / name).write_text(json.dumps(fc), encoding="utf-8")
    return folder


def _args(lines: Path, out: Path) -> list:
    return [
        "sweep",
        lines,
        "--width",
        "2km",
        "--width",
        "5km",
        "--semantics",
        "total",
        "--semantics",
        "depth",
        "--toward",
        TOWARD,
        "--no-progress",
        "-o",
        out,
    ]


@pytest.fixture(scope="module")
def lines_dir(tmp_path_factory) -> Path:
    return _write_lines(tmp_path_factory.mktemp("lines"))


@pytest.fixture(scope="module")
def local_run(lines_dir, tmp_path_factory) -> Path:
    """An uninterrupted sweep on a local cluster of two worker processes."""
    out = tmp_path_factory.mktemp("local")
    result = invoke([*_args(lines_dir, out), "--workers", "2"])
    assert result.exit_code == 0, result.output
    return out


def _zones(out: Path) -> gpd.GeoDataFrame:
    return gpd.read_parquet(out / "zones.parquet")


def test_dates_from_property_and_name(lines_dir):
    lines = read_dated_lines([lines_dir])
    assert [ln.date for ln in lines] == list(LINES)


def test_local_cluster_equals_sequential_buffer(local_run, lines_dir):
    zones = _zones(local_run)
    assert len(zones) == len(LINES) * 2 * len(WIDTHS)
    assert zones.crs.to_epsg() == 4326
    for date, coords in LINES.items():
        for sem in ("total", "depth"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", GeozoneWarning)  # which side TOWARD is on
                seq = buffer(
                    np.array(coords), list(WIDTHS), sem, TOWARD if sem == "depth" else None
                )
            got = zones[(zones.date == date) & (zones.semantics == sem)].sort_values("width_km")
            assert list(got.width_km) == list(seq.width_km)
            np.testing.assert_allclose(got.area_km2, seq.area_km2, rtol=0, atol=1e-9)
            for a, b in zip(got.geometry, seq.geometry, strict=True):
                assert shapely.equals_exact(a, b, tolerance=0)
            # independent oracle: the area measured by pyproj on the stored geometry
            for area, geom in zip(got.area_km2, got.geometry, strict=True):
                oracle = abs(GEOD.geometry_area_perimeter(shapely.orient_polygons(geom))[0]) / 1e6
                assert area == pytest.approx(oracle, abs=1e-3)
    figures = pd.read_csv(local_run / "figures.csv")
    assert len(figures) == len(zones)
    assert figures.population_inside.isna().all()  # no scenario: unknown, not 0
    assert (local_run / "chart.png").read_bytes()[:4] == b"\x89PNG"


def test_crossed_share_against_half_plane(local_run):
    """The moved front's crossing of the first depth zone, against a cut by a meridian band."""
    zones = _zones(local_run)
    figures = pd.read_parquet(local_run / "figures.parquet")
    for w in WIDTHS:
        first = zones[(zones.date == "2020-01-01") & (zones.semantics == "depth")]
        ref = first[first.width_km == w].geometry.iloc[0]
        # the second line lies 0.019° east of the first everywhere (vertex by vertex);
        # points of the zone west of it (by interpolated longitude) were crossed
        line2 = np.array(LINES["2020-02-01"])
        lats = np.linspace(44.5, 45.8, 400)
        lons = np.interp(lats, line2[:, 1], line2[:, 0])
        west = shapely.Polygon([(99.0, 44.5), *zip(lons, lats, strict=True), (99.0, 45.8)])
        part = shapely.intersection(ref, west)
        oracle = abs(GEOD.geometry_area_perimeter(shapely.orient_polygons(part))[0]) / 1e6
        row = figures[
            (figures.date == "2020-02-01")
            & (figures.semantics == "depth")
            & (figures.width_km == w)
        ]
        assert row.crossed_km2.iloc[0] == pytest.approx(oracle, rel=0.02)
        first_row = figures[
            (figures.date == "2020-01-01")
            & (figures.semantics == "depth")
            & (figures.width_km == w)
        ]
        assert first_row.crossed_pct.iloc[0] == pytest.approx(0.0, abs=0.01)


def _wait_for(path: Path, proc: subprocess.Popen, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not path.exists():
        assert proc.poll() is None, "dask scheduler exited"
        assert time.monotonic() < end, "dask scheduler did not start"
        time.sleep(0.2)


@pytest.fixture(scope="module")
def shell_scheduler(tmp_path_factory):
    """A Dask scheduler and two workers started from the shell, as on a cluster: its address."""
    dask = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    if dask is None:
        pytest.skip("the dask command is not installed")
    info = tmp_path_factory.mktemp("scheduler") / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    procs = []
    try:
        cmd = [dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard"]
        procs.append(
            subprocess.Popen(
                [*cmd, "--scheduler-file", str(info)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        _wait_for(info, procs[0])
        address = json.loads(info.read_text())["address"]
        for _ in range(2):
            procs.append(
                subprocess.Popen(
                    [dask, "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard"],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        yield address
    finally:
        # a worker may wait out its reconnection attempts before it heeds SIGTERM: the
        # processes get a few seconds, then are killed
        for p in reversed(procs):
            p.terminate()
        deadline = time.monotonic() + 5.0
        for p in procs:
            try:
                p.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def _same_zones(a: gpd.GeoDataFrame, b: gpd.GeoDataFrame) -> None:
    pd.testing.assert_frame_equal(
        pd.DataFrame(a.drop(columns="geometry")), b.drop(columns="geometry")
    )
    assert all(shapely.equals_exact(x, y, 0) for x, y in zip(a.geometry, b.geometry, strict=True))


def test_scheduler_started_from_the_shell(local_run, lines_dir, shell_scheduler, tmp_path):
    out = tmp_path / "out"
    result = invoke([*_args(lines_dir, out), "--scheduler", shell_scheduler])
    assert result.exit_code == 0, result.output
    _same_zones(_zones(local_run), _zones(out))


def test_interrupt_and_resume(local_run, lines_dir, shell_scheduler, tmp_path, monkeypatch):
    """Stopped after 3 of 8 parts, then run again: the 3 are reused, the end equals one run.

    Both runs use the shell-started cluster, so no new cluster is started.
    """
    out = tmp_path / "out"
    monkeypatch.setenv(STOP_AFTER_ENV, "3")
    stopped = invoke([*_args(lines_dir, out), "--scheduler", shell_scheduler])
    assert stopped.exit_code == 1
    assert "interrupted; 3 finished parts kept" in stopped.stderr
    assert len(list((out / "parts").glob("*.parquet"))) == 3
    assert not list((out / "parts").glob(".*"))  # no half-written part left
    assert not (out / "zones.parquet").exists()
    monkeypatch.delenv(STOP_AFTER_ENV)
    resumed = invoke([*_args(lines_dir, out), "--scheduler", shell_scheduler])
    assert resumed.exit_code == 0, resumed.output
    assert "(3 reused" in resumed.stdout
    _same_zones(_zones(local_run), _zones(out))
    same = pd.read_csv(local_run / "figures.csv"), pd.read_csv(out / "figures.csv")
    pd.testing.assert_frame_equal(*same)


def test_flat_caps_lose_exactly_the_two_end_half_discs(lines_dir):
    """Flat ends: the round zone minus two half-discs of the half width (hand-computed area)."""
    from geozone.jobs.sweep import Context, plan, run_task

    lines = read_dated_lines([lines_dir])[:1]
    area = {}
    for cap in ("round", "flat"):
        (task,) = plan(lines, [5.0], ["total"], ctx=Context(), cap=cap)
        row = run_task(task, Context()).iloc[0]
        assert row["cap"] == cap and row["max_error_m"] <= 0.5
        area[cap] = row["area_km2"]
    # the ends are straight for far more than the half width: two half-discs of 2.5 km
    assert area["round"] - area["flat"] == pytest.approx(np.pi * 2.5**2, rel=5e-3)


def test_local_workers_leave_ctrl_c_to_the_sweep():
    """Local workers ignore SIGINT (a terminal sends Ctrl-C to them too); the caller does not."""
    import signal

    from geozone.jobs.sweep import _client

    before = signal.getsignal(signal.SIGINT)
    client, cluster = _client(None, 1)
    try:
        seen = client.run(lambda: signal.getsignal(signal.SIGINT) == signal.SIG_IGN)
        assert list(seen.values()) == [True]
        assert signal.getsignal(signal.SIGINT) is before
    finally:
        client.close()
        cluster.close()


def test_population_by_footprint_share_and_own_side(lines_dir):
    """A city beside the line counts by its footprint's share, and not in a depth zone across."""
    from geozone.geometry.footprint import disc, footprint_radius_km
    from geozone.geometry.measure import geodesic_area_km2
    from geozone.jobs.sweep import Context, plan, run_task

    city = (100.05, 45.15)  # about 3.6 km east of the first line; footprint radius 5.6 km
    ctx = Context(
        scenario="test",
        place_names=np.array(["Bigtown"], dtype=object),
        place_population=np.array([1_000_000.0]),
        place_points=shapely.points([city]),
    )
    lines = read_dated_lines([lines_dir])[:1]
    west = "99.9,45.15"
    rows = {}
    for semantics, toward in (("total", None), ("depth", west), ("depth", TOWARD)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", GeozoneWarning)
            (task,) = plan(lines, [6.0], [semantics], toward, ctx=ctx)
        rows[(semantics, toward)] = run_task(task, ctx).iloc[0]
    total = rows[("total", None)]
    footprint = disc(*city, footprint_radius_km(1_000_000))
    share = geodesic_area_km2(footprint.intersection(total.geometry)) / geodesic_area_km2(footprint)
    assert 0.05 < share < 0.95 and total.places_inside == 0  # its centre is outside
    assert total.population_inside == pytest.approx(1_000_000 * share, abs=1)
    # the west depth zone reaches across the line into the footprint, but the city is east
    assert rows[("depth", west)].geometry.intersects(footprint)
    assert np.isnan(rows[("depth", west)].population_inside)
    assert rows[("depth", TOWARD)].population_inside > total.population_inside
