"""The static map figure: single map or small multiples, written as PNG, SVG or PDF."""

from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import matplotlib as mpl
import numpy as np
import pandas as pd
import shapely
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.transforms import Bbox

from ..errors import InputError
from ..geometry.antimeridian import continuous
from ..io.atomic import write_atomic
from ..sources.gazetteer import GEONAMES_ATTRIBUTION
from ..sources.naturalearth import NATURAL_EARTH_ATTRIBUTION
from ..style import (
    DASH,
    LINE_COLOUR,
    REPORTED_ROUTE_COLOUR,
    ZONE_FILL_OPACITY,
    place_colours,
    route_colour,
    width_colours,
)
from .frame import LocalFrame, basemap
from .furniture import ScaleBar, north_arrow, quietest_corner, scale_bar
from .labels import Label, place_labels
from .options import FigureOptions
from .shapes import line_collection, polygon_patch

SEA = "#c9dbe6"
LAND = "#ece8df"
LAND_FOCUS = "#f7f3ea"
BORDER = "#8c8c8c"
"""Basemap colours, as the page's offline basemap: sea is the background."""

READING = {"total": "total width", "per_side": "each side", "depth": "depth on one side"}
"""How the legend names each width semantics (default style)."""

LARGE_TOWN = 40_000
"""Places with at least this many people are labelled even outside the zones."""

PAGE_DASH_WEIGHT = 2.5
"""The outline weight (px) the page's dash patterns are drawn at; dashes scale with it."""

RC = {
    "font.family": "DejaVu Sans",
    "font.size": 7,
    "svg.hashsalt": "geozone",
    "svg.fonttype": "path",
    "pdf.fonttype": 3,
    "path.simplify": False,
}
"""matplotlib settings for every figure (fixed SVG ids, embedded fonts)."""


@dataclass
class FigureResult:
    """A drawn figure and where its parts are, in pixels from the top-left at its dpi."""

    figure: Figure
    options: FigureOptions
    variants: list[str]
    maps: list[Bbox] = field(default_factory=list)
    legend: Bbox | None = None
    scale_bars: list[ScaleBar] = field(default_factory=list)
    north: Bbox | None = None
    labels: list[str] = field(default_factory=list)
    frame: LocalFrame | None = None

    def pixels(self, box: Bbox) -> tuple[int, int, int, int]:
        """A display box as (left, top, right, bottom) pixels of the written PNG."""
        scale = self.options.dpi / self.figure.dpi
        height = self.figure.bbox.height
        return (
            int(box.x0 * scale),
            int((height - box.y1) * scale),
            math.ceil(box.x1 * scale),
            math.ceil((height - box.y0) * scale),
        )


def _dash(semantics: str):
    """The page's SVG dash pattern for a reading, as a matplotlib linestyle."""
    pattern = DASH.get(semantics)
    if not pattern:
        return "solid"
    on_off = tuple(float(v) / PAGE_DASH_WEIGHT for v in pattern.split())
    return (0, on_off)


def _col(frame: pd.DataFrame, name: str, default=None) -> pd.Series:
    if name in frame.columns:
        return frame[name]
    return pd.Series([default] * len(frame), index=frame.index, dtype=object)


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


def _chosen(zones: gpd.GeoDataFrame, opts: FigureOptions) -> list[str]:
    ids = list(zones.variant)
    if opts.variants:
        missing = [v for v in opts.variants if v not in ids]
        if missing:
            raise InputError(
                f"variant={missing[0]!r}", "is not in the zones", f"use one of {', '.join(ids)}"
            )
        return list(dict.fromkeys(opts.variants))
    if opts.small_multiples:
        return ids
    first = zones.semantics.iloc[0]
    return [v for v, s in zip(zones.variant, zones.semantics, strict=True) if s == first]


def _extent(layers: gpd.GeoDataFrame, zones: gpd.GeoDataFrame, opts: FigureOptions):
    if opts.extent is not None:
        return opts.extent
    minx, miny, maxx, maxy = zones.total_bounds
    line = layers[layers.layer == "line"]
    if len(line):
        lminx, lminy, lmaxx, lmaxy = line.total_bounds
        minx, miny, maxx, maxy = (
            min(minx, lminx),
            min(miny, lminy),
            max(maxx, lmaxx),
            max(maxy, lmaxy),
        )
    mx, my = (maxx - minx) * 0.06 + 0.02, (maxy - miny) * 0.06 + 0.02
    return (minx - mx, miny - my, maxx + mx, maxy + my)


def _amount(v) -> str:
    if _missing(v):
        return "–"
    return f"{v:,.0f}"


def _missing(v) -> bool:
    """True for a figure the data does not give (None, NaN or pandas' NA)."""
    return v is None or bool(pd.isna(v))


def _people(v) -> str:
    if v is None or pd.isna(v):  # None, NaN or pd.NA (a nullable column's missing value)
        return "unknown"
    v = float(v)
    if v >= 1e6:
        return f"{v / 1e6:.2f} M"
    if v >= 1e4:
        return f"{v / 1e3:.0f} k"
    return f"{v:,.0f}"


def _middle_in_view(ax, line):
    """The middle of the longest part of a projected line inside the axes, or None."""
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    inside = line.intersection(shapely.box(x0, y0, x1, y1))
    if inside.is_empty:
        return None
    parts = [g for g in shapely.get_parts(inside) if g.geom_type == "LineString"]
    if not parts:
        return None
    mid = shapely.line_interpolate_point(max(parts, key=lambda g: g.length), 0.5, normalized=True)
    return None if mid.is_empty else mid


def _clear_country_names(ax, names: list, obstacles: list[Bbox]) -> list[Bbox]:
    """Drop country names that touch a route label or place dot; the rest become obstacles."""
    renderer = ax.figure.canvas.get_renderer()
    kept = []
    for text in names:
        box = text.get_window_extent(renderer)
        if any(box.overlaps(o) for o in obstacles):
            text.remove()
        else:
            kept.append(box)
    return kept


class _Map:
    """One map panel: draws the basemap, zones and context into an axes."""

    def __init__(self, layers, frame: LocalFrame, extent, style: str, colours: dict):
        self.layers = layers
        self.frame = frame
        self.extent = extent
        self.style = style
        self.colours = colours
        kind = layers.layer.astype(str)
        self.kind = kind
        self.base = basemap(frame, extent)
        self.zones = layers[kind == "zone"]
        self.zone_xy = dict(
            zip(self.zones.variant, frame.project(self.zones.geometry.values), strict=True)
        )

    def clutter(self, ax, zones) -> shapely.Geometry:
        """What a scale bar or north arrow should not cover: ``zones`` and every line drawn.

        Lines (the line, routes, context lines) count as strips 2 % of the
        axes' width wide, so that a corner crossed by a line is avoided when
        another is free (data coordinates).
        """
        geoms = [
            g
            for g in self.layers.geometry.values
            if g is not None and g.geom_type in ("LineString", "MultiLineString")
        ]
        x0, x1 = ax.get_xlim()
        strips = shapely.buffer(self.frame.project(geoms), 0.01 * (x1 - x0)) if geoms else []
        return shapely.union_all([zones, *strips])

    def setup(self, ax, shape: float | None = None) -> None:
        """Frame the axes on the extent; ``shape`` is the axes' width over height."""
        x0, y0, x1, y1 = self.frame.box(self.extent)
        # widen the extent to the axes' shape, so one metre is as long across as up
        if shape is None:
            box = ax.get_position()
            fig_w, fig_h = ax.figure.get_size_inches()
            shape = (box.width * fig_w) / (box.height * fig_h)
        cx, cy, w, h = (x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0
        w, h = max(w, h * shape), max(h, w / shape)
        ax.set_xlim(cx - w / 2, cx + w / 2)
        ax.set_ylim(cy - h / 2, cy + h / 2)
        ax.set_aspect("equal", adjustable="box")
        ax.set_facecolor(SEA)
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_linewidth(0.6)
            spine.set_color("#555555")

    def draw_basemap(self, ax, focus: set[str]) -> list:
        """Land and borders; returns the country names' text artists."""
        for name, geom in zip(self.base.name, self.base.geometry.values, strict=True):
            patch = polygon_patch(
                geom,
                facecolor=LAND_FOCUS if name in focus else LAND,
                edgecolor=BORDER,
                linewidth=0.6,
                zorder=1,
            )
            if patch is not None:
                ax.add_patch(patch)
        names: list = []
        if self.style == "neutral":
            return names
        x0, x1 = ax.get_xlim()
        y0, y1 = ax.get_ylim()
        for row in self.base.itertuples():
            if np.isnan(row.label_x) or row.area < 0.02 * (x1 - x0) * (y1 - y0):
                continue
            names.append(
                ax.text(
                    row.label_x,
                    row.label_y,
                    str(row.name).upper(),
                    ha="center",
                    va="center",
                    fontsize=7.5,
                    color="#7a7265",
                    alpha=0.9,
                    zorder=2,
                )
            )
        return names

    def draw_zones(self, ax, variants: list[str], lw: float = 1.1) -> None:
        chosen = self.zones[self.zones.variant.isin(variants)]
        # widest below, narrowest on top
        for row in chosen.sort_values("width_km", ascending=False).itertuples():
            colour = self.colours[float(row.width_km)]
            geom = self.zone_xy[row.variant]
            fill = polygon_patch(
                geom,
                facecolor=mpl.colors.to_rgba(colour, ZONE_FILL_OPACITY),
                edgecolor="none",
                zorder=3,
            )
            if fill is not None:
                ax.add_patch(fill)
            ax.add_collection(
                line_collection(
                    [geom],
                    colors=colour,
                    linewidths=lw,
                    linestyles=[_dash(row.semantics)],
                    zorder=4,
                )
            )

    def draw_context(self, ax, lw_scale: float = 1.0, shields: bool = True) -> list:
        """The line, routes and reported routes; returns the route shields' text artists."""
        out = []
        kind = self.kind
        reported = self.layers[kind == "reported_route"]
        for geom, name in zip(reported.geometry.values, _col(reported, "name"), strict=True):
            proj = self.frame.project([geom])[0]
            ax.add_collection(
                line_collection(
                    [proj],
                    colors=REPORTED_ROUTE_COLOUR,
                    linewidths=1.2 * lw_scale,
                    linestyles=[(0, (0.5, 3))],
                    capstyle="round",
                    zorder=5,
                )
            )
            mid = _middle_in_view(ax, proj) if shields and self.style != "neutral" else None
            text = _text(name)
            if mid is None or not text:
                continue
            if text.endswith(" (as reported)"):
                text = f"“{text[: -len(' (as reported)')]}” as reported"
            out.append(
                ax.text(
                    mid.x,
                    mid.y,
                    text,
                    ha="center",
                    va="center",
                    fontsize=5.5,
                    fontstyle="italic",
                    color="#555555",
                    zorder=8,
                    bbox=dict(
                        boxstyle="round,pad=0.25",
                        facecolor="white",
                        edgecolor=REPORTED_ROUTE_COLOUR,
                        linewidth=0.8,
                        linestyle=(0, (1, 1.5)),
                    ),
                )
            )
        routes = self.layers[kind == "route"]
        for n, (geom, rid, name) in enumerate(
            zip(routes.geometry.values, _col(routes, "route"), _col(routes, "name"), strict=True)
        ):
            proj = self.frame.project([geom])[0]
            colour = route_colour(n)
            ax.add_collection(
                line_collection([proj], colors=colour, linewidths=1.4 * lw_scale, zorder=6)
            )
            if not shields:
                continue
            label = _text(rid) or _text(name).split(" ")[0]
            mid = _middle_in_view(ax, proj)
            if mid is None or not label:
                continue
            out.append(
                ax.text(
                    mid.x,
                    mid.y,
                    label,
                    ha="center",
                    va="center",
                    fontsize=6,
                    fontweight="bold",
                    zorder=8,
                    bbox=dict(
                        boxstyle="round,pad=0.25",
                        facecolor="white",
                        edgecolor=colour,
                        linewidth=1.0,
                    ),
                )
            )
        for geom in self.layers[kind == "line"].geometry.values:
            ax.add_collection(
                line_collection(
                    self.frame.project([geom]),
                    colors=LINE_COLOUR,
                    linewidths=1.8 * lw_scale,
                    zorder=7,
                )
            )
        return out

    def places(self) -> pd.DataFrame:
        p = self.layers[self.kind == "place"]
        if not len(p):
            return pd.DataFrame(columns=["name", "side", "population", "inside", "x", "y"])
        x, y = self.frame.xy(p.geometry.x.to_numpy(), p.geometry.y.to_numpy())
        return pd.DataFrame(
            {
                "name": _col(p, "name", "").fillna("").astype(str).to_numpy(),
                "side": _col(p, "side", "").fillna("").astype(str).to_numpy(),
                "population": pd.to_numeric(_col(p, "population", 0), errors="coerce")
                .fillna(0)
                .to_numpy(),
                "inside": [{v for v in _text(s).split(", ") if v} for s in _col(p, "inside", "")],
                "x": x,
                "y": y,
            }
        )

    def draw_places(self, ax, size_scale: float = 1.0) -> list[Bbox]:
        """Draw the places in view as dots by side; return their boxes (display pixels)."""
        places = self.places()
        x0, x1 = ax.get_xlim()
        y0, y1 = ax.get_ylim()
        shown = places[(places.x > x0) & (places.x < x1) & (places.y > y0) & (places.y < y1)]
        obstacles: list[Bbox] = []
        scale = ax.figure.dpi / 72
        colours = place_colours(places.side)
        for row in shown.itertuples():
            r = 3 + math.log10(row.population) - 2 if row.population > 0 else 3
            r = min(9.0, max(3.0, r)) * 0.75 * size_scale
            colour = colours[row.side]
            ax.plot(
                row.x,
                row.y,
                "o",
                markersize=r,
                color=colour,
                markeredgecolor="white",
                markeredgewidth=0.5,
                zorder=8,
            )
            px, py = ax.transData.transform((row.x, row.y))
            half = r * scale / 2
            obstacles.append(Bbox.from_extents(px - half, py - half, px + half, py + half))
        return obstacles

    def label(self, ax, variants, obstacles, fontsize, min_population=0) -> list[str]:
        places = self.places()
        x0, x1 = ax.get_xlim()
        y0, y1 = ax.get_ylim()
        shown = places[(places.x > x0) & (places.x < x1) & (places.y > y0) & (places.y < y1)]
        chosen = set(variants)
        labels = []
        for row in shown.itertuples():
            in_zone = bool(row.inside & chosen)
            if not row.name or not (in_zone or row.population >= LARGE_TOWN):
                continue
            if row.population < min_population and row.population < LARGE_TOWN:
                continue
            labels.append(Label(row.name, row.x, row.y, (1e9 if in_zone else 0) + row.population))
        before = {id(t) for t in ax.texts}
        place_labels(ax, labels, obstacles, fontsize=fontsize)
        return [t.get_text() for t in ax.texts if id(t) not in before]


def _legend_handles(m: _Map, variants: list[str], style: str) -> list:
    handles = []
    zones = m.zones[m.zones.variant.isin(variants)]
    seen = set()
    order = {s: i for i, s in enumerate(dict.fromkeys(zones.semantics))}
    ranked = zones.assign(_order=zones.semantics.map(order))
    for row in ranked.sort_values(["_order", "width_km"], kind="stable").itertuples():
        key = (float(row.width_km), row.semantics)
        if key in seen:
            continue
        seen.add(key)
        colour = m.colours[float(row.width_km)]
        text = f"{row.width_km:g} km"
        if style != "neutral":
            text += f", {READING.get(row.semantics, row.semantics)}"
        handles.append(
            Patch(
                facecolor=mpl.colors.to_rgba(colour, 0.3),
                edgecolor=colour,
                linewidth=1.1,
                linestyle=_dash(row.semantics),
                label=text,
            )
        )
    kind = m.kind
    for name in _col(m.layers[kind == "line"], "name", ""):
        handles.append(
            Line2D(
                [],
                [],
                color=LINE_COLOUR,
                linewidth=1.8,
                label=_text(name) or ("line" if style != "neutral" else "—"),
            )
        )
    routes = m.layers[kind == "route"]
    for n, (rid, name) in enumerate(zip(_col(routes, "route"), _col(routes, "name"), strict=True)):
        handles.append(
            Line2D([], [], color=route_colour(n), linewidth=1.4, label=_text(name) or _text(rid))
        )
    for name in _col(m.layers[kind == "reported_route"], "name", ""):
        handles.append(
            Line2D(
                [],
                [],
                color=REPORTED_ROUTE_COLOUR,
                linewidth=1.2,
                linestyle=(0, (0.5, 3)),
                dash_capstyle="round",
                label=_text(name),
            )
        )
    sides = sorted(set(m.places().side), reverse=True)
    colours = place_colours(sides)
    for side in sides:
        if style == "neutral":
            text = side or "·"
        else:
            text = f"place on the {side} side" if side else "other place"
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=4.5,
                color=colours[side],
                markeredgecolor="white",
                label=text,
            )
        )
    return handles


def _credits(m: _Map, frame: LocalFrame, style: str, extra: str = "") -> str:
    parts = []
    if style != "neutral":
        parts.append("Zones built on the WGS84 ellipsoid; areas and lengths geodesic.")
    parts.append(f"{GEONAMES_ATTRIBUTION}.")
    parts.append(f"{NATURAL_EARTH_ATTRIBUTION}; land and sea: Natural Earth.")
    lon0 = (frame.lon0 + 180.0) % 360.0 - 180.0  # a frame across ±180° may be centred past it
    parts.append(
        f"Transverse Mercator centred on {lon0:.2f}° E, {frame.lat0:.2f}° N. Made with geozone."
    )
    if extra:
        parts.append(extra)
    return " ".join(parts)


def _subtitle(variants: list[str], m: _Map, opts: FigureOptions, date: str | None) -> str:
    zones = m.zones[m.zones.variant.isin(variants)]
    readings = ", ".join(dict.fromkeys(READING.get(s, s) for s in zones.semantics))
    widths = sorted(set(zones.width_km))
    span = f"{widths[0]:g} km" if len(widths) == 1 else f"{widths[0]:g}–{widths[-1]:g} km"
    when = f"Data as of {date}" if date else "Date of the data: not stated in the zones file"
    if opts.style == "neutral":
        return f"{span} · {date}" if date else span
    return f"Zones {span} ({readings}) · {when}"


def _title_block(
    fig: Figure, width_in: float, height_in: float, title: str, subtitle: str, style: str
) -> float:
    """Write title and subtitle at the top; return the height used, inches."""
    if style == "neutral" and not title:
        fig.text(
            0.15 / width_in, 1 - 0.12 / height_in, subtitle, fontsize=7.5, va="top", color="#444444"
        )
        return 0.32
    lines = textwrap.wrap(title, width=int(width_in * 11)) or [""]
    fig.text(
        0.15 / width_in,
        1 - 0.12 / height_in,
        "\n".join(lines),
        fontsize=11,
        fontweight="bold",
        va="top",
        linespacing=1.15,
    )
    used = 0.12 + 0.19 * len(lines)
    fig.text(
        0.15 / width_in,
        1 - (used + 0.05) / height_in,
        subtitle,
        fontsize=7.5,
        va="top",
        color="#444444",
    )
    return used + 0.27


def _footer(
    fig: Figure, width_in: float, height_in: float, handles: list, credits: str, top_in: float
) -> Bbox:
    """Legend and credits under the map(s); returns the legend's box (display pixels)."""
    ncol = 3 if width_in >= 6 else 2
    legend = fig.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(0.12 / width_in, top_in / height_in),
        ncol=ncol,
        fontsize=6.5,
        frameon=False,
        handlelength=2.6,
        columnspacing=1.4,
        borderaxespad=0,
        borderpad=0.2,
    )
    wrapped = "\n".join(textwrap.wrap(credits, width=int(width_in * 21)))
    fig.text(
        0.15 / width_in,
        0.08 / height_in,
        wrapped,
        fontsize=5.2,
        va="bottom",
        color="#555555",
        linespacing=1.25,
    )
    return legend.get_window_extent(fig.canvas.get_renderer())


def _legend_height(handles: list, width_in: float) -> float:
    ncol = 3 if width_in >= 6 else 2
    return 0.145 * math.ceil(len(handles) / ncol) + 0.08


def _credit_height(credits: str, width_in: float) -> float:
    return 0.1 * len(textwrap.wrap(credits, width=int(width_in * 21))) + 0.16


def _focus(m: _Map) -> set[str]:
    """Countries the zones lie in (drawn lighter)."""
    union = shapely.union_all(list(m.zone_xy.values()))
    return {row.name for row in m.base.itertuples() if row.geometry.intersects(union)}


def render_figure(
    layers: gpd.GeoDataFrame,
    summary: pd.DataFrame | None = None,
    options: FigureOptions | None = None,
    title: str = "geozone",
) -> FigureResult:
    """Draw the static map of zones and their context.

    Parameters
    ----------
    layers : geopandas.GeoDataFrame
        Zones and context layers (EPSG:4326) with a ``layer`` column, as
        :func:`geozone.io.layers.read_layers` reads them.
    summary : pandas.DataFrame, optional
        Per-variant figures (:func:`geozone.jobs.coverage.measure_layers`),
        printed under each panel of small multiples.
    options : FigureOptions, optional
        Size, extent, variants, style, small multiples.
    title : str
        Title when ``options.title`` is not given.

    Returns
    -------
    FigureResult
        The matplotlib figure (Agg canvas) and the boxes of its parts.
    """
    opts = options or FigureOptions()
    # a zone across ±180° is drawn whole, in one continuous frame of longitude
    moved, _ = continuous(layers.geometry.values)
    layers = layers.copy()
    layers[layers.geometry.name] = gpd.GeoSeries(moved, index=layers.index, crs=layers.crs)
    zones = layers[layers.layer.astype(str) == "zone"]
    if not len(zones):
        raise InputError("zones", "has no zone polygons", "give a zones file geozone wrote")
    variants = _chosen(zones, opts)
    with mpl.rc_context(RC):
        if opts.small_multiples:
            return _small_multiples(layers, zones, summary, opts, variants, title)
        return _single(layers, zones, opts, variants, title)


def _single(layers, zones, opts: FigureOptions, variants: list[str], title: str) -> FigureResult:
    chosen = zones[zones.variant.isin(variants)]
    extent = _extent(layers, chosen, opts)
    frame = LocalFrame(extent)
    colours = width_colours(layers.loc[layers.layer.isin(["zone", "ring"]), "width_km"])
    m = _Map(layers, frame, extent, opts.style, colours)
    handles = _legend_handles(m, variants, opts.style)
    credits = _credits(m, frame, opts.style)
    x0, y0, x1, y1 = frame.box(extent)
    width_in = opts.size_in[0] if opts.size_in else 7.5
    side = 0.15
    map_w = width_in - 2 * side
    head = 0.75 if opts.style != "neutral" or opts.title else 0.32
    foot = _legend_height(handles, width_in) + _credit_height(credits, width_in) + 0.1
    if opts.size_in:
        height_in = opts.size_in[1]
    else:
        # a page-shaped map: at most a little taller than wide (the extent widens instead)
        map_h = min(max(map_w * (y1 - y0) / (x1 - x0), 3.0), 1.05 * map_w)
        height_in = head + map_h + foot
    fig = Figure(figsize=(width_in, height_in), dpi=100)
    FigureCanvasAgg(fig)
    head = _title_block(
        fig,
        width_in,
        height_in,
        opts.title or title,
        _subtitle(variants, m, opts, opts.date),
        opts.style,
    )
    map_h = height_in - head - foot
    if map_h < 1.0:
        raise InputError(
            f"size={width_in:g}x{height_in:g}", "leaves no room for the map", "give a taller size"
        )
    ax = fig.add_axes((side / width_in, foot / height_in, map_w / width_in, map_h / height_in))
    m.setup(ax)
    countries = m.draw_basemap(ax, _focus(m))
    m.draw_zones(ax, variants)
    shields = m.draw_context(ax)
    obstacles = m.draw_places(ax)
    renderer = fig.canvas.get_renderer()
    obstacles += [t.get_window_extent(renderer) for t in shields]
    obstacles += _clear_country_names(ax, countries, list(obstacles))
    union = m.clutter(ax, shapely.union_all([m.zone_xy[v] for v in variants]))
    bar_corner = quietest_corner(ax, union, ("lower left", "lower right"), 0.3, 0.14)
    bar = scale_bar(ax, frame, bar_corner)
    arrow_corner = quietest_corner(ax, union, ("upper left", "upper right"), 0.1, 0.16)
    north = north_arrow(ax, frame, arrow_corner)
    obstacles += [bar.bbox, north]
    labels = m.label(ax, variants, obstacles, fontsize=6.5)
    legend = _footer(fig, width_in, height_in, handles, credits, foot - 0.06)
    return FigureResult(
        fig,
        opts,
        variants,
        maps=[ax.get_window_extent(renderer)],
        frame=frame,
        legend=legend,
        scale_bars=[bar],
        north=north,
        labels=labels,
    )


def _panel_caption(summary: pd.DataFrame | None, variant: str, zones, style: str) -> str:
    row = zones[zones.variant == variant].iloc[0]
    head = variant
    if summary is None or variant not in set(summary.variant):
        return f"{head}\n{_amount(row.area_km2)} km²"
    s = summary[summary.variant == variant].iloc[0]
    routes = [
        f"{c[:-3]} {s[c]:.1f} km"
        for c in summary.columns
        if c.endswith("_km") and c not in ("width_km",) and pd.notna(s[c])
    ]
    people = _people(s.get("population_inside"))
    if style != "neutral":
        people = f"{people} people"
    lines = [head, f"{_amount(s.area_km2)} km² · {people}"]
    if routes:
        lines.append(" · ".join(routes))
    return "\n".join(lines)


def _small_multiples(
    layers, zones, summary, opts: FigureOptions, variants: list[str], title: str
) -> FigureResult:
    chosen = zones[zones.variant.isin(variants)]
    extent = _extent(layers, chosen, opts)
    frame = LocalFrame(extent)
    colours = width_colours(layers.loc[layers.layer.isin(["zone", "ring"]), "width_km"])
    m = _Map(layers, frame, extent, opts.style, colours)
    handles = _legend_handles(m, variants, opts.style)
    credits = _credits(m, frame, opts.style, "Every panel has the same extent and scale.")
    n = len(variants)
    ncols = 2 if n == 4 else min(3, n)
    nrows = math.ceil(n / ncols)
    x0, y0, x1, y1 = frame.box(extent)
    width_in = opts.size_in[0] if opts.size_in else 10.0
    side, gap, caption = 0.15, 0.12, 0.46
    panel_w = (width_in - 2 * side - (ncols - 1) * gap) / ncols
    head = 0.75 if opts.style != "neutral" or opts.title else 0.32
    foot = _legend_height(handles, width_in) + _credit_height(credits, width_in) + 0.1
    if opts.size_in:
        height_in = opts.size_in[1]
        panel_h = (height_in - head - foot) / nrows - caption
    else:
        panel_h = min(max(panel_w * (y1 - y0) / (x1 - x0), 1.5), 6.0)
        height_in = head + nrows * (panel_h + caption) + foot
    if panel_h < 0.8:
        raise InputError(
            f"size={width_in:g}x{height_in:g}",
            "leaves no room for the panels",
            "give a larger size or fewer variants",
        )
    fig = Figure(figsize=(width_in, height_in), dpi=100)
    FigureCanvasAgg(fig)
    _title_block(
        fig,
        width_in,
        height_in,
        opts.title or title,
        _subtitle(variants, m, opts, opts.date),
        opts.style,
    )
    focus = _focus(m)
    result = FigureResult(fig, opts, variants, frame=frame)
    renderer = fig.canvas.get_renderer()
    for i, variant in enumerate(variants):
        r, c = divmod(i, ncols)
        left = side + c * (panel_w + gap)
        bottom = height_in - head - r * (panel_h + caption) - panel_h
        ax = fig.add_axes(
            (left / width_in, bottom / height_in, panel_w / width_in, panel_h / height_in)
        )
        m.setup(ax, shape=panel_w / panel_h)
        countries = m.draw_basemap(ax, focus)
        m.draw_zones(ax, [variant], lw=0.9)
        shields = m.draw_context(ax, lw_scale=0.75)
        obstacles = m.draw_places(ax, size_scale=0.7)
        obstacles += [t.get_window_extent(renderer) for t in shields]
        obstacles += _clear_country_names(ax, countries, list(obstacles))
        if i == 0:
            union = m.clutter(ax, m.zone_xy[variant])
            bar = scale_bar(
                ax,
                frame,
                quietest_corner(ax, union, ("lower left", "lower right"), 0.35, 0.16),
                fontsize=5.5,
            )
            north = north_arrow(
                ax,
                frame,
                quietest_corner(ax, union, ("upper left", "upper right"), 0.12, 0.18),
                fontsize=6.5,
            )
            obstacles += [bar.bbox, north]
            result.scale_bars.append(bar)
            result.north = north
        result.labels += m.label(ax, [variant], obstacles, fontsize=5, min_population=10_000)
        colour = colours[float(zones[zones.variant == variant].width_km.iloc[0])]
        fig.add_artist(
            Rectangle(
                ((left + 0.02) / width_in, (bottom - 0.17) / height_in),
                0.1 / width_in,
                0.1 / height_in,
                transform=fig.transFigure,
                facecolor=colour,
                edgecolor="none",
            )
        )
        fig.text(
            (left + 0.16) / width_in,
            (bottom - 0.05) / height_in,
            _panel_caption(summary, variant, zones, opts.style),
            fontsize=6.5,
            va="top",
            linespacing=1.3,
        )
        result.maps.append(ax.get_window_extent(renderer))
    result.legend = _footer(fig, width_in, height_in, handles, credits, foot - 0.06)
    return result


def figure_bytes(result: FigureResult, fmt: str) -> bytes:
    """The figure as PNG, SVG or PDF bytes; the same figure gives the same bytes.

    Dates are left out of the SVG and PDF metadata and the SVG's ids are
    salted with a fixed string, so two renders are identical.
    """
    fmt = fmt.lower().lstrip(".")
    title = result.figure.texts[0].get_text().replace("\n", " ") if result.figure.texts else ""
    buf = io.BytesIO()
    with mpl.rc_context(RC):
        if fmt == "png":
            meta = {"Software": "geozone", "Title": title}
            result.figure.savefig(buf, format="png", dpi=result.options.dpi, metadata=meta)
        elif fmt == "svg":
            meta = {"Date": None, "Creator": "geozone", "Title": title}
            result.figure.savefig(buf, format="svg", metadata=meta)
        elif fmt == "pdf":
            meta = {
                "CreationDate": None,
                "ModDate": None,
                "Creator": "geozone",
                "Producer": "geozone",
                "Title": title,
            }
            result.figure.savefig(buf, format="pdf", metadata=meta)
        else:
            raise InputError(f"format={fmt!r}", "is unknown", "use png, svg or pdf")
    return buf.getvalue()


def write_figure(result: FigureResult, path: str | Path) -> Path:
    """Write the figure atomically, in the format its name ends with."""
    path = Path(path)
    return write_atomic(path, figure_bytes(result, path.suffix))
