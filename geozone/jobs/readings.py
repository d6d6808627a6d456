"""Which reading leads, who reported each variant, and the line's and routes' margins."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

import numpy as np

from ..claims import extract
from ..geometry.uncertainty import stretch_margins
from ..geometry.zones import SEMANTICS
from ..scenario import Scenario
from ..scenario.variants import ZoneVariant

LEAD = "first: {semantics}, the reading of {source}"
"""The ``reading`` field of the scenario's own reading (its ``[[claims.reading]]``)."""

ALTERNATIVE = "alternative: {semantics}, as the reports word it"
"""The ``reading`` field of every other semantics."""

_WORDS = {"total": "total width", "per_side": "width on each side", "depth": "depth on one side"}


def _reading_backers(variant: ZoneVariant):
    """The scenario readings among a variant's backers (their role is just 'read as …')."""
    return [b for b in variant.backing if b.role == f"read as {variant.semantics}"]


def lead_semantics(scenario: Scenario) -> tuple[str, ...]:
    """The semantics to build, the scenario's own readings first, then in SEMANTICS order."""
    lead = [v.semantics for v in scenario.variants if _reading_backers(v)]
    rest = sorted(scenario.semantics, key=SEMANTICS.index)
    return tuple(dict.fromkeys([*lead, *rest]))


def _short(source: str) -> str:
    """A source's name up to its first comma or parenthesis."""
    return re.split(r"[,(]", source, maxsplit=1)[0].strip() or source


def _official_widths(scenario: Scenario) -> set[float]:
    """The widths (km) the scenario's readings themselves state."""
    out: set[float] = set()
    for v in scenario.variants:
        for b in _reading_backers(v):
            for c in extract(b.quote, b.source).of_kind("width"):
                for key in ("min_km", "max_km", "km"):
                    if isinstance(c.fields.get(key), int | float):
                        out.add(float(c.fields[key]))
    return out


def _who(source: str, outlets: dict[str, str]) -> str:
    """``outlet (file)`` when the scenario says who published the report, else the file."""
    name = PurePosixPath(source.replace("\\", "/")).name
    outlet = outlets.get(source) or outlets.get(name)
    return f"{outlet} ({name})" if outlet else source


def variant_fields(scenario: Scenario) -> dict[str, dict[str, object]]:
    """Per variant name: ``reading``, ``press_only`` and ``reported_by``.

    ``reported_by`` lists the reports stating the variant's width (not the
    scenario's readings, which say how to read a width, not which), each as
    ``outlet (file)`` where ``[claims.outlets]`` names its publisher.
    ``press_only`` is true when no reading's own words state that width:
    only press reports give it.
    """
    from .zonetable import variant_name

    official = _official_widths(scenario)
    leads = {v.semantics: _reading_backers(v)[0] for v in scenario.variants if _reading_backers(v)}
    out: dict[str, dict[str, object]] = {}
    for v in scenario.variants:
        reports = [
            _who(b.source, scenario.outlets) for b in v.backing if b not in _reading_backers(v)
        ]
        words = _WORDS.get(v.semantics, v.semantics)
        if v.semantics in leads:
            reading = LEAD.format(semantics=words, source=_short(leads[v.semantics].source))
        else:
            reading = ALTERNATIVE.format(semantics=words)
        out[variant_name(v.semantics, v.km)] = {
            "reading": reading if leads else None,
            "press_only": bool(leads) and v.km not in official,
            "reported_by": ", ".join(dict.fromkeys(reports)) or None,
        }
    return out


def line_margins(scenario: Scenario) -> np.ndarray | None:
    """Each edge's margin (km) from the vertices' ``uncertainty_km``; None when none is stated.

    A vertex without one counts as 0 km when others state theirs.
    """
    per_vertex = [None if np.isnan(m) else float(m) for m in scenario.line_uncertainty_km]
    if all(m is None for m in per_vertex):
        return None
    return stretch_margins(per_vertex, None)


def route_margins(scenario: Scenario) -> dict[str, float]:
    """Each route's stated lateral margin (km), where it states one."""
    out = {}
    for r in scenario.routes:
        m = r.uncertainty_km
        if m is not None:
            out[r.id] = float(m)
    return out


def margin_text(edges: np.ndarray, extra_km: float = 0.0, route: str | None = None) -> str:
    """A margin in words: the line's range by stretch, plus a route's own."""
    lo, hi = float(edges.min()), float(edges.max())
    line = f"±{lo:g} km" if lo == hi else f"±{lo:g}–{hi:g} km by stretch"
    if route is None:
        return f"line {line}"
    return f"line {line} + {route} ±{extra_km:g} km"


__all__ = [
    "lead_semantics",
    "line_margins",
    "margin_text",
    "route_margins",
    "variant_fields",
]
