"""Write 2018-09-17.geojson from the line of the idlib-2018 scenario (vertices and notes).

Run from the repository root with the project's environment:
    .venv/bin/python data/idlib-fronts/from_scenario.py

The 2018 dated line is the scenario's line, so that a sweep's first date and
the scenario's zones are built along the same vertices.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from geozone.geometry.geodesy import line_length_m
from geozone.scenario import load_scenario

HERE = Path(__file__).resolve().parent
OUT = HERE / "2018-09-17.geojson"
_BETWEEN = re.compile(r"^between (.+) and (.+)$")


def vertex_entry(v) -> dict:
    """A vertex's entry: the place pair it lies between, or its label; its note and ± km."""
    m = _BETWEEN.match(v.label)
    entry: dict = {"between": [m.group(1), m.group(2)]} if m else {"label": v.label}
    entry["note"] = v.note
    if v.uncertainty_km is not None:
        entry["uncertainty_km"] = v.uncertainty_km
    return entry


def main() -> None:
    s = load_scenario("data/idlib-2018")
    old = json.loads(OUT.read_text(encoding="utf-8"))["features"][0]["properties"]
    props = {
        "date": "2018-09-17",
        "title": old["title"],
        "uncertainty_km": old["uncertainty_km"],
        "uncertain": True,
        "sources": old["sources"],
        "note": (
            "The line of contact of the idlib-2018 scenario (data/idlib-2018/scenario.toml), "
            "written by from_scenario.py: midpoints between places held by each side, and "
            "estimated points where no pair is known; each vertex carries the scenario's note "
            "and uncertainty. The front did not move between February 2018 and the end of "
            "April 2019."
        ),
        "vertices": [vertex_entry(v) for v in s.vertices],
    }
    coords = [[round(v.lon, 6), round(v.lat, 6)] for v in s.vertices]
    fc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": props,
                "geometry": {"type": "LineString", "coordinates": coords},
            }
        ],
    }
    OUT.write_text(json.dumps(fc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(coords)} vertices, {line_length_m(s.line) / 1000:.1f} km")


if __name__ == "__main__":
    main()
