"""Wordings read since field-holdout-271, with their look-alikes.

- a unit's two words run together in extracted text ("10 nauticalmiles on each side"), and
  "With- in 3 nauticalmiles" with a line-end hyphen left before a space;
- "a full seven metres, kerb to kerb": a road's whole width;
- not widths: "The passage itself is about 18 metres deep", "The seabed falls to a depth of
  1,200 m", "The reef drops steeply to 40 metres" (not "The zone drops to 5 km in winter", a
  zone's figure changed), nor "its existing 165 mm rigs" (a rig's size);
- "THE 12-MILE AREA" at sea is counted in nautical miles, like "the 12-mile zone".
"""

from __future__ import annotations

from claimrows import NMI, D, P, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "a unit's words run together, a hyphen left before a space": [
        (
            "A longline exclusion zone is established extending 10 nauticalmiles on each side of "
            "the Line.",
            [(10 * NMI, 10 * NMI, P, S)],
        ),
        (
            "With- in 3 nauticalmiles of any fish-aggregating device, no longline may be set.",
            [(3 * NMI, 3 * NMI, D, S)],
        ),
    ],
    "a road's whole width, kerb to kerb": [
        (
            "Crews must leave the main road clear for a full seven metres, kerb to kerb.",
            [(0.007, 0.007, T, S)],
        ),
    ],
    "(not this kind) how deep water or the sea bed is": [
        (
            "The passage itself is about 18 metres deep and is used by the freighter twice a week.",
            [],
        ),
        ("The seabed falls to a depth of 1,200 m within a few miles of the island.", []),
        ("The reef drops steeply to 40 metres.", []),
    ],
    "(not this kind) a zone's figure changed": [
        ("The zone drops to 5 km in winter.", [(5, 5, D, S)]),
    ],
}

KINDS["(not this kind) the size of a rig or a drill in millimetres"] = [
    ("The operator proposed to keep its existing 165 mm rigs; this proposal is refused.", []),
]
KINDS["a sea area named by its miles"] = [
    (
        "GUNS WILL FIRE OUTWARD FROM SOUTH COAST AND NAVY HOLDS THAT THE 12-MILE AREA IS "
        "ADEQUATE FOR LIVE FIRING AT SEA.",
        [(12 * NMI, 12 * NMI, U, S)],
    ),
]

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
