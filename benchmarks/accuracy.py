"""Geodesic error and vertex count: geozone against a one-UTM-zone buffer with defaults.

Run: python benchmarks/accuracy.py  (prints a Markdown table)
"""

from __future__ import annotations

import time

import geopandas as gpd
import numpy as np
import shapely

import geozone
from geozone import zones
from geozone.geodesy import geodesic_points

LONG = np.array([[8.0, 46.0], [20.5, 48.5]])  # about 1,000 km, UTM zones 32-34


def utm_buffer(line: np.ndarray, w_m: float):
    """What most scripts do: project to the UTM zone of the line's middle, buffer, project back."""
    geom = shapely.LineString(geodesic_points(line, 1000.0))
    series = gpd.GeoSeries([geom], crs=4326)
    utm = series.to_crs(series.estimate_utm_crs())
    return utm.buffer(w_m).to_crs(4326).iloc[0]


def main() -> None:
    idlib = geozone.load_scenario("data/idlib-2018").line
    cases = [("Idlib line", idlib, w) for w in (15, 20, 25)]
    cases += [("1,000 km line", LONG, w) for w in (50, 140)]
    print(
        "| line | total width | geozone max error (m) | vertices | time (s) "
        "| one UTM zone max error (m) | vertices |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, line, width in cases:
        w = width * 500.0
        start = time.perf_counter()
        geom = zones.zone(line, width, "total")
        took = time.perf_counter() - start
        ours = zones.geodesic_error(geom, line, w)
        theirs = zones.geodesic_error(utm_buffer(line, w), line, w)
        print(
            f"| {name} | {width} km | {ours.max_abs_m:.3f} | {ours.vertices} | {took:.3f} "
            f"| {theirs.max_abs_m:.1f} | {theirs.vertices} |"
        )


if __name__ == "__main__":
    main()
