"""Kinds of wording behind the misses of field-holdout-378 to -381.

- "within twenty li (11.5 km) of the city", "twenty li of the city - roughly eleven
  kilometres": a report that converts a li says which li it means, and its other li figures
  ("the 20-li rule") are of that length; without a conversion a li stays 500 m.
- "had pleaded for the area to be cut to 5 km", "The operator's application to reduce the
  Zone to 250 yards is refused", "The bill as passed by the House had set the distance at 500
  feet": a figure put forward and given up, with no words of its own saying how it lies,
  is ``unspecified``.
- "asked ... that the evacuation be extended to 5 km", "asked me to clear the whole valley
  for 20 km": a word naming whom a zone moves, or what it clears, is not the figure's own
  measure either.
- "the request could not be granted": a refusal; "had given up the demand": dropped.
- "Each side pulls its troops back fifteen kilometres ..., so there will be thirty kilometres
  of empty ground between the two armies", "came back with thirty kilometres, fifteen on each
  side": twice each side's figure, read per side by the same words, is the whole zone.
"""

from __future__ import annotations

from claimrows import DR, RJ, SU, D, P, S, T, U, rounded, rows_test, widths

LI = [
    (
        "No Chinese soldier was to be stationed or to march within twenty li (11.5 km) of the "
        "city. The 20-li rule held until 1912.",
        [(11.5, 11.5, D, S), (11.5, 11.5, D, S)],
    ),
    (
        "Regular Chinese forces were not to be stationed within twenty li of the city - "
        "roughly eleven kilometres - and the powers kept to it.",
        [(11, 11, D, S)],
    ),
    # no conversion: the li fixed at 500 m
    ("The cleared belt was 30 li deep, and the post stood 12 km away.", [(15, 15, D, S)]),
]

PUT_FORWARD = [
    (
        "The exclusion area is 10 km from the crater. The mayor of Banos had pleaded for the "
        "area to be cut to 5 km so that hotels could open. The request was refused.",
        [(10, 10, D, S), (5, 5, U, RJ)],
    ),
    (
        # a scan: "0perat0r's applicati0n", "25O yards"
        "The Zone extends 500 yards from the quarry face. The 0perat0r's applicati0n t0 reduce "
        "the Z0ne t0 25O yards is refused.",
        [(0.4572, 0.4572, D, S), (0.2286, 0.2286, U, RJ)],
    ),
    (
        "Protesters may not stand within 300 feet of a funeral. The bill as passed by the "
        "House had set the distance at 500 feet; the Senate preferred a shorter figure.",
        [(0.09144, 0.09144, D, S), (0.1524, 0.1524, U, SU)],
    ),
]

WHOM_MOVED = [
    (
        "The evacuation zone is 3 km around the works. The mayor of Saltby asked this morning "
        "that the evacuation be extended to 5 km. We have not agreed to that.",
        [(3, 3, D, S), (5, 5, U, RJ)],
    ),
    (
        "Everyone living within 2 km of the dam was evacuated. The council asked me to clear "
        "the whole valley for 20 km. I have not accepted that.",
        [(2, 2, D, S), (20, 20, U, RJ)],
    ),
]

FATES = [
    (
        "The zone runs 100 feet on each side of the canal. A homeowners' group asked that the "
        "state buy out every family living within a quarter of a mile of the canal. Dr. Whalen "
        "said there was no evidence yet that families beyond the first two rings were in "
        "danger and that the request could not be granted.",
        [(0.03048, 0.03048, P, S), (0.402336, 0.402336, D, RJ)],
    ),
    (
        "Under the deal neither side may place fighters within 500 yards of either side of the "
        "road. A negotiator said they had asked for a clear belt of 2 km on each side of the "
        "road but had given up the demand to get the deal done.",
        [(0.4572, 0.4572, P, S), (2, 2, P, DR)],
    ),
]

WHOLE_OF_EACH_SIDE = [
    (
        "Each side pulls its troops back fifteen kilometres from the present line of contact, "
        "so there will be thirty kilometres of empty ground between the two armies.",
        [(15, 15, P, S), (30, 30, T, S)],
    ),
    (
        "In October they came back with thirty kilometres, fifteen on each side, which we "
        "could not accept, because it would have emptied our towns.",
        [(30, 30, T, RJ), (15, 15, P, RJ)],
    ),
    # two figures of each side, one twice the other: still each side's
    (
        "Each side withdraws tanks 10 km and heavy artillery 20 km from the line.",
        [(10, 10, P, S), (20, 20, P, S)],
    ),
]

test_li_as_the_report_gives_it = rows_test(LI, widths, rounded)
test_put_forward_in_other_words = rows_test(PUT_FORWARD, widths, rounded)
test_whom_a_zone_moves = rows_test(WHOM_MOVED, widths, rounded)
test_fates = rows_test(FATES, widths, rounded)
test_whole_of_each_side = rows_test(WHOLE_OF_EACH_SIDE, widths, rounded)
