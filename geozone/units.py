"""Distances written with units ("20km", "500 m", "12.5 mi") to kilometres."""

from __future__ import annotations

import math
import re

from .errors import InputError

KM_PER_UNIT = {
    "km": 1.0,
    "kilometre": 1.0,
    "kilometres": 1.0,
    "kilometer": 1.0,
    "kilometers": 1.0,
    "m": 0.001,
    "metre": 0.001,
    "metres": 0.001,
    "meter": 0.001,
    "meters": 0.001,
    "mi": 1.609344,
    "mile": 1.609344,
    "miles": 1.609344,
    "nmi": 1.852,
    "nm": 1.852,
}
MAX_KM = 10_000.0
"""A quarter of the Earth's circumference, about: no zone is wider."""

_PATTERN = re.compile(r"^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)\s*([a-z]*)\s*$", re.I)


def parse_width(text: str) -> float:
    """A width with its unit, in km.

    Parameters
    ----------
    text : str
        e.g. ``"20km"``, ``"20 km"``, ``"500m"``, ``"12mi"``, ``"5nmi"``.

    Returns
    -------
    float
        Kilometres, > 0 and at most 10,000.

    Raises
    ------
    InputError
        If the number or unit is missing or unknown, or the width is not
        positive or absurdly large.
    """
    match = _PATTERN.match(str(text))
    example = "write it like 20km, 500m or 12mi"
    if not match:
        raise InputError(f"width {text!r}", "is not a number with a unit", example)
    number, unit = float(match.group(1)), match.group(2).lower()
    if not unit:
        raise InputError(f"width {text!r}", "has no unit", example)
    if unit not in KM_PER_UNIT:
        known = ", ".join(sorted({"km", "m", "mi", "nmi"}))
        raise InputError(
            f"width {text!r}", f"has an unknown unit {unit!r} (known: {known})", example
        )
    km = number * KM_PER_UNIT[unit]
    if not math.isfinite(km) or km <= 0:
        raise InputError(f"width {text!r}", "must be greater than zero", example)
    if km > MAX_KM:
        raise InputError(
            f"width {text!r}", f"is larger than {MAX_KM:,.0f} km (a quarter of the Earth)", example
        )
    return km
