"""A side's own figure in the talks, the people on either side, and places named by a works.

- "We never accepted Virasol's 30 kilometres", "Virasol would not hear of our 5
  kilometres": a figure named as one side's own, refused, is a figure put forward and
  given up; with nothing in its own words saying how it lies it is ``unspecified``.
- "asked for 10 kilometres, which nobody on either side took up": the figure went nowhere,
  (dropped), and "either side" there is the parties, not the sides of a line.
- "a strip 50 metres wide on either side of the pipeline, and a cordon of 300 metres
  around the blast site": the sides the strip says of itself, after "wide", are not the
  cordon's.
- "from Orta to the Dzhangir hut", "from the Harib oilfield to the Marno waterworks": a
  place named with the works, hut or depot it is.
"""

from __future__ import annotations

from claimrows import DR, RJ, D, P, S, T, U, rounded, routes, rows_test, widths

SIDE_OWN = [
    (
        "The zone is 10 km deep. We never accepted Virasol's 30 kilometres.",
        [(10, 10, D, S), (30, 30, U, RJ)],
    ),
    (
        "The zone is 10 km deep. As for Virasol's 30 kilometres, we never accepted it.",
        [(10, 10, D, S), (30, 30, U, RJ)],
    ),
    (
        "The buffer now runs 2 km from the fence. Virasol would not hear of our 5 kilometres.",
        [(2, 2, D, S), (5, 5, U, RJ)],
    ),
    # a side's zone in force is no figure given up
    (
        "Under the accord, Virasol's 30 kilometres deep zone remains in force.",
        [(30, 30, D, S)],
    ),
]

PEOPLE_ON_EITHER_SIDE = [
    (
        "The zone is 3 km deep. The mayor asked for 10 kilometres, which nobody on either "
        "side took up.",
        [(3, 3, D, S), (10, 10, U, DR)],
    ),
]

WIDE_ON_EITHER_SIDE = [
    (
        "Crews must keep a strip 50 metres wide on either side of the pipeline, and a cordon "
        "of 300 metres around the blast site.",
        [(0.05, 0.05, P, S), (0.3, 0.3, D, S)],
    ),
    (
        "A corridor 2 km wide runs along the road, and a ring of 500 metres around the depot.",
        [(2, 2, T, S), (0.5, 0.5, D, S)],
    ),
]

WORKS = [
    ("The convoy will run from Orta to the Dzhangir hut on Tuesday.", [("Orta", "Dzhangir hut")]),
    (
        "Tankers may travel from the Harib oilfield to the Marno waterworks only by night.",
        [("Harib oilfield", "Marno waterworks")],
    ),
]

test_side_own = rows_test(SIDE_OWN, widths, rounded)
test_people_on_either_side = rows_test(PEOPLE_ON_EITHER_SIDE, widths, rounded)
test_wide_on_either_side = rows_test(WIDE_ON_EITHER_SIDE, widths, rounded)
test_works = rows_test(WORKS, routes)
