"""Reading exported layers back (GeoJSON or GeoPackage) into one frame of zones and context."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from .errors import InputError
from .variants import geodesic_area_km2

_FIX = "give a zones file that geozone build, export or buffer wrote"
_BY_TYPE = {
    "Polygon": "zone",
    "MultiPolygon": "zone",
    "LineString": "line",
    "MultiLineString": "line",
    "Point": "place",
    "MultiPoint": "place",
}


def _read(path: Path) -> list[gpd.GeoDataFrame]:
    import pyogrio

    if not path.exists():
        raise InputError(str(path), "does not exist", "check the path")
    if path.is_dir():
        raise InputError(str(path), "is a folder", "name a .geojson or .gpkg file in it")
    try:
        names = [row[0] for row in pyogrio.list_layers(path)]
        frames = [pyogrio.read_dataframe(path, layer=n) for n in names]
    except Exception as exc:
        detail = (str(exc).splitlines() or [type(exc).__name__])[0]
        detail = detail.replace(f"'{path}' ", "").split(";")[0].rstrip(".")
        raise InputError(
            str(path), f"cannot be read as GeoJSON or GeoPackage ({detail})", _FIX
        ) from None
    out = []
    for name, frame in zip(names, frames, strict=True):
        if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.isna().all():
            continue  # a table without shapes (e.g. a style table)
        if frame.crs is None:
            raise InputError(
                f"{path} layer {name}",
                "has no coordinate system",
                "write it in EPSG:4326 longitude/latitude",
            )
        out.append(frame.to_crs("EPSG:4326") if frame.crs.to_epsg() != 4326 else frame)
    return out


def read_layers(paths: list[str | Path]) -> gpd.GeoDataFrame:
    """Zones and context layers from files, as :func:`geozone.render_map` takes them.

    Parameters
    ----------
    paths : list of str or Path
        GeoJSON or GeoPackage files (every layer of a GeoPackage is read).
        Rows without a ``layer`` column are classed by their shape:
        polygons are zones, lines the line, points places.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326, with ``layer`` on every row and, on zones, ``variant``
        (``<semantics>-<width>km`` when missing), ``semantics``, ``side``
        and ``area_km2`` (geodesic, computed when missing).

    Raises
    ------
    InputError
        If a file is missing or unreadable, or no zone in them has a width.
    """
    if not paths:
        raise InputError("zones", "no file given", "name one or more zones files")
    frames = []
    for p in paths:
        for frame in _read(Path(p)):
            frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty].copy()
            frame = frame.rename(columns={"from": "start", "to": "end"})
            if "layer" not in frame.columns:
                frame["layer"] = [_BY_TYPE.get(t, "other") for t in frame.geom_type]
            frames.append(frame)
    if not frames:
        raise InputError(", ".join(map(str, paths)), "holds no shapes", _FIX)
    layers = gpd.GeoDataFrame(
        pd.concat(frames, ignore_index=True), geometry="geometry", crs="EPSG:4326"
    )
    layers["layer"] = layers["layer"].fillna("other").astype(str)
    zones = layers["layer"].isin(["zone", "ring"])
    if not zones.any():
        raise InputError(", ".join(map(str, paths)), "holds no zone polygons", _FIX)
    if "width_km" not in layers.columns or layers.loc[zones, "width_km"].isna().any():
        raise InputError(", ".join(map(str, paths)), "has zones without a width_km property", _FIX)
    for col, default in (("semantics", "unspecified"), ("side", ""), ("sources", "")):
        if col not in layers.columns:
            layers[col] = default
        layers.loc[zones, col] = layers.loc[zones, col].fillna(default)
    if "max_error_m" not in layers.columns:
        layers["max_error_m"] = None
    if "variant" not in layers.columns:
        layers["variant"] = None
    missing = zones & layers["variant"].isna()
    layers.loc[missing, "variant"] = [
        f"{s}-{w:g}km"
        for s, w in zip(
            layers.loc[missing, "semantics"], layers.loc[missing, "width_km"], strict=True
        )
    ]
    if "area_km2" not in layers.columns:
        layers["area_km2"] = None
    no_area = zones & layers["area_km2"].isna()
    layers.loc[no_area, "area_km2"] = [
        round(geodesic_area_km2(g), 3) for g in layers.loc[no_area, "geometry"]
    ]
    if (layers["layer"] == "ring").any():
        for col in ("inner_km", "outer_km"):
            if col not in layers.columns:
                raise InputError(", ".join(map(str, paths)), f"has rings without {col}", _FIX)
    layers["geometry"] = shapely.make_valid(layers.geometry.values)
    return layers
