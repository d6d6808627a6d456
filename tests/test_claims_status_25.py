"""Kinds of narrative behind the status misses of the twenty-fifth blind set.

Like ``test_claims_status_23.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
draft's version let go, a measure a body is weighing or invites comment on, a
zone in force that someone finds the wrong size) and not one sentence. Only the
fate is checked (a figure's km and status), not what it measures. The guards are
live figures that look alike and must stay as they are.
"""

from __future__ import annotations

from claimrows import DR, MI, PR, RJ, S, fated, fates, rows_test, width_rows

KINDS = {
    "a draft's version let go": [
        (
            "A revised draft cut the strip to 6 km; the Council let that version lapse when "
            "the survey came in.",
            [(6, 6, DR)],
        ),
    ],
    "a measure a body is weighing or invites comment on": [
        (
            "The board is now weighing, and invites comment on, a belt that would widen to "
            "4 miles around the lake in summer.",
            [(4 * MI, 4 * MI, PR)],
        ),
        (
            "The board is considering closing all quarries within 3 km of the river year round.",
            [(3, 3, PR)],
        ),
    ],
    "a zone in force that someone finds the wrong size": [
        (
            "The accord leaves a strip of about 900 metres between the two lines, which "
            "farmers said was too wide to cross at harvest.",
            [(0.9, 0.9, S)],
        ),
    ],
}

GUARDS = {
    "a draft's version adopted": [
        (
            "A revised draft cut the strip to 6 km; the Council signed that version in May.",
            [(6, 6, PR)],
        ),
    ],
    "a proposal judged the wrong size": [
        (
            "They offered a strip of 900 metres, which we said was too narrow.",
            [(0.9, 0.9, RJ)],
        ),
    ],
    "a zone in force and a measure already taken": [
        (
            "The board has closed the water within 4 miles of the lake shore.",
            [(4 * MI, 4 * MI, S)],
        ),
        (
            "After studying the reef, the ministry banned netting within 5 km of it.",
            [(5, 5, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), fates, fated)
test_guards = rows_test(width_rows(GUARDS), fates, fated)
