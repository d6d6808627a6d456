"""Kinds of wording behind the width misses of the twenty-fourth blind set, in new phrasings.

Like ``test_claims_kinds_21.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind and
not one sentence. Look-alikes keep what they are beside them.
"""

from __future__ import annotations

from claimrows import MI, SU, D, P, S, T, rounded, rows_test, width_rows, widths

KINDS = {
    "a zone named before, then said to be pushed out or cut back: as the figure it changed": [
        (
            "Along the lake lay the closed strip. Mostly it ran 800 metres deep from the shore, "
            "though near a few harbours it was pushed out to as much as 1,500 metres.",
            [(0.8, 0.8, D, S), (1.5, 1.5, D, S)],
        ),
        (
            "The patrol zone reached 3 miles on either side of the highway; after the raids they "
            "were pushed out to 5 miles.",
            [(3 * MI, 3 * MI, P, S), (5 * MI, 5 * MI, P, S)],
        ),
        # look-alike: a zone's width across, changed, stays across
        (
            "The buffer zone was 6 km wide. Later it was widened to 9 km.",
            [(6, 6, T, SU), (9, 9, T, S)],
        ),
    ],
    "a rule that a thing stand at least a distance from a line: a depth from it": [
        (
            "New masts are required to stand at least 250 metres from railway lines, the "
            "inspector said.",
            [(0.25, 0.25, D, S)],
        ),
        (
            "Under the code, kennels shall be placed no less than 90 metres from the river.",
            [(0.09, 0.09, D, S)],
        ),
        # look-alike: where a thing stands, with no rule, is no zone
        ("The old mast stands at least 250 metres from the railway line.", []),
    ],
}

test_kinds = rows_test(width_rows(KINDS), widths, rounded)
