"""Widths of the kinds field-holdout-28 and -29 brought, with look-alikes.

Each row failed before the reader was tuned on those two sets (their blind
first run is in docs/claims-benchmark.md); each look-alike reads as it did.
"""

from __future__ import annotations

from claimrows import D, S, rounded, rows_test, width_rows, widths

KINDS = {
    "a most distance a thing is allowed at, from a thing": [
        (
            "People have been allowed out for a walk for one hour a day, no further than 1 km "
            "from home.",
            [(1, 1, D, S)],
        ),
        # look-alike: where a village lies
        ("The village lies no further than 3 km from the town.", []),
    ],
    "a cap on how far from a thing": [
        ("Travel was still capped at 100 km from home for three weeks.", [(100, 100, D, S)]),
        ("Travel is limited to 20 km from home.", [(20, 20, D, S)]),
        # look-alikes: a speed capped; a stretch of road between two places
        ("Speeds are capped at 30 km from the city centre onwards.", []),
        ("The road is limited to 20 km from the town to the coast.", []),
    ],
    "a bare figure floated after a rule's reach": [
        (
            "People may go no further than 1 km from home. Five kilometres was floated at a "
            "defence council last week.",
            [(1, 1, D, S), (5, 5, D, S)],
        ),
        # look-alike: how far a town lies
        (
            "People may go no further than 1 km from home. The town lies five kilometres away.",
            [(1, 1, D, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
