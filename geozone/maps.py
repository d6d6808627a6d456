"""The Leaflet map comparing a scenario's variants (written with folium)."""

from __future__ import annotations

import html
from pathlib import Path

import folium
import geopandas as gpd
import pandas as pd
from branca.element import Element

from .atomic import write_atomic
from .clip import NATURAL_EARTH_ATTRIBUTION
from .export import feature_collection
from .gazetteer import GEONAMES_ATTRIBUTION
from .style import DASH, LINE_COLOUR, PLACE_COLOURS, route_colour, width_colours

_LABELS = {"total": "total width", "per_side": "each side", "depth": "depth on one side"}


def _popup(row: pd.Series, figures: pd.Series | None) -> str:
    parts = [
        f"<b>{html.escape(row.variant)}</b>",
        f"width {row.width_km:g} km ({_LABELS.get(row.semantics, row.semantics)})",
        f"area {row.area_km2:,.0f} km² (geodesic, clipped)",
        f"max geodesic error {row.max_error_m:.2f} m",
    ]
    if figures is not None:
        for col, value in figures.items():
            if col.endswith("_km") and col != "width_km":
                parts.append(f"{html.escape(col[:-3])} inside: {value:,.1f} km")
        parts.append(f"places inside: {figures.places_inside}")
        for col, value in figures.items():
            if col.endswith("_share_pct") and pd.notna(value):
                parts.append(f"{html.escape(col[:-10])} side covered: {value:.1f} %")
    if row.sources:
        items = "".join(f"<li>{html.escape(s)}</li>" for s in str(row.sources).split(" | "))
        parts.append(f"reported by:<ul style='margin:0;padding-left:1.2em'>{items}</ul>")
    return "<div style='max-height:320px;overflow-y:auto'>" + "<br>".join(parts) + "</div>"


def _legend(colours: dict[float, str], semantics: list[str]) -> str:
    swatches = "".join(
        f"<div><span style='display:inline-block;width:14px;height:14px;background:{c};"
        f"opacity:.7;margin-right:6px;vertical-align:middle'></span>{w:g} km</div>"
        for w, c in colours.items()
    )
    dashes = "".join(
        f"<div><svg width='28' height='10'><line x1='0' y1='5' x2='28' y2='5' stroke='#333' "
        f"stroke-width='2' stroke-dasharray='{DASH.get(s) or ''}'/></svg> {_LABELS.get(s, s)}</div>"
        for s in semantics
    )
    return (
        "<div id='geozone-legend' style='position:absolute;bottom:60px;left:10px;z-index:1000;"
        "background:rgba(255,255,255,.92);padding:8px 10px;border-radius:4px;"
        "font:12px/1.4 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3)'>"
        f"<b>Zone width</b>{swatches}<b>Reading</b>{dashes}"
        f"<div><svg width='28' height='10'><line x1='0' y1='5' x2='28' y2='5' "
        f"stroke='{LINE_COLOUR}' stroke-width='3'/></svg> line</div></div>"
    )


def render_map(
    zones: gpd.GeoDataFrame,
    features: gpd.GeoDataFrame | None = None,
    summary: pd.DataFrame | None = None,
    title: str = "geozone",
) -> folium.Map:
    """Build the comparison map.

    Parameters
    ----------
    zones : geopandas.GeoDataFrame
        Zones and rings (EPSG:4326) as :func:`geozone.build_zones` returns.
    features : geopandas.GeoDataFrame, optional
        Context layers from :func:`geozone.scenario_features`.
    summary : pandas.DataFrame, optional
        Figures from :func:`geozone.measure`, shown in the popups.
    title : str
        Page title.
    """
    minx, miny, maxx, maxy = zones.total_bounds
    fmap = folium.Map(tiles=None, control_scale=True, prefer_canvas=False)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap").add_to(fmap)
    fmap.fit_bounds([[miny, minx], [maxy, maxx]])
    colours = width_colours(zones.width_km)
    figures = summary.set_index("variant") if summary is not None else None
    first_shown = {}
    for row in zones[zones.layer == "zone"].itertuples():
        first_shown.setdefault(row.semantics, row.variant)
    for _, row in zones.iterrows():
        is_ring = row.layer == "ring"
        name = f"{'ring ' if is_ring else ''}{row.variant}"
        show = not is_ring and row.semantics in ("total", "depth") and row.width_km == 20
        group = folium.FeatureGroup(name=name, show=bool(show))
        colour = colours[row.width_km]
        style = {
            "color": colour,
            "weight": 2,
            "fillColor": colour,
            "fillOpacity": 0.25 if not is_ring else 0.35,
            "dashArray": DASH.get(row.semantics),
        }
        fig = figures.loc[row.variant] if figures is not None and not is_ring else None
        gj = folium.GeoJson(
            feature_collection(zones.loc[[row.name]]),
            style_function=lambda _f, s=style: s,
        )
        gj.add_child(folium.Popup(_popup(row, fig), max_width=420))
        gj.add_to(group)
        group.add_to(fmap)
    if features is not None:
        _add_features(fmap, features)
    attribution = f"{GEONAMES_ATTRIBUTION}. {NATURAL_EARTH_ATTRIBUTION}."
    fmap.get_root().html.add_child(Element(_legend(colours, list(dict.fromkeys(zones.semantics)))))
    fmap.get_root().html.add_child(
        Element(
            "<div style='position:absolute;bottom:0;right:0;z-index:1000;"
            "background:rgba(255,255,255,.8);font:11px sans-serif;padding:1px 5px'>"
            f"{html.escape(attribution)}</div>"
        )
    )
    fmap.get_root().header.add_child(Element(f"<title>{html.escape(title)}</title>"))
    folium.LayerControl(collapsed=False).add_to(fmap)
    return fmap


def _add_features(fmap: folium.Map, features: gpd.GeoDataFrame) -> None:
    for layer, style in (
        ("clip", {"color": "#555", "weight": 1, "fill": False, "dashArray": "4 4"}),
        ("side_area", {"color": "#e31a1c", "weight": 0, "fillOpacity": 0.06}),
    ):
        part = features[features.layer == layer]
        if len(part):
            folium.GeoJson(
                feature_collection(part[["name", "geometry"]]),
                name=f"{layer.replace('_', ' ')}: {', '.join(part.name.astype(str))}",
                style_function=lambda _f, s=style: s,
                show=layer == "clip",
            ).add_to(fmap)
    line = features[features.layer == "line"]
    folium.GeoJson(
        feature_collection(line[["name", "length_km", "geometry"]]),
        name="line",
        style_function=lambda _f: {"color": LINE_COLOUR, "weight": 3},
        tooltip=folium.GeoJsonTooltip(["name", "length_km"]),
    ).add_to(fmap)
    routes = features[features.layer == "route"]
    group = folium.FeatureGroup(name="routes")
    for i, r in enumerate(routes.itertuples()):
        route_style = {"color": route_colour(i), "weight": 3, "opacity": 0.9}
        folium.GeoJson(
            feature_collection(routes.loc[[r.Index], ["name", "length_km", "geometry"]]),
            style_function=lambda _f, s=route_style: s,
            tooltip=f"{r.name} ({r.length_km:.0f} km)",
        ).add_to(group)
    group.add_to(fmap)
    places = features[features.layer == "place"]
    group = folium.FeatureGroup(name="places")
    for p in places.itertuples():
        label = p.name + (f" ({int(p.population):,})" if p.population else "")
        folium.CircleMarker(
            [p.geometry.y, p.geometry.x],
            radius=4,
            weight=1,
            color="#fff",
            fill=True,
            fill_color=PLACE_COLOURS.get(p.side, "#636363"),
            fill_opacity=1,
            tooltip=f"{label}: {p.side}",
        ).add_to(group)
    group.add_to(fmap)


def write_map(fmap: folium.Map, path: str | Path) -> Path:
    """Write the map's HTML atomically."""
    return write_atomic(path, fmap.get_root().render())
