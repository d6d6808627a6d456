"""Shared fixtures: the default scenario built once per test run, its outputs shared read-only.

``geozone build`` of the default scenario is the slow step of the suite, so
it runs once (:func:`built`), as a user runs it, and every test that only
reads what a build writes (the page, the layers, the GeoPackage, the figure)
or computes (zones, layers, summary) shares that one build. Its files are
made read-only, so a test that wrote into them would fail. Under
pytest-xdist the first worker to need it builds and the others wait and
read its result (a file lock in the run's shared temporary folder).
"""

from __future__ import annotations

import fcntl
import os
import pickle
import stat
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pytest
from clirun import invoke

import geozone

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Built:
    """One ``geozone build`` of the default scenario: its folder, its printout, its result."""

    out: Path
    """The output folder (files read-only)."""
    output: str
    """What the command printed."""
    result: object
    """The :class:`geozone.jobs.pipeline.BuildResult` the command's build returned."""


def _build_into(out: Path) -> Built:
    """Run ``geozone build --out OUT`` in-process, keeping the build's returned result."""
    from geozone.jobs import pipeline

    real = pipeline.build
    kept = []

    def keep(*args, **kwargs):
        kept.append(real(*args, **kwargs))
        return kept[-1]

    here = Path.cwd()
    os.chdir(ROOT)  # the default scenario is found under data/, as from the repository
    try:
        with mock.patch.object(pipeline, "build", keep):
            result = invoke(["build", "--out", out])
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    for path in out.rglob("*"):
        if path.is_file():
            path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return Built(out, result.output, kept[0])


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Built:
    """The default scenario built once for the whole run (once per run under xdist too)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = shared / "default-build"
    saved = shared / "default-build.pickle"
    with open(shared / "default-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if saved.exists():
            return pickle.loads(saved.read_bytes())
        done = _build_into(folder)
        saved.write_bytes(pickle.dumps(done))
        return done


@pytest.fixture(scope="session")
def scenario():
    return geozone.load_scenario("data/idlib-2018")


@pytest.fixture(scope="session")
def zone_frame(built):
    return built.result.zones


@pytest.fixture(scope="session")
def summary(built):
    return built.result.summary


@pytest.fixture(scope="session")
def layers(built):
    """Zones, rings, bands and context layers, as the build exports them."""
    return built.result.layers


@pytest.fixture(scope="session")
def page_file(built):
    """The default scenario's comparison page, as the build wrote it."""
    return built.out / "idlib-2018.html"


# the files whose tests take longest (a browser, hypothesis, builds, a Dask cluster), slowest
# first: run first, so that two processes finish together instead of one waiting on the last
_SLOW_FIRST = (
    "test_map_browser.py",
    "test_properties.py",
    "test_bad_input.py",
    "test_zones.py",
    "test_engine.py",
    "test_sweep.py",
    "test_figure.py",
    "test_map.py",
    "test_toward.py",
    "test_claims_learned.py",
    "test_cli.py",
    "test_scenario_format.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Order the files slowest first (each file's own tests keep their order)."""
    rank = {name: i for i, name in enumerate(_SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))
