"""Wordings read since field-holdout-243, with their look-alikes.

- millimetres and centimetres are units ("at least 450 mm back from the kerb edge", "a clear
  width of 90 cm beside each table"), but not a calibre, a bore, rain or a part's size
  ("mortars of 120 mm calibre", "ITS GUNS (75 MM)", "after 30 mm of rain", "a 20 mm pipe");
- "The Danger Area extends 300 metres beyond the target line and 25 metres on either side":
  a figure that says itself where it is counted from keeps that reading, however near the
  next figure's "on either side" is (not "Troops withdraw 5 km and 10 km on either side");
- "Householders will no longer have to keep a heat pump at least one metre from their
  boundary", "Until now, a unit counted as permitted only if it stood at least 1 metre from the
  boundary": a rule's figure, now gone (not "Until 2030 the buffer will extend 20 km from the
  coast", nor "Boats must stay 200 metres from the pier; they no longer have to report").
"""

from __future__ import annotations

from claimrows import SU, D, P, S, T, rounded, rows_test, width_rows, widths

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

KINDS["a rule's figure, now gone"] = [
    (
        "Owners will no longer have to keep hives at least 5 metres from a footpath.",
        [(0.005, 0.005, D, SU)],
    ),
    (
        "Until now, a stall was licensed only if it stood at least 3 metres from the kerb.",
        [(0.003, 0.003, D, SU)],
    ),
]
KINDS["(not this kind) a rule still in force"] = [
    ("Until 2030 the buffer will extend 20 km from the coast.", [(20, 20, D, S)]),
    (
        "Boats must stay 200 metres from the pier; they no longer have to report.",
        [(0.2, 0.2, D, S)],
    ),
]

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
