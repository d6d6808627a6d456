"""What the comparison map shows, as one JSON-ready dict: layers, styles, figures, sources."""

from __future__ import annotations

import re
from typing import Any

import geopandas as gpd
import pandas as pd

from ..geometry.antimeridian import continuous
from ..io.geojson import geometry_json, json_value
from ..sources.gazetteer import GEONAMES_ATTRIBUTION
from ..sources.naturalearth import NATURAL_EARTH_ATTRIBUTION, countries_around
from ..style import (
    DASH,
    LINE_COLOUR,
    REPORTED_ROUTE_COLOUR,
    place_colours,
    route_colour,
    width_colours,
)
from .display import DISPLAY_DECIMALS, simplify_for_display

SEMANTICS_TEXT = {
    "total": ("Total width", "the width in all, half on each side of the line"),
    "per_side": ("Each side", "the width on each side of the line (twice it in all)"),
    "depth": ("Depth on one side", "the width measured from the line into one side only"),
}
"""Heading and one-line meaning of each width semantics, as the page shows them."""

TILE_LAYERS = (
    ("Light", "Esri.WorldGrayCanvas"),
    ("OpenStreetMap", "OpenStreetMap.Mapnik"),
    ("Satellite", "Esri.WorldImagery"),
)
"""Online base layers: the page's name and the xyzservices provider."""

ATTRIBUTION_SHORT = (
    "places <a href='https://www.geonames.org'>GeoNames</a> (CC BY 4.0) · "
    "borders <a href='https://www.naturalearthdata.com'>Natural Earth</a>"
)
"""The map's own credit line; the full credits are in the panel."""

_SOURCE = re.compile(r'^(?P<file>.+?): "(?P<quote>.*)"(?: \((?P<role>[^()]*)\))?$', re.S)


def parse_sources(text: Any) -> list[dict[str, str]]:
    """The reports behind a layer, from its ``sources`` text.

    ``sources`` is ``file: "quote" (role) | file: "quote" | ...``; an item
    that does not follow the pattern is kept whole as ``quote``.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    out = []
    for item in text.split(" | "):
        m = _SOURCE.match(item.strip())
        if m:
            out.append({k: v for k, v in m.groupdict().items() if v})
        else:
            out.append({"quote": item.strip()})
    return out


def _coords(geom) -> dict | None:
    """A shape as a GeoJSON geometry dict with display-rounded coordinates."""
    return geometry_json(geom, DISPLAY_DECIMALS)


_value = json_value


def _col(frame: pd.DataFrame, name: str) -> list[Any]:
    """A column's values, or None on every row when the frame lacks it."""
    return list(frame[name]) if name in frame.columns else [None] * len(frame)


def _population(value: Any) -> int | None:
    """A place's population as an int; None (unknown) for a missing or 0 figure."""
    value = _value(value)
    return int(value) if isinstance(value, int | float) and value > 0 else None


def _figures(summary: pd.DataFrame | None, variant: str) -> dict[str, Any]:
    if summary is None or variant not in set(summary.variant):
        return {}
    row = summary[summary.variant == variant].iloc[0]
    return {k: _value(v) for k, v in row.items() if k not in ("sources", "semantics", "side")}


def map_data(
    layers: gpd.GeoDataFrame,
    summary: pd.DataFrame | None = None,
    title: str = "geozone",
    notes: list[str] | tuple[str, ...] = (),
) -> dict[str, Any]:
    """Everything the comparison page draws, as a JSON-ready dict.

    Parameters
    ----------
    layers : geopandas.GeoDataFrame
        Zones, rings and context layers (EPSG:4326) with a ``layer`` column,
        as ``geozone build`` exports them.
    summary : pandas.DataFrame, optional
        Per-variant figures (:func:`geozone.measure_layers`).
    title : str
        Page title.
    notes : sequence of str
        Where the reports disagree, in plain words.

    Returns
    -------
    dict
        ``variants`` and ``rings`` (each with its style, figures, sources
        and display geometry), ``line``, ``routes``, ``reported_routes``,
        ``places``, ``areas``, ``basemap`` (Natural Earth countries),
        ``tiles``, ``legend``, ``bounds``, ``attribution``,
        ``display_shift_m`` (the largest distance a drawn shape lies from
        the exported one, metres) and the page's texts.
    """
    # a zone across ±180° is drawn whole, in one continuous frame of longitude
    moved, _ = continuous(layers.geometry.values)
    layers = layers.copy()
    layers[layers.geometry.name] = gpd.GeoSeries(moved, index=layers.index, crs=layers.crs)
    kind = layers["layer"].astype(str)
    drawn = layers[~kind.isin(["vertex", "place"])]
    geoms, shift_m = simplify_for_display(drawn.geometry.values)
    display = dict(zip(drawn.index, geoms, strict=True))
    zones = layers[kind == "zone"]
    colours = width_colours(layers.loc[kind.isin(["zone", "ring"]), "width_km"])
    semantics = list(dict.fromkeys(zones.semantics))

    def zone_item(row) -> dict[str, Any]:
        colour = colours[float(row.width_km)]
        item = {
            "id": row.variant,
            "semantics": row.semantics,
            "width_km": float(row.width_km),
            "side": _value(row.get("side")),
            "colour": colour,
            "dash": DASH.get(row.semantics),
            "area_km2": _value(row.area_km2),
            "max_error_m": _value(row.get("max_error_m")),
            "sources": parse_sources(row.get("sources")),
            "geometry": _coords(display[row.name]),
        }
        if row.layer == "ring":
            item["inner_km"] = _value(row.inner_km)
            item["outer_km"] = _value(row.outer_km)
        else:
            item["figures"] = _figures(summary, row.variant)
        return item

    routes = layers[kind == "route"]
    route_ids = [
        r if isinstance(r, str) and r else (n or f"route {i + 1}")
        for i, (r, n) in enumerate(zip(_col(routes, "route"), _col(routes, "name"), strict=True))
    ]
    minx, miny, maxx, maxy = zones.total_bounds if len(zones) else layers.total_bounds
    basemap = countries_around((minx, miny, maxx, maxy))
    side_colours = place_colours(_value(s) or "" for s in _col(layers[kind == "place"], "side"))
    data: dict[str, Any] = {
        "title": title,
        "semantics": [
            {
                "key": s,
                "label": SEMANTICS_TEXT.get(s, (s, ""))[0],
                "meaning": SEMANTICS_TEXT.get(s, ("", ""))[1],
                "dash": DASH.get(s),
            }
            for s in semantics
        ],
        "semantics_order": "the scenario's own reading first, then the alternatives",
        "legend": [{"width_km": w, "colour": c} for w, c in colours.items()],
        "variants": [zone_item(r) for _, r in zones.iterrows()],
        "rings": [zone_item(r) for _, r in layers[kind == "ring"].iterrows()],
        "line": [
            {
                "name": _value(r.get("name")),
                "length_km": _value(r.get("length_km")),
                "note": _value(r.get("note")),
                "colour": LINE_COLOUR,
                "geometry": _coords(display[i]),
            }
            for i, r in layers[kind == "line"].iterrows()
        ],
        "routes": [
            {
                "id": rid,
                "name": _value(r.get("name")),
                "length_km": _value(r.get("length_km")),
                "from": _value(r.get("start")),
                "to": _value(r.get("end")),
                "note": _value(r.get("note")),
                "colour": route_colour(n),
                "geometry": _coords(display[i]),
            }
            for n, ((i, r), rid) in enumerate(zip(routes.iterrows(), route_ids, strict=True))
        ],
        "reported_routes": [
            {
                "name": _value(r.get("name")),
                "length_km": _value(r.get("length_km")),
                "note": _value(r.get("note")),
                "colour": REPORTED_ROUTE_COLOUR,
                "sources": parse_sources(r.get("sources")),
                "geometry": _coords(display[i]),
            }
            for i, r in layers[kind == "reported_route"].iterrows()
        ],
        "places": [
            {
                "name": _value(r.get("name")),
                "alt_name": _alt_name(r),
                "side": _value(r.get("side")) or "",
                "population": _population(r.get("population")),
                "population_source": _value(r.get("population_source")),
                "footprint_km": _value(r.get("footprint_km")),
                "geonameid": _value(r.get("geonameid")),
                "inside": [v for v in str(r.get("inside") or "").split(", ") if v],
                "colour": side_colours[_value(r.get("side")) or ""],
                "lon": round(r.geometry.x, DISPLAY_DECIMALS),
                "lat": round(r.geometry.y, DISPLAY_DECIMALS),
            }
            for _, r in layers[kind == "place"].iterrows()
        ],
        "areas": [
            {
                "kind": k,
                "name": _value(r.get("name")),
                "side": _value(r.get("side")),
                "area_km2": _value(r.get("area_km2")),
                "note": _value(r.get("note")),
                "geometry": _coords(display[i]),
            }
            for k in ("clip", "side_area")
            for i, r in layers[kind == k].iterrows()
        ],
        "basemap": [
            {
                "name": _value(r.get("name")),
                "label": [r.label_lat, r.label_lon],
                "geometry": _coords(r.geometry),
            }
            for _, r in basemap.iterrows()
        ],
        "tiles": _tiles(),
        "bounds": [[round(miny, 4), round(minx, 4)], [round(maxy, 4), round(maxx, 4)]],
        "notes": list(notes),
        "display_shift_m": round(shift_m, 2),
        "attribution": f"{GEONAMES_ATTRIBUTION}. {NATURAL_EARTH_ATTRIBUTION}.",
        "attribution_short": ATTRIBUTION_SHORT,
        "summary_columns": _summary_columns(summary),
        "method_note": method_note(summary, layers),
        "readings": _readings(summary),
    }
    return data


def _readings(summary: pd.DataFrame | None) -> list[dict[str, Any]]:
    """Each variant's reading, whether only the press states its width, and who does."""
    if summary is None or "reading" not in summary.columns:
        return []
    return [
        {
            "id": r.variant,
            "reading": _value(r.reading),
            "press_only": bool(r.press_only) if _value(r.press_only) is not None else None,
            "reported_by": _value(r.reported_by),
        }
        for r in summary.itertuples()
    ]


def method_note(summary: pd.DataFrame | None, layers: gpd.GeoDataFrame) -> list[str]:
    """What each figure counts, from which data, with which assumption, how uncertain.

    Returns
    -------
    list of str
        Short paragraphs for the page's method note (the README's "Method
        note" says the same at more length).
    """
    from ..geometry.footprint import DENSITY_PER_KM2

    kind = layers["layer"].astype(str)
    note = [
        "Zones: exact geodesic distances on the WGS84 ellipsoid from the line as drawn; "
        "areas and lengths are geodesic. The line is an estimate, not an official map.",
    ]
    margins = []
    if summary is not None and "uncertainty" in summary.columns:
        margins = [m for m in dict.fromkeys(summary.uncertainty) if m and m != "not stated"]
    if margins:
        note.append(
            f"Uncertainty: {'; '.join(margins)} (how far the drawn line may be off; each "
            "stretch takes the larger margin of its two ends). "
            "'Surely inside' is inside the zone shrunk by that "
            "margin, 'possibly inside' inside the zone grown by it; route km add the route's "
            "own lateral margin. Figures come as the value on the drawn line with that range."
        )
    else:
        note.append("Uncertainty: no margin is stated for this line, so no ranges are given.")
    if summary is not None and "reading" in summary.columns and summary.reading.notna().any():
        lead = summary.reading.dropna().iloc[0]
        note.append(
            f"Reading: {lead.split(': ', 1)[-1]}, comes first; the other readings are the "
            "alternatives the reports word. A width marked press-only is stated by press "
            "reports alone, in no official text."
        )
    places = layers[kind == "place"]
    if len(places):
        pop = pd.to_numeric(places.get("population"), errors="coerce")
        src = places.get("population_source")
        sources = sorted({str(x) for x in src.dropna()}) if src is not None else []
        note.append(
            "Places: GeoNames populated places (CC BY 4.0) and places the scenario adds; "
            "'places inside' counts place points inside a zone; depth zones count only "
            "places on their own side of the line."
        )
        note.append(
            "People: each place with a figure counts by the share of its footprint inside the "
            f"zone, a disc holding its people at {DENSITY_PER_KM2:,.0f} per km² (an assumption: "
            "compact towns; a city's centre point inside never counts it in full). "
            f"{int(pop.notna().sum())} of the {len(places)} places shown have a figure "
            f"({'; '.join(sources) or 'no source'}); the rest are counted as places without "
            "figures, never as 0 people. Census figures predate the war's displacement, so "
            "totals describe the places, not who lives there now."
        )
    return note


def _alt_name(row) -> str | None:
    """GeoNames' spelling of a place, when the layer gives it and it differs from ``name``."""
    alt = _value(row.get("geonames_name"))
    return alt if isinstance(alt, str) and alt and alt != _value(row.get("name")) else None


def _summary_columns(summary: pd.DataFrame | None) -> list[dict[str, str]]:
    """The figures the summary panel shows, in order: short label and full title."""
    cols = [{"key": "area_km2", "label": "km²", "title": "Area (km², geodesic)"}]
    if summary is None:
        return cols
    for c in summary.columns:
        if c.endswith("_km") and c != "width_km":
            cols.append({"key": c, "label": f"{c[:-3]} km", "title": f"{c[:-3]} inside (km)"})
    cols.append({"key": "places_inside", "label": "places", "title": "Places inside"})
    cols.append({"key": "population_inside", "label": "people", "title": "People inside"})
    for c in summary.columns:
        if c.endswith("_share_pct"):
            side = c[: -len("_share_pct")]
            cols.append({"key": c, "label": f"% {side[:3]}.", "title": f"Share of {side} side (%)"})
    return cols


def _tiles() -> list[dict[str, Any]]:
    import xyzservices.providers as providers

    out = []
    for name, key in TILE_LAYERS:
        p = providers.query_name(key)
        out.append(
            {
                "name": name,
                "url": p.build_url(),
                "attribution": p.html_attribution,
                "max_zoom": int(p.get("max_zoom") or 18),
            }
        )
    return out
