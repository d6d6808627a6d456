"""The main job, the map and the export: from inputs to written files, one call each."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..errors import InputError
from ..io.atomic import output_file, output_folder, staged_folder
from ..io.geojson import write_claims, write_csv, write_geojson
from ..io.layers import read_layers, split_layers
from ..io.layerset import write_geojson_set, write_geopackage
from ..scenario import Scenario, load_scenario
from ..web.page import render_map, write_map
from .buffer import buffer, resolve_toward
from .context import scenario_features
from .coverage import measure_layers
from .zonetable import build_bands, build_zones

SUMMARY_COLUMNS = (
    "variant",
    "area_km2",
    "places_inside",
    "places_inside_certain",
    "places_inside_possible",
    "population_inside",
    "population_low",
    "population_high",
    "max_error_m",
)


@dataclass(frozen=True)
class BuildResult:
    """What the main job produced.

    ``zones`` are the zones and rings (:func:`build_zones`), ``layers`` every
    layer the build wrote (zones, rings, margin bands and context layers,
    EPSG:4326) and ``summary`` the figures measured on them.
    """

    scenario: Scenario
    zones: gpd.GeoDataFrame
    summary: pd.DataFrame
    files: tuple[Path, ...]
    layers: gpd.GeoDataFrame | None = None


def all_layers(zone_frame: gpd.GeoDataFrame, feats: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Zones, rings (and bands) and the scenario's features in one frame (EPSG:4326)."""
    return gpd.GeoDataFrame(
        pd.concat([zone_frame, feats], ignore_index=True), geometry="geometry", crs="EPSG:4326"
    )


def drawn(layers: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The layers the map page draws: all but the margin bands (those are measured)."""
    return layers[layers["layer"] != "band"]


def build(
    scenario_path: str | Path | None = None, out_dir: str | Path = "maps", figure: bool = True
) -> BuildResult:
    """Build a scenario's zones, map, figure, layers and summary.

    Parameters
    ----------
    scenario_path : str or Path, optional
        Scenario folder (default: the Idlib 2018 scenario).
    out_dir : str or Path
        Where ``<id>.html``, ``<id>.geojson`` (all layers), ``<id>.gpkg``
        (all layers, styled), ``<id>-layers/`` (a GeoJSON and a QML per
        layer), ``<id>-summary.csv`` and, when the scenario reads reports,
        ``<id>-claims.json`` go.
    figure : bool
        Also write ``<id>.png``, the print-quality static map
        (:mod:`geozone.figure`, 300 dpi).
    """
    output_folder(out_dir)
    scenario = load_scenario(scenario_path)
    zone_frame = build_zones(scenario)
    with_bands = all_layers(zone_frame, build_bands(scenario))
    layers = all_layers(with_bands, scenario_features(scenario, with_bands))
    summary = measure_layers(layers)
    notes = scenario.claims.disagreements if scenario.claims is not None else ()
    fmap = render_map(drawn(layers), summary, scenario.title, notes)
    frames = split_layers(layers, summary)
    out = Path(out_dir)
    with staged_folder(out) as stage:
        staged = [
            write_geojson(layers, stage / f"{scenario.id}.geojson"),
            write_csv(summary, stage / f"{scenario.id}-summary.csv"),
            write_map(fmap, stage / f"{scenario.id}.html"),
            write_geopackage(frames, stage / f"{scenario.id}.gpkg"),
            *write_geojson_set(frames, stage / f"{scenario.id}-layers", scenario.id),
        ]
        if scenario.claims is not None:
            staged.append(write_claims(scenario.claims, stage / f"{scenario.id}-claims.json"))
        if figure:
            from ..figure import FigureOptions, write_figure
            from ..figure.render import render_figure

            fig = render_figure(
                drawn(layers), summary, FigureOptions(date=scenario.date), title=scenario.title
            )
            staged.append(write_figure(fig, stage / f"{scenario.id}.png"))
        files = tuple(out / p.relative_to(stage) for p in staged)
    return BuildResult(scenario, zone_frame, summary, files, layers)


def _files_name(layers: gpd.GeoDataFrame, paths: list[str | Path]) -> str:
    """The scenario the layers name, else the first file's name."""
    named = layers["scenario"].dropna() if "scenario" in layers.columns else []
    if len(named):
        return str(named.iloc[0])
    return "zones" if str(paths[0]) == "-" else Path(paths[0]).stem


def map_files(
    paths: list[str | Path], out: str | Path, title: str | None = None
) -> tuple[Path, pd.DataFrame]:
    """Render exported zones files as the comparison page.

    Parameters
    ----------
    paths : list of str or Path
        GeoJSON or GeoPackage files (:func:`geozone.io.layers.read_layers`).
    out : str or Path
        The HTML file to write (atomically), or ``-`` for standard output.
    title : str, optional
        Page title (default: the scenario named in the files, else the
        first file's name).

    Returns
    -------
    tuple of (Path, pandas.DataFrame)
        The page written and the figures it shows.
    """

    from .coverage import measure_layers

    if str(out) != "-":
        output_file(out, (".html", ".htm"), "out")
    layers = read_layers(paths)
    summary = measure_layers(layers)
    if title is None:
        title = _files_name(layers, paths)
    fmap = render_map(drawn(layers), summary, title)
    if str(out) == "-":
        import sys

        from ..web.page import map_html

        sys.stdout.write(map_html(fmap))
        sys.stdout.flush()
        return Path("-"), summary
    page = write_map(fmap, out)
    return page, summary


def figure_files(paths: list[str | Path], out: str | Path, options=None):
    """Draw exported zones files as a print-quality static map.

    Parameters
    ----------
    paths : list of str or Path
        GeoJSON or GeoPackage files geozone wrote (:func:`read_layers`).
    out : str or Path
        The ``.png``, ``.svg`` or ``.pdf`` file to write (atomically).
    options : geozone.figure.FigureOptions, optional
        Size, extent, variants, resolution, style, small multiples.

    Returns
    -------
    tuple of (Path, geozone.figure.render.FigureResult)
        The file written and the drawn figure (its variants and the boxes
        of its parts).
    """
    from ..figure import FIGURE_SUFFIXES, FigureOptions
    from ..figure.render import render_figure, write_figure
    from .coverage import measure_layers

    output_file(out, FIGURE_SUFFIXES, "out")
    options = options or FigureOptions()
    layers = read_layers(paths)
    summary = measure_layers(layers)
    title = options.title or _files_name(layers, paths)
    drawn = render_figure(layers, summary, options, title=title)
    return write_figure(drawn, out), drawn


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

    bad = [f for f in formats if f not in EXPORT_FORMATS]
    if bad or not formats:
        raise InputError(
            f"format={bad[0] if bad else ''!r}", "is unknown", "use geojson, gpkg or csv"
        )
    output_folder(out_dir)
    layers = read_layers(paths)
    summary = measure_layers(layers)
    prefix = _files_name(layers, paths)
    frames = split_layers(layers, summary)
    out = Path(out_dir)
    written: list[Path] = []
    with staged_folder(out) as stage:
        if "geojson" in formats:
            written += write_geojson_set(frames, stage, prefix)
        if "gpkg" in formats:
            written.append(write_geopackage(frames, stage / f"{prefix}.gpkg"))
        if "csv" in formats:
            written.append(write_csv(summary, stage / f"{prefix}-summary.csv"))
        written = [out / p.relative_to(stage) for p in written]
    return written


__all__ = [
    "BuildResult",
    "buffer",
    "build",
    "export_files",
    "figure_files",
    "map_files",
    "resolve_toward",
]
