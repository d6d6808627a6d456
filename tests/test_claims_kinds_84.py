"""Wordings read since field-holdout-83, with their look-alikes.

- a zone changed "from 1 km to 2 km from the fence" is an old and a new
  figure, not a band; a zone that extends "from 2 km to 10 km off the
  coast" is still a band;
- a thing that lies somewhere in one clause ("The find lies near the
  cathedral, and ...") does not make the next clause's zone a place;
- a band's far end may carry a hedge ("between 1,000 ft and roughly 2
  miles from the threshold");
- "Beyond 30 m and out to 100 m from the home" is a band.
"""

from __future__ import annotations

from claimrows import FT, MI, SU, D, S, bands, rounded, rows_test, width_rows, widths

KINDS = {
    "a change, not a band": [
        (
            "The inner zone is widened from 1 km to 2 km from the Park fence.",
            [(1, 1, D, SU), (2, 2, D, S)],
        ),
        (
            "The exclusion zone was cut from 5 km to 3 km from the line.",
            [(5, 5, D, SU), (3, 3, D, S)],
        ),
        (
            "A restricted area extends from 2 km to 10 km off the coast.",
            [(2, 10, D, S)],
        ),
        (
            "Walkers must keep from 1 km to 2 km from the Park fence.",
            [(1, 2, D, S)],
        ),
    ],
    "a thing that lies in a clause of its own": [
        (
            "Police said everyone living within a radius of 1.5 kilometres of the find must "
            "leave. The find lies near the cathedral, and the 1.5-km circle takes in the town "
            "hall.",
            [(1.5, 1.5, D, S), (1.5, 1.5, D, S)],
        ),
        (
            "Police said everyone living within a radius of 1.5 kilometres of the find must "
            "leave. The cathedral lies 1.5 km from the find.",
            [(1.5, 1.5, D, S)],
        ),
    ],
    "bands": [
        (
            "Planes may not fly between 1,000 ft and roughly 2 miles from the threshold.",
            [(1000 * FT, 2 * MI, D, S)],
        ),
        (
            "Beyond 30 m and out to 100 m from the home, trees must be thinned.",
            [(0.03, 0.1, D, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)


def test_the_bands_are_flagged_and_the_changes_are_not():
    assert bands("Beyond 30 m and out to 100 m from the home, trees must be thinned.") == [True]
    assert bands("Planes may not fly between 1,000 ft and roughly 2 miles from the threshold.") == [
        True
    ]
    assert bands("The inner zone is widened from 1 km to 2 km from the Park fence.") == [
        False,
        False,
    ]
