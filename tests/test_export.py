"""Exported layers: GeoJSON + QML per layer, the GeoPackage, determinism, the export command."""

import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shapely
import shapely.geometry
from clirun import invoke

from geozone.io.layers import LAYER_COLUMNS, split_layers
from geozone.io.layerset import layer_styles, write_geojson_set, write_geopackage
from geozone.style import width_colours

MAPS = Path(__file__).resolve().parents[1] / "maps"


@pytest.fixture(scope="module")
def frames(layers, summary):
    return split_layers(layers, summary)


def test_every_layer_has_its_fields(frames, zone_frame):
    assert list(frames) == list(LAYER_COLUMNS)
    for name, frame in frames.items():
        assert list(frame.columns[: len(LAYER_COLUMNS[name]) + 1]) == [
            "layer",
            *LAYER_COLUMNS[name],
        ]
    assert len(frames["zones"]) == int((zone_frame.layer == "zone").sum())
    assert len(frames["rings"]) == int((zone_frame.layer == "ring").sum())
    routes = frames["routes"]
    assert list(routes.route) == ["M4", "M5"]
    assert routes["km_in_depth-20km"].tolist() == pytest.approx([71.99, 85.58], abs=0.01)
    assert routes["from"].tolist()[0] == "Latakia"
    places = frames["places"]
    # unknown populations are blank, not 0
    assert str(places.population.dtype) == "Int64"
    assert places.population.isna().any() and (places.population.dropna() > 0).all()
    assert places.geonameid.notna().sum() > 40
    for col in ("sources", "method", "max_error_m", "area_km2"):
        assert frames["zones"][col].notna().all(), col


def test_geojson_files_follow_rfc_7946(frames, tmp_path):
    files = write_geojson_set(frames, tmp_path, "t")
    assert [p.name for p in files][:2] == ["t-zones.geojson", "t-zones.qml"]
    for path in files:
        if path.suffix != ".geojson":
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\d\.\d{8,}", text), path.name  # at most 7 decimals
        for f in json.loads(text)["features"]:
            geom = shapely.geometry.shape(f["geometry"])
            minx, miny, maxx, maxy = geom.bounds
            assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90
            polys = getattr(geom, "geoms", [geom]) if geom.geom_type.endswith("Polygon") else []
            for poly in polys:
                assert poly.exterior.is_ccw, path.name
                assert all(not ring.is_ccw for ring in poly.interiors), path.name
            if polys:
                assert geom.is_valid, path.name


def test_styles_use_the_map_colours(frames):
    styles = layer_styles(frames)
    colours = width_colours(list(frames["zones"].width_km) + list(frames["rings"].width_km))
    for name in ("zones", "rings"):
        root = ET.fromstring(styles[name].split("\n", 1)[1])
        cats = root.findall("./renderer-v2/categories/category")
        assert [c.get("value") for c in cats] == list(frames[name].variant)
        symbols = {s.get("name"): s for s in root.findall("./renderer-v2/symbols/symbol")}
        for cat, km in zip(cats, frames[name].width_km, strict=True):
            opts = {
                o.get("name"): o.get("value")
                for o in symbols[cat.get("symbol")].iter("Option")
                if o.get("name")
            }
            hex_colour = colours[km]
            rgb = ",".join(str(int(hex_colour[i : i + 2], 16)) for i in (1, 3, 5))
            assert opts["outline_color"] == rgb + ",255"
    for text in styles.values():
        ET.fromstring(text.split("\n", 1)[1])  # well-formed XML


def test_geopackage_holds_every_layer_and_its_default_style(frames, tmp_path):
    path = write_geopackage(frames, tmp_path / "t.gpkg")
    con = sqlite3.connect(path)
    tables = [
        r[0]
        for r in con.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name"
        )
    ]
    assert tables == sorted(frames)
    styles = dict(
        con.execute("SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault = 1")
    )
    assert styles == layer_styles(frames)
    srs = {r[0] for r in con.execute("SELECT srs_id FROM gpkg_geometry_columns")}
    assert srs == {4326}
    con.close()
    assert [p.name for p in tmp_path.iterdir()] == ["t.gpkg"]  # no temporary file left


def _files(folder: Path, scenario_id: str) -> dict[str, bytes]:
    """Every file of one scenario's build in ``folder``, by path relative to it."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob(f"{scenario_id}*"))
        if p.is_file()
    }


def test_build_is_byte_for_byte_deterministic(built):
    """The committed maps/ equal, byte for byte, this run's fresh build of the default scenario.

    The two builds ran in different processes at different times (maps/ on
    another machine too, as often as not), so this shows the build is
    deterministic and that maps/ is current. After a change that moves the
    outputs, rebuild them: ``./run build``.
    """
    fresh = _files(built.out, "idlib-2018")
    committed = _files(MAPS, "idlib-2018")
    assert len(fresh) == 6 + 2 * len(LAYER_COLUMNS)  # the .png figure too
    assert sorted(committed) == sorted(fresh), "maps/ is out of date: run ./run build"
    for rel, data in fresh.items():
        assert committed[rel] == data, f"maps/{rel} differs from a fresh build: run ./run build"


def test_export_command_round_trips_the_geopackage(built, tmp_path):
    out = tmp_path / "e"
    result = invoke(["export", str(built.out / "idlib-2018.gpkg"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert "idlib-2018.gpkg" in names and "idlib-2018-summary.csv" in names
    assert "idlib-2018-zones.geojson" in names and "idlib-2018-zones.qml" in names
    # the summary measured again from the exported layers matches the build's
    assert (out / "idlib-2018-summary.csv").read_text() == (
        built.out / "idlib-2018-summary.csv"
    ).read_text()
    for layer in ("places", "routes", "line"):
        assert (out / f"idlib-2018-{layer}.geojson").read_bytes() == (
            built.out / "idlib-2018-layers" / f"idlib-2018-{layer}.geojson"
        ).read_bytes()


def test_export_bad_format_and_missing_file(tmp_path):
    result = invoke(["export", "maps/idlib-2018.geojson", "-f", "shp", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "use geojson, gpkg or csv" in result.output
    result = invoke(["export", str(tmp_path / "no.gpkg"), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert list(tmp_path.iterdir()) == []


def test_places_of_any_sides_get_their_own_colours_in_qgis():
    """A scenario's own side names (not only opposition/government) are told apart."""
    from geozone.io.qml import place_style
    from geozone.style import place_colours

    qml = place_style(["north", "south", ""])
    fills = re.findall(r'<Option name="color" type="QString" value="([^"]+)"/>', qml)
    assert fills == ["227,26,28,255", "31,120,180,255", "99,99,99,255"], fills
    for sides in (["south", "north", "east"], ["east", "north", "south", ""]):
        got = place_colours(sides)
        assert len({got[s] for s in ("north", "south", "east")}) == 3
        assert got[""] == "#636363" and "#636363" not in {got["north"], got["south"]}
    assert place_colours(["north", "south"]) == place_colours(["south", "north"])
    assert place_colours(["opposition", "north"])["opposition"] == "#e31a1c"
    assert place_colours(["opposition", "north"])["north"] != "#e31a1c"
