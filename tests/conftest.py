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
def bands(scenario):
    """Each zone shrunk and grown by the line's and routes' margins."""
    from geozone.jobs.zonetable import build_bands

    return build_bands(scenario)


@pytest.fixture(scope="session")
def summary(scenario, zone_frame, bands):
    return geozone.measure(scenario, zone_frame, bands)


@pytest.fixture(scope="session")
def layers(scenario, zone_frame, bands):
    """Zones, rings, bands and context layers, as the build exports them."""
    from geozone.jobs.pipeline import all_layers

    with_bands = all_layers(zone_frame, bands)
    return all_layers(with_bands, geozone.scenario_features(scenario, with_bands))


@pytest.fixture(scope="session")
def page_file(scenario, layers, summary, tmp_path_factory):
    """The default scenario's comparison page, written once."""
    notes = scenario.claims.disagreements if scenario.claims is not None else ()
    from geozone.jobs.pipeline import drawn

    fmap = geozone.render_map(drawn(layers), summary, scenario.title, notes)
    return geozone.write_map(fmap, tmp_path_factory.mktemp("page") / "idlib-2018.html")
