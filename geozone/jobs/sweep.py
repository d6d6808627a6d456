"""Sweeps: zones and figures for many dated lines × widths × readings, run on Dask.

Each task is one line at one width under one reading. It builds the zone
with :func:`geozone.jobs.buffer.buffer` (the same exactness and self-check
as the ``buffer`` command), measures it against a scenario's places, routes
and clip area, and, when the side is known, how much of the reference
line's zone of the same width and reading lies beyond this line. The client
writes each finished task to ``DIR/parts/<key>.parquet`` (atomically) as it
completes, so a sweep streams to disk and resumes after an interruption;
the final step combines the parts into ``zones.parquet``, ``figures.csv``,
``figures.parquet`` and ``chart.png``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
import os
import re
import signal
import sys
import threading
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
import shapely.ops

from ..errors import GeozoneWarning, InputError, Interrupted
from ..geometry import antimeridian, zones
from ..geometry.geodesy import GEOD, geodesic_points, side_of
from ..geometry.measure import geodesic_area_km2
from ..io.atomic import atomic_path, output_folder, write_atomic
from ..io.lines import read_line
from .buffer import buffer, checked_cap, resolve_toward
from .zonetable import add_places, clip_to

PART_VERSION = 4
"""Changes whenever a part's content changes, so that old parts are not reused."""

LINE_SUFFIXES = (".geojson", ".json", ".gpkg", ".kml", ".shp", ".fgb")
"""File endings read from a folder of lines."""

STOP_AFTER_ENV = "GEOZONE_SWEEP_STOP_AFTER"
"""Environment variable: stop (as if interrupted) after this many new parts (for tests)."""

_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_ROUTE_STEP_M = 500.0
_EXTEND_FACTOR = 3.0


@dataclass(frozen=True)
class DatedLine:
    """A line and the date it stands for.

    Attributes
    ----------
    date : str
        ``YYYY-MM-DD``.
    xy : numpy.ndarray
        (n, 2) lon/lat degrees (EPSG:4326).
    where : str
        The file it came from, for messages.
    """

    date: str
    xy: np.ndarray = field(repr=False)
    where: str

    @property
    def digest(self) -> str:
        """A short hash of the coordinates (changes when the line changes)."""
        return hashlib.sha1(np.ascontiguousarray(self.xy, dtype=float).tobytes()).hexdigest()[:10]


@dataclass(frozen=True)
class Context:
    """What every task measures against (small, sent to each worker once).

    Attributes
    ----------
    scenario : str or None
        The scenario id the places, routes and clip come from.
    place_names : numpy.ndarray
        Place names.
    place_population : numpy.ndarray
        Populations (NaN where unknown).
    place_points : numpy.ndarray
        shapely Points, lon/lat.
    routes : dict
        Route id to lon/lat LineString (geodesic edges densified to 500 m).
    clip : shapely geometry or None
        Area the zones are clipped to, lon/lat.
    """

    scenario: str | None = None
    place_names: np.ndarray = field(default_factory=lambda: np.array([], dtype=object))
    place_population: np.ndarray = field(default_factory=lambda: np.array([], dtype=float))
    place_points: np.ndarray = field(default_factory=lambda: np.array([], dtype=object))
    routes: dict = field(default_factory=dict)
    clip: object = None

    @property
    def has_places(self) -> bool:
        """Whether places were given (from a scenario's gazetteer)."""
        return self.scenario is not None


@dataclass(frozen=True)
class Task:
    """One line at one width under one reading.

    ``side`` is the sign (``zones.RIGHT``/``zones.LEFT``) of ``toward`` for
    this line, or None; ``reference`` the part of the reference line's zone
    of the same width and reading that lies on the ``toward`` side of the
    reference line (lon/lat), or None.
    """

    line: DatedLine
    width_km: float
    semantics: str
    toward: str | None
    tolerance_m: float
    side: int | None
    reference: object
    reference_date: str | None
    key: str
    cap: str = "round"


@dataclass
class SweepResult:
    """What a sweep wrote: the output files, how many tasks, how many were already done."""

    files: list[Path]
    tasks: int
    reused: int
    figures: pd.DataFrame


# ---------------------------------------------------------------- reading lines


def _date_of(path: Path) -> str | None:
    """The ``date`` property of a GeoJSON file (its first feature's, or its own), else None."""
    if path.suffix.lower() not in (".geojson", ".json"):
        return None
    try:
        obj = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return None
    candidates = []
    if isinstance(obj, dict):
        candidates.append(obj.get("properties") or {})
        candidates.append(obj)
        for feat in obj.get("features") or []:
            if isinstance(feat, dict):
                candidates.append(feat.get("properties") or {})
    for props in candidates:
        value = props.get("date") if isinstance(props, dict) else None
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _check_date(text: str, where: str) -> str:
    m = _DATE.search(text)
    if not m:
        raise InputError(where, f"has date {text!r}", "write it as YYYY-MM-DD")
    try:
        dt.date.fromisoformat(m.group(1))
    except ValueError:
        raise InputError(where, f"has date {text!r}, which is no day", "fix the date") from None
    return m.group(1)


def line_files(paths: Iterable[str | Path]) -> list[Path]:
    """The line files named, with each folder replaced by its line files (sorted).

    Raises
    ------
    InputError
        If a path does not exist or a folder holds no line file.
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.suffix.lower() in LINE_SUFFIXES)
            if not files:
                raise InputError(
                    str(p), "holds no line file", f"put {', '.join(LINE_SUFFIXES)} files in it"
                )
            found += files
        elif p.exists():
            found.append(p)
        else:
            raise InputError(str(p), "does not exist", "check the path")
    return found


def read_dated_lines(paths: Iterable[str | Path]) -> list[DatedLine]:
    """Read lines from files or folders, each with its date.

    The date is the file's ``date`` property (GeoJSON), else the first
    ``YYYY-MM-DD`` in its file name.

    Returns
    -------
    list of DatedLine
        Sorted by date, then file name.

    Raises
    ------
    InputError
        If a file is unreadable, holds no single line, has no date, or two
        files give the same date.
    """
    lines = []
    for path in line_files(paths):
        xy, where = read_line(path)
        text = _date_of(path)
        if text is None:
            if not _DATE.search(path.name):
                raise InputError(
                    where,
                    "has no date (no date property, no YYYY-MM-DD in its name)",
                    "add a date property or name it like 2019-08-31.geojson",
                )
            text = path.name
        lines.append(DatedLine(_check_date(text, where), xy, where))
    lines.sort(key=lambda ln: (ln.date, ln.where))
    seen: dict[str, str] = {}
    for ln in lines:
        if ln.date in seen:
            raise InputError(
                ln.where, f"has the same date ({ln.date}) as {seen[ln.date]}", "sweep one of them"
            )
        seen[ln.date] = ln.where
    return lines


# ---------------------------------------------------------------- the context


def scenario_context(scenario) -> Context:
    """Places (population NaN where unknown), routes and clip area of a loaded scenario."""
    from .context import places_table, route_geometry

    places = places_table(scenario)
    pop = places["population"].astype(float).where(places["population"] > 0)
    return Context(
        scenario=scenario.id,
        place_names=places["name"].astype(str).to_numpy(dtype=object),
        place_population=pop.to_numpy(dtype=float),
        place_points=shapely.points(places["lon"].to_numpy(), places["lat"].to_numpy()),
        routes={r.id: route_geometry(r.coords) for r in scenario.routes},
        clip=scenario.clip,
    )


# ---------------------------------------------------------------- one task


def _extended(xy: np.ndarray, reach_m: float) -> shapely.LineString:
    """The line (geodesic edges densified to 1 km) extended geodesically at both ends by reach_m."""
    pts = geodesic_points(xy, 1000.0)
    az0, _, _ = GEOD.inv(pts[1, 0], pts[1, 1], pts[0, 0], pts[0, 1])
    az1, _, _ = GEOD.inv(pts[-2, 0], pts[-2, 1], pts[-1, 0], pts[-1, 1])
    lon0, lat0, _ = GEOD.fwd(pts[0, 0], pts[0, 1], az0, reach_m)
    lon1, lat1, _ = GEOD.fwd(pts[-1, 0], pts[-1, 1], az1, reach_m)
    start = geodesic_points(np.array([[lon0, lat0], pts[0]]), 1000.0)[:-1]
    end = geodesic_points(np.array([pts[-1], [lon1, lat1]]), 1000.0)[1:]
    return shapely.LineString(np.vstack([start, pts, end]))


def _polygons(geom) -> list:
    """The polygons with area in any geometry (collections unpacked)."""
    if geom is None or geom.is_empty:
        return []
    if geom.geom_type == "Polygon":
        return [geom] if geom.area > 0 else []
    if hasattr(geom, "geoms"):
        return [p for g in geom.geoms for p in _polygons(g)]
    return []


def part_on_side(geom, xy: np.ndarray, side: int, reach_m: float):
    """The part of ``geom`` on side ``side`` (``zones.RIGHT``/``LEFT``) of a line (lon/lat).

    The line is extended geodesically by ``reach_m`` at both ends so that
    it cuts across ``geom``; ``geom`` is split along it and each piece is
    assigned to a side by a point inside it (:func:`side_of`). Where a line
    ends inside ``geom`` and its extension does not follow the real front,
    the split is approximate there. A geometry or line across ±180° is cut
    in a continuous frame round the line and comes back cut at ±180°.
    """
    xy = np.asarray(xy, dtype=float)
    if antimeridian.touches_edge(geom) or antimeridian.crosses(xy[:, 0]):
        # cut in a continuous frame round the line, then back to Earth longitudes
        centre = antimeridian.frame_centre(xy[:, 0])
        framed = antimeridian.into_frame(geom, centre)
        part = part_on_side(framed, antimeridian.to_frame(xy, centre), side, reach_m)
        return antimeridian.split(part, centre) if not part.is_empty else part
    blade = _extended(xy, reach_m)
    pieces = [
        piece
        for poly in _polygons(shapely.make_valid(geom))
        for piece in _polygons(shapely.ops.split(poly, blade))
    ]
    if not pieces:
        return shapely.MultiPolygon()
    reps = [g.representative_point() for g in pieces]
    sides = side_of([p.x for p in reps], [p.y for p in reps], xy)
    keep = [g for g, s in zip(pieces, sides, strict=True) if s == side]
    return shapely.MultiPolygon(keep) if len(keep) != 1 else keep[0]


def crossed_share(reference, xy: np.ndarray, side: int, reach_m: float) -> tuple[float, float]:
    """Area (km²) and share (%) of ``reference`` beyond a line, away from ``side``.

    ``reference`` is the reference zone's part on the ``toward`` side of the
    reference line (lon/lat); the result is how much of it lies on the other
    side of this line: the ground the front had crossed by this line's date.
    """
    total = geodesic_area_km2(reference)
    if total == 0:
        return 0.0, float("nan")
    far = geodesic_area_km2(part_on_side(reference, xy, -side, reach_m))
    return round(far, 1), round(100.0 * far / total, 2)


def _population(pop: np.ndarray) -> tuple[int, str]:
    """How many of the places inside have a population figure (NaN: none), and saying so."""
    n, k = len(pop), int((~np.isnan(pop)).sum())
    if n == 0:
        return 0, "no place inside"
    return k, f"{k} of {n} places inside have a population figure"


def run_task(task: Task, ctx: Context) -> gpd.GeoDataFrame:
    """Build and measure one zone (runs on a Dask worker).

    Returns
    -------
    geopandas.GeoDataFrame
        One row, EPSG:4326: date, line, reading, width, cap, areas, error,
        places, population, route lengths, crossed share and notes.
    """
    ln = task.line
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", GeozoneWarning)
        table = buffer(
            ln.xy,
            [task.width_km],
            task.semantics,
            task.toward if task.semantics == "depth" else None,
            task.tolerance_m,
            where=ln.where,
            places=False,
            cap=task.cap,
        )
    notes = [
        str(w.message)
        for w in caught
        if issubclass(w.category, GeozoneWarning) and "lies on the" not in str(w.message)
    ]
    row = table.iloc[0]
    unclipped = row.geometry
    geom = clip_to(unclipped, ctx.clip) if ctx.clip is not None else unclipped
    area = round(geodesic_area_km2(geom), 3) if ctx.clip is not None else float(row.area_km2)
    rec: dict = {
        "date": ln.date,
        "line": ln.where,
        "semantics": row.semantics,
        "width_km": float(row.width_km),
        "area_km2": area,
        "unclipped_area_km2": float(row.area_km2),
        "max_error_m": float(row.max_error_m),
        "vertices": int(row.vertices),
        "method": row.method,
        "cap": task.cap,
        "scenario": ctx.scenario or "",
    }
    if ctx.has_places:
        # as build counts them: places by point, people by the share of each footprint
        # inside; a depth zone counts only the places on its own side of this line
        xy = shapely.get_coordinates(ctx.place_points)
        own = np.ones(len(xy), dtype=bool)
        if task.semantics == "depth" and task.side is not None and len(xy):
            own = side_of(xy[:, 0], xy[:, 1], ln.xy) == task.side
        pops = [
            None if np.isnan(p) or not o else int(p)
            for p, o in zip(ctx.place_population, own, strict=True)
        ]
        counted = {"geometry": geom}
        add_places([counted], list(ctx.place_names), xy, pops)
        hit = shapely.contains(geom, ctx.place_points)
        known, coverage = _population(ctx.place_population[hit])
        rec["places_inside"] = counted["places_inside"]
        rec["places"] = counted["places"]
        pop = counted["population_inside"]
        rec["population_inside"] = float("nan") if pop is None else float(pop)
        rec["population_places_known"] = known
        rec["population_coverage"] = coverage
    else:
        rec["places_inside"] = None
        rec["places"] = ""
        rec["population_inside"] = float("nan")
        rec["population_places_known"] = None
        rec["population_coverage"] = "no scenario given: places not counted"
    for rid, rline in ctx.routes.items():
        part = shapely.intersection(rline, geom)
        rec[f"{rid}_km"] = (
            round(GEOD.geometry_length(part) / 1000.0, 2) if not part.is_empty else 0.0
        )
    if task.reference is not None and task.side is not None:
        reach = _EXTEND_FACTOR * zones.half_width_m(task.width_km, task.semantics)
        km2, pct = crossed_share(task.reference, ln.xy, task.side, reach)
        rec["crossed_km2"], rec["crossed_pct"] = km2, pct
    else:
        rec["crossed_km2"], rec["crossed_pct"] = float("nan"), float("nan")
    rec["reference_date"] = task.reference_date or ""
    rec["notes"] = " | ".join(notes)
    rec["geometry"] = geom
    frame = gpd.GeoDataFrame([rec], geometry="geometry", crs="EPSG:4326")
    for col in ("places_inside", "population_places_known"):
        frame[col] = frame[col].astype("Int64")
    for col in ("population_inside", "crossed_km2", "crossed_pct"):
        frame[col] = frame[col].astype(float)
    return frame


# ---------------------------------------------------------------- planning


def _task_key(ln: DatedLine, width_km: float, semantics: str, extra: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(ln.where).stem)[:40]
    digest = hashlib.sha1(
        f"{PART_VERSION}|{ln.digest}|{width_km!r}|{semantics}|{extra}".encode()
    ).hexdigest()[:10]
    return f"{ln.date}_{stem}_{semantics}_{width_km:g}km_{digest}"


def _sides(lines: Sequence[DatedLine], toward: str) -> dict[str, int]:
    """The side ``toward`` lies on for each line, with one note for all of them."""
    out, counts = {}, {zones.RIGHT: 0, zones.LEFT: 0}
    label = ""
    for ln in lines:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", GeozoneWarning)
            sign = resolve_toward(toward, zones.clean_line(ln.xy, ln.where))
        out[ln.where] = sign
        counts[sign] += 1
        if caught and not label:
            label = str(caught[0].message).split(" lies on the ")[0]
    warnings.warn(
        f"{label or f'toward={toward!r}'} lies on the left of {counts[zones.LEFT]} lines "
        f"and on the right of {counts[zones.RIGHT]}",
        GeozoneWarning,
        stacklevel=3,
    )
    return out


def plan(
    lines: Sequence[DatedLine],
    widths_km: Sequence[float],
    semantics: Sequence[str],
    toward: str | None = None,
    tolerance_m: float = zones.DEFAULT_TOLERANCE_M,
    ctx: Context | None = None,
    reference: str | None = None,
    cap: str = "round",
) -> list[Task]:
    """The tasks of a sweep (line × reading × width), with reference zones built here.

    Parameters
    ----------
    lines : sequence of DatedLine
        The dated lines.
    widths_km : sequence of float
        Widths, km.
    semantics : sequence of str
        Readings: ``total``, ``per_side`` (``per-side``), ``depth``.
    toward : str, optional
        A place or ``LON,LAT`` on the zone's side: needed for depth, and
        for the crossed share under any reading.
    tolerance_m : float
        Boundary accuracy, metres.
    ctx : Context, optional
        Places, routes and clip area (the reference zone is clipped too).
    reference : str, optional
        Date of the reference line (default: the earliest).
    cap : {"round", "flat"}
        How zones end beyond the line's ends (the reference zones too).

    Raises
    ------
    InputError
        For unknown readings, depth without ``toward``, or a reference date
        that no line has.
    """
    ctx = ctx or Context()
    cap = checked_cap(cap)
    readings = list(dict.fromkeys(s.replace("-", "_") for s in semantics))
    for s in readings:
        if s not in zones.SEMANTICS:
            raise InputError(f"semantics={s!r}", "is unknown", "use total, per-side or depth")
    if "depth" in readings and not toward:
        raise InputError("semantics=depth", "needs the side the zone lies on", "add toward=PLACE")
    widths = sorted(set(float(w) for w in widths_km))
    if not widths:
        raise InputError("widths_km", "is missing", "give at least one, e.g. width=20km")
    if not lines:
        raise InputError("lines", "are missing", "name line files or a folder of them")
    sides = _sides(lines, toward) if toward else {}
    ref_line = None
    if toward:
        if reference is None:
            ref_line = lines[0]
        else:
            match = [ln for ln in lines if ln.date == reference]
            if not match:
                raise InputError(
                    f"reference={reference!r}", "is no line's date", "give one of the lines' dates"
                )
            ref_line = match[0]
    ref_zones: dict[tuple[str, float], object] = {}
    if ref_line is not None:
        for s in readings:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", GeozoneWarning)
                table = buffer(
                    ref_line.xy,
                    widths,
                    s,
                    toward if s == "depth" else None,
                    tolerance_m,
                    where=ref_line.where,
                    places=False,
                    cap=cap,
                )
            for w, geom in zip(table.width_km, table.geometry, strict=True):
                geom = clip_to(geom, ctx.clip) if ctx.clip is not None else geom
                reach = _EXTEND_FACTOR * zones.half_width_m(float(w), s)
                ref_zones[(s, float(w))] = part_on_side(
                    geom, ref_line.xy, sides[ref_line.where], reach
                )
    extra = f"{toward}|{tolerance_m!r}|{ctx.scenario}|"
    extra += f"{ref_line.date}|{ref_line.digest}" if ref_line is not None else ""
    extra += f"|cap={cap}" if cap != "round" else ""
    return [
        Task(
            line=ln,
            width_km=w,
            semantics=s,
            toward=toward,
            tolerance_m=tolerance_m,
            side=sides.get(ln.where),
            reference=ref_zones.get((s, w)),
            reference_date=ref_line.date if ref_line is not None else None,
            key=_task_key(ln, w, s, extra),
            cap=cap,
        )
        for ln in lines
        for s in readings
        for w in widths
    ]


# ---------------------------------------------------------------- running


def _client(scheduler: str | None, workers: int | None):
    """A Dask client: on ``scheduler``, else on a new local cluster of processes."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        if workers:
            raise InputError(
                "workers=", "applies only to the local cluster", "drop it with scheduler="
            )
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as exc:
            raise InputError(
                f"scheduler={scheduler!r}",
                f"cannot be reached ({type(exc).__name__})",
                "start it with `dask scheduler` and give its tcp://HOST:PORT",
            ) from None
    n = workers or os.cpu_count() or 1
    if n < 1:
        raise InputError(f"workers={n}", "is less than 1", "give 1 or more")
    # worker processes start with Ctrl-C ignored (they inherit it), so that a Ctrl-C in the
    # terminal stops the sweep through this process alone, without a traceback from each worker
    on_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if on_main else None
    try:
        cluster = LocalCluster(
            n_workers=n,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: never clashes with another cluster
            silence_logs=logging.ERROR,
        )
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    return Client(cluster), cluster


def part_bytes(task: Task, ctx: Context) -> bytes:
    """One task's row as GeoParquet bytes (runs on a worker, so encoding scales with them)."""
    buf = io.BytesIO()
    run_task(task, ctx).to_parquet(buf, index=False)
    return buf.getvalue()


def run_tasks(
    tasks: Sequence[Task],
    ctx: Context,
    parts: Path,
    scheduler: str | None = None,
    workers: int | None = None,
    progress: bool = True,
    in_flight: int | None = None,
) -> int:
    """Run the tasks whose part is missing; write each part as it completes.

    Returns
    -------
    int
        How many parts already existed (reused).

    Raises
    ------
    Interrupted
        On Ctrl-C, or after ``$GEOZONE_SWEEP_STOP_AFTER`` new parts; the
        parts written so far are kept.
    """
    from tqdm import tqdm

    todo = [t for t in tasks if not (parts / f"{t.key}.parquet").exists()]
    reused = len(tasks) - len(todo)
    if not todo:
        return reused
    stop_after = int(os.environ.get(STOP_AFTER_ENV, "0") or 0)
    parts.mkdir(parents=True, exist_ok=True)
    from dask.distributed import as_completed

    client, cluster = _client(scheduler, workers)
    bar = tqdm(
        total=len(tasks),
        initial=reused,
        unit="zone",
        file=sys.stderr,
        disable=not progress,
        desc="sweep",
    )
    written = 0
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = in_flight or max(32, 8 * n_workers)
        ctx_future = client.scatter(ctx, broadcast=True)
        pending = iter(todo)

        def submit(task: Task):
            return client.submit(part_bytes, task, ctx_future, key=f"geozone-sweep-{task.key}")

        first = [submit(t) for _, t in zip(range(window), pending, strict=False)]
        queue = as_completed(first)
        for future in queue:
            data = future.result()
            key = future.key.removeprefix("geozone-sweep-")
            write_atomic(parts / f"{key}.parquet", data)
            future.release()
            written += 1
            bar.update(1)
            if stop_after and written >= stop_after:
                raise Interrupted(f"stopped after {written} parts ({STOP_AFTER_ENV})")
            nxt = next(pending, None)
            if nxt is not None:
                queue.add(submit(nxt))
    finally:
        bar.close()
        client.close()
        if cluster is not None:
            cluster.close()
    return reused


# ---------------------------------------------------------------- combining

_ORDER = ("date", "semantics", "width_km")


def _combine_zones(paths: Sequence[Path], out: Path) -> None:
    """Concatenate part files into one GeoParquet, one part in memory at a time."""
    import pyarrow.parquet as pq

    first = pq.read_schema(paths[0])
    geo = json.loads(first.metadata[b"geo"])
    types: set[str] = set()
    for p in paths:
        meta = json.loads(pq.read_schema(p).metadata[b"geo"])
        types.update(meta["columns"]["geometry"]["geometry_types"])
    geo["columns"]["geometry"]["geometry_types"] = sorted(types)
    geo["columns"]["geometry"].pop("bbox", None)
    meta = {**first.metadata, b"geo": json.dumps(geo).encode()}
    plain = first.remove_metadata()
    with (
        atomic_path(out, suffix=".parquet.tmp") as tmp,
        pq.ParquetWriter(tmp, plain.with_metadata(meta)) as writer,
    ):
        for p in paths:
            table = pq.read_table(p).replace_schema_metadata(None).cast(plain)
            writer.write_table(table.replace_schema_metadata(meta))


def combine(tasks: Sequence[Task], out: Path) -> tuple[list[Path], pd.DataFrame]:
    """Write zones.parquet, figures.csv, figures.parquet and chart.png from the parts."""
    import pyarrow.parquet as pq

    parts = out / "parts"
    paths = [parts / f"{t.key}.parquet" for t in tasks]
    figure_cols = [c for c in pq.read_schema(paths[0]).names if c != "geometry"]
    figures = pd.concat(
        [pq.read_table(p, columns=figure_cols).to_pandas() for p in paths], ignore_index=True
    )
    order = figures.sort_values(list(_ORDER), kind="stable").index.to_numpy()
    figures = figures.loc[order].reset_index(drop=True)
    paths = [paths[i] for i in order]
    files = [out / "zones.parquet", out / "figures.csv", out / "figures.parquet", out / "chart.png"]
    _combine_zones(paths, files[0])
    write_atomic(files[1], figures.to_csv(index=False))
    with atomic_path(files[2], suffix=".parquet.tmp") as tmp:
        figures.to_parquet(tmp, index=False)
    from ..io.chart import chart_png

    write_atomic(files[3], chart_png(figures))
    return files, figures


def sweep(
    paths: Iterable[str | Path],
    widths_km: Sequence[float],
    out: str | Path,
    semantics: Sequence[str] = ("total",),
    toward: str | None = None,
    scenario: str | Path | None = None,
    cap: str = "round",
    reference: str | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    tolerance_m: float = zones.DEFAULT_TOLERANCE_M,
    progress: bool = True,
) -> SweepResult:
    """Sweep dated lines × widths × readings and write the combined outputs.

    Parameters
    ----------
    paths : iterable of str or Path
        Line files or folders of them (dates from a ``date`` property or the
        file name).
    widths_km : sequence of float
        Widths, km.
    out : str or Path
        Output folder: ``parts/``, ``zones.parquet`` (GeoParquet, EPSG:4326),
        ``figures.csv``, ``figures.parquet``, ``chart.png``.
    semantics : sequence of str
        Readings to build.
    toward : str, optional
        A place or ``LON,LAT`` on the zone's side.
    scenario : str or Path, optional
        Scenario whose places, routes and clip area the zones are measured
        against.
    cap : {"round", "flat"}
        How zones end beyond the line's ends: half-discs (every point within
        the width), or cut on the geodesic perpendiculars at the ends.
    reference : str, optional
        Date of the line whose zones the crossed share refers to (default:
        the earliest).
    scheduler : str, optional
        Address of a running Dask scheduler; default: a local cluster.
    workers : int, optional
        Worker processes of the local cluster (default: all cores).
    tolerance_m : float
        Boundary accuracy, metres.
    progress : bool
        Show a progress bar on standard error.

    Returns
    -------
    SweepResult
    """
    checked_cap(cap)
    ctx = Context()
    if scenario is not None:
        from ..scenario import load_scenario

        ctx = scenario_context(load_scenario(scenario))
    lines = read_dated_lines(paths)
    tasks = plan(lines, widths_km, semantics, toward, tolerance_m, ctx, reference, cap)
    out = output_folder(out)
    reused = run_tasks(tasks, ctx, out / "parts", scheduler, workers, progress)
    files, figures = combine(tasks, out)
    return SweepResult(files, len(tasks), reused, figures)


__all__ = [
    "Context",
    "DatedLine",
    "SweepResult",
    "Task",
    "combine",
    "crossed_share",
    "part_bytes",
    "part_on_side",
    "plan",
    "read_dated_lines",
    "run_task",
    "run_tasks",
    "scenario_context",
    "sweep",
]
