"""The comparison page in real headless Chromium with the network off.

Needs Chromium (Debian ``chromium``) and the ``playwright`` package. Without
them these tests are skipped, unless GEOZONE_REQUIRE_BROWSER=1 (as in CI),
where a missing browser is a failure.
"""

from __future__ import annotations

import io
import os
import re
import shutil
from pathlib import Path

import pytest

FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
ARTIFACTS = Path(__file__).resolve().parent.parent / ".artifacts"


def _chromium() -> str | None:
    return os.environ.get("GEOZONE_CHROMIUM") or shutil.which("chromium") or None


@pytest.fixture(scope="module")
def browser():
    required = os.environ.get("GEOZONE_REQUIRE_BROWSER") == "1"
    path = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if required:
            pytest.fail("playwright is not installed (pip install -e .[test])")
        pytest.skip("playwright is not installed")
    if path is None:
        if required:
            pytest.fail("Chromium is not installed (apt-get install chromium)")
        pytest.skip("Chromium is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=FLAGS)
        yield b
        b.close()


class Page:
    """A page opened offline, with its console errors and requests recorded."""

    def __init__(
        self,
        browser,
        path: Path,
        offline: bool = True,
        block_web: bool = False,
        size: tuple[int, int] = (1300, 900),
    ):
        self.context = browser.new_context(
            viewport={"width": size[0], "height": size[1]}, offline=offline
        )
        if offline:
            # a browser without a network says so (navigator.onLine); the offline context of
            # some Chromium builds cuts the network without saying it, so say it here
            self.context.add_init_script(
                "Object.defineProperty(Navigator.prototype, 'onLine', {get: () => false})"
            )
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        if block_web:
            self.context.route("http*://**", lambda route: route.abort())
        self.page.goto(path.as_uri())
        self.page.wait_for_function("document.body.dataset.geozoneReady === '1'", timeout=20000)

    def js(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def page(browser, page_file):
    p = Page(browser, page_file)
    yield p
    p.close()


def test_page_opens_offline_with_everything_drawn(page, zone_frame):
    assert page.js("typeof L === 'object' && L.version").startswith("1.9")
    variants = list(zone_frame.variant)
    controls = page.js(
        "Array.from(document.querySelectorAll('#geozone-layers input[data-layer]'))"
        ".map(e => e.dataset.layer)"
    )
    assert sorted(controls) == sorted(variants)
    # switch each variant on through its checkbox: its path must be drawn on screen
    for vid in variants:
        box = page.page.locator(f"#geozone-layers input[data-layer='{vid}']")
        if not box.is_checked():
            box.check()
        size = page.js(
            "id => { const p = document.querySelector('path.gz-v-' + id);"
            " if (!p) return null; const r = p.getBoundingClientRect();"
            " return [r.width, r.height, p.getAttribute('d').length]; }",
            vid,
        )
        assert size is not None, f"{vid} not drawn"
        assert size[0] > 50 and size[1] > 50 and size[2] > 100, (vid, size)
    legend = page.js("document.getElementById('geozone-legend')?.innerText || ''")
    for km in sorted(set(zone_frame.width_km)):
        assert f"{km:g} km" in legend
    assert "total width" in legend and "depth on one side" in legend
    summary_rows = page.js("document.querySelectorAll('#geozone-summary tbody tr').length")
    assert summary_rows == int((zone_frame.layer == "zone").sum())
    # the line, routes and their labels, the reported route and the places are drawn
    for selector in (
        "path.gz-line",
        "path.gz-route",
        "path.gz-reported-route",
        "path.gz-place",
        "path.gz-clip",
    ):
        assert page.js(f"document.querySelectorAll('{selector}').length") > 0, selector
    shields = page.js("Array.from(document.querySelectorAll('.gz-shield')).map(e => e.innerText)")
    assert {"M4", "M5"} <= set(shields)
    assert any("as reported" in s for s in shields)
    # offline: the Natural Earth basemap is on, and nothing was fetched from the web
    assert page.js("document.querySelector('.leaflet-container').classList.contains('gz-offline')")
    assert page.js("document.querySelectorAll('.gz-country').length") >= 3
    assert [u for u in page.requests if not u.startswith(("file:", "data:"))] == []
    assert page.errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "map-offline.png"))


def test_popup_shows_figures_and_reports(page):
    page.js("geozone.showOnly(['total-20km'])")
    page.js("geozone.variants['total-20km'].openPopup()")
    text = page.js("document.querySelector('.leaflet-popup-content').innerText")
    assert "total-20km" in text
    assert "4,824 km²" in text  # the geodesic area, as the summary has it
    for needle in (
        "M4 inside",
        "M5 inside",
        "Places inside",
        "Reported by",
        "000_d7c5cf9859179d54.txt",
        "15-20 kilometer-wide",
    ):
        assert needle in text, needle
    assert page.errors == []


def _colour_counts(png: bytes, rgb: tuple[int, int, int], split_x: int, width: int):
    """Pixels of exactly ``rgb`` left and right of ``split_x`` (±6 px), every other row."""
    import numpy as np
    from PIL import Image

    px = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))[0:900:2, 0:width]
    hit = np.all(px == np.array(rgb, dtype=px.dtype), axis=2)
    x = np.nonzero(hit)[1]
    return int(np.sum(x < split_x - 6)), int(np.sum(x > split_x + 6))


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def test_side_by_side_really_splits_the_vector_layers(page):
    data = page.js("geozone.data.variants.map(v => [v.id, v.colour])")
    colours = dict(data)
    left_id, right_id = "total-25km", "depth-15km"
    assert colours[left_id] != colours[right_id]
    page.js("geozone.showOnly(['total-25km', 'depth-15km'])")
    page.js("geozone.map.setView([35.8, 36.75], 9, {animate: false})")
    page.page.wait_for_timeout(300)
    split = page.js("geozone.map.getSize().x / 2")  # any vertical: both variants cross it
    width = int(page.js("geozone.map.getSize().x")) - 360  # the panel covers the right edge
    both = page.page.screenshot()
    # shown together, each variant's outline colour is on both halves
    for vid in (left_id, right_id):
        left, right = _colour_counts(both, _rgb(colours[vid]), split, width)
        assert left > 20 and right > 20, (vid, left, right)
    page.page.select_option("#gz-left", left_id)
    page.page.select_option("#gz-right", right_id)
    page.page.click("#gz-compare-go")
    page.page.wait_for_timeout(300)
    split = page.js("parseFloat(document.querySelector('.gz-divider').style.left)")
    cut = page.page.screenshot()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "map-side-by-side.png").write_bytes(cut)
    left, right = _colour_counts(cut, _rgb(colours[left_id]), split, width)
    assert left > 20 and right == 0, (left_id, left, right)
    left, right = _colour_counts(cut, _rgb(colours[right_id]), split, width)
    assert right > 20 and left == 0, (right_id, left, right)
    # the split follows the divider when it is dragged, and the map when it pans
    handle = page.page.locator(".gz-divider-handle").bounding_box()
    page.page.mouse.move(handle["x"] + 17, handle["y"] + 17)
    page.page.mouse.down()
    page.page.mouse.move(300, 450, steps=8)
    page.page.mouse.up()
    page.js("geozone.map.panBy([-60, 0], {animate: false})")
    page.page.wait_for_timeout(300)
    moved = page.page.screenshot()
    new_split = page.js("parseFloat(document.querySelector('.gz-divider').style.left)")
    assert abs(new_split - 300) < 3
    left, right = _colour_counts(moved, _rgb(colours[left_id]), new_split, width)
    assert right == 0, right
    left, right = _colour_counts(moved, _rgb(colours[right_id]), new_split, width)
    assert left == 0 and right > 20, (left, right)
    page.page.click("#gz-compare-stop")
    assert page.js("document.querySelectorAll('.gz-divider').length") == 0
    assert page.js("document.querySelector('.leaflet-pane.leaflet-gzLeft-pane').style.clip") == ""
    assert page.errors == []


def test_measure_tool_gives_the_geodesic_distance(page):
    import pyproj

    page.page.click(".gz-tool a[title^='Measure']")
    for lon, lat in ((36.2, 35.4), (36.9, 36.1)):
        xy = page.js("ll => geozone.map.latLngToContainerPoint(ll)", [lat, lon])
        page.page.mouse.click(xy["x"], xy["y"])
    result = page.js("geozone.lastMeasure")
    (lon1, lat1), (lon2, lat2) = result["points"]
    _, _, metres = pyproj.Geod(ellps="WGS84").inv(lon1, lat1, lon2, lat2)
    assert result["km"] * 1000 == pytest.approx(metres, abs=0.01)
    label = page.js("document.querySelector('.gz-measure-label').innerText")
    assert label == f"{metres / 1000:,.2f} km"
    page.page.keyboard.press("Escape")
    page.page.wait_for_function("document.querySelectorAll('.gz-measure-label').length === 0")
    assert page.js("document.querySelectorAll('path.gz-measure').length") == 0


def test_coordinates_scale_fullscreen_and_attribution(page):
    page.page.mouse.move(400, 400)
    coords = page.js("document.querySelector('.gz-coords').innerText")
    assert "° N" in coords and "° E" in coords
    assert page.js("document.querySelector('.leaflet-control-scale-line').innerText").endswith("km")
    assert page.js("document.querySelector('.gz-tool a[title=\"Full screen\"]') !== null")
    credit = page.js("document.querySelector('.leaflet-control-attribution').innerText")
    assert "GeoNames" in credit and "Natural Earth" in credit
    bases = page.js("Object.keys(geozone.baseLayers)")
    assert bases == ["Light", "OpenStreetMap", "Satellite", "Natural Earth (offline)"]


def test_tiles_that_never_load_fall_back_to_the_offline_basemap(browser, page_file):
    # the machine believes it is online, but no tile server answers
    p = Page(browser, page_file, offline=False, block_web=True)
    try:
        assert p.js("geozone.startBase") == "Light"
        p.page.wait_for_function(
            "document.querySelector('.leaflet-container').classList.contains('gz-offline')",
            timeout=10000,
        )
        assert "did not load" in p.js("document.querySelector('.gz-notice').innerText")
        # the notice sits at the bottom, and gives way as soon as a popup opens
        p.js("geozone.variants['depth-20km'].openPopup()")  # shown at load
        assert p.js("document.querySelectorAll('.gz-notice').length") == 0
        assert [e for e in p.errors if "net::" not in e and "Failed to load" not in e] == []
    finally:
        p.close()


def test_map_built_from_a_buffer_file_opens_too(browser, tmp_path):
    import numpy as np

    from geozone.io.geojson import write_geojson
    from geozone.jobs.pipeline import buffer, map_files

    zones = write_geojson(
        buffer(np.array([[36.2, 35.6], [36.6, 35.4]]), [5.0, 10.0]), tmp_path / "zones.geojson"
    )
    page_path, _ = map_files([zones], tmp_path / "b.html")
    p = Page(browser, page_path)
    try:
        assert p.js("document.querySelectorAll('path.gz-zone').length") == 2
        assert p.errors == []
    finally:
        p.close()


# ---- framing: the page never hides the zone ----

SIZES = [(1024, 700), (1920, 1080)]


def _png_array(png: bytes):
    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def _zone_pixels(img, colours: list[str]):
    """Row and column of every pixel exactly in one of the zone outline colours."""
    import numpy as np

    mask = np.zeros(img.shape[:2], dtype=bool)
    for c in colours:
        mask |= (img == np.array(_rgb(c))).all(axis=2)
    return np.nonzero(mask)


def _covers(page) -> list[tuple[float, float, float, float]]:
    """Boxes (left, top, right, bottom) of the panel, the legend and the map's controls."""
    return page.js(
        "Array.from(document.querySelectorAll('#geozone-panel, #geozone-legend,"
        " .leaflet-control-zoom, .leaflet-control-layers, .gz-tool, .leaflet-control-scale,"
        " .leaflet-control-attribution'))"
        ".map(e => { const r = e.getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom]; })"
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_default_zones_are_all_visible_at_load(browser, page_file, size):
    p = Page(browser, page_file, size=size)
    try:
        shown = p.js(
            "geozone.data.variants.filter(v => geozone.map.hasLayer(geozone.variants[v.id]))"
            ".map(v => v.colour)"
        )
        assert len(shown) == 3
        covers = _covers(p)
        # the zones as drawn with everything over the map hidden (the view unchanged) ...
        p.js(
            "document.querySelectorAll('.leaflet-control-container').forEach("
            "e => e.style.visibility = 'hidden')"
        )
        bare = _png_array(p.page.screenshot())
        p.js(
            "document.querySelectorAll('.leaflet-control-container').forEach("
            "e => e.style.visibility = '')"
        )
        rows, cols = _zone_pixels(bare, shown)
        assert len(rows) > 80  # the depth zones shown at load have dotted outlines
        # ... lie wholly inside the window and under none of the panel, legend or controls
        height, width = bare.shape[:2]
        assert rows.min() > 2 and cols.min() > 2
        assert rows.max() < height - 3 and cols.max() < width - 3
        for left, top, right, bottom in covers:
            under = (cols >= left) & (cols <= right) & (rows >= top) & (rows <= bottom)
            assert not under.any(), ((left, top, right, bottom), int(under.sum()))
        # and the normal screenshot shows them: the outline pixels are still there
        shot = _png_array(p.page.screenshot())
        ARTIFACTS.mkdir(exist_ok=True)
        p.page.screenshot(path=str(ARTIFACTS / f"map-{size[0]}x{size[1]}.png"))
        assert len(_zone_pixels(shot, shown)[0]) > 0.9 * len(rows)
        # a legend with long names (a scenario's own lines) wraps clear of the panel
        p.js(
            "(() => { const c = document.querySelectorAll('#geozone-legend .gz-legend-col');"
            " const d = document.createElement('div');"
            " d.textContent = 'Line of contact, 17 September 2018 (the zone line) '.repeat(2);"
            " c[c.length - 1].appendChild(d); })()"
        )
        panel, legend, row = p.js(
            "['#geozone-panel', '#geozone-legend', '#geozone-legend .gz-legend-col:last-child"
            " > div:last-child'].map(q => {"
            " const r = document.querySelector(q).getBoundingClientRect();"
            " return [r.left, r.top, r.right, r.bottom]; })"
        )
        assert legend[2] <= panel[0] or legend[3] <= panel[1], (legend, panel)
        assert row[2] <= legend[2], (row, legend)  # a row too long is cut short, not run on
        # the summary table fits its panel: no sideways scrolling
        assert p.js(
            "(() => { const b = document.querySelector('#geozone-panel .gz-body');"
            " return b.scrollWidth <= b.clientWidth; })()"
        )
        assert p.errors == []
    finally:
        p.close()


def test_collapsing_refits_and_print_is_one_page(browser, page_file):
    p = Page(browser, page_file, size=(1024, 700))
    try:
        before = p.js("[geozone.map.getCenter().lng, geozone.map.getZoom()]")
        p.page.click(".gz-collapse")
        after = p.js("[geozone.map.getCenter().lng, geozone.map.getZoom()]")
        # the free part of the map grew to the right: the view moved east and zoomed in
        assert after[0] < before[0] and after[1] >= before[1], (before, after)
        legend_h = p.js("document.getElementById('geozone-legend').offsetHeight")
        p.page.click(".gz-legend-toggle")
        assert p.js("document.getElementById('geozone-legend').offsetHeight") < legend_h / 2
        assert p.js("document.querySelector('.gz-legend-col').offsetParent === null")
        p.js(
            "document.querySelectorAll('.leaflet-control-container').forEach("
            "e => e.style.visibility = 'hidden')"
        )
        colours = p.js("geozone.data.variants.slice(0, 3).map(v => v.colour)")
        img = _png_array(p.page.screenshot())
        rows, cols = _zone_pixels(img, colours)
        assert rows.min() > 2 and cols.min() > 2
        assert rows.max() < 697 and cols.max() < 1021
        assert p.errors == []
        # printing: map, legend and sources on one page, without the panel
        p.page.emulate_media(media="print")
        assert p.js("getComputedStyle(document.getElementById('geozone-panel')).display") == "none"
        assert p.js("getComputedStyle(document.getElementById('geozone-legend')).display") != "none"
        sources = p.js("document.getElementById('geozone-print-sources').innerText")
        assert "GeoNames" in sources and "Natural Earth" in sources
        pdf = p.page.pdf(landscape=True, format="A4", print_background=True)
        assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1

    finally:
        p.close()


def test_click_where_zones_overlap_lists_every_variant(page):
    # a point just beside the line, on the opposition side, is inside all three depth
    # zones (the reading shown at load)
    point = page.js(
        "(() => { const c = geozone.data.line[0].geometry.coordinates;"
        " const m = c[Math.floor(c.length / 2)];"
        " const p = geozone.map.latLngToContainerPoint([m[1], m[0]]);"
        " for (const dx of [6, -6, 8, -8, 10, -10]) for (const dy of [0, 6, -6]) {"
        "   const e = document.elementFromPoint(p.x + dx, p.y + dy);"
        "   if (e && e.classList.contains('gz-zone')) return [p.x + dx, p.y + dy]; }"
        " return null; })()"
    )
    assert point is not None
    page.page.mouse.click(*point)
    # a closing popup fades out for a moment: read the newest one
    last = "Array.from(document.querySelectorAll('.leaflet-popup-content')).pop().innerText"
    text = page.js(last)
    assert "3 zones contain this point" in text
    for vid in ("depth-15km", "depth-20km", "depth-25km"):
        assert vid in text
    page.page.click(".gz-overlap a[data-variant='depth-25km']")
    area = page.js("geozone.data.variants.find(v => v.id === 'depth-25km').area_km2")
    assert f"{area:,.0f} km²" in page.js(last)
    assert page.errors == []


def test_place_labels_never_collide(page):
    boxes = page.js(
        "Array.from(document.querySelectorAll('.gz-place-label span')).map(e => {"
        " const r = e.getBoundingClientRect(); return [e.innerText, r.left, r.top, r.right,"
        " r.bottom]; })"
    )
    names = [b[0] for b in boxes]
    assert len(names) >= 20 and len(set(names)) == len(names)
    inside = set(
        page.js("geozone.data.places.filter(p => p.inside.includes('total-15km')).map(p => p.name)")
    )
    assert len(inside & set(names)) >= 15  # towns inside the zones are labelled
    for i, (_, l1, t1, r1, b1) in enumerate(boxes):
        for _, l2, t2, r2, b2 in boxes[i + 1 :]:
            assert l1 >= r2 or l2 >= r1 or t1 >= b2 or t2 >= b1, (boxes[i], (l2, t2))


def test_a_popup_opened_under_the_panel_is_moved_clear_of_it(page):
    page.js(
        "(() => { const s = geozone.map.getSize();"
        " geozone.variants['depth-20km'].openPopup("
        "geozone.map.containerPointToLatLng([s.x - 120, s.y / 2])); })()"
    )
    popup, panel = page.js(
        "[document.querySelector('.leaflet-popup'), document.getElementById('geozone-panel')]"
        ".map(e => { const r = e.getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom]; })"
    )
    assert popup[2] <= panel[0], (popup, panel)
    assert page.errors == []


def test_zone_across_the_antimeridian_draws_whole_not_round_the_world(browser, tmp_path):
    from test_antimeridian import _fiji_layers

    import geozone

    layers = _fiji_layers()
    fmap = geozone.render_map(layers, None, "Fiji")
    path = geozone.write_map(fmap, tmp_path / "fiji.html")
    p = Page(browser, path)
    try:
        box = p.js(
            "() => { const r = document.querySelector('path.gz-v-total-20km')"
            ".getBoundingClientRect(); return [r.left, r.width, r.height]; }"
        )
        shot = p.page.screenshot()
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "map-antimeridian.png").write_bytes(shot)
    finally:
        p.close()
    # one zone some 250 km long, framed: not a band across the whole world
    assert 200 < box[1] < 1300 and box[2] > 200, box
    assert p.errors == []
