"""Widths of the kinds field-holdout-26 and -27 brought, with look-alikes.

Each row failed before the reader was tuned on those two sets (their blind
first run is in docs/claims-benchmark.md); each look-alike reads as it did.
"""

from __future__ import annotations

from claimrows import FT, MI, NMI, D, P, S, T, rounded, rows_test, width_rows, widths

KINDS = {
    "a least distance a thing may be put at, from a thing": [
        (
            "If it has been ground, food waste may be discharged not less than 3 nautical "
            "miles from the nearest land.",
            [(3 * NMI, 3 * NMI, D, S)],
        ),
    ],
    "things kept or held a distance from or off a thing": [
        ("The law keeps such offenders 1,000 feet from schools.", [(1000 * FT, 1000 * FT, D, S)]),
        ("HOLD SHIPS 2O NM 0FF THE C0AST.", [(20 * NMI, 20 * NMI, D, S)]),
        # look-alike: an event held there
        ("The ministry held talks 20 km off the coast.", []),
    ],
    "water so deep is no width": [
        (
            "Exchange must take place at least 200 nm from the nearest land and in water at "
            "least 200 m deep.",
            [(200 * NMI, 200 * NMI, D, S)],
        ),
    ],
    "fractions of a unit, and the mile on land named as such": [
        ("The critical area is a belt about one-fifth of a mile deep.", [(MI / 5, MI / 5, D, S)]),
        (
            "The strip was to be nowhere less than 20 English miles in width.",
            [(20 * MI, 20 * MI, T, S)],
        ),
    ],
    "land within a reach of a shoreline, defined as a zone": [
        (
            "The law defines the Critical Area as all land lying within 1,000 feet of the mean "
            "high-water line of tidal waters.",
            [(1000 * FT, 1000 * FT, D, S)],
        ),
        # look-alike: where a farm lies
        ("The farm lies within 1,000 feet of the mean high-water line.", []),
    ],
    "a zone's edge drawn at a distance from a thing": [
        (
            "In early 1997 a plan to draw the northern boundary just 2 km from the dome was "
            "abandoned.",
            [(2, 2, D, "dropped")],
        ),
        # look-alike: how far a camp lies
        ("The camp is normally just 5 km from the town.", []),
    ],
    "a radius both sides are to keep is one radius": [
        (
            "Government forces would not fire within a radius of 40 km of the crash site, and "
            "called on the separatists to do the same.",
            [(40, 40, D, S)],
        ),
        # look-alike: a pull-back each side makes
        ("Ruvian troops will pull back 5 km, and Dorn's forces will do likewise.", [(5, 5, P, S)]),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
