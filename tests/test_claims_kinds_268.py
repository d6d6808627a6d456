"""Wordings read since field-holdout-267, with their look-alikes.

- downslope of a point on a mountain: "Between 500 m and 1.5 km below any release area",
  "a closure zone of 1,000 feet below each charge point" (not "The summit rises 500 m above
  the valley", a height);
- one figure both ways from a shore's line, "5 metres seaward and 5 metres landward of the
  high-water line", and "within 250 metres of either side of the cable": per side;
- "Sambane is about 26 kilometres from the plant, outside the twenty-kilometre zone": how far
  a place known by its name lies (not "The buffer is 5 km from the line");
- "The coast of Sicily and its minor islands, about 1,600 km in all": how long a coast is (not
  "The buffer zone, 20 km in all");
- "we began at twenty kilometres. We settled on twelve": the figure talks began at, given up
  for a later one in force, is superseded (not "We began at 20 km and that is still our
  position").
"""

from __future__ import annotations

from claimrows import SU, D, P, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "downslope of a point on a mountain": [
        (
            "Between 500 m and 1.5 km below any release area, skiing is prohibited.",
            [(0.5, 1.5, D, S)],
        ),
        (
            "Skiers must keep out of a closure zone of 1,000 feet below each charge point.",
            [(0.3048, 0.3048, D, S)],
        ),
    ],
    "(not this kind) a height": [
        ("The summit rises 500 m above the valley.", []),
    ],
    "one figure both ways from a line": [
        (
            "Mechanical cleaning is prohibited in a protection strip extending 5 metres seaward "
            "and 5 metres landward of the high-water line.",
            [(0.005, 0.005, P, S)],
        ),
        (
            "Boats may not anchor within 250 metres of either side of the cable.",
            [(0.25, 0.25, P, S)],
        ),
    ],
    "how far a named place lies, how long a coast is": [
        (
            "GOVERNOR MUIANGA: No. Sambane is about 26 kilometres from the plant, outside the "
            "twenty-kilometre zone.",
            [(20, 20, U, S)],
        ),
        (
            "The coast of Sicily and its minor islands, about 1,600 km in all, is covered by the "
            "ban in full.",
            [],
        ),
    ],
    "(not this kind) a zone's reach, a zone's whole width": [
        ("The buffer is 5 km from the line.", [(5, 5, D, S)]),
        ("This is 5 km from the border.", [(5, 5, D, S)]),
        ("The buffer zone, 20 km in all, runs along the coast.", [(20, 20, T, S)]),
    ],
}

KINDS["a figure talks began at, given up for a later one"] = [
    (
        "We began at twenty kilometres. We settled on twelve kilometres.",
        [(20, 20, U, SU), (12, 12, U, S)],
    ),
]
KINDS["(not this kind) a figure talks began at and still hold"] = [
    ("We began at 20 km and that is still our position.", [(20, 20, U, "proposed")]),
    ("The talks began at noon; the zone is 5 km.", [(5, 5, U, S)]),
]

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
