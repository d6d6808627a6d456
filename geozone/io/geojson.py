"""Writing layers and records: GeoJSON (RFC 7946, 7 decimals, CCW exteriors), CSV, claims JSON."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import shapely

from ..geometry.antimeridian import split_lines
from .atomic import write_atomic

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from ..claims import ClaimSet

DECIMALS = 7
"""Coordinate decimals in GeoJSON: 1 cm at the equator."""


def json_value(value):
    """A table value as a JSON value (numpy scalars unwrapped, NaN/NA as null)."""
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        return None if math.isnan(value) else float(value)
    if value is None or type(value).__name__ == "NAType":  # pandas' NA
        return None
    return value


def feature_collection(frame: gpd.GeoDataFrame) -> dict:
    """A GeoDataFrame (EPSG:4326) as an RFC 7946 FeatureCollection dict.

    Polygon exteriors are counter-clockwise, holes clockwise, coordinates
    rounded to 7 decimals, lines across the antimeridian cut there; missing
    values become null.
    """
    props = frame.drop(columns=frame.geometry.name)
    rows = [dict(row.items()) for _, row in props.iterrows()]
    return {"type": "FeatureCollection", "features": _features(rows, frame.geometry.values)}


def _features(rows: list[dict], geoms) -> list[dict]:
    """GeoJSON features of property dicts and their shapes (lon/lat); see feature_collection."""
    # snapping to the 7-decimal grid in GEOS's valid-output mode: rounding each
    # point on its own can make a thin ring cross itself
    # a line across ±180° is cut there, as RFC 7946 asks (zones are built cut)
    geoms = split_lines(geoms)
    geoms = shapely.orient_polygons(shapely.set_precision(geoms, 10.0**-DECIMALS))
    return [
        {
            "type": "Feature",
            "properties": {k: json_value(v) for k, v in row.items()},
            "geometry": geometry_json(geom),
        }
        for geom, row in zip(geoms, rows, strict=True)
    ]


def geometry_json(geom, decimals: int = DECIMALS) -> dict | None:
    """A shape as a GeoJSON geometry dict, coordinates rounded (None when empty)."""
    if geom is None or geom.is_empty:
        return None
    kind = geom.geom_type
    if kind in ("Polygon", "MultiPolygon", "LineString", "MultiLineString"):
        # rings rounded as arrays: a zone has tens of thousands of coordinates
        def seq(g):
            raw = shapely.get_coordinates(g)
            xy = np.round(raw, decimals)
            # near a tie numpy's scaled rounding may differ from round(): use round() there
            frac = np.abs(np.abs(raw * 10.0**decimals) % 1.0 - 0.5)
            for i, j in zip(*np.nonzero(frac < 1e-6), strict=True):
                xy[i, j] = round(float(raw[i, j]), decimals)
            return xy.tolist()

        def poly(p):
            return [seq(p.exterior), *(seq(r) for r in p.interiors)]

        one = poly if kind.endswith("Polygon") else seq
        coords = [one(g) for g in geom.geoms] if kind.startswith("Multi") else one(geom)
        return {"type": kind, "coordinates": coords}
    mapping = shapely.geometry.mapping(geom)

    def walk(c):
        if isinstance(c, list | tuple) and c and isinstance(c[0], int | float):
            return [round(float(x), decimals) for x in c[:2]]
        return [walk(x) for x in c]

    return {"type": mapping["type"], "coordinates": walk(mapping["coordinates"])}


def geojson_text(frame: gpd.GeoDataFrame) -> str:
    """The GeoJSON text of a frame: stable key order, one feature per line."""
    return _text(feature_collection(frame)["features"])


def records_geojson_text(records: list[dict], columns: list[str] | tuple[str, ...]) -> str:
    """The GeoJSON text of records (dicts with ``columns``, one of them ``geometry``, lon/lat).

    The same text as :func:`geojson_text` of a frame of the records, without
    building the frame; a number in a column that also holds blanks stays a
    whole number here.
    """
    keys = [c for c in columns if c != "geometry"]
    rows = [{k: r.get(k) for k in keys} for r in records]
    return _text(_features(rows, [r["geometry"] for r in records]))


def _text(features: list[dict]) -> str:
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def write_geojson(frame: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write a frame as GeoJSON, atomically."""
    return write_atomic(path, geojson_text(frame))


def write_csv(table: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as UTF-8 CSV, atomically."""
    return write_atomic(path, table.to_csv(index=False, lineterminator="\n"))


def write_claims(claims: ClaimSet, path: str | Path) -> Path:
    """Write a claim set as the JSON of ``geozone claims --json`` (UTF-8, indented)."""
    return write_atomic(path, json.dumps(claims.to_json(), ensure_ascii=False, indent=2) + "\n")
