"""Check the dated lines of contact and the M4 corridor line.

Run from the repository root with the project's environment:
    .venv/bin/python data/idlib-fronts/check.py

For each file: a FeatureCollection with one LineString, valid and simple, inside
Syria (Natural Earth 1:10m), with one vertex note per coordinate; its geodesic
length (WGS84). For the dated lines: the opposition-held area (the line closed
along the Afrin area and the Turkish border, clipped to Syria) and how much of
the 2018 area each later line leaves to the government.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pyproj import Geod
from shapely.geometry import LineString, Polygon
from shapely.validation import explain_validity

from geozone.sources.naturalearth import country_polygon

HERE = Path(__file__).resolve().parent
M4 = HERE.parent / "idlib-2020" / "m4-trumba-ain-al-havr.geojson"
GEOD = Geod(ellps="WGS84")
SYRIA = country_polygon("SYR")

# Closing of the opposition area, as in data/idlib-2018/scenario.toml
# ([sides.opposition.area] closing): along the Afrin area, then through Turkey
# (cut away by the clip to Syria) back to the line's start.
CLOSING = [(36.84, 36.38), (36.70, 36.40), (36.50, 36.50), (36.10, 36.10), (36.10, 35.93)]


def read_line(path: Path) -> tuple[LineString, dict]:
    fc = json.loads(path.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection", path
    assert len(fc["features"]) == 1, path
    feat = fc["features"][0]
    assert feat["geometry"]["type"] == "LineString", path
    return LineString(feat["geometry"]["coordinates"]), feat["properties"]


def km(line: LineString) -> float:
    return GEOD.geometry_length(line) / 1000.0


def km2(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def check_line(path: Path, line: LineString, props: dict) -> list[str]:
    problems = []
    if not line.is_valid:
        problems.append(f"not valid: {explain_validity(line)}")
    if not line.is_simple:
        problems.append("not simple (crosses itself)")
    outside = line.difference(SYRIA)
    if not outside.is_empty:
        problems.append(f"{km(outside):.2f} km outside Syria")
    if len(props.get("vertices", [])) != len(line.coords):
        problems.append("vertices list is not parallel to the coordinates")
    for v in props.get("vertices", []):
        if not (("label" in v) ^ ("between" in v)) or "note" not in v:
            problems.append(f"vertex without label/between and note: {v}")
    for key in ("uncertainty_km", "uncertain", "note"):
        if key not in props and "source" not in props:
            problems.append(f"missing property {key}")
    return problems


def opposition_area(line: LineString):
    ring = list(line.coords) + CLOSING
    poly = Polygon(ring)
    if not poly.is_valid:
        poly = poly.buffer(0)
    return poly.intersection(SYRIA)


def main() -> int:
    failed = False
    files = sorted(HERE.glob("*.geojson"))
    areas = {}
    print(
        f"{'date':<12}{'vertices':>9}{'length km':>11}{'opp. area km2':>15}"
        f"{'lost since 2018':>17}{'lost since previous':>21}{'gained since previous':>23}"
    )
    prev = None
    first = None
    for path in files:
        line, props = read_line(path)
        problems = check_line(path, line, props)
        if props.get("date") != path.stem:
            problems.append("date property does not match the file name")
        area = opposition_area(line)
        areas[path.stem] = area
        first = first or area
        lost0 = km2(first.difference(area))
        lost = km2(prev.difference(area)) if prev is not None else 0.0
        gained = km2(area.difference(prev)) if prev is not None else 0.0
        print(
            f"{path.stem:<12}{len(line.coords):>9}{km(line):>11.1f}{km2(area):>15.0f}"
            f"{lost0:>17.0f}{lost:>21.0f}{gained:>23.0f}"
        )
        for p in problems:
            print(f"  PROBLEM: {p}")
            failed = True
        prev = area

    if M4.exists():
        line, props = read_line(M4)
        problems = check_line(M4, line, props)
        print(f"\n{M4.name}: {len(line.coords)} waypoints, {km(line):.1f} km")
        last = areas.get("2020-03-06")
        if last is not None:
            inside = line.intersection(last)
            print(f"  length inside the opposition area of 2020-03-06: {km(inside):.1f} km")
        for p in problems:
            print(f"  PROBLEM: {p}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
