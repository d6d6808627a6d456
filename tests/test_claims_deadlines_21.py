"""Kinds of report-date, deadline and route wording behind the misses of the twenty-first blind set.

Like ``test_claims_deadlines_20.py``: every text was written for this test, with other places,
dates and word orders, so that a rule must read the kind and not one sentence. The expected days
were counted on a calendar.
"""

from __future__ import annotations

from claimrows import report_date, report_deadlines, roads, routes, rows_test

HEAD = "Velde, Wednesday 4 June 2025\n\n"

# a ruling's running head naming its own day, "ORLA v. TESK — JUDGMENT OF 3 MAY 2016"
REPORT_DATES = [
    ("ORLA v. TESK — JUDGMENT OF 3 MAY 2016\n\nThe court ruled on the strip.\n", "2016-05-03"),
    ("Arbitral Tribunal\nHolt v. Arne — Award of 9 January 2012\n\n1. The facts.\n", "2012-01-09"),
    # guard: an earlier ruling recalled inside a sentence
    (
        "Court news\n\nThe court recalled its Judgment of 3 May 2016 in a long paragraph about "
        "the river.\n",
        None,
    ),
]

test_report_dates = rows_test(REPORT_DATES, report_date)

# a count from the date of the ruling, consent or resolution itself: "within four months of the
# date of this Award", "of the date of this consent", "within 45 days of its adoption", "of the
# adoption of this resolution" (a second duty's day after "and to ... by" is not where it starts)
OWN_DATE = [
    (
        "ORLA v. TESK — AWARD OF 3 MAY 2016\n\n12. The parties shall withdraw all troops from "
        "the strip within four months of the date of this Award.\n",
        [("2016-09-03", None)],
    ),
    (
        "Appeal ref. PPA-7\nDate of decision: 14 March 2021\n\nConditions\n\n2. The quarry shall "
        "open within two years of the date of this consent.\n",
        [("2023-03-14", None)],
    ),
    (
        HEAD + "The resolution asks both sides to withdraw their forces within 45 days of its "
        "adoption.\n",
        [("2025-07-19", None)],
    ),
    (
        HEAD + "Observers are to be deployed within 10 days of the adoption of this resolution.\n",
        [("2025-06-14", None)],
    ),
    (
        HEAD + "The envoy is to submit a plan within 20 days of its adoption and to hold talks by "
        "1 October.\n",
        [("2025-06-24", None), ("2025-10-01", None)],
    ),
    # guard: the adoption of another text keeps its words
    (
        HEAD + "The parties shall withdraw their forces within 30 days of the adoption of the new "
        "plan.\n",
        [(None, "within 30 days of the adoption of the new plan")],
    ),
]

test_own_date = rows_test(OWN_DATE, report_deadlines)

# a count back from an event the report does not date, "not later than six weeks before the first
# blasting" (not from the report's day); a notice's "Call us at least two working days before"
AHEAD = [
    (
        HEAD + "A noise survey shall be submitted not later than six weeks before the first "
        "blasting.\n",
        [(None, "not later than six weeks before the first blasting")],
    ),
    (
        HEAD + "The operator must notify the council no later than 10 days before the works "
        "begin.\n",
        [(None, "no later than 10 days before the works begin")],
    ),
    (
        HEAD + "Tree work near the line\nCall us at least two working days before you cut, "
        "anywhere.\n",
        [(None, "at least two working days before you cut")],
    ),
    # guards: a time ahead told as past, a notice's "call" that is no instruction
    (HEAD + "A survey was submitted six weeks before the first blasting.\n", []),
    (HEAD + "The call centre will close at least two days before the move.\n", []),
    (HEAD + "Called us two working days before they dug.\n", []),
]

test_ahead = rows_test(AHEAD, report_deadlines)

# a term that is to end, "the ban runs until 15 September", "the festival runs till Sunday"
RUNS_UNTIL = [
    (HEAD + "The ban on night fishing runs until 15 September.\n", [("2025-09-15", None)]),
    (
        HEAD + "The festival runs till Sunday 8 June, the organisers said.\n",
        [("2025-06-08", None)],
    ),
    # guards: a term told as over, a road's course
    (HEAD + "The old permit ran until 15 September 2024.\n", []),
    (HEAD + "The road runs until the border at Tesk.\n", []),
]

test_runs_until = rows_test(RUNS_UNTIL, report_deadlines)

# a train's run, "the night train from Tver to Klin"; a road taken from a place named with its
# kind, "from the port of Holt along the B9 to Arne" (a stretch of the B9); a frontier kept
# with its name, "to the Tesk frontier"
RUNS = [
    ("We took the night train from Tver to Klin, a slow ride.\n", [("Tver", "Klin")]),
    ("Trains from Orla to Vesk were cancelled on Monday.\n", [("Orla", "Vesk")]),
    (
        "Turbine blades will be carried from the port of Holt along the B9 to Arne.\n",
        [("Holt", "Arne")],
    ),
    (
        "Aid lorries left from the town of Kessel, along the M5, towards Varde at dawn.\n",
        [("Kessel", "Varde")],
    ),
    # a frontier kept with its name, like a crossing or a bridge
    ("The road from Holt to the Tesk frontier was shelled.\n", [("Holt", "Tesk frontier")]),
    (
        "The E7 crosses the zone between Arne and the Vell frontier.\n",
        [("Arne", "Vell frontier")],
    ),
    # guards: a line and a sea area from one place to another, a span of days, a "training"
    ("The ceasefire line runs from Mount Tesk to the Arne river.\n", []),
    ("The border runs from Mount Ulv to the Sarn frontier.\n", []),
    ("Fishing is banned in the sea area from Holt Head to Cape Vell.\n", []),
    ("The coastline runs from Cape Orla to Vesk Point.\n", []),
    ("He trained from Monday to Friday.\n", []),
    ("The training from Holt to Arne took a week.\n", []),
]

test_runs = rows_test(RUNS, routes)

ROADS = [
    ("Turbine blades will be carried from the port of Holt along the B9 to Arne.\n", ["B9"]),
    ("Lorries drove from the city of Tesk on the A61 to Vell.\n", ["A61"]),
]

test_roads = rows_test(ROADS, roads)
