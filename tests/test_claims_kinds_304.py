"""Where a thing lies, overruled by the context model when it is all but certain of a width.

A figure after "lies", "lying", "located" or "stands" usually says where a thing is, not
how far a zone reaches, and the rules leave it. When the context model gives it a
probability of a width of 0.97 or more and its sentence names a zone or sets a rule, it is
read after all:

- "Daini lies about 12 km south of Daiichi, so most of the land inside the 8-km radius ...":
  "lies" tells of the 12 km, not of the radius;
- "ALL HIVES STANDING WITHIN THREE (3) KM OF ANY SPRAYED FIELD TO BE CLOSED": a notice's
  order about what stands there; "an existing building inside the 400-metre rule": a rule;
- "The Surveillance Zone is the area lying within 10 km of the infected premises" and "The
  Middle Zone, lying between 300 m and 750 m": zones defined by what lies in them.

"a stand-off of 60 km" is not where a thing stands at all. The look-alikes keep the rule:
a place's distance alone (no zone, no rule, however sure the model is). A figure right
after "within", told of whatever lies there, is another case (``test_claims_kinds_316``).
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
    "a zone's band, defined by where it lies": [
        (
            "The Middle Zone, lying between 300 m and 750 m, is closed to new schools.",
            [(0.3, 0.75, D, S)],
        ),
    ],
    "a notice's order about what stands within a figure": [
        (
            "ALL HIVES STANDING WITHIN THREE (3) KM OF ANY SPRAYED FIELD TO BE CLOSED OR MOVED "
            "BY 2000 HRS.",
            [(3, 3, D, S)],
        ),
    ],
    "a rule named by its figure, after where a thing lies": [
        (
            "Where an existing building inside the 400-metre rule is later used to house "
            "livestock, an odour assessment is needed.",
            [(0.4, 0.4, D, S)],
        ),
    ],
    "a stand-off is a noun, not where a thing stands": [
        (
            "The station asked for a stand-off of 60 km around its instruments.",
            [(60, 60, D, S)],
        ),
    ],
    "(not this kind) where a place lies": [
        ("Daini lies about 12 km south of Daiichi.", []),
        ("The hamlet lies 3 km from the border.", []),
        ("The depot lies within 2 km of the school.", []),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
