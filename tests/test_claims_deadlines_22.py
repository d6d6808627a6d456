"""Kinds of deadline and route wording behind the misses of the twenty-second blind set.

Like ``test_claims_deadlines_21.py``: every text was written for this test, with other places,
dates and word orders, so that a rule must read the kind and not one sentence. The expected days
were counted on a calendar (4 June 2025 is a Wednesday).
"""

from __future__ import annotations

from claimrows import report_deadlines, roads, routes, rows_test

HEAD = "Velde, Wednesday 4 June 2025\n\n"

# a state to come held over what it covers, up to a day: "would stay closed to visitors until at
# least Saturday", "will be allowed the wider margins until 30 June 2026" (a state told in the
# past is not one)
STATE_OVER = [
    (
        HEAD + "The beach north of the harbour will stay closed to swimmers until Friday.\n",
        [("2025-06-06", None)],
    ),
    (
        HEAD + "Officials said the quarry would remain sealed to walkers until at least "
        "Saturday.\n",
        [("2025-06-07", None)],
    ),
    (
        HEAD + "Boats already licensed will be allowed the widened margins until 31 March 2026.\n",
        [("2026-03-31", None)],
    ),
    # guards: a state that went on
    (HEAD + "The pier was closed to anglers until Friday.\n", []),
    (HEAD + "The road was cleared and patrolled until Saturday.\n", []),
]

test_state_over = rows_test(STATE_OVER, report_deadlines)

# a service kept running up to a day: "Eurostar is running extra trains from London to Paris until
# Friday"
RUNNING_UNTIL = [
    (
        HEAD + "The ferry company is running two extra sailings a day until Sunday.\n",
        [("2025-06-08", None)],
    ),
    (
        HEAD + "Coach firms are running relief services from Dorm to Alte until 20 June.\n",
        [("2025-06-20", None)],
    ),
    # guard: a service that ran
    (HEAD + "The ferry ran extra sailings until Sunday.\n", []),
]

test_running_until = rows_test(RUNNING_UNTIL, report_deadlines)

# an hour of the report's day in four figures, or a scan's clock with O for 0 and l for 1:
# "will begin to reopen from 2200 tonight", "leave by 2O:OO tonight", "no later than l4:OO today"
CLOCK_TODAY = [
    (
        HEAD + "The harbour will begin to reopen from 1900 tonight, the port said.\n",
        [("2025-06-04", None)],
    ),
    (HEAD + "Everyone in the valley must be out by l1:OO tonight.\n", [("2025-06-04", None)]),
    (
        HEAD + "A further notice will be posted no later than l6:OO today.\n",
        [("2025-06-04", None)],
    ),
]

test_clock_today = rows_test(CLOCK_TODAY, report_deadlines)

# a time told: "the flow reached the sea shortly before midnight on 28 September"
TOLD_BEFORE = [
    (
        HEAD + "The flow reached the coast shortly before midnight on 28 May and is building a "
        "new shelf.\n",
        [],
    ),
    # guard: a duty before a day stays one
    (HEAD + "All boats must leave the bay before noon on 9 June.\n", [("2025-06-09", None)]),
]

test_told_before = rows_test(TOLD_BEFORE, report_deadlines)

# a numbered road with its road word, or a named road with its number beside it, closed between
# two places: "The LP-2 road is closed between A and B", "the Beartooth Highway (US 212) between
# A and B"
ROADS = [
    ("The K-14 road is shut between Marn and Olby.", ["K-14"]),
    ("Crews reopened the Sallow Highway (SR 9) between Brede and Tonne.", ["Sallow Highway"]),
    ("The N22 highway was closed between Pell and Cray on Friday.", ["N22"]),
    # guard: a road with no name
    ("The road is shut between Marn and Olby.", [None]),
]

test_roads = rows_test(ROADS, roads)

# the ends of a way as the report gives them: a part of a place ("central Dorm"), a district, a
# spring or a trailhead named with its kind, a boundary or a coast with no name
ENDS = [
    (
        "Tram services from central Harlow to the Kessel district were halted.",
        [("central Harlow", "Kessel district")],
    ),
    (
        "The track from Ossi hot springs to the Vardo trailhead is closed.",
        [("Ossi hot springs", "Vardo trailhead")],
    ),
    ("The B612 from Tull to the county boundary is shut.", [("Tull", "county boundary")]),
    # guards: a place given by no name is no end, and a day is no place
    ("The path from the old mill to the river is closed.", []),
    ("The road from Monday to Friday is closed.", []),
]

test_ends = rows_test(ENDS, routes)

# a window of weekdays in a week the report names: "meet again from Monday to Thursday next week"
# (its first day), not a span of every week
WEEKDAY_WINDOW = [
    (
        HEAD + "The two delegations meet again from Tuesday to Friday next week in Orne.\n",
        [("2025-06-10", None)],
    ),
    (
        HEAD + "Engineers will inspect the dam from Thursday to Saturday this week.\n",
        [("2025-06-05", None)],
    ),
    # guard: every week
    (HEAD + "The crossing will be open from Monday to Friday.\n", []),
]

test_weekday_window = rows_test(WEEKDAY_WINDOW, report_deadlines)

# a telex's duty in capitals from a day, "OBSERVATION POSTS TO BE MANNED BY OURS FROM 16 OCT", and
# its "FIRING TO STOP AT 2359 LOCAL 19 OCT" (a local hour before the day)
TELEX = [
    (
        HEAD + "3. EAST BANK PICKETS TO BE WITHDRAWN BY BOTH SIDES FROM 11 JUN.\n",
        [("2025-06-11", None)],
    ),
    (HEAD + "1. SHELLING TO STOP AT 0600 LOCAL 7 JUN.\n", [("2025-06-07", None)]),
    (HEAD + "Shelling is to stop at 2200 local on 8 June.\n", [("2025-06-08", None)]),
    # guard: a stop told in the present, with no duty
    (HEAD + "The guns stop at 0600 local on 8 June, the wire said.\n", []),
]

test_telex = rows_test(TELEX, report_deadlines)

# a time counted from each event of a series, kept as words: "Notice of each week's firing is
# published by 12:00 on the preceding Thursday"
SERIES = [
    (
        HEAD + "Each month's roster must be posted no later than noon on the previous Friday.\n",
        [(None, "no later than noon on the previous Friday")],
    ),
    (
        HEAD + "The list for each convoy is sent out before 18:00 on the preceding day.\n",
        [(None, "before 18:00 on the preceding day")],
    ),
    # guard: a time told
    (HEAD + "The crew left by 10:00 on the following day.\n", []),
]

test_series = rows_test(SERIES, report_deadlines)

# an hour of the report's own day, no day given: "Please register there by 22:OO so that the
# Council knows" (a scan's clock read as one); a time told is none
BARE_HOUR = [
    (
        HEAD + "Please report to the school hall by 21:3O so that we can count you.\n",
        [("2025-06-04", None)],
    ),
    (HEAD + "All boats must be out of the inner harbour by 18:00.\n", [("2025-06-04", None)]),
    # guards: an hour told, and an hour of another day
    (HEAD + "The crowd had gone by 10:30.\n", []),
    (HEAD + "All boats must be out of the harbour by 18:00 on Friday.\n", [("2025-06-06", None)]),
]

test_bare_hour = rows_test(BARE_HOUR, report_deadlines)
