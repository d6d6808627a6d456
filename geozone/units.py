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
MIN_KM = 0.001
"""One metre: narrower zones are below the half-metre accuracy of their boundaries."""

_PATTERN = re.compile(r"^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)\s*([a-z]*)\s*$", re.I)
_RANGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$", re.I)
_COMMA = re.compile(r"^\s*\d+,\d+\s*[a-z]*\s*$", re.I)
_NOT_FINITE = re.compile(r"^\s*[-+]?(nan|inf|infinity)\s*[a-z]*\s*$", re.I)
_EXAMPLE = "write it like 20km, 500m or 12mi"


def parse_width(text: str) -> float:
    """A width with its unit, in km.

    Parameters
    ----------
    text : str
        e.g. ``"20km"``, ``"20 km"``, ``"500m"``, ``"12mi"``, ``"5nmi"``.

    Returns
    -------
    float
        Kilometres, from 0.001 (1 m) to 10,000.

    Raises
    ------
    InputError
        If the number or unit is missing or unknown, the text is a range or
        uses a decimal comma, or the width is not finite, not positive, below
        1 m or absurdly large.
    """
    what = f"width={text!r}"
    if _NOT_FINITE.match(str(text)):
        raise InputError(what, "is not a finite number", _EXAMPLE)
    rng = _RANGE.match(str(text))
    if rng:
        unit = rng.group(3) or "km"
        raise InputError(
            what,
            "is a range, not one width",
            f"give each end as its own width: width={rng.group(1)}{unit} "
            f"width={rng.group(2)}{unit}",
        )
    if _COMMA.match(str(text)):
        raise InputError(
            what,
            "uses a decimal comma",
            f"write it with a point, e.g. {text.replace(',', '.').strip()}",
        )
    match = _PATTERN.match(str(text))
    if not match:
        raise InputError(what, "is not a number with a unit", _EXAMPLE)
    number, unit = float(match.group(1)), match.group(2).lower()
    if not unit:
        raise InputError(
            what, "has no unit", f"write it like {match.group(1)}km or {match.group(1)}m"
        )
    if unit not in KM_PER_UNIT:
        raise InputError(what, f"has an unknown unit {unit!r}", "use km, m, mi or nmi, e.g. 20km")
    km = number * KM_PER_UNIT[unit]
    if not math.isfinite(km) or km <= 0:
        raise InputError(what, "must be greater than zero", _EXAMPLE)
    if km < MIN_KM:
        raise InputError(what, "is narrower than 1 m", "give a width of at least 1m")
    if km > MAX_KM:
        raise InputError(
            what,
            f"is larger than {MAX_KM:,.0f} km (a quarter of the Earth)",
            "give a smaller width",
        )
    return km
