"""The comparison page without a browser: its data, weight, self-containment and the map command."""

import json
import re

import numpy as np
import pyproj
import pytest
import shapely
from clirun import invoke

import geozone
from geozone.style import width_colours
from geozone.web.display import simplify_for_display
from geozone.web.page import map_html
from geozone.web.payload import map_data, parse_sources


@pytest.fixture(scope="module")
def data(scenario, layers, summary):
    return map_data(layers, summary, scenario.title, scenario.claims.disagreements)


def test_every_variant_and_ring_is_in_the_page_data(data, zone_frame):
    zones = zone_frame[zone_frame.layer == "zone"]
    rings = zone_frame[zone_frame.layer == "ring"]
    assert [v["id"] for v in data["variants"]] == list(zones.variant)
    assert [r["id"] for r in data["rings"]] == list(rings.variant)
    for v in data["variants"]:
        assert v["geometry"]["type"] in ("Polygon", "MultiPolygon")
        assert v["figures"]["area_km2"] == pytest.approx(v["area_km2"])
        assert v["sources"], v["id"]  # every Idlib variant is backed by a report
        assert all({"file", "quote"} <= set(s) for s in v["sources"])
    assert {r["id"] for r in data["routes"]} == {"M4", "M5"}
    assert len(data["reported_routes"]) == 1
    assert "Latakia" in data["reported_routes"][0]["name"]
    assert "Hama" in data["reported_routes"][0]["name"]
    assert data["notes"]  # the reports disagree on the width


def test_colours_are_the_shared_width_colours(data, zone_frame):
    expected = width_colours(zone_frame.width_km)
    assert {w["width_km"]: w["colour"] for w in data["legend"]} == expected
    for v in data["variants"] + data["rings"]:
        assert v["colour"] == expected[v["width_km"]]


def test_drawn_shapes_lie_within_10_m_of_the_exported_ones(zone_frame):
    simple, shift = simplify_for_display(zone_frame.geometry.values)
    assert shift <= 10.0
    # checked again in another projection (UTM 37N, metres) than the one that simplified
    utm = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True)

    def to_utm(g):
        return shapely.transform(g, lambda xy: np.column_stack(utm.transform(xy[:, 0], xy[:, 1])))

    for orig, drawn in zip(zone_frame.geometry.values, simple, strict=True):
        d = shapely.hausdorff_distance(to_utm(orig), to_utm(drawn), densify=0.1)
        assert d <= 10.0 * 1.001  # UTM scale error here is under 0.1 %
    assert (
        shapely.get_num_coordinates(simple).sum()
        < 0.6 * shapely.get_num_coordinates(zone_frame.geometry.values).sum()
    )


def test_sources_text_parses_into_file_quote_and_role():
    text = 'seeds/a.txt: "a 15-20 km zone" (lower end of 15-20 km) | notes.txt: "20 km"'
    assert parse_sources(text) == [
        {"file": "seeds/a.txt", "quote": "a 15-20 km zone", "role": "lower end of 15-20 km"},
        {"file": "notes.txt", "quote": "20 km"},
    ]
    assert parse_sources(None) == []
    assert parse_sources("typed by hand") == [{"quote": "typed by hand"}]


def test_page_is_self_contained_light_and_deterministic(scenario, layers, summary, page_file):
    html = page_file.read_text(encoding="utf-8")
    assert len(html.encode()) <= 2 * 1024 * 1024
    # Leaflet and every style are inline: nothing is fetched to draw the page
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+stylesheet", html)
    assert "Leaflet 1.9" in html
    assert 'id="geozone-data"' in html
    assert "GeoNames" in html and "Natural Earth" in html and "OpenStreetMap" in html
    again = map_html(
        geozone.render_map(layers, summary, scenario.title, scenario.claims.disagreements)
    )
    assert again == html


def test_embedded_data_cannot_close_its_script(layers, summary):
    evil = layers.copy()
    first = evil.index[evil.layer == "zone"][0]
    evil.loc[first, "sources"] = 'x.txt: "</script><script>alert(1)</script>"'
    html = map_html(geozone.render_map(evil, summary, "t"))
    payload = html.split('id="geozone-data">', 1)[1].split("</script>", 1)[0]
    data = json.loads(payload.replace("<\\/", "</"))
    assert data["variants"][0]["sources"][0]["quote"] == "</script><script>alert(1)</script>"


def test_map_command_renders_an_exported_zones_file(built, tmp_path):
    out = tmp_path / "again.html"
    result = invoke(["map", str(built.out / "idlib-2018.geojson"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "6 variants" in result.output
    html = out.read_text(encoding="utf-8")
    payload = json.loads(html.split('id="geozone-data">', 1)[1].split("</script>", 1)[0])
    assert len(payload["variants"]) == 6
    # the figures come back from the layers alone, as the build measured them
    built = {
        v["id"]: v
        for v in json.loads(
            (built.out / "idlib-2018.html")
            .read_text(encoding="utf-8")
            .split('id="geozone-data">', 1)[1]
            .split("</script>", 1)[0]
        )["variants"]
    }
    for v in payload["variants"]:
        for key in ("M4_km", "M5_km", "places_inside", "population_inside", "opposition_share_pct"):
            assert v["figures"][key] == pytest.approx(built[v["id"]]["figures"][key]), key


def test_map_command_takes_buffer_output_and_a_line(tmp_path):
    line = tmp_path / "line.geojson"
    line.write_text(json.dumps({"type": "LineString", "coordinates": [[36.2, 35.6], [36.6, 35.4]]}))
    zones = tmp_path / "zones.geojson"
    result = invoke(["buffer", str(line), "-w", "10km", "-w", "5km", "-o", str(zones)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "m.html"
    result = invoke(["map", str(zones), str(line), "-o", str(out), "--title", "Test"])
    assert result.exit_code == 0, result.output
    payload = json.loads(out.read_text().split('id="geozone-data">', 1)[1].split("</script>")[0])
    assert [v["id"] for v in payload["variants"]] == ["total-5km", "total-10km"]
    assert len(payload["line"]) == 1
    assert payload["title"] == "Test"


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("not json at all", "cannot be read"),
        ('{"type": "LineString", "coordinates": [[36, 35], [36.5, 35.5]]}', "no zone polygons"),
        (
            '{"type": "Polygon", "coordinates": [[[36, 35], [36.5, 35], [36.5, 35.5], [36, 35]]]}',
            "without a width_km",
        ),
    ],
)
def test_map_command_bad_input_is_one_line_and_writes_nothing(tmp_path, content, needle):
    src = tmp_path / "in.geojson"
    src.write_text(content)
    out = tmp_path / "out.html"
    result = invoke(["map", str(src), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert needle in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]


def test_map_command_missing_file(tmp_path):
    result = invoke(["map", str(tmp_path / "nope.geojson"), "-o", "x.html"])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_page_leads_with_the_memorandum_and_says_how_figures_are_made(data):
    # the depth reading is first, so the page opens on it (the first reading is shown)
    assert data["semantics"][0]["key"] == "depth"
    assert [v["id"] for v in data["variants"]][:3] == ["depth-15km", "depth-20km", "depth-25km"]
    press = {r["id"] for r in data["readings"] if r["press_only"]}
    assert press == {"depth-25km", "total-25km"}
    note = " ".join(data["method_note"])
    for needle in ("Uncertainty:", "Surely inside", "10,000 per km²", "never as 0 people"):
        assert needle in note, needle
    # unknown population is null, never 0
    pops = [p["population"] for p in data["places"]]
    assert None in pops and 0 not in pops
