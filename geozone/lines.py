"""Reading a user's line from GeoJSON (a file or standard input) into lon/lat vertices."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from .errors import InputError

_FIX = "give a GeoJSON LineString in longitude/latitude degrees (EPSG:4326)"


def _geometries(obj: dict, where: str) -> list[dict]:
    kind = obj.get("type") if isinstance(obj, dict) else None
    if kind == "FeatureCollection":
        feats = obj.get("features") or []
        if not feats:
            raise InputError(where, "is a FeatureCollection with no features", _FIX)
        return [f.get("geometry") or {} for f in feats]
    if kind == "Feature":
        return [obj.get("geometry") or {}]
    if kind in (
        "LineString",
        "MultiLineString",
        "Point",
        "Polygon",
        "MultiPoint",
        "MultiPolygon",
        "GeometryCollection",
    ):
        return [obj]
    raise InputError(where, f"is not GeoJSON (type {kind!r})", _FIX)


def parse_line(text: str, where: str = "line") -> np.ndarray:
    """The one line in a GeoJSON text.

    Parameters
    ----------
    text : str
        A FeatureCollection, Feature or geometry holding exactly one
        LineString (or a MultiLineString of one part).
    where : str
        Name of the input, for error messages.

    Returns
    -------
    numpy.ndarray
        (n, 2) lon/lat degrees.
    """
    if not text.strip():
        raise InputError(where, "is empty", _FIX)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            where, f"is not valid JSON ({exc.msg} at line {exc.lineno})", _FIX
        ) from None
    if isinstance(obj, dict) and "crs" in obj:
        name = str((obj.get("crs") or {}).get("properties", {}).get("name", ""))
        if name and not any(tag in name for tag in ("4326", "CRS84")):
            raise InputError(where, f"declares CRS {name}", "reproject it to EPSG:4326 first")
    lines = []
    found = []
    for geom in _geometries(obj, where):
        kind = geom.get("type")
        found.append(str(kind))
        if kind == "LineString":
            lines.append(geom.get("coordinates") or [])
        elif kind == "MultiLineString" and len(geom.get("coordinates") or []) == 1:
            lines.append(geom["coordinates"][0])
    if len(lines) != 1:
        what = ", ".join(sorted(set(found))) or "nothing"
        raise InputError(
            where, f"holds {len(lines)} lines (found: {what})", "give exactly one LineString"
        )
    try:
        xy = np.array([[float(c[0]), float(c[1])] for c in lines[0]])
    except (TypeError, ValueError, IndexError):
        raise InputError(where, "has coordinates that are not number pairs", _FIX) from None
    if len(xy) < 2:
        raise InputError(where, "has a line with fewer than two vertices", _FIX)
    if np.all(np.isfinite(xy)) and np.max(np.abs(xy)) > 360:
        raise InputError(
            where, "has coordinates in metres, not degrees", "reproject it to EPSG:4326"
        )
    return xy


def read_line(path: str | Path) -> np.ndarray:
    """Read the line in a GeoJSON file (``-`` for standard input); see :func:`parse_line`."""
    if str(path) == "-":
        return parse_line(sys.stdin.read(), "standard input")
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), "does not exist", "check the path")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(str(p), "is not UTF-8 text", _FIX) from None
    return parse_line(text, str(p))
