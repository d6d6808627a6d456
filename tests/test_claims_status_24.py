"""Kinds of narrative behind the status misses of the twenty-fourth blind set.

Like ``test_claims_status_23.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
figure the newer rule replaces in a clause after it, a figure of the former law,
a motion asked of a deciding body and voted down, a refusal that ends a
paragraph before a proposal taken back in the next, a draft's figure that did not
last and that the next version changed) and not one sentence. Only
the fate is checked (a figure's km and status), not what it measures. The guards
are live figures that look alike and must stay as they are.
"""

from __future__ import annotations

from claimrows import DR, FT, MI, RJ, SU, S, fated, fates, rows_test, width_rows

KINDS = {
    "a figure that a newer rule replaces, told in a clause after it": [
        (
            "The 1923 convention kept a belt of 4 km, which the present treaty supersedes.",
            [(4, 4, SU)],
        ),
        (
            "Their old charter set a strip of six miles, that the 2019 charter now replaces.",
            [(6 * MI, 6 * MI, SU)],
        ),
    ],
    "a figure of the former law": [
        (
            "Under the old ordinance, no kiosk could stand within 50 feet of a school gate "
            "unless the council agreed.",
            [(50 * FT, 50 * FT, SU)],
        ),
        (
            "In the previous regulations, boats had to stay 3 km clear of the nesting islands.",
            [(3, 3, SU)],
        ),
    ],
    "a motion asked of a deciding body and voted down": [
        (
            "The mayors had petitioned the senate to fix a strip of two kilometres, but it was "
            "voted down in March.",
            [(2, 2, RJ)],
        ),
    ],
    "a refusal ending a paragraph, a proposal taken back in the next": [
        (
            "At the first round Morvia wanted the north to withdraw 12 km, which we refused.\n\n"
            "Later we tabled a thirty-kilometre zone of our own. We withdrew that proposal "
            "ourselves in May.",
            [(12, 12, RJ), (30, 30, "dropped")],
        ),
    ],
    "a draft's figure that did not last, changed by the next version": [
        (
            "The ministry's first draft would have widened the buffer to 2 km from the canal. "
            "That number never made it. The senate then passed an amendment cutting the buffer "
            "to 1.5 km.",
            [(2, 2, SU), (1.5, 1.5, S)],
        ),
    ],
}

GUARDS = {
    "a figure that replaces an older one": [
        (
            "A belt of 7 km, which replaces the old 4 km strip, takes effect on Monday.",
            [(7, 7, S), (4, 4, SU)],
        ),
    ],
    "a figure of the present law": [
        (
            "Under the new ordinance, no kiosk may stand within 50 feet of a school gate.",
            [(50 * FT, 50 * FT, S)],
        ),
    ],
    "a body asked to act on a zone in force": [
        (
            "Residents asked the council to enforce the 800-metre buffer, and it agreed.",
            [(0.8, 0.8, S)],
        ),
    ],
    "a draft's figure that did not last, nothing changing it after": [
        (
            "The ministry's first draft would have widened the buffer to 2 km from the canal. "
            "That number never made it. The senate went home for the summer.",
            [(2, 2, DR)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), fates, fated)
test_guards = rows_test(width_rows(GUARDS), fates, fated)
