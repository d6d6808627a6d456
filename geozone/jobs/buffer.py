"""Zones of several widths along any line (the ``buffer`` command's core).

The line comes from the user (:mod:`geozone.lines`), so everything about it
is checked here once more with the widths in hand: its side for depth zones
(``toward``), whether it crosses itself, and whether the widest zone stays
clear of the poles and the antimeridian.
"""

from __future__ import annotations

import re
import warnings

import geopandas as gpd
import numpy as np

from ..errors import GeozoneWarning, InputError
from ..geometry import zones
from ..geometry.checks import check_reach, self_crossing
from ..geometry.geodesy import side_of
from ..sources.gazetteer import load_country
from ..sources.naturalearth import country_at
from .zonetable import Width, zone_table

_LONLAT = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*,\s*([-+]?\d+(?:\.\d+)?)\s*$")
_SIDE_NAMES = {zones.RIGHT: "right", zones.LEFT: "left"}
BUFFER_COLUMNS = (
    "width_km",
    "semantics",
    "area_km2",
    "max_error_m",
    "vertices",
    "method",
    "geometry",
)


def _line_country(line: np.ndarray) -> str | None:
    """The country of the line's middle vertex, else of the first vertex in one."""
    order = [len(line) // 2, *range(len(line))]
    for i in order:
        country = country_at(float(line[i, 0]), float(line[i, 1]))
        if country is not None:
            return country
    return None


def resolve_toward(toward: str, line: np.ndarray) -> int:
    """The side (``zones.RIGHT`` or ``zones.LEFT``) a place or ``LON,LAT`` lies on.

    See :func:`toward_point`, which also gives the point.
    """
    return toward_point(toward, line)[0]


def toward_point(toward: str, line: np.ndarray) -> tuple[int, tuple[float, float]]:
    """The side a place or ``LON,LAT`` lies on, and the point (lon, lat degrees).

    Parameters
    ----------
    toward : str
        ``LON,LAT`` in degrees (EPSG:4326), or a place name looked up in the
        gazetteer of the country the line lies in.
    line : numpy.ndarray
        (n, 2) lon/lat degrees.

    Raises
    ------
    InputError
        If the point is out of range or on the line, or the name matches no
        place (the closest names are suggested) or several.
    """
    what = f"toward={toward!r}"
    m = _LONLAT.match(toward)
    if m:
        lon, lat = float(m.group(1)), float(m.group(2))
        if abs(lon) > 180 or abs(lat) > 90:
            raise InputError(what, "is out of range", "give LON,LAT in degrees, longitude first")
        label = f"{lon:g}, {lat:g}"
    else:
        country = _line_country(line)
        if country is None:
            raise InputError(
                what,
                "cannot be looked up: no vertex of the line lies in a country",
                "give the point as LON,LAT",
            )
        gazetteer = load_country(country)
        try:
            place = gazetteer.lookup(toward)
        except InputError as exc:
            near = ", ".join(gazetteer.suggest(toward))
            problem = (
                f"matches no place in {country} (closest: {near})"
                if near
                else f"matches no place in {country}, nor any close spelling"
            )
            if "matches" in exc.problem:
                problem = exc.problem
            raise InputError(
                what, problem, "check the spelling or give the point as LON,LAT"
            ) from None
        lon, lat = place.lon, place.lat
        label = f"{place.name} ({lon:.4f}, {lat:.4f})"
    sign = int(side_of([lon], [lat], line)[0])
    if sign == 0:
        raise InputError(what, "lies on the line", "name a point off the line")
    warnings.warn(
        f"{what}: {label} lies on the {_SIDE_NAMES[sign]} of the line",
        GeozoneWarning,
        stacklevel=3,
    )
    return sign, (lon, lat)


def _check_crossing(xy: np.ndarray, semantics: str, where: str) -> None:
    hit = self_crossing(xy)
    if hit is None:
        return
    at = f"({hit[0]:.5f}, {hit[1]:.5f})"
    closed = np.allclose(xy[0], xy[-1], atol=1e-9)
    how = "is closed (it ends where it starts)" if closed else f"crosses itself near {at}"
    if semantics == "depth":
        raise InputError(
            where,
            f"{how}, so its two sides are not defined there",
            "remove the loop, or use semantics=total",
        )
    warnings.warn(
        f"{where}: {how}; the zone is everything within the width of any part of it",
        GeozoneWarning,
        stacklevel=3,
    )


def buffer(
    line: np.ndarray,
    widths_km: list[float],
    semantics: str = "total",
    toward: str | None = None,
    tolerance_m: float = zones.DEFAULT_TOLERANCE_M,
    where: str = "line",
    cap: str = "round",
) -> gpd.GeoDataFrame:
    """Zones of several widths along any line.

    Parameters
    ----------
    line : numpy.ndarray
        (n, 2) lon/lat degrees (EPSG:4326).
    widths_km : list of float
        Widths in km (repeats are built once).
    semantics : {"total", "per_side", "depth"}
        How to read the widths; ``per-side`` is accepted too.
    toward : str, optional
        For ``depth`` (and only for it): a place name or ``LON,LAT`` on the
        zone's side.
    tolerance_m : float
        Boundary accuracy target, metres.
    where : str
        The line's name (e.g. its file), for messages.
    cap : {"round", "flat"}
        How zones end beyond the line's ends: round (everything within the
        width of the ends) or flat (on the geodesic perpendiculars there).

    Returns
    -------
    geopandas.GeoDataFrame
        One row per width: ``width_km``, ``semantics``, ``area_km2``
        (geodesic), ``max_error_m``, ``vertices``, ``method``; EPSG:4326.

    Raises
    ------
    InputError
        For unknown semantics, a missing or stray ``toward``, a depth zone
        along a line that crosses itself, and zones that would reach a pole
        or the antimeridian.
    """
    semantics = semantics.replace("-", "_")
    if semantics not in zones.SEMANTICS:
        raise InputError(f"semantics={semantics!r}", "is unknown", "use total, per-side or depth")
    if not widths_km:
        raise InputError("widths_km", "is missing", "give at least one, e.g. width=20km")
    if cap not in zones.CAPS:
        raise InputError(f"cap={cap!r}", "is unknown", "use cap=round or cap=flat")
    zones.check_tolerance(tolerance_m)
    xy = zones.clean_line(line, where)
    reach_m = max(zones.half_width_m(km, semantics) for km in widths_km)
    check_reach(xy, reach_m, where)
    _check_crossing(xy, semantics, where)
    side = None
    keep: tuple[tuple[float, float], ...] = ()
    if semantics == "depth":
        if not toward:
            raise InputError(
                "semantics=depth", "needs the side the zone lies on", "add toward=PLACE|LON,LAT"
            )
        side, point = toward_point(toward, xy)
        keep = (point,)
    elif toward:
        raise InputError(
            f"toward={toward!r}",
            f"applies only to depth zones, not {semantics.replace('_', '-')}",
            "drop it, or add semantics=depth",
        )
    rows = zone_table(
        xy,
        [Width(km) for km in sorted(set(widths_km))],
        semantics,
        side=side,
        tolerance_m=tolerance_m,
        rings=False,
        where=where,
        cap=cap,
        keep=keep,
    )
    return gpd.GeoDataFrame(
        [{k: r[k] for k in BUFFER_COLUMNS} for r in rows], geometry="geometry", crs="EPSG:4326"
    )
