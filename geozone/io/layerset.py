"""The exported layer set: a GeoJSON and a QML per layer, and one styled GeoPackage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import geopandas as gpd

from ..geometry.antimeridian import split_lines
from ..style import width_colours
from . import qml
from .atomic import atomic_path, write_atomic
from .geojson import DECIMALS, geojson_text

GEOMETRY_COLUMN = "geom"
"""The geometry column of every GeoPackage layer."""

FIXED_TIME = "2000-01-01T00:00:00.000Z"
"""The time stamp written into GeoPackages, so the same layers give the same bytes."""


def layer_styles(frames: dict[str, gpd.GeoDataFrame]) -> dict[str, str]:
    """The QML style of each layer, in the map's colours."""
    styles = {}
    colours = width_colours(
        w for n in ("zones", "rings") if n in frames for w in frames[n].width_km
    )
    for name, frame in frames.items():
        if name in ("zones", "rings"):
            variants = list(zip(frame.variant, frame.semantics, frame.width_km, strict=True))
            styles[name] = qml.zone_style(variants, ring=name == "rings", colours=colours)
        elif name == "line":
            styles[name] = qml.line_style()
        elif name == "routes":
            styles[name] = qml.route_style([str(r) for r in frame.route])
        elif name == "reported_routes":
            styles[name] = qml.reported_route_style()
        elif name == "places":
            sides = sorted(set(frame.side.fillna("")), key=lambda s: (s == "", s))
            styles[name] = qml.place_style(sides)
        elif name == "sides":
            styles[name] = qml.area_style("#c51b7d", 0.07, None)
        elif name == "bands":
            styles[name] = qml.area_style("#7a5195", 0.08, "2 2")
        elif name == "clip":
            styles[name] = qml.area_style("#555555", 0.0, "8 6")
    return styles


def write_geojson_set(
    frames: dict[str, gpd.GeoDataFrame], folder: str | Path, prefix: str
) -> list[Path]:
    """Write ``<prefix>-<layer>.geojson`` and its ``.qml`` for each layer, atomically.

    Returns
    -------
    list of Path
        The files written, GeoJSON then QML for each layer.
    """
    folder = Path(folder)
    styles = layer_styles(frames)
    written = []
    for name, frame in frames.items():
        base = folder / f"{prefix}-{name.replace('_', '-')}"
        written.append(write_atomic(base.with_suffix(".geojson"), geojson_text(frame)))
        written.append(write_atomic(base.with_suffix(".qml"), styles[name]))
    return written


def write_geopackage(frames: dict[str, gpd.GeoDataFrame], path: str | Path) -> Path:
    """Write every layer into one GeoPackage, with a ``layer_styles`` table QGIS applies.

    Coordinates are snapped to 7 decimals as in the GeoJSON; time stamps are
    fixed, so the same layers give the same bytes. The file appears at
    ``path`` only once complete.
    """
    import pyogrio
    import shapely

    path = Path(path)
    try:
        with atomic_path(path, suffix=".gpkg") as tmp:
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": FIXED_TIME})
            for name, frame in frames.items():
                snapped = frame.copy()
                # a line across ±180° is cut there, as in the GeoJSON (zones are built cut)
                snapped["geometry"] = shapely.orient_polygons(
                    shapely.set_precision(split_lines(frame.geometry.values), 10.0**-DECIMALS)
                )
                pyogrio.write_dataframe(
                    snapped,
                    tmp,
                    layer=name,
                    driver="GPKG",
                    append=tmp.exists(),
                    dataset_options={"VERSION": "1.2"},  # readable by LTS distributions' QGIS
                    layer_options={"GEOMETRY_NAME": GEOMETRY_COLUMN},
                )
            _add_styles(tmp, layer_styles(frames))
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": None})
    return path


def _add_styles(path: Path, styles: dict[str, str]) -> None:
    """Add QGIS's ``layer_styles`` table with one default style per layer."""
    con = sqlite3.connect(path)
    try:
        con.execute(
            "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
            "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
            "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
            "update_time DATETIME)"
        )
        for name, style in styles.items():
            con.execute(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, "
                "owner, ui, update_time) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', '', ?)",
                (name, GEOMETRY_COLUMN, name, style, f"geozone style for {name}", FIXED_TIME),
            )
        con.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
            "last_change) VALUES ('layer_styles', 'attributes', 'layer_styles', '', ?)",
            (FIXED_TIME,),
        )
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
