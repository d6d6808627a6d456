"""Loading a scenario: find its folder, then parse, resolve and derive it."""

from __future__ import annotations

from pathlib import Path

from .derive import derive_scenario
from .find import scenario_dir
from .model import Scenario
from .parse import parse_scenario
from .resolve import resolve_scenario


def load_scenario(path: str | Path | None = None) -> Scenario:
    """Read and resolve a scenario.

    Parameters
    ----------
    path : str or Path, optional
        A scenario folder, its ``scenario.toml``, or a name under ``data/``
        (default: ``idlib-2018``).

    Returns
    -------
    Scenario
        With every name resolved to coordinates (EPSG:4326).

    Raises
    ------
    InputError
        Listing every problem found in the file at once, each with its line.
    """
    return derive_scenario(resolve_scenario(parse_scenario(scenario_dir(path))))
