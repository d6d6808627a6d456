"""Distances to geodesic lines and sides, checked against brute force."""

import numpy as np
import pytest

from geozone.geometry.geodesy import GEOD, distance_to_line, geodesic_points, side_of


def brute_distance(lon, lat, line, step_m=5.0):
    dense = geodesic_points(line, step_m)
    _, _, d = GEOD.inv(np.full(len(dense), lon), np.full(len(dense), lat), dense[:, 0], dense[:, 1])
    return d.min()


@pytest.mark.parametrize(
    "line",
    [
        np.array([[36.2, 35.6], [36.35, 35.45], [36.6, 35.4], [36.8, 35.5]]),
        np.array([[10.0, 70.0], [12.0, 70.3]]),
    ],
)
def test_distance_matches_dense_sampling(line):
    rng = np.random.default_rng(1)
    lon = rng.uniform(line[:, 0].min() - 0.3, line[:, 0].max() + 0.3, 25)
    lat = rng.uniform(line[:, 1].min() - 0.2, line[:, 1].max() + 0.2, 25)
    d, _, _ = distance_to_line(lon, lat, line)
    for i in range(len(lon)):
        # dense sampling every 5 m overestimates by at most a few cm
        assert brute_distance(lon[i], lat[i], line) - d[i] == pytest.approx(0.0, abs=0.05)


def test_side_of_follows_walking_direction():
    line = np.array([[0.0, 0.0], [0.0, 1.0]])  # walking north
    assert list(side_of([0.1, -0.1, 0.0], [0.5, 0.5, 0.5], line)) == [1, -1, 0]
