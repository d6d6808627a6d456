"""Kinds of narrative behind the status misses of the twenty-second blind set.

Like ``test_claims_status_21.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
change looked into and then not pursued, a figure whose zone the same
sentence says has since been changed, a refused figure named back in words
that deny only its return) and not one sentence. Only the fate is
checked (a figure's km and status), not what it measures. The guards are live
figures that look alike and must stay as they are.
"""

from __future__ import annotations

from claimrows import DR, MI, RJ, SU, S, fated, fates, rows_test, width_rows

KINDS = {
    "a change looked into and not pursued": [
        (
            "Last year the port authority studied widening the exclusion zone to 800 metres, "
            "but this was not pursued after the ferry operators objected.",
            [(0.8, 0.8, DR)],
        ),
        (
            "In 2017 the county examined pushing the buffer around the wells out to 3 miles "
            "when new drilling began; that was later abandoned.",
            [(3 * MI, 3 * MI, DR)],
        ),
        (
            "Officials explored extending the quiet zone around the observatory to 15 km, but "
            "this was not taken forward.",
            [(15, 15, DR)],
        ),
    ],
    "a zone the same sentence says has since been changed": [
        (
            "The fire service at first set the cordon at 600 metres from the warehouse; this "
            "has since been widened because of the smoke.",
            [(0.6, 0.6, SU)],
        ),
        (
            "Police initially closed the streets within 250 yards of the embassy; the cordon "
            "has now been reduced on the advice of the bomb squad.",
            [(250 * 0.0009144, 250 * 0.0009144, SU)],
        ),
    ],
    "a refused figure named back in words that deny only its return": [
        (
            "Our first demand was that their units pull back 15 km from the canal. Kestra "
            "refused it. The deal signed today gives 6 km. No one has asked for the fifteen "
            "kilometres to return since then.",
            [(15, 15, RJ), (6, 6, S), (15, 15, RJ)],
        ),
    ],
}

GUARDS = {
    "a figure nobody proposed": [
        (
            "Our first demand was that their units pull back 15 km from the canal. Kestra "
            "refused it. No one has asked for a 40 km zone.",
            [(15, 15, RJ)],
        ),
    ],
    "a look at something else than a change of the figure": [
        (
            "Inspectors examined the wells within 2 km of the plant last week.",
            [(2, 2, S)],
        ),
    ],
    "a zone changed in other ways than its size, or not yet changed": [
        (
            "Boats must keep 300 metres from the pier; the zone has now been extended to cover "
            "the beach as well.",
            [(0.3, 0.3, S)],
        ),
        (
            "Residents within 2 miles of the plant must leave; the order may be widened later.",
            [(2 * MI, 2 * MI, S)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), fates, fated)
test_guards = rows_test(width_rows(GUARDS), fates, fated)
