"""Zones of several widths along any line (the ``buffer`` command's core).

The line comes from the user (:mod:`geozone.lines`), so everything about it
is checked here once more with the widths in hand: its side for depth zones
(``toward``), whether it crosses itself, and whether the widest zone stays
clear of the poles and the antimeridian.
"""

from __future__ import annotations

import re
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from ..errors import GeozoneWarning, InputError
from ..geometry import zones
from ..geometry.antimeridian import split_line, with_copies
from ..geometry.checks import check_reach, self_crossing
from ..geometry.geodesy import Segments, distance_to_line, side_of
from ..sources.gazetteer import Gazetteer, load_countries
from .zonetable import TABLE_COLUMNS, Width, add_places, zone_table

if TYPE_CHECKING:
    import geopandas as gpd

_LONLAT = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*,\s*([-+]?\d+(?:\.\d+)?)\s*$")
_SIDE_NAMES = {zones.RIGHT: "right", zones.LEFT: "left"}
COMPASS = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")
"""The eight compass points, clockwise from north (45° apart)."""

NEAR_LINE_M = 1000.0
"""A ``toward`` point closer than this to the line gets a warning: its side is easily wrong."""

BUFFER_COLUMNS = TABLE_COLUMNS
"""The columns ``buffer`` returns: the same as ``build_zones`` (the zone table's, and places)."""


@dataclass(frozen=True)
class Toward:
    """The side a depth zone lies on, and how to name it.

    ``sign`` is ``zones.RIGHT`` or ``zones.LEFT``; ``compass`` the side's
    general direction from the line ("north-west"); ``slug`` the end of the
    variant name (``toward-seoul``, ``north``).
    """

    sign: int
    label: str
    compass: str
    slug: str
    point: tuple[float, float] | None = None
    """The point named (lon, lat degrees); None for a compass word."""


def _slug(text: str) -> str:
    from ..sources.gazetteer import normalize

    return re.sub(r"[^a-z0-9]+", "-", normalize(text)).strip("-") or "point"


def left_direction(line: np.ndarray) -> np.ndarray:
    """The length-weighted mean direction (east, north) of the line's left-hand normals."""
    segs = Segments.of(line)
    vec = np.zeros(2)
    for az_deg in (segs.azimuth, segs.end_azimuth):
        left = np.radians(az_deg - 90.0)
        vec += np.array(
            [np.sum(np.sin(left) * segs.length_m), np.sum(np.cos(left) * segs.length_m)]
        )
    return vec / (np.linalg.norm(vec) or 1.0)


def compass_of(vec: np.ndarray) -> str:
    """The compass point nearest a direction (east, north)."""
    az = np.degrees(np.arctan2(vec[0], vec[1])) % 360.0
    return COMPASS[int(((az + 22.5) % 360.0) // 45.0)]


def side_names(line: np.ndarray) -> dict[int, str]:
    """``{LEFT: "north-west", RIGHT: "south-east"}``: each side of the line in compass terms."""
    left = left_direction(line)
    return {zones.LEFT: compass_of(left), zones.RIGHT: compass_of(-left)}


def _compass_side(word: str, line: np.ndarray, what: str) -> Toward:
    az = COMPASS.index(word) * 45.0
    want = np.array([np.sin(np.radians(az)), np.cos(np.radians(az))])
    left = left_direction(line)
    dot = float(left @ want)
    if abs(dot) < 0.26:  # within 15 degrees of running along the line
        raise InputError(
            what,
            f"runs along the line (its sides face {compass_of(left)} and {compass_of(-left)})",
            "name a side the line faces, or a place on that side",
        )
    sign = zones.LEFT if dot > 0 else zones.RIGHT
    return Toward(sign, word, side_names(line)[sign], word)


def _line_countries(line: np.ndarray, reach_m: float):
    """Natural Earth countries the zone may touch (one read), and their ISO codes, longest first."""
    from ..sources.naturalearth import countries_near

    margin = max(reach_m / 111_000.0 * 1.5, 0.05)
    frame = countries_near(line, margin)
    # the line cut at ±180°, with copies a turn either way: near across the antimeridian too
    path = with_copies(split_line(line))
    near = shapely.distance(frame.geometry, path) <= margin
    codes = [c for c, n in zip(frame.iso_a2, near, strict=True) if n and c]
    return frame, list(dict.fromkeys(codes))


def _place(toward: str, codes: list[str], what: str):
    """The gazetteer place ``toward`` names, searched in every country the zone touches."""
    if not codes:
        raise InputError(
            what,
            "cannot be looked up: the line lies in no country (at sea)",
            "give the point as LON,LAT",
        )
    country_of: dict[int, str] = {}
    places = []
    for code, gaz in load_countries(codes).items():  # territories without places drop out
        for p in gaz.places:
            country_of[id(p)] = code
        places += gaz.places
    gazetteer = Gazetteer(places)
    where = " or ".join(codes)
    try:
        place = gazetteer.lookup(toward)
    except InputError as exc:
        if "matches" in exc.problem:
            raise InputError(what, exc.problem, "give the point as LON,LAT") from None
        near = ", ".join(gazetteer.suggest(toward))
        problem = (
            f"matches no place in {where} (closest: {near})"
            if near
            else f"matches no place in {where}, nor any close spelling"
        )
        raise InputError(what, problem, "check the spelling or give the point as LON,LAT") from None
    return place, country_of.get(id(place))


def _warn(message: str) -> None:
    warnings.warn(message, GeozoneWarning, stacklevel=4)


def toward_side(toward: str, line: np.ndarray, reach_m: float = 0.0) -> Toward:
    """The side a place, a ``LON,LAT`` point or a compass word lies on, with warnings.

    Parameters
    ----------
    toward : str
        ``north``/``south``/``east``/``west`` (or ``north-east`` …) relative
        to the line; ``LON,LAT`` in degrees (EPSG:4326); or a place name,
        looked up in the gazetteers of every country the zone may touch.
    line : numpy.ndarray
        (n, 2) lon/lat degrees.
    reach_m : float
        How far the zone reaches from the line, metres (widens the search
        for countries).

    Warns
    -----
    GeozoneWarning
        Which side was taken (left/right and compass); and when the point
        is within 1 km of the line, beyond its ends, in a country the line
        does not touch, or looks like ``LAT,LON``.

    Raises
    ------
    InputError
        If the point is out of range or on the line, the compass word runs
        along the line, or the name matches no place or several.
    """
    what = f"toward={toward!r}"
    word = toward.strip().lower().replace(" ", "-")
    if word in COMPASS:
        got = _compass_side(word, line, what)
        _warn(f"{what}: the {got.compass} side of the line, its {_SIDE_NAMES[got.sign]}")
        return got
    frame, codes = _line_countries(line, reach_m)
    m = _LONLAT.match(toward)
    country = None
    if m:
        lon, lat = float(m.group(1)), float(m.group(2))
        if abs(lon) > 180 or abs(lat) > 90:
            fix = "give LON,LAT in degrees, longitude first"
            if abs(lat) <= 180 and abs(lon) <= 90:
                fix += f" (if you gave LAT,LON, write {lat:g},{lon:g})"
            raise InputError(what, "is out of range", fix)
        label = f"{lon:g}, {lat:g}"
        slug = None
        from ..sources.naturalearth import country_at, country_in

        country = country_in(frame, lon, lat) or country_at(lon, lat)
        _check_swapped(what, lon, lat, line)
    else:
        place, country = _place(toward, codes, what)
        lon, lat = place.lon, place.lat
        label = f"{place.name} ({lon:.4f}, {lat:.4f}{', ' + country if country else ''})"
        slug = f"toward-{_slug(toward)}"
    sign = int(side_of([lon], [lat], line)[0])
    if sign == 0:
        raise InputError(what, "lies on the line", "name a point off the line")
    compass = side_names(line)[sign]
    _warn(f"{what}: {label} lies on the {_SIDE_NAMES[sign]} of the line (its {compass} side)")
    dist, edge, s = distance_to_line([lon], [lat], line)
    if dist[0] < NEAR_LINE_M:
        _warn(
            f"{what}: {label} is only {dist[0]:.0f} m from the line, so its side is uncertain; "
            "name a point further from it"
        )
    segs = Segments.of(line)
    if (edge[0] == 0 and s[0] <= 1e-6) or (
        edge[0] == len(segs) - 1 and s[0] >= segs.length_m[-1] - 1e-6
    ):
        _warn(
            f"{what}: {label} lies beyond the line's end, where its side is judged from the "
            "line's continuation; name a point alongside the line"
        )
    if country and codes and country not in codes:
        _warn(f"{what}: {label} lies in {country}, a country the zone does not reach")
    return Toward(sign, label, compass, slug or _SIDE_NAMES[sign], (lon, lat))


def _check_swapped(what: str, lon: float, lat: float, line: np.ndarray) -> None:
    """Warn when ``LON,LAT`` looks like ``LAT,LON`` (as map sites copy it): swapped, it is near."""
    if abs(lon) > 90:
        return
    given = distance_to_line([lon], [lat], line)[0][0]
    swapped = distance_to_line([lat], [lon], line)[0][0]
    if given > 3 * swapped and given - swapped > 50_000:
        _warn(
            f"{what}: is {given / 1000:,.0f} km from the line, but {swapped / 1000:,.0f} km as "
            f"LAT,LON; geozone reads LON,LAT (longitude first): did you mean {lat:g},{lon:g}?"
        )


def resolve_toward(toward: str, line: np.ndarray) -> int:
    """The side (``zones.RIGHT`` or ``zones.LEFT``) a place, ``LON,LAT`` or compass word is on.

    See :func:`toward_side`, which also names the side.
    """
    return toward_side(toward, line).sign


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


def as_line(line: Any, where: str = "line") -> np.ndarray:
    """A line given any common way, as (n, 2) lon/lat degrees (EPSG:4326).

    Accepts an (n, 2) array or list of ``(lon, lat)``; a shapely LineString
    (or a MultiLineString of one part), taken as lon/lat; a GeoSeries or
    GeoDataFrame holding one line, in any CRS (reprojected to EPSG:4326).
    """
    # geopandas is imported only if the caller has: a frame can come from nowhere else
    gpd = sys.modules.get("geopandas")
    if gpd is not None and isinstance(line, gpd.GeoDataFrame):
        line = line.geometry
    if gpd is not None and isinstance(line, gpd.GeoSeries):
        geoms = line.dropna()
        if geoms.crs is not None and not geoms.crs.equals("EPSG:4326"):
            geoms = geoms.to_crs("EPSG:4326")
        parts = [g for g in geoms if g is not None and not g.is_empty]
        if len(parts) != 1:
            raise InputError(
                where, f"holds {len(parts)} geometries, not one line", "pass a single line"
            )
        line = parts[0]
    if isinstance(line, shapely.MultiLineString) and len(line.geoms) == 1:
        line = line.geoms[0]
    if isinstance(line, shapely.Geometry):
        if not isinstance(line, shapely.LineString):
            raise InputError(where, f"is a {line.geom_type}, not a line", "pass a LineString")
        return np.asarray(line.coords, dtype=float)[:, :2]
    return line


def line_via(places: list[str], countries: list[str]) -> np.ndarray:
    """A line through named places, in order: (n, 2) lon/lat degrees (EPSG:4326).

    Names are looked up in the gazetteers of ``countries`` (ISO alpha-2),
    each place noted with its coordinates.
    """
    if len(places) < 2:
        raise InputError("via", "needs at least two places", "repeat via=PLACE, in order")
    if not countries:
        raise InputError("via", "needs the gazetteer's country", "add country=CC (e.g. SY)")
    found = load_countries(countries)
    if not found:
        raise InputError(f"country={countries[0]!r}", "has no places in GeoNames", "check the code")
    gaz = Gazetteer([p for g in found.values() for p in g.places])
    coords = []
    for name in places:
        try:
            place = gaz.lookup(name)
        except InputError as exc:
            raise InputError(f"via={name!r}", exc.problem, "check the spelling") from None
        coords.append([place.lon, place.lat])
    _warn(
        "via: "
        + ", ".join(f"{n} ({x:.4f}, {y:.4f})" for n, (x, y) in zip(places, coords, strict=True))
    )
    return np.asarray(coords, dtype=float)


def _widths(widths_km: Any) -> list[float]:
    """Widths as km: numbers, or strings with a unit ("6km", "500 m")."""
    from ..units import parse_width

    items = [widths_km] if isinstance(widths_km, str | int | float) else list(widths_km or [])
    out = []
    for w in items:
        if isinstance(w, str):
            out.append(parse_width(w))
        elif isinstance(w, int | float) and not isinstance(w, bool):
            out.append(float(w))
        else:
            raise InputError(
                f"width={w!r}", "is not a width", 'give km as a number, or a string such as "6km"'
            )
    return out


def places_inside(rows: list[dict], codes: list[str]) -> None:
    """Add the GeoNames places of the countries ``codes`` inside each zone row, in place."""
    _add_found(rows, _places_of(codes))


def _places_of(codes: list[str]) -> list | None:
    """The GeoNames places of the countries ``codes`` (None when there are none: at sea)."""
    if not codes:
        return None
    return [p for gaz in load_countries(codes, index=False).values() for p in gaz.places]


def _add_found(rows: list[dict], places: list | None) -> None:
    """Add the places inside each zone row, in place (None: no country, nothing known)."""
    known = places is not None
    places = places or []
    add_places(
        rows,
        [p.name for p in places],
        np.array([[p.lon, p.lat] for p in places]).reshape(-1, 2) if known else None,
        [p.population for p in places],
    )


def _context(xy: np.ndarray, reach_m: float, places: bool) -> tuple[Any, list | None]:
    """The countries near the line (a frame) and, when ``places``, the places in them."""
    frame, codes = _line_countries(xy, reach_m)
    return frame, (_places_of(codes) if places else None)


def _clip(clip: str | None, frame) -> Any:
    """The clip area: ``land`` (every country near the line) or ISO codes joined by ``+``."""
    if not clip:
        return None
    from ..sources.naturalearth import country_polygon

    if clip.strip().lower() == "land":
        return shapely.union_all(frame.geometry)
    return shapely.union_all([country_polygon(c.strip()) for c in clip.split("+")])


def checked_cap(cap: str) -> str:
    """``cap`` if it is a cap style the engine builds (``round``, ``flat``), else an InputError."""
    if cap not in zones.CAPS:
        raise InputError(f"cap={cap!r}", "is unknown", "use cap=round or cap=flat")
    return cap


def buffer(
    line: Any,
    widths_km: Any,
    semantics: str = "total",
    toward: str | None = None,
    tolerance_m: float = zones.DEFAULT_TOLERANCE_M,
    where: str = "line",
    clip: str | None = None,
    places: bool = True,
    cap: str = "round",
) -> gpd.GeoDataFrame:
    """Zones of several widths along any line, as a GeoDataFrame.

    The parameters, checks and rows are those of :func:`buffer_records`;
    the frame is EPSG:4326, one row per width, with :data:`BUFFER_COLUMNS`.
    """
    rows = buffer_records(line, widths_km, semantics, toward, tolerance_m, where, clip, places, cap)
    import geopandas as gpd

    return gpd.GeoDataFrame(
        rows, columns=list(BUFFER_COLUMNS), geometry="geometry", crs="EPSG:4326"
    )


def buffer_records(
    line: Any,
    widths_km: Any,
    semantics: str = "total",
    toward: str | None = None,
    tolerance_m: float = zones.DEFAULT_TOLERANCE_M,
    where: str = "line",
    clip: str | None = None,
    places: bool = True,
    cap: str = "round",
) -> list[dict]:
    """Zones of several widths along any line, as records (no geopandas needed).

    Parameters
    ----------
    line : array_like, shapely LineString, GeoSeries or GeoDataFrame
        (n, 2) lon/lat degrees (EPSG:4326), or a geometry (a GeoSeries or
        GeoDataFrame in any CRS is reprojected); see :func:`as_line`.
    widths_km : float, str, or a list of them
        Widths in km, or strings with a unit (``"6km"``, ``"500m"``);
        repeats are built once.
    semantics : {"total", "per_side", "depth"}
        How to read the widths; ``per-side`` is accepted too.
    toward : str, optional
        For ``depth`` (and only for it): a place name, ``LON,LAT`` or a
        compass word (``north`` …) on the zone's side; see :func:`toward_side`.
    tolerance_m : float
        Boundary accuracy target, metres.
    where : str
        The line's name (e.g. its file), for messages.
    clip : str, optional
        Clip the zones to ``land`` (the countries near the line) or to
        countries (ISO codes or names, joined by ``+``: ``KOR+PRK``).
    places : bool
        Count the GeoNames places inside each zone (of every country the
        zones reach).
    cap : {"round", "flat"}
        How zones end beyond the line's ends: round (everything within the
        width of the ends) or flat (on the geodesic perpendiculars there).

    Returns
    -------
    list of dict
        One record per width, with the :data:`BUFFER_COLUMNS` keys (the
        geometry lon/lat, EPSG:4326): the zone table's fields as
        ``build_zones`` gives them (``layer`` is ``zone``, ``variant``
        names the width, semantics and, for depth, the side; ``side`` is
        ``both`` or the depth zone's compass side), and the places inside.

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
    line = as_line(line, where)
    widths_km = _widths(widths_km)
    if not widths_km:
        raise InputError("widths_km", "is missing", "give at least one, e.g. width=20km")
    checked_cap(cap)
    zones.check_tolerance(tolerance_m)
    xy = zones.clean_line(line, where)
    reach_m = max(zones.half_width_m(km, semantics) for km in widths_km)
    check_reach(xy, reach_m, where)
    _check_crossing(xy, semantics, where)
    side = None
    got = None
    if semantics == "depth":
        if not toward:
            raise InputError(
                "semantics=depth",
                "needs the side the zone lies on",
                "add toward=PLACE|LON,LAT|north|south|east|west",
            )
        got = toward_side(toward, xy, reach_m)
        side = got.sign
    elif toward:
        raise InputError(
            f"toward={toward!r}",
            f"applies only to depth zones, not {semantics.replace('_', '-')}",
            "drop it, or add semantics=depth",
        )
    # the countries and places near the line are read while the zones are built
    pool = ThreadPoolExecutor(1)
    try:
        context = pool.submit(_context, xy, reach_m, places) if places or clip else None
        rows = zone_table(
            xy,
            [Width(km) for km in sorted(set(widths_km))],
            semantics,
            side=side,
            side_label=got.compass if got else "both",
            tolerance_m=tolerance_m,
            clip=_clip(clip, context.result()[0]) if clip and context else None,
            rings=False,
            where=where,
            variant_suffix=got.slug if got else "",
            cap=cap,
            keep=(got.point,) if got and got.point else (),
        )
        found = context.result()[1] if places and context else None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if places:
        _add_found(rows, found)
    else:
        add_places(rows, [], None, [])
    return [{k: r.get(k) for k in BUFFER_COLUMNS} for r in rows]
