"""Kinds of narrative behind the status misses of the twenty-first blind set.

Like ``test_claims_status_20.py``: every text was written for this test, with
other places, numbers and word orders, so that a rule must read the kind (a
side that asked for one figure and took another, a rule a newer one replaces
in the active voice, a rule's own figure a change left and the same figure
named earlier for that place, a figure told as it was until a year gone by, a
figure the next sentence refuses by its number, a submission declined, an
interviewer asking why a figure was not taken) and not one sentence. Only the
fate is checked (a figure's km and status), not what it measures. The guards
are live figures that look alike and must stay as they are.
"""

from __future__ import annotations

from claimrows import DR, FT, MI, PR, RJ, SU, S, fated, fates, rows_test, width_rows

KINDS = {
    "a side that asked for one figure and took another": [
        (
            "At the first hearing the county sought a buffer of 600 metres, but it accepted "
            "the 400-metre line the operator offered.",
            [(0.6, 0.6, DR), (0.4, 0.4, S)],
        ),
        (
            "The union asked for a 12 km belt around the mine, but they settled for 8 km in "
            "the end.",
            [(12, 12, DR), (8, 8, S)],
        ),
    ],
    "a rule a newer one replaces, in the active voice": [
        (
            "Two years ago the council had set a cordon of 3 km around the plant; the new "
            "order expressly supersedes it.",
            [(3, 3, SU)],
        ),
        (
            "The 2015 decree set a zone of 4 km around the dam. The new decree replaces it.",
            [(4, 4, SU)],
        ),
    ],
    "a rule's own figure a change left": [
        (
            "Ohio cut its 2,000-foot zones to 500 feet in 2018.",
            [(2000 * FT, 2000 * FT, SU), (500 * FT, 500 * FT, S)],
        ),
        (
            "In 2009 the district widened its 200-metre buffer to 350 metres.",
            [(0.2, 0.2, SU), (0.35, 0.35, S)],
        ),
    ],
    "the same figure named earlier for the place whose change left it": [
        (
            "Some states chose larger zones: Ohio, for instance, long used a radius of 2,000 "
            "feet. Later several states reduced the zones. Ohio cut its 2,000-foot zones to "
            "500 feet in 2018.",
            [(2000 * FT, 2000 * FT, SU), (2000 * FT, 2000 * FT, SU), (500 * FT, 500 * FT, S)],
        ),
    ],
    "a figure told as it was until a year gone by": [
        ("Until 2019 the buffer reached 20 km from the coast.", [(20, 20, SU)]),
        ("Until recently the closed area extended 6 miles offshore.", [(6 * MI, 6 * MI, SU)]),
    ],
    "a figure the next sentence refuses by its number": [
        (
            "At the 10:00 meeting NORTH repeated its proposal: each side to pull back 12 km "
            "from the river. SOUTH rejected 12 km again, citing its farms.",
            [(12, 12, RJ), (12, 12, RJ)],
        ),
    ],
    "a submission declined": [
        (
            "Harlan, for its part, submitted that any buffer should not exceed 4 miles from the "
            "lake, and that Corvo should withdraw further. The Court declines this submission, "
            "since the treaty treats the lake as common.",
            [(4 * MI, 4 * MI, RJ)],
        ),
    ],
    "an interviewer asking why a figure was not taken": [
        (
            "REPORTER: There were reports the fire service wanted a cordon of 800 metres. Why "
            "didn't you go with that?\n\nCHIEF: We looked at it.",
            [(0.8, 0.8, RJ)],
        ),
    ],
}

GUARDS = {
    "a side that asked and got its figure, or another side that took less": [
        (
            "The union asked for a 12 km belt around the mine, but they accepted it only "
            "after a week.",
            [(12, 12, PR)],
        ),
        (
            "The union asked for a 12 km belt around the mine, but the company accepted only 8 km.",
            [(12, 12, PR), (8, 8, S)],
        ),
    ],
    "a newer rule that replaces something else": [
        (
            "The 2015 decree set a zone of 4 km around the dam. The new decree also covers "
            "the lake.",
            [(4, 4, S)],
        ),
    ],
    "a change to something else than the rule's figure": [
        (
            "The agency cut its staff to 5 and kept its 2,000-foot zones.",
            [(2000 * FT, 2000 * FT, S)],
        ),
        (
            "The agency extended its 2,000-foot zones to the new schools.",
            [(2000 * FT, 2000 * FT, S)],
        ),
    ],
    "the same figure named earlier for another place": [
        (
            "Some states chose larger zones: Iowa, for instance, long used a radius of 2,000 "
            "feet. Later several states reduced the zones. Ohio cut its 2,000-foot zones to "
            "500 feet in 2018.",
            [(2000 * FT, 2000 * FT, S), (2000 * FT, 2000 * FT, SU), (500 * FT, 500 * FT, S)],
        ),
    ],
    "a year still to come, a figure in force": [
        ("Until 2030 the buffer reaches 20 km from the coast.", [(20, 20, S)]),
        ("Until 2030 the buffer will extend 20 km from the coast.", [(20, 20, S)]),
    ],
    "a refusal of another figure, a submission accepted": [
        (
            "At the 10:00 meeting NORTH repeated its proposal: each side to pull back 12 km "
            "from the river. SOUTH rejected 20 km, citing its farms.",
            # (the refused figure is a width of its own, flagged rejected)
            [(12, 12, PR), (20, 20, RJ)],
        ),
        (
            "Harlan submitted that the buffer is 4 miles from the lake. The Court accepts this "
            "submission.",
            [(4 * MI, 4 * MI, S)],
        ),
    ],
    "a question that asks no refusal": [
        (
            "REPORTER: There were reports the fire service wanted a cordon of 800 metres. Why "
            "did you go with that?\n\nCHIEF: We looked at it.",
            [(0.8, 0.8, PR)],
        ),
    ],
}

test_kinds = rows_test(width_rows(KINDS), fates, fated)
test_guards = rows_test(width_rows(GUARDS), fates, fated)
