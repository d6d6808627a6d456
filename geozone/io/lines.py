"""Reading a user's line from a file or standard input: GeoJSON, GeoPackage, KML, shapefile.

The reader finds the one line in the input whatever wraps it (a bare
geometry, a Feature, a FeatureCollection, a layer), reprojects it to
EPSG:4326 when the input declares another CRS, and checks its coordinates
(:mod:`geozone.linecheck`). Anything it cannot use becomes an
:class:`~geozone.errors.InputError` naming the input and the fix; anything
it changed or ignored becomes a :class:`~geozone.errors.GeozoneWarning`.
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from ..errors import GeozoneWarning, InputError
from ..geometry.checks import check_line

_FIX = "give one LineString in GeoJSON, GeoPackage or KML, in longitude/latitude degrees"
OGR_SUFFIXES = (".gpkg", ".kml", ".shp", ".fgb", ".gml", ".gpx")
"""Line files read through GDAL rather than geozone's own GeoJSON reader."""
_LINE_TYPES = ("LineString", "MultiLineString")
_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (a KMZ or an Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)


def _note(text: str) -> None:
    warnings.warn(text, GeozoneWarning, stacklevel=3)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _summary(kinds: list[str]) -> str:
    counts = Counter(kinds)
    return ", ".join(_plural(n, kind) for kind, n in sorted(counts.items())) or "nothing"


def _flatten(geom: Any, found: list[tuple[str, Any]]) -> None:
    """Collect (type, coordinates) of each GeoJSON geometry, opening GeometryCollections."""
    if not isinstance(geom, dict):
        found.append(("Feature without geometry", None))
        return
    kind = str(geom.get("type"))
    if kind == "GeometryCollection":
        for part in geom.get("geometries") or []:
            _flatten(part, found)
        return
    found.append((kind, geom.get("coordinates")))


def _geojson_geometries(obj: Any, where: str) -> list[tuple[str, Any]]:
    kind = obj.get("type") if isinstance(obj, dict) else None
    found: list[tuple[str, Any]] = []
    if kind == "FeatureCollection":
        feats = obj.get("features")
        if not isinstance(feats, list) or not feats:
            raise InputError(where, "is a FeatureCollection with no features", _FIX)
        for f in feats:
            _flatten(f.get("geometry") if isinstance(f, dict) else None, found)
    elif kind == "Feature":
        _flatten(obj.get("geometry"), found)
    elif kind in (
        *_LINE_TYPES,
        "Point",
        "MultiPoint",
        "Polygon",
        "MultiPolygon",
        "GeometryCollection",
    ):
        _flatten(obj, found)
    else:
        what = f"type {kind!r}" if kind else f"a JSON {type(obj).__name__}, no 'type'"
        raise InputError(where, f"is JSON but not GeoJSON ({what})", _FIX)
    return found


def pick_line(found: list[tuple[str, Any]], where: str) -> list:
    """The one line among an input's geometries.

    Parameters
    ----------
    found : list of (str, coordinates)
        Each geometry's GeoJSON type and coordinates.
    where : str
        The input's name, for messages.

    Returns
    -------
    list
        The line's vertices. Pieces that join end to end are merged into one
        line (with a note); other geometries beside one line are ignored
        (with a note).

    Raises
    ------
    InputError
        If there is no line (saying what was found instead) or several
        separate lines.
    """
    parts = []
    others = []
    for kind, coords in found:
        if kind == "LineString" and isinstance(coords, list):
            parts.append(coords)
        elif kind == "MultiLineString" and isinstance(coords, list):
            parts.extend(c for c in coords if isinstance(c, list))
        else:
            others.append(kind)
    if not parts:
        kinds = set(others)
        if kinds & {"Polygon", "MultiPolygon"}:
            fix = "give the line itself as a LineString (geozone does not read an outline as one)"
        elif kinds & {"Point", "MultiPoint"}:
            fix = "join the points, in order, into one LineString"
        else:
            fix = _FIX
        raise InputError(where, f"holds no line (found {_summary(others)})", fix)
    if others:
        _note(f"{where}: ignored {_summary(others)} beside the line")
    if len(parts) == 1:
        return parts[0]
    try:
        pieces = [shapely.linestrings(_east_edge(p)) for p in parts]
    except (ValueError, TypeError, IndexError, shapely.errors.GEOSException):
        raise InputError(where, "has line parts with bad coordinates", _FIX) from None
    merged = shapely.line_merge(shapely.multilinestrings(pieces), directed=True)
    if merged.geom_type == "LineString":
        _note(f"{where}: joined {len(parts)} line parts that meet end to end into one line")
        return shapely.get_coordinates(merged).tolist()
    merged = shapely.line_merge(shapely.multilinestrings(pieces))
    if merged.geom_type == "LineString":
        _note(
            f"{where}: joined {len(parts)} line parts that meet end to end, some of them "
            "reversed, into one line running from the first part's start"
        )
        coords = shapely.get_coordinates(merged)
        start = np.asarray(parts[0], dtype=float)[0, :2]
        if not np.allclose(coords[0], start) and np.allclose(coords[-1], start):
            coords = coords[::-1]
        return coords.tolist()
    gap_m = _largest_gap_m(pieces)
    raise InputError(
        where,
        f"holds {len(parts)} separate lines"
        + (f" ({gap_m:,.0f} m apart where they come closest)" if gap_m is not None else ""),
        "give one line, or pieces that each start where another ends",
    )


def _east_edge(coords: list) -> np.ndarray:
    """A part's vertices (n, 2 lon/lat degrees) with longitude -180 written as 180.

    Both are the same meridian: parts cut at the antimeridian (RFC 7946)
    then meet end to end and join into one line that crosses it.
    """
    xy = np.array(coords, dtype=float)[:, :2]
    xy[xy[:, 0] == -180.0, 0] = 180.0
    return xy


def _largest_gap_m(pieces: list) -> float | None:
    """The largest of the distances (m) between each part's ends and the nearest other part's end.

    That is the gap that keeps the parts from joining into one line.
    """
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    ends = [(i, shapely.get_coordinates(p)[k]) for i, p in enumerate(pieces) for k in (0, -1)]
    gaps = []
    for i, piece in enumerate(pieces):
        best = None
        for j, (x, y) in ends:
            if j == i:
                continue
            for px, py in shapely.get_coordinates(piece)[[0, -1]]:
                d = geod.inv(px, py, x, y)[2]
                best = d if best is None or d < best else best
        if best is not None:
            gaps.append(best)
    return max(gaps) if gaps else None


def _crs_member(obj: Any, where: str) -> Any:
    """The CRS a GeoJSON's legacy ``crs`` member declares, or None for longitude/latitude."""
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    spec = obj.get("crs") if isinstance(obj, dict) else None
    if spec is None:
        return None
    name = (spec.get("properties") or {}).get("name") if isinstance(spec, dict) else None
    if not isinstance(name, str):
        raise InputError(
            where, "has a crs member without a CRS name", "remove it and give EPSG:4326 coordinates"
        )
    try:
        crs = CRS.from_user_input(name)
    except CRSError:
        raise InputError(
            where, f"declares CRS {name!r}, which geozone does not know", "reproject to EPSG:4326"
        ) from None
    return None if crs.equals(CRS.from_epsg(4326), ignore_axis_order=True) else crs


def _to_lonlat(coords: list, crs: Any, where: str) -> list:
    """Coordinates reprojected from ``crs`` to EPSG:4326 longitude/latitude."""
    from pyproj import Transformer

    xy = _plain(coords, where)
    lon, lat = Transformer.from_crs(crs, 4326, always_xy=True).transform(xy[:, 0], xy[:, 1])
    _note(f"{where}: reprojected from {crs.to_string()} ({crs.name}) to EPSG:4326")
    return np.column_stack([lon, lat]).tolist()


def _plain(coords: list, where: str) -> np.ndarray:
    try:
        xy = np.array(coords, dtype=float)[:, :2]
    except (TypeError, ValueError, IndexError):
        raise InputError(where, "has coordinates that are not number pairs", _FIX) from None
    if not np.isfinite(xy).all():
        raise InputError(where, "has NaN or infinite coordinates", "remove those vertices")
    return xy


_WKT = re.compile(r"^\s*(MULTI)?LINESTRING\b", re.I)
_NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?$")
_LAT_NAMES = {"lat", "latitude", "y"}
_LON_NAMES = {"lon", "lng", "long", "longitude", "x"}


def _text_line(text: str, where: str) -> list:
    """A line written as WKT (``LINESTRING (lon lat, ...)``) or CSV rows of two numbers.

    CSV columns are longitude then latitude, unless a header names them
    (``lat,lon``, ``latitude;longitude`` …); separators may be commas,
    semicolons or tabs.
    """
    if _WKT.match(text):
        try:
            geom = shapely.from_wkt(text.strip())
        except shapely.errors.GEOSException as exc:
            raise InputError(where, f"is not valid WKT ({exc})", "fix the WKT") from None
        found = [(geom.geom_type, None)]
        if geom.geom_type == "LineString":
            found = [("LineString", shapely.get_coordinates(geom).tolist())]
        elif geom.geom_type == "MultiLineString":
            found = [("LineString", shapely.get_coordinates(g).tolist()) for g in geom.geoms]
        return pick_line(found, where)
    rows = [r for r in re.split(r"\r?\n", text.strip()) if r.strip()]
    cells = [[c.strip().strip('"') for c in re.split(r"[,;\t]", r)] for r in rows]
    header = None
    if cells and not all(_NUMBER.match(c) for c in cells[0][:2] if c):
        header = [c.lower() for c in cells[0]]
        cells = cells[1:]
    numeric = [c for c in cells if len(c) >= 2 and _NUMBER.match(c[0]) and _NUMBER.match(c[1])]
    if not cells or len(numeric) != len(cells):
        first = text.strip().splitlines()[0][:40]
        raise InputError(
            where,
            f"is neither GeoJSON, WKT nor CSV (it starts {first!r})",
            "give a GeoJSON LineString, a WKT LINESTRING, or CSV rows of lon,lat",
        )
    lon_i, lat_i = 0, 1
    if header is not None:
        names = header + [""] * 2
        lat_at = [i for i, n in enumerate(names) if n in _LAT_NAMES]
        lon_at = [i for i, n in enumerate(names) if n in _LON_NAMES]
        if lat_at and lon_at:
            lon_i, lat_i = lon_at[0], lat_at[0]
    else:
        _note(f"{where}: CSV without a header: columns read as longitude, latitude")
    if header is not None and (lon_i, lat_i) == (0, 1) and not set(header[:2]) & _LON_NAMES:
        _note(f"{where}: CSV columns read as longitude, latitude")
    try:
        return [[float(r[lon_i]), float(r[lat_i])] for r in numeric]
    except (IndexError, ValueError):
        raise InputError(where, "has CSV rows without lon and lat", "give lon,lat rows") from None


def parse_line(text: str, where: str = "line") -> np.ndarray:
    """The one line in a GeoJSON text, checked, in EPSG:4326.

    Parameters
    ----------
    text : str
        A FeatureCollection, Feature or geometry holding one line (pieces
        that join end to end are merged). A legacy ``crs`` member naming
        another CRS is honoured: the line is reprojected.
    where : str
        Name of the input, for messages.

    Returns
    -------
    numpy.ndarray
        (n, 2) lon/lat degrees, repeated vertices dropped.

    Raises
    ------
    InputError
        For empty or invalid JSON, GeoJSON without exactly one line, and
        bad coordinates (:func:`geozone.linecheck.check_line`).
    """
    if not text.strip():
        raise InputError(where, "is empty", _FIX)
    head = text.lstrip("\ufeff \t\r\n")
    if not head.startswith(("{", "[")):
        coords = _text_line(head, where)
        xy, notes = check_line(coords, where)
        for note in notes:
            _note(note)
        return xy
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) - 1:
            problem = f"ends before its JSON is complete (cut off at line {exc.lineno})"
            fix = "save or copy the whole file again"
        else:
            problem = f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
            fix = "fix the JSON syntax there"
        raise InputError(where, problem, fix) from None
    crs = _crs_member(obj, where)
    coords = pick_line(_geojson_geometries(obj, where), where)
    if crs is not None:
        coords = _to_lonlat(coords, crs, where)
    xy, notes = check_line(coords, where)
    for note in notes:
        _note(note)
    return xy


def _first_line(exc: Exception) -> str:
    """The first line of an exception's message, or its type when it has none."""
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _ogr_line(path: Path, layer: str | None, where: str) -> np.ndarray:
    """The one line in a GDAL-readable file (GeoPackage, KML, shapefile …)."""
    import pyogrio

    try:
        listed = pyogrio.list_layers(path)
    except Exception as exc:  # GDAL reports unreadable files with many exception types
        raise InputError(
            where, f"cannot be read as a GIS file ({_first_line(exc)})", _FIX
        ) from None
    names = [str(row[0]) for row in listed]
    kinds = {str(row[0]): str(row[1] or "Unknown") for row in listed}
    if layer is not None:
        if layer not in names:
            raise InputError(
                f"layer={layer!r}",
                f"is not in {where} (layers: {', '.join(names) or 'none'})",
                "give one of those names",
            )
        chosen = layer
    else:
        lines = [n for n in names if any(t in kinds[n] for t in ("Line", "Unknown"))]
        if {"tracks", "routes"} <= set(names):  # a GPX file: its tracks, else its routes
            counts = {}
            for n in ("tracks", "routes"):
                counts[n] = len(pyogrio.read_dataframe(path, layer=n, read_geometry=False))
            lines = [n for n in ("tracks", "routes") if counts[n]][:1] or ["tracks"]
        if not lines:
            found = ", ".join(f"{n} ({kinds[n]})" for n in names) or "no layers"
            raise InputError(where, f"has no line layer (found {found})", _FIX)
        if len(lines) > 1:
            raise InputError(
                where,
                f"has {len(lines)} layers that may hold lines ({', '.join(lines)})",
                "choose one with layer=NAME",
            )
        chosen = lines[0]
    label = f"{where} layer {chosen}" if len(names) > 1 else where
    try:
        frame = pyogrio.read_dataframe(path, layer=chosen)
    except Exception as exc:  # as above
        raise InputError(label, f"cannot be read ({_first_line(exc)})", _FIX) from None
    geoms = [g for g in frame.geometry if g is not None and not g.is_empty]
    found = []
    for g in geoms:
        parts = shapely.get_parts(g) if g.geom_type == "GeometryCollection" else [g]
        for part in parts:
            coords: Any = None
            if part.geom_type == "LineString":
                coords = shapely.get_coordinates(part).tolist()
            elif part.geom_type == "MultiLineString":
                coords = [shapely.get_coordinates(p).tolist() for p in part.geoms]
            found.append((part.geom_type, coords))
    if not found:
        raise InputError(label, "has no shapes", _FIX)
    coords = pick_line(found, label)
    if frame.crs is None:
        _note(f"{label}: declares no CRS; read as longitude/latitude (EPSG:4326)")
    elif not frame.crs.equals("EPSG:4326", ignore_axis_order=True):
        coords = _to_lonlat(coords, frame.crs, label)
    xy, notes = check_line(coords, label)
    for note in notes:
        _note(note)
    return xy


def _kind_of(data: bytes, suffix: str) -> str:
    """``"geojson"``, ``"ogr"`` or a description of what the bytes are instead."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:16]
    if head.startswith(b"SQLite format 3"):
        return "ogr"
    for magic, name in _SIGNATURES:
        if head.startswith(magic):
            return name
    if head.startswith((b"{", b"[")):
        return "geojson"
    if head.startswith(b"<"):
        return "ogr"
    if suffix in OGR_SUFFIXES:
        return "ogr"
    if b"\x00" in data[:4096]:
        return "a binary file"
    return "geojson"


def read_line(path: str | Path, layer: str | None = None) -> tuple[np.ndarray, str]:
    """Read the one line in a file, or ``-`` for GeoJSON on standard input.

    Parameters
    ----------
    path : str or Path
        GeoJSON (any wrapper), GeoPackage, KML, shapefile or FlatGeobuf, told
        apart by content rather than name.
    layer : str, optional
        The layer to read from a file with several.

    Returns
    -------
    xy : numpy.ndarray
        (n, 2) lon/lat degrees (EPSG:4326), checked.
    where : str
        The input's name, for later messages.

    Raises
    ------
    InputError
        If the input is missing, unreadable, not a line file, or its line is
        unusable; the message names the input and the fix.
    """
    if str(path) == "-":
        where = "standard input"
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError(
                where,
                "is a terminal, not a file",
                "pipe a GeoJSON line in (cat line.geojson | geozone buffer - …) or name the file",
            )
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
        text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
        return parse_line(text, where), where
    p = Path(path)
    where = str(p)
    if p.is_dir():
        raise InputError(where, "is a folder, not a line file", "name the file in it")
    if not p.exists():
        raise InputError(where, "does not exist", "check the path")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(
            where, f"cannot be read ({exc.strerror})", "check its permissions"
        ) from None
    if not data.strip():
        raise InputError(where, "is empty", _FIX)
    kind = _kind_of(data, p.suffix.lower())
    if kind == "ogr":
        return _ogr_line(p, layer, where), where
    if kind != "geojson":
        raise InputError(where, f"is {kind}, not a line file", _FIX)
    if layer is not None:
        raise InputError(f"layer={layer!r}", "applies only to files with layers", "drop it")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            where, f"is not UTF-8 text (byte {exc.start + 1})", "save it as UTF-8 GeoJSON"
        ) from None
    return parse_line(text, where), where
