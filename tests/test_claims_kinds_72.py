"""Wordings the blind sets field-holdout-72 and -73 brought, with their look-alikes.

- how far one thing must keep from another, told as a distance "between"
  the two ("a standoff of 150 metres between the tipping area and the
  nearest homes", "at least 8 metres between the audience and the
  firework") is a reach from a thing, a depth; a gap between two lines,
  forces or crowds is still the whole width, and a band "between 200 and
  600 metres" is still a band;
- a zone's reach down or up a slope from a thing ("500 metres downslope
  from the weir") is a depth, as "downstream from" is;
- a figure named again alone as what its clause speaks of ("Two
  kilometres is half the neighbourhood", "But a mile would take in the
  hospital") is a width, read as the report's earlier mention of that
  figure; not when the report gives that distance nowhere else.
"""

from __future__ import annotations

from claimrows import YD, D, P, S, T, rounded, rows_test, width_rows, widths

KINDS = {
    "a distance between two things": [
        (
            "There must be a standoff of 150 metres between the tipping area and the nearest "
            "homes.",
            [(0.15, 0.15, D, S)],
        ),
        (
            "Organisers must keep at least 8 metres between the audience and the firework.",
            [(0.008, 0.008, D, S)],
        ),
        (
            "The guidance sets a minimum distance of 2 km between turbines and homes.",
            [(2, 2, D, S)],
        ),
        (
            "The by-law sets a safety distance of one mile between the range and the nearest "
            "house.",
            [(1.609344, 1.609344, D, S)],
        ),
        # look-alikes: a gap between two lines or two crowds, a band between two figures
        (
            "The agreement keeps a buffer of 10 km between the forward positions of the two "
            "armies.",
            [(10, 10, T, S)],
        ),
        (
            "Stewards kept a separation of at least 100 yards between the two groups of fans.",
            [(100 * YD, 100 * YD, T, S)],
        ),
        (
            "A middle zone lying between 250 m and 600 m from the plant is closed to housing.",
            [(0.25, 0.6, D, S)],
        ),
    ],
    "a reach down a slope": [
        (
            "Police set an exclusion zone reaching 500 metres downslope from the weir.",
            [(0.5, 0.5, D, S)],
        ),
        (
            "The closure zone extends 300 metres upslope from the hut.",
            [(0.3, 0.3, D, S)],
        ),
    ],
}

KINDS["a figure named again alone"] = [
    (
        'The law sets a zone of two kilometres around each stadium. "Two kilometres is half '
        'the neighbourhood," she said.',
        [(2, 2, D, S), (2, 2, D, S)],
    ),
    (
        "Residents within a mile of the plant must leave. But a mile would take in the "
        "hospital, said the mayor.",
        [(1.609344, 1.609344, D, S), (1.609344, 1.609344, D, S)],
    ),
    (
        "Troops withdraw 2 km on each side of the canal. Two kilometres is modest, the "
        "mediator said.",
        [(2, 2, P, S), (2, 2, P, S)],
    ),
    # look-alikes: a distance the report gives nowhere else
    (
        "Residents within a mile of the plant must leave. Two miles is the distance to the school.",
        [(1.609344, 1.609344, D, S)],
    ),
]

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
