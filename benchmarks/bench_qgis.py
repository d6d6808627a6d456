"""QGIS ``native:buffer`` through ``qgis_process.bin``, done the usual way in one UTM zone.

The line is reprojected (pyproj, through geopandas) to the UTM zone of its
middle, written to a GeoPackage, buffered by ``qgis_process.bin run
native:buffer`` with the dialog's defaults (5 segments per quarter circle,
round caps and joins), read back and reprojected to EPSG:4326.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from bench_common import Geometry, as_polygonal, utm_epsg_at_middle

QGIS_PROCESS = "qgis_process.bin"


class QGISUnavailableError(RuntimeError):
    """``qgis_process.bin`` cannot be run here; the message says why."""


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if "XDG_RUNTIME_DIR" not in env:  # Qt warns without one
        runtime = Path(tempfile.gettempdir()) / f"runtime-{os.getuid()}"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def _qgis(args: list[str], timeout_s: float = 300.0) -> subprocess.CompletedProcess[str]:
    exe = shutil.which(QGIS_PROCESS)
    if exe is None:
        raise QGISUnavailableError(f"{QGIS_PROCESS} is not installed")
    done = subprocess.run(
        [exe, *args], capture_output=True, text=True, env=_env(), timeout=timeout_s, check=False
    )
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise QGISUnavailableError(f"{QGIS_PROCESS} {args[0]} failed: {' / '.join(tail)}")
    return done


def qgis_version() -> str:
    """The QGIS release and the GEOS and PROJ it uses, from ``qgis_process.bin --version``."""
    found: dict[str, str] = {}
    for row in _qgis(["--version"]).stdout.splitlines():
        words = row.split()
        if row.startswith("QGIS ") and "code" not in row:
            found["QGIS"] = words[1].split("-")[0]
        elif len(words) >= 3 and words[0] in ("GEOS", "PROJ") and words[1] == "version":
            found[words[0]] = words[2].split("-")[0]
    if "QGIS" not in found:
        raise QGISUnavailableError("qgis_process.bin --version did not name a QGIS release")
    libs = ", ".join(f"{k} {found[k]}" for k in ("GEOS", "PROJ") if k in found)
    return found["QGIS"] + (f" ({libs})" if libs else "")


def startup_seconds() -> float:
    """Wall time (s) of ``qgis_process.bin help native:buffer``: start-up without work."""
    start = time.perf_counter()
    _qgis(["help", "native:buffer"])
    return time.perf_counter() - start


def qgis_buffer(line: np.ndarray, radius_m: float, segments: int = 5) -> tuple[Geometry, float]:
    """Buffer a line with ``native:buffer`` in the UTM zone of its middle.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees, EPSG:4326 (densify it first: the UTM copy
        joins its vertices by straight lines).
    radius_m : float
        Buffer distance in metres (UTM metres).
    segments : int
        Segments per quarter circle (QGIS's default is 5).

    Returns
    -------
    geometry, seconds
        The buffer in EPSG:4326 lon/lat degrees, and the wall time (s) of
        the ``qgis_process.bin`` run, QGIS start-up included.
    """
    epsg = utm_epsg_at_middle(line)
    series = gpd.GeoSeries([shapely.LineString(line)], crs=4326).to_crs(epsg)
    with tempfile.TemporaryDirectory(prefix="geozone-qgis-") as tmp:
        src, dst = Path(tmp) / "line.gpkg", Path(tmp) / "buffer.gpkg"
        gpd.GeoDataFrame({"name": ["line"]}, geometry=series).to_file(src, driver="GPKG")
        args = [
            "run",
            "native:buffer",
            "--",
            f"INPUT={src}",
            f"DISTANCE={float(radius_m)!r}",
            f"SEGMENTS={int(segments)}",
            "END_CAP_STYLE=0",
            "JOIN_STYLE=0",
            "MITER_LIMIT=2",
            "DISSOLVE=false",
            f"OUTPUT={dst}",
        ]
        start = time.perf_counter()
        _qgis(args)
        took = time.perf_counter() - start
        out = gpd.read_file(dst)
    if out.crs is None or out.crs.to_epsg() != epsg:
        raise QGISUnavailableError(f"native:buffer wrote CRS {out.crs}, expected EPSG:{epsg}")
    geom = shapely.union_all(out.to_crs(4326).geometry.values)
    return as_polygonal(geom), took
