"""Wordings read since field-holdout-283, with their look-alikes.

- "ZONE OF FIVE MILES EACH SIDE WILL NOT BE REVIVED": a figure dropped for good;
- "the total width of the Zone narrows to between 800 metres and 2 km": the whole width;
- "the new 150-metre distance to replace the present 100 m": the figure replaced;
- not widths: "WATER DEPTH IN AREA 80 TO 120 M" (how deep the water is) and "the 155 mm
  battery" (a calibre).
"""

from __future__ import annotations

from claimrows import DR, MI, NMI, SU, D, P, S, T, U, rounded, rows_test, width_rows, widths

KINDS = {
    "a zone that will not be revived": [
        ("Z0NE 0F FIVE MILES EACH SIDE WILL N0T BE REVIVED.", [(5 * MI, 5 * MI, P, DR)]),
    ],
    "(not this kind) a zone kept": [
        ("The zone of five miles each side will be kept.", [(5 * MI, 5 * MI, P, S)]),
    ],
    "the total width narrows to a figure": [
        (
            "In the Hollin gorge, where the ground does not permit this, the total width of the "
            "Zone narrows to between 800 metres and 2 km.",
            [(0.8, 2, T, S)],
        ),
    ],
    "the present figure a new one replaces": [
        (
            "The substantive motion was then carried, the new 150-metre distance to replace the "
            "present 100 m.",
            [(0.15, 0.15, D, S), (0.1, 0.1, D, SU)],
        ),
    ],
    "(not this kind) how deep the water is, a calibre": [
        ("WATER DEPTH IN AREA 8O T0 l2O M.", []),
        (
            "Water depths in the area are about 40 m, and no vessel may anchor within 500 m of "
            "the cable.",
            [(0.5, 0.5, U, S)],
        ),
        (
            "When the 155 mm battery fires from Gun Line West the SDA extends to12 nautical miles "
            "from the same line.",
            [(12 * NMI, 12 * NMI, D, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
