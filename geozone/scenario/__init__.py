"""The scenario model, its TOML schema, and loading in parse, resolve and derive steps."""

from .find import DEFAULT_SCENARIO, known_routes, scenario_dir, scenario_reading
from .load import load_scenario
from .model import Route, Scenario, Side, Vertex

__all__ = [
    "DEFAULT_SCENARIO",
    "Route",
    "Scenario",
    "Side",
    "Vertex",
    "known_routes",
    "load_scenario",
    "scenario_dir",
    "scenario_reading",
]
