"""Wordings read since field-holdout-243, with their look-alikes.

- millimetres and centimetres are units ("at least 450 mm back from the kerb edge", "a clear
  width of 90 cm beside each table"), but not a calibre, a bore, rain or a part's size
  ("mortars of 120 mm calibre", "ITS GUNS (75 MM)", "after 30 mm of rain", "a 20 mm pipe");
- "The Danger Area extends 300 metres beyond the target line and 25 metres on either side":
  a figure that says itself where it is counted from keeps that reading, however near the
  next figure's "on either side" is (not "Troops withdraw 5 km and 10 km on either side").
"""

from __future__ import annotations

from claimrows import D, P, S, T, rounded, rows_test, width_rows, widths

MM, CM = 0.000001, 0.00001

KINDS = {
    "millimetres and centimetres": [
        ("Posts must stand at least 450 mm back from the kerb edge.", [(450 * MM, 450 * MM, D, S)]),
        (
            "A clear width of 90 cm must be kept beside each table.",
            [(90 * CM, 90 * CM, T, S)],
        ),
        (
            "No seating may be placed within 600 millimetres of the outer edge of the ditch.",
            [(600 * MM, 600 * MM, D, S)],
        ),
    ],
    "(not this kind) a calibre, a bore, rain or a part's size": [
        ("Mortars of 120 mm and rockets of 107 mm calibre must be removed from the zone.", []),
        ("After 30 mm of rain the ford is closed to walkers.", []),
        ("The contractor laid a 20 mm pipe along the verge.", []),
        ("Guns above 100 mm must stay 20 km from the line.", [(20, 20, D, S)]),
    ],
    "a figure counted from its own line, and the next one on either side": [
        (
            "The Danger Area extends 300 metres beyond the target line and 25 metres on "
            "either side.",
            [(0.3, 0.3, D, S), (0.025, 0.025, P, S)],
        ),
        (
            "The zone reaches 3 km north of the river and 1 km on either side of the bridge.",
            [(3, 3, D, S), (1, 1, P, S)],
        ),
    ],
    "(not this kind) two figures told on either side together": [
        ("Troops withdraw 5 km and 10 km on either side.", [(5, 5, P, S), (10, 10, P, S)]),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
