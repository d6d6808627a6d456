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


@pytest.fixture(scope="session")
def layers(scenario, zone_frame):
    """Zones, rings and context layers, as the build exports them."""
    from geozone.jobs.pipeline import all_layers

    return all_layers(zone_frame, geozone.scenario_features(scenario, zone_frame))


@pytest.fixture(scope="session")
def page_file(scenario, layers, summary, tmp_path_factory):
    """The default scenario's comparison page, written once."""
    notes = scenario.claims.disagreements if scenario.claims is not None else ()
    fmap = geozone.render_map(layers, summary, scenario.title, notes)
    return geozone.write_map(fmap, tmp_path_factory.mktemp("page") / "idlib-2018.html")
