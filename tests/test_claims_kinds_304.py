"""Where a thing lies, overruled by the context model when it is all but certain of a width.

A figure after "lies", "lying", "located" or "stands" usually says where a thing is, not
how far a zone reaches, and the rules leave it. When the context model gives it a
probability of a width of 0.99 or more, it is read after all:

- "Daini lies about 12 km south of Daiichi, so most of the land inside the 8-km radius ...":
  "lies" tells of the 12 km, not of the radius;
- "The Surveillance Zone is the area lying within 10 km of the infected premises": a zone
  defined by what lies in it.

The look-alikes keep the rule: a place's distance alone, a farm lying near a river.
"""

from __future__ import annotations

from claimrows import D, S, rounded, rows_test, width_rows, widths

KINDS = {
    "a radius in the clause after where a place lies": [
        (
            "Daini lies about 12 km south of Daiichi, so most of the land inside the 8-km "
            "radius is still covered by the larger zone.",
            [(8, 8, D, S)],
        ),
    ],
    "a zone defined as the area lying within a figure": [
        (
            "The Surveillance Zone is the area lying within 10 km of the infected premises.",
            [(10, 10, D, S)],
        ),
    ],
    "(not this kind) where a place lies": [
        ("Daini lies about 12 km south of Daiichi.", []),
        ("The hamlet lies 3 km from the border.", []),
        ("The depot lies within 2 km of the school.", []),
        ("Our farm is land lying within 2 km of the river.", []),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
