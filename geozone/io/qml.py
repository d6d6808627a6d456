"""QGIS layer styles (QML) for the exported layers, in the map's colours."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from ..style import (
    DASH,
    LINE_COLOUR,
    REPORTED_ROUTE_COLOUR,
    RING_OPACITY,
    ZONE_FILL_OPACITY,
    place_colours,
    route_colour,
    width_colours,
)

QGIS_VERSION = "3.22.0"
"""The QGIS version the styles are written for (later versions read them too)."""

_OUTLINE_STYLE = {None: "solid", "8 6": "dash", "2 5": "dot"}


def _rgba(hex_colour: str, alpha: float = 1.0) -> str:
    """``#rrggbb`` and an opacity (0-1) as QGIS's ``r,g,b,a`` text."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"{r},{g},{b},{round(alpha * 255)}"


def _options(values: dict[str, str]) -> str:
    items = "".join(
        f'<Option name={quoteattr(k)} type="QString" value={quoteattr(str(v))}/>'
        for k, v in values.items()
    )
    return f'<Option type="Map">{items}</Option>'


def _symbol(name: str, kind: str, layer_class: str, values: dict[str, str]) -> str:
    return (
        f'<symbol name={quoteattr(name)} type="{kind}" alpha="1" clip_to_extent="1" '
        f'force_rhr="0"><layer class="{layer_class}" enabled="1" pass="0" locked="0">'
        f"{_options(values)}</layer></symbol>"
    )


def fill_symbol(
    name: str, colour: str, fill_opacity: float, dash: str | None, width_mm: float = 0.66
) -> str:
    """A polygon symbol: translucent fill, solid-colour outline dashed by reading."""
    return _symbol(
        name,
        "fill",
        "SimpleFill",
        {
            "color": _rgba(colour, fill_opacity),
            "style": "solid",
            "outline_color": _rgba(colour),
            "outline_style": _OUTLINE_STYLE.get(dash, "dash"),
            "outline_width": f"{width_mm:g}",
            "outline_width_unit": "MM",
            "joinstyle": "round",
        },
    )


def line_symbol(name: str, colour: str, width_mm: float, dash_mm: str | None = None) -> str:
    """A line symbol; ``dash_mm`` is a QGIS custom dash ("1;6") in mm."""
    values = {
        "line_color": _rgba(colour),
        "line_width": f"{width_mm:g}",
        "line_width_unit": "MM",
        "line_style": "solid",
        "capstyle": "round",
        "joinstyle": "round",
        "use_custom_dash": "1" if dash_mm else "0",
    }
    if dash_mm:
        values["customdash"] = dash_mm
        values["customdash_unit"] = "MM"
    return _symbol(name, "line", "SimpleLine", values)


def marker_symbol(name: str, colour: str, size_mm: float = 2.2) -> str:
    """A round point symbol with a white outline."""
    return _symbol(
        name,
        "marker",
        "SimpleMarker",
        {
            "name": "circle",
            "color": _rgba(colour),
            "outline_color": "255,255,255,255",
            "outline_width": "0.3",
            "outline_width_unit": "MM",
            "size": f"{size_mm:g}",
            "size_unit": "MM",
        },
    )


def _document(renderer: str, labels: str = "") -> str:
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        f'<qgis version="{QGIS_VERSION}" styleCategories="Symbology|Labeling">\n'
        f"{renderer}\n{labels}</qgis>\n"
    )


def categorized(field: str, categories: list[tuple[str, str, str]]) -> str:
    """A categorized renderer: ``(value, label, symbol xml)`` for each category.

    The symbols must be named "0", "1", ... in category order.
    """
    cats = "".join(
        f'<category render="true" value={quoteattr(v)} label={quoteattr(lab)} symbol="{i}"/>'
        for i, (v, lab, _s) in enumerate(categories)
    )
    symbols = "".join(s for _v, _l, s in categories)
    return (
        f'<renderer-v2 type="categorizedSymbol" attr={quoteattr(field)} symbollevels="0" '
        f'enableorderby="0" forceraster="0"><categories>{cats}</categories>'
        f"<symbols>{symbols}</symbols></renderer-v2>"
    )


def single(symbol: str) -> str:
    """A single-symbol renderer (the symbol must be named "0")."""
    return (
        '<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">'
        f"<symbols>{symbol}</symbols></renderer-v2>"
    )


def labels(field: str, size_pt: float = 9.0, bold: bool = False) -> str:
    """Simple labels from a field, with a white buffer."""
    weight = 75 if bold else 50
    return (
        '<labeling type="simple"><settings calloutType="simple">'
        f'<text-style fieldName={quoteattr(field)} isExpression="0" fontSize="{size_pt:g}" '
        f'fontSizeUnit="Point" fontWeight="{weight}" textColor="34,34,34,255" '
        'fontFamily="Sans Serif"><text-buffer bufferDraw="1" bufferSize="0.8" '
        'bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="1"/></text-style>'
        '<placement placement="2" dist="1.5" distUnits="MM"/>'
        '<rendering obstacle="1" scaleVisibility="0"/></settings></labeling>\n'
    )


def zone_style(
    variants: list[tuple[str, str, float]],
    ring: bool = False,
    colours: dict[float, str] | None = None,
) -> str:
    """Zones or rings: one category per variant, coloured by width, dashed by reading.

    Parameters
    ----------
    variants : list of (variant, semantics, width_km)
        The variants in drawing order.
    ring : bool
        Rings: more opaque fill, thin outline, no dash.
    colours : dict of float to str, optional
        Colour by width (km); default: :func:`geozone.style.width_colours`
        of these variants. Pass the map's, computed over zones and rings.
    """
    colours = colours or width_colours(w for _v, _s, w in variants)
    cats = []
    for i, (variant, semantics, km) in enumerate(variants):
        colour = colours[float(km)]
        if ring:
            symbol = fill_symbol(str(i), colour, RING_OPACITY, None, 0.26)
        else:
            symbol = fill_symbol(str(i), colour, ZONE_FILL_OPACITY, DASH.get(semantics))
        cats.append((variant, variant, symbol))
    return _document(categorized("variant", cats))


def line_style() -> str:
    """The line of contact: a thick dark line."""
    return _document(single(line_symbol("0", LINE_COLOUR, 1.0)))


def route_style(route_ids: list[str]) -> str:
    """Known routes in the map's route colours, labelled with their id."""
    cats = [(r, r, line_symbol(str(i), route_colour(i), 0.8)) for i, r in enumerate(route_ids)]
    return _document(categorized("route", cats), labels("route", 9, bold=True))


def reported_route_style() -> str:
    """Routes as the reports name them: a dotted grey line, labelled."""
    return _document(
        single(line_symbol("0", REPORTED_ROUTE_COLOUR, 0.7, "0.5;2")), labels("name", 8)
    )


def place_style(sides: list[str]) -> str:
    """Places coloured by side, labelled with their name."""
    colours = place_colours(sides)
    cats = [
        (s, f"on the {s} side" if s else "other", marker_symbol(str(i), colours[s]))
        for i, s in enumerate(sides)
    ]
    return _document(categorized("side", cats), labels("name", 8))


def area_style(colour: str, fill_opacity: float, dash: str | None) -> str:
    """An outline area (clip border, side area)."""
    return _document(single(fill_symbol("0", colour, fill_opacity, dash, 0.4)))
