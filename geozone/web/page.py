"""The comparison map: one self-contained HTML page built with folium, Leaflet inlined."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import folium
import geopandas as gpd
import pandas as pd
import xyzservices.providers as providers
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from ..io.atomic import write_atomic
from .payload import TILE_LAYERS, map_data

MAP_NAME = "geozone_map"
"""The map's JavaScript name and element id in the page (fixed, so pages are byte-stable)."""


@lru_cache(maxsize=1)
def _leaflet() -> tuple[str, str]:
    """Leaflet's JS and CSS (from the XStatic-Leaflet package), images inlined."""
    import base64

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
    """The page's own script and styles (geozone/web/assets)."""
    folder = resources.files("geozone.web") / "assets"
    return (
        (folder / "geozone.js").read_text(encoding="utf-8"),
        (folder / "geozone.css").read_text(encoding="utf-8"),
    )


def _script_safe(text: str) -> str:
    """Text that cannot end the ``<script>`` element it is embedded in."""
    return text.replace("</", "<\\/")


class OfflineMap(folium.Map):
    """A folium map whose page loads nothing from the network.

    folium links Leaflet, jQuery, Bootstrap and Font Awesome from CDNs (its
    ``default_js``/``default_css`` resources). This map declares none: the
    page inlines Leaflet from the XStatic-Leaflet package
    (:class:`InlineResources`) and uses none of the others.
    """

    default_js: list[tuple[str, str]] = []  # noqa: RUF012 (folium's own class attribute)
    default_css: list[tuple[str, str]] = []  # noqa: RUF012


class InlineResources(MacroElement):
    """Scripts and styles written into the page's ``<head>``, in order.

    A MacroElement is defined by its class's template (branca's documented
    way); its ``header`` macro goes into the page head when the map renders.
    """

    _template = Template(
        "{% macro header(this, kwargs) %}"
        "{% for css in this.styles %}<style>{{ css }}</style>\n{% endfor %}"
        "{% for js in this.scripts %}<script>{{ js }}</script>\n{% endfor %}"
        "{% endmacro %}"
    )

    def __init__(self, styles: list[str], scripts: list[str]) -> None:
        super().__init__()
        self.styles = styles
        self.scripts = [_script_safe(s) for s in scripts]


class StartGeozone(MacroElement):
    """Hands the map, its online base layers and the page data to ``GeoZone.start``.

    Rendered into the page's script after the map and its tile layers exist.
    """

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "GeoZone.start({{ this.map_name }}, "
        "JSON.parse(document.getElementById('geozone-data').textContent), "
        "{ {% for label, name in this.tiles %}{{ label|tojson }}: {{ name }}"
        "{% if not loop.last %}, {% endif %}{% endfor %} });"
        "{% endmacro %}"
    )

    def __init__(self, map_name: str, tiles: list[tuple[str, str]]) -> None:
        super().__init__()
        self.map_name = map_name
        self.tiles = tiles


@dataclass
class Page:
    """The comparison page: the folium figure and the fixed names of its elements."""

    figure: Figure
    names: dict[str, str]

    def render(self) -> str:
        """The page's HTML text (the same inputs give the same bytes)."""
        text = self.figure.render()
        # folium names elements with random ids; the page uses fixed ones
        for random_name, fixed in self.names.items():
            text = text.replace(random_name, fixed)
        return text


def _tile_layers() -> list[folium.TileLayer]:
    """The online base layers (xyzservices providers), created but not shown."""
    out = []
    for label, key in TILE_LAYERS:
        provider = providers.query_name(key)
        out.append(
            folium.TileLayer(
                provider,
                name=label,
                max_zoom=18,
                max_native_zoom=int(provider.get("max_zoom") or 18),
                overlay=False,
                control=False,
                show=False,
            )
        )
    return out


def render_map(
    layers: gpd.GeoDataFrame,
    summary: pd.DataFrame | None = None,
    title: str = "geozone",
    notes: list[str] | tuple[str, ...] = (),
) -> Page:
    """Build the comparison page.

    folium makes the page, the Leaflet map and its online base layers;
    geozone's own script (``geozone/web/assets``) draws the zones, panel,
    legend and tools from the embedded data.

    Parameters
    ----------
    layers : geopandas.GeoDataFrame
        Zones, rings and context layers (EPSG:4326) with a ``layer`` column,
        as ``geozone build`` exports them (:func:`geozone.jobs.pipeline.all_layers`).
    summary : pandas.DataFrame, optional
        Per-variant figures (:func:`geozone.measure_layers`) for the popups
        and the summary panel.
    title : str
        Page title.
    notes : sequence of str
        Where the reports disagree, shown under the summary.

    Returns
    -------
    Page
        The page; Leaflet, its styles and all data are embedded, so it opens
        with no network (tiles then fall back to the Natural Earth basemap).
    """
    data = map_data(layers, summary, title, notes)
    (s, w), (n, e) = data["bounds"]
    figure = Figure(title=html.escape(title))
    fmap = OfflineMap(
        location=[(s + n) / 2, (w + e) / 2],
        zoom_start=9,
        tiles=None,
        control_scale=False,
        prefer_canvas=False,
        zoom_snap=0.25,
    )
    fmap.add_to(figure)
    tiles = _tile_layers()
    for t in tiles:
        t.add_to(fmap)
    leaflet_js, leaflet_css = _leaflet()
    own_js, own_css = _assets()
    InlineResources([leaflet_css, own_css], [leaflet_js, own_js]).add_to(fmap)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    figure.html.add_child(
        Element(
            f'<script type="application/json" id="geozone-data">{_script_safe(payload)}</script>'
        ),
        name="geozone_data",
    )
    figure.html.add_child(
        Element(
            '<div class="gz-print-sources" id="geozone-print-sources"><b>'
            f"{html.escape(title)}</b> · {html.escape(data['attribution'])}</div>"
        ),
        name="geozone_print_sources",
    )
    start = StartGeozone(fmap.get_name(), [(t.tile_name, t.get_name()) for t in tiles])
    start.add_to(fmap)
    names = {fmap.get_name(): MAP_NAME}
    names.update({t.get_name(): f"geozone_tiles_{i}" for i, t in enumerate(tiles)})
    names[start.get_name()] = "geozone_start"
    return Page(figure, names)


def map_html(page: Page) -> str:
    """The page's HTML text."""
    return page.render()


def write_map(page: Page, path: str | Path) -> Path:
    """Write the page's HTML atomically."""
    return write_atomic(path, map_html(page))
