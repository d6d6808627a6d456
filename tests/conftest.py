"""Shared fixtures: the default scenario and its zones, built once per test run."""

from __future__ import annotations

import pytest

import geozone


@pytest.fixture(scope="session")
def scenario():
    return geozone.load_scenario("data/idlib-2018")


@pytest.fixture(scope="session")
def zone_frame(scenario):
    return geozone.build_zones(scenario)


@pytest.fixture(scope="session")
def summary(scenario, zone_frame):
    return geozone.measure(scenario, zone_frame)
