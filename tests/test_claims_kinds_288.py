"""Wordings read since field-holdout-287, with their look-alikes.

- "The half-mile strip will not be applied.": a figure dropped;
- "The limit of 15 nautical miles requested by ... was not adopted": a figure in the subject of
  a sentence whose verb tells its fate;
- "the security gap, which varies from 2 to 9 km": the whole gap between two lines;
- "the band from 3 km out to 10 km": a band named, in one unit;
- not a width: "The zone, which reaches from the surface to 10,000 feet" (how high it reaches).
"""

from __future__ import annotations

from claimrows import DR, MI, NMI, RJ, SU, D, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "a figure that will not be applied": [
        ("The half-mile strip will not be applied.", [(MI / 2, MI / 2, U, DR)]),
    ],
    "a figure in the subject, its fate in the verb": [
        (
            "The limit of 15 nautical miles requested by the Fishermen's Cooperative in its "
            "letter was not adopted.",
            [(15 * NMI, 15 * NMI, U, RJ)],
        ),
    ],
    "(not this kind) a figure in the subject that was kept": [
        # (what it measures the text does not say: "a figure and a noun", unspecified)
        ("The limit of 15 nautical miles set in 2019 was kept.", [(15 * NMI, 15 * NMI, U, S)]),
    ],
    "a gap between two lines that varies": [
        (
            "The two forces are kept apart by the security gap, which varies from 2 to 9 km.",
            [(2, 9, T, S)],
        ),
    ],
    "a band named, from one figure out to another": [
        ("Movements are restricted in the band from 3 km out to 10 km.", [(3, 10, D, S)]),
    ],
    "(not this kind) a figure cut from one to another": [
        ("The buffer was cut from 3 km to 1 km.", [(3, 3, U, SU), (1, 1, U, S)]),
    ],
    "(not this kind) how high an air zone reaches": [
        (
            "The zone, which reaches from the surface to 10,000 feet, applies to all civil "
            "aircraft.",
            [],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
