"""Widths and fates of the kinds field-holdout-30 and -31 brought, with look-alikes.

Each row failed before the reader was tuned on those two sets (their blind
first run is in docs/claims-benchmark.md); each look-alike reads as it did.
"""

from __future__ import annotations

from claimrows import NMI, SU, D, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "a zone about a thing, or a radius, widened: a reach": [
        (
            "The exclusion zone around the crater was widened from 4 km to 6 km.",
            [(4, 4, D, SU), (6, 6, D, S)],
        ),
        (
            "The exclusion radius around the crater was widened from 4 km to 6 km.",
            [(4, 4, D, SU), (6, 6, D, S)],
        ),
        (
            "- Exclusion radius around the crater widened from 4km to 6 km.",
            [(4, 4, D, SU), (6, 6, D, S)],
        ),
        # look-alike: a strip along a road, widened in all
        ("The strip along the road was widened to 3 km.", [(3, 3, T, S)]),
    ],
    "a limit named by its figure, told as the previous one": [
        (
            "Mariners must remain outside a circle of 1.5 nm radius centred on the wreck. The "
            "previous 1 nm limit is cancelled.",
            # (the old limit only names its figure; the semantics model, trained on every
            # field folder, is no longer sure it measures what the radius before it does)
            [(1.5 * NMI, 1.5 * NMI, D, S), (NMI, NMI, U, SU)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
