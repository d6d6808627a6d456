"""Fates of the kinds field-holdout-28 and -29 brought, with look-alikes.

A rule's figure told as one of the past ("had extended", "the old law",
"long used") beside a figure of the same kind in force is superseded. Each
row failed before; each look-alike reads as it did.
"""

from __future__ import annotations

from claimrows import FT, SU, YD, D, S, rounded, rows_test, width_rows, widths

KINDS = {
    "a rule's figure told as one of the past, beside the one in force": [
        (
            "The danger zone now reaches 6 km around the crater. Until Monday the danger zone "
            "had extended 4 km around the crater.",
            [(6, 6, D, S), (4, 4, D, SU)],
        ),
        (
            "Turbines must stand at least 700 metres from homes. The old law had required at "
            "least 500 metres from homes.",
            [(0.7, 0.7, D, S), (0.5, 0.5, D, SU)],
        ),
        (
            "Hunters must stay 150 yards from any dwelling. The state long used 500 feet from "
            "any dwelling.",
            [(150 * YD, 150 * YD, D, S), (500 * FT, 500 * FT, D, SU)],
        ),
        # look-alikes: the same figure in the past as now; an old town's place
        (
            "The danger zone reaches 6 km around the crater. Since 2019 it had extended 6 km "
            "around the crater.",
            [(6, 6, D, S), (6, 6, D, S)],
        ),
        ("The buffer is 10 km deep. The old town lies 5 km from the border.", [(10, 10, D, S)]),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
