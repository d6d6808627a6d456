"""The comparison map: one self-contained HTML page (folium skeleton, Leaflet embedded)."""

from __future__ import annotations

import base64
import html
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import folium
import geopandas as gpd
import pandas as pd
from branca.element import Element

from ..io.atomic import write_atomic
from .payload import map_data

MAP_ID = "geozone"
"""Fixed element id, so the same inputs give the same page, byte for byte."""


@lru_cache(maxsize=1)
def _leaflet() -> tuple[str, str]:
    """Leaflet's JS and CSS (from the XStatic-Leaflet package), images inlined."""
    from xstatic.pkg import leaflet

    base = Path(leaflet.BASE_DIR)
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def inline(m: re.Match) -> str:
        data = (base / "images" / m.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(data).decode()})"

    css = re.sub(r"url\(images/([\w.-]+\.png)\)", inline, css)
    # the sourcemap comment would make browsers look for a file that is not there
    js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)
    return js, css


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    """The page's own script and styles."""
    folder = resources.files("geozone.web") / "assets"
    return (
        (folder / "geozone.js").read_text(encoding="utf-8"),
        (folder / "geozone.css").read_text(encoding="utf-8"),
    )


def _script_safe(text: str) -> str:
    """Text that cannot end the ``<script>`` element it is embedded in."""
    return text.replace("</", "<\\/")


def render_map(
    layers: gpd.GeoDataFrame,
    summary: pd.DataFrame | None = None,
    title: str = "geozone",
    notes: list[str] | tuple[str, ...] = (),
) -> folium.Map:
    """Build the comparison page.

    Parameters
    ----------
    layers : geopandas.GeoDataFrame
        Zones, rings and context layers (EPSG:4326) with a ``layer`` column,
        as ``geozone build`` exports them (:func:`geozone.pipeline.all_layers`).
    summary : pandas.DataFrame, optional
        Per-variant figures (:func:`geozone.measure_layers`) for the popups
        and the summary panel.
    title : str
        Page title.
    notes : sequence of str
        Where the reports disagree, shown under the summary.

    Returns
    -------
    folium.Map
        The page; Leaflet, its styles and all data are embedded, so it opens
        with no network (tiles then fall back to the Natural Earth basemap).
    """
    data = map_data(layers, summary, title, notes)
    fmap = folium.Map(
        location=[
            (data["bounds"][0][0] + data["bounds"][1][0]) / 2,
            (data["bounds"][0][1] + data["bounds"][1][1]) / 2,
        ],
        zoom_start=9,
        tiles=None,
        control_scale=False,
        prefer_canvas=False,
    )
    fmap._id = MAP_ID
    fmap.default_js = []
    fmap.default_css = []
    root = fmap.get_root()
    leaflet_js, leaflet_css = _leaflet()
    own_js, own_css = _assets()
    root.header.add_child(Element(f"<title>{html.escape(title)}</title>"), name="title")
    root.header.add_child(Element(f"<style>{leaflet_css}</style>"), name="leaflet_css")
    root.header.add_child(Element(f"<style>{own_css}</style>"), name="geozone_css")
    root.header.add_child(Element(f"<script>{leaflet_js}</script>"), name="leaflet_js")
    root.header.add_child(Element(f"<script>{own_js}</script>"), name="geozone_js")
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    root.html.add_child(
        Element(
            f'<script type="application/json" id="geozone-data">{_script_safe(payload)}</script>'
        ),
        name="geozone_data",
    )
    # folium writes the map's own script at render time, after this one: start
    # once the whole document (and so the map) is there
    root.html.add_child(
        Element(
            "<script>document.addEventListener('DOMContentLoaded', function () {"
            f" GeoZone.start({fmap.get_name()}, "
            "JSON.parse(document.getElementById('geozone-data').textContent)); });</script>"
        ),
        name="geozone_start",
    )
    return fmap


def map_html(fmap: folium.Map) -> str:
    """The page's HTML text."""
    return fmap.get_root().render()


def write_map(fmap: folium.Map, path: str | Path) -> Path:
    """Write the page's HTML atomically."""
    return write_atomic(path, map_html(fmap))
