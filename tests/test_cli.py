"""The command line end to end: build, buffer, help and errors."""

import json
import subprocess
import sys

import pytest
import shapely
import shapely.geometry
from clirun import invoke

LINE = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {},
            "geometry": {"type": "LineString", "coordinates": [[36.2, 35.6], [36.6, 35.4]]},
        }
    ],
}


def test_build_writes_map_layers_and_summary(built):
    """``geozone build`` of the default scenario (the run's one build, see conftest)."""
    tmp_path = built.out
    assert "total-20km" in built.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "idlib-2018-claims.json",
        "idlib-2018-layers",
        "idlib-2018-summary.csv",
        "idlib-2018.geojson",
        "idlib-2018.gpkg",
        "idlib-2018.html",
        "idlib-2018.png",
    ]
    from PIL import Image

    with Image.open(tmp_path / "idlib-2018.png") as png:  # the static figure, for print
        assert png.format == "PNG" and png.width == 7.5 * 300
        assert png.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    fc = json.loads((tmp_path / "idlib-2018.geojson").read_text())
    zones = [f for f in fc["features"] if f["properties"]["layer"] == "zone"]
    assert len(zones) == 6  # total and depth, 15/20/25 km
    for f in zones:
        for key in ("scenario", "variant", "width_km", "semantics", "area_km2"):
            assert f["properties"][key] is not None
    # every zone and ring stays valid after rounding to 7 decimals
    polygons = [f for f in fc["features"] if f["properties"]["layer"] in ("zone", "ring")]
    assert len(polygons) == 10
    for f in polygons:
        assert shapely.is_valid(shapely.geometry.shape(f["geometry"])), f["properties"]["variant"]
    assert "leaflet" in (tmp_path / "idlib-2018.html").read_text().lower()


def test_buffer_file_to_file(tmp_path):
    src = tmp_path / "line.geojson"
    src.write_text(json.dumps(LINE))
    out = tmp_path / "zones.geojson"
    result = invoke(["buffer", str(src), "--width", "20km", "--width", "15km", "-o", str(out)])
    assert result.exit_code == 0, result.output
    feats = json.loads(out.read_text())["features"]
    assert [f["properties"]["width_km"] for f in feats] == [15, 20]
    assert all(f["properties"]["semantics"] == "total" for f in feats)
    assert all(f["properties"]["max_error_m"] <= 1 for f in feats)


def test_buffer_stdin_to_stdout_depth_toward_place():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "geozone",
            "buffer",
            "-",
            "--width",
            "10km",
            "--semantics",
            "depth",
            "--toward",
            "Idlib",
        ],
        input=json.dumps(LINE),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    feat = json.loads(result.stdout)["features"][0]
    assert feat["properties"]["semantics"] == "depth"
    assert feat["properties"]["area_km2"] > 0


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--width", "20"], "no unit"),
        (["--width", "20km", "--semantics", "depth", "--toward", "Atlantis"], "closest"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, needle):
    """In a real process (every message is checked in-process by test_bad_input.py)."""
    src = tmp_path / "line.geojson"
    src.write_text(json.dumps(LINE))
    result = subprocess.run(
        [sys.executable, "-m", "geozone", "buffer", str(src), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_missing_line_file_is_clear(tmp_path):
    result = invoke(["buffer", str(tmp_path / "nope.geojson"), "--width", "5km"])
    assert result.exit_code == 2
    assert "does not exist" in result.output


@pytest.mark.parametrize("command", ["build", "buffer", "claims", "map", "export"])
def test_every_command_has_help_with_an_example(command):
    result = invoke([command, "--help"])
    assert result.exit_code == 0
    assert "Example: geozone " + command in result.output
