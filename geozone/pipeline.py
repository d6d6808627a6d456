"""The main job and the buffer job: from inputs to written files, one call each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from . import zones
from .clip import country_at
from .errors import InputError
from .export import split_layers, write_claims, write_csv, write_geojson
from .features import scenario_features
from .gazetteer import load_country
from .layerset import write_geojson_set, write_geopackage
from .maps import render_map, write_map
from .measure import measure
from .scenario import Scenario, load_scenario
from .variants import METHOD, build_zones, geodesic_area_km2

SUMMARY_COLUMNS = ("variant", "area_km2", "places_inside", "population_inside", "max_error_m")


@dataclass(frozen=True)
class BuildResult:
    """What the main job produced."""

    scenario: Scenario
    zones: gpd.GeoDataFrame
    summary: pd.DataFrame
    files: tuple[Path, ...]


def all_layers(zone_frame: gpd.GeoDataFrame, feats: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Zones, rings and the scenario's features in one frame (EPSG:4326)."""
    return gpd.GeoDataFrame(
        pd.concat([zone_frame, feats], ignore_index=True), geometry="geometry", crs="EPSG:4326"
    )


def build(scenario_path: str | Path | None = None, out_dir: str | Path = "maps") -> BuildResult:
    """Build a scenario's zones, map, layers and summary.

    Parameters
    ----------
    scenario_path : str or Path, optional
        Scenario folder (default: the Idlib 2018 scenario).
    out_dir : str or Path
        Where ``<id>.html``, ``<id>.geojson`` (all layers), ``<id>.gpkg``
        (all layers, styled), ``<id>-layers/`` (a GeoJSON and a QML per
        layer), ``<id>-summary.csv`` and, when the scenario reads reports,
        ``<id>-claims.json`` go.
    """
    scenario = load_scenario(scenario_path)
    zone_frame = build_zones(scenario)
    summary = measure(scenario, zone_frame)
    feats = scenario_features(scenario, zone_frame)
    layers = all_layers(zone_frame, feats)
    out = Path(out_dir)
    notes = scenario.claims.disagreements if scenario.claims is not None else ()
    fmap = render_map(layers, summary, scenario.title, notes)
    frames = split_layers(layers, summary)
    files = (
        write_geojson(layers, out / f"{scenario.id}.geojson"),
        write_csv(summary, out / f"{scenario.id}-summary.csv"),
        write_map(fmap, out / f"{scenario.id}.html"),
        write_geopackage(frames, out / f"{scenario.id}.gpkg"),
        *write_geojson_set(frames, out / f"{scenario.id}-layers", scenario.id),
    )
    if scenario.claims is not None:
        files += (write_claims(scenario.claims, out / f"{scenario.id}-claims.json"),)
    return BuildResult(scenario, zone_frame, summary, files)


def _files_name(layers: gpd.GeoDataFrame, paths: list[str | Path]) -> str:
    """The scenario the layers name, else the first file's name."""
    named = layers["scenario"].dropna() if "scenario" in layers.columns else []
    return str(named.iloc[0]) if len(named) else Path(paths[0]).stem


def map_files(
    paths: list[str | Path], out: str | Path, title: str | None = None
) -> tuple[Path, pd.DataFrame]:
    """Render exported zones files as the comparison page.

    Parameters
    ----------
    paths : list of str or Path
        GeoJSON or GeoPackage files (:func:`geozone.layerfile.read_layers`).
    out : str or Path
        The HTML file to write (atomically).
    title : str, optional
        Page title (default: the scenario named in the files, else the
        first file's name).

    Returns
    -------
    tuple of (Path, pandas.DataFrame)
        The page written and the figures it shows.
    """
    from .layerfile import read_layers
    from .measure import measure_layers

    layers = read_layers(paths)
    summary = measure_layers(layers)
    if title is None:
        title = _files_name(layers, paths)
    page = write_map(render_map(layers, summary, title), out)
    return page, summary


EXPORT_FORMATS = ("geojson", "gpkg", "csv")


def export_files(
    paths: list[str | Path], out_dir: str | Path, formats: list[str] | tuple[str, ...]
) -> list[Path]:
    """Write zones files again as styled layers, a GeoPackage and/or the summary.

    Parameters
    ----------
    paths : list of str or Path
        GeoJSON or GeoPackage files geozone wrote.
    out_dir : str or Path
        Output folder; files are named after the scenario in the files (or
        the first file's name): ``<name>-<layer>.geojson`` with ``.qml``,
        ``<name>.gpkg``, ``<name>-summary.csv``.
    formats : sequence of {"geojson", "gpkg", "csv"}
        What to write.

    Returns
    -------
    list of Path
        The files written.
    """
    from .layerfile import read_layers
    from .measure import measure_layers

    bad = [f for f in formats if f not in EXPORT_FORMATS]
    if bad or not formats:
        raise InputError(
            f"--format {bad[0] if bad else ''!r}", "is unknown", "use geojson, gpkg or csv"
        )
    layers = read_layers(paths)
    summary = measure_layers(layers)
    prefix = _files_name(layers, paths)
    frames = split_layers(layers, summary)
    out = Path(out_dir)
    written: list[Path] = []
    if "geojson" in formats:
        written += write_geojson_set(frames, out, prefix)
    if "gpkg" in formats:
        written.append(write_geopackage(frames, out / f"{prefix}.gpkg"))
    if "csv" in formats:
        written.append(write_csv(summary, out / f"{prefix}-summary.csv"))
    return written


_LONLAT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


def resolve_toward(toward: str, line: np.ndarray) -> int:
    """The side (``zones.RIGHT`` or ``zones.LEFT``) a place or ``LON,LAT`` lies on.

    Place names are looked up in the gazetteer of the country the line's
    middle vertex lies in.
    """
    from .geodesy import side_of

    m = _LONLAT.match(toward)
    if m:
        lon, lat = float(m.group(1)), float(m.group(2))
        if abs(lon) > 180 or abs(lat) > 90:
            raise InputError(f"--toward {toward!r}", "is out of range", "give LON,LAT in degrees")
    else:
        mid = line[len(line) // 2]
        country = country_at(float(mid[0]), float(mid[1]))
        if country is None:
            raise InputError(
                f"--toward {toward!r}",
                "cannot be looked up: the line's middle is not in any country",
                "give the point as LON,LAT",
            )
        place = load_country(country).lookup(toward)
        lon, lat = place.lon, place.lat
    sign = int(side_of([lon], [lat], line)[0])
    if sign == 0:
        raise InputError(f"--toward {toward!r}", "lies on the line", "name a point off the line")
    return sign


def buffer(
    line: np.ndarray,
    widths_km: list[float],
    semantics: str = "total",
    toward: str | None = None,
    tolerance_m: float = zones.DEFAULT_TOLERANCE_M,
) -> gpd.GeoDataFrame:
    """Zones of several widths along any line.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees (EPSG:4326).
    widths_km : list of float
        Widths in km.
    semantics : {"total", "per_side", "depth"}
        How to read the widths.
    toward : str, optional
        For ``depth``: a place name or ``LON,LAT`` on the zone's side.
    tolerance_m : float
        Boundary accuracy target, metres.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per width: ``width_km``, ``semantics``, ``area_km2``
        (geodesic), ``max_error_m``, ``vertices``, ``method``; EPSG:4326.
    """
    semantics = semantics.replace("-", "_")
    if semantics not in zones.SEMANTICS:
        raise InputError(f"--semantics {semantics!r}", "is unknown", "use total, per-side or depth")
    xy = zones.clean_line(line)
    side = None
    if semantics == "depth":
        if not toward:
            raise InputError("--semantics depth", "needs a side", "add --toward PLACE or LON,LAT")
        side = resolve_toward(toward, xy)
    rows = []
    for km in sorted(set(widths_km)):
        geom = zones.zone(xy, km, semantics, side, tolerance_m)
        err = zones.geodesic_error(
            geom, xy, zones.half_width_m(km, semantics), semantics == "depth"
        )
        rows.append(
            dict(
                width_km=km,
                semantics=semantics,
                area_km2=round(geodesic_area_km2(geom), 3),
                max_error_m=round(err.max_abs_m, 3),
                vertices=err.vertices,
                method=METHOD.format(tol=tolerance_m),
                geometry=geom,
            )
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
