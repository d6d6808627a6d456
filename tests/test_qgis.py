"""Every exported layer opened in real QGIS (PyQGIS, offscreen): valid, styled, right numbers.

Needs Debian's ``qgis`` and ``python3-qgis``; the check runs in the Python
that has PyQGIS (``GEOZONE_QGIS_PYTHON``, default /usr/bin/python3). Without
them these tests are skipped, unless GEOZONE_REQUIRE_QGIS=1 (as in CI).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from geozone.io.layers import LAYER_COLUMNS

CHECK = Path(__file__).with_name("qgis_check.py")


def _run_qgis(paths: list[Path]) -> dict:
    python = os.environ.get("GEOZONE_QGIS_PYTHON", "/usr/bin/python3")
    probe = (
        subprocess.run([python, "-c", "import qgis.core"], capture_output=True, check=False)
        if Path(python).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        if os.environ.get("GEOZONE_REQUIRE_QGIS") == "1":
            pytest.fail(
                f"PyQGIS is not importable from {python} (apt-get install qgis python3-qgis)"
            )
        pytest.skip("PyQGIS is not installed")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [python, str(CHECK), *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def built(built):
    """The folder of the run's one default build (see conftest)."""
    return built.out


def _expected(built: Path) -> dict[str, dict]:
    """What each layer must hold, from the GeoJSON files geozone wrote."""
    out = {}
    for name in LAYER_COLUMNS:
        path = built / "idlib-2018-layers" / f"idlib-2018-{name.replace('_', '-')}.geojson"
        fc = json.loads(path.read_text(encoding="utf-8"))
        out[name] = {
            "count": len(fc["features"]),
            "fields": list(fc["features"][0]["properties"]),
            "qml": path.with_suffix(".qml").read_text(encoding="utf-8"),
        }
    return out


def _style_colours(qml: str) -> list[list]:
    """(category value, #rrggbb, alpha) of each symbol's first layer, as QGIS reports them."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(qml.split("\n", 1)[1])
    symbols = {s.get("name"): s for s in root.iter("symbol")}
    cats = root.findall("./renderer-v2/categories/category") or [None]
    out = []
    for cat in cats:
        sym = symbols[cat.get("symbol") if cat is not None else "0"]
        opts = {o.get("name"): o.get("value") for o in sym.iter("Option") if o.get("name")}
        rgba = [int(x) for x in (opts.get("color") or opts.get("line_color")).split(",")]
        out.append(
            [
                cat.get("value") if cat is not None else "",
                "#" + "".join(f"{c:02x}" for c in rgba[:3]),
                rgba[3],
            ]
        )
    return out


def _check(report: dict, expected: dict) -> None:
    assert report["valid"]
    assert report["crs"] == "EPSG:4326"
    assert report["count"] == expected["count"]
    assert report["fields"] == expected["fields"]
    assert report["categories"] == _style_colours(expected["qml"])
    for f in report["features"]:
        assert f["valid"], f
        if "area_km2_qgis" in f and f.get("area_km2"):
            assert f["area_km2_qgis"] == pytest.approx(f["area_km2"], rel=1e-3), f


def test_geojson_layers_open_styled_in_qgis(built):
    expected = _expected(built)
    paths = [
        built / "idlib-2018-layers" / f"idlib-2018-{n.replace('_', '-')}.geojson"
        for n in LAYER_COLUMNS
    ]
    reports = _run_qgis(paths)
    for name, path in zip(LAYER_COLUMNS, paths, strict=True):
        _check(reports[str(path)], expected[name])


def test_geopackage_layers_open_styled_in_qgis(built):
    expected = _expected(built)
    gpkg = built / "idlib-2018.gpkg"
    reports = _run_qgis([gpkg])
    assert sorted(k.split("|")[1] for k in reports) == sorted(LAYER_COLUMNS)
    for name in LAYER_COLUMNS:
        report = reports[f"{gpkg}|{name}"]
        exp = dict(expected[name])
        exp["fields"] = ["fid", *exp["fields"]]  # GeoPackage keys every row
        _check(report, exp)
