"""The scenario model: its TOML schema, loading (parse, resolve, derive), variants from claims."""

from .load import DEFAULT_SCENARIO, Route, Scenario, Side, Vertex, load_scenario

__all__ = ["DEFAULT_SCENARIO", "Route", "Scenario", "Side", "Vertex", "load_scenario"]
