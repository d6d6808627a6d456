"""The exported layer schema: the zone fields, each layer's columns, splitting and reading back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shapely

from ..errors import InputError
from ..geometry.measure import geodesic_area_km2

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

ZONE_COLUMNS = [
    "layer",
    "scenario",
    "variant",
    "width_km",
    "semantics",
    "side",
    "inner_km",
    "outer_km",
    "area_km2",
    "unclipped_area_km2",
    "max_error_m",
    "vertices",
    "method",
    "sources",
    "reading",
    "press_only",
    "reported_by",
    "uncertainty",
]
"""The fields of every zone and ring row, in order."""

BAND_COLUMNS = [
    "layer",
    "scenario",
    "variant",
    "width_km",
    "semantics",
    "side",
    "band",
    "applies_to",
    "uncertainty",
    "area_km2",
]
"""The fields of a margin band row: a zone shrunk (``certain``) or grown (``possible``)."""

_ZONE_FIELDS = [c for c in ZONE_COLUMNS if c != "layer"]

LAYER_COLUMNS = {
    "zones": _ZONE_FIELDS,
    "rings": _ZONE_FIELDS,
    "line": ["scenario", "name", "length_km", "note"],
    "routes": ["scenario", "route", "name", "from", "to", "length_km", "note"],
    "reported_routes": ["scenario", "name", "from", "to", "length_km", "note", "sources"],
    "places": [
        "scenario",
        "name",
        "geonames_name",
        "side",
        "population",
        "population_source",
        "footprint_km",
        "geonameid",
        "inside",
        "note",
    ],
    "sides": ["scenario", "name", "side", "area_km2", "note"],
    "clip": ["scenario", "name", "area_km2", "note"],
    "bands": [c for c in BAND_COLUMNS if c != "layer"],
}
"""The exported layers and their fields (each also has ``layer``: what its rows are)."""

_LAYER_ROWS = {
    "zones": "zone",
    "rings": "ring",
    "line": "line",
    "routes": "route",
    "reported_routes": "reported_route",
    "places": "place",
    "sides": "side_area",
    "clip": "clip",
    "bands": "band",
}


def split_layers(
    layers: gpd.GeoDataFrame, summary: pd.DataFrame | None = None
) -> dict[str, gpd.GeoDataFrame]:
    """The combined frame as one frame per exported layer, with that layer's fields.

    Parameters
    ----------
    layers : geopandas.GeoDataFrame
        Zones, rings and context rows with a ``layer`` column (EPSG:4326).
    summary : pandas.DataFrame, optional
        Per-variant figures; zones then carry their figures as fields
        (places, people, ranges) and routes get ``km_in_<variant>``, the
        geodesic km of the route inside each variant.

    Returns
    -------
    dict of str to geopandas.GeoDataFrame
        Only the layers that have rows, in :data:`LAYER_COLUMNS` order.
    """
    import geopandas as gpd
    import pandas as pd

    frames = {}
    named = layers.rename(columns={"start": "from", "end": "to"})
    for name, columns in LAYER_COLUMNS.items():
        rows = named[named["layer"] == _LAYER_ROWS[name]]
        if not len(rows):
            continue
        frame = gpd.GeoDataFrame(
            {c: rows[c].values if c in rows.columns else None for c in ["layer", *columns]},
            geometry=rows.geometry.values,
            crs="EPSG:4326",
        )
        if name == "zones" and summary is not None:
            by_variant = summary.set_index("variant")
            for col in by_variant.columns:
                if col not in frame.columns:
                    frame[col] = [
                        by_variant.at[v, col] if v in by_variant.index else None
                        for v in frame["variant"]
                    ]
        if name == "routes" and summary is not None:
            for v in summary.itertuples():
                frame[f"km_in_{v.variant}"] = [
                    getattr(v, f"{rid}_km", None) if f"{rid}_km" in summary.columns else None
                    for rid in frame["route"]
                ]
        if name in ("zones", "rings"):
            frame["vertices"] = frame["vertices"].astype("Int64")
            frame["press_only"] = frame["press_only"].astype("boolean")
        if name == "places":
            # 0 is how GeoNames says "unknown": written blank (null), never as 0 people
            pop = pd.to_numeric(frame["population"], errors="coerce")
            frame["population"] = pop.where(pop > 0).round().astype("Int64")
            frame["geonameid"] = frame["geonameid"].astype("Int64")
        frames[name] = frame
    return frames


_FIX = "give a zones file that geozone build, export or buffer wrote"
_BY_TYPE = {
    "Polygon": "zone",
    "MultiPolygon": "zone",
    "LineString": "line",
    "MultiLineString": "line",
    "Point": "place",
    "MultiPoint": "place",
}


def _read_stdin() -> list[gpd.GeoDataFrame]:
    """Layers from GeoJSON piped to standard input (``-``)."""

    import sys
    import tempfile

    if sys.stdin is None or sys.stdin.isatty():
        raise InputError(
            "standard input",
            "is a terminal, not a file",
            "pipe zones in (geozone buffer ... | geozone map - -o map.html) or name the file",
        )
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    data = data.encode("utf-8") if isinstance(data, str) else data
    if not data.strip():
        raise InputError("standard input", "is empty", "pipe a zones GeoJSON in")
    with tempfile.TemporaryDirectory(prefix="geozone-") as folder:
        tmp = Path(folder) / "stdin.geojson"
        tmp.write_bytes(data)
        try:
            return _read(tmp)
        except InputError as exc:
            raise InputError("standard input", exc.problem, exc.fix) from None


def _read(path: Path) -> list[gpd.GeoDataFrame]:
    import geopandas as gpd
    import pyogrio

    if str(path) == "-":
        return _read_stdin()
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
    import geopandas as gpd
    import pandas as pd

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
