"""Kinds of wording behind the misses of field-holdout-386 to -389.

- "... over its whole length of 64 km.\\n4.2 At the request of ...": a numbered clause on the
  next line starts a new sentence after a unit's point, so the next clause's fate ("The draft
  was withdrawn") is not the zone's.
- "no weapon of a calibre greater than 7.62 mm": a calibre named before its figure.
- "The plane shot down by North Korean jets": an aircraft shot down is no proposal refused.
- "back 25 km from each side's own forward line", "each side keeps an exclusive fishing zone
  extending 35 nautical miles from its coast": each side from its own line is a depth.
- "FLOODPLAIN STRIP BETWEEN DIKES, l-3 KM WIDE": an l read for a 1 before a hyphen.
"""

from __future__ import annotations

from claimrows import DR, NMI, RJ, D, P, S, T, rounded, rows_test, widths

NUMBERED_CLAUSE = [
    (
        "Article 4 - Demilitarised corridor\n4.1 The corridor extends2 km on each side of the "
        "centre-\nline of the highway, so that the corridor is 4 km wide over its whole length\n"
        "of 64 km.\n4.2 At the request of the Gorvand Party, a draft providing for1 km on each "
        "side\nof the highway was examined and was not accepted. The draft was withdrawn on 3 "
        "June.\n",
        [(2, 2, P, S), (4, 4, T, S), (1, 1, P, DR)],
    ),
]

CALIBRE_BEFORE = [
    (
        "Within the corridor no weapon of a calibre greater than 7.62 mm may be carried. The "
        "strip is 5 km wide.",
        [(5, 5, T, S)],
    ),
]

SHOT_DOWN = [
    (
        "The plane shot down by North Korean jets on Tuesday was under standing orders to "
        "remain at least 50 nautical miles off the coast.",
        [(50 * NMI, 50 * NMI, D, S)],
    ),
    (
        "The zone is 2 km deep. The proposal for a 5 km zone was shot down by the council.",
        [(2, 2, D, S), (5, 5, "unspecified", RJ)],
    ),
]

OWN_LINE = [
    ("VOSS: Artillery goes back 25 km from each side's own forward line.", [(25, 25, D, S)]),
    (
        "Each side keeps an exclusive fishing zone extending 35 nautical miles from its coast.",
        [(35 * NMI, 35 * NMI, D, S)],
    ),
    # one line the two share: each side's
    ("Each side withdraws 5 km from the line of contact.", [(5, 5, P, S)]),
    ("Troops stay 2 km from each side of the road.", [(2, 2, P, S)]),
]

OCR_RANGE = [
    ("WATERFOWL SHOOTING BANNED IN FLOODPLAIN STRIP BETWEEN DIKES, l-3 KM WIDE.", [(1, 3, T, S)]),
]

test_numbered_clause = rows_test(NUMBERED_CLAUSE, widths, rounded)
test_calibre_before = rows_test(CALIBRE_BEFORE, widths, rounded)
test_shot_down = rows_test(SHOT_DOWN, widths, rounded)
test_own_line = rows_test(OWN_LINE, widths, rounded)
test_ocr_range = rows_test(OCR_RANGE, widths, rounded)
