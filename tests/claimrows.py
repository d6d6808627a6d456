"""Shared shorthand for the claims tests that list made-up texts with the widths they state."""

from __future__ import annotations

from geozone.claims import extract

U, T, P, D = "unspecified", "total", "per_side", "depth"
S, PR, RJ, DR = "stated", "proposed", "rejected", "dropped"

MI, NMI, YD = 1.609344, 1.852, 0.0009144
"""A statute mile, a nautical mile and a yard, in km."""


def widths(text: str) -> list[tuple]:
    """The widths read from ``text``: (min km, max km, semantics, status), rounded to metres.

    ``status`` is the ``proposal`` field ("rejected", "dropped",
    "superseded", "proposed") or "stated".
    """
    out = []
    for c in extract(text, "t").of_kind("width"):
        f = c.fields
        status = f.get("proposal") or ("rejected" if f["status"] == "rejected" else "stated")
        out.append((round(f["min_km"], 3), round(f["max_km"], 3), f["semantics"], status))
    return out
