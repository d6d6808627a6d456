"""The static figure: pixels where the zones, legend and scale bar should be; SVG/PDF that open."""

from __future__ import annotations

import io
import math
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from clirun import invoke
from PIL import Image

from geozone.figure import FigureOptions, parse_extent, parse_size
from geozone.figure.render import figure_bytes, render_figure
from geozone.style import ROUTE_COLOURS, width_colours

TITLE = "Idlib test figure"


@pytest.fixture(scope="module")
def zones_file(built):
    """All layers in one GeoJSON, as the run's one default build wrote them (see conftest)."""
    return built.out / "idlib-2018.geojson"


@pytest.fixture(scope="module")
def read_back(zones_file):
    from geozone.io.layers import read_layers
    from geozone.jobs.coverage import measure_layers

    layers = read_layers([zones_file])
    return layers, measure_layers(layers)


@pytest.fixture(scope="module")
def single(read_back):
    layers, summary = read_back
    result = render_figure(layers, summary, FigureOptions(dpi=120, date="2018-09-17"), TITLE)
    png = figure_bytes(result, "png")
    return result, np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])


def _near(img: np.ndarray, box, colour: str, tol: int = 12) -> int:
    """Pixels in box (left, top, right, bottom) within tol of a colour on every channel."""
    left, top, right, bottom = box
    part = img[top:bottom, left:right]
    return int((np.abs(part - _rgb(colour)).max(axis=2) <= tol).sum())


def test_zones_legend_and_scale_bar_are_where_expected(single, read_back):
    result, img = single
    layers, _ = read_back
    colours = width_colours(layers.loc[layers.layer == "zone", "width_km"])
    height, width, _ = img.shape
    assert (width, height) == (round(7.5 * 120), pytest.approx(height))
    [map_box] = [result.pixels(b) for b in result.maps]
    legend = result.pixels(result.legend)
    bar = result.pixels(result.scale_bars[0].bbox)
    # the map fills most of the figure; the legend is under it, outside the map
    assert map_box[2] - map_box[0] > 0.9 * width
    assert legend[1] >= map_box[3] - 2
    # every drawn width's outline is in the map and its swatch in the legend
    assert set(result.variants) == {"depth-15km", "depth-20km", "depth-25km"}  # the first reading
    for km in (15.0, 20.0, 25.0):
        assert _near(img, map_box, colours[km]) > 80, km  # dotted depth outlines
        assert _near(img, legend, colours[km], 40) > 8, km  # dotted swatches: anti-aliased
    # the scale bar: black and white blocks, and no zone under it
    assert _near(img, bar, "#111111", 30) > 50
    assert _near(img, bar, "#ffffff", 10) > 50
    for km in (15.0, 20.0, 25.0):
        assert _near(img, bar, colours[km], 6) == 0
    # nor a route, where a corner free of them exists
    for colour in ROUTE_COLOURS[:2]:
        assert _near(img, bar, colour, 20) == 0, colour
    # the sea is the background colour somewhere in the map (the coast is in view)
    assert _near(img, map_box, "#c9dbe6", 3) > 100
    # places inside the zones are labelled, each name once
    assert {"Aleppo", "Khan Shaykhun", "Morek"} <= set(result.labels)  # the scenario's spellings
    assert len(result.labels) == len(set(result.labels)) >= 25


def test_labels_do_not_collide(single):
    result, _ = single
    fig = result.figure
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    names = set(result.labels)
    boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_text() in names]
    assert len(boxes) >= 25
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)


def test_scale_bar_length_is_geodesic(single):
    result, _ = single
    bar = result.scale_bars[0]
    frame = result.frame
    (lon1, lat1), (lon2, lat2) = (frame.lonlat(*bar.start), frame.lonlat(*bar.end))
    # an independent distance: Vincenty-free, on the sphere of the same mean radius;
    # along a parallel over 25 km the two differ by well under 0.5 %
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    km = 2 * r * math.asin(math.sqrt(a))
    assert km == pytest.approx(bar.km, rel=0.005)


def test_formats_open_and_are_deterministic(read_back):
    layers, summary = read_back
    opts = FigureOptions(dpi=60, size_in=(6, 6), extent=(36.0, 35.3, 37.0, 36.3), style="neutral")
    result = render_figure(layers, summary, opts, "")
    again = render_figure(layers, summary, opts, "")
    # the neutral style writes no words of geozone's own
    words = " ".join(t.get_text() for t in result.figure.texts)
    words += " ".join(t.get_text() for ax in result.figure.axes for t in ax.texts)
    for english in ("TURKEY", "SYRIA", "total width", "held place", "Date of", "as reported"):
        assert english not in words
    for fmt in ("png", "svg", "pdf"):
        assert figure_bytes(result, fmt) == figure_bytes(again, fmt), fmt
    svg = ET.fromstring(figure_bytes(result, "svg"))
    assert svg.tag.endswith("svg")
    assert svg.get("width") == "432pt" and svg.get("height") == "432pt"
    assert len(svg.findall(".//{http://www.w3.org/2000/svg}path")) > 100
    pdf = figure_bytes(result, "pdf")
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert re.search(rb"/MediaBox \[ 0 0 432 432 \]", pdf)
    assert pdf.count(b"/Type /Page ") + pdf.count(b"/Type /Page\n") == 1
    assert b"CreationDate" not in pdf
    png = Image.open(io.BytesIO(figure_bytes(result, "png")))
    assert png.size == (360, 360)


def test_small_multiples_share_extent_and_scale(read_back):
    layers, summary = read_back
    result = render_figure(layers, summary, FigureOptions(dpi=60, small_multiples=True), TITLE)
    assert len(result.maps) == len(result.variants) == 6
    axes = result.figure.axes[:6]
    limits = {(ax.get_xlim(), ax.get_ylim()) for ax in axes}
    assert len(limits) == 1  # the same extent in every panel
    sizes = {(round(b.width), round(b.height)) for b in result.maps}
    assert len(sizes) == 1  # the same size, so the same scale
    captions = [t.get_text() for t in result.figure.texts]
    row = summary.set_index("variant").loc["total-20km"]
    caption = next(c for c in captions if c.startswith("total-20km"))
    assert f"{row.area_km2:,.0f} km²" in caption
    assert f"M4 {row.M4_km:.1f} km" in caption and "people" in caption


def test_figure_command_any_zones_file(tmp_path, zones_file):
    out = tmp_path / "fig.pdf"
    small = ["--size", "10x12cm", "--extent", "36.5,35.3,37.0,35.8", "--variant", "depth-20km"]
    result = invoke(["figure", str(zones_file), "-o", str(out), *small])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF-")
    # zones alone, as geozone buffer writes them: no context layers at all
    line = tmp_path / "line.geojson"
    line.write_text('{"type": "LineString", "coordinates": [[36.2, 35.6], [36.6, 35.4]]}')
    zones = tmp_path / "zones.geojson"
    assert invoke(["buffer", str(line), "-w", "10km", "-w", "5km", "-o", str(zones)]).exit_code == 0
    png = tmp_path / "b.png"
    result = invoke(["figure", str(zones), "-o", str(png), "--small-multiples", "--dpi", "60"])
    assert result.exit_code == 0, result.output
    assert Image.open(png).size[0] == 600


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--size", "big"], "--size 'big': is not a size"),
        (["--extent", "1,2,3"], "--extent '1,2,3': is not four numbers"),
        (["--variant", "total-99km"], "--variant 'total-99km': is not in the zones"),
        (["--style", "loud"], "--style 'loud': is unknown"),
        (["--dpi", "5"], "--dpi 5: is out of range"),
        (["-o", "fig.jpg"], "does not end in .png or .svg or .pdf"),
    ],
)
def test_figure_bad_options_are_one_line(tmp_path, zones_file, args, needle):
    out = ["-o", str(tmp_path / "f.png")] if "-o" not in args else []
    result = invoke(["figure", str(zones_file), *out, *args])
    assert result.exit_code == 2, result.output
    assert needle in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "f.png").exists()


def test_size_and_extent_parsing():
    assert parse_size("7x8") == (7.0, 8.0)
    assert parse_size("25.4x50.8cm") == pytest.approx((10.0, 20.0))
    assert parse_extent("35.9,35.0,37.4,36.6") == (35.9, 35.0, 37.4, 36.6)


def test_the_scale_bar_takes_the_corner_no_line_crosses():
    import matplotlib.pyplot as plt
    import shapely

    from geozone.figure.furniture import quietest_corner

    fig, ax = plt.subplots()
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    zone = shapely.box(40, 40, 60, 60)  # in neither corner
    line = shapely.LineString([(0, 3), (25, 9)]).buffer(1.0)  # a line across the lower left
    corners = ("lower left", "lower right")
    assert quietest_corner(ax, zone, corners, 0.3, 0.14) == "lower left"  # a tie: the first
    assert quietest_corner(ax, shapely.union_all([zone, line]), corners, 0.3, 0.14) == "lower right"
    plt.close(fig)
