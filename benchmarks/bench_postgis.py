"""PostGIS ``ST_Buffer(geography, ...)`` in a throw-away PostgreSQL 15 cluster.

The cluster lives in a temporary folder, listens only on a Unix socket in
that folder, and is stopped and deleted when the ``with`` block ends, also
on errors and Ctrl-C. ``psql`` is driven as a subprocess. When run as root,
the server runs as the ``postgres`` system user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely
from bench_common import Geometry, as_polygonal

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PSQL = "/usr/bin/psql"
SERVER_USER = "postgres"

_TIMED_BUFFER = """
CREATE OR REPLACE FUNCTION bench_buffer(wkt text, radius_m float8, style text, reps int)
RETURNS TABLE (median_ms float8, geom_wkt text) LANGUAGE plpgsql AS $$
DECLARE
  g geography := ST_GeogFromText(wkt);
  b geography;
  t0 timestamptz;
  took float8[] := '{}';
BEGIN
  -- one untimed call loads the projection machinery
  b := ST_Buffer(g, radius_m);
  FOR i IN 1..reps LOOP
    t0 := clock_timestamp();
    IF style IS NULL THEN
      b := ST_Buffer(g, radius_m);
    ELSE
      b := ST_Buffer(g, radius_m, style);
    END IF;
    took := took || (extract(epoch FROM clock_timestamp() - t0) * 1000.0)::float8;
  END LOOP;
  RETURN QUERY
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x), ST_AsText(b)
    FROM unnest(took) AS x;
END $$;
"""


class PostGISUnavailableError(RuntimeError):
    """PostgreSQL or PostGIS cannot be started here; the message says why."""


def describe_srid(srid: int) -> str:
    """Name the planar system behind one of PostGIS's internal SRIDs (999000-999283).

    ``ST_Buffer(geography)`` picks one of these with ``_ST_BestSRID``,
    buffers there and projects back.
    """
    if srid == 999000:
        return "World Mercator"
    if 999001 <= srid <= 999060:
        return f"UTM {srid - 999000}N"
    if 999101 <= srid <= 999160:
        return f"UTM {srid - 999100}S"
    polar = {999061: "north polar LAEA", 999062: "north polar stereographic"}
    polar |= {999161: "south polar LAEA", 999162: "south polar stereographic"}
    if srid in polar:
        return polar[srid]
    if 999163 <= srid <= 999283:
        band, column = divmod(srid - 999163, 20)
        lat0 = 30.0 * (band - 3) + 15.0
        if band in (2, 3):
            lon0 = 30.0 * (column - 6) + 15.0
        elif band in (1, 4):
            lon0 = 45.0 * (column - 4) + 22.5
        else:
            lon0 = 90.0 * (column - 2) + 45.0
        ns, ew = "N" if lat0 >= 0 else "S", "E" if lon0 >= 0 else "W"
        return f"LAEA centred at {abs(lat0):g}° {ns} {abs(lon0):g}° {ew}"
    return f"SRID {srid}"


def _line_wkt(line: np.ndarray) -> str:
    """WKT of a lon/lat line (EPSG:4326 degrees), full double precision."""
    return "LINESTRING(" + ",".join(f"{x!r} {y!r}" for x, y in line[:, :2].tolist()) + ")"


@dataclass
class PostGIS:
    """A running throw-away cluster reached through its Unix socket folder."""

    socket_dir: Path

    def sql(self, text: str) -> str:
        """Run SQL through ``psql`` (unaligned, tuples only) and return its output."""
        cmd = [PSQL, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"]
        cmd += ["-h", str(self.socket_dir), "-U", SERVER_USER, "-d", "postgres"]
        done = subprocess.run(cmd, input=text, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr.strip()[:500]}")
        return done.stdout

    def version(self) -> str:
        """PostGIS version with the GEOS and PROJ it uses."""
        out = self.sql(
            "SELECT postgis_lib_version()"
            " || ' (GEOS ' || split_part(postgis_geos_version(), '-', 1)"
            " || ', PROJ ' || split_part(postgis_proj_version(), ',', 1) || ')';"
        )
        return out.strip()

    def best_srid(self, line: np.ndarray) -> int:
        """The planar SRID ``ST_Buffer`` uses for a lon/lat line (EPSG:4326 degrees)."""
        return int(self.sql(f"SELECT _ST_BestSRID(ST_GeogFromText('{_line_wkt(line)}'));"))

    def buffer(
        self, line: np.ndarray, radius_m: float, style: str | None, repeats: int
    ) -> tuple[Geometry, float]:
        """``ST_Buffer`` of a line as geography.

        Parameters
        ----------
        line : numpy.ndarray
            (n, 2) lon/lat degrees, EPSG:4326 (SRID 4326 geography).
        radius_m : float
            Buffer distance, metres.
        style : str or None
            ``buffer_style_parameters`` (e.g. ``'quad_segs=64'``), or None
            for the two-argument default call.
        repeats : int
            Timed calls inside the server.

        Returns
        -------
        geometry, seconds
            The buffer (EPSG:4326 lon/lat) and the median server-side time
            of one ``ST_Buffer`` call, seconds.
        """
        style_sql = "NULL" if style is None else "'" + style.replace("'", "''") + "'"
        out = self.sql(
            f"SELECT median_ms, geom_wkt FROM bench_buffer('{_line_wkt(line)}', "
            f"{float(radius_m)!r}, {style_sql}, {int(repeats)});"
        ).strip()
        ms, wkt = out.split("|", 1)
        return as_polygonal(shapely.from_wkt(wkt)), float(ms) / 1000.0


def _run(cmd: list[str], as_server: bool) -> None:
    name = Path(cmd[0]).name
    if as_server:
        cmd = ["runuser", "-u", SERVER_USER, "--", *cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        why = (done.stderr or done.stdout).strip()[:300]
        raise PostGISUnavailableError(f"{name} failed: {why}")


@contextmanager
def postgis_cluster() -> Iterator[PostGIS]:
    """Start a temporary PostgreSQL 15 cluster with PostGIS; stop and delete it afterwards.

    Raises
    ------
    PostGISUnavailableError
        If the binaries, the ``postgres`` user (when root) or the extension
        are missing, or the server does not start.
    """
    for exe in (PG_BIN / "initdb", PG_BIN / "pg_ctl", Path(PSQL)):
        if not exe.exists():
            raise PostGISUnavailableError(f"{exe} is not installed")
    as_server = os.geteuid() == 0
    if as_server:
        try:
            user = pwd.getpwnam(SERVER_USER)
        except KeyError:
            raise PostGISUnavailableError("running as root and no 'postgres' user") from None
    tmp = Path(tempfile.mkdtemp(prefix="geozone-pg-"))
    data, sock = tmp / "data", tmp / "sock"
    started = False
    try:
        sock.mkdir()
        if as_server:
            for p in (tmp, sock):
                os.chown(p, user.pw_uid, user.pw_gid)
        init = [str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", SERVER_USER]
        _run([*init, "-E", "UTF8", "--locale=C", "--no-sync"], as_server)
        opts = f"-c listen_addresses='' -c unix_socket_directories='{sock}' -c fsync=off"
        ctl = [str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(tmp / "server.log")]
        started = True
        _run([*ctl, "-w", "-t", "60", "-o", opts, "start"], as_server)
        db = PostGIS(sock)
        try:
            db.sql("CREATE EXTENSION postgis;")
        except RuntimeError as exc:
            raise PostGISUnavailableError(str(exc)) from None
        db.sql(_TIMED_BUFFER)
        yield db
    finally:
        if started:
            stop = [str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]
            if as_server:
                stop = ["runuser", "-u", SERVER_USER, "--", *stop]
            subprocess.run(stop, capture_output=True, check=False)
        shutil.rmtree(tmp, ignore_errors=True)
